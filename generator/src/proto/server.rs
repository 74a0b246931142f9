//! The inbound gRPC port of a service: for every proto service of the packages it `serves`, a
//! trait in the service's own terms (`pb/port.rs`) and, once for any implementer, tonic's server
//! trait on top of it (`pb/server.rs`).
//!
//! tonic's generated server traits speak `tonic::Request`/`tonic::Response`/`tonic::Status`;
//! implemented by hand, every RPC repeated the unwrapping, the wrapping and a four-line signature,
//! and every service a wrapper struct to hang them on. The port trait instead takes the request
//! message and answers the response message or an `app_kit::AppError`, like the REST port trait,
//! so the use-case type implements both directly and each method is its conversions and its call.
//! The adapter maps the error through `From<AppError> for tonic::Status`, the application kit's
//! one mapping.
//!
//! What a handler would read from the `tonic::Request` besides the message is the caller: a proto
//! service listed under `authenticated` in `proto/targets.yaml` gets an adapter that checks the
//! bearer token (`service_kit::grpc::auth::authenticate`, the same answers as before) and hands
//! the method the caller's `openapi_runtime::Principal`, as the REST router does.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail};
use heck::ToSnakeCase;
use prost_build::Module;
use prost_reflect::{MessageDescriptor, MethodDescriptor, ServiceDescriptor};

use super::compile::Compiled;
use super::config::ServiceTarget;
use crate::output::GeneratedFile;

/// The well-known types are `prost_types`' (and `Empty` is `()`), as prost generates them.
const WELL_KNOWN_PACKAGE: &str = "google.protobuf";

/// Rust keywords an RPC's snake-case name could collide with (prost would escape them; this
/// generator refuses them instead, so the port's names are always the RPCs' own).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe",
    "use", "where", "while", "yield",
];

/// A request or response message.
enum Message {
    /// `google.protobuf.Empty`.
    Unit,
    /// Another well-known type, from `prost_types`.
    WellKnown(String),
    /// A message of a package the service sees under `pb`.
    Package { package: String, name: String },
}

/// One RPC, with the Rust names tonic gives it.
struct Rpc {
    /// `list_books`: the method of tonic's server trait and of the port trait.
    ident: String,
    request: Message,
    response: Message,
    doc: String,
}

/// One proto service, with the names of what tonic generates for it and what is generated here.
struct Service {
    /// `bookstore.catalog.v1.BookService`.
    full_name: String,
    /// `bookstore.catalog.v1`.
    package: String,
    /// `BookService`: tonic's server trait.
    tonic_trait: String,
    /// `book_service_server`: the module tonic puts the trait and its server in.
    tonic_module: String,
    /// `BookRpc`: the port trait.
    port_trait: String,
    /// `BookServiceAdapter`: tonic's trait for any port implementer.
    adapter: String,
    /// `book_service`: the function giving tonic's server over an implementer.
    constructor: String,
    /// The caller's bearer token is checked, and the methods take the caller's principal.
    authenticated: bool,
    doc: String,
    rpcs: Vec<Rpc>,
}

/// `super::bookstore::catalog::v1`, with prost's escaping (`r#type`).
fn package_path(package: &str) -> String {
    let module = Module::from_protobuf_package_name(package);
    let parts: Vec<&str> = module.parts().collect();
    format!("super::{}", parts.join("::"))
}

/// How the generated files name a package's module: `pb` (imported under that name, as
/// hand-written code names it) when every message and service comes from one package, which is
/// the usual case; the full path otherwise.
struct Paths {
    only_package: Option<String>,
}

impl Paths {
    fn new(services: &[Service]) -> Self {
        let mut packages = BTreeSet::new();
        for service in services {
            packages.insert(service.package.as_str());
            for rpc in &service.rpcs {
                for message in [&rpc.request, &rpc.response] {
                    if let Message::Package { package, .. } = message {
                        packages.insert(package.as_str());
                    }
                }
            }
        }
        let only_package = match (packages.pop_first(), packages.is_empty()) {
            (Some(only), true) => Some(only.to_owned()),
            _ => None,
        };
        Self { only_package }
    }

    /// `use super::bookstore::catalog::v1 as pb;` when there is one package.
    fn import(&self) -> String {
        self.only_package
            .as_ref()
            .map(|package| format!("use {} as pb;\n", package_path(package)))
            .unwrap_or_default()
    }

    fn package(&self, package: &str) -> String {
        if self.only_package.as_deref() == Some(package) {
            "pb".to_owned()
        } else {
            package_path(package)
        }
    }

    fn message(&self, message: &Message) -> String {
        match message {
            Message::Unit => "()".to_owned(),
            Message::WellKnown(name) => format!("::prost_types::{name}"),
            Message::Package { package, name } => format!("{}::{name}", self.package(package)),
        }
    }
}

/// An RPC's request or response message.
fn message_type(message: &MessageDescriptor, rpc: &str) -> anyhow::Result<Message> {
    if message.parent_message().is_some() {
        bail!(
            "RPC `{rpc}` takes or answers `{}`, a message nested in another; the gRPC port only \
             names top-level messages",
            message.full_name()
        );
    }
    Ok(match (message.package_name(), message.name()) {
        (WELL_KNOWN_PACKAGE, "Empty") => Message::Unit,
        (WELL_KNOWN_PACKAGE, name) => Message::WellKnown(name.to_owned()),
        (package, name) => Message::Package {
            package: package.to_owned(),
            name: name.to_owned(),
        },
    })
}

/// The leading comment of the element at `path` of its file, as `///` lines indented by `indent`.
fn doc_comment(file: &prost_types::FileDescriptorProto, path: &[i32], indent: &str) -> String {
    let comment = file
        .source_code_info
        .iter()
        .flat_map(|info| &info.location)
        .find(|location| location.path == path)
        .map(|location| location.leading_comments())
        .unwrap_or_default();
    let mut out = String::new();
    for line in comment.trim_end().lines() {
        let line = line.strip_prefix(' ').unwrap_or(line).trim_end();
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
    out
}

fn rpc(method: &MethodDescriptor) -> anyhow::Result<Rpc> {
    let full_name = method.full_name();
    if method.is_client_streaming() || method.is_server_streaming() {
        bail!("RPC `{full_name}` streams; the gRPC port only generates unary RPCs");
    }
    let ident = method.name().to_snake_case();
    if KEYWORDS.contains(&ident.as_str()) {
        bail!("RPC `{full_name}` would be the Rust keyword `{ident}`: rename the RPC");
    }
    Ok(Rpc {
        ident,
        request: message_type(&method.input(), full_name)?,
        response: message_type(&method.output(), full_name)?,
        doc: doc_comment(
            method.parent_file().file_descriptor_proto(),
            method.path(),
            "    ",
        ),
    })
}

fn service(descriptor: &ServiceDescriptor, authenticated: bool) -> anyhow::Result<Service> {
    let name = descriptor.name();
    // buf's STANDARD rules (SERVICE_SUFFIX) end every service in `Service`.
    let stem = name.strip_suffix("Service").unwrap_or(name);
    Ok(Service {
        full_name: descriptor.full_name().to_owned(),
        package: descriptor.package_name().to_owned(),
        tonic_trait: name.to_owned(),
        tonic_module: format!("{}_server", name.to_snake_case()),
        port_trait: format!("{stem}Rpc"),
        adapter: format!("{name}Adapter"),
        constructor: name.to_snake_case(),
        authenticated,
        doc: doc_comment(
            descriptor.parent_file().file_descriptor_proto(),
            descriptor.path(),
            "",
        ),
        rpcs: descriptor
            .methods()
            .map(|m| rpc(&m))
            .collect::<Result<_, _>>()?,
    })
}

/// The proto services of the served packages, files by name, services as declared.
fn served_services(compiled: &Compiled, target: &ServiceTarget) -> anyhow::Result<Vec<Service>> {
    let mut services = Vec::new();
    for file in compiled
        .files
        .iter()
        .filter(|f| target.serves.iter().any(|p| p == f.package()))
    {
        let descriptor = compiled
            .pool
            .get_file_by_name(file.name())
            .ok_or_else(|| anyhow!("{} is missing from the compiled protos", file.name()))?;
        for service_descriptor in descriptor.services() {
            let full_name = service_descriptor.full_name();
            let authenticated = target.authenticated.iter().any(|s| s == full_name);
            services.push(service(&service_descriptor, authenticated)?);
        }
    }
    let names: BTreeSet<&str> = services.iter().map(|s| s.full_name.as_str()).collect();
    if let Some(unknown) = target
        .authenticated
        .iter()
        .find(|s| !names.contains(s.as_str()))
    {
        bail!(
            "`authenticated` names `{unknown}`, which is not a service of the packages this \
             service serves ({})",
            target.serves.join(", ")
        );
    }
    let mut traits = BTreeSet::new();
    if let Some(clash) = services.iter().find(|s| !traits.insert(&s.port_trait)) {
        bail!(
            "two served services would both be the port trait `{}` (the second is `{}`)",
            clash.port_trait,
            clash.full_name
        );
    }
    Ok(services)
}

fn port_file(service_name: &str, target: &ServiceTarget, services: &[Service]) -> String {
    let paths = Paths::new(services);
    let mut out = format!(
        "// Generated by `cargo run -p generator` from proto/, for the packages proto/targets.yaml \
         lists `{service_name}` as serving ({}). Do not edit.\n",
        target.serves.join(", ")
    );
    out.push_str(
        "//! The inbound gRPC port: one trait per served proto service, implemented by the \
         service's use cases (as they implement the REST port) and served by `super::server`.\n\
         //!\n\
         //! Each method takes the request message and answers the response message, or the \
         [`AppError`] the adapter turns into a `tonic::Status` (the application kit's one \
         mapping).\n\n\
         use app_kit::AppError;\n",
    );
    if services.iter().any(|s| s.authenticated) {
        out.push_str("use openapi_runtime::Principal;\n");
    }
    out.push('\n');
    out.push_str(&paths.import());
    out.push_str(
        "\n/// What an RPC answers: its response message, or why it failed.\n\
         pub type Reply<T> = Result<T, AppError>;\n",
    );
    for service in services {
        let _ = write!(out, "\n/// `{}`", service.full_name);
        if service.authenticated {
            out.push_str(", for an authenticated caller (a bearer token checked by the adapter)");
        }
        out.push_str(".\n");
        if !service.doc.is_empty() {
            out.push_str("///\n");
            out.push_str(&service.doc);
        }
        let _ = writeln!(
            out,
            "pub trait {}: Send + Sync + 'static {{",
            service.port_trait
        );
        for rpc in &service.rpcs {
            let caller = if service.authenticated {
                "caller: Principal, "
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "{}    fn {}(&self, {caller}request: {}) -> impl Future<Output = Reply<{}>> + Send;",
                rpc.doc,
                rpc.ident,
                paths.message(&rpc.request),
                paths.message(&rpc.response)
            );
        }
        out.push_str("}\n");
    }
    out
}

/// The extra parameter of an `authenticated` service's constructors.
const AUTHENTICATOR_PARAMETER: &str = ", authenticator: Arc<dyn Authenticator>";

fn server_file(service_name: &str, target: &ServiceTarget, services: &[Service]) -> String {
    let paths = Paths::new(services);
    let authenticated = services.iter().any(|s| s.authenticated);
    let mut out = format!(
        "// Generated by `cargo run -p generator` from proto/, for the packages proto/targets.yaml \
         lists `{service_name}` as serving ({}). Do not edit.\n",
        target.serves.join(", ")
    );
    out.push_str(
        "//! tonic's server traits, implemented once over the port traits of `super::port`: each \
         RPC unwraps the `tonic::Request`",
    );
    if authenticated {
        out.push_str(" (checking the bearer token where the service is `authenticated`)");
    }
    out.push_str(
        ", calls the port and wraps its reply; an `AppError` becomes a `tonic::Status` through \
         `From<AppError> for Status`.\n\n\
         use std::sync::Arc;\n\n",
    );
    if authenticated {
        out.push_str("use openapi_runtime::Authenticator;\n\n");
    }
    let traits: Vec<&str> = services.iter().map(|s| s.port_trait.as_str()).collect();
    let _ = writeln!(out, "use super::port::{{{}}};", traits.join(", "));
    out.push_str(&paths.import());
    for service in services {
        let package = paths.package(&service.package);
        let server = format!(
            "{package}::{}::{}Server",
            service.tonic_module, service.tonic_trait
        );
        let _ = writeln!(
            out,
            "\n/// Serves any [`{port}`] as tonic's `{full}`.\npub struct {adapter}<T> {{\n    service: Arc<T>,",
            port = service.port_trait,
            full = service.full_name,
            adapter = service.adapter,
        );
        if service.authenticated {
            out.push_str("    authenticator: Arc<dyn Authenticator>,\n");
        }
        out.push_str("}\n\n#[tonic::async_trait]\n");
        let _ = writeln!(
            out,
            "impl<T: {port}> {package}::{module}::{tonic} for {adapter}<T> {{",
            port = service.port_trait,
            module = service.tonic_module,
            tonic = service.tonic_trait,
            adapter = service.adapter,
        );
        for (index, rpc) in service.rpcs.iter().enumerate() {
            if index > 0 {
                out.push('\n');
            }
            let _ = writeln!(
                out,
                "    async fn {}(&self, request: tonic::Request<{}>) -> Result<tonic::Response<{}>, tonic::Status> {{",
                rpc.ident,
                paths.message(&rpc.request),
                paths.message(&rpc.response)
            );
            if service.authenticated {
                out.push_str(
                    "        let caller = service_kit::grpc::auth::authenticate(self.authenticator.as_ref(), request.metadata()).await?;\n",
                );
                let _ = writeln!(
                    out,
                    "        let reply = self.service.{}(caller, request.into_inner()).await?;",
                    rpc.ident
                );
            } else {
                let _ = writeln!(
                    out,
                    "        let reply = self.service.{}(request.into_inner()).await?;",
                    rpc.ident
                );
            }
            out.push_str("        Ok(tonic::Response::new(reply))\n    }\n");
        }
        out.push_str("}\n");
        let (parameter, field) = if service.authenticated {
            (AUTHENTICATOR_PARAMETER, ", authenticator")
        } else {
            ("", "")
        };
        let _ = writeln!(
            out,
            "\n/// tonic's `{full}` server over `service`.\npub fn {constructor}<T: {port}>(service: Arc<T>{parameter}) -> {server}<{adapter}<T>> {{\n    {server}::new({adapter} {{ service{field} }})\n}}",
            full = service.full_name,
            constructor = service.constructor,
            port = service.port_trait,
            adapter = service.adapter,
        );
    }
    let parameter = if authenticated {
        AUTHENTICATOR_PARAMETER
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "\n/// Every served service over one implementer, for the runtime's gRPC server.\n\
         pub fn routes<T>(service: Arc<T>{parameter}) -> tonic::service::Routes where T: {} {{",
        traits.join(" + ")
    );
    for (index, service) in services.iter().enumerate() {
        let last = index + 1 == services.len();
        let service_arg = if last {
            "service"
        } else {
            "Arc::clone(&service)"
        };
        let authenticator_arg = if !service.authenticated {
            ""
        } else if services[index + 1..].iter().any(|s| s.authenticated) {
            ", Arc::clone(&authenticator)"
        } else {
            // The authenticator moves into the last service that needs it.
            ", authenticator"
        };
        let call = format!("{}({service_arg}{authenticator_arg})", service.constructor);
        if index == 0 {
            let _ = writeln!(out, "    tonic::service::Routes::new({call})");
        } else {
            let _ = writeln!(out, "        .add_service({call})");
        }
    }
    out.push_str("}\n");
    out
}

/// `pb/port.rs` and `pb/server.rs` of a service that serves at least one proto service, not yet
/// rustfmt-ed; nothing for one that only calls others.
///
/// # Errors
/// A streaming RPC, a nested or keyword-named message or RPC, two services with the same port
/// trait name, or an `authenticated` entry that names no served service.
pub fn emit(
    compiled: &Compiled,
    service_name: &str,
    target: &ServiceTarget,
) -> anyhow::Result<Vec<GeneratedFile>> {
    let services = served_services(compiled, target)?;
    if services.is_empty() {
        return Ok(Vec::new());
    }
    let dir: PathBuf = Path::new("services")
        .join(service_name)
        .join("src/application/port/pb");
    Ok(vec![
        GeneratedFile::new(
            dir.join("port.rs"),
            port_file(service_name, target, &services),
        ),
        GeneratedFile::new(
            dir.join("server.rs"),
            server_file(service_name, target, &services),
        ),
    ])
}

/// Whether a service crate gets the port and server modules: it serves a package with a service.
pub fn has_services(compiled: &Compiled, target: &ServiceTarget) -> bool {
    compiled
        .files
        .iter()
        .any(|f| target.serves.iter().any(|p| p == f.package()) && !f.service.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_paths_start_at_the_pb_module_and_escape_keywords() {
        assert_eq!(
            package_path("bookstore.catalog.v1"),
            "super::bookstore::catalog::v1"
        );
        assert_eq!(package_path("shop.type.v1"), "super::shop::r#type::v1");
    }
}
