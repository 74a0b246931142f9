//! The typed model the templates render: Rust-shaped types and operations, already named.

/// A primitive Rust type a schema maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prim {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    Decimal,
    DateTime,
    Date,
    Uuid,
    /// `format: byte`: base64 text on the wire, bytes in Rust.
    Base64,
    /// Anything goes (`{}`, free-form objects).
    Json,
    /// A raw (non-JSON) body: `application/octet-stream`, images, multipart as sent.
    Bytes,
}

impl Prim {
    pub fn rust(self) -> &'static str {
        match self {
            Prim::String => "String",
            Prim::Bool => "bool",
            Prim::I32 => "i32",
            Prim::I64 => "i64",
            Prim::F32 => "f32",
            Prim::F64 => "f64",
            Prim::Decimal => "rust_decimal::Decimal",
            Prim::DateTime => "chrono::DateTime<chrono::Utc>",
            Prim::Date => "chrono::NaiveDate",
            Prim::Uuid => "uuid::Uuid",
            Prim::Base64 => "openapi_runtime::Base64",
            Prim::Json => "serde_json::Value",
            Prim::Bytes => "Vec<u8>",
        }
    }

    pub fn is_number(self) -> bool {
        matches!(
            self,
            Prim::I32 | Prim::I64 | Prim::F32 | Prim::F64 | Prim::Decimal
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    Prim(Prim),
    /// A generated type in `model`.
    Named(String),
    List(Box<Shape>),
    Map(Box<Shape>),
    Nullable(Box<Shape>),
}

/// A type plus the constraints the spec puts on values of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub ty: Ty,
    pub checks: Checks,
}

impl Shape {
    pub fn prim(prim: Prim) -> Self {
        Self {
            ty: Ty::Prim(prim),
            checks: Checks::default(),
        }
    }

    pub fn named(name: impl Into<String>) -> Self {
        Self {
            ty: Ty::Named(name.into()),
            checks: Checks::default(),
        }
    }

    /// The Rust type expression inside `model`.
    pub fn rust(&self) -> String {
        self.rust_with("")
    }

    /// The Rust type expression, generated type names prefixed with `prefix` (`model::`).
    pub fn rust_with(&self, prefix: &str) -> String {
        match &self.ty {
            Ty::Prim(p) => p.rust().to_owned(),
            Ty::Named(n) if n.contains("::") => n.clone(),
            Ty::Named(n) => format!("{prefix}{n}"),
            Ty::List(item) => format!("Vec<{}>", item.rust_with(prefix)),
            Ty::Map(value) => format!(
                "std::collections::BTreeMap<String, {}>",
                value.rust_with(prefix)
            ),
            Ty::Nullable(inner) => format!("Option<{}>", inner.rust_with(prefix)),
        }
    }
}

/// Numeric bound as written in the spec (kept as text so it renders exactly).
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    pub value: serde_json::Number,
    pub exclusive: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checks {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,
    pub email: bool,
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub multiple_of: Option<serde_json::Number>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    /// Allowed values for enums that are not strings (integer enums stay primitive).
    pub allowed: Vec<serde_json::Value>,
}

/// How a struct field is present on the wire.
#[derive(Debug, Clone, PartialEq)]
pub enum Presence {
    /// Required, not nullable: `T`.
    Required,
    /// Required and nullable: `Option<T>`, always serialized (`null` when `None`).
    RequiredNullable,
    /// Optional, not nullable: `Option<T>`, omitted when `None`.
    Optional,
    /// Optional and nullable: `Tristate<T>` (absent, null or a value).
    OptionalNullable,
    /// Optional with a default: `T`, the default applied when absent. Holds the Rust expression.
    Defaulted(String),
}

#[derive(Debug, Clone)]
pub struct Field {
    /// The name on the wire.
    pub wire: String,
    /// The Rust field name.
    pub ident: String,
    pub doc: Option<String>,
    pub shape: Shape,
    pub presence: Presence,
    /// Self-referential fields are boxed to give the struct a finite size.
    pub boxed: bool,
    /// A secret (`writeOnly` or `format: password`): `Debug` shows it redacted.
    pub secret: bool,
}

impl Field {
    pub fn rust_type(&self) -> String {
        self.rust_type_with("")
    }

    pub fn rust_type_with(&self, prefix: &str) -> String {
        let inner = if self.boxed {
            format!("Box<{}>", self.shape.rust_with(prefix))
        } else {
            self.shape.rust_with(prefix)
        };
        match self.presence {
            Presence::Required | Presence::Defaulted(_) => inner,
            Presence::RequiredNullable | Presence::Optional => format!("Option<{inner}>"),
            Presence::OptionalNullable => format!("openapi_runtime::Tristate<{inner}>"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct EnumVariant {
    pub ident: String,
    pub wire: String,
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub ident: String,
    pub shape: Shape,
    /// Discriminator values selecting this variant (empty without a discriminator).
    pub tags: Vec<String>,
    /// Boxed when the variant's type contains the union again by value (a cycle).
    pub boxed: bool,
}

#[derive(Debug, Clone)]
pub enum TypeDef {
    Struct {
        name: String,
        doc: Option<String>,
        fields: Vec<Field>,
        /// `additionalProperties: false`: unknown properties are rejected.
        closed: bool,
    },
    Enum {
        name: String,
        doc: Option<String>,
        variants: Vec<EnumVariant>,
        /// `x-rust-type`: a Rust enum with the same variants the service converts this one
        /// into (`app_kit::SortOrder`); the model gains `From<Self> for` it.
        rust_type: Option<String>,
    },
    Union {
        name: String,
        doc: Option<String>,
        variants: Vec<UnionVariant>,
        /// The discriminator property, when the spec names one.
        discriminator: Option<String>,
    },
    /// A named schema that is only a primitive, array or map: `pub type Isbn = String;`. Uses of
    /// it are inlined (with its constraints), the alias documents the name.
    Alias {
        name: String,
        doc: Option<String>,
        shape: Shape,
    },
}

impl TypeDef {
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Struct { name, .. }
            | TypeDef::Enum { name, .. }
            | TypeDef::Union { name, .. }
            | TypeDef::Alias { name, .. } => name,
        }
    }
}

/// Where a parameter lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
}

impl Location {
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Cookie => "cookie",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Some(match raw {
            "path" => Location::Path,
            "query" => Location::Query,
            "header" => Location::Header,
            "cookie" => Location::Cookie,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    pub location: Location,
    /// As a field of the operation's params struct.
    pub field: Field,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    /// `application/x-www-form-urlencoded`: a flat struct sent as `name=value` pairs.
    Form,
    /// `text/plain` (any `text/*`): a `String`.
    Text,
    /// Raw bytes (`application/octet-stream` and other non-JSON media types).
    Bytes,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub kind: BodyKind,
    /// The media type to send and expect (`application/json`).
    pub media_type: String,
    pub shape: Shape,
    pub required: bool,
}

#[derive(Debug, Clone)]
pub struct ResponseHeader {
    pub wire: String,
    pub ident: String,
    pub shape: Shape,
    pub required: bool,
}

/// Which statuses a response variant answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusMatch {
    Exact(u16),
    /// `4XX`: the first digit.
    Range(u16),
    Default,
}

#[derive(Debug, Clone)]
pub struct ResponseVariant {
    pub ident: String,
    pub status: StatusMatch,
    pub doc: Option<String>,
    /// `None` for bodiless responses.
    pub body: Option<ResponseBody>,
    pub headers: Vec<ResponseHeader>,
}

#[derive(Debug, Clone)]
pub struct ResponseBody {
    pub kind: BodyKind,
    pub media_type: String,
    pub shape: Shape,
}

#[derive(Debug, Clone)]
pub struct Requirement {
    pub scheme: String,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Operation {
    /// snake_case method name.
    pub ident: String,
    /// PascalCase stem for its types (`ListBooks`).
    pub type_stem: String,
    pub method: String,
    /// The path as in the spec (`/books/{id}`).
    pub path: String,
    pub doc: Option<String>,
    pub params: Vec<Param>,
    pub params_type: Option<String>,
    pub body: Option<Body>,
    pub request_type: String,
    pub response_type: String,
    pub responses: Vec<ResponseVariant>,
    /// Alternatives, each a conjunction of schemes; empty = public.
    pub security: Vec<Vec<Requirement>>,
}

impl Operation {
    /// Whether a principal is guaranteed (every alternative needs a scheme).
    pub fn auth_required(&self) -> bool {
        !self.security.is_empty() && self.security.iter().all(|alt| !alt.is_empty())
    }

    pub fn has_security(&self) -> bool {
        !self.security.is_empty()
    }
}

/// One API, ready to render.
#[derive(Debug, Clone)]
pub struct Api {
    pub title: String,
    pub doc: Option<String>,
    /// PascalCase trait name (`CatalogApi`).
    pub trait_name: String,
    /// Path prefix from the first server URL (`/api/v1`), or empty.
    pub base_path: String,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
}
