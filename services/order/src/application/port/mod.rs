//! Inbound and outbound ports. `openapi`, `pb`, `saga` and `conductor` are generated: do not edit
//! them by hand. `repo`, `books`, `cards` and `workflow` are the hand-written outbound ports.

pub mod books;
pub mod cards;
pub mod conductor;
pub mod openapi;
pub mod pb;
pub mod repo;
pub mod saga;
pub mod workflow;
