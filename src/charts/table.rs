//! A chart's numbers as a table, for "Show the numbers".

use super::{LineChart, Scale, Series};
use crate::i18n::fill;

/// A chart's numbers as a table, for its "Show the numbers" disclosure: the
/// data the chart draws, one row per x value, with the units in the headers.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The x axis's label, then each series' label with the y axis's unit.
    pub columns: Vec<String>,
    /// The x value (the row's header), then each series' value at it, or
    /// nothing where a series stops earlier.
    pub rows: Vec<Vec<String>>,
}

/// Where a curve over a rate (the optimum's) is listed: every half point.
pub const TABLE_STEP: f64 = 0.5;

/// The table of `chart`: year by year for a chart over time (each series,
/// the pinned scenario's too, then the uncertainty draws' 10th, 50th and 90th
/// percentiles), every [`TABLE_STEP`] of x for the optimum's curve; numbers
/// as its axes write them. A row is each series' point at the row's x
/// (A's may stop earlier; the near-optimum range covers part of the curve).
pub fn table(chart: &LineChart) -> Table {
    let texts = chart.lang.texts();
    let column = |label: &str| {
        fill(
            texts.access.column,
            &[("series", label), ("unit", &chart.y_label)],
        )
    };
    let mut columns = vec![chart.x_label.clone()];
    columns.extend(chart.series.iter().map(|s| column(&s.label)));
    let spread = chart.band.as_ref().map_or(&[][..], |b| &b.spread[..]);
    if !spread.is_empty() {
        columns.extend(texts.uncertainty.percentiles.map(column));
    }
    let first = chart.series.first().map_or(&[][..], |s| &s.points[..]);
    let rows = first
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            let steps = p.0 / TABLE_STEP;
            chart.x_scale == Scale::Year || (steps - steps.round()).abs() < 1e-6
        })
        .map(|(i, p)| {
            // By index on a series of the scenario's x values; by x on one that
            // covers part of them (the near-optimum range).
            let cell = |s: &Series| {
                let same = s.points.get(i).filter(|q| q.0 == p.0);
                same.or_else(|| s.points.iter().find(|q| q.0 == p.0))
                    .map_or(String::new(), |q| chart.y_text(q.1))
            };
            let mut row = vec![chart.x_text(p.0)];
            row.extend(chart.series.iter().map(cell));
            let draws = spread.iter().find(|s| s.x == p.0);
            row.extend(
                draws
                    .iter()
                    .flat_map(|s| [s.p10, s.p50, s.p90].map(|v| chart.y_text(v))),
            );
            row
        })
        .collect();
    Table { columns, rows }
}
