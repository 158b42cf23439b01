//! A chart of either kind, line chart or tornado, as the chart component
//! takes it.

use super::{draw, table, tornado, LineChart, Table};
use crate::content::ChartId;
use crate::i18n::Lang;
use crate::results::Shared;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};

/// A chart of either kind, as the chart component shows it: a line chart
/// or a tornado, each drawn by its own generic function.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyChart {
    Line(Shared<LineChart>),
    Tornado(Shared<tornado::Tornado>),
}

impl AnyChart {
    pub fn id(&self) -> ChartId {
        match self {
            AnyChart::Line(c) => c.id,
            AnyChart::Tornado(t) => t.id,
        }
    }

    pub fn lang(&self) -> Lang {
        match self {
            AnyChart::Line(c) => c.lang,
            AnyChart::Tornado(t) => t.lang,
        }
    }

    /// Its title, its description for screen readers and its note.
    pub fn words(&self) -> [&str; 3] {
        match self {
            AnyChart::Line(c) => [&c.title, &c.description, &c.note],
            AnyChart::Tornado(t) => [&t.title, &t.description, &t.note],
        }
    }

    /// Its numbers, for "Show the numbers".
    pub fn table(&self) -> Table {
        match self {
            AnyChart::Line(c) => table(c),
            AnyChart::Tornado(t) => tornado::table(t),
        }
    }

    /// The height it needs on `root`'s width, in `root`'s pixels: a
    /// tornado's follows its bars; a line chart takes the height it is given.
    pub fn height<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<Option<i32>, draw::Error<DB>> {
        match self {
            AnyChart::Line(_) => Ok(None),
            AnyChart::Tornado(t) => Ok(Some(tornado::layout(root, t, scale)?.height)),
        }
    }

    /// Draws it over `root`.
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<(), draw::Error<DB>> {
        match self {
            AnyChart::Line(c) => draw(root, c, scale),
            AnyChart::Tornado(t) => tornado::draw(root, t, scale),
        }
    }
}
