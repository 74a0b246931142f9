//! Users, their credentials' rules and their roles. Nothing here knows HTTP, gRPC or SQL.

pub mod user;

pub use user::{Email, Name, NewAccount, Password, Person, Phone, Refused, Role, User, UserId};
