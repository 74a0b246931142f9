//! The docs page at `/docs`: Swagger UI rendering the spec the service serves at
//! `/openapi.json`, with every asset served by the service itself, so the page works with no
//! network (a laptop offline, an air-gapped cluster).
//!
//! The assets come from the `swagger-ui-dist` crate, which embeds Swagger UI's released bundle
//! and stylesheet in the binary. Only its two asset routes are exposed: the crate's own index
//! page echoes the request URI into HTML unescaped, so the page below replaces it.

use axum::Router;
use axum::response::Html;
use axum::routing::{get, get_service};
use swagger_ui_dist::{ApiDefinition, OpenApiSource};

use super::ops::{DOCS, OPENAPI_JSON};

/// Swagger UI's stylesheet, served by the service.
pub const DOCS_CSS: &str = "/docs/swagger-ui.css";
/// Swagger UI's bundle (JavaScript), served by the service.
pub const DOCS_JS: &str = "/docs/swagger-ui-bundle.js";

/// `/docs` and its assets. `title` is the spec's `info.title`, shown as the page's title.
pub fn routes(title: &str) -> Router {
    let assets = swagger_ui_dist::generate_routes(ApiDefinition {
        uri_prefix: DOCS,
        api_definition: OpenApiSource::Uri(OPENAPI_JSON),
        title: None,
    });
    let page = page(title);
    Router::new()
        .route(DOCS, get(move || async move { Html(page) }))
        .route(DOCS_CSS, get_service(assets.clone()))
        .route(DOCS_JS, get_service(assets))
}

/// The spec's `info.title`, or a generic title when the document has none.
pub fn spec_title(openapi_json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(openapi_json)
        .ok()
        .and_then(|spec| spec["info"]["title"].as_str().map(str::to_owned))
        .unwrap_or_else(|| "API documentation".to_owned())
}

/// The page. `validatorUrl: null` keeps Swagger UI from fetching its online validator's badge
/// (the one request it would otherwise make to another host); operation ids are shown because
/// they are the names the generated ports, clients and logs use.
fn page(title: &str) -> String {
    let title = escape_html(title);
    format!(
        r##"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{title}</title>
    <link rel="stylesheet" href="{DOCS_CSS}">
  </head>
  <body>
    <noscript>This page renders the API with JavaScript; the document itself is at <a href="{OPENAPI_JSON}">{OPENAPI_JSON}</a>.</noscript>
    <div id="swagger-ui"></div>
    <script src="{DOCS_JS}"></script>
    <script>
      window.ui = SwaggerUIBundle({{
        url: "{OPENAPI_JSON}",
        dom_id: "#swagger-ui",
        validatorUrl: null,
        displayOperationId: true,
        deepLinking: true,
      }});
    </script>
  </body>
</html>
"##
    )
}

/// Escapes text for an HTML element's content.
fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_with_markup_is_escaped_in_the_page() {
        let page = page("<script>alert('x')</script> & co");
        assert!(
            page.contains(
                "<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</title>"
            )
        );
        assert!(!page.contains("<script>alert"));
    }

    #[test]
    fn the_title_comes_from_the_spec_or_a_generic_one() {
        assert_eq!(
            spec_title(r#"{"info":{"title":"Catalog API"}}"#),
            "Catalog API"
        );
        assert_eq!(spec_title(r#"{"info":{}}"#), "API documentation");
        assert_eq!(spec_title("not json"), "API documentation");
    }
}
