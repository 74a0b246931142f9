//! Batches of ids a client sends at once (one call per page, not per item).

use std::collections::HashSet;
use std::hash::Hash;

use crate::error::AppError;

/// `items` without repeats, in the order each first appears, refused when more than `max`
/// distinct ones are asked for at once: [`AppError::Invalid`] at `field`.
///
/// # Errors
/// [`AppError::Invalid`] naming `field` and the limit.
pub fn distinct_at_most<T: Copy + Eq + Hash>(
    items: &[T],
    max: usize,
    field: &str,
) -> Result<Vec<T>, AppError> {
    let mut seen = HashSet::with_capacity(items.len());
    let distinct: Vec<T> = items.iter().copied().filter(|i| seen.insert(*i)).collect();
    if distinct.len() > max {
        return Err(AppError::invalid(
            field,
            format!("must list at most {max} distinct values"),
        ));
    }
    Ok(distinct)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_dropped_in_first_seen_order() {
        assert_eq!(
            distinct_at_most(&[3, 1, 3, 2, 1], 3, "ids").ok(),
            Some(vec![3, 1, 2])
        );
    }

    #[test]
    fn more_distinct_values_than_allowed_are_refused_at_the_field() {
        let Err(AppError::Invalid(issues)) = distinct_at_most(&[1, 2, 3], 2, "book_ids") else {
            panic!("expected invalid");
        };
        assert_eq!(issues[0].path.to_string(), "book_ids");
        assert!(issues[0].detail.contains("at most 2"));
    }
}
