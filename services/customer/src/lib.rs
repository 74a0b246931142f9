//! The bookstore's customer service (hexagonal: `application`, `domain`, `infrastructure`).
