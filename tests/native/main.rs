//! Native tests of the web crate: settings, state, charts, sentences and
//! formatting, without a browser. One binary, one module per theme.

mod brief;
mod charts;
mod compare;
mod config;
mod format;
mod i18n;
mod lessons;
mod orientation;
mod present;
mod sensitivity_job;
mod state;
mod support;
mod uncertainty;
mod who_gains;
