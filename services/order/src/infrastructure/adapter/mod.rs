//! The adapters behind the application's ports.

pub mod conductor;
pub mod db;
pub mod protostub;
