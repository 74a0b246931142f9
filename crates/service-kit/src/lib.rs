//! The runtime shared by every bookstore service.
