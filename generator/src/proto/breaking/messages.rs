//! Message-level rules: deleted fields, oneofs, reserved and extension ranges, required
//! fields, JSON support; the fields both sides have go to [`super::fields`].

use std::collections::BTreeSet;

use prost_reflect::{FieldDescriptor, MessageDescriptor};

use super::fields;
use super::report::{ProtoFile, Report, covered, json_format, range_text};

/// Source-info path components of `DescriptorProto` and `MessageOptions`: where buf points.
const MESSAGE_OPTIONS: i32 = 7;
const NO_STANDARD_DESCRIPTOR_ACCESSOR: i32 = 2;

fn reserved(message: &MessageDescriptor) -> Vec<(i64, i64)> {
    message
        .reserved_ranges()
        .map(|r| (i64::from(r.start), i64::from(r.end)))
        .collect()
}

fn number_reserved(message: &MessageDescriptor, number: u32) -> bool {
    let number = i64::from(number);
    covered(number, number + 1, &reserved(message))
}

pub fn compare(
    report: &mut Report,
    old: &MessageDescriptor,
    new: &MessageDescriptor,
    file: &ProtoFile,
) {
    let name = new.name();
    let at = new.path();
    for old_field in old.fields() {
        let number = old_field.number();
        match new.get_field(number) {
            Some(new_field) => fields::compare(report, &old_field, &new_field, file),
            None => deleted_field(report, &old_field, new, file),
        }
    }
    let new_oneofs: BTreeSet<String> = new.oneofs().map(|o| o.name().to_owned()).collect();
    for oneof in old.oneofs().filter(|o| !o.is_synthetic()) {
        if !new_oneofs.contains(oneof.name()) {
            report.add(
                "ONEOF_NO_DELETE",
                file,
                at,
                format!(
                    "Previously present oneof \"{}\" on message \"{name}\" was deleted.",
                    oneof.name()
                ),
            );
        }
    }
    let new_reserved = reserved(new);
    for (start, end) in reserved(old) {
        if !covered(start, end, &new_reserved) {
            report.add(
                "RESERVED_MESSAGE_NO_DELETE",
                file,
                at,
                format!(
                    "Previously present reserved range \"{}\" on message \"{name}\" was deleted.",
                    range_text(start, end - 1)
                ),
            );
        }
    }
    let new_names: BTreeSet<&str> = new.reserved_names().collect();
    for reserved_name in old.reserved_names() {
        if !new_names.contains(reserved_name) {
            report.add(
                "RESERVED_MESSAGE_NO_DELETE",
                file,
                at,
                format!(
                    "Previously present reserved name \"{reserved_name}\" on message \"{name}\" was deleted."
                ),
            );
        }
    }
    let new_extension_ranges: Vec<(i64, i64)> = new
        .extension_ranges()
        .map(|r| (i64::from(r.start), i64::from(r.end)))
        .collect();
    for range in old.extension_ranges() {
        let (start, end) = (i64::from(range.start), i64::from(range.end));
        if !covered(start, end, &new_extension_ranges) {
            report.add(
                "EXTENSION_MESSAGE_NO_DELETE",
                file,
                at,
                format!(
                    "Previously present extension range \"{}\" on message \"{name}\" was deleted.",
                    range_text(start, end - 1)
                ),
            );
        }
    }
    required_fields(report, old, new, file);
    let (old_json, new_json) = (
        json_format(&old.parent_file()),
        json_format(&new.parent_file()),
    );
    // Only losing full support breaks: a proto2 message that becomes proto3 gains it.
    if old_json == "ALLOW" && new_json != "ALLOW" {
        report.add(
            "MESSAGE_SAME_JSON_FORMAT",
            file,
            at,
            format!(
                "Message \"{name}\" JSON format support changed from {old_json} to {new_json}."
            ),
        );
    }
    let accessor = |m: &MessageDescriptor| {
        m.descriptor_proto()
            .options
            .as_ref()
            .is_some_and(|o| o.no_standard_descriptor_accessor())
    };
    if !accessor(old) && accessor(new) {
        report.add(
            "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
            file,
            &[at, &[MESSAGE_OPTIONS, NO_STANDARD_DESCRIPTOR_ACCESSOR]].concat(),
            format!(
                "Message option \"no_standard_descriptor_accessor\" on message \"{name}\" changed from \"false\" to \"true\"."
            ),
        );
    }
}

fn deleted_field(
    report: &mut Report,
    old_field: &FieldDescriptor,
    new: &MessageDescriptor,
    file: &ProtoFile,
) {
    let (number, field_name, message) = (old_field.number(), old_field.name(), new.name());
    let deleted = format!(
        "Previously present field \"{number}\" with name \"{field_name}\" on message \"{message}\" was deleted"
    );
    report.add("FIELD_NO_DELETE", file, new.path(), format!("{deleted}."));
    if !number_reserved(new, number) {
        report.add(
            "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
            file,
            new.path(),
            format!("{deleted} without reserving the number \"{number}\"."),
        );
    }
    if !new.reserved_names().any(|n| n == field_name) {
        report.add(
            "FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
            file,
            new.path(),
            format!("{deleted} without reserving the name \"{field_name}\"."),
        );
    }
}

/// proto2 `required` fields: adding one breaks old writers, removing one breaks old readers.
fn required_fields(
    report: &mut Report,
    old: &MessageDescriptor,
    new: &MessageDescriptor,
    file: &ProtoFile,
) {
    let required = |m: &MessageDescriptor| -> BTreeSet<(u32, String)> {
        m.fields()
            .filter(FieldDescriptor::is_required)
            .map(|f| (f.number(), f.name().to_owned()))
            .collect()
    };
    let (before, after) = (required(old), required(new));
    for (number, field) in before.difference(&after) {
        report.add(
            "MESSAGE_SAME_REQUIRED_FIELDS",
            file,
            new.path(),
            format!(
                "Message \"{}\" had required field \"{number}\" with name \"{field}\" deleted.",
                new.name()
            ),
        );
    }
    for (number, field) in after.difference(&before) {
        let field_at = new.get_field(*number).map(|f| f.path().to_vec());
        report.add(
            "MESSAGE_SAME_REQUIRED_FIELDS",
            file,
            field_at.as_deref().unwrap_or(new.path()),
            format!(
                "Message \"{}\" had required field \"{number}\" with name \"{field}\" added.",
                new.name()
            ),
        );
    }
}
