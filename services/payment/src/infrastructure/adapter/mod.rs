//! Hand-written adapters between the ports and the outside world.

pub mod db;
pub mod gateway;
