//! Failure reasons a person can read. Workers report terminal failures as `<code>: <detail>`
//! (the orchestrator passes them on as the failed workflow's `reasonForIncompletion`); the ones
//! a customer should understand are reworded, anything else is kept as it came.

/// `card_declined: …` → "card declined"; `out_of_stock: book 7: 2 of 3 available; book 9: 0 of 1
/// available` → "only 2 copies of <title 7> left; <title 9> is out of stock" (`title` names a
/// book by id; an unknown one is "book <id>"); anything else unchanged (trimmed).
pub fn humanise(reason: &str, title: impl Fn(i64) -> Option<String>) -> String {
    let reason = reason.trim();
    let (code, detail) = match reason.split_once(':') {
        Some((code, detail)) => (code.trim(), detail.trim()),
        None => (reason, ""),
    };
    match code {
        "card_declined" => "card declined".to_owned(),
        "out_of_stock" => out_of_stock(detail, &title).unwrap_or_else(|| reason.to_owned()),
        _ => reason.to_owned(),
    }
}

/// `book 7: 2 of 3 available; book 9: 0 of 1 available`, each part reworded; `None` when a part
/// does not have that shape.
fn out_of_stock(detail: &str, title: &impl Fn(i64) -> Option<String>) -> Option<String> {
    let parts: Option<Vec<String>> = detail
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| {
            let rest = part.strip_prefix("book ")?;
            let (id, counts) = rest.split_once(':')?;
            let id: i64 = id.trim().parse().ok()?;
            let (available, _) = counts.trim().split_once(" of ")?;
            let available: u32 = available.trim().parse().ok()?;
            let name = title(id).unwrap_or_else(|| format!("book {id}"));
            Some(match available {
                0 => format!("{name} is out of stock"),
                1 => format!("only 1 copy of {name} left"),
                n => format!("only {n} copies of {name} left"),
            })
        })
        .collect();
    let parts = parts?;
    (!parts.is_empty()).then(|| parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(id: i64) -> Option<String> {
        match id {
            7 => Some("Refactoring".to_owned()),
            9 => Some("Clean Code".to_owned()),
            _ => None,
        }
    }

    #[test]
    fn a_declined_card_reads_card_declined() {
        assert_eq!(
            humanise("card_declined: card declined", titles),
            "card declined"
        );
    }

    #[test]
    fn out_of_stock_names_each_book_and_what_is_left() {
        assert_eq!(
            humanise(
                "out_of_stock: book 7: 2 of 3 available; book 9: 0 of 1 available",
                titles
            ),
            "only 2 copies of Refactoring left; Clean Code is out of stock"
        );
        assert_eq!(
            humanise("out_of_stock: book 7: 0 of 3 available", titles),
            "Refactoring is out of stock"
        );
        assert_eq!(
            humanise("out_of_stock: book 5: 1 of 3 available", titles),
            "only 1 copy of book 5 left"
        );
    }

    #[test]
    fn anything_else_passes_through() {
        for reason in [
            "cancelled by the customer",
            "order_not_pending: order 3 is cancelled",
            "out_of_stock: something unexpected",
            "Task abc failed with status: TIMED_OUT",
        ] {
            assert_eq!(humanise(reason, titles), reason);
        }
    }
}
