//! The migration-and-development model of docs/model.md, version 3.
//!
//! Pure Rust, no browser dependency: the widget, the command-line runner and
//! the tests all compute with this crate, so its numbers can be trusted alone.
//!
//! ```
//! use migration_model::{Catalogue, Choices, ParamId, Scenario};
//! let catalogue = Catalogue::embedded();
//! let preset = catalogue.preset("mali-2022").unwrap();
//! let mut choices = Choices::new();
//! choices.set(ParamId::TransferCost, 0.03).unwrap();
//! let scenario = Scenario::new(preset, &preset.hosts[0], &choices);
//! let csv = scenario.run().to_csv();
//! assert!(csv.starts_with("year,gdp_usd,income_per_worker_usd,"));
//! ```

mod history;
pub mod keyed;
mod math;
mod optimum;
mod outputs;
mod params;
mod preset;
mod sensitivity;
mod sim;
mod uncertainty;

pub use history::{HistoryRow, Quantity};
pub use optimum::{Optimum, Position, BAND_FACTORS, GRID_POINTS};
pub use outputs::{csv, first_wage_inversion, IncomeSplit, Outputs, COLUMNS, SURPLUS_MAX_SHARE};
pub use params::{
    Choices, DefaultValue, Group, Kind, ParamError, ParamId, ParamProblem, ParamSpec, Params,
    Status, Unit, PARAM_COUNT, SPECS,
};
pub use preset::{
    Catalogue, Citation, Figure, FigureStatus, Host, HostFigure, HostFigures, OriginFigure,
    OriginFigures, PerLang, Place, Preset, PresetError, PRESETS_JSON,
};
pub use sensitivity::{sort_by_swing, Effect, LeverEffect, Sensitivity, Swing, SWING_TIE};
pub use sim::{Calibration, Run, Scenario, Setting, Stocks, Year};
pub use uncertainty::{
    nearest_rank, sample, triangular, DrawsOutOfRange, Percentiles, SplitMix64, Uncertainty, DRAWS,
    DRAWS_RANGE, PERCENTILES, SEED,
};

/// The version of the model's equations (docs/model.md), printed with runs.
pub const MODEL_VERSION: u32 = 3;

use std::fmt;

/// Everything that can be refused: errors are values, never panics.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelError {
    /// A lever outside its range, NaN or infinite.
    Param(ParamError),
    UnknownPreset(String),
    UnknownHost {
        preset: String,
        host: String,
    },
    UnknownParam(String),
    /// Not of the form `name=value`.
    BadAssignment(String),
    /// The preset file itself is broken (a build defect, caught by tests).
    Presets(PresetError),
}

impl From<ParamError> for ModelError {
    fn from(e: ParamError) -> Self {
        ModelError::Param(e)
    }
}

impl From<PresetError> for ModelError {
    fn from(e: PresetError) -> Self {
        ModelError::Presets(e)
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Param(e) => e.fmt(f),
            ModelError::UnknownPreset(id) => write!(f, "unknown preset {id:?}"),
            ModelError::UnknownHost { preset, host } => {
                write!(f, "unknown host {host:?} for preset {preset:?}")
            }
            ModelError::UnknownParam(name) => write!(f, "unknown parameter {name:?}"),
            ModelError::BadAssignment(text) => {
                write!(f, "{text:?} is not of the form name=value")
            }
            ModelError::Presets(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ModelError {}

/// Parses one `name=value` setting. Reasons come in this order: unknown
/// name, not a number (NaN or infinite included), out of range, not whole.
pub fn parse_assignment(text: &str) -> Result<(ParamId, f64), ModelError> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| ModelError::BadAssignment(text.to_string()))?;
    let (name, value) = (name.trim(), value.trim());
    let id = ParamId::from_name(name).ok_or_else(|| ModelError::UnknownParam(name.to_string()))?;
    Ok((id, parse_value(id, value)?))
}

/// Reads and checks one parameter's value from text.
pub fn parse_value(id: ParamId, text: &str) -> Result<f64, ParamError> {
    // Text that is no number at all is refused as NaN is: "not a number".
    id.spec().check(text.trim().parse().unwrap_or(f64::NAN))
}

impl Catalogue {
    /// Looks up a preset and host by id; `host: None` takes the preset's first host.
    pub fn find(&self, preset: &str, host: Option<&str>) -> Result<(&Preset, &Host), ModelError> {
        let p = self
            .preset(preset)
            .ok_or_else(|| ModelError::UnknownPreset(preset.to_string()))?;
        let h = match host {
            None => p.hosts.first(),
            Some(id) => p.host(id),
        };
        let h = h.ok_or_else(|| ModelError::UnknownHost {
            preset: preset.to_string(),
            host: host.unwrap_or("").to_string(),
        })?;
        Ok((p, h))
    }
}
