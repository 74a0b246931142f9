//! The bookstore's identity service (hexagonal: `application`, `domain`, `infrastructure`).
