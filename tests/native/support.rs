//! Shared helpers.

use migration_explorer::config::{resolve, Message, RawSettings, SettingSource};
use migration_explorer::state::State;
use migration_model::Catalogue;

pub fn catalogue() -> &'static Catalogue {
    Catalogue::embedded()
}

/// A state as a widget mounted with this link hash would start.
pub fn state_from_hash(hash: &str) -> State {
    let (raw, mut notices) = RawSettings::from_url_part(hash);
    let (settings, more) = resolve(catalogue(), &[(SettingSource::Link, &raw)]);
    notices.extend(more);
    State::new(catalogue(), settings, notices)
}

/// A host page's message, written as JSON, read as `web::messages` hands it
/// to the settings: lists by their kind, objects below `set` by theirs.
pub fn read_message(
    data: &serde_json::Value,
) -> (RawSettings, Vec<migration_explorer::config::Notice>) {
    fn convert(value: &serde_json::Value, depth: u8) -> Message {
        use serde_json::Value;
        match value {
            Value::Null => Message::Null,
            Value::Bool(b) => Message::Bool(*b),
            Value::Number(n) => Message::Number(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => Message::Text(s.clone()),
            Value::Array(_) => Message::List,
            Value::Object(_) if depth >= 2 => Message::Object(Vec::new()),
            Value::Object(fields) => Message::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), convert(v, depth + 1)))
                    .collect(),
            ),
        }
    }
    RawSettings::from_message(&convert(data, 0))
}
