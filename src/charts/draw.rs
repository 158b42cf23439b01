//! Draws a [`LineChart`] on any plotters backend: the same code paints the
//! canvas in the page, SVG for export and the native tests. Every word is
//! placed here ([`layout`]), measured by the backend (in the browser, a
//! canvas's `measureText`): the title and the axes' titles wrap to the width,
//! the y axis's title (its unit) reads across, above the plot, the axes label
//! the chart state's own round ticks, and the legend packs its entries into as
//! few rows as fit.

use super::{Band, Line, LineChart, Mark, Scale, Series};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Font sizes in CSS pixels (multiplied by `scale`): the title, the axes'
/// titles, and the ticks and legend.
pub const TITLE_SIZE: f64 = 16.0;
pub const AXIS_TITLE_SIZE: f64 = 13.0;
pub const TEXT_SIZE: f64 = 12.0;
/// Line height, as a multiple of the font size.
pub(super) const LINE_HEIGHT: f64 = 1.25;
/// Margin, legend row height, legend sample width and the gap between
/// legend entries, in CSS pixels.
pub(super) const PAD: f64 = 8.0;
pub(super) const ROW: f64 = 18.0;
const SAMPLE: f64 = 24.0;
const GAP: f64 = 12.0;
/// Between a legend entry's sample and its words.
const BESIDE: f64 = 5.0;
/// Space between tick labels and the plot.
pub(super) const TICK_GAP: f64 = 6.0;

/// The words' colour (the widget's ink, 15:1 on white).
pub const INK: (u8, u8, u8) = (28, 36, 48);

/// What a legend entry's sample looks like.
pub(super) enum Sample {
    Line(RGBColor, Line, Mark),
    /// A band: its fill, and its edges' colour when they are drawn.
    Swatch(RGBAColor, Option<RGBColor>),
    /// A tornado's bar: its colour, striped or not.
    Bar(RGBColor, bool),
}

pub(super) fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

/// Fill of a band: its colour, light.
fn band_fill(band: &Band) -> RGBAColor {
    rgb(band.colour).mix(0.15)
}

/// A band between percentiles draws its edges: the area reads without colour.
fn band_edges(band: &Band) -> Option<RGBColor> {
    (!band.spread.is_empty()).then(|| rgb(band.colour))
}

pub(super) const INK_COLOUR: RGBColor = RGBColor(INK.0, INK.1, INK.2);

pub(super) fn font(size: f64, scale: f64) -> TextStyle<'static> {
    TextStyle::from((FontFamily::SansSerif, size * scale).into_font()).color(&INK_COLOUR)
}

pub(super) fn title_font(scale: f64) -> TextStyle<'static> {
    TextStyle::from((FontFamily::SansSerif, TITLE_SIZE * scale, FontStyle::Bold).into_font())
        .color(&INK_COLOUR)
}

pub(super) type Error<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// Where a chart's parts go, in pixels of its drawing area.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The plot: left, top, right, bottom.
    pub plot: (i32, i32, i32, i32),
    /// The lines of the title, of the y axis's title and of the x axis's.
    pub title: Vec<String>,
    pub y_title: Vec<String>,
    pub x_title: Vec<String>,
    /// The legend's entries: which, its lines, its row and its left edge.
    pub legend: Vec<Placed>,
    /// The top of the legend's first row.
    pub legend_top: i32,
}

/// One legend entry, placed: its index, its label's lines, its first row and
/// its left edge.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub entry: usize,
    pub lines: Vec<String>,
    pub row: usize,
    pub x: i32,
}

/// Splits `text` into lines no wider than `width` at its spaces (a word
/// wider than `width` keeps a line of its own).
pub(super) fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    width: f64,
) -> Result<Vec<String>, Error<DB>> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let wider = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && f64::from(area.estimate_text_size(&wider, style)?.0) > width {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = wider;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    Ok(lines)
}

/// The widest of `texts`, in pixels.
pub(super) fn widest<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    texts: impl Iterator<Item = String>,
    style: &TextStyle,
) -> Result<f64, Error<DB>> {
    let mut most = 0.0f64;
    for text in texts {
        most = most.max(f64::from(area.estimate_text_size(&text, style)?.0));
    }
    Ok(most)
}

/// Label every how many of `n` ticks spread over `length` pixels, each label
/// needing `room`: 1, or more where they would crowd.
fn every(n: usize, length: f64, room: f64) -> usize {
    let gap = length / (n.max(2) - 1) as f64;
    ((room / gap.max(1.0)).ceil() as usize).clamp(1, n.max(1))
}

/// Places a legend's entries with these labels: side by side while they fit
/// a row; a label too wide for a row of its own wraps, on rows of its own.
/// Returns them and the number of rows they take.
pub(super) fn pack_legend<'a, DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    labels: impl Iterator<Item = &'a str>,
    scale: f64,
) -> Result<(Vec<Placed>, usize), Error<DB>> {
    let s = |v: f64| v * scale;
    let inner = f64::from(root.dim_in_pixel().0) - s(2.0 * PAD);
    let text = font(TEXT_SIZE, scale);
    let mut legend = Vec::new();
    let (mut row, mut x) = (0, 0.0);
    let room = inner - s(SAMPLE + BESIDE);
    for (entry, label) in labels.enumerate() {
        let label_width = f64::from(root.estimate_text_size(label, &text)?.0);
        let lines = if label_width > room {
            wrap(root, label, &text, room)?
        } else {
            vec![label.to_string()]
        };
        let item = s(SAMPLE + BESIDE) + label_width.min(room);
        if x > 0.0 && (x + item > inner || lines.len() > 1) {
            (row, x) = (row + 1, 0.0);
        }
        let used = lines.len();
        legend.push(Placed {
            entry,
            lines,
            row,
            x: (s(PAD) + x).round() as i32,
        });
        x += item + s(GAP);
        if used > 1 {
            (row, x) = (row + used, 0.0);
        }
    }
    let rows = legend
        .iter()
        .map(|p| p.row + p.lines.len())
        .max()
        .unwrap_or(0);
    Ok((legend, rows))
}

/// Places every part of `chart` on `root`: what [`draw`] draws, and what the
/// tests check.
pub fn layout<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &LineChart,
    scale: f64,
) -> Result<Layout, Error<DB>> {
    let s = |v: f64| v * scale;
    let (width, height) = root.dim_in_pixel();
    let (width, height) = (f64::from(width), f64::from(height));
    let inner = width - s(2.0 * PAD);
    let (axis, text) = (font(AXIS_TITLE_SIZE, scale), font(TEXT_SIZE, scale));
    let title = wrap(root, &chart.title, &title_font(scale), inner)?;
    let y_title = wrap(root, &chart.y_label, &axis, inner)?;
    // Years need no title: the ticks say what they are.
    let x_title = match chart.x_scale {
        Scale::Year => Vec::new(),
        Scale::Number => wrap(root, &chart.x_label, &axis, inner)?,
    };
    let lines = |size: f64, n: usize| n as f64 * s(size * LINE_HEIGHT);

    let entries = legend_entries(chart);
    let (legend, rows) = pack_legend(root, entries.iter().map(|e| e.1), scale)?;

    // The y ticks' labels at the left; the x ticks' centred on their ticks,
    // the last one perhaps on the right edge.
    let y_labels = widest(
        root,
        chart.y_ticks.values.iter().map(|v| chart.y_tick(*v)),
        &text,
    )?;
    let x_labels = widest(
        root,
        chart.x_ticks.values.iter().map(|v| chart.x_tick(*v)),
        &text,
    )?;
    let left = s(PAD) + y_labels + s(TICK_GAP);
    let right = width - s(PAD).max(x_labels / 2.0 + s(2.0));
    // Above the plot: the title, the y axis's title, and half a tick label.
    let top = s(PAD)
        + lines(TITLE_SIZE, title.len())
        + s(4.0)
        + lines(AXIS_TITLE_SIZE, y_title.len())
        + s(TEXT_SIZE * 0.6 + 4.0);
    // Below: the x ticks' labels, the x axis's title, the legend.
    let legend_top = height - s(PAD / 2.0) - rows as f64 * s(ROW);
    let bottom = legend_top
        - s(2.0)
        - lines(AXIS_TITLE_SIZE, x_title.len())
        - s(TEXT_SIZE * 1.2 + 2.0 * TICK_GAP);
    let px = |v: f64| v.round() as i32;
    Ok(Layout {
        plot: (px(left), px(top), px(right), px(bottom.max(top + 1.0))),
        title,
        y_title,
        x_title,
        legend,
        legend_top: px(legend_top),
    })
}

/// Draws `chart` over the whole of `root`. `scale` is the device pixel ratio:
/// fonts, strokes and margins grow with it so that the canvas stays sharp.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &LineChart,
    scale: f64,
) -> Result<(), Error<DB>> {
    let s = |v: f64| (v * scale).round() as i32;
    root.fill(&WHITE)?;
    let at = layout(root, chart, scale)?;
    let (left, top, right, bottom) = at.plot;
    let write = |text: &str, (x, y): (i32, i32), style: &TextStyle, h: HPos, v: VPos| {
        root.draw_text(text, &style.pos(Pos::new(h, v)), (x, y))
    };
    let (axis, text) = (font(AXIS_TITLE_SIZE, scale), font(TEXT_SIZE, scale));
    let line_of = |size: f64| (size * LINE_HEIGHT * scale).round() as i32;

    // The title, then the y axis's title, across.
    let mut y = s(PAD);
    for line in &at.title {
        write(line, (s(PAD), y), &title_font(scale), HPos::Left, VPos::Top)?;
        y += line_of(TITLE_SIZE);
    }
    y += s(4.0);
    for line in &at.y_title {
        write(line, (s(PAD), y), &axis, HPos::Left, VPos::Top)?;
        y += line_of(AXIS_TITLE_SIZE);
    }

    let (x0, x1) = chart.x_range;
    let (y0, y1) = chart.y_range;
    let plot = root
        .clone()
        .shrink((left, top), (right - left, bottom - top));
    // The plot's coordinates applied directly: plotters' `ChartBuilder` would
    // lay out label areas this code lays out itself (and cost 3 KB).
    let mut ctx: Ctx<'_, DB> =
        plot.apply_coord_spec(Cartesian2d::new(x0..x1, y0..y1, plot_pixels(&plot)));
    let (bx, by) = root.get_base_pixel();
    let grid = BLACK.mix(0.12).stroke_width(s(1.0).max(1) as u32);
    let zero = BLACK.mix(0.45).stroke_width(s(1.0).max(1) as u32);
    // Every tick has its line; on a short axis, every other its label.
    let (ys, xs) = (&chart.y_ticks.values, &chart.x_ticks.values);
    let y_every = every(ys.len(), f64::from(bottom - top), TEXT_SIZE * 1.3 * scale);
    let x_labels = widest(root, xs.iter().map(|v| chart.x_tick(*v)), &text)?;
    let x_every = every(xs.len(), f64::from(right - left), x_labels + s(8.0) as f64);
    for (i, &v) in ys.iter().enumerate() {
        let style = if v == 0.0 { zero } else { grid };
        ctx.draw(&PathElement::new(vec![(x0, v), (x1, v)], style))?;
        if i % y_every != 0 {
            continue;
        }
        let (_, py) = ctx.map_coordinate(&(x0, v));
        let label = chart.y_tick(v);
        write(
            &label,
            (left - s(TICK_GAP) - bx, py - by),
            &text,
            HPos::Right,
            VPos::Center,
        )?;
    }
    for (i, &v) in xs.iter().enumerate() {
        ctx.draw(&PathElement::new(vec![(v, y0), (v, y1)], grid))?;
        if i % x_every != 0 {
            continue;
        }
        let (px, _) = ctx.map_coordinate(&(v, y0));
        let label = chart.x_tick(v);
        write(
            &label,
            (px - bx, bottom + s(2.0 * TICK_GAP) - by),
            &text,
            HPos::Center,
            VPos::Top,
        )?;
    }
    // The x axis's title, centred under the plot as far as the width allows.
    let mut y = bottom + s(2.0 * TICK_GAP + TEXT_SIZE * 1.2);
    let (width, _) = root.dim_in_pixel();
    for line in &at.x_title {
        let half = root.estimate_text_size(line, &axis)?.0 as i32 / 2;
        // Not `clamp`, which panics on a line wider than the chart.
        let centre = ((left + right) / 2)
            .min(width as i32 - s(PAD) - half)
            .max(s(PAD) + half);
        write(line, (centre, y), &axis, HPos::Center, VPos::Top)?;
        y += line_of(AXIS_TITLE_SIZE);
    }

    if let Some(band) = &chart.band {
        let fill = band_fill(band).filled();
        match band_edges(band) {
            None => {
                let corners = [(band.from, y0), (band.to, y1)];
                ctx.draw(&Rectangle::new(corners, fill))?;
            }
            Some(colour) => {
                let high = band.spread.iter().map(|s| (s.x, s.p90));
                let low = band.spread.iter().rev().map(|s| (s.x, s.p10));
                let outline: Vec<_> = high.clone().chain(low.clone()).collect();
                ctx.draw(&Polygon::new(outline, fill))?;
                let edge = colour.stroke_width(s(1.0).max(1) as u32);
                ctx.draw(&PathElement::new(high.collect::<Vec<_>>(), edge))?;
                ctx.draw(&PathElement::new(low.collect::<Vec<_>>(), edge))?;
            }
        }
    }
    // Baselines (dashed) first, then A (dotted), so that B is drawn on top.
    for line in [Line::Dashed, Line::Dotted, Line::Solid] {
        for s in chart.series.iter().filter(|s| s.line == line) {
            draw_line(
                &mut ctx,
                s.points.iter().copied(),
                rgb(s.colour),
                line,
                scale,
            )?;
            draw_marks(root, &ctx, s, scale)?;
        }
    }
    for m in &chart.markers {
        draw_line(
            &mut ctx,
            [(m.x, y0), (m.x, y1)].into_iter(),
            rgb(m.colour),
            m.line,
            scale,
        )?;
    }

    let entries = legend_entries(chart);
    draw_legend(root, &entries, (&at.legend, at.legend_top), scale)?;
    root.present()
}

/// The pixels a plot's values map to, as `ChartBuilder` sets them: the last
/// pixel is inside, and y runs from the bottom up, since screen y grows
/// downwards and a larger value must be drawn higher.
fn plot_pixels<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
) -> (std::ops::Range<i32>, std::ops::Range<i32>) {
    let (x, y) = plot.get_pixel_range();
    (x.start..x.end - 1, y.end - 1..y.start)
}

type Ctx<'a, DB> = DrawingArea<
    DB,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

/// One line, solid, dashed or dotted, 2 px wide at scale 1.
fn draw_line<DB: DrawingBackend>(
    ctx: &mut Ctx<'_, DB>,
    points: impl Iterator<Item = (f64, f64)> + Clone,
    colour: RGBColor,
    line: Line,
    scale: f64,
) -> Result<(), Error<DB>> {
    let style = colour.stroke_width((2.0 * scale).round().max(1.0) as u32);
    let dashes = |dash: f64, gap: f64| ((dash * scale) as u32, (gap * scale) as u32);
    let (dash, gap) = match line {
        Line::Solid => {
            ctx.draw(&PathElement::new(points.collect::<Vec<_>>(), style))?;
            return Ok(());
        }
        Line::Dashed => dashes(7.0, 5.0),
        Line::Dotted => dashes(2.0, 4.0),
    };
    ctx.draw(&plotters::element::DashedPathElement::new(
        points, dash, gap, style,
    ))?;
    Ok(())
}

/// A series' mark every few points (about seven on a line), A's half a step
/// after B's so that both show where the lines meet.
fn draw_marks<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    ctx: &Ctx<'_, DB>,
    s: &Series,
    scale: f64,
) -> Result<(), Error<DB>> {
    let step = (s.points.len() / 6).max(1);
    let first = if s.mark == Mark::Triangle {
        step / 2
    } else {
        0
    };
    let (bx, by) = root.get_base_pixel();
    for p in s.points.iter().skip(first).step_by(step) {
        let (x, y) = ctx.map_coordinate(p);
        draw_mark(root, s.mark, (x - bx, y - by), rgb(s.colour), scale)?;
    }
    Ok(())
}

/// One mark centred on `(x, y)`, in the area's pixels.
fn draw_mark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    mark: Mark,
    (x, y): (i32, i32),
    colour: RGBColor,
    scale: f64,
) -> Result<(), Error<DB>> {
    let r = (3.5 * scale).round() as i32;
    match mark {
        Mark::None => Ok(()),
        Mark::Circle => area.draw(&Circle::new((x, y), r, colour.filled())),
        Mark::Triangle => area.draw(&Polygon::new(
            vec![(x, y - r - 1), (x - r - 1, y + r), (x + r + 1, y + r)],
            colour.filled(),
        )),
        Mark::TriangleDown => area.draw(&Polygon::new(
            vec![(x, y + r + 1), (x - r - 1, y - r), (x + r + 1, y - r)],
            colour.filled(),
        )),
        Mark::Square => area.draw(&Rectangle::new(
            [(x - r, y - r), (x + r, y + r)],
            colour.filled(),
        )),
        Mark::Diamond => area.draw(&Polygon::new(
            vec![
                (x, y - r - 1),
                (x + r + 1, y),
                (x, y + r + 1),
                (x - r - 1, y),
            ],
            colour.filled(),
        )),
    }
}

/// A filled bar between two corners, in the area's pixels; striped: with
/// white vertical stripes, so that it reads apart from a plain one without
/// its colour.
pub(super) fn draw_bar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    [(x0, y0), (x1, y1)]: [(i32, i32); 2],
    colour: RGBColor,
    striped: bool,
    scale: f64,
) -> Result<(), Error<DB>> {
    let (left, right) = (x0.min(x1), x0.max(x1));
    area.draw(&Rectangle::new([(left, y0), (right, y1)], colour.filled()))?;
    if !striped {
        return Ok(());
    }
    let step = ((5.0 * scale).round() as usize).max(2);
    let stripe = WHITE.stroke_width(((2.0 * scale).round() as u32).max(1));
    for x in (left + step as i32 / 2..right).step_by(step) {
        area.draw(&PathElement::new(vec![(x, y0), (x, y1)], stripe))?;
    }
    Ok(())
}

fn legend_entries(chart: &LineChart) -> Vec<(Sample, &str)> {
    let mut entries: Vec<(Sample, &str)> = chart
        .series
        .iter()
        .map(|s| {
            (
                Sample::Line(rgb(s.colour), s.line, s.mark),
                s.label.as_str(),
            )
        })
        .collect();
    for m in &chart.markers {
        entries.push((
            Sample::Line(rgb(m.colour), m.line, Mark::None),
            m.label.as_str(),
        ));
    }
    if let Some(band) = &chart.band {
        let sample = Sample::Swatch(band_fill(band), band_edges(band));
        entries.push((sample, band.label.as_str()));
    }
    entries
}

/// Draws `entries` where [`pack_legend`] placed them, from `top` down.
pub(super) fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[(Sample, &str)],
    (placed, top): (&[Placed], i32),
    scale: f64,
) -> Result<(), Error<DB>> {
    let text = font(TEXT_SIZE, scale).pos(Pos::new(HPos::Left, VPos::Center));
    let s = |v: f64| (v * scale).round() as i32;
    for placed in placed {
        let y = top + s(ROW * placed.row as f64 + ROW / 2.0);
        let x = placed.x;
        match &entries[placed.entry].0 {
            Sample::Line(colour, line, mark) => {
                let style = colour.stroke_width(s(2.0).max(1) as u32);
                // The line's pattern over the sample's width, as on the chart.
                let (dash, period) = match line {
                    Line::Solid => (SAMPLE, SAMPLE),
                    Line::Dashed => (9.0, 14.0),
                    Line::Dotted => (2.0, 6.0),
                };
                let mut a = 0.0;
                while a < SAMPLE {
                    let b = (a + dash).min(SAMPLE);
                    area.draw(&PathElement::new(vec![(x + s(a), y), (x + s(b), y)], style))?;
                    a += period;
                }
                draw_mark(area, *mark, (x + s(SAMPLE / 2.0), y), *colour, scale)?;
            }
            Sample::Swatch(colour, edges) => {
                let (top, bottom) = (y - s(6.0), y + s(6.0));
                area.draw(&Rectangle::new(
                    [(x, top), (x + s(SAMPLE), bottom)],
                    colour.filled(),
                ))?;
                for edge in edges.iter().flat_map(|c| [(c, top), (c, bottom)]) {
                    let style = edge.0.stroke_width(s(1.0).max(1) as u32);
                    let line = vec![(x, edge.1), (x + s(SAMPLE), edge.1)];
                    area.draw(&PathElement::new(line, style))?;
                }
            }
            Sample::Bar(colour, striped) => {
                let corners = [(x, y - s(6.0)), (x + s(SAMPLE), y + s(6.0))];
                draw_bar(area, corners, *colour, *striped, scale)?;
            }
        }
        for (i, line) in placed.lines.iter().enumerate() {
            let y = y + s(ROW * i as f64);
            area.draw_text(line, &text, (x + s(SAMPLE + BESIDE), y))?;
        }
    }
    Ok(())
}
