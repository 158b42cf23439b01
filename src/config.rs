//! Settings from outside the widget (the link's hash, the host element's
//! `data-*` attributes, messages from the host page), parsed once into typed
//! values. Two layers, as in ripgrep's low/high args: [`RawSettings`] holds the
//! strings as read; [`resolve`] validates them into [`Settings`]. Problems are
//! data ([`Notice`]) shown to the person, never panics; a bad value falls back
//! to the next layer down, then to the preset's default.

use crate::content::{Mode, View};
use crate::i18n::Lang;
use crate::lessons::LessonKey;
use migration_model::{parse_value, Catalog, Choices, Host, ParamError, ParamId, Preset};

/// The link format's version: 2 since model version 2. Links of version 1
/// still open, with a notice that their figures have changed.
pub const LINK_VERSION: &str = "2";

/// Link versions this version reads, oldest first.
const OLD_LINK_VERSIONS: [&str; 1] = ["1"];

/// The uncertainty switch's key, in links, attributes and messages.
pub const UNCERTAINTY_KEY: &str = "uncertainty";

/// Prefix of a pinned scenario's parameters (`a.transfer_cost=…`).
pub const PINNED_PREFIX: &str = "a.";

/// The key that pins a scenario that sets nothing (`a=1`).
pub const PINNED_KEY: &str = "a";

/// Longest settings text read at all (hash, `data-set`, message), in characters.
pub const MAX_SETTINGS_CHARS: usize = 4096;

/// Longest single value, in characters.
pub const MAX_VALUE_CHARS: usize = 200;

/// Longest piece of bad input quoted back in a notice.
const QUOTE_CHARS: usize = 40;

/// Where a setting was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Attribute,
    Link,
    Message,
    /// The widget itself, after something the person did.
    Widget,
}

/// Settings as read: text, not yet checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawSettings {
    pub version: Option<String>,
    pub preset: Option<String>,
    pub host: Option<String>,
    pub lang: Option<String>,
    pub view: Option<String>,
    pub mode: Option<String>,
    pub lesson: Option<String>,
    /// Counted from 1, as people count steps.
    pub step: Option<String>,
    /// `(name, value)` lever settings, in the order read.
    pub levers: Vec<(String, String)>,
    /// The pinned scenario A: `a=…` was given.
    pub pin: Option<String>,
    /// A's `(name, value)` settings, from `a.<name>=<value>`.
    pub pinned: Vec<(String, String)>,
    /// Origins allowed to send `migration-explorer:set` messages.
    pub allow_origins: Vec<String>,
    /// The uncertainty switch: `on` or `off`.
    pub uncertainty: Option<String>,
}

/// What was wrong with a piece of input. Quoted input is shortened and made
/// printable; it is only ever shown as text.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    UnknownPreset {
        value: String,
    },
    UnknownHost {
        value: String,
    },
    UnknownParam {
        name: String,
    },
    /// The model's reason for refusing a value, the value as typed, and what
    /// is used instead: a value from a lower layer, or `None` for the default.
    BadValue {
        error: ParamError,
        value: String,
        fallback: Option<f64>,
    },
    /// The uncertainty switch's value is neither `on` nor `off`.
    BadUncertainty {
        value: String,
    },
    /// A link made with an older model: it opens, but its figures have changed.
    OldVersion {
        value: String,
    },
    UnknownView {
        value: String,
    },
    UnknownMode {
        value: String,
    },
    UnknownLesson {
        value: String,
    },
    /// `value` is not a step of the lesson, which has `steps`: step 1 is shown.
    BadStep {
        value: String,
        steps: usize,
    },
    /// `step=` without `lesson=`.
    StepWithoutLesson {
        value: String,
    },
    /// A problem with the pinned scenario A's settings.
    Pinned(Box<Problem>),
    /// The preset or host changed: the pinned scenario was on the old ones.
    Unpinned,
    UnknownLang {
        value: String,
    },
    UnknownVersion {
        value: String,
    },
    BadOrigin {
        value: String,
    },
    Malformed {
        value: String,
    },
    TooLong {
        count: usize,
    },
    ValueTooLong {
        name: String,
        count: usize,
    },
    Repeated {
        name: String,
    },
}

/// A problem and where it was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub problem: Problem,
    pub source: Source,
}

/// A step of a lesson, counted from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonAt {
    pub lesson: LessonKey,
    pub step: usize,
}

/// Settings the widget can use as they are.
#[derive(Clone, Debug)]
pub struct Settings {
    pub preset: &'static Preset,
    pub host: &'static Host,
    /// The parameters set by a link, an attribute, a message or the person;
    /// the rest follow their defaults.
    pub choices: Choices,
    pub view: View,
    pub lang: Lang,
    pub allow_origins: Vec<String>,
    pub mode: Mode,
    pub lesson: Option<LessonAt>,
    /// The pinned scenario A, on the same preset and host: what it set.
    pub pinned: Option<Choices>,
    /// The uncertainty switch: the income and remittances charts show the
    /// effect with its band (docs/model.md §11).
    pub uncertainty: bool,
}

/// A scenario as it was set: preset, host and choices (not only the values:
/// an unset lever follows its default, which the assumptions move). What the
/// uncertainty bands, the sensitivity and a lesson step's "changed" are of.
#[derive(Clone, Copy, Debug)]
pub struct ScenarioKey {
    pub preset: &'static Preset,
    pub host: &'static Host,
    pub choices: Choices,
}

/// Presets and hosts are compared by identity: they all live in the embedded
/// catalog, and comparing their texts on every render would be wasted work.
impl PartialEq for ScenarioKey {
    fn eq(&self, other: &ScenarioKey) -> bool {
        std::ptr::eq(self.preset, other.preset)
            && std::ptr::eq(self.host, other.host)
            && self.choices == other.choices
    }
}

impl PartialEq for Settings {
    fn eq(&self, other: &Settings) -> bool {
        self.same_scenario(other)
            && self.view == other.view
            && self.lang == other.lang
            && self.allow_origins == other.allow_origins
            && self.mode == other.mode
            && self.lesson == other.lesson
            && self.pinned == other.pinned
            && self.uncertainty == other.uncertainty
    }
}

/// Shortens and cleans input for quoting in a notice.
pub fn quote(text: &str) -> String {
    let clean = |c: char| if c.is_control() { '\u{FFFD}' } else { c };
    let mut out: String = text.chars().take(QUOTE_CHARS).map(clean).collect();
    if text.chars().count() > QUOTE_CHARS {
        out.push('…');
    }
    out
}

/// Decodes `%XX` escapes and `+` of a URL component; `None` if it is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Encodes a URL component: letters, digits and `-._~` stay, the rest is escaped.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl RawSettings {
    /// Stores one `key = value` pair; `source` is for the notices.
    fn put(&mut self, key: &str, value: String, source: Source, notices: &mut Vec<Notice>) {
        let count = value.chars().count();
        if count > MAX_VALUE_CHARS {
            notices.push(Notice {
                problem: Problem::ValueTooLong {
                    name: quote(key),
                    count,
                },
                source,
            });
            return;
        }
        let slot = match key {
            "v" => &mut self.version,
            "preset" => &mut self.preset,
            "host" => &mut self.host,
            "lang" => &mut self.lang,
            "view" => &mut self.view,
            "mode" => &mut self.mode,
            "lesson" => &mut self.lesson,
            "step" => &mut self.step,
            PINNED_KEY => &mut self.pin,
            UNCERTAINTY_KEY => &mut self.uncertainty,
            "allow-origin" => {
                self.allow_origins.extend(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from),
                );
                return;
            }
            _ => {
                let (list, name) = match key.strip_prefix(PINNED_PREFIX) {
                    Some(name) => (&mut self.pinned, name),
                    None => (&mut self.levers, key),
                };
                if list.iter().any(|(k, _)| k == name) {
                    notices.push(Notice {
                        problem: Problem::Repeated { name: quote(key) },
                        source,
                    });
                    list.retain(|(k, _)| k != name);
                }
                list.push((name.to_string(), value));
                return;
            }
        };
        if slot.is_some() {
            notices.push(Notice {
                problem: Problem::Repeated {
                    name: key.to_string(),
                },
                source,
            });
        }
        *slot = Some(value);
    }

    /// Takes every setting of `other` (a `data-set` list, read like a link), as
    /// if each were given here: `preset=…` or `lesson=…` in a list count as
    /// much as their own attribute.
    fn absorb(&mut self, other: RawSettings, source: Source, notices: &mut Vec<Notice>) {
        let RawSettings {
            version,
            preset,
            host,
            lang,
            view,
            mode,
            lesson,
            step,
            levers,
            pin,
            pinned,
            allow_origins,
            uncertainty,
        } = other;
        let fields = [
            ("v", version),
            ("preset", preset),
            ("host", host),
            ("lang", lang),
            ("view", view),
            ("mode", mode),
            ("lesson", lesson),
            ("step", step),
            (PINNED_KEY, pin),
            (UNCERTAINTY_KEY, uncertainty),
        ];
        for (key, value) in fields {
            if let Some(value) = value {
                self.put(key, value, source, notices);
            }
        }
        for (key, value) in levers {
            self.put(&key, value, source, notices);
        }
        for (key, value) in pinned {
            self.put(&format!("{PINNED_PREFIX}{key}"), value, source, notices);
        }
        if !allow_origins.is_empty() {
            self.put("allow-origin", allow_origins.join(","), source, notices);
        }
    }

    /// Reads `key=value` pairs separated by `separator`, percent-decoded when
    /// `decode` (links), as they are otherwise (attributes).
    fn read_pairs(
        text: &str,
        separator: char,
        decode: bool,
        source: Source,
    ) -> (RawSettings, Vec<Notice>) {
        let mut raw = RawSettings::default();
        let mut notices = Vec::new();
        let count = text.chars().count();
        if count > MAX_SETTINGS_CHARS {
            notices.push(Notice {
                problem: Problem::TooLong { count },
                source,
            });
            return (raw, notices);
        }
        for part in text
            .split(separator)
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let malformed = || Notice {
                problem: Problem::Malformed { value: quote(part) },
                source,
            };
            let Some((key, value)) = part.split_once('=') else {
                notices.push(malformed());
                continue;
            };
            let decoded = if decode {
                percent_decode(key).zip(percent_decode(value))
            } else {
                Some((key.to_string(), value.to_string()))
            };
            match decoded {
                Some((key, value)) if !key.trim().is_empty() => {
                    raw.put(key.trim(), value.trim().to_string(), source, &mut notices)
                }
                _ => notices.push(malformed()),
            }
        }
        (raw, notices)
    }

    /// A link's hash (`#v=1&preset=…`) or query (`?allow-origin=…`); the leading
    /// `#` or `?` is optional.
    pub fn from_url_part(text: &str) -> (RawSettings, Vec<Notice>) {
        let text = text.strip_prefix(['#', '?']).unwrap_or(text);
        Self::read_pairs(text, '&', true, Source::Link)
    }

    /// The host element's attributes: `data-preset`, `data-host`, `data-lang`,
    /// `data-view` and `data-set="name=value,name=value"`, given as (name, value).
    pub fn from_attributes<'a>(
        attrs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (RawSettings, Vec<Notice>) {
        let mut raw = RawSettings::default();
        let mut notices = Vec::new();
        for (name, value) in attrs {
            let source = Source::Attribute;
            if name == "set" {
                let (set, more) = Self::read_pairs(value, ',', false, source);
                notices.extend(more);
                raw.absorb(set, source, &mut notices);
            } else {
                // put() refuses values over MAX_VALUE_CHARS with a notice.
                raw.put(name, value.trim().to_string(), source, &mut notices);
            }
        }
        (raw, notices)
    }

    /// A `migration-explorer:set` message's data, already checked for its type:
    /// `{preset?, host?, lang?, view?, uncertainty?, set?: {name: number} | "name=value,…"}`.
    pub fn from_message(data: &Message) -> (RawSettings, Vec<Notice>) {
        let source = Source::Message;
        let mut raw = RawSettings::default();
        let mut notices = Vec::new();
        let Message::Object(fields) = data else {
            notices.push(Notice {
                problem: Problem::Malformed {
                    value: quote(&message_text(data)),
                },
                source,
            });
            return (raw, notices);
        };
        let text = message_text;
        for (key, value) in fields {
            match key.as_str() {
                "type" => {}
                "set" => match value {
                    Message::Object(levers) => {
                        for (k, v) in levers {
                            raw.put(k, text(v), source, &mut notices);
                        }
                    }
                    Message::Text(list) => {
                        let (set, more) = Self::read_pairs(list, ',', false, source);
                        notices.extend(more);
                        raw.absorb(set, source, &mut notices);
                    }
                    other => notices.push(Notice {
                        problem: Problem::Malformed {
                            value: quote(&message_text(other)),
                        },
                        source,
                    }),
                },
                // Only page configuration, never a message, may widen who can send messages.
                "preset" | "host" | "lang" | "view" | UNCERTAINTY_KEY => {
                    raw.put(key, text(value), source, &mut notices)
                }
                other => notices.push(Notice {
                    problem: Problem::UnknownParam { name: quote(other) },
                    source,
                }),
            }
        }
        (raw, notices)
    }
}

/// A host page's message as data: the kinds a posted value can hold, as far
/// as settings need them. The browser edge (`web::messages`) reads it from the
/// posted object itself, so no JSON parser is linked into the widget (serde_json
/// cost the download 9 KB gzip).
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    /// A list: never a setting, only named in a notice.
    List,
    /// Fields in the order the page wrote them.
    Object(Vec<(String, Message)>),
}

impl Message {
    /// The field `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Message> {
        match self {
            Message::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// A message's value as text: strings as they are, numbers and booleans as
/// written, lists and objects by their kind (a notice quotes 40 characters).
fn message_text(value: &Message) -> String {
    match value {
        Message::Text(s) => s.clone(),
        Message::Number(n) => n.to_string(),
        Message::Bool(b) => b.to_string(),
        Message::Null => "null".to_string(),
        Message::List => "[…]".to_string(),
        Message::Object(_) => "(object)".to_string(),
    }
}

/// Is `text` an origin such as `https://example.org` or `http://127.0.0.1:8081`?
fn is_origin(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else {
        return false;
    };
    matches!(scheme, "http" | "https")
        && !rest.is_empty()
        && !rest.contains(['/', '?', '#', '@', ' '])
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// The value of one field from the highest layer that has a usable one; every
/// unusable value met on the way is reported.
fn pick<T>(
    layers: &[(Source, &RawSettings)],
    notices: &mut Vec<Notice>,
    field: impl Fn(&RawSettings) -> &Option<String>,
    parse: impl Fn(&str) -> Option<T>,
    problem: impl Fn(String) -> Problem,
) -> Option<T> {
    let mut found = None;
    for (source, raw) in layers.iter().rev() {
        if let Some(text) = field(raw) {
            match parse(text) {
                Some(value) => {
                    if found.is_none() {
                        found = Some(value);
                    }
                }
                None => notices.push(Notice {
                    problem: problem(quote(text)),
                    source: *source,
                }),
            }
        }
    }
    found
}

/// The language a page asks for when neither its link nor the element says:
/// its `<html lang>`, else the first of the browser's languages the widget
/// speaks; `None` (English) when none is. The browser read is
/// `web::dom::page_languages`.
pub fn page_lang<'a>(html: Option<&'a str>, browser: &'a [String]) -> Option<Lang> {
    html.into_iter()
        .chain(browser.iter().map(String::as_str))
        .find_map(Lang::from_tag)
}

/// A widget's settings: its attributes, under the page's link when it owns it
/// (`data-url-state`), given as the location's `(hash, search)`: the link is
/// the hash, plus `allow-origin` from the query, whose other parameters may be
/// the host page's own (only its length is reported); below both, the page's
/// language (`page_lang`). Used at mount and whenever the link changes; the
/// browser read is `web::dom::location_parts`.
pub fn widget_settings(
    catalog: &'static Catalog,
    attributes: &RawSettings,
    link: Option<(&str, &str)>,
    page: Option<Lang>,
) -> (Settings, Vec<Notice>) {
    // The page's language is a layer of its own, the lowest: known, so never refused.
    let page = RawSettings {
        lang: page.map(|lang| lang.tag().to_string()),
        ..RawSettings::default()
    };
    let Some((hash, search)) = link else {
        return resolve(
            catalog,
            &[(Source::Attribute, &page), (Source::Attribute, attributes)],
        );
    };
    let (mut raw, mut notices) = RawSettings::from_url_part(hash);
    let (query, query_notices) = RawSettings::from_url_part(search);
    raw.allow_origins.extend(query.allow_origins);
    notices.extend(
        query_notices
            .into_iter()
            .filter(|n| matches!(n.problem, Problem::TooLong { .. })),
    );
    let (settings, more) = resolve(
        catalog,
        &[
            (Source::Attribute, &page),
            (Source::Attribute, attributes),
            (Source::Link, &raw),
        ],
    );
    notices.extend(more);
    (settings, notices)
}

/// The lesson step named by the highest layer that names a known lesson, and
/// that layer's index. A bad step shows step 1, with a notice.
fn pick_lesson(
    layers: &[(Source, &RawSettings)],
    notices: &mut Vec<Notice>,
) -> Option<(usize, LessonAt)> {
    let mut found = None;
    for (i, (source, raw)) in layers.iter().enumerate().rev() {
        let mut note = |problem| {
            notices.push(Notice {
                problem,
                source: *source,
            })
        };
        let Some(text) = &raw.lesson else {
            if let Some(step) = &raw.step {
                note(Problem::StepWithoutLesson { value: quote(step) });
            }
            continue;
        };
        let Some(lesson) = LessonKey::from_key(text) else {
            note(Problem::UnknownLesson { value: quote(text) });
            continue;
        };
        if found.is_some() {
            continue;
        }
        let steps = lesson.lesson().steps.len();
        let step = match raw.step.as_deref() {
            None => 0,
            Some(text) => match text.parse::<usize>() {
                Ok(n) if (1..=steps).contains(&n) => n - 1,
                _ => {
                    note(Problem::BadStep {
                        value: quote(text),
                        steps,
                    });
                    0
                }
            },
        };
        found = Some((i, LessonAt { lesson, step }));
    }
    found
}

impl LessonAt {
    /// The step's settings as a layer of raw settings.
    pub fn raw(self) -> RawSettings {
        let key = self.lesson.lesson().steps[self.step];
        let step = key.step();
        RawSettings {
            preset: Some(step.preset.to_string()),
            host: Some(step.host.to_string()),
            view: Some(step.view.key().to_string()),
            levers: step
                .levers
                .iter()
                .map(|(id, v)| (id.name().to_string(), format!("{v}")))
                .collect(),
            ..RawSettings::default()
        }
    }
}

/// Reads `(name, value)` settings into `choices`, a notice for each refused one.
fn read_choices(list: &[(String, String)], choices: &mut Choices, mut note: impl FnMut(Problem)) {
    for (name, text) in list {
        let Some(id) = ParamId::from_name(name) else {
            note(Problem::UnknownParam { name: quote(name) });
            continue;
        };
        let set = parse_value(id, text).and_then(|value| choices.set(id, value));
        if let Err(error) = set {
            // What is used instead is known once every layer is read.
            note(Problem::BadValue {
                error,
                value: quote(text),
                fallback: None,
            });
        }
    }
}

/// Validates layers of raw settings, lowest precedence first (attributes, then
/// the link), into settings the widget can use, with a notice for every value
/// it could not use. A lesson's step is a layer of its own, just under the
/// layer that names it: that layer's own settings apply over the step's, and
/// the layers below do not (a step is absolute), except for the language,
/// mode, uncertainty switch and allowed origins.
pub fn resolve(
    catalog: &'static Catalog,
    layers: &[(Source, &RawSettings)],
) -> (Settings, Vec<Notice>) {
    let mut notices = Vec::new();
    let lesson = pick_lesson(layers, &mut notices);
    let step_layer;
    let scenario_layers: Vec<(Source, &RawSettings)> = match lesson {
        Some((i, at)) => {
            step_layer = at.raw();
            std::iter::once((layers[i].0, &step_layer))
                .chain(layers[i..].iter().copied())
                .collect()
        }
        None => layers.to_vec(),
    };
    let scenario_layers = &scenario_layers[..];
    let preset = pick(
        scenario_layers,
        &mut notices,
        |r| &r.preset,
        |id| catalog.preset(id),
        |value| Problem::UnknownPreset { value },
    )
    .unwrap_or(&catalog.presets[0]);
    let host = pick(
        scenario_layers,
        &mut notices,
        |r| &r.host,
        |id| preset.host(id),
        |value| Problem::UnknownHost { value },
    )
    .unwrap_or(&preset.hosts[0]);
    let lang = pick(
        layers,
        &mut notices,
        |r| &r.lang,
        Lang::from_tag,
        |value| Problem::UnknownLang { value },
    )
    .unwrap_or(Lang::En);
    let view = pick(
        scenario_layers,
        &mut notices,
        |r| &r.view,
        View::from_key,
        |value| Problem::UnknownView { value },
    )
    .unwrap_or(View::Origin);
    let mode = pick(
        layers,
        &mut notices,
        |r| &r.mode,
        Mode::from_key,
        |value| Problem::UnknownMode { value },
    )
    .unwrap_or_default();
    // Like the language and the mode, a way of showing: a lesson's step keeps it.
    let uncertainty = pick(
        layers,
        &mut notices,
        |r| &r.uncertainty,
        |text| match text {
            "on" => Some(true),
            "off" => Some(false),
            _ => None,
        },
        |value| Problem::BadUncertainty { value },
    )
    .unwrap_or(false);
    let mut note = |problem, source| notices.push(Notice { problem, source });
    // Parameters: lowest layer first, so higher layers overwrite. A refused
    // value leaves the layer below in place, or the default.
    let mut choices = Choices::new();
    for (source, raw) in scenario_layers {
        read_choices(&raw.levers, &mut choices, |p| note(p, *source));
    }
    // The pinned scenario A comes whole from the highest layer that pins one.
    let pinned = scenario_layers
        .iter()
        .rev()
        .find(|(_, raw)| raw.pin.is_some() || !raw.pinned.is_empty())
        .map(|(source, raw)| {
            let mut pinned = Choices::new();
            read_choices(&raw.pinned, &mut pinned, |p| {
                note(Problem::Pinned(Box::new(p)), *source)
            });
            pinned
        });
    let mut allow_origins = Vec::new();
    for (source, raw) in layers {
        match raw.version.as_deref() {
            None | Some(LINK_VERSION) => {}
            Some(v) if OLD_LINK_VERSIONS.contains(&v) => {
                note(Problem::OldVersion { value: quote(v) }, *source)
            }
            Some(v) => note(Problem::UnknownVersion { value: quote(v) }, *source),
        }
        for origin in &raw.allow_origins {
            if is_origin(origin) {
                if !allow_origins.contains(origin) {
                    allow_origins.push(origin.clone());
                }
            } else {
                note(
                    Problem::BadOrigin {
                        value: quote(origin),
                    },
                    *source,
                );
            }
        }
    }
    // What a refused value gave way to: the value finally used, if any layer
    // set one (a pinned value gives way to its default).
    for notice in &mut notices {
        if let Problem::BadValue {
            error, fallback, ..
        } = &mut notice.problem
        {
            *fallback = choices.get(error.id);
        }
    }
    let settings = Settings {
        preset,
        host,
        choices,
        view,
        lang,
        allow_origins,
        mode,
        lesson: lesson.map(|(_, at)| at),
        pinned,
        uncertainty,
    };
    (settings, notices)
}

impl Settings {
    /// The scenario these settings show.
    pub fn scenario_key(&self) -> ScenarioKey {
        ScenarioKey {
            preset: self.preset,
            host: self.host,
            choices: self.choices,
        }
    }

    /// The same scenario: preset, host and what was set (not the view).
    pub fn same_scenario(&self, other: &Settings) -> bool {
        self.scenario_key() == other.scenario_key()
    }

    /// Every set parameter as `name=value`, in table order; values in shortest
    /// round-trip form, so that reading them back gives the exact numbers.
    pub fn set_pairs(&self) -> impl Iterator<Item = String> + '_ {
        self.choices
            .iter()
            .map(|(id, v)| format!("{}={v}", id.name()))
    }

    /// The scenario as a link hash, without `#`: the preset, host and view,
    /// every parameter that is set (in shortest round-trip form, so the link
    /// reproduces the scenario exactly even after defaults move), the
    /// language, always (whoever opens it may read another by default), and
    /// the lesson's step and the presentation when there are, and
    /// `uncertainty=on` while the switch is on.
    pub fn scenario_hash(&self) -> String {
        let mut parts = vec![
            format!("v={LINK_VERSION}"),
            format!("preset={}", percent_encode(&self.preset.id)),
            format!("host={}", percent_encode(&self.host.id)),
        ];
        parts.extend(self.set_pairs());
        if let Some(pinned) = &self.pinned {
            if pinned.iter().next().is_none() {
                parts.push(format!("{PINNED_KEY}=1"));
            }
            parts.extend(
                pinned
                    .iter()
                    .map(|(id, v)| format!("{PINNED_PREFIX}{}={v}", id.name())),
            );
        }
        parts.push(format!("view={}", self.view.key()));
        if self.uncertainty {
            parts.push(format!("{UNCERTAINTY_KEY}=on"));
        }
        parts.push(format!("lang={}", self.lang.tag()));
        if let Some(at) = self.lesson {
            parts.push(format!("lesson={}&step={}", at.lesson.key(), at.step + 1));
        }
        // The brief and the worksheet are pages of their own, not a link's.
        if self.mode == Mode::Present {
            parts.push(format!("mode={}", self.mode.key()));
        }
        parts.join("&")
    }

    /// The worksheet of the current lesson, for `brief.html`; empty outside a lesson.
    pub fn worksheet_hash(&self) -> String {
        match self.lesson {
            Some(at) => format!(
                "lesson={}&mode={}&lang={}",
                at.lesson.key(),
                Mode::Worksheet.key(),
                self.lang.tag()
            ),
            None => String::new(),
        }
    }

    /// The page's own hash: the scenario, and the origins allowed to send
    /// messages, which this page's embedder set and a rewrite must keep.
    pub fn to_hash(&self) -> String {
        let mut hash = self.scenario_hash();
        if !self.allow_origins.is_empty() {
            let list: Vec<String> = self
                .allow_origins
                .iter()
                .map(|o| percent_encode(o))
                .collect();
            hash.push_str(&format!("&allow-origin={}", list.join(",")));
        }
        hash
    }
}
