//! IMPORT_USED: every import provides something the file refers to (a type, an extendee, or a
//! custom option), directly or through the imported file's own `import public`.

use std::collections::BTreeSet;

use prost_reflect::{
    DescriptorPool, DynamicMessage, ExtensionDescriptor, FieldDescriptor, FileDescriptor, Kind,
    MessageDescriptor,
};

use super::rules::Finding;
use super::source::tag;

/// Files whose definitions `file` uses.
fn used_files(file: &FileDescriptor) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let options = |options: DynamicMessage, used: &mut BTreeSet<String>| {
        for (extension, _) in options.extensions() {
            used.insert(extension.parent_file().name().to_owned());
        }
    };
    fn kind(kind: Kind, used: &mut BTreeSet<String>) {
        match kind {
            Kind::Message(m) => {
                used.insert(m.parent_file().name().to_owned());
            }
            Kind::Enum(e) => {
                used.insert(e.parent_file().name().to_owned());
            }
            _ => {}
        }
    }
    fn field(f: &FieldDescriptor, used: &mut BTreeSet<String>) {
        kind(f.kind(), used);
    }
    fn extension(e: &ExtensionDescriptor, used: &mut BTreeSet<String>) {
        kind(e.kind(), used);
        used.insert(e.containing_message().parent_file().name().to_owned());
    }
    let mut messages: Vec<MessageDescriptor> = file.messages().collect();
    options(file.options(), &mut used);
    for e in file.extensions() {
        extension(&e, &mut used);
        options(e.options(), &mut used);
    }
    for e in file.enums() {
        options(e.options(), &mut used);
        for v in e.values() {
            options(v.options(), &mut used);
        }
    }
    while let Some(message) = messages.pop() {
        options(message.options(), &mut used);
        for f in message.fields() {
            field(&f, &mut used);
            options(f.options(), &mut used);
        }
        for o in message.oneofs() {
            options(o.options(), &mut used);
        }
        for e in message.child_extensions() {
            extension(&e, &mut used);
            options(e.options(), &mut used);
        }
        for e in message.child_enums() {
            options(e.options(), &mut used);
            for v in e.values() {
                options(v.options(), &mut used);
            }
        }
        messages.extend(message.child_messages());
    }
    for service in file.services() {
        options(service.options(), &mut used);
        for method in service.methods() {
            used.insert(method.input().parent_file().name().to_owned());
            used.insert(method.output().parent_file().name().to_owned());
            options(method.options(), &mut used);
        }
    }
    used
}

/// `file` and everything it re-exports through `import public`, transitively.
fn provided_by(file: &FileDescriptor) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut pending = vec![file.clone()];
    while let Some(next) = pending.pop() {
        if out.insert(next.name().to_owned()) {
            pending.extend(next.public_dependencies());
        }
    }
    out
}

pub fn check(pool: &DescriptorPool, names: &[&str], out: &mut Vec<Finding>) {
    for (i, name) in names.iter().enumerate() {
        let Some(file) = pool.get_file_by_name(name) else {
            continue;
        };
        let used = used_files(&file);
        for (d, dependency) in file.dependencies().enumerate() {
            if provided_by(&dependency).is_disjoint(&used) {
                out.push(Finding {
                    rule: "IMPORT_USED",
                    file: i,
                    path: vec![tag::FILE_DEPENDENCY, i32::try_from(d).unwrap_or(i32::MAX)],
                    ignore_at: vec![],
                    symbol: dependency.name().to_owned(),
                    message: format!(r#"Import "{}" is unused."#, dependency.name()),
                });
            }
        }
    }
}
