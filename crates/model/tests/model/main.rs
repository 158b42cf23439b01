//! Tests of the model crate against docs/model.md. One binary, one module per theme.

mod cli;
mod docs;
mod invariants;
mod optimum;
mod presets;
mod properties;
mod quoted;
mod sensitivity;
mod support;
mod worked;
