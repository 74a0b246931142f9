//! Behaviour of the generated code: DTO serde and validation, the router (in-process with
//! `oneshot`), and the client against the router over a real socket.

mod client;
mod common;
mod dto;
mod router;
mod wild;
