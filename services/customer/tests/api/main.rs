//! Black-box tests of the customer service: the real runtime and `build` on ephemeral ports,
//! identity, catalog, order and payment faked over real gRPC.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access;
mod common;
mod downstream;
mod history;
mod hostile;
mod points;
mod profile;
mod wishlist;
