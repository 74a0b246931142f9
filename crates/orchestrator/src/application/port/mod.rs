//! What the use cases need from the outside world.

pub mod repo;
