//! buf's STANDARD lint rules over compiled descriptors. Messages follow buf's wording.
//!
//! Each check walks `FileDescriptorProto`s keeping the `SourceCodeInfo` path of what it looks at,
//! so findings carry a line and can be silenced by a `buf:lint:ignore` comment, as in buf.

use std::collections::{BTreeMap, BTreeSet};

use prost_types::field_descriptor_proto::Label;
use prost_types::{
    DescriptorProto, EnumDescriptorProto, FileDescriptorProto, ServiceDescriptorProto,
};

use super::case::{has_version_suffix, to_lower_snake_case, to_pascal_case, to_upper_snake_case};
use super::source::{Source, tag};

/// One rule violation, before it becomes a [`crate::diagnostics::Diagnostic`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    /// Index of the file in the linted set.
    pub file: usize,
    /// `SourceCodeInfo` path of the offending token.
    pub path: Vec<i32>,
    /// Elements whose leading `buf:lint:ignore <rule>` comment silences the finding.
    pub ignore_at: Vec<Vec<i32>>,
    /// Fully-qualified name of the element (or the file name).
    pub symbol: String,
    pub message: String,
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

fn with(path: &[i32], more: &[i32]) -> Vec<i32> {
    let mut out = path.to_vec();
    out.extend_from_slice(more);
    out
}

fn index(i: usize) -> i32 {
    i32::try_from(i).unwrap_or(i32::MAX)
}

/// The directory of a file name, `.` at the root (buf's `normalpath.Dir`).
fn directory(name: &str) -> &str {
    name.rsplit_once('/').map_or(".", |(dir, _)| dir)
}

/// Collects findings for one file at a time.
struct Checker<'a> {
    file: usize,
    out: &'a mut Vec<Finding>,
}

impl Checker<'_> {
    fn add(
        &mut self,
        rule: &'static str,
        path: Vec<i32>,
        ignore_at: Vec<Vec<i32>>,
        symbol: String,
        message: String,
    ) {
        self.out.push(Finding {
            rule,
            file: self.file,
            path,
            ignore_at,
            symbol,
            message,
        });
    }

    fn file(&mut self, file: &FileDescriptorProto, source: &Source) {
        let name = file.name();
        let package = file.package();
        if !source.has(&[tag::FILE_SYNTAX]) && !source.has(&[tag::FILE_EDITION]) {
            self.add(
                "SYNTAX_SPECIFIED",
                vec![],
                vec![],
                name.to_owned(),
                r#"Files must have a syntax explicitly specified. If no syntax is specified, the file defaults to "proto2"."#.to_owned(),
            );
        }
        if package.is_empty() {
            self.add(
                "PACKAGE_DEFINED",
                vec![],
                vec![],
                name.to_owned(),
                "Files must have a package defined.".to_owned(),
            );
        } else {
            let expected_dir = package.replace('.', "/");
            let dir = directory(name);
            if dir != expected_dir {
                self.add(
                    "PACKAGE_DIRECTORY_MATCH",
                    vec![tag::FILE_PACKAGE],
                    vec![],
                    package.to_owned(),
                    format!(r#"Files with package "{package}" must be within a directory "{expected_dir}" relative to root but were in directory "{dir}"."#),
                );
            }
            let snake = package
                .split('.')
                .map(to_lower_snake_case)
                .collect::<Vec<_>>()
                .join(".");
            if snake != package {
                self.add(
                    "PACKAGE_LOWER_SNAKE_CASE",
                    vec![tag::FILE_PACKAGE],
                    vec![],
                    package.to_owned(),
                    format!(
                        r#"Package name "{package}" should be lower_snake.case, such as "{snake}"."#
                    ),
                );
            }
            if !has_version_suffix(package) {
                self.add(
                    "PACKAGE_VERSION_SUFFIX",
                    vec![tag::FILE_PACKAGE],
                    vec![],
                    package.to_owned(),
                    format!(r#"Package name "{package}" should be suffixed with a correctly formed version, such as "{package}.v1"."#),
                );
            }
        }
        let base = name.rsplit('/').next().unwrap_or(name);
        let stem = base.strip_suffix(".proto").unwrap_or(base);
        let expected = to_lower_snake_case(stem);
        if expected != stem {
            self.add(
                "FILE_LOWER_SNAKE_CASE",
                vec![],
                vec![],
                name.to_owned(),
                format!(r#"Filename "{base}" should be lower_snake_case.proto, such as "{expected}.proto"."#),
            );
        }
        for &public in &file.public_dependency {
            let dependency = usize::try_from(public)
                .ok()
                .and_then(|i| file.dependency.get(i));
            if let Some(dependency) = dependency {
                self.add(
                    "IMPORT_NO_PUBLIC",
                    vec![tag::FILE_DEPENDENCY, public],
                    vec![],
                    dependency.clone(),
                    format!(r#"Import "{dependency}" must not be public."#),
                );
            }
        }
        for (i, message) in file.message_type.iter().enumerate() {
            self.message(message, &[tag::FILE_MESSAGE, index(i)], package);
        }
        for (i, enumeration) in file.enum_type.iter().enumerate() {
            self.enumeration(enumeration, &[tag::FILE_ENUM, index(i)], package);
        }
        for (i, service) in file.service.iter().enumerate() {
            self.service(service, &[tag::FILE_SERVICE, index(i)], package);
        }
    }

    fn message(&mut self, message: &DescriptorProto, path: &[i32], scope: &str) {
        // Map entries are synthesised by the compiler: nothing in them is the author's naming.
        if message.options.as_ref().is_some_and(|o| o.map_entry()) {
            return;
        }
        let name = message.name();
        let full = join(scope, name);
        let expected = to_pascal_case(name);
        if expected != name {
            self.add(
                "MESSAGE_PASCAL_CASE",
                with(path, &[tag::NAME]),
                vec![path.to_vec()],
                full.clone(),
                format!(r#"Message name "{name}" should be PascalCase, such as "{expected}"."#),
            );
        }
        for (i, field) in message.field.iter().enumerate() {
            let field_path = with(path, &[tag::MESSAGE_FIELD, index(i)]);
            let field_name = field.name();
            let expected = to_lower_snake_case(field_name);
            if expected != field_name {
                self.add(
                    "FIELD_LOWER_SNAKE_CASE",
                    with(&field_path, &[tag::NAME]),
                    vec![field_path.clone(), path.to_vec()],
                    join(&full, field_name),
                    format!(r#"Field name "{field_name}" should be lower_snake_case, such as "{expected}"."#),
                );
            }
            if field.label() == Label::Required {
                self.add(
                    "FIELD_NOT_REQUIRED",
                    with(&field_path, &[tag::NAME]),
                    vec![field_path.clone(), path.to_vec()],
                    join(&full, field_name),
                    format!(r#"Field named "{field_name}" should not be required."#),
                );
            }
        }
        for (i, oneof) in message.oneof_decl.iter().enumerate() {
            let members: Vec<_> = message
                .field
                .iter()
                .filter(|f| f.oneof_index == Some(index(i)))
                .collect();
            // proto3 `optional` fields live in a synthetic oneof named `_<field>`.
            if members.len() == 1 && members[0].proto3_optional() {
                continue;
            }
            let oneof_name = oneof.name();
            let expected = to_lower_snake_case(oneof_name);
            if expected != oneof_name {
                let oneof_path = with(path, &[tag::MESSAGE_ONEOF, index(i)]);
                self.add(
                    "ONEOF_LOWER_SNAKE_CASE",
                    with(&oneof_path, &[tag::NAME]),
                    vec![oneof_path, path.to_vec()],
                    join(&full, oneof_name),
                    format!(r#"Oneof name "{oneof_name}" should be lower_snake_case, such as "{expected}"."#),
                );
            }
        }
        for (i, nested) in message.nested_type.iter().enumerate() {
            self.message(nested, &with(path, &[tag::MESSAGE_NESTED, index(i)]), &full);
        }
        for (i, enumeration) in message.enum_type.iter().enumerate() {
            self.enumeration(
                enumeration,
                &with(path, &[tag::MESSAGE_ENUM, index(i)]),
                &full,
            );
        }
    }

    fn enumeration(&mut self, enumeration: &EnumDescriptorProto, path: &[i32], scope: &str) {
        let name = enumeration.name();
        let full = join(scope, name);
        let expected = to_pascal_case(name);
        if expected != name {
            self.add(
                "ENUM_PASCAL_CASE",
                with(path, &[tag::NAME]),
                vec![path.to_vec()],
                full.clone(),
                format!(r#"Enum name "{name}" should be PascalCase, such as "{expected}"."#),
            );
        }
        if enumeration
            .options
            .as_ref()
            .is_some_and(|o| o.allow_alias())
        {
            self.add(
                "ENUM_NO_ALLOW_ALIAS",
                with(path, &[tag::ENUM_OPTIONS, tag::ENUM_OPTIONS_ALLOW_ALIAS]),
                vec![path.to_vec()],
                full.clone(),
                format!(r#"Enum option "allow_alias" on enum "{name}" must be false."#),
            );
        }
        if let Some(first) = enumeration.value.first().filter(|v| v.number() != 0) {
            let value_path = with(path, &[tag::ENUM_VALUE, 0]);
            self.add(
                "ENUM_FIRST_VALUE_ZERO",
                with(&value_path, &[tag::ENUM_VALUE_NUMBER]),
                vec![value_path.clone(), path.to_vec()],
                join(&full, first.name()),
                format!(
                    r#"First enum value "{}" should have a numeric value of 0"#,
                    first.name()
                ),
            );
        }
        let prefix = format!("{}_", to_upper_snake_case(name));
        for (i, value) in enumeration.value.iter().enumerate() {
            let value_path = with(path, &[tag::ENUM_VALUE, index(i)]);
            let name_path = with(&value_path, &[tag::NAME]);
            let ignore_at = vec![value_path.clone(), path.to_vec()];
            let value_name = value.name();
            let symbol = join(scope, value_name);
            let expected = to_upper_snake_case(value_name);
            if expected != value_name {
                self.add(
                    "ENUM_VALUE_UPPER_SNAKE_CASE",
                    name_path.clone(),
                    ignore_at.clone(),
                    symbol.clone(),
                    format!(r#"Enum value name "{value_name}" should be UPPER_SNAKE_CASE, such as "{expected}"."#),
                );
            }
            if !value_name.starts_with(&prefix) {
                self.add(
                    "ENUM_VALUE_PREFIX",
                    name_path.clone(),
                    ignore_at.clone(),
                    symbol.clone(),
                    format!(
                        r#"Enum value name "{value_name}" should be prefixed with "{prefix}"."#
                    ),
                );
            }
            if value.number() == 0 && !value_name.ends_with("_UNSPECIFIED") {
                self.add(
                    "ENUM_ZERO_VALUE_SUFFIX",
                    name_path,
                    ignore_at,
                    symbol,
                    format!(r#"Enum zero value name "{value_name}" should be suffixed with "_UNSPECIFIED"."#),
                );
            }
        }
    }

    fn service(&mut self, service: &ServiceDescriptorProto, path: &[i32], package: &str) {
        let name = service.name();
        let full = join(package, name);
        let expected = to_pascal_case(name);
        if expected != name {
            self.add(
                "SERVICE_PASCAL_CASE",
                with(path, &[tag::NAME]),
                vec![path.to_vec()],
                full.clone(),
                format!(r#"Service name "{name}" should be PascalCase, such as "{expected}"."#),
            );
        }
        if !name.ends_with("Service") {
            self.add(
                "SERVICE_SUFFIX",
                with(path, &[tag::NAME]),
                vec![path.to_vec()],
                full.clone(),
                format!(r#"Service name "{name}" should be suffixed with "Service"."#),
            );
        }
        for (i, method) in service.method.iter().enumerate() {
            let method_path = with(path, &[tag::SERVICE_METHOD, index(i)]);
            let ignore_at = vec![method_path.clone(), path.to_vec()];
            let method_name = method.name();
            let symbol = join(&full, method_name);
            let expected = to_pascal_case(method_name);
            if expected != method_name {
                self.add(
                    "RPC_PASCAL_CASE",
                    with(&method_path, &[tag::NAME]),
                    ignore_at.clone(),
                    symbol.clone(),
                    format!(
                        r#"RPC name "{method_name}" should be PascalCase, such as "{expected}"."#
                    ),
                );
            }
            for (rule, type_name, suffix, field, what) in [
                (
                    "RPC_REQUEST_STANDARD_NAME",
                    method.input_type(),
                    "Request",
                    tag::METHOD_INPUT,
                    "request",
                ),
                (
                    "RPC_RESPONSE_STANDARD_NAME",
                    method.output_type(),
                    "Response",
                    tag::METHOD_OUTPUT,
                    "response",
                ),
            ] {
                let short = type_name.rsplit('.').next().unwrap_or(type_name);
                let first = format!("{}{suffix}", to_pascal_case(method_name));
                let second = format!("{}{first}", to_pascal_case(name));
                if short != first && short != second {
                    self.add(
                        rule,
                        with(&method_path, &[field]),
                        ignore_at.clone(),
                        symbol.clone(),
                        format!(
                            r#"RPC {what} type "{short}" should be named "{first}" or "{second}"."#
                        ),
                    );
                }
            }
        }
    }
}

/// Rules that look at one file at a time.
pub fn per_file(files: &[FileDescriptorProto], sources: &[Source], out: &mut Vec<Finding>) {
    for (i, (file, source)) in files.iter().zip(sources).enumerate() {
        Checker {
            file: i,
            out: &mut *out,
        }
        .file(file, source);
    }
}

/// Where a method is: file index, method path, service path.
type MethodSite = (usize, Vec<i32>, Vec<i32>);

/// package → imported package → (file index, import index) of each import making the edge.
type PackageGraph = BTreeMap<String, BTreeMap<String, Vec<(usize, usize)>>>;

/// RPC_REQUEST_RESPONSE_UNIQUE: a message is the request or response of one RPC only.
pub fn request_response_unique(files: &[FileDescriptorProto], out: &mut Vec<Finding>) {
    // type → method full name → where the method is
    let mut users: BTreeMap<String, BTreeMap<String, MethodSite>> = BTreeMap::new();
    for (file_index, file) in files.iter().enumerate() {
        for (s, service) in file.service.iter().enumerate() {
            let service_path = vec![tag::FILE_SERVICE, index(s)];
            let service_full = join(file.package(), service.name());
            for (m, method) in service.method.iter().enumerate() {
                let method_path = with(&service_path, &[tag::SERVICE_METHOD, index(m)]);
                let method_full = join(&service_full, method.name());
                let input = method.input_type().trim_start_matches('.').to_owned();
                let output = method.output_type().trim_start_matches('.').to_owned();
                if input == output {
                    out.push(Finding {
                        rule: "RPC_REQUEST_RESPONSE_UNIQUE",
                        file: file_index,
                        path: method_path.clone(),
                        ignore_at: vec![service_path.clone()],
                        symbol: method_full.clone(),
                        message: format!(
                            r#"RPC "{}" has the same type "{input}" for the request and response."#,
                            method.name()
                        ),
                    });
                }
                for type_name in [input, output] {
                    users.entry(type_name).or_default().insert(
                        method_full.clone(),
                        (file_index, method_path.clone(), service_path.clone()),
                    );
                }
            }
        }
    }
    for (type_name, methods) in users {
        if methods.len() < 2 {
            continue;
        }
        for (method_full, (file, path, service_path)) in methods {
            out.push(Finding {
                rule: "RPC_REQUEST_RESPONSE_UNIQUE",
                file,
                path,
                ignore_at: vec![service_path],
                symbol: method_full,
                message: format!(
                    r#""{type_name}" is used as the request or response type for multiple RPCs."#
                ),
            });
        }
    }
}

/// DIRECTORY_SAME_PACKAGE and PACKAGE_SAME_DIRECTORY: one package per directory and vice versa.
pub fn package_layout(files: &[FileDescriptorProto], out: &mut Vec<Finding>) {
    let mut by_dir: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut by_package: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        by_dir.entry(directory(file.name())).or_default().push(i);
        if !file.package().is_empty() {
            by_package.entry(file.package()).or_default().push(i);
        }
    }
    for (dir, members) in by_dir {
        let packages: BTreeSet<&str> = members.iter().map(|&i| files[i].package()).collect();
        if packages.len() < 2 {
            continue;
        }
        let named: Vec<&str> = packages.iter().copied().filter(|p| !p.is_empty()).collect();
        let prefix = match (packages.contains(""), named.len()) {
            (true, 1) => format!(r#"Package "{}" and file with no package"#, named.join(",")),
            (true, _) => format!(
                r#"Multiple packages "{}" and file with no package"#,
                named.join(",")
            ),
            (false, _) => format!(r#"Multiple packages "{}""#, named.join(",")),
        };
        for i in members {
            out.push(Finding {
                rule: "DIRECTORY_SAME_PACKAGE",
                file: i,
                path: vec![tag::FILE_PACKAGE],
                ignore_at: vec![],
                symbol: files[i].name().to_owned(),
                message: format!(r#"{prefix} detected within directory "{dir}"."#),
            });
        }
    }
    for (package, members) in by_package {
        let dirs: BTreeSet<&str> = members
            .iter()
            .map(|&i| directory(files[i].name()))
            .collect();
        if dirs.len() < 2 {
            continue;
        }
        let dirs = dirs.into_iter().collect::<Vec<_>>().join(",");
        for i in members {
            out.push(Finding {
                rule: "PACKAGE_SAME_DIRECTORY",
                file: i,
                path: vec![tag::FILE_PACKAGE],
                ignore_at: vec![],
                symbol: files[i].name().to_owned(),
                message: format!(
                    r#"Multiple directories "{dirs}" contain files with package "{package}"."#
                ),
            });
        }
    }
}

/// PACKAGE_SAME_<OPTION>: every file of a package sets a language option to the same value.
pub fn package_same_options(files: &[FileDescriptorProto], out: &mut Vec<Finding>) {
    type Getter = fn(&FileDescriptorProto) -> String;
    let options: [(&'static str, &str, i32, Getter); 7] = [
        (
            "PACKAGE_SAME_CSHARP_NAMESPACE",
            "csharp_namespace",
            37,
            |f| {
                f.options
                    .as_ref()
                    .map(|o| o.csharp_namespace().to_owned())
                    .unwrap_or_default()
            },
        ),
        ("PACKAGE_SAME_GO_PACKAGE", "go_package", 11, |f| {
            f.options
                .as_ref()
                .map(|o| o.go_package().to_owned())
                .unwrap_or_default()
        }),
        (
            "PACKAGE_SAME_JAVA_MULTIPLE_FILES",
            "java_multiple_files",
            10,
            // Unset is "no value", distinct from an explicit `false`, as in buf.
            |f| {
                f.options
                    .as_ref()
                    .and_then(|o| o.java_multiple_files)
                    .map(|v| v.to_string())
                    .unwrap_or_default()
            },
        ),
        ("PACKAGE_SAME_JAVA_PACKAGE", "java_package", 1, |f| {
            f.options
                .as_ref()
                .map(|o| o.java_package().to_owned())
                .unwrap_or_default()
        }),
        ("PACKAGE_SAME_PHP_NAMESPACE", "php_namespace", 41, |f| {
            f.options
                .as_ref()
                .map(|o| o.php_namespace().to_owned())
                .unwrap_or_default()
        }),
        ("PACKAGE_SAME_RUBY_PACKAGE", "ruby_package", 45, |f| {
            f.options
                .as_ref()
                .map(|o| o.ruby_package().to_owned())
                .unwrap_or_default()
        }),
        ("PACKAGE_SAME_SWIFT_PREFIX", "swift_prefix", 39, |f| {
            f.options
                .as_ref()
                .map(|o| o.swift_prefix().to_owned())
                .unwrap_or_default()
        }),
    ];
    let mut by_package: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        if !file.package().is_empty() {
            by_package.entry(file.package()).or_default().push(i);
        }
    }
    for (package, members) in &by_package {
        for (rule, option, field, get) in options {
            let values: BTreeSet<String> = members.iter().map(|&i| get(&files[i])).collect();
            if values.len() < 2 {
                continue;
            }
            let unset = values.contains("");
            let listed = values
                .iter()
                .filter(|v| !v.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(",");
            let message = if unset {
                format!(
                    r#"Files in package "{package}" have both values {listed:?} and no value for option "{option}" and all values must be equal."#
                )
            } else {
                format!(
                    r#"Files in package "{package}" have multiple values {listed:?} for option "{option}" and all values must be equal."#
                )
            };
            for &i in members {
                out.push(Finding {
                    rule,
                    file: i,
                    path: vec![tag::FILE_OPTIONS, field],
                    ignore_at: vec![],
                    symbol: files[i].name().to_owned(),
                    message: message.clone(),
                });
            }
        }
    }
}

/// PACKAGE_NO_IMPORT_CYCLE: packages, seen through their files' imports, form no cycle.
pub fn package_import_cycles(
    files: &[FileDescriptorProto],
    all: &BTreeMap<String, String>,
    out: &mut Vec<Finding>,
) {
    let mut graph: PackageGraph = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        for (d, dependency) in file.dependency.iter().enumerate() {
            let Some(imported) = all.get(dependency) else {
                continue;
            };
            if imported.is_empty() || file.package().is_empty() || imported == file.package() {
                continue;
            }
            graph
                .entry(file.package().to_owned())
                .or_default()
                .entry(imported.clone())
                .or_default()
                .push((i, d));
        }
    }
    for (package, edges) in &graph {
        for (imported, imports) in edges {
            let mut path = vec![package.clone()];
            if let Some(cycle) = find_cycle(imported, &graph, &mut path) {
                for &(file, d) in imports {
                    out.push(Finding {
                        rule: "PACKAGE_NO_IMPORT_CYCLE",
                        file,
                        path: vec![tag::FILE_DEPENDENCY, index(d)],
                        ignore_at: vec![],
                        symbol: files[file].dependency[d].clone(),
                        message: format!("Package import cycle: {}", cycle.join(" -> ")),
                    });
                }
            }
        }
    }
}

/// Depth-first from `package` along `path`; the cycle when one is reached, as buf reports it.
fn find_cycle(package: &str, graph: &PackageGraph, path: &mut Vec<String>) -> Option<Vec<String>> {
    if path.iter().any(|p| p == package) {
        let mut cycle = path.clone();
        cycle.push(package.to_owned());
        return Some(cycle);
    }
    path.push(package.to_owned());
    for next in graph
        .get(package)
        .into_iter()
        .flat_map(|edges| edges.keys())
    {
        if let Some(cycle) = find_cycle(next, graph, path) {
            return Some(cycle);
        }
    }
    path.pop();
    None
}
