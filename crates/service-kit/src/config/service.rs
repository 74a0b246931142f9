//! The six bookstore services and the localhost ports each gets by default, so all of them can
//! run side by side on one machine without configuration.

use std::net::{Ipv4Addr, SocketAddr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    Catalog,
    Customer,
    Identity,
    Inventory,
    Order,
    Payment,
}

impl Service {
    pub const ALL: [Service; 6] = [
        Service::Catalog,
        Service::Customer,
        Service::Identity,
        Service::Inventory,
        Service::Order,
        Service::Payment,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Service::Catalog => "catalog",
            Service::Customer => "customer",
            Service::Identity => "identity",
            Service::Inventory => "inventory",
            Service::Order => "order",
            Service::Payment => "payment",
        }
    }

    /// 1 for catalog … 6 for payment: the last digit of both default ports.
    fn ordinal(self) -> u16 {
        match self {
            Service::Catalog => 1,
            Service::Customer => 2,
            Service::Identity => 3,
            Service::Inventory => 4,
            Service::Order => 5,
            Service::Payment => 6,
        }
    }

    /// `127.0.0.1:8081` for catalog … `127.0.0.1:8086` for payment.
    pub fn default_http_addr(self) -> SocketAddr {
        SocketAddr::from((Ipv4Addr::LOCALHOST, 8080 + self.ordinal()))
    }

    /// `127.0.0.1:9081` for catalog … `127.0.0.1:9086` for payment.
    pub fn default_grpc_addr(self) -> SocketAddr {
        SocketAddr::from((Ipv4Addr::LOCALHOST, 9080 + self.ordinal()))
    }

    /// Prefix of the service's own environment variables, e.g. `CATALOG_`.
    pub fn env_prefix(self) -> String {
        format!("{}_", self.name().to_ascii_uppercase())
    }
}

impl std::fmt::Display for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_gets_its_own_ports() {
        let mut ports: Vec<u16> = Service::ALL
            .iter()
            .flat_map(|s| [s.default_http_addr().port(), s.default_grpc_addr().port()])
            .collect();
        ports.sort_unstable();
        ports.dedup();
        assert_eq!(ports.len(), 12);
        assert_eq!(
            Service::Order.default_http_addr().to_string(),
            "127.0.0.1:8085"
        );
        assert_eq!(
            Service::Payment.default_grpc_addr().to_string(),
            "127.0.0.1:9086"
        );
    }
}
