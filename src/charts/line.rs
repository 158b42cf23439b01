//! A line chart as data: its series, marks, bands, axes and words, which
//! [`build_all`](super::build_all) computes and [`draw`](super::draw) paints.

use super::axes::year;
use super::{decimals_for, Ticks};
use crate::content::ChartId;
use crate::format;
use crate::i18n::Lang;

/// How axis values read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// Calendar years on the x axis.
    Year,
    /// Plain numbers with as many decimals as the range needs.
    Number,
}

/// How a line is stroked: with its marks, what tells lines apart without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Line {
    Solid,
    Dashed,
    Dotted,
}

/// The shape drawn on a line every few points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    None,
    Circle,
    Triangle,
    /// The marks of a chart's further quantities (who gains, wages, the
    /// near-optimum range): each its own shape, so no two read alike.
    Square,
    Diamond,
    TriangleDown,
}

/// The scenario B: solid, with circles.
pub const SCENARIO: (Line, Mark) = (Line::Solid, Mark::Circle);
/// B's baseline: dashed, unmarked.
pub const BASELINE: (Line, Mark) = (Line::Dashed, Mark::None);
/// The pinned scenario A: dotted, with triangles.
pub const PINNED: (Line, Mark) = (Line::Dotted, Mark::Triangle);

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<(f64, f64)>,
    pub colour: (u8, u8, u8),
    pub line: Line,
    pub mark: Mark,
}

impl Series {
    pub(super) fn new(
        label: &str,
        points: Points,
        colour: (u8, u8, u8),
        (line, mark): (Line, Mark),
    ) -> Self {
        Series {
            label: label.to_string(),
            points,
            colour,
            line,
            mark,
        }
    }
}

/// A line's points, `(x, y)`.
pub(super) type Points = Vec<(f64, f64)>;

/// A vertical line at `x`: the current rate, the optimum.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub label: String,
    pub colour: (u8, u8, u8),
    pub line: Line,
}

/// A shaded area from `from` to `to` on the x axis: over the whole height
/// (the optimum's band), or between the draws' 10th and 90th percentiles at
/// each x (the uncertainty band), whose edges are drawn too, so that it reads
/// without its colour.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub from: f64,
    pub to: f64,
    pub label: String,
    pub colour: (u8, u8, u8),
    /// The draws at each x; empty for a band over the whole height.
    pub spread: Vec<Spread>,
}

/// The uncertainty draws at one x: their 10th, 50th and 90th percentiles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub x: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// Everything needed to draw one chart.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    pub id: ChartId,
    pub lang: Lang,
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    /// A caveat shown under the chart, may be empty.
    pub note: String,
    pub x_scale: Scale,
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    /// The values the axes label, inside their ranges.
    pub x_ticks: Ticks,
    pub y_ticks: Ticks,
    pub series: Vec<Series>,
    pub markers: Vec<Marker>,
    pub band: Option<Band>,
    /// What a screen reader says for the picture.
    pub description: String,
}

impl LineChart {
    /// A tick of the x axis, as labelled.
    pub fn x_tick(&self, value: f64) -> String {
        match self.x_scale {
            Scale::Year => year(value),
            Scale::Number => format::number(self.lang, value, self.x_ticks.decimals),
        }
    }

    /// A tick of the y axis, as labelled.
    pub fn y_tick(&self, value: f64) -> String {
        format::number(self.lang, value, self.y_ticks.decimals)
    }

    /// One value as the y axis shows it.
    pub fn y_text(&self, value: f64) -> String {
        format::number(
            self.lang,
            value,
            decimals_for(self.y_range.1 - self.y_range.0),
        )
    }

    /// One value as the x axis shows it.
    pub fn x_text(&self, value: f64) -> String {
        match self.x_scale {
            Scale::Year => year(value),
            Scale::Number => format::number(
                self.lang,
                value,
                decimals_for(self.x_range.1 - self.x_range.0),
            ),
        }
    }
}
