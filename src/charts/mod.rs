//! Chart state: series, ranges, labels and an accessible description, computed
//! in plain Rust from model results (tested natively). [`draw`] turns one into
//! pixels on any plotters backend: canvas in the page, SVG in tests and exports.
//!
//! By job: `line` (a line chart's types), `build` (line charts from results),
//! `axes` (ranges and round ticks), `table` (a chart's numbers), `export`
//! (saved files' formats and names), `any_chart` (a chart of either kind),
//! `draw` and `tornado`.

mod any_chart;
mod axes;
mod build;
mod draw;
mod export;
mod line;
pub mod palette;
mod table;
pub mod tornado;

pub use any_chart::AnyChart;
pub use axes::{decimals_for, Ticks, MAX_TICKS};
pub use build::build_all;
pub use draw::{draw, layout, Layout, Placed, AXIS_TITLE_SIZE, INK, TEXT_SIZE, TITLE_SIZE};
pub use export::{file_name, Export};
pub use line::{
    Band, Line, LineChart, Mark, Marker, Scale, Series, Spread, BASELINE, PINNED, SCENARIO,
};
pub use table::{table, Table, TABLE_STEP};
