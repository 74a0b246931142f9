/// Why a raw value cannot become a domain value. The message is safe to show to a client; the
/// caller knows which field it parsed and adds the pointer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
///
/// Ids, text and versions refuse with the application kit's own [`app_kit::ValueError`]; this
/// one holds the catalog's rules (money, ISBN, author lists).
pub enum ValueError {
    #[error("must be greater than zero")]
    NotPositive,
    #[error("must have at most two decimal places")]
    TooPrecise,
    #[error("must be less than 100000000.00")]
    TooLarge,
    #[error("must be 10 or 13 characters: digits, with a final X allowed in an ISBN-10")]
    IsbnShape,
    #[error("the ISBN check digit does not match")]
    IsbnChecksum,
    #[error("must list between 1 and {max} authors")]
    AuthorCount { max: usize },
    #[error("must not list the same author twice")]
    DuplicateAuthor,
}
