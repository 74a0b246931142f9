//! The bundling walk: copy the root document, rewriting every `$ref` that leaves the root file.
//!
//! A ref that lands in the root file becomes `#/...`. A ref elsewhere is hoisted into
//! `components/<section>/<Name>` (named after the target's last pointer token or the file stem,
//! suffixed `-2`, `-3`… when the name already stands for another target), or inlined when its
//! kind has no section (path items, as Redocly does). A hoisted name is reserved before its
//! content is walked, so recursive schemas end as refs instead of looping.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::Path;
use std::sync::Arc;

use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::kind::{Kind, Shape};
use super::loader::{FileId, LoadError, Loader};
use super::origins::Origins;
use super::reference::{self, RefSyntaxError};
use crate::diagnostics::{Diagnostic, Severity};
use crate::yaml::escape_token;

/// Deeper documents are refused: real specs nest a few dozen levels, and the walk is recursive.
const MAX_DEPTH: usize = 256;
/// Longest chain of refs followed for one lookup (`a` → `b` → `c` …).
const MAX_HOPS: usize = 64;
/// Most inlined copies (path items) one bundle may hold: nested inlining of shared path items
/// (through callbacks) could otherwise grow the output exponentially.
const MAX_INLINED: usize = 10_000;

/// A node in a source file: the file and the reference tokens leading to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target {
    pub file: FileId,
    pub tokens: Vec<String>,
}

impl Target {
    fn pointer(&self) -> String {
        reference::to_pointer(&self.tokens)
    }
}

/// A position being walked: the file and the pointer inside it.
#[derive(Debug, Clone, Copy)]
struct Loc<'a> {
    file: FileId,
    pointer: &'a str,
}

/// Why a `$ref` could not be followed.
struct RefProblem {
    rule: &'static str,
    message: String,
    hint: String,
    /// Set when the problem is inside another file (e.g. its YAML is broken): reported there.
    elsewhere: Option<Box<Diagnostic>>,
}

impl RefProblem {
    fn new(rule: &'static str, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Self {
            rule,
            message: message.into(),
            hint: hint.into(),
            elsewhere: None,
        }
    }
}

pub struct Walker {
    pub loader: Loader,
    root: FileId,
    /// Hoisted target → its component name, per section.
    names: HashMap<(&'static str, Target), String>,
    /// Component names in use per section, and the target each stands for.
    taken: HashMap<&'static str, HashMap<String, Target>>,
    /// Root `components` entries that are refs to other files: their content replaces the ref,
    /// under the same name. Keyed by the entry's pointer in the root file.
    materialize: HashMap<String, Target>,
    /// Hoisted components whose content is still to be walked.
    queue: VecDeque<(&'static str, Kind, Target, String)>,
    /// Hoisted components by section, in order of first use.
    pub hoisted: IndexMap<&'static str, Map<String, Value>>,
    pub origins: Origins,
    pub diagnostics: Vec<Diagnostic>,
    /// Targets being inlined, to refuse a path item that includes itself.
    inlining: Vec<Target>,
    inlined: usize,
    depth: usize,
    depth_reported: bool,
}

impl Walker {
    pub fn new(loader: Loader, root: FileId) -> Self {
        Self {
            loader,
            root,
            names: HashMap::new(),
            taken: HashMap::new(),
            materialize: HashMap::new(),
            queue: VecDeque::new(),
            hoisted: IndexMap::new(),
            origins: Origins::default(),
            diagnostics: Vec::new(),
            inlining: Vec::new(),
            inlined: 0,
            depth: 0,
            depth_reported: false,
        }
    }

    /// Bundle the root document.
    pub fn run(&mut self) -> Value {
        let file = Arc::clone(&self.loader.files[self.root]);
        self.reserve_root_components(&file.parsed.value);
        self.origins.record("", self.root, "");
        let root = Loc {
            file: self.root,
            pointer: "",
        };
        let document = self.node(&file.parsed.value, Kind::Root, root, "");
        while let Some((section, kind, target, name)) = self.queue.pop_front() {
            let out = format!("/components/{section}/{}", escape_token(&name));
            let content = self.content_of(&target, kind, &out);
            self.hoisted
                .entry(section)
                .or_default()
                .insert(name, content);
        }
        document
    }

    /// Claim the root's component names before anything is hoisted, so hoisted targets never
    /// take them. An entry that is a ref to another file keeps its name and gets the content.
    fn reserve_root_components(&mut self, root: &Value) {
        let Some(components) = root.get("components").and_then(Value::as_object) else {
            return;
        };
        for (section_key, entries) in components {
            let Some(Shape::Map(kind)) = Kind::Components.child(section_key) else {
                continue;
            };
            let (Some(section), Some(entries)) = (kind.section(), entries.as_object()) else {
                continue;
            };
            for (name, entry) in entries {
                let pointer = format!(
                    "/components/{}/{}",
                    escape_token(section_key),
                    escape_token(name)
                );
                let own = Target {
                    file: self.root,
                    tokens: vec!["components".into(), section_key.clone(), name.clone()],
                };
                let external = entry
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|raw| self.resolve(self.root, raw).ok())
                    .and_then(|first| self.follow(first).ok())
                    .filter(|target| {
                        target.file != self.root
                            && !self.names.contains_key(&(section, target.clone()))
                    });
                let stands_for = match external {
                    Some(target) => {
                        self.names.insert((section, target.clone()), name.clone());
                        self.materialize.insert(pointer, target.clone());
                        target
                    }
                    None => own,
                };
                self.taken
                    .entry(section)
                    .or_default()
                    .insert(name.clone(), stands_for);
            }
        }
    }

    fn node(&mut self, value: &Value, kind: Kind, at: Loc<'_>, out: &str) -> Value {
        if self.depth >= MAX_DEPTH {
            if !self.depth_reported {
                self.depth_reported = true;
                self.report_at(
                    at,
                    "struct",
                    format!("the document nests deeper than {MAX_DEPTH} levels"),
                    "flatten the structure, e.g. move nested schemas into components",
                );
            }
            return Value::Null;
        }
        self.depth += 1;
        let result = self.node_inner(value, kind, at, out);
        self.depth -= 1;
        result
    }

    fn node_inner(&mut self, value: &Value, kind: Kind, at: Loc<'_>, out: &str) -> Value {
        if at.file == self.root
            && let Some(target) = self.materialize.get(at.pointer).cloned()
        {
            return self.content_of(&target, kind, out);
        }
        let Value::Object(map) = value else {
            return value.clone();
        };
        if kind == Kind::Mapping {
            return self.mapping(map, at);
        }
        if kind.takes_refs()
            && let Some(Value::String(raw)) = map.get("$ref")
        {
            return self.reference(map, raw, kind, at, out);
        }
        if kind == Kind::Example
            && !map.contains_key("value")
            && let Some(Value::String(external)) = map.get("externalValue")
            && let Some(value) = self.external_value(external, at)
        {
            // Like Redocly: a local `externalValue` becomes the example's `value`.
            let mut result = self.object(map, kind, at, out);
            result.shift_remove("externalValue");
            result.insert("value".to_owned(), value);
            return Value::Object(result);
        }
        Value::Object(self.object(map, kind, at, out))
    }

    /// The content of a local `externalValue` file: parsed if YAML or JSON, else its text. URLs
    /// are left to the reader of the spec (`None`).
    fn external_value(&mut self, raw: &str, at: Loc<'_>) -> Option<Value> {
        let pointer = format!("{}/externalValue", at.pointer);
        let here = Loc {
            file: at.file,
            pointer: &pointer,
        };
        let parsed = match reference::parse(raw) {
            Ok(parsed) => parsed,
            Err(RefSyntaxError::Remote(_)) => return None,
            Err(other) => {
                let problem = RefProblem::new(
                    "no-unresolved-refs",
                    other.to_string(),
                    "write a path relative to this file",
                );
                self.report_problem(here, raw, problem);
                return None;
            }
        };
        let relative = parsed.file?;
        let dir = self.loader.files[at.file]
            .canonical
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let path = dir.join(&relative);
        let structured = [".yaml", ".yml", ".json"]
            .iter()
            .any(|ext| relative.to_ascii_lowercase().ends_with(ext));
        let result = if structured {
            self.loader
                .load(&path)
                .map_err(|e| load_problem(e, &self.loader))
                .and_then(|file| self.walk_tokens(file, parsed.tokens, raw, 0))
                .map(|target| {
                    self.loader.files[target.file]
                        .parsed
                        .value
                        .pointer(&target.pointer())
                        .cloned()
                        .unwrap_or(Value::Null)
                })
        } else {
            self.loader
                .read_text(&path)
                .map(Value::String)
                .map_err(|e| load_problem(e, &self.loader))
        };
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.report_problem(here, raw, problem);
                None
            }
        }
    }

    /// Walk an object's members (a `$ref` among them is copied as is).
    fn object(
        &mut self,
        map: &Map<String, Value>,
        kind: Kind,
        at: Loc<'_>,
        out: &str,
    ) -> Map<String, Value> {
        let mut result = Map::new();
        for (key, child) in map {
            let value = match kind.child(key) {
                Some(shape) => self.child(child, shape, key, at, out),
                None => child.clone(),
            };
            result.insert(key.clone(), value);
        }
        result
    }

    fn child(&mut self, value: &Value, shape: Shape, key: &str, at: Loc<'_>, out: &str) -> Value {
        let token = escape_token(key);
        let pointer = format!("{}/{token}", at.pointer);
        let at = Loc {
            file: at.file,
            pointer: &pointer,
        };
        let out = format!("{out}/{token}");
        match (shape, value) {
            // `items: [..]` (tuple form) holds schemas too.
            (Shape::One(kind) | Shape::List(kind), Value::Array(items)) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let pointer = format!("{}/{i}", at.pointer);
                        self.node(
                            item,
                            kind,
                            Loc {
                                file: at.file,
                                pointer: &pointer,
                            },
                            &format!("{out}/{i}"),
                        )
                    })
                    .collect(),
            ),
            (Shape::One(kind), _) => self.node(value, kind, at, &out),
            (Shape::Map(kind), Value::Object(entries)) => {
                let mut result = Map::new();
                for (name, entry) in entries {
                    let token = escape_token(name);
                    let pointer = format!("{}/{token}", at.pointer);
                    let walked = self.node(
                        entry,
                        kind,
                        Loc {
                            file: at.file,
                            pointer: &pointer,
                        },
                        &format!("{out}/{token}"),
                    );
                    result.insert(name.clone(), walked);
                }
                Value::Object(result)
            }
            _ => value.clone(),
        }
    }

    /// A `{"$ref": ..}` object (with optional siblings) at a position of `kind`.
    fn reference(
        &mut self,
        map: &Map<String, Value>,
        raw: &str,
        kind: Kind,
        at: Loc<'_>,
        out: &str,
    ) -> Value {
        let ref_pointer = format!("{}/$ref", at.pointer);
        let ref_at = Loc {
            file: at.file,
            pointer: &ref_pointer,
        };
        let first = match self.resolve(at.file, raw) {
            Ok(first) => first,
            Err(problem) => {
                self.report_problem(ref_at, raw, problem);
                return Value::Object(map.clone());
            }
        };
        let target = match self.follow(first.clone()) {
            Ok(target) => target,
            Err(problem) => {
                self.report_problem(ref_at, raw, problem);
                return Value::Object(map.clone());
            }
        };
        let siblings: Map<String, Value> = map
            .iter()
            .filter(|(k, _)| *k != "$ref")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let siblings = self.object(&siblings, kind, at, out);
        // Refs from the root into the root stay as written (normalised), like Redocly.
        let rewritten = if at.file == self.root && first.file == self.root {
            Some(format!("#{}", first.pointer()))
        } else {
            kind.section()
                .map(|section| self.component_ref(section, kind, target.clone()))
        };
        if let Some(new_ref) = rewritten {
            let mut result = Map::new();
            result.insert("$ref".to_owned(), Value::String(new_ref));
            result.extend(siblings);
            return Value::Object(result);
        }
        // No section for this kind: inline the target, siblings win (Redocly's merge).
        if self.inlining.contains(&target) {
            self.report_at(
                ref_at,
                "ref-cycle",
                format!("`{raw}` includes itself, so it cannot be inlined"),
                "break the cycle: a path item cannot contain a reference to itself",
            );
            return Value::Object(map.clone());
        }
        self.inlined += 1;
        if self.inlined > MAX_INLINED {
            self.report_at(
                ref_at,
                "bundle-too-large",
                format!("the spec inlines more than {MAX_INLINED} path items"),
                "reference shared path items fewer times (callbacks that include path items multiply)",
            );
            return Value::Object(map.clone());
        }
        self.inlining.push(target.clone());
        let content = self.content_of(&target, kind, out);
        self.inlining.pop();
        match content {
            Value::Object(mut merged) => {
                for (key, value) in siblings {
                    let token = escape_token(&key);
                    self.origins.record(
                        &format!("{out}/{token}"),
                        at.file,
                        &format!("{}/{token}", at.pointer),
                    );
                    merged.insert(key, value);
                }
                Value::Object(merged)
            }
            other => other,
        }
    }

    /// `#/...` for a target in the root file, else the hoisted component's ref.
    fn component_ref(&mut self, section: &'static str, kind: Kind, target: Target) -> String {
        if target.file == self.root {
            return format!("#{}", target.pointer());
        }
        let name = match self.names.get(&(section, target.clone())) {
            Some(name) => name.clone(),
            None => self.hoist(section, kind, target),
        };
        format!("#/components/{section}/{}", escape_token(&name))
    }

    /// Reserve a component name for `target`; its content is walked later from the queue, so a
    /// long chain of refs does not deepen the recursion.
    fn hoist(&mut self, section: &'static str, kind: Kind, target: Target) -> String {
        let name = self.fresh_name(section, &target);
        self.names.insert((section, target.clone()), name.clone());
        self.taken
            .entry(section)
            .or_default()
            .insert(name.clone(), target.clone());
        // Reserve the slot first: the order of components is the order of first use.
        self.hoisted
            .entry(section)
            .or_default()
            .insert(name.clone(), Value::Null);
        self.queue.push_back((section, kind, target, name.clone()));
        name
    }

    /// The target's last pointer token (or its file's stem), made a valid component name, and
    /// suffixed until it is free in `section`.
    fn fresh_name(&self, section: &'static str, target: &Target) -> String {
        let stem = || {
            let display = &self.loader.files[target.file].display;
            Path::new(display)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let raw = target.tokens.last().cloned().unwrap_or_else(stem);
        let mut base: String = raw
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        if base.is_empty() {
            base = section.trim_end_matches('s').to_owned();
        }
        let taken = self.taken.get(section);
        let free = |name: &str| taken.is_none_or(|t| !t.contains_key(name));
        if free(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|name| free(name))
            .unwrap_or(base)
    }

    /// Walk the node at `target` as content placed at `out` in the bundle.
    fn content_of(&mut self, target: &Target, kind: Kind, out: &str) -> Value {
        let file = Arc::clone(&self.loader.files[target.file]);
        let pointer = target.pointer();
        self.origins.record(out, target.file, &pointer);
        match file.parsed.value.pointer(&pointer) {
            Some(value) => self.node(
                value,
                kind,
                Loc {
                    file: target.file,
                    pointer: &pointer,
                },
                out,
            ),
            None => Value::Null,
        }
    }

    /// `discriminator.mapping`: values that look like refs point at schemas.
    fn mapping(&mut self, map: &Map<String, Value>, at: Loc<'_>) -> Value {
        let mut result = Map::new();
        for (key, value) in map {
            let rewritten = match value.as_str() {
                Some(raw) if looks_like_ref(raw) => {
                    let pointer = format!("{}/{}", at.pointer, escape_token(key));
                    let here = Loc {
                        file: at.file,
                        pointer: &pointer,
                    };
                    match self
                        .resolve(at.file, raw)
                        .and_then(|first| self.follow(first.clone()).map(|t| (first, t)))
                    {
                        Ok((first, _)) if at.file == self.root && first.file == self.root => {
                            Value::String(format!("#{}", first.pointer()))
                        }
                        Ok((_, target)) => {
                            Value::String(self.component_ref("schemas", Kind::Schema, target))
                        }
                        Err(problem) => {
                            self.report_problem(here, raw, problem);
                            value.clone()
                        }
                    }
                }
                _ => value.clone(),
            };
            result.insert(key.clone(), rewritten);
        }
        Value::Object(result)
    }

    /// The node a `$ref` written in `from` points at, following refs met along the pointer.
    fn resolve(&mut self, from: FileId, raw: &str) -> Result<Target, RefProblem> {
        self.resolve_hops(from, raw, 0)
    }

    fn resolve_hops(&mut self, from: FileId, raw: &str, hops: usize) -> Result<Target, RefProblem> {
        if hops > MAX_HOPS {
            return Err(RefProblem::new(
                "ref-cycle",
                format!("`{raw}` goes through more than {MAX_HOPS} references (a cycle?)"),
                "point the reference at the content directly",
            ));
        }
        let parsed = reference::parse(raw).map_err(|e| match e {
            RefSyntaxError::Remote(_) => RefProblem::new(
                "no-remote-refs",
                e.to_string(),
                "copy the document into the spec folder and use a relative path",
            ),
            other => RefProblem::new(
                "no-unresolved-refs",
                other.to_string(),
                "use `file.yaml#/json/pointer`, with `~1` for `/` and `~0` for `~`",
            ),
        })?;
        let file = match &parsed.file {
            None => from,
            Some(relative) => {
                let dir = self.loader.files[from]
                    .canonical
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default();
                self.loader
                    .load(&dir.join(relative))
                    .map_err(|e| load_problem(e, &self.loader))?
            }
        };
        self.walk_tokens(file, parsed.tokens, raw, hops)
    }

    /// Walk `tokens` down from the top of `file`.
    fn walk_tokens(
        &mut self,
        file: FileId,
        tokens: Vec<String>,
        raw: &str,
        hops: usize,
    ) -> Result<Target, RefProblem> {
        let source = Arc::clone(&self.loader.files[file]);
        let mut node = &source.parsed.value;
        for (i, token) in tokens.iter().enumerate() {
            // A ref in the middle of the pointer: continue inside its target.
            if let Some(Value::String(inner)) = node.as_object().and_then(|m| m.get("$ref")) {
                let through = self.resolve_hops(file, inner, hops + 1)?;
                let mut rest = through.tokens;
                rest.extend(tokens[i..].iter().cloned());
                return self.walk_tokens(through.file, rest, raw, hops + 1);
            }
            node = match node {
                Value::Object(map) => map.get(token),
                Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            }
            .ok_or_else(|| {
                let shown = reference::to_pointer(&tokens[..=i]);
                RefProblem::new(
                    "no-unresolved-refs",
                    format!(
                        "`{raw}`: {} has nothing at `{shown}`",
                        source.display.display()
                    ),
                    "fix the JSON pointer after `#` (escape `/` as `~1`, `~` as `~0`)",
                )
            })?;
        }
        Ok(Target { file, tokens })
    }

    /// Follow refs whose whole content is another ref to the node with content.
    fn follow(&mut self, mut target: Target) -> Result<Target, RefProblem> {
        let mut seen = HashSet::new();
        loop {
            let source = Arc::clone(&self.loader.files[target.file]);
            let Some(Value::Object(map)) = source.parsed.value.pointer(&target.pointer()) else {
                return Ok(target);
            };
            let (1, Some(Value::String(raw))) = (map.len(), map.get("$ref")) else {
                return Ok(target);
            };
            if !seen.insert(target.clone()) || seen.len() > MAX_HOPS {
                return Err(RefProblem::new(
                    "ref-cycle",
                    format!(
                        "the reference resolves only to itself (cycle through {}#{})",
                        source.display.display(),
                        target.pointer()
                    ),
                    "one of the references in the cycle must point at actual content",
                ));
            }
            target = self.resolve(target.file, raw)?;
        }
    }

    fn report_problem(&mut self, at: Loc<'_>, raw: &str, problem: RefProblem) {
        if let Some(elsewhere) = problem.elsewhere {
            self.diagnostics.push(*elsewhere);
        }
        let message = if problem.message.contains(raw) {
            problem.message
        } else {
            format!("cannot resolve `{raw}`: {}", problem.message)
        };
        self.report_at(at, problem.rule, message, &problem.hint);
    }

    fn report_at(&mut self, at: Loc<'_>, rule: &str, message: String, hint: &str) {
        let file = &self.loader.files[at.file];
        self.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            rule: rule.to_owned(),
            file: file.display.clone(),
            line: file.parsed.line_of(at.pointer),
            pointer: at.pointer.to_owned(),
            message,
            hint: Some(hint.to_owned()),
        });
    }
}

/// Redocly's test for strings that are refs rather than component names.
fn looks_like_ref(raw: &str) -> bool {
    raw.starts_with('#')
        || raw.contains('/')
        || raw.ends_with(".yaml")
        || raw.ends_with(".yml")
        || raw.ends_with(".json")
}

fn load_problem(error: LoadError, loader: &Loader) -> RefProblem {
    match error {
        LoadError::Outside { .. } => RefProblem::new(
            "ref-outside-spec",
            error.to_string(),
            format!(
                "keep every referenced file under {} (the nearest folder with redocly.yaml, else the root file's folder)",
                loader.base.display()
            ),
        ),
        LoadError::Missing { .. } | LoadError::NotAFile { .. } => RefProblem::new(
            "no-unresolved-refs",
            error.to_string(),
            "fix the file path (it is relative to the file containing the `$ref`)",
        ),
        LoadError::TooLarge { .. } => RefProblem::new(
            "file-too-large",
            error.to_string(),
            "split the file or remove generated bulk",
        ),
        LoadError::TooMany { .. } => {
            RefProblem::new("too-many-files", error.to_string(), "merge small files")
        }
        LoadError::NotText { .. } => RefProblem::new(
            "yaml",
            error.to_string(),
            "save the file as UTF-8 YAML or JSON",
        ),
        LoadError::Yaml {
            ref path,
            ref source,
        } => {
            let mut problem = RefProblem::new(
                "no-unresolved-refs",
                format!("{} is not valid YAML", path.display()),
                "fix the YAML syntax error reported for that file",
            );
            problem.elsewhere = Some(Box::new(Diagnostic {
                severity: Severity::Error,
                rule: "yaml".into(),
                file: path.clone(),
                line: Some(source.line),
                pointer: String::new(),
                message: source.to_string(),
                hint: Some("fix the YAML syntax at that line".into()),
            }));
            problem
        }
    }
}
