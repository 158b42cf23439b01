//! Native tests of the web crate: settings, state, charts, sentences and
//! formatting, without a browser. One binary, one module per theme.

mod charts;
mod config;
mod format;
mod i18n;
mod state;
mod support;
