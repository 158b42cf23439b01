//! Tests of the model crate against docs/model.md. One binary, one module per theme.

mod cli;
mod docs;
mod drivers;
mod invariants;
mod optimum;
mod presets;
mod properties;
mod support;
mod worked;
