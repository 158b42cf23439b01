//! Chart state: series, ranges, labels and an accessible description, computed
//! in plain Rust from model results (tested natively). [`draw`] turns one into
//! pixels on any plotters backend: canvas in the page, SVG in tests and exports.

mod draw;

pub use draw::draw;

use crate::content::{ChartId, View};
use crate::format;
use crate::i18n::{fill, Lang, Texts};
use crate::results::Results;
use migration_model::Outputs;

/// Colours that colour-blind readers can tell apart (Okabe–Ito); lines are also
/// told apart by their style, their marks and their legend.
pub mod palette {
    pub const BLUE: (u8, u8, u8) = (0, 114, 178);
    pub const ORANGE: (u8, u8, u8) = (213, 94, 0);
    pub const GREEN: (u8, u8, u8) = (0, 158, 115);
    pub const GREY: (u8, u8, u8) = (96, 96, 96);
    pub const PURPLE: (u8, u8, u8) = (204, 121, 167);
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

/// A shaded span of x values: the optimum's band.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub from: f64,
    pub to: f64,
    pub label: String,
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

/// A y range that shows every point with a margin, and a visible span even
/// when all points are equal (a flat zero line).
fn y_range_of(series: &[Series]) -> (f64, f64) {
    let values = series.iter().flat_map(|s| s.points.iter().map(|p| p.1));
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

impl LineChart {
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
            Scale::Year => format!("{value:.0}"),
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

/// Income per worker as a change against the baseline, in %: the baseline is a
/// steady path at base-year prices, so the difference is what the scenario
/// does, while the level would read as a forecast. The baseline against
/// itself is 0; A against its own baseline (its assumptions may differ).
fn against_baseline(rows: &[Outputs], base: &[Outputs]) -> Points {
    rows.iter()
        .zip(base)
        .map(|(s, b)| {
            (
                f64::from(s.year),
                100.0 * (s.income_per_worker_usd / b.income_per_worker_usd - 1.0),
            )
        })
        .collect()
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

/// A chart over the years from its series; the description reads the last year.
fn over_years(
    id: ChartId,
    texts: &Texts,
    y_label: &str,
    note: String,
    series: Vec<Series>,
) -> LineChart {
    let words = texts.chart(id);
    let years = series
        .first()
        .map(|s| {
            (
                s.points.first().map_or(0.0, |p| p.0),
                s.points.last().map_or(1.0, |p| p.0),
            )
        })
        .unwrap_or((0.0, 1.0));
    let mut chart = LineChart {
        id,
        lang: texts.lang,
        title: words.title.to_string(),
        x_label: texts.year.to_string(),
        y_label: y_label.to_string(),
        note,
        x_scale: Scale::Year,
        x_range: years,
        y_range: y_range_of(&series),
        series,
        markers: Vec::new(),
        band: None,
        description: String::new(),
    };
    // A line that ends before the last year (A's shorter horizon) says when.
    let last: Vec<String> = chart
        .series
        .iter()
        .filter_map(|s| {
            s.points.last().map(|p| {
                if p.0 < years.1 {
                    format!("{} ({:.0}) {}", s.label, p.0, chart.y_text(p.1))
                } else {
                    format!("{} {}", s.label, chart.y_text(p.1))
                }
            })
        })
        .collect();
    chart.description = format!(
        "{} ({}), {:.0}: {}.",
        chart.title,
        chart.y_label,
        years.1,
        last.join("; ")
    );
    chart
}

/// A chart over the years with the words of the catalog.
fn standard(id: ChartId, texts: &Texts, series: Vec<Series>) -> LineChart {
    let words = texts.chart(id);
    over_years(id, texts, words.y_axis, words.note.to_string(), series)
}

/// Every chart, in `ChartId::ALL` order; with the pinned scenario A's
/// results when one is pinned, a third line on each.
pub fn build_all(results: &Results, pinned: Option<&Results>, texts: &Texts) -> Vec<LineChart> {
    let time = |id: ChartId, plot: Plot| {
        let color = match id.view() {
            View::Host => palette::GREEN,
            _ => palette::BLUE,
        };
        standard(id, texts, lines(texts, color, results, pinned, plot))
    };
    vec![
        time(ChartId::Income, &against_baseline),
        time(ChartId::Skills, &each(|o| 100.0 * o.skilled_share)),
        time(
            ChartId::SkilledEmigration,
            &each(|o| 100.0 * o.skilled_emigration_rate),
        ),
        time(
            ChartId::Remittances,
            &each(|o| 100.0 * o.remittances_to_gdp),
        ),
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
    over_years(id, texts, texts.surplus_change_axis, note, series)
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
    let mut chart = LineChart {
        id: ChartId::Optimum,
        lang: texts.lang,
        title: words.title.to_string(),
        x_label: texts.optimum.x_axis.to_string(),
        y_label: words.y_axis.to_string(),
        note: texts.optimum.explanation.to_string(),
        x_scale: Scale::Number,
        x_range: (
            0.0,
            100.0 * migration_model::ParamId::EmigRateSkilled.spec().max,
        ),
        y_range: y_range_of(&series),
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
