//! Proto generation: deterministic, committed, every package generated once into the shared
//! `proto` crate, and each service's `pb` module re-exporting exactly the packages it serves or
//! calls.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use generator::output::{self, GeneratedFile};
use generator::proto;
use generator::workspace::Workspace;

fn workspace() -> Workspace {
    Workspace {
        root: Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("the generator sits in the workspace")
            .to_path_buf(),
    }
}

fn by_path(files: Vec<GeneratedFile>) -> BTreeMap<PathBuf, String> {
    files.into_iter().map(|f| (f.path, f.contents)).collect()
}

fn pb(service: &str, file: &str) -> PathBuf {
    Path::new("services")
        .join(service)
        .join("src/application/port/pb")
        .join(file)
}

#[test]
fn generation_is_deterministic() {
    let ws = workspace();
    let started = Instant::now();
    let first = proto::generate(&ws).expect("generating");
    eprintln!("proto::generate took {:?}", started.elapsed());
    let second = proto::generate(&ws).expect("generating again");
    assert_eq!(first, second);
}

#[test]
fn committed_files_match_the_protos() {
    let ws = workspace();
    let files = proto::generate(&ws).expect("generating");
    let drift = output::drift(&ws.root, &files).expect("comparing");
    assert!(
        drift.is_empty(),
        "run `cargo run -p generator` and commit: {drift:?}"
    );
}

/// `crates/proto/src/<file>`.
fn shared(file: &str) -> PathBuf {
    Path::new("crates/proto/src").join(file)
}

#[test]
fn each_service_sees_only_the_packages_it_serves_or_calls() {
    let files = by_path(proto::generate(&workspace()).expect("generating"));
    let packages = |service: &str| -> Vec<String> {
        files[&pb(service, "mod.rs")]
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub use ::proto::"))
            .map(|l| l.trim_end_matches(';').replace("::", "."))
            .collect()
    };
    assert_eq!(
        packages("catalog"),
        [
            "bookstore.catalog.v1",
            "bookstore.common.v1",
            "bookstore.inventory.v1"
        ]
    );
    assert_eq!(
        packages("payment"),
        ["bookstore.common.v1", "bookstore.payment.v1"]
    );
    assert_eq!(packages("customer").len(), 5);
    // Services hold no generated messages of their own: the re-exporting `mod.rs`, and where
    // they serve something the gRPC port and its server.
    for path in files.keys() {
        if path.starts_with("services") {
            assert!(
                ["pb/mod.rs", "pb/port.rs", "pb/server.rs"]
                    .iter()
                    .any(|file| path.ends_with(file)),
                "{path:?}"
            );
        }
    }
    assert!(!files.contains_key(&pb("customer", "port.rs")));
}

#[test]
fn a_serving_service_gets_one_port_trait_per_proto_service_and_their_servers() {
    let files = by_path(proto::generate(&workspace()).expect("generating"));
    let port = &files[&pb("catalog", "port.rs")];
    for service in ["BookRpc", "AuthorRpc", "PublisherRpc", "CategoryRpc"] {
        assert!(
            port.contains(&format!("pub trait {service}: Send + Sync + 'static {{")),
            "{service}"
        );
    }
    assert!(port.contains("pub type Reply<T> = Result<T, AppError>;"));
    assert!(port.contains("fn get_books("));
    let server = &files[&pb("catalog", "server.rs")];
    assert!(server.contains("use super::bookstore::catalog::v1 as pb;"));
    assert!(server.contains(
        "impl<T: BookRpc> pb::book_service_server::BookService for BookServiceAdapter<T> {"
    ));
    assert!(server.contains("pub fn routes<T>(service: Arc<T>)"));
    assert!(files[&pb("catalog", "mod.rs")].contains("pub mod port;\npub mod server;"));
    // Only identity's UserService is `authenticated`: its methods take the caller.
    assert!(!port.contains("Principal"));
    let identity = &files[&pb("identity", "port.rs")];
    assert!(identity.contains("caller: Principal"));
    assert!(files[&pb("identity", "server.rs")].contains("service_kit::grpc::auth::authenticate"));
}

#[test]
fn every_package_is_generated_once_with_its_servers_and_clients() {
    let files = by_path(proto::generate(&workspace()).expect("generating"));
    let file = |name: &str| {
        files
            .get(&shared(name))
            .unwrap_or_else(|| panic!("the shared crate has no {name}"))
    };
    let catalog = file("bookstore.catalog.v1.rs");
    assert!(catalog.contains("pub mod book_service_server"));
    assert!(catalog.contains("pub trait BookService"));
    assert!(catalog.contains("pub mod book_service_client"));
    assert!(catalog.contains("pub async fn get_books"));

    let inventory = file("bookstore.inventory.v1.rs");
    assert!(inventory.contains("pub mod stock_service_client"));
    assert!(inventory.contains("pub mod stock_service_server"));

    // Shared message-only packages carry neither.
    let common = file("bookstore.common.v1.rs");
    assert!(!common.contains("_client") && !common.contains("_server"));

    let lib = file("lib.rs");
    for package in [
        "catalog",
        "common",
        "identity",
        "inventory",
        "order",
        "payment",
    ] {
        assert!(
            lib.contains(&format!("include!(\"bookstore.{package}.v1.rs\");")),
            "{package}"
        );
    }
}

#[test]
fn generated_files_say_where_they_come_from() {
    let files = by_path(proto::generate(&workspace()).expect("generating"));
    let module = &files[&pb("order", "mod.rs")];
    assert!(module.starts_with("// Generated by `cargo run -p generator`"));
    assert!(module.contains("Do not edit."));
    assert!(module.contains("pub use ::proto::bookstore::order::v1;"));
    for text in files.values() {
        assert!(text.contains("Do not edit."));
    }
}

#[test]
fn served_services_and_their_descriptors_are_exported_for_reflection() {
    let ws = workspace();
    let compiled = proto::compile::compile(&[ws.root.join("proto")]).expect("compiling");
    let serves = vec!["bookstore.catalog.v1".to_owned()];
    let bytes = proto::reflection::encoded_descriptors(&compiled, &serves);
    let pool =
        prost_reflect::DescriptorPool::decode(bytes.as_slice()).expect("the set is self-contained");
    assert!(
        pool.get_service_by_name("bookstore.catalog.v1.BookService")
            .is_some()
    );
    assert!(
        pool.get_message_by_name("bookstore.common.v1.Money")
            .is_some()
    );
    assert!(
        pool.get_service_by_name("bookstore.inventory.v1.StockService")
            .is_none()
    );

    let names = proto::reflection::service_names(&compiled, &serves);
    let files = by_path(proto::generate(&ws).expect("generating"));
    let module = &files[&pb("catalog", "mod.rs")];
    assert!(module.contains("pub const FILE_DESCRIPTOR_SET: &[u8]"));
    for name in names {
        assert!(module.contains(&format!("{name:?}")), "{name}");
    }
    // A service that serves nothing offers nothing to reflect.
    assert!(!files[&pb("customer", "mod.rs")].contains("FILE_DESCRIPTOR_SET"));
}

/// `proto::server::emit` over one `.proto` file written to a scratch module.
fn emit_server(
    proto: &str,
    target: proto::config::ServiceTarget,
) -> anyhow::Result<Vec<GeneratedFile>> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shop/v1/shop.proto");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, proto).unwrap();
    let compiled = proto::compile::compile(&[dir.path().to_path_buf()]).unwrap();
    proto::server::emit(&compiled, "shop", &target)
}

const SHOP: &str = "syntax = \"proto3\";\npackage shop.v1;\nimport \"google/protobuf/empty.proto\";\n\
    // Sells things.\nservice ShopService {\n  // Rings one up.\n  rpc Sell(SellRequest) returns (google.protobuf.Empty);\n}\n\
    message SellRequest { int64 id = 1; }\n";

fn serves_shop() -> proto::config::ServiceTarget {
    proto::config::ServiceTarget {
        serves: vec!["shop.v1".to_owned()],
        ..Default::default()
    }
}

#[test]
fn empty_answers_are_the_unit_type_and_comments_become_docs() {
    let files = emit_server(SHOP, serves_shop()).expect("generating");
    let port = &files[0].contents;
    assert!(port.contains("pub trait ShopRpc: Send + Sync + 'static {"));
    assert!(port.contains("/// Sells things."));
    assert!(port.contains("    /// Rings one up.\n    fn sell(&self, request: pb::SellRequest)"));
    assert!(port.contains("Reply<()>"));
}

#[test]
fn a_streaming_rpc_is_refused_by_name() {
    let streaming = SHOP.replace(
        "returns (google.protobuf.Empty)",
        "returns (stream SellRequest)",
    );
    let err = emit_server(&streaming, serves_shop()).unwrap_err();
    assert!(
        err.to_string()
            .contains("`shop.v1.ShopService.Sell` streams"),
        "{err}"
    );
}

#[test]
fn an_authenticated_service_must_be_served() {
    let target = proto::config::ServiceTarget {
        authenticated: vec!["shop.v1.TillService".to_owned()],
        ..serves_shop()
    };
    let err = emit_server(SHOP, target).unwrap_err();
    assert!(err.to_string().contains("`shop.v1.TillService`"), "{err}");
}

#[test]
fn an_authenticated_service_takes_the_caller_and_routes_take_the_authenticator() {
    let target = proto::config::ServiceTarget {
        authenticated: vec!["shop.v1.ShopService".to_owned()],
        ..serves_shop()
    };
    let files = emit_server(SHOP, target).expect("generating");
    assert!(
        files[0]
            .contents
            .contains("caller: Principal, request: pb::SellRequest")
    );
    let server = &files[1].contents;
    assert!(server.contains(
        "service_kit::grpc::auth::authenticate(self.authenticator.as_ref(), request.metadata())"
    ));
    assert!(server.contains("authenticator: Arc<dyn Authenticator>) -> tonic::service::Routes"));
}
