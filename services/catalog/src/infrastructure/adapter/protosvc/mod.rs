//! gRPC servers of `bookstore.catalog.v1`: thin adapters from messages to the use cases.
