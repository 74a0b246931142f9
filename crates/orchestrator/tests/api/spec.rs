//! The hand-written HTTP adapter serves every operation of `api/conductor/openapi.yaml`: each
//! documented path and method reaches a handler (not the router's 404 or 405).

use std::path::PathBuf;

use yaml_rust2::{Yaml, YamlLoader};

use crate::common::TestApp;

fn load(path: &std::path::Path) -> Yaml {
    let text = std::fs::read_to_string(path).expect("the spec file is readable");
    YamlLoader::load_from_str(&text)
        .expect("valid YAML")
        .into_iter()
        .next()
        .expect("one document")
}

/// `(method, path)` of every operation in the spec.
fn operations() -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../api/conductor");
    let spec = load(&root.join("openapi.yaml"));
    let mut operations = Vec::new();
    for (path, item) in spec["paths"].as_hash().expect("paths") {
        let path = path.as_str().expect("a path").to_owned();
        let file = item["$ref"].as_str().expect("paths are split into files");
        let item = load(&root.join(file));
        for (method, _) in item.as_hash().expect("a path item") {
            let method = method.as_str().expect("a key");
            if ["get", "put", "post", "delete"].contains(&method) {
                operations.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    operations
}

#[tokio::test]
async fn every_operation_of_the_spec_reaches_a_handler() {
    let app = TestApp::spawn().await;
    let operations = operations();
    assert_eq!(operations.len(), 31, "{operations:?}");
    let origin = app.base.trim_end_matches("/api").to_owned();
    for (method, path) in operations {
        // Path parameters become a placeholder no resource has; the body is an empty object.
        let concrete = path
            .split('/')
            .map(|segment| {
                if segment.starts_with('{') {
                    "COMPLETED"
                } else {
                    segment
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
        let response = app
            .http
            .request(method.clone(), format!("{origin}{concrete}"))
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .expect("answered");
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert_ne!(response.status(), 405, "{method} {path} is not routed");
        assert!(
            !content_type.contains("problem+json"),
            "{method} {path} fell through to the router's fallback ({})",
            response.status()
        );
        assert!(
            response.status().as_u16() < 500,
            "{method} {path}: {}",
            response.status()
        );
    }
    app.stop().await;
}
