//! `generator crate <spec> --out <dir>`: a standalone crate for an arbitrary spec.

use std::path::Path;
use std::process::ExitCode;

use generator::cli;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/codegen")
        .join(name)
}

#[test]
fn a_wild_spec_becomes_a_crate_with_every_module() {
    let out = tempfile::tempdir().unwrap();
    let code = cli::standalone_crate(&fixture("wild.yaml"), out.path(), None).unwrap();
    assert_eq!(code, ExitCode::SUCCESS);
    for file in [
        "Cargo.toml",
        "src/lib.rs",
        "src/model.rs",
        "src/port.rs",
        "src/router.rs",
        "src/client.rs",
        "src/openapi.json",
    ] {
        assert!(out.path().join(file).is_file(), "{file} missing");
    }
    let manifest = std::fs::read_to_string(out.path().join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"wild_pets\""), "{manifest}");
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("crates/openapi-runtime");
    assert!(
        manifest.contains(&format!("path = \"{}\"", runtime.display())),
        "{manifest}"
    );
    let lib = std::fs::read_to_string(out.path().join("src/lib.rs")).unwrap();
    assert!(lib.starts_with("// Generated from "));
    assert!(lib.contains("pub mod router;") && lib.contains("include_str!(\"openapi.json\")"));
    let port = std::fs::read_to_string(out.path().join("src/port.rs")).unwrap();
    assert!(
        port.contains("pub trait WildPetsApi: Send + Sync + 'static"),
        "trait named after the crate"
    );
}

#[test]
fn the_crate_name_can_be_chosen() {
    let out = tempfile::tempdir().unwrap();
    cli::standalone_crate(&fixture("shop.yaml"), out.path(), Some("my_shop")).unwrap();
    let manifest = std::fs::read_to_string(out.path().join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"my_shop\""));
}
