//! Migration Explorer: the widget.
//!
//! Pure parts (settings, results, charts, sentences, state, formatting) compile
//! and are tested natively; `components` are the Yew views; `web` holds what
//! only a browser can do (the link, messages, downloads, the canvas, the panic
//! panel); `mount`, the entry, puts the views into host elements. Modules
//! import only from layers below their own (ARCHITECTURE.md, checked by
//! `scripts/check-layers`). Every number comes from the `migration-model` crate.

pub mod charts;
pub mod components;
pub mod config;
pub mod content;
pub mod format;
pub mod i18n;
pub mod lesson_words;
pub mod lessons;
pub mod mount;
pub mod results;
pub mod sensitivity_job;
pub mod share;
pub mod state;
pub mod summary;
pub mod web;
