//! The bookstore's catalog service (hexagonal: `application`, `domain`, `infrastructure`).
