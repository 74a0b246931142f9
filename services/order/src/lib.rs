//! The bookstore's order service (hexagonal: `application`, `domain`, `infrastructure`).
