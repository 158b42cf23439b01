//! Shared helpers.

use migration_explorer::config::{resolve, RawSettings, Source};
use migration_explorer::state::State;
use migration_model::Catalog;

pub fn catalog() -> &'static Catalog {
    Catalog::embedded()
}

/// A state as a widget mounted with this link hash would start.
pub fn state_from_hash(hash: &str) -> State {
    let (raw, mut notices) = RawSettings::from_url_part(hash);
    let (settings, more) = resolve(catalog(), &[(Source::Link, &raw)]);
    notices.extend(more);
    State::new(catalog(), settings, notices)
}
