//! Writes the shipped presets (`assets/data/presets.json`) as static tables
//! and the few functions that read them (`$OUT_DIR/catalogue.rs`, included by
//! `preset.rs`), so the `Catalogue` is built without reading JSON at run
//! time: the reader cost the widget about 20 KB of WebAssembly (its
//! iterators, maps and number parsing).
//!
//! Each struct of the file (`Preset`, `Host`, `Figure`…) is a table of rows
//! of small numbers, one or two per field, and one function that reads a row
//! into the struct with a literal naming every field: a field the types do
//! not know, or a missing one, fails the build. The code is one function per
//! struct whatever the number of presets; the data are rows of small numbers,
//! which compress well. (Written as one struct literal with a call per
//! figure, the eight presets of data version 3 were one function of 49 KB of
//! WebAssembly at the model's `opt-level = 3`; these readers are 5 KB, and
//! the widget's download about 11 KB smaller after gzip.) A test checks that
//! the result equals what `Catalogue::from_json` reads from the same file,
//! and validates it.
//!
//! A field's cells are, by what it holds: a text, by its index in `TEXTS` (one
//! string, cut by a table of where each text ends, `ENDS`, so that a text
//! repeated, the words of each language and a country's eight forms are
//! written once); a number, by its index in `NUMBERS`; a year, as it is; a
//! variant of an enum, by its index; a struct, by its row in its table; a
//! list, by where its items start in `LISTS` and how many there are; `NONE`
//! for an optional field that is absent.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

const PRESETS: &str = "../../assets/data/presets.json";

/// Fields that may be absent, by struct: `None` (or an empty list) then.
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

/// The cell of an optional field that is absent; written out for `opt`.
const NONE: u16 = u16::MAX;

/// What a field holds: how it is written in a row and read back.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    /// Words in every language.
    Langs,
    /// A country's forms in every language.
    Place,
    Number,
    /// A year.
    Whole,
    /// A variant of the enum named.
    Variant(&'static str),
    /// The struct named.
    Struct(&'static str),
    /// Items of one kind, each one cell.
    List(&'static Kind),
}

/// The kind of the field `key` of the struct `name`.
fn kind(name: &str, key: &str) -> Kind {
    match (name, key) {
        ("Figure", "value") => Kind::Number,
        ("Figure", "year") | ("Preset", "base_year") => Kind::Whole,
        ("Figure", "status") => Kind::Variant("FigureStatus"),
        ("Figure", "note") | ("Preset", "name") | ("Citation", _) => Kind::Langs,
        ("OriginFigures" | "HostFigures", _) => Kind::Struct("Figure"),
        ("Preset", "figures") => Kind::Struct("OriginFigures"),
        ("Host", "figures") => Kind::Struct("HostFigures"),
        ("Preset", "hosts") => Kind::List(&Kind::Struct("Host")),
        ("Preset", "notes") => Kind::List(&Kind::Langs),
        ("Preset" | "Host", "country") => Kind::Place,
        _ => Kind::Text,
    }
}

impl Kind {
    /// The function that reads one cell of this kind (written by hand in
    /// `preset.rs`, or by `Writer::tables` for structs and enums).
    fn reader(self) -> String {
        match self {
            Kind::Text => "s".into(),
            Kind::Langs => "t".into(),
            Kind::Place => "place".into(),
            Kind::Number => "number".into(),
            Kind::Whole => "i32::from".into(),
            Kind::Variant(name) | Kind::Struct(name) => snake(name),
            Kind::List(_) => panic!("build.rs: a list of lists"),
        }
    }

    /// How many cells a field of this kind takes.
    fn width(self) -> usize {
        match self {
            Kind::List(_) => 2,
            _ => 1,
        }
    }
}

/// The fields of the struct `name` that may be absent.
fn optional(name: &str) -> &'static [&'static str] {
    OPTIONAL
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(&[], |(_, keys)| keys)
}

/// `OriginFigures` → `origin_figures`: the name of the function that reads it.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_uppercase() && !out.is_empty() {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

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
    let json = std::fs::read_to_string(PRESETS).expect("assets/data/presets.json is readable");
    let file: Value = serde_json::from_str(&json).expect("assets/data/presets.json is JSON");
    let c = object(&file);
    let mut w = Writer::default();
    let sources: Vec<(u16, u16)> = object(&c["sources"])
        .iter()
        .map(|(key, source)| {
            let row = w.row("Citation", source, &format!("sources/{key}"));
            (w.index(vec![key.clone()]), row)
        })
        .collect();
    let presets = w.cells(
        Kind::List(&Kind::Struct("Preset")),
        &c["presets"],
        "presets",
    );
    let data_version = w.index(vec![text(&c["data_version"]).to_string()]);
    let mut out = w.tables();
    let _ = write!(
        out,
        "/// The shipped sources: each key's text and its citation's row.\n\
         static SOURCES: [(u16, u16); {}] = {sources:?};\n\n\
         /// The shipped presets, written by build.rs from assets/data/presets.json.\n\
         pub(crate) fn shipped() -> Catalogue {{\n\
         Catalogue {{\n\
         data_version: s({data_version}),\n\
         sources: SOURCES.iter().map(|&(key, row)| (s(key), citation(row))).collect(),\n\
         presets: list({}, {}, preset),\n\
         }}\n}}\n",
        sources.len(),
        presets[0],
        presets[1],
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

/// A small number for a table: an index, a year.
fn cell(n: usize) -> u16 {
    u16::try_from(n)
        .ok()
        .filter(|&n| n != NONE)
        .expect("build.rs's tables hold numbers below 65535")
}

/// A struct of the file, as its table holds it.
struct Row {
    /// Where in the file, for messages: `presets/1/hosts/0/figures/gdp_usd`.
    at: String,
    /// Every field the struct has there, with its cells.
    fields: BTreeMap<String, Vec<u16>>,
}

/// The tables and the code that reads them.
#[derive(Default)]
struct Writer {
    texts: Vec<String>,
    /// Where each group of texts already written starts.
    groups: HashMap<Vec<String>, usize>,
    numbers: Vec<f64>,
    /// Each enum's variants, in the order their cells name them.
    variants: BTreeMap<&'static str, Vec<String>>,
    /// Each struct's rows: where in the file, and every field the row has,
    /// with its cells.
    rows: BTreeMap<&'static str, Vec<Row>>,
    /// The items of every list, end to end.
    lists: Vec<u16>,
}

impl Writer {
    /// The index of `group` in the table of texts, added at its end if it is new.
    fn index(&mut self, group: Vec<String>) -> u16 {
        if let Some(&at) = self.groups.get(&group) {
            return cell(at);
        }
        let at = self.texts.len();
        self.texts.extend(group.iter().cloned());
        self.groups.insert(group, at);
        cell(at)
    }

    /// `{"en": …, "fr": …}`, English then French.
    fn langs(&mut self, value: &Value) -> u16 {
        let words = same_langs(value);
        self.index(LANGS.map(|lang| text(&words[lang]).to_string()).to_vec())
    }

    /// A country's forms in every language.
    fn place(&mut self, value: &Value) -> u16 {
        let langs = same_langs(value);
        let group = LANGS
            .iter()
            .flat_map(|lang| {
                let place = object(&langs[*lang]);
                FORMS.map(|form| text(&place[form]).to_string())
            })
            .collect();
        self.index(group)
    }

    /// The cells of `value`, a field of `kind` found at `at`.
    fn cells(&mut self, kind: Kind, value: &Value, at: &str) -> Vec<u16> {
        let wrong = |what: &str| -> ! {
            panic!("presets.json: {at} is not {what}, as the types want (or not a field they know)")
        };
        let text = |v: &Value| v.as_str().unwrap_or_else(|| wrong("text")).to_string();
        let one = match kind {
            Kind::Text => self.index(vec![text(value)]),
            Kind::Langs => self.langs(value),
            Kind::Place => self.place(value),
            Kind::Number => {
                let n = value.as_f64().unwrap_or_else(|| wrong("a number"));
                let at = self.numbers.iter().position(|m| m.to_bits() == n.to_bits());
                cell(at.unwrap_or_else(|| {
                    self.numbers.push(n);
                    self.numbers.len() - 1
                }))
            }
            Kind::Whole => cell(
                value
                    .as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .unwrap_or_else(|| wrong("a whole year")),
            ),
            Kind::Variant(name) => {
                let variants = self.variants.entry(name).or_default();
                let variant = text(value);
                let at = variants.iter().position(|v| *v == variant);
                cell(at.unwrap_or_else(|| {
                    variants.push(variant);
                    variants.len() - 1
                }))
            }
            Kind::Struct(name) => self.row(name, value, at),
            Kind::List(item) => {
                let items: Vec<u16> = list(value)
                    .iter()
                    .enumerate()
                    .flat_map(|(i, v)| self.cells(*item, v, &format!("{at}/{i}")))
                    .collect();
                let start = cell(self.lists.len());
                self.lists.extend(&items);
                return vec![start, cell(items.len())];
            }
        };
        vec![one]
    }

    /// The row of the struct `name` written for `value`, found at `at`.
    fn row(&mut self, name: &'static str, value: &Value, at: &str) -> u16 {
        let fields = object(value)
            .iter()
            .map(|(key, v)| {
                let cells = self.cells(kind(name, key), v, &format!("{at}/{key}"));
                (key.clone(), cells)
            })
            .collect();
        let rows = self.rows.entry(name).or_default();
        rows.push(Row {
            at: at.to_string(),
            fields,
        });
        cell(rows.len() - 1)
    }

    /// Every table, and the function that reads each struct's rows.
    fn tables(&self) -> String {
        let ends: Vec<usize> = self
            .texts
            .iter()
            .scan(0, |end, t| {
                *end += t.len();
                Some(*end)
            })
            .collect();
        let ends: Vec<u16> = ends.into_iter().map(cell).collect();
        let mut out = format!(
            "/// Every text of presets.json, each group (a name in every language, a\n\
             /// country's forms) once, end to end; written by build.rs.\n\
             static TEXTS: &str = {:?};\n\n\
             /// Where each text of `TEXTS` ends, in bytes.\n\
             static ENDS: [u16; {}] = {ends:?};\n\n\
             /// In a row: an optional field that is absent.\n\
             const NONE: u16 = {NONE};\n\n\
             /// Every number of presets.json, once.\n\
             static NUMBERS: [f64; {}] = {:?};\n\n\
             /// The items of every list, end to end.\n\
             static LISTS: [u16; {}] = {:?};\n\n",
            self.texts.concat(),
            ends.len(),
            self.numbers.len(),
            self.numbers,
            self.lists.len(),
            self.lists,
        );
        for (name, variants) in &self.variants {
            let variants: Vec<String> = variants.iter().map(|v| format!("{name}::{v}")).collect();
            let _ = write!(
                out,
                "fn {}(i: u16) -> {name} {{\n*row(&[{}], i)\n}}\n\n",
                snake(name),
                variants.join(", "),
            );
        }
        for (name, rows) in &self.rows {
            out += &table(name, rows);
        }
        out
    }
}

/// The table of the struct `name` and the function that reads its rows. Its
/// fields are every field a row has, and the optional ones.
fn table(name: &str, rows: &[Row]) -> String {
    let optional = optional(name);
    let fields: BTreeSet<&str> = rows
        .iter()
        .flat_map(|row| row.fields.keys().map(String::as_str))
        .chain(optional.iter().copied())
        .collect();
    let mut read = String::new();
    let mut at = 0;
    for key in &fields {
        let kind = kind(name, key);
        let field = match kind {
            Kind::List(item) => format!("list(r[{at}], r[{}], {})", at + 1, item.reader()),
            _ if optional.contains(key) => format!("opt(r[{at}], {})", kind.reader()),
            _ => format!("{}(r[{at}])", kind.reader()),
        };
        let _ = writeln!(read, "{key}: {field},");
        at += kind.width();
    }
    let cells: Vec<Vec<u16>> = rows
        .iter()
        .map(|row| {
            fields
                .iter()
                .flat_map(|key| match row.fields.get(*key) {
                    Some(cells) => cells.clone(),
                    None if optional.contains(key) => match kind(name, key) {
                        Kind::List(_) => vec![0, 0],
                        _ => vec![NONE],
                    },
                    None => {
                        let other = rows.iter().find(|r| r.fields.contains_key(*key));
                        panic!(
                            "presets.json: `{key}` is in {} but not in {}: \
                             a field {name} needs, or one it does not know",
                            other.map_or("", |r| &r.at),
                            row.at
                        )
                    }
                })
                .collect()
        })
        .collect();
    let table = snake(name).to_uppercase();
    format!(
        "/// Every {name} of presets.json, a row each.\n\
         static {table}: [[u16; {at}]; {}] = {cells:?};\n\n\
         #[inline(never)]\n\
         fn {}(i: u16) -> {name} {{\n\
         let r = row(&{table}, i);\n\
         {name} {{\n{read}}}\n}}\n\n",
        rows.len(),
        snake(name),
    )
}
