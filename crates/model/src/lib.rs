//! The migration-and-development model of MODEL.md, version 1.
//!
//! Pure Rust, no browser dependency: the widget, the command-line runner and
//! the tests all compute with this crate, so its numbers can be trusted alone.
//!
//! ```
//! use migration_model::{Catalog, ParamId, Scenario};
//! let catalog = Catalog::embedded().unwrap();
//! let preset = catalog.preset("mali-2022").unwrap();
//! let mut params = preset.defaults();
//! params.set(ParamId::TransferCost, 0.03).unwrap();
//! let scenario = Scenario::new(preset, &preset.hosts[0], params).unwrap();
//! let csv = scenario.run().to_csv();
//! assert!(csv.starts_with("year,gdp_usd,"));
//! ```

mod math;
mod optimum;
mod outputs;
mod params;
mod preset;
mod sim;

pub use optimum::{Optimum, Position, BAND_FACTORS, GRID_POINTS};
pub use outputs::{Outputs, COLUMNS};
pub use params::{
    DefaultValue, Group, ParamError, ParamId, ParamSpec, Params, Problem, Status, Unit,
    PARAM_COUNT, SPECS,
};
pub use preset::{
    Catalog, Figure, FigureStatus, Host, HostFigures, OriginFigures, Preset, PresetError,
    PRESETS_JSON,
};
pub use sim::{Calibration, Run, Scenario, Setting, State, Year};

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
    /// Text where a number belongs.
    NotANumber {
        id: ParamId,
        text: String,
    },
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
            ModelError::NotANumber { id, text } => {
                let spec = id.spec();
                write!(
                    f,
                    "{id} = {text:?} is not a number; allowed range {}–{}",
                    spec.min, spec.max
                )
            }
            ModelError::BadAssignment(text) => {
                write!(f, "{text:?} is not of the form name=value")
            }
            ModelError::Presets(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ModelError {}

/// Parses one `name=value` lever setting and checks the value's range.
pub fn parse_assignment(text: &str) -> Result<(ParamId, f64), ModelError> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| ModelError::BadAssignment(text.to_string()))?;
    let (name, value) = (name.trim(), value.trim());
    let id = ParamId::from_name(name).ok_or_else(|| ModelError::UnknownParam(name.to_string()))?;
    let number = parse_number(value).ok_or_else(|| ModelError::NotANumber {
        id,
        text: value.to_string(),
    })?;
    Ok((id, id.spec().check(number)?))
}

/// A decimal number as Rust reads it ("NaN" and "inf" included, so that the
/// range check reports them as such).
pub fn parse_number(text: &str) -> Option<f64> {
    text.parse().ok()
}

impl Catalog {
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
