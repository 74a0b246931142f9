//! gRPC plumbing: the server (health, reflection, timeouts, tracing, graceful shutdown), client
//! channels (timeouts, lazy reconnection, trace-context injection) and the mapping between
//! domain-ish errors and `tonic::Status`.

pub mod auth;
pub mod channel;
pub mod downstream;
pub mod forward;
pub mod server;
pub mod status;

pub use channel::{ChannelOptions, TracedChannel, channel, inject_trace_context};
pub use downstream::DownstreamHealth;
pub use server::{GrpcOptions, serve};
pub use status::{FieldViolation, RpcError};
