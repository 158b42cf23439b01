//! Chart state: series, ranges, labels and an accessible description, computed
//! in plain Rust from model results (tested natively). [`draw`] turns one into
//! pixels on any plotters backend: canvas in the page, SVG in tests and exports.

mod draw;
pub mod tornado;

pub use draw::{draw, layout, Layout, Placed, AXIS_TITLE_SIZE, INK, TEXT_SIZE, TITLE_SIZE};

use crate::content::{ChartId, View};
use crate::format;
use crate::i18n::{fill, ChartText, Lang, Texts};
use crate::results::{Results, Shared};
use migration_model::{Outputs, Percentiles, Uncertainty};
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};

/// Colours that colour-blind readers can tell apart (Okabe–Ito); lines are also
/// told apart by their style, their marks and their legend. Every one is at
/// least 3:1 against the white background (WCAG 1.4.11, tested): Okabe–Ito's
/// blue, vermillion and bluish green as they are, its reddish purple darkened
/// (3.1:1 as published; ×0.85, 4.1:1); its sky blue, orange and yellow are too
/// light for lines on white and are not used.
pub mod palette {
    pub const BLUE: (u8, u8, u8) = (0, 114, 178);
    /// Okabe–Ito's vermillion.
    pub const ORANGE: (u8, u8, u8) = (213, 94, 0);
    pub const GREEN: (u8, u8, u8) = (0, 158, 115);
    pub const GREY: (u8, u8, u8) = (96, 96, 96);
    pub const PURPLE: (u8, u8, u8) = (173, 103, 142);
    /// Every colour above, for the contrast test.
    pub const ALL: [(u8, u8, u8); 5] = [BLUE, ORANGE, GREEN, GREY, PURPLE];
}

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
    pub color: (u8, u8, u8),
    pub line: Line,
    pub mark: Mark,
}

impl Series {
    fn new(label: &str, points: Points, color: (u8, u8, u8), (line, mark): (Line, Mark)) -> Self {
        Series {
            label: label.to_string(),
            points,
            color,
            line,
            mark,
        }
    }
}

type Points = Vec<(f64, f64)>;

/// A vertical line at `x`: the current rate, the optimum.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub label: String,
    pub color: (u8, u8, u8),
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
    pub color: (u8, u8, u8),
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

/// The formats a chart is saved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// Pixels at twice the chart's size on screen.
    Png,
    /// Vector, with its words as text.
    Svg,
}

impl Export {
    pub fn extension(self) -> &'static str {
        match self {
            Export::Png => "png",
            Export::Svg => "svg",
        }
    }
}

/// What a chart is saved as: the preset, host, chart and years it shows, e.g.
/// `migration-explorer_mali-2022_france_income_2022-2052.svg`. Characters
/// other than ASCII letters, digits and `-` become `-`, so that an id can
/// neither make a path nor hide the separators.
pub fn file_name(
    preset: &str,
    host: &str,
    chart: ChartId,
    (first, last): (i32, i32),
    format: Export,
) -> String {
    let clean = |id: &str| -> String {
        id.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect()
    };
    format!(
        "migration-explorer_{}_{}_{}_{first}-{last}.{}",
        clean(preset),
        clean(host),
        chart.key(),
        format.extension()
    )
}

/// A calendar year as written: "2052", no grouping, no decimals.
fn year(value: f64) -> String {
    (value.round() as i64).to_string()
}

/// Every y value a chart draws: its lines' points and its band's edges.
fn y_values(series: &[Series], band: Option<&Band>) -> Vec<f64> {
    let mut values = Vec::new();
    for s in series {
        values.extend(s.points.iter().map(|p| p.1));
    }
    for s in band.map_or(&[][..], |b| &b.spread[..]) {
        values.extend([s.p10, s.p90]);
    }
    values
}

/// A y range that shows every value with a margin, and a visible span even
/// when all values are equal (a flat zero line).
fn y_range_of(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    let span = hi - lo;
    let pad = if span > 1e-12 * hi.abs().max(lo.abs()).max(1e-12) {
        span * 0.08
    } else {
        hi.abs().max(1.0) * 0.05
    };
    (lo - pad, hi + pad)
}

/// Decimals for axis labels and descriptions over a span of values.
pub fn decimals_for(span: f64) -> usize {
    match span.abs() {
        s if s >= 20.0 => 0,
        s if s >= 2.0 => 1,
        s if s >= 0.2 => 2,
        _ => 3,
    }
}

/// At most this many ticks on an axis.
pub const MAX_TICKS: usize = 6;

/// An axis's labelled values: multiples of a round step (1, 2, 2.5 or 5
/// times a power of ten), at most [`MAX_TICKS`], with the decimals the step
/// needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    pub values: Vec<f64>,
    pub decimals: usize,
}

impl Ticks {
    /// The multiples of the smallest round step that puts at most
    /// [`MAX_TICKS`] inside `(lo, hi)`; `whole`: steps of whole units (years).
    pub fn round((lo, hi): (f64, f64), whole: bool) -> Ticks {
        let span = hi - lo;
        if !(span.is_finite() && span > 0.0) {
            return Ticks::zero();
        }
        // Powers of ten as integers, so that 3 × 0.1 is 0.3, not 0.30000000000000004.
        let mut exp = (span / MAX_TICKS as f64).log10().floor() as i32 - 1;
        loop {
            let ten = 10f64.powi(exp.abs());
            for m in [1.0, 2.0, 2.5, 5.0] {
                let at = |i: f64| if exp < 0 { i * m / ten } else { i * m * ten };
                let step = at(1.0);
                if whole && step.fract() != 0.0 {
                    continue;
                }
                let (first, last) = ((lo / step - 1e-9).ceil(), (hi / step + 1e-9).floor());
                if last - first < MAX_TICKS as f64 {
                    return Ticks {
                        values: (first as i64..=last as i64).map(|i| at(i as f64)).collect(),
                        decimals: format::decimals_for_step(step),
                    };
                }
            }
            exp += 1;
        }
    }

    /// One tick at 0: what a line that stays at 0 needs.
    fn zero() -> Ticks {
        Ticks {
            values: vec![0.0],
            decimals: 0,
        }
    }
}

/// Every value drawn at 0 (a flat line at 0 has no scale to read).
fn all_zero(values: &[f64]) -> bool {
    values.iter().all(|v| v.abs() < 1e-9)
}

/// The y axis: its range and its ticks.
/// The y range and its ticks, and whether every value drawn is 0.
fn y_axis(series: &[Series], band: Option<&Band>) -> ((f64, f64), Ticks, bool) {
    let values = y_values(series, band);
    let range = y_range_of(values.iter().copied());
    let zero = all_zero(&values);
    let ticks = if zero {
        Ticks::zero()
    } else {
        Ticks::round(range, false)
    };
    (range, ticks, zero)
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

/// What a time chart plots: points from a run's rows and its baseline's.
type Plot<'a> = &'a dyn Fn(&[Outputs], &[Outputs]) -> Points;

/// One output of each year, in display units.
fn each(value: fn(&Outputs) -> f64) -> impl Fn(&[Outputs], &[Outputs]) -> Points {
    move |rows, _| rows.iter().map(|o| (f64::from(o.year), value(o))).collect()
}

/// An output as a change against the baseline, in %: the baseline is a
/// steady path at base-year prices, so the difference is what the scenario
/// does, while the level would read as a forecast. The baseline against
/// itself is 0; A against its own baseline (its assumptions may differ).
fn effect(value: fn(&Outputs) -> f64) -> impl Fn(&[Outputs], &[Outputs]) -> Points {
    move |rows, base| {
        rows.iter()
            .zip(base)
            .map(|(s, b)| (f64::from(s.year), 100.0 * (value(s) / value(b) - 1.0)))
            .collect()
    }
}

/// The scenario B (solid, circles), its baseline (dashed) and, when one is
/// pinned, A (dotted, triangles).
fn three(
    texts: &Texts,
    color: (u8, u8, u8),
    [b, base]: [Points; 2],
    a: Option<Points>,
) -> Vec<Series> {
    let mut series = vec![
        Series::new(texts.scenario, b, color, SCENARIO),
        Series::new(texts.baseline, base, palette::GREY, BASELINE),
    ];
    series.extend(a.map(|a| Series::new(texts.compare.pinned, a, palette::PURPLE, PINNED)));
    series
}

/// A time chart's lines, A's over B's years.
fn lines(
    texts: &Texts,
    color: (u8, u8, u8),
    results: &Results,
    pinned: Option<&Results>,
    plot: Plot,
) -> Vec<Series> {
    let (run, base) = (&results.run[..], &results.baseline[..]);
    let last = f64::from(run.last().map_or(0, |o| o.year));
    let a = pinned.map(|p| {
        let mut points = plot(&p.run, &p.baseline);
        points.retain(|pt| pt.0 <= last);
        points
    });
    three(texts, color, [plot(run, base), plot(base, base)], a)
}

/// A chart over the years from its series and band, with `words`' title;
/// the description reads the last year.
fn over_years(
    id: ChartId,
    texts: &Texts,
    words: &ChartText,
    (y_label, note): (&str, String),
    series: Vec<Series>,
    band: Option<Band>,
) -> LineChart {
    let years = series
        .first()
        .map(|s| {
            (
                s.points.first().map_or(0.0, |p| p.0),
                s.points.last().map_or(1.0, |p| p.0),
            )
        })
        .unwrap_or((0.0, 1.0));
    let (y_range, y_ticks, at_zero) = y_axis(&series, band.as_ref());
    // Lines that stay at 0 say so in words: the axis has no scale to read.
    let note = match (at_zero, words.at_zero, note.is_empty()) {
        (false, ..) | (true, "", _) => note,
        (true, at_zero, true) => at_zero.to_string(),
        (true, at_zero, false) => format!("{at_zero} {note}"),
    };
    let mut chart = LineChart {
        id,
        lang: texts.lang,
        title: words.title.to_string(),
        x_label: texts.year.to_string(),
        y_label: y_label.to_string(),
        note,
        x_scale: Scale::Year,
        x_range: years,
        y_range,
        x_ticks: Ticks::round(years, true),
        y_ticks,
        series,
        markers: Vec::new(),
        band,
        description: String::new(),
    };
    // A line that ends before the last year (A's shorter horizon) says when.
    let mut last: Vec<String> = chart
        .series
        .iter()
        .filter_map(|s| {
            s.points.last().map(|p| {
                if p.0 < years.1 {
                    format!("{} ({}) {}", s.label, year(p.0), chart.y_text(p.1))
                } else {
                    format!("{} {}", s.label, chart.y_text(p.1))
                }
            })
        })
        .collect();
    let spread = chart
        .band
        .as_ref()
        .and_then(|b| Some((b, b.spread.last()?)));
    if let Some((band, at)) = spread {
        last.push(fill(
            texts.uncertainty.described,
            &[
                ("label", &band.label),
                ("low", &chart.y_text(at.p10)),
                ("high", &chart.y_text(at.p90)),
            ],
        ));
    }
    chart.description = format!(
        "{} ({}), {}: {}.",
        chart.title,
        chart.y_label,
        year(years.1),
        last.join("; ")
    );
    chart
}

/// A chart over the years with the words of the catalog.
fn standard(id: ChartId, texts: &Texts, series: Vec<Series>) -> LineChart {
    let words = texts.chart(id);
    let axis = (words.y_axis, words.note.to_string());
    over_years(id, texts, words, axis, series, None)
}

/// While the uncertainty switch is on, an origin chart as the effect against
/// the baseline: the scenario's own run (the central line), A's effect when
/// one is pinned, and the scenario's band from `draws` (fractions, shown in
/// %). The baseline is the axis's 0: its line would only crowd the legend.
fn with_band(
    id: ChartId,
    words: &ChartText,
    texts: &Texts,
    series: Vec<Series>,
    (years, draws): (&[i32], &Percentiles),
) -> LineChart {
    let spread: Vec<Spread> = years
        .iter()
        .zip(&draws.p10)
        .zip(&draws.p50)
        .zip(&draws.p90)
        .map(|(((year, p10), p50), p90)| Spread {
            x: f64::from(*year),
            p10: 100.0 * p10,
            p50: 100.0 * p50,
            p90: 100.0 * p90,
        })
        .collect();
    let band = Band {
        from: spread.first().map_or(0.0, |s| s.x),
        to: spread.last().map_or(0.0, |s| s.x),
        label: texts.uncertainty.band.to_string(),
        color: palette::BLUE,
        spread,
    };
    let axis = (words.y_axis, words.note.to_string());
    over_years(id, texts, words, axis, series, Some(band))
}

/// Every chart, in `ChartId::LINES` order; with the pinned scenario A's
/// results when one is pinned, a third line on each; with the uncertainty
/// bands while the switch is on, income and remittances as effects with
/// their band.
pub fn build_all(
    results: &Results,
    pinned: Option<&Results>,
    bands: Option<&Uncertainty>,
    texts: &Texts,
) -> Vec<LineChart> {
    let time = |id: ChartId, plot: Plot| {
        let color = match id.view() {
            View::Host => palette::GREEN,
            _ => palette::BLUE,
        };
        standard(id, texts, lines(texts, color, results, pinned, plot))
    };
    let banded = |id, plot: Plot, words, draws: fn(&Uncertainty) -> &Percentiles| {
        bands.map(|b| {
            let mut series = lines(texts, palette::BLUE, results, pinned, plot);
            series.retain(|s| (s.line, s.mark) != BASELINE);
            with_band(id, words, texts, series, (&b.years, draws(b)))
        })
    };
    let income = effect(|o| o.income_per_worker_usd);
    let remittances = effect(|o| o.remittances_usd);
    let words = &texts.uncertainty;
    vec![
        banded(ChartId::Income, &income, &words.income, |b| {
            &b.income_effect
        })
        .unwrap_or_else(|| time(ChartId::Income, &income)),
        time(ChartId::Skills, &each(|o| 100.0 * o.skilled_share)),
        time(
            ChartId::SkilledEmigration,
            &each(|o| 100.0 * o.skilled_emigration_rate),
        ),
        banded(
            ChartId::Remittances,
            &remittances,
            &words.remittances,
            |b| &b.remittances_effect,
        )
        .unwrap_or_else(|| {
            time(
                ChartId::Remittances,
                &each(|o| 100.0 * o.remittances_to_gdp),
            )
        }),
        time(
            ChartId::TransferCosts,
            &each(|o| 100.0 * o.transfer_costs_to_gdp),
        ),
        time(ChartId::Capital, &each(|o| o.capital_to_gdp)),
        time(
            ChartId::HostImmigrants,
            &each(|o| 100.0 * o.host_immigrant_share),
        ),
        surplus_chart(texts, results, pinned),
        time(ChartId::HostWages, &each(|o| o.host_native_wage_change_pct)),
        time(ChartId::HostFiscal, &each(|o| o.host_fiscal_pct_gdp)),
        optimum_chart(results, pinned, texts),
    ]
}

/// The surplus level where the formula holds; its change since the first year
/// where immigrants are too many for it (Gulf hosts). The model says which.
fn surplus_chart(texts: &Texts, results: &Results, pinned: Option<&Results>) -> LineChart {
    let setting = &results.scenario.setting;
    let id = ChartId::HostSurplus;
    let green = palette::GREEN;
    if setting.surplus_level_holds() {
        let plot = each(|o| o.host_surplus_pct_gdp);
        return standard(id, texts, lines(texts, green, results, pinned, &plot));
    }
    // Each line as its change since its own first year.
    let change = |rows: &[Outputs], _: &[Outputs]| -> Points {
        let first = rows.first().map_or(0.0, |o| o.host_surplus_pct_gdp);
        rows.iter()
            .map(|o| (f64::from(o.year), o.host_surplus_pct_gdp - first))
            .collect()
    };
    let year = results.run.first().map_or(0, |o| o.year).to_string();
    let note = fill(
        texts.surplus_outside_range,
        &[
            (
                "share",
                &format::percent(texts.lang, setting.host_immigrant_share, 0),
            ),
            ("year", &year),
        ],
    );
    let series = lines(texts, green, results, pinned, &change);
    let axis = (texts.surplus_change_axis, note);
    over_years(id, texts, texts.chart(id), axis, series, None)
}

/// W(e_s) against the skilled emigration rate in % a year, with the current
/// rate, the optimum and its band; A's curve when one is pinned.
fn optimum_chart(results: &Results, pinned: Option<&Results>, texts: &Texts) -> LineChart {
    let words = texts.chart(ChartId::Optimum);
    let opt = &results.optimum;
    let percent_points =
        |o: &migration_model::Optimum| o.curve.iter().map(|p| (100.0 * p[0], p[1])).collect();
    let series = three(
        texts,
        palette::BLUE,
        [
            percent_points(opt),
            percent_points(&results.baseline_optimum),
        ],
        pinned.map(|p| percent_points(&p.optimum)),
    );
    let current = 100.0 * results.scenario.params[migration_model::ParamId::EmigRateSkilled];
    let x_range = (
        0.0,
        100.0 * migration_model::ParamId::EmigRateSkilled.spec().max,
    );
    let (y_range, y_ticks, _) = y_axis(&series, None);
    let mut chart = LineChart {
        id: ChartId::Optimum,
        lang: texts.lang,
        title: words.title.to_string(),
        x_label: texts.optimum.x_axis.to_string(),
        y_label: words.y_axis.to_string(),
        note: texts.optimum.explanation.to_string(),
        x_scale: Scale::Number,
        x_range,
        y_range,
        x_ticks: Ticks::round(x_range, false),
        y_ticks,
        series,
        markers: vec![
            Marker {
                x: 100.0 * opt.emig_rate_skilled,
                label: texts.optimum.optimum.to_string(),
                color: palette::GREEN,
                line: Line::Solid,
            },
            Marker {
                x: current,
                label: texts.optimum.current.to_string(),
                color: palette::ORANGE,
                line: Line::Dashed,
            },
        ],
        band: Some(Band {
            from: 100.0 * opt.band[0],
            to: 100.0 * opt.band[1],
            label: texts.optimum.band.to_string(),
            color: palette::GREEN,
            spread: Vec::new(),
        }),
        description: String::new(),
    };
    chart.description = format!(
        "{}: {} {} %, {} {} %, {} {}–{} %.",
        chart.title,
        texts.optimum.optimum,
        chart.x_text(100.0 * opt.emig_rate_skilled),
        texts.optimum.current,
        chart.x_text(current),
        texts.optimum.band,
        chart.x_text(100.0 * opt.band[0]),
        chart.x_text(100.0 * opt.band[1]),
    );
    if let Some(p) = pinned {
        let optimum = chart.x_text(100.0 * p.optimum.emig_rate_skilled);
        chart.description += &format!(
            " {}: {} {optimum} %.",
            texts.compare.pinned, texts.optimum.optimum
        );
    }
    chart
}

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
/// as its axes write them. Every series starts at the scenario's first x, on
/// the same steps (A's may stop earlier), so a row is each series' point of
/// the same index.
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
            let cell = |s: &Series| s.points.get(i).map_or(String::new(), |p| chart.y_text(p.1));
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

/// A chart of either kind, as the chart component shows it: a line chart
/// or a tornado, each drawn by its own generic function.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    Line(Shared<LineChart>),
    Tornado(Shared<tornado::Tornado>),
}

impl Figure {
    pub fn id(&self) -> ChartId {
        match self {
            Figure::Line(c) => c.id,
            Figure::Tornado(t) => t.id,
        }
    }

    pub fn lang(&self) -> Lang {
        match self {
            Figure::Line(c) => c.lang,
            Figure::Tornado(t) => t.lang,
        }
    }

    /// Its title, its description for screen readers and its note.
    pub fn words(&self) -> [&str; 3] {
        match self {
            Figure::Line(c) => [&c.title, &c.description, &c.note],
            Figure::Tornado(t) => [&t.title, &t.description, &t.note],
        }
    }

    /// Its numbers, for "Show the numbers".
    pub fn table(&self) -> Table {
        match self {
            Figure::Line(c) => table(c),
            Figure::Tornado(t) => tornado::table(t),
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
            Figure::Line(_) => Ok(None),
            Figure::Tornado(t) => Ok(Some(tornado::layout(root, t, scale)?.height)),
        }
    }

    /// Draws it over `root`.
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<(), draw::Error<DB>> {
        match self {
            Figure::Line(c) => draw(root, c, scale),
            Figure::Tornado(t) => tornado::draw(root, t, scale),
        }
    }
}
