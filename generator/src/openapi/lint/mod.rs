//! OpenAPI lint: Redocly's recommended error set plus the rules the generator needs.
//!
//! Rule ids are Redocly's (`operation-operationId-unique` …) so findings read the same as
//! `redocly lint`; severities follow Redocly's `recommended` ruleset, except
//! `operation-2xx-response`, an error here because generated handlers need a success type.
//! Generator rules are prefixed `generator-`. Severities can be changed or rules turned off in
//! `redocly.yaml`'s `rules:` (see [`config`]), the same place `redocly lint` reads them from.

mod config;
mod context;
mod generator_rules;
mod hygiene;
mod operations;
mod paths;
mod refs;
mod schemas;
mod servers;
mod structure;

use crate::diagnostics::Diagnostic;
use crate::openapi::bundle::Bundle;

/// Lint a bundled spec. Diagnostics are sorted by file, line and rule.
pub fn lint(bundle: &Bundle) -> Vec<Diagnostic> {
    let cx = context::Context::new(bundle);
    let mut out = Vec::new();
    structure::check(&cx, &mut out);
    refs::check(&cx, &mut out);
    paths::check(&cx, &mut out);
    operations::check(&cx, &mut out);
    servers::check(&cx, &mut out);
    schemas::check(&cx, &mut out);
    generator_rules::check(&cx, &mut out);
    hygiene::check(&cx, &mut out);
    apply(&config::overrides_for(&bundle.root_file), &mut out);
    out.sort_by(|a, b| {
        (&a.file, a.line, &a.rule, &a.pointer, &a.message)
            .cmp(&(&b.file, b.line, &b.rule, &b.pointer, &b.message))
    });
    // A node reached through several operations (a shared path item, a hoisted component) is
    // reported once.
    out.dedup();
    out
}

/// Drop rules turned off and re-grade the others as configured.
fn apply(overrides: &config::Overrides, out: &mut Vec<Diagnostic>) {
    out.retain_mut(|d| match overrides.get(&d.rule) {
        None => true,
        Some(None) => false,
        Some(Some(severity)) => {
            d.severity = *severity;
            true
        }
    });
}
