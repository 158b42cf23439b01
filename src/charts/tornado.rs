//! The tornados of "What drives this?" (docs/model.md §11): for one result
//! (the income effect, the optimum), a bar per assumption from its value with
//! the assumption at the low end of its range to its value at the high end,
//! the largest swing on top, and a line at the scenario's own value. Built
//! from a [`Sensitivity`] in plain Rust, and drawn like every chart by a
//! function generic over the plotters backend ([`draw`]), which places every
//! word itself ([`layout`]): each bar's label on its own line above the bar,
//! wrapped to the width, so that nothing is cut off on a phone. The chart is
//! as tall as its bars need ([`TornadoLayout::height`]), not as the style
//! sheet says.

use super::axes::y_range_of;
use super::draw::{
    draw_bar, draw_legend, font, pack_legend, rgb, title_font, widest, wrap, Error, Sample,
    INK_COLOUR, LINE_HEIGHT, PAD, ROW, TICK_GAP,
};
use super::{decimals_for, palette, Line, Mark, Placed, Table, Ticks};
use super::{AXIS_TITLE_SIZE, TEXT_SIZE, TITLE_SIZE};
use crate::content::ChartId;
use crate::format;
use crate::i18n::{fill, Lang, Texts};
use migration_model::{sort_by_swing, ParamId, Sensitivity, Swing};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A bar's thickness and the space under it, in CSS pixels.
const BAR: f64 = 12.0;
const BAR_GAP: f64 = 8.0;
/// Swings below this (a fraction) are no swing: rounding noise, not an effect.
const NO_SWING: f64 = 1e-12;

/// One assumption in a tornado.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub id: ParamId,
    pub label: String,
    /// The value with the assumption at the low end of its range, and at the
    /// high end, in the chart's units.
    pub at: [f64; 2],
}

/// Everything needed to draw one tornado.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub id: ChartId,
    pub lang: Lang,
    pub title: String,
    /// The value axis's title, with its unit.
    pub x_label: String,
    /// The assumptions that do not move it, named in a sentence; may be empty.
    pub note: String,
    pub x_range: (f64, f64),
    pub x_ticks: Ticks,
    /// The scenario as set, where the line is.
    pub central: f64,
    /// Largest swing first; equal swings in table order.
    pub bars: Vec<Bar>,
    /// The assumptions of zero swing, in table order.
    pub unmoved: Vec<Bar>,
    /// What a screen reader says for the picture.
    pub description: String,
}

impl Tornado {
    /// A tick of the value axis, as labelled.
    pub fn tick(&self, value: f64) -> String {
        format::number(self.lang, value, self.x_ticks.decimals)
    }

    /// One value as the chart's table and description write it.
    pub fn text(&self, value: f64) -> String {
        let span = self.x_range.1 - self.x_range.0;
        format::number(self.lang, value, decimals_for(span))
    }
}

/// The two tornados of `sens`: the income effect in %, the optimum's skilled
/// emigration rate in % a year.
pub fn build(sens: &Sensitivity, texts: &Texts) -> [Tornado; 2] {
    let income = |s: &Swing| s.income_effect;
    let optimum = |s: &Swing| s.optimum;
    [
        one(
            ChartId::DriversIncome,
            sens,
            texts,
            income,
            sens.central.income_effect,
        ),
        one(
            ChartId::DriversOptimum,
            sens,
            texts,
            optimum,
            sens.central.optimum,
        ),
    ]
}

/// One tornado: each assumption's two values of `ends`, in %, sorted by its
/// own swing (the sensitivity is sorted by the income's).
fn one(
    id: ChartId,
    sens: &Sensitivity,
    texts: &Texts,
    ends: fn(&Swing) -> [f64; 2],
    central: f64,
) -> Tornado {
    let words = texts.chart(id);
    // In table order, then the bars by their swing (equal ones stay in it).
    let (mut bars, mut unmoved) = (Vec::new(), Vec::new());
    for id in Sensitivity::varied() {
        let Some(s) = sens.assumptions.iter().find(|s| s.name == id) else {
            continue;
        };
        let bar = Bar {
            id,
            label: texts.param(id).label.to_string(),
            at: ends(s).map(|v| 100.0 * v),
        };
        let moved = (bar.at[1] - bar.at[0]).abs() > 100.0 * NO_SWING;
        if moved { &mut bars } else { &mut unmoved }.push(bar);
    }
    sort_by_swing(&mut bars, |b| (b.at[1] - b.at[0]).abs());
    let central = 100.0 * central;
    let values = bars.iter().flat_map(|b| b.at).chain([central]);
    let x_range = y_range_of(values);
    let drivers = &texts.drivers;
    let quoted = |b: &Bar| fill(drivers.quoted, &[("label", &b.label)]);
    let note = if unmoved.is_empty() || bars.is_empty() {
        String::new()
    } else {
        let names: Vec<String> = unmoved.iter().map(quoted).collect();
        fill(
            drivers.unmoved,
            &[("names", &crate::format::joined(&names, ", "))],
        )
    };
    let mut chart = Tornado {
        id,
        lang: texts.lang,
        title: words.title.to_string(),
        x_label: words.y_axis.to_string(),
        note,
        x_range,
        x_ticks: Ticks::round(x_range, false),
        central,
        bars,
        unmoved,
        description: String::new(),
    };
    let mut said = vec![fill(
        drivers.at,
        &[("label", drivers.central), ("value", &chart.text(central))],
    )];
    said.extend(chart.bars.iter().map(|b| {
        fill(
            drivers.bar,
            &[
                ("label", &b.label),
                ("low", &chart.text(b.at[0])),
                ("high", &chart.text(b.at[1])),
            ],
        )
    }));
    said.push(chart.note.clone());
    chart.description = format!(
        "{} ({}). {}",
        chart.title,
        chart.x_label,
        crate::format::joined(&said, " ")
    );
    chart
}

/// The tornado's numbers, for its "Show the numbers" table: the scenario,
/// then each assumption (bars, then those that do not move it) with its
/// range and the value at either end.
pub fn table(t: &Tornado) -> Table {
    let texts = t.lang.texts();
    let words = &texts.drivers;
    let column = |series: &str| {
        fill(
            texts.access.column,
            &[("series", series), ("unit", &t.x_label)],
        )
    };
    let mut columns: Vec<String> = words.columns.iter().map(|c| c.to_string()).collect();
    columns.extend([column(words.low), column(words.high)]);
    let value = t.text(t.central);
    let mut rows = vec![vec![
        words.central.to_string(),
        String::new(),
        String::new(),
        value.clone(),
        value,
    ]];
    rows.extend(t.bars.iter().chain(&t.unmoved).map(|b| {
        let (low, high) = format::lever_range(t.lang, b.id.spec());
        vec![b.label.clone(), low, high, t.text(b.at[0]), t.text(b.at[1])]
    }));
    Table { columns, rows }
}

/// Where a tornado's parts go, in pixels of its drawing area.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoLayout {
    /// The lines of the title and of the value axis's title.
    pub title: Vec<String>,
    pub x_title: Vec<String>,
    /// Where the values run and the bars stand: left, top, right, bottom.
    pub plot: (i32, i32, i32, i32),
    /// Each bar's label, in the order of the bars.
    pub rows: Vec<Row>,
    pub legend: Vec<Placed>,
    pub legend_top: i32,
    /// How tall the area must be for all of it.
    pub height: i32,
}

/// A bar's place: its label's lines from `top`, the bar from `bar`.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub lines: Vec<String>,
    pub top: i32,
    pub bar: i32,
}

/// The legend: the two ends of a bar, told apart by stripes as well as by
/// colour, and the scenario's line.
fn legend_entries(t: &Tornado) -> [(Sample, &str); 3] {
    let words = &t.lang.texts().drivers;
    [
        (Sample::Bar(rgb(palette::BLUE), false), words.low),
        (Sample::Bar(rgb(palette::ORANGE), true), words.high),
        (
            Sample::Line(INK_COLOUR, Line::Solid, Mark::None),
            words.central,
        ),
    ]
}

/// Places every part of `t` on `root`'s width, from the top down: the title,
/// the axis's title, each bar under its label, the ticks' labels, the legend.
pub fn layout<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Tornado,
    scale: f64,
) -> Result<TornadoLayout, Error<DB>> {
    let s = |v: f64| v * scale;
    let px = |v: f64| v.round() as i32;
    let width = f64::from(root.dim_in_pixel().0);
    let inner = width - s(2.0 * PAD);
    let text = font(TEXT_SIZE, scale);
    let line = |size: f64, n: usize| n as f64 * s(size * LINE_HEIGHT);
    let title = wrap(root, &t.title, &title_font(scale), inner)?;
    let x_title = wrap(root, &t.x_label, &font(AXIS_TITLE_SIZE, scale), inner)?;
    let mut y = s(PAD)
        + line(TITLE_SIZE, title.len())
        + s(4.0)
        + line(AXIS_TITLE_SIZE, x_title.len())
        + s(4.0);
    let top = y;
    let mut rows = Vec::with_capacity(t.bars.len());
    for bar in &t.bars {
        let lines = wrap(root, &bar.label, &text, inner)?;
        let label_top = y;
        // The bar 2 px under its label, where the vertical lines start.
        y += line(TEXT_SIZE, lines.len()) + s(2.0);
        rows.push(Row {
            lines,
            top: px(label_top),
            bar: px(y),
        });
        y += s(BAR + BAR_GAP);
    }
    let bottom = y;
    // Each tick's label is centred on it: half the widest inside either edge.
    let ticks = t.x_ticks.values.iter().map(|v| t.tick(*v));
    let half = widest(root, ticks, &text)? / 2.0 + s(2.0);
    let legend_top = bottom + s(TICK_GAP + TEXT_SIZE * 1.2 + TICK_GAP);
    let entries = legend_entries(t);
    let (legend, legend_rows) = pack_legend(root, entries.iter().map(|e| e.1), scale)?;
    let height = legend_top + legend_rows as f64 * s(ROW) + s(PAD / 2.0);
    Ok(TornadoLayout {
        title,
        x_title,
        plot: (
            px(s(PAD) + half),
            px(top),
            px(width - s(PAD) - half),
            px(bottom),
        ),
        rows,
        legend,
        legend_top: px(legend_top),
        height: height.ceil() as i32,
    })
}

/// Draws `t` over `root`, at least [`TornadoLayout::height`] tall. `scale`
/// is the device pixel ratio, as for a line chart.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Tornado,
    scale: f64,
) -> Result<(), Error<DB>> {
    let s = |v: f64| (v * scale).round() as i32;
    root.fill(&WHITE)?;
    let at = layout(root, t, scale)?;
    let (left, _, right, bottom) = at.plot;
    let (x0, x1) = t.x_range;
    let x_of = |v: f64| left + ((v - x0) / (x1 - x0) * f64::from(right - left)).round() as i32;
    let write = |text: &str, (x, y): (i32, i32), style: &TextStyle, h: HPos| {
        root.draw_text(text, &style.pos(Pos::new(h, VPos::Top)), (x, y))
    };
    let (title, axis, text) = (
        title_font(scale),
        font(AXIS_TITLE_SIZE, scale),
        font(TEXT_SIZE, scale),
    );
    let line_of = |size: f64| (size * LINE_HEIGHT * scale).round() as i32;
    let mut y = s(PAD);
    for line in &at.title {
        write(line, (s(PAD), y), &title, HPos::Left)?;
        y += line_of(TITLE_SIZE);
    }
    y += s(4.0);
    for line in &at.x_title {
        write(line, (s(PAD), y), &axis, HPos::Left)?;
        y += line_of(AXIS_TITLE_SIZE);
    }
    // Vertical lines run through the bars' strips only, not their labels:
    // the grid at each tick, and the scenario's own value.
    let thin = s(1.0).max(1) as u32;
    let c = x_of(t.central);
    let strips = |x: i32, style: ShapeStyle| {
        at.rows.iter().try_for_each(|row| {
            let strip = vec![(x, row.bar - s(2.0)), (x, row.bar + s(BAR + BAR_GAP))];
            root.draw(&PathElement::new(strip, style))
        })
    };
    for &v in &t.x_ticks.values {
        let x = x_of(v);
        let shade = if v == 0.0 { 0.45 } else { 0.12 };
        strips(x, BLACK.mix(shade).stroke_width(thin))?;
        write(&t.tick(v), (x, bottom + s(TICK_GAP)), &text, HPos::Center)?;
    }
    // Each bar from the scenario's value to either end's, the longer part
    // first so that a shorter one on the same side stays in view.
    let colours = [rgb(palette::BLUE), rgb(palette::ORANGE)];
    for (bar, row) in t.bars.iter().zip(&at.rows) {
        for (i, line) in row.lines.iter().enumerate() {
            let y = row.top + i as i32 * line_of(TEXT_SIZE);
            write(line, (s(PAD), y), &text, HPos::Left)?;
        }
        let ends = bar.at.map(x_of);
        let order = if (ends[0] - c).abs() >= (ends[1] - c).abs() {
            [0, 1]
        } else {
            [1, 0]
        };
        for i in order {
            let corners = [(c, row.bar), (ends[i], row.bar + s(BAR))];
            draw_bar(root, corners, colours[i], i == 1, scale)?;
        }
    }
    strips(c, INK_COLOUR.stroke_width(s(2.0).max(1) as u32))?;
    let entries = legend_entries(t);
    draw_legend(root, &entries, (&at.legend, at.legend_top), scale)?;
    root.present()
}
