//! End-to-end tests of the bookstore, test-only. The harness and the tests are in `tests/saga`:
//! they start the real binaries of the workspace (`cargo build --workspace` first) as processes
//! on ephemeral ports, on SQLite files or fresh MariaDB databases, and drive them through their
//! public APIs.
