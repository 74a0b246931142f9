//! What kind of OpenAPI object sits at each position, which decides what a `$ref` there becomes:
//! a hoisted component (`components/<section>/<Name>`) or inlined content (path items).

/// OpenAPI 3.x object kinds the bundler walks into. Anything else (examples' values, `x-`
/// extensions, `default`, `enum` …) is data and copied verbatim, `$ref`-looking keys included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Root,
    Paths,
    PathItem,
    Operation,
    Callback,
    Responses,
    Response,
    Parameter,
    Header,
    RequestBody,
    MediaType,
    Encoding,
    Example,
    Link,
    SecurityScheme,
    Components,
    Schema,
    Discriminator,
    /// `discriminator.mapping`: values are `$ref` strings to schemas.
    Mapping,
}

/// How a child is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    One(Kind),
    /// A map from names to the kind.
    Map(Kind),
    /// A list of the kind.
    List(Kind),
}

const METHODS: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

impl Kind {
    /// The `components` section a referenced object of this kind is hoisted into; `None` means
    /// it is inlined where referenced (as Redocly does for path items).
    pub fn section(self) -> Option<&'static str> {
        Some(match self {
            Kind::Schema => "schemas",
            Kind::Parameter => "parameters",
            Kind::Response => "responses",
            Kind::Example => "examples",
            Kind::RequestBody => "requestBodies",
            Kind::Header => "headers",
            Kind::SecurityScheme => "securitySchemes",
            Kind::Link => "links",
            Kind::Callback => "callbacks",
            _ => return None,
        })
    }

    /// Whether a `$ref` in this position is a reference (rather than data).
    pub fn takes_refs(self) -> bool {
        !matches!(
            self,
            Kind::Root
                | Kind::Paths
                | Kind::Responses
                | Kind::Components
                | Kind::Mapping
                | Kind::Discriminator
        )
    }

    /// The shape of the child at `key`, if it is an OpenAPI object the bundler walks into.
    pub fn child(self, key: &str) -> Option<Shape> {
        use Kind as K;
        use Shape::{List, Map, One};
        let extension = key.starts_with("x-");
        Some(match (self, key) {
            (K::Root, "paths") => One(K::Paths),
            (K::Root, "components") => One(K::Components),
            (K::Root, "webhooks") => Map(K::PathItem),
            (K::Paths | K::Callback, _) if !extension => One(K::PathItem),
            (K::PathItem, "parameters") => List(K::Parameter),
            (K::PathItem, method) if METHODS.contains(&method) => One(K::Operation),
            (K::PathItem, "additionalOperations") => Map(K::Operation),
            (K::Operation, "parameters") => List(K::Parameter),
            (K::Operation, "requestBody") => One(K::RequestBody),
            (K::Operation, "responses") => One(K::Responses),
            (K::Operation, "callbacks") => Map(K::Callback),
            (K::Responses, _) if !extension => One(K::Response),
            (K::Response, "headers") | (K::Encoding, "headers") => Map(K::Header),
            (K::Response | K::RequestBody | K::Parameter | K::Header, "content") => {
                Map(K::MediaType)
            }
            (K::Response, "links") => Map(K::Link),
            (K::Parameter | K::Header | K::MediaType, "schema") => One(K::Schema),
            (K::MediaType, "itemSchema") => One(K::Schema),
            (K::Parameter | K::Header | K::MediaType, "examples") => Map(K::Example),
            (K::MediaType, "encoding") => Map(K::Encoding),
            (K::Components, section) => Map(match section {
                "schemas" => K::Schema,
                "responses" => K::Response,
                "parameters" => K::Parameter,
                "examples" => K::Example,
                "requestBodies" => K::RequestBody,
                "headers" => K::Header,
                "securitySchemes" => K::SecurityScheme,
                "links" => K::Link,
                "callbacks" => K::Callback,
                "pathItems" => K::PathItem,
                "mediaTypes" => K::MediaType,
                _ => return None,
            }),
            (
                K::Schema,
                "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas",
            ) => Map(K::Schema),
            (K::Schema, "allOf" | "anyOf" | "oneOf" | "prefixItems") => List(K::Schema),
            (
                K::Schema,
                "items"
                | "additionalItems"
                | "additionalProperties"
                | "not"
                | "contains"
                | "if"
                | "then"
                | "else"
                | "propertyNames"
                | "unevaluatedItems"
                | "unevaluatedProperties"
                | "contentSchema",
            ) => One(K::Schema),
            (K::Schema, "discriminator") => One(K::Discriminator),
            (K::Discriminator, "mapping") => One(K::Mapping),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_map_to_kinds() {
        assert_eq!(Kind::Root.child("paths"), Some(Shape::One(Kind::Paths)));
        assert_eq!(
            Kind::Paths.child("/books"),
            Some(Shape::One(Kind::PathItem))
        );
        assert_eq!(Kind::Paths.child("x-internal"), None);
        assert_eq!(
            Kind::Schema.child("properties"),
            Some(Shape::Map(Kind::Schema))
        );
        assert_eq!(Kind::Schema.child("example"), None);
        assert_eq!(
            Kind::Components.child("requestBodies"),
            Some(Shape::Map(Kind::RequestBody))
        );
        assert_eq!(Kind::RequestBody.section(), Some("requestBodies"));
        assert_eq!(Kind::PathItem.section(), None);
    }
}
