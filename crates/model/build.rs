//! Writes the shipped presets (`assets/data/presets.json`) as Rust code that
//! builds the `Catalogue` directly (`$OUT_DIR/catalogue.rs`, included by
//! `preset.rs`). Reading the JSON at run time cost the widget about 20 KB of
//! WebAssembly (the reader's iterators, maps and number parsing); this code is
//! a list of calls. The struct literals it writes name every field, so a
//! field the types do not know, or a missing one, fails the build; a test
//! checks that the result equals what `Catalogue::from_json` reads from the
//! same file, and validates it.
//!
//! Every text goes once into one string, `TEXTS`, cut by a table of where
//! each ends, `ENDS`, and the calls name a text by its index: a call with a
//! small number is a third the size of one with a pointer and a length, an
//! end two bytes where a slice takes eight, and the many repeated notes and
//! the words of each language (a name, a country's eight forms) are written
//! once.

use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt::Write;

const PRESETS: &str = "../../assets/data/presets.json";

/// Fields that may be absent, by struct: written as `None` (or empty) then.
const OPTIONAL: [(&str, &[&str]); 5] = [
    ("Figure", &["formula", "note"]),
    ("OriginFigures", &["doctors_abroad"]),
    ("HostFigures", &["send_cost"]),
    ("Preset", &["notes", "observed_in"]),
    ("Citation", &["edition", "indicators"]),
];

/// The forms of a country's name, in the order `place` reads them.
const FORMS: [&str; 4] = ["name", "in", "of", "from"];

/// The languages of `PerLang`, in the order `t` and `place` read them.
const LANGS: [&str; 2] = ["en", "fr"];

/// A record of words, which must be in exactly the languages of `LANGS`: a
/// language added to `presets.json` and `PerLang` but not here would shift
/// every text `t` and `place` read, so the build stops and says so.
fn same_langs(value: &Value) -> &Map<String, Value> {
    let words = object(value);
    let mut keys: Vec<&str> = words.keys().map(String::as_str).collect();
    let mut langs = LANGS.to_vec();
    keys.sort_unstable();
    langs.sort_unstable();
    assert_eq!(keys, langs, "presets.json's languages are build.rs's LANGS");
    words
}

fn main() {
    println!("cargo:rerun-if-changed={PRESETS}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(PRESETS).expect("assets/data/presets.json is readable");
    let file: Value = serde_json::from_str(&text).expect("assets/data/presets.json is JSON");
    let c = object(&file);
    let mut w = Writer::default();
    let mut sources = String::new();
    for (key, source) in object(&c["sources"]) {
        let key = w.string(&Value::from(key.as_str()));
        let _ = write!(sources, "({key}, {}),", w.literal("Citation", source));
    }
    let presets: Vec<String> = list(&c["presets"])
        .iter()
        .map(|p| w.literal("Preset", p))
        .collect();
    let data_version = w.string(&c["data_version"]);
    let ends: Vec<usize> = w
        .texts
        .iter()
        .scan(0, |end, t| {
            *end += t.len();
            Some(*end)
        })
        .collect();
    assert!(ends.last() < Some(&usize::from(u16::MAX)), "ENDS are u16");
    let mut out = format!(
        "/// Every text of presets.json, each group (a name in every language, a\n\
         /// country's forms) once, end to end; written by build.rs.\n\
         static TEXTS: &str = {:?};\n\n\
         /// Where each text of `TEXTS` ends, in bytes.\n\
         static ENDS: [u16; {}] = {ends:?};\n\n",
        w.texts.concat(),
        ends.len(),
    );
    let _ = write!(
        out,
        "/// The shipped presets, written by build.rs from assets/data/presets.json.\n\
         pub(crate) fn shipped() -> Catalogue {{\n\
         Catalogue {{ data_version: {data_version}, sources: vec![{sources}], presets: vec![{}] }}\n}}\n",
        presets.join(","),
    );
    let path =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue.rs");
    std::fs::write(path, out).expect("OUT_DIR is writable");
}

fn object(value: &Value) -> &Map<String, Value> {
    value
        .as_object()
        .expect("presets.json: an object where the types want one")
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

fn text(value: &Value) -> &str {
    value
        .as_str()
        .expect("presets.json: text where the types want text")
}

/// The table of texts and the code that reads it.
#[derive(Default)]
struct Writer {
    texts: Vec<String>,
    /// Where each group of texts already written starts.
    groups: HashMap<Vec<String>, usize>,
}

impl Writer {
    /// The index of `group` in the table, added at its end if it is new.
    fn index(&mut self, group: Vec<String>) -> usize {
        if let Some(&at) = self.groups.get(&group) {
            return at;
        }
        let at = self.texts.len();
        self.texts.extend(group.iter().cloned());
        self.groups.insert(group, at);
        assert!(
            self.texts.len() < usize::from(u16::MAX),
            "TEXTS is indexed by u16"
        );
        at
    }

    /// `s(i)`: one text.
    fn string(&mut self, value: &Value) -> String {
        format!("s({})", self.index(vec![text(value).to_string()]))
    }

    /// `t(i)`: `{"en": …, "fr": …}`, English then French.
    fn langs(&mut self, value: &Value) -> usize {
        let words = same_langs(value);
        self.index(LANGS.map(|lang| text(&words[lang]).to_string()).to_vec())
    }

    /// `place(i)`: a country's forms in every language.
    fn place(&mut self, value: &Value) -> String {
        let langs = same_langs(value);
        let group = LANGS
            .iter()
            .flat_map(|lang| {
                let place = object(&langs[*lang]);
                FORMS.map(|form| text(&place[form]).to_string())
            })
            .collect();
        format!("place({})", self.index(group))
    }

    /// A struct literal of `name` from a JSON object, field by field.
    fn literal(&mut self, name: &str, value: &Value) -> String {
        let fields = object(value);
        if name == "Figure" {
            // One call per figure: the smallest code for the commonest struct.
            let formula = fields
                .get("formula")
                .map(|v| self.index(vec![text(v).to_string()]));
            let note = fields.get("note").map(|v| self.langs(v));
            let source = self.index(vec![text(&fields["source"]).to_string()]);
            let or_none = |i: Option<usize>| i.map_or("NONE".to_string(), |i| i.to_string());
            return format!(
                "f({:?}, {}, FigureStatus::{}, {source}, {}, {})",
                fields["value"].as_f64().expect("a number"),
                fields["year"].as_i64().expect("a whole year"),
                fields["status"].as_str().expect("a status"),
                or_none(formula),
                or_none(note),
            );
        }
        let mut out = format!("{name} {{");
        for (key, v) in fields {
            let field = match (name, key.as_str()) {
                ("OriginFigures" | "HostFigures", "doctors_abroad" | "send_cost") => {
                    format!("Some({})", self.literal("Figure", v))
                }
                ("OriginFigures" | "HostFigures", _) => self.literal("Figure", v),
                ("Preset", "figures") => self.literal("OriginFigures", v),
                ("Host", "figures") => self.literal("HostFigures", v),
                ("Preset", "hosts") => {
                    let hosts: Vec<String> =
                        list(v).iter().map(|h| self.literal("Host", h)).collect();
                    format!("vec![{}]", hosts.join(","))
                }
                ("Preset", "notes") => {
                    let notes: Vec<String> = list(v)
                        .iter()
                        .map(|n| format!("t({})", self.langs(n)))
                        .collect();
                    format!("vec![{}]", notes.join(","))
                }
                ("Preset", "base_year") => format!("{}", v.as_i64().expect("a whole year")),
                ("Preset", "observed_in") => format!("Some({})", self.string(v)),
                ("Preset" | "Host", "country") => self.place(v),
                ("Preset", "name") | ("Citation", "name" | "licence") => {
                    format!("t({})", self.langs(v))
                }
                ("Citation", "edition" | "indicators") => format!("Some(t({}))", self.langs(v)),
                _ => self.string(v),
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
}
