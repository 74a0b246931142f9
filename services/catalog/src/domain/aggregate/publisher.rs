use chrono::{DateTime, Utc};

use super::{Address, PublisherId, PublisherName, Version};

/// A publishing house.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    id: PublisherId,
    name: PublisherName,
    address: Address,
    version: Version,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Publisher {
    /// Rebuild a publisher from storage.
    pub fn restore(
        id: PublisherId,
        name: PublisherName,
        address: Address,
        version: Version,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            name,
            address,
            version,
            created_at,
            updated_at,
        }
    }

    pub fn id(&self) -> PublisherId {
        self.id
    }

    pub fn name(&self) -> &PublisherName {
        &self.name
    }

    pub fn address(&self) -> &Address {
        &self.address
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

    /// The publisher with a new name and address, one version later (the caller checked the
    /// expected version).
    #[must_use]
    pub fn replaced(self, name: PublisherName, address: Address, now: DateTime<Utc>) -> Self {
        Self {
            name,
            address,
            version: self.version.next(),
            updated_at: now,
            ..self
        }
    }
}
