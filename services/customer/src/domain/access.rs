//! Who may act on which customer: a customer on their own id only, staff (`manage`) on anyone.

use std::fmt;

use uuid::Uuid;

/// A customer's id: their identity subject (`sub` in their tokens).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomerId(Uuid);

impl CustomerId {
    pub fn new(id: Uuid) -> Self {
        Self(id)
    }

    /// # Errors
    /// The text is not a UUID.
    pub fn parse(raw: &str) -> Result<Self, uuid::Error> {
        Uuid::parse_str(raw).map(Self)
    }

    pub fn get(self) -> Uuid {
        self.0
    }
}

impl fmt::Display for CustomerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// The caller as the token says: its subject and whether it is staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub subject: String,
    pub staff: bool,
}

impl Caller {
    /// Whether the caller is the customer `id` themself. A subject that is no UUID is nobody.
    pub fn is(&self, id: CustomerId) -> bool {
        CustomerId::parse(&self.subject).is_ok_and(|me| me == id)
    }

    /// Whether the caller may act on customer `id` at all. Staff may act on anyone (whether
    /// `id` exists is for identity to say); a customer only on themself, and another customer's
    /// id must look exactly like an unknown one.
    pub fn may_act_on(&self, id: CustomerId) -> bool {
        self.staff || self.is(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(id: &str) -> Caller {
        Caller {
            subject: id.to_owned(),
            staff: false,
        }
    }

    #[test]
    fn a_customer_acts_only_on_their_own_id() {
        let me = CustomerId::new(Uuid::new_v4());
        let other = CustomerId::new(Uuid::new_v4());
        assert!(customer(&me.to_string()).may_act_on(me));
        assert!(!customer(&me.to_string()).may_act_on(other));
    }

    #[test]
    fn staff_act_on_anyone_and_a_subject_that_is_no_uuid_on_nobody() {
        let anyone = CustomerId::new(Uuid::new_v4());
        let staff = Caller {
            subject: "service-account".to_owned(),
            staff: true,
        };
        assert!(staff.may_act_on(anyone));
        assert!(!customer("not-a-uuid").may_act_on(anyone));
    }

    #[test]
    fn the_same_uuid_in_capitals_is_the_same_customer() {
        let me = CustomerId::new(Uuid::new_v4());
        assert!(customer(&me.to_string().to_uppercase()).is(me));
    }
}
