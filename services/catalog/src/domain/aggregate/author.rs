use chrono::{DateTime, Utc};

use super::{AuthorId, PersonName, Version};

/// A person credited on books.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    id: AuthorId,
    name: PersonName,
    version: Version,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Author {
    /// Rebuild an author from storage.
    pub fn restore(
        id: AuthorId,
        name: PersonName,
        version: Version,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            name,
            version,
            created_at,
            updated_at,
        }
    }

    pub fn id(&self) -> AuthorId {
        self.id
    }

    pub fn name(&self) -> &PersonName {
        &self.name
    }

    pub fn version(&self) -> Version {
        self.version
    }

    pub fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }

    pub fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }

    /// The author renamed, one version later (the caller checked the expected version).
    #[must_use]
    pub fn renamed(self, name: PersonName, now: DateTime<Utc>) -> Self {
        Self {
            name,
            version: self.version.next(),
            updated_at: now,
            ..self
        }
    }
}
