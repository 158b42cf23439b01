//! Reading settings as text: a link's hash or query, the host element's
//! attributes and a host page's message, into [`RawSettings`], with a notice
//! for what could not be read.

use super::{
    quote, Notice, SettingProblem, SettingSource, PINNED_KEY, PINNED_PREFIX, UNCERTAINTY_KEY,
};

/// Longest settings text read at all (hash, `data-set`, message), in characters.
pub const MAX_SETTINGS_CHARS: usize = 4096;

/// Longest single value, in characters.
pub const MAX_VALUE_CHARS: usize = 200;

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
    fn put(&mut self, key: &str, value: String, source: SettingSource, notices: &mut Vec<Notice>) {
        let count = value.chars().count();
        if count > MAX_VALUE_CHARS {
            notices.push(Notice {
                problem: SettingProblem::ValueTooLong {
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
                        problem: SettingProblem::Repeated { name: quote(key) },
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
                problem: SettingProblem::Repeated {
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
    fn absorb(&mut self, other: RawSettings, source: SettingSource, notices: &mut Vec<Notice>) {
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
            self.put(
                "allow-origin",
                crate::format::joined(&allow_origins, ","),
                source,
                notices,
            );
        }
    }

    /// Reads `key=value` pairs separated by `separator`, percent-decoded when
    /// `decode` (links), as they are otherwise (attributes).
    fn read_pairs(
        text: &str,
        separator: char,
        decode: bool,
        source: SettingSource,
    ) -> (RawSettings, Vec<Notice>) {
        let mut raw = RawSettings::default();
        let mut notices = Vec::new();
        let count = text.chars().count();
        if count > MAX_SETTINGS_CHARS {
            notices.push(Notice {
                problem: SettingProblem::TooLong { count },
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
                problem: SettingProblem::Malformed { value: quote(part) },
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
        Self::read_pairs(text, '&', true, SettingSource::Link)
    }

    /// The host element's attributes: `data-preset`, `data-host`, `data-lang`,
    /// `data-view` and `data-set="name=value,name=value"`, given as (name, value).
    pub fn from_attributes<'a>(
        attrs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (RawSettings, Vec<Notice>) {
        let mut raw = RawSettings::default();
        let mut notices = Vec::new();
        for (name, value) in attrs {
            let source = SettingSource::Attribute;
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
        let source = SettingSource::Message;
        let mut raw = RawSettings::default();
        let mut notices = Vec::new();
        let Message::Object(fields) = data else {
            notices.push(Notice {
                problem: SettingProblem::Malformed {
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
                        problem: SettingProblem::Malformed {
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
                    problem: SettingProblem::UnknownParam { name: quote(other) },
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
