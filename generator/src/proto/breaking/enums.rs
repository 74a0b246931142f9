//! Enum-level rules: deleted or renamed values, deleted reserved ranges and names.

use std::collections::{BTreeMap, BTreeSet};

use prost_reflect::EnumDescriptor;

use super::report::{ProtoFile, Report, covered, is_proto3, json_format, range_text};

/// Source-info path component of `EnumValueDescriptorProto.number`: buf points at the number
/// whose name changed.
const ENUM_VALUE_NUMBER: i32 = 2;

fn reserved(e: &EnumDescriptor) -> Vec<(i64, i64)> {
    e.reserved_ranges()
        .map(|r| (i64::from(*r.start()), i64::from(*r.end()) + 1))
        .collect()
}

/// Value names by number; aliases (`allow_alias`) give one number several names.
fn names_by_number(e: &EnumDescriptor) -> BTreeMap<i32, BTreeSet<String>> {
    let mut out: BTreeMap<i32, BTreeSet<String>> = BTreeMap::new();
    for value in e.values() {
        out.entry(value.number())
            .or_default()
            .insert(value.name().to_owned());
    }
    out
}

pub fn compare(report: &mut Report, old: &EnumDescriptor, new: &EnumDescriptor, file: &ProtoFile) {
    let name = new.name();
    let at = new.path();
    let openness = |e: &EnumDescriptor| {
        if is_proto3(&e.parent_file()) {
            "open"
        } else {
            "closed"
        }
    };
    if openness(old) != openness(new) {
        report.add(
            "ENUM_SAME_TYPE",
            file,
            at,
            format!(
                "Enum \"{name}\" changed from {} to {}.",
                openness(old),
                openness(new)
            ),
        );
    }
    let (old_json, new_json) = (
        json_format(&old.parent_file()),
        json_format(&new.parent_file()),
    );
    if old_json == "ALLOW" && new_json != "ALLOW" {
        report.add(
            "ENUM_SAME_JSON_FORMAT",
            file,
            at,
            format!("Enum \"{name}\" JSON format support changed from {old_json} to {new_json}."),
        );
    }
    let new_values = names_by_number(new);
    let new_reserved = reserved(new);
    let new_reserved_names: BTreeSet<&str> = new.reserved_names().collect();
    for (number, old_names) in names_by_number(old) {
        let Some(new_names) = new_values.get(&number) else {
            let deleted = format!(
                "Previously present enum value \"{number}\" on enum \"{name}\" was deleted"
            );
            report.add("ENUM_VALUE_NO_DELETE", file, at, format!("{deleted}."));
            let number_wide = i64::from(number);
            if !covered(number_wide, number_wide + 1, &new_reserved) {
                report.add(
                    "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
                    file,
                    at,
                    format!("{deleted} without reserving the number \"{number}\"."),
                );
            }
            for old_name in old_names
                .iter()
                .filter(|n| !new_reserved_names.contains(n.as_str()))
            {
                report.add(
                    "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
                    file,
                    at,
                    format!("{deleted} without reserving the name \"{old_name}\"."),
                );
            }
            continue;
        };
        if !old_names.is_subset(new_names) {
            let value_at = new
                .values()
                .find(|v| v.number() == number)
                .map_or_else(|| at.to_vec(), |v| v.path().to_vec());
            report.add(
                "ENUM_VALUE_SAME_NAME",
                file,
                &[value_at.as_slice(), &[ENUM_VALUE_NUMBER]].concat(),
                format!(
                    "Enum value \"{number}\" on enum \"{name}\" changed name from \"{}\" to \"{}\".",
                    join(&old_names),
                    join(new_names)
                ),
            );
        }
    }
    for (start, end) in reserved(old) {
        if !covered(start, end, &new_reserved) {
            report.add(
                "RESERVED_ENUM_NO_DELETE",
                file,
                at,
                format!(
                    "Previously present reserved range \"{}\" on enum \"{name}\" was deleted.",
                    range_text(start, end - 1)
                ),
            );
        }
    }
    for reserved_name in old.reserved_names() {
        if !new_reserved_names.contains(reserved_name) {
            report.add(
                "RESERVED_ENUM_NO_DELETE",
                file,
                at,
                format!(
                    "Previously present reserved name \"{reserved_name}\" on enum \"{name}\" was deleted."
                ),
            );
        }
    }
}

fn join(names: &BTreeSet<String>) -> String {
    names
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}
