//! Migration Explorer: the widget.
//!
//! Pure parts (settings, state, charts, sentences, formatting) compile and are
//! tested natively; `components` are the Yew views; `web` holds what only a
//! browser can do (mounting, the link, messages, downloads, the panic panel).
//! Every number comes from the `migration-model` crate.

pub mod charts;
pub mod components;
pub mod config;
pub mod content;
pub mod format;
pub mod i18n;
pub mod results;
pub mod share;
pub mod state;
pub mod summary;
pub mod web;
