//! Field-level rules: what a field kept under the same number may not change (name, JSON
//! name, type, cardinality, oneof, default, options, UTF-8 checks).

use prost_reflect::{Cardinality, FieldDescriptor};

use super::report::{ProtoFile, Report, is_proto3};

/// Source-info path components (field numbers in `descriptor.proto`): where buf points.
const FIELD_NAME: i32 = 1;
const FIELD_DEFAULT: i32 = 7;
const FIELD_OPTIONS: i32 = 8;
const FIELD_JSON_NAME: i32 = 10;
const CTYPE: i32 = 1;
const JSTYPE: i32 = 6;
const FILE_OPTIONS_PATH: i32 = 8;
const JAVA_STRING_CHECK_UTF8: i32 = 27;

/// buf's words for a field's cardinality; a change between any two breaks generated code.
fn cardinality(field: &FieldDescriptor) -> &'static str {
    match field.cardinality() {
        Cardinality::Repeated if field.is_map() => "map",
        Cardinality::Repeated => "repeated",
        Cardinality::Required => "required",
        Cardinality::Optional if field.supports_presence() => "optional with explicit presence",
        Cardinality::Optional => "optional with implicit presence",
    }
}

/// Scalar pairs that share both the wire encoding and the JSON form (a JSON number for the
/// 32-bit ints, a string for the 64-bit ones), so values written as one read as the other.
const JSON_COMPATIBLE: [(&str, &str); 4] = [
    ("int32", "uint32"),
    ("int64", "uint64"),
    ("fixed32", "sfixed32"),
    ("fixed64", "sfixed64"),
];

fn json_compatible(a: &str, b: &str) -> bool {
    JSON_COMPATIBLE
        .iter()
        .any(|&(x, y)| (a, b) == (x, y) || (a, b) == (y, x))
}

/// The oneof a field is declared in; proto3 `optional` fields sit in a synthetic one, which buf
/// treats as presence (cardinality), not as a oneof.
fn real_oneof(field: &FieldDescriptor) -> Option<String> {
    field
        .containing_oneof()
        .filter(|oneof| !oneof.is_synthetic())
        .map(|oneof| oneof.name().to_owned())
}

/// Where a field is written: a map entry's key and value fields are synthesised, so buf points
/// at the map field that declares them.
fn declared_at(field: &FieldDescriptor) -> Vec<i32> {
    let entry = field.parent_message();
    if entry.is_map_entry()
        && let Some(owner) = entry.parent_message()
        && let Some(map_field) = owner.fields().find(|f| {
            matches!(f.kind(), prost_reflect::Kind::Message(m) if m.full_name() == entry.full_name())
        })
    {
        return map_field.path().to_vec();
    }
    field.path().to_vec()
}

pub fn compare(
    report: &mut Report,
    old: &FieldDescriptor,
    new: &FieldDescriptor,
    file: &ProtoFile,
) {
    let number = new.number();
    let message = new.parent_message().name();
    let located = declared_at(new);
    let at = located.as_slice();
    let field = format!(
        "Field \"{number}\" with name \"{}\" on message \"{message}\"",
        new.name()
    );
    if old.name() != new.name() {
        let name_at = [at, &[FIELD_NAME]].concat();
        report.add(
            "FIELD_SAME_NAME",
            file,
            &name_at,
            format!(
                "Field \"{number}\" on message \"{message}\" changed name from \"{}\" to \"{}\".",
                old.name(),
                new.name()
            ),
        );
    }
    if old.json_name() != new.json_name() {
        report.add(
            "FIELD_SAME_JSON_NAME",
            file,
            &[at, &[FIELD_JSON_NAME]].concat(),
            format!(
                "{field} changed option \"json_name\" from \"{}\" to \"{}\".",
                old.json_name(),
                new.json_name()
            ),
        );
    }
    let (old_type, new_type) = (format!("{:?}", old.kind()), format!("{:?}", new.kind()));
    if old_type != new_type {
        report.add(
            "FIELD_SAME_TYPE",
            file,
            at,
            format!("{field} changed type from \"{old_type}\" to \"{new_type}\"."),
        );
    }
    if old_type != new_type && !json_compatible(&old_type, &new_type) {
        report.add(
            "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
            file,
            at,
            format!("{field} changed type from \"{old_type}\" to \"{new_type}\"."),
        );
    }
    // Presence aside, a singular field reads the same on the wire and in JSON.
    let singular = |c: &'static str| {
        if c.starts_with("optional") {
            "optional"
        } else {
            c
        }
    };
    if singular(cardinality(old)) != singular(cardinality(new)) {
        report.add(
            "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
            file,
            at,
            format!(
                "{field} changed cardinality from \"{}\" to \"{}\".",
                cardinality(old),
                cardinality(new)
            ),
        );
    }
    if cardinality(old) != cardinality(new) {
        report.add(
            "FIELD_SAME_CARDINALITY",
            file,
            at,
            format!(
                "{field} changed cardinality from \"{}\" to \"{}\".",
                cardinality(old),
                cardinality(new)
            ),
        );
    }
    match (real_oneof(old), real_oneof(new)) {
        (Some(before), Some(after)) if before != after => report.add(
            "FIELD_SAME_ONEOF",
            file,
            at,
            format!("{field} moved from oneof \"{before}\" to oneof \"{after}\"."),
        ),
        (Some(_), None) => report.add(
            "FIELD_SAME_ONEOF",
            file,
            at,
            format!("{field} moved from inside to outside a oneof."),
        ),
        (None, Some(_)) => report.add(
            "FIELD_SAME_ONEOF",
            file,
            at,
            format!("{field} moved from outside to inside a oneof."),
        ),
        _ => {}
    }
    let (old_proto, new_proto) = (old.field_descriptor_proto(), new.field_descriptor_proto());
    if old_proto.default_value != new_proto.default_value && old_type == new_type {
        report.add(
            "FIELD_SAME_DEFAULT",
            file,
            &[at, &[FIELD_DEFAULT]].concat(),
            format!(
                "{field} changed default value from \"{}\" to \"{}\".",
                old_proto.default_value.as_deref().unwrap_or(""),
                new_proto.default_value.as_deref().unwrap_or("")
            ),
        );
    }
    let jstype = |f: &prost_types::FieldDescriptorProto| {
        f.options
            .as_ref()
            .map_or("JS_NORMAL", |o| o.jstype().as_str_name())
    };
    if jstype(old_proto) != jstype(new_proto) {
        report.add(
            "FIELD_SAME_JSTYPE",
            file,
            &[at, &[FIELD_OPTIONS, JSTYPE]].concat(),
            format!(
                "{field} changed option \"jstype\" from \"{}\" to \"{}\".",
                jstype(old_proto),
                jstype(new_proto)
            ),
        );
    }
    let ctype = |f: &prost_types::FieldDescriptorProto| {
        f.options
            .as_ref()
            .map_or("STRING", |o| o.ctype().as_str_name())
    };
    if ctype(old_proto) != ctype(new_proto) {
        report.add(
            "FIELD_SAME_CPP_STRING_TYPE",
            file,
            &[at, &[FIELD_OPTIONS, CTYPE]].concat(),
            format!(
                "{field} changed C++ string type from \"{}\" to \"{}\".",
                ctype(old_proto),
                ctype(new_proto)
            ),
        );
    }
    if old_type == "string" && new_type == "string" {
        utf8_validation(report, old, new, file, &field);
    }
}

/// proto3 strings are checked for UTF-8 (and Java checks them when the file asks for it with
/// `java_string_check_utf8`); proto2 strings are not.
fn utf8_validation(
    report: &mut Report,
    old: &FieldDescriptor,
    new: &FieldDescriptor,
    file: &ProtoFile,
    field: &str,
) {
    let verify = |yes: bool| if yes { "VERIFY" } else { "NONE" };
    let checked = |f: &FieldDescriptor| verify(is_proto3(&f.parent_file()));
    let java = |f: &FieldDescriptor| {
        let option = f
            .parent_file()
            .file_descriptor_proto()
            .options
            .as_ref()
            .is_some_and(|o| o.java_string_check_utf8());
        verify(option || is_proto3(&f.parent_file()))
    };
    if checked(old) != checked(new) {
        report.add(
            "FIELD_SAME_UTF8_VALIDATION",
            file,
            new.path(),
            format!(
                "{field} changed UTF8 validation from {} to {}.",
                checked(old),
                checked(new)
            ),
        );
    }
    if java(old) != java(new) {
        let option_set = new
            .parent_file()
            .file_descriptor_proto()
            .options
            .as_ref()
            .is_some_and(|o| o.java_string_check_utf8.is_some());
        let option_at = [FILE_OPTIONS_PATH, JAVA_STRING_CHECK_UTF8];
        report.add(
            "FIELD_SAME_JAVA_UTF8_VALIDATION",
            file,
            if option_set { &option_at } else { new.path() },
            format!(
                "{field} changed Java string UTF8 validation from \"{}\" to \"{}\".",
                java(old),
                java(new)
            ),
        );
    }
}
