//! Aggregates (book, author, publisher, category) and the validated values they are made of.

mod author;
mod book;
mod category;
mod error;
mod ids;
mod isbn;
mod money;
mod publisher;
mod text;

pub use author::Author;
pub use book::{AuthorIds, Book, BookSpec, MAX_AUTHORS};
pub use category::Category;
pub use error::ValueError;
pub use ids::{AuthorId, BookId, CategoryId, PublisherId, Version};
pub use isbn::Isbn;
pub use money::Money;
pub use publisher::Publisher;
pub use text::{Address, Description, PersonName, PublisherName, Title};
