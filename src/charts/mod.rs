//! Chart state: series, ranges, labels and an accessible description, computed
//! in plain Rust from model results (tested natively). [`draw`] turns one into
//! pixels on any plotters backend: canvas in the page, SVG in tests and exports.

mod draw;

pub use draw::draw;

use crate::content::ChartId;
use crate::format;
use crate::i18n::{fill, Lang, Texts};
use crate::results::Results;
use migration_model::{Outputs, Setting};

/// Colours that colour-blind readers can tell apart (Okabe–Ito); lines are also
/// told apart by dashes and by their legend.
pub mod palette {
    pub const BLUE: (u8, u8, u8) = (0, 114, 178);
    pub const ORANGE: (u8, u8, u8) = (213, 94, 0);
    pub const GREEN: (u8, u8, u8) = (0, 158, 115);
    pub const GREY: (u8, u8, u8) = (96, 96, 96);
    pub const SKY: (u8, u8, u8) = (86, 180, 233);
}

/// How axis values read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// Calendar years on the x axis.
    Year,
    /// Plain numbers with as many decimals as the range needs.
    Number,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<(f64, f64)>,
    pub color: (u8, u8, u8),
    /// Baselines are dashed.
    pub dashed: bool,
}

/// A vertical line at `x`: the current rate, the optimum.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub label: String,
    pub color: (u8, u8, u8),
    pub dashed: bool,
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

/// Legend entries of a scenario and its baseline, for one named quantity or
/// for the chart's only one.
fn legend(texts: &Texts, name: Option<&str>) -> [String; 2] {
    match name {
        Some(n) => [
            fill(texts.scenario_of, &[("name", n)]),
            fill(texts.baseline_of, &[("name", n)]),
        ],
        None => [texts.scenario.to_string(), texts.baseline.to_string()],
    }
}

/// Scenario (solid) and baseline (dashed) of one output, in display units.
fn pair(
    texts: &Texts,
    name: Option<&str>,
    color: (u8, u8, u8),
    run: &[Outputs],
    base: &[Outputs],
    value: impl Fn(&Outputs) -> f64,
) -> [Series; 2] {
    let [scenario, baseline] = legend(texts, name);
    let points = |rows: &[Outputs]| rows.iter().map(|o| (f64::from(o.year), value(o))).collect();
    [
        Series {
            label: scenario,
            points: points(run),
            color,
            dashed: false,
        },
        Series {
            label: baseline,
            points: points(base),
            color: palette::GREY,
            dashed: true,
        },
    ]
}

/// Income per worker as a change against the baseline, in %: the baseline is a
/// steady path at base-year prices, so the difference is what the scenario
/// does, while the level would read as a forecast.
fn against_baseline(texts: &Texts, run: &[Outputs], base: &[Outputs]) -> Vec<Series> {
    let [mut scenario, mut baseline] = pair(texts, None, palette::BLUE, run, base, |o| {
        o.income_per_worker_usd
    });
    for (s, b) in scenario.points.iter_mut().zip(&baseline.points) {
        s.1 = 100.0 * (s.1 / b.1 - 1.0);
    }
    baseline.points.iter_mut().for_each(|p| p.1 = 0.0);
    vec![scenario, baseline]
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
    let last: Vec<String> = chart
        .series
        .iter()
        .filter_map(|s| {
            s.points
                .last()
                .map(|p| format!("{} {}", s.label, chart.y_text(p.1)))
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

/// Two outputs on one chart, each against its baseline; the second baseline
/// is a lighter grey so that the two dashed lines differ.
fn two(
    texts: &Texts,
    run: &[Outputs],
    base: &[Outputs],
    first: (&str, fn(&Outputs) -> f64),
    second: (&str, fn(&Outputs) -> f64),
) -> Vec<Series> {
    let mut series: Vec<Series> =
        pair(texts, Some(first.0), palette::BLUE, run, base, first.1).into();
    let [scenario, mut baseline] =
        pair(texts, Some(second.0), palette::ORANGE, run, base, second.1);
    baseline.color = palette::SKY;
    series.extend([scenario, baseline]);
    series
}

/// Every chart, in `ChartId::ALL` order; with the pinned scenario A's
/// results when one is pinned.
pub fn build_all(results: &Results, pinned: Option<&Results>, texts: &Texts) -> Vec<LineChart> {
    let _ = pinned;
    let (run, base) = (&results.run[..], &results.baseline[..]);
    let one = |color, value: fn(&Outputs) -> f64| -> Vec<Series> {
        pair(texts, None, color, run, base, value).into()
    };
    vec![
        standard(ChartId::Income, texts, against_baseline(texts, run, base)),
        standard(
            ChartId::Skills,
            texts,
            two(
                texts,
                run,
                base,
                (texts.skilled_share, |o| 100.0 * o.skilled_share),
                (texts.skilled_emigration_rate, |o| {
                    100.0 * o.skilled_emigration_rate
                }),
            ),
        ),
        standard(
            ChartId::Remittances,
            texts,
            two(
                texts,
                run,
                base,
                (texts.remittances, |o| 100.0 * o.remittances_to_gdp),
                (texts.transfer_costs, |o| 100.0 * o.transfer_costs_to_gdp),
            ),
        ),
        standard(
            ChartId::Capital,
            texts,
            one(palette::BLUE, |o| o.capital_to_gdp),
        ),
        standard(
            ChartId::HostImmigrants,
            texts,
            one(palette::GREEN, |o| 100.0 * o.host_immigrant_share),
        ),
        surplus_chart(texts, &results.scenario.setting, run, base),
        standard(
            ChartId::HostWages,
            texts,
            one(palette::GREEN, |o| o.host_native_wage_change_pct),
        ),
        standard(
            ChartId::HostFiscal,
            texts,
            one(palette::GREEN, |o| o.host_fiscal_pct_gdp),
        ),
        optimum_chart(results, texts),
    ]
}

/// The surplus level where the formula holds; its change since the first year
/// where immigrants are too many for it (Gulf hosts). The model says which.
fn surplus_chart(texts: &Texts, setting: &Setting, run: &[Outputs], base: &[Outputs]) -> LineChart {
    let share = setting.host_immigrant_share;
    if setting.surplus_level_holds() {
        let series = pair(texts, None, palette::GREEN, run, base, |o| {
            o.host_surplus_pct_gdp
        });
        return standard(ChartId::HostSurplus, texts, series.into());
    }
    // Each line as its change since its own first year.
    let mut series: Vec<Series> = pair(texts, None, palette::GREEN, run, base, |o| {
        o.host_surplus_pct_gdp
    })
    .into();
    for s in &mut series {
        let first = s.points.first().map_or(0.0, |p| p.1);
        s.points.iter_mut().for_each(|p| p.1 -= first);
    }
    let year = run.first().map_or(0, |o| o.year).to_string();
    let note = fill(
        texts.surplus_outside_range,
        &[
            ("share", &format::percent(texts.lang, share, 0)),
            ("year", &year),
        ],
    );
    over_years(
        ChartId::HostSurplus,
        texts,
        texts.surplus_change_axis,
        note,
        series,
    )
}

/// W(e_s) against the skilled emigration rate in % a year, with the current
/// rate, the optimum and its band.
fn optimum_chart(results: &Results, texts: &Texts) -> LineChart {
    let words = texts.chart(ChartId::Optimum);
    let (opt, base) = (&results.optimum, &results.baseline_optimum);
    let percent_points =
        |o: &migration_model::Optimum| o.curve.iter().map(|p| (100.0 * p[0], p[1])).collect();
    let [scenario, baseline] = legend(texts, Some(texts.optimum.curve));
    let series = vec![
        Series {
            label: scenario,
            points: percent_points(opt),
            color: palette::BLUE,
            dashed: false,
        },
        Series {
            label: baseline,
            points: percent_points(base),
            color: palette::GREY,
            dashed: true,
        },
    ];
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
                dashed: false,
            },
            Marker {
                x: current,
                label: texts.optimum.current.to_string(),
                color: palette::ORANGE,
                dashed: true,
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
    chart
}
