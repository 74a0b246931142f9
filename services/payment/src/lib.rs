//! The bookstore's payment service (hexagonal: `application`, `domain`, `infrastructure`).
