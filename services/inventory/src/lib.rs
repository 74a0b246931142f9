//! The bookstore's inventory service (hexagonal: `application`, `domain`, `infrastructure`).
