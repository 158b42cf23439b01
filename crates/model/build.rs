//! Writes the shipped presets (`assets/data/presets.json`) as Rust code that
//! builds the `Catalog` directly (`$OUT_DIR/catalog.rs`, included by
//! `preset.rs`). Reading the JSON at run time cost the widget about 20 KB of
//! WebAssembly (the reader's iterators, maps and number parsing); this code is
//! a list of calls. The struct literals it writes name every field, so a
//! field the types do not know, or a missing one, fails the build; a test
//! checks that the result equals what `Catalog::from_json` reads from the
//! same file, and validates it.

use serde_json::{Map, Value};
use std::fmt::Write;

const PRESETS: &str = "../../assets/data/presets.json";

/// Fields that may be absent, by struct: written as `None` (or empty) then.
const OPTIONAL: [(&str, &[&str]); 5] = [
    ("Figure", &["formula", "note"]),
    ("OriginFigures", &["doctors_abroad"]),
    ("HostFigures", &["send_cost"]),
    ("Preset", &["notes", "observed_in"]),
    ("Source", &["edition", "indicators"]),
];

fn main() {
    println!("cargo:rerun-if-changed={PRESETS}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(PRESETS).expect("assets/data/presets.json is readable");
    let file: Value = serde_json::from_str(&text).expect("assets/data/presets.json is JSON");
    let mut out = String::from(
        "/// The shipped presets, written by build.rs from assets/data/presets.json.\n\
         pub(crate) fn shipped() -> Catalog {\n",
    );
    let c = object(&file);
    let mut sources = String::new();
    for (key, source) in object(&c["sources"]) {
        let _ = write!(
            sources,
            "({}, {}),",
            string(&Value::from(key.as_str())),
            literal("Source", source)
        );
    }
    let presets: Vec<String> = list(&c["presets"], |p| literal("Preset", p));
    let _ = write!(
        out,
        "Catalog {{ data_version: {}, sources: vec![{sources}], presets: vec![{}] }}\n}}\n",
        string(&c["data_version"]),
        presets.join(","),
    );
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalog.rs");
    std::fs::write(path, out).expect("OUT_DIR is writable");
}

fn object(value: &Value) -> &Map<String, Value> {
    value
        .as_object()
        .expect("presets.json: an object where the types want one")
}

fn list(value: &Value, item: impl Fn(&Value) -> String) -> Vec<String> {
    value
        .as_array()
        .map_or_else(Vec::new, |items| items.iter().map(item).collect())
}

fn string(value: &Value) -> String {
    format!(
        "s({:?})",
        value
            .as_str()
            .expect("presets.json: text where the types want text")
    )
}

/// A struct literal of `name` from a JSON object, field by field.
fn literal(name: &str, value: &Value) -> String {
    let fields = object(value);
    if name == "Figure" {
        // One call per figure: the smallest code for the commonest struct.
        let text = |key: &str| match fields.get(key) {
            Some(v) => format!("Some({:?})", v.as_str().expect("text")),
            None => "None".to_string(),
        };
        return format!(
            "f({:?}, {}, FigureStatus::{}, {:?}, {}, {})",
            fields["value"].as_f64().expect("a number"),
            fields["year"].as_i64().expect("a whole year"),
            fields["status"].as_str().expect("a status"),
            fields["source"].as_str().expect("a source"),
            text("formula"),
            text("note"),
        );
    }
    let mut out = format!("{name} {{");
    for (key, v) in fields {
        let field = match (name, key.as_str()) {
            ("OriginFigures" | "HostFigures", "doctors_abroad" | "send_cost") => {
                format!("Some({})", literal("Figure", v))
            }
            ("OriginFigures" | "HostFigures", _) => literal("Figure", v),
            ("Preset", "figures") => literal("OriginFigures", v),
            ("Host", "figures") => literal("HostFigures", v),
            ("Preset", "hosts") => format!("vec![{}]", list(v, |h| literal("Host", h)).join(",")),
            ("Preset", "notes") => format!("vec![{}]", list(v, string).join(",")),
            ("Preset", "base_year") => format!("{}", v.as_i64().expect("a whole year")),
            ("Preset", "observed_in") | ("Source", "edition" | "indicators") => {
                format!("Some({})", string(v))
            }
            _ => string(v),
        };
        let _ = write!(out, "{key}: {field},");
    }
    for (_, optional) in OPTIONAL.iter().filter(|(n, _)| *n == name) {
        for key in optional.iter().filter(|k| !fields.contains_key(**k)) {
            let none = if *key == "notes" {
                "Vec::new()"
            } else {
                "None"
            };
            let _ = write!(out, "{key}: {none},");
        }
    }
    out.push('}');
    out
}
