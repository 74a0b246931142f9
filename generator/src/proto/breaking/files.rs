//! File-level rules: package, syntax and file options, and the messages, enums, services and
//! extensions each file declares (buf's FILE category compares per file).

use std::collections::BTreeMap;

use prost_reflect::{EnumDescriptor, ExtensionDescriptor, MessageDescriptor, ServiceDescriptor};
use prost_types::FileOptions;

use super::report::{ProtoFile, Report};
use super::{enums, messages, services};

/// Source-info path components of `FileDescriptorProto`.
const PACKAGE: i32 = 2;
const OPTIONS: i32 = 8;
const SYNTAX: i32 = 12;

type OptionValue = fn(&FileOptions) -> String;

/// The file options buf's FILE_SAME_* rules watch: rule, option name, field number, value
/// (the option's default when unset, so setting an option to its default changes nothing).
const FILE_OPTIONS: &[(&str, &str, i32, OptionValue)] = &[
    ("FILE_SAME_JAVA_PACKAGE", "java_package", 1, |o| {
        o.java_package().to_owned()
    }),
    (
        "FILE_SAME_JAVA_OUTER_CLASSNAME",
        "java_outer_classname",
        8,
        |o| o.java_outer_classname().to_owned(),
    ),
    ("FILE_SAME_OPTIMIZE_FOR", "optimize_for", 9, |o| {
        o.optimize_for().as_str_name().to_owned()
    }),
    (
        "FILE_SAME_JAVA_MULTIPLE_FILES",
        "java_multiple_files",
        10,
        |o| o.java_multiple_files().to_string(),
    ),
    ("FILE_SAME_GO_PACKAGE", "go_package", 11, |o| {
        o.go_package().to_owned()
    }),
    (
        "FILE_SAME_CC_GENERIC_SERVICES",
        "cc_generic_services",
        16,
        |o| o.cc_generic_services().to_string(),
    ),
    (
        "FILE_SAME_JAVA_GENERIC_SERVICES",
        "java_generic_services",
        17,
        |o| o.java_generic_services().to_string(),
    ),
    (
        "FILE_SAME_PY_GENERIC_SERVICES",
        "py_generic_services",
        18,
        |o| o.py_generic_services().to_string(),
    ),
    ("FILE_SAME_CC_ENABLE_ARENAS", "cc_enable_arenas", 31, |o| {
        o.cc_enable_arenas().to_string()
    }),
    (
        "FILE_SAME_OBJC_CLASS_PREFIX",
        "objc_class_prefix",
        36,
        |o| o.objc_class_prefix().to_owned(),
    ),
    ("FILE_SAME_CSHARP_NAMESPACE", "csharp_namespace", 37, |o| {
        o.csharp_namespace().to_owned()
    }),
    ("FILE_SAME_SWIFT_PREFIX", "swift_prefix", 39, |o| {
        o.swift_prefix().to_owned()
    }),
    ("FILE_SAME_PHP_CLASS_PREFIX", "php_class_prefix", 40, |o| {
        o.php_class_prefix().to_owned()
    }),
    ("FILE_SAME_PHP_NAMESPACE", "php_namespace", 41, |o| {
        o.php_namespace().to_owned()
    }),
    (
        "FILE_SAME_PHP_METADATA_NAMESPACE",
        "php_metadata_namespace",
        44,
        |o| o.php_metadata_namespace().to_owned(),
    ),
    ("FILE_SAME_RUBY_PACKAGE", "ruby_package", 45, |o| {
        o.ruby_package().to_owned()
    }),
];

/// A name inside its package (`Outer.Inner`): buf matches elements of a file by it, so a package
/// rename is one FILE_SAME_PACKAGE finding rather than a deletion of everything.
fn relative<'a>(full_name: &'a str, package: &str) -> &'a str {
    if package.is_empty() {
        return full_name;
    }
    full_name
        .strip_prefix(package)
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or(full_name)
}

fn syntax(file: &ProtoFile) -> String {
    match file.descriptor.file_descriptor_proto().syntax.as_deref() {
        None | Some("") => "proto2".to_owned(),
        Some(other) => other.to_owned(),
    }
}

fn all_messages(file: &ProtoFile) -> BTreeMap<String, MessageDescriptor> {
    let package = file.descriptor.package_name();
    let mut pending: Vec<MessageDescriptor> = file.descriptor.messages().collect();
    let mut out = BTreeMap::new();
    while let Some(message) = pending.pop() {
        pending.extend(message.child_messages());
        out.insert(relative(message.full_name(), package).to_owned(), message);
    }
    out
}

fn all_enums(file: &ProtoFile) -> BTreeMap<String, EnumDescriptor> {
    let package = file.descriptor.package_name();
    let nested = all_messages(file)
        .into_values()
        .flat_map(|m| m.child_enums().collect::<Vec<_>>());
    file.descriptor
        .enums()
        .chain(nested)
        .map(|e| (relative(e.full_name(), package).to_owned(), e))
        .collect()
}

fn all_extensions(file: &ProtoFile) -> BTreeMap<String, ExtensionDescriptor> {
    let package = file.descriptor.package_name();
    let nested = all_messages(file)
        .into_values()
        .flat_map(|m| m.child_extensions().collect::<Vec<_>>());
    file.descriptor
        .extensions()
        .chain(nested)
        .map(|e| (relative(e.full_name(), package).to_owned(), e))
        .collect()
}

fn all_services(file: &ProtoFile) -> BTreeMap<String, ServiceDescriptor> {
    let package = file.descriptor.package_name();
    file.descriptor
        .services()
        .map(|s| (relative(s.full_name(), package).to_owned(), s))
        .collect()
}

/// Where buf reports a deleted element: on the enclosing message when it still exists in the
/// new file, on the file otherwise.
fn parent_path(new: &BTreeMap<String, MessageDescriptor>, name: &str) -> Vec<i32> {
    name.rsplit_once('.')
        .and_then(|(parent, _)| new.get(parent))
        .map_or_else(Vec::new, |m| m.path().to_vec())
}

pub fn compare(report: &mut Report, old: &ProtoFile, new: &ProtoFile) {
    let (old_package, new_package) = (old.descriptor.package_name(), new.descriptor.package_name());
    if old_package != new_package {
        report.add(
            "FILE_SAME_PACKAGE",
            new,
            &[PACKAGE],
            format!("File package changed from \"{old_package}\" to \"{new_package}\"."),
        );
    }
    let (old_syntax, new_syntax) = (syntax(old), syntax(new));
    if old_syntax != new_syntax {
        report.add(
            "FILE_SAME_SYNTAX",
            new,
            &[SYNTAX],
            format!("File syntax changed from \"{old_syntax}\" to \"{new_syntax}\"."),
        );
    }
    let default_options = FileOptions::default();
    let options = |f: &ProtoFile| f.descriptor.file_descriptor_proto().options.clone();
    let (old_options, new_options) = (options(old), options(new));
    for (rule, option, number, value) in FILE_OPTIONS {
        let before = value(old_options.as_ref().unwrap_or(&default_options));
        let after = value(new_options.as_ref().unwrap_or(&default_options));
        if before != after {
            report.add(
                rule,
                new,
                &[OPTIONS, *number],
                format!("File option \"{option}\" changed from \"{before}\" to \"{after}\"."),
            );
        }
    }

    let (old_messages, new_messages) = (all_messages(old), all_messages(new));
    for (name, message) in &old_messages {
        match new_messages.get(name) {
            Some(new_message) => messages::compare(report, message, new_message, new),
            None => report.add(
                "MESSAGE_NO_DELETE",
                new,
                &parent_path(&new_messages, name),
                format!("Previously present message \"{name}\" was deleted from file."),
            ),
        }
    }
    let new_enums = all_enums(new);
    for (name, old_enum) in all_enums(old) {
        match new_enums.get(&name) {
            Some(new_enum) => enums::compare(report, &old_enum, new_enum, new),
            None => report.add(
                "ENUM_NO_DELETE",
                new,
                &parent_path(&new_messages, &name),
                format!("Previously present enum \"{name}\" was deleted from file."),
            ),
        }
    }
    let new_services = all_services(new);
    for (name, old_service) in all_services(old) {
        match new_services.get(&name) {
            Some(new_service) => services::compare(report, &old_service, new_service, new),
            None => report.add(
                "SERVICE_NO_DELETE",
                new,
                &[],
                format!("Previously present service \"{name}\" was deleted from file."),
            ),
        }
    }
    let new_extensions = all_extensions(new);
    for name in all_extensions(old).keys() {
        if !new_extensions.contains_key(name) {
            report.add(
                "EXTENSION_NO_DELETE",
                new,
                &parent_path(&new_messages, name),
                format!("Previously present extension \"{name}\" was deleted from file."),
            );
        }
    }
}
