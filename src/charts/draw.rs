//! Draws a [`LineChart`] on any plotters backend: the same code paints the
//! canvas in the page, SVG for export and the native tests.

use super::{Line, LineChart, Mark, Series};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Legend row height and gaps, in CSS pixels (multiplied by `scale`).
const ROW: f64 = 18.0;
const SAMPLE: f64 = 26.0;
const GAP: f64 = 14.0;

/// What a legend entry's sample looks like.
enum Sample {
    Line(RGBColor, Line, Mark),
    Swatch(RGBAColor),
}

fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

/// Fill of the optimum's band.
fn band_fill() -> RGBAColor {
    RGBColor(0, 158, 115).mix(0.15)
}

/// Draws `chart` over the whole of `root`. `scale` is the device pixel ratio:
/// fonts, strokes and margins grow with it so that the canvas stays sharp.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &LineChart,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round().max(1.0) as u32;
    let font = |size: f64| (FontFamily::SansSerif, size * scale).into_font();
    root.fill(&WHITE)?;

    let entries = legend_entries(chart);
    let (width, height) = root.dim_in_pixel();
    let rows = legend_layout(root, &entries, width, scale)?;
    let legend_height = px(ROW * rows.len() as f64 + 6.0);
    let (plot, legend) = root.split_vertically(height.saturating_sub(legend_height));

    let (x0, x1) = chart.x_range;
    let (y0, y1) = chart.y_range;
    let mut ctx = ChartBuilder::on(&plot)
        .caption(&chart.title, font(15.0).style(FontStyle::Bold))
        .margin(px(8.0))
        .x_label_area_size(px(40.0))
        .y_label_area_size(px(62.0))
        .build_cartesian_2d(x0..x1, y0..y1)?;
    let x_fmt = |v: &f64| chart.x_text(*v);
    let y_fmt = |v: &f64| chart.y_text(*v);
    ctx.configure_mesh()
        .x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .x_labels(6)
        .y_labels(6)
        .label_style(font(11.0))
        .axis_desc_style(font(12.0))
        .bold_line_style(BLACK.mix(0.12).stroke_width(px(1.0)))
        .light_line_style(TRANSPARENT)
        .draw()?;

    if let Some(band) = &chart.band {
        ctx.draw_series(std::iter::once(Rectangle::new(
            [(band.from, y0), (band.to, y1)],
            band_fill().filled(),
        )))?;
    }
    // Baselines (dashed) first, then A (dotted), so that B is drawn on top.
    for line in [Line::Dashed, Line::Dotted, Line::Solid] {
        for s in chart.series.iter().filter(|s| s.line == line) {
            draw_line(
                &mut ctx,
                s.points.iter().copied(),
                rgb(s.color),
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
            rgb(m.color),
            m.line,
            scale,
        )?;
    }

    draw_legend(&legend, &entries, &rows, scale)?;
    root.present()
}

type Ctx<'a, DB> = ChartContext<
    'a,
    DB,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

/// One line, solid, dashed or dotted, 2 px wide at scale 1.
fn draw_line<DB: DrawingBackend>(
    ctx: &mut Ctx<'_, DB>,
    points: impl Iterator<Item = (f64, f64)> + Clone,
    color: RGBColor,
    line: Line,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let style = color.stroke_width((2.0 * scale).round().max(1.0) as u32);
    let dashes = |dash: f64, gap: f64| ((dash * scale) as u32, (gap * scale) as u32);
    let (dash, gap) = match line {
        Line::Solid => {
            ctx.draw_series(LineSeries::new(points, style))?;
            return Ok(());
        }
        Line::Dashed => dashes(7.0, 5.0),
        Line::Dotted => dashes(2.0, 4.0),
    };
    ctx.draw_series(DashedLineSeries::new(points, dash, gap, style))?;
    Ok(())
}

/// A series' mark every few points (about seven on a line), A's half a step
/// after B's so that both show where the lines meet.
fn draw_marks<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    ctx: &Ctx<'_, DB>,
    s: &Series,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let step = (s.points.len() / 6).max(1);
    let first = if s.mark == Mark::Triangle {
        step / 2
    } else {
        0
    };
    let (bx, by) = root.get_base_pixel();
    for p in s.points.iter().skip(first).step_by(step) {
        let (x, y) = ctx.backend_coord(p);
        draw_mark(root, s.mark, (x - bx, y - by), rgb(s.color), scale)?;
    }
    Ok(())
}

/// One mark centred on `(x, y)`, in the area's pixels.
fn draw_mark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    mark: Mark,
    (x, y): (i32, i32),
    color: RGBColor,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let r = (3.5 * scale).round() as i32;
    match mark {
        Mark::None => Ok(()),
        Mark::Circle => area.draw(&Circle::new((x, y), r, color.filled())),
        Mark::Triangle => area.draw(&Polygon::new(
            vec![(x, y - r - 1), (x - r - 1, y + r), (x + r + 1, y + r)],
            color.filled(),
        )),
    }
}

fn legend_entries(chart: &LineChart) -> Vec<(Sample, &str)> {
    let mut entries: Vec<(Sample, &str)> = chart
        .series
        .iter()
        .map(|s| (Sample::Line(rgb(s.color), s.line, s.mark), s.label.as_str()))
        .collect();
    for m in &chart.markers {
        entries.push((
            Sample::Line(rgb(m.color), m.line, Mark::None),
            m.label.as_str(),
        ));
    }
    if let Some(band) = &chart.band {
        entries.push((Sample::Swatch(band_fill()), band.label.as_str()));
    }
    entries
}

/// Splits legend entries into rows that fit `width`; returns index ranges.
fn legend_layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[(Sample, &str)],
    width: u32,
    scale: f64,
) -> Result<Vec<std::ops::Range<usize>>, DrawingAreaErrorKind<DB::ErrorType>> {
    let font = (FontFamily::SansSerif, 11.0 * scale).into_text_style(area);
    let mut rows = Vec::new();
    let (mut start, mut used) = (0, 0.0);
    for (i, (_, label)) in entries.iter().enumerate() {
        let (text_w, _) = area.estimate_text_size(label, &font)?;
        let item = (SAMPLE + 6.0 + GAP) * scale + f64::from(text_w);
        if i > start && used + item > f64::from(width) {
            rows.push(start..i);
            (start, used) = (i, 0.0);
        }
        used += item;
    }
    if start < entries.len() {
        rows.push(start..entries.len());
    }
    Ok(rows)
}

fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    entries: &[(Sample, &str)],
    rows: &[std::ops::Range<usize>],
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let font = (FontFamily::SansSerif, 11.0 * scale).into_text_style(area);
    let s = |v: f64| (v * scale).round() as i32;
    for (r, row) in rows.iter().enumerate() {
        let y = s(ROW * r as f64 + ROW / 2.0);
        let mut x = s(GAP / 2.0);
        for (sample, label) in &entries[row.clone()] {
            match sample {
                Sample::Line(color, line, mark) => {
                    let style = color.stroke_width(s(2.0).max(1) as u32);
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
                    draw_mark(area, *mark, (x + s(SAMPLE / 2.0), y), *color, scale)?;
                }
                Sample::Swatch(color) => {
                    area.draw(&Rectangle::new(
                        [(x, y - s(6.0)), (x + s(SAMPLE), y + s(6.0))],
                        color.filled(),
                    ))?;
                }
            }
            x += s(SAMPLE + 6.0);
            let text_style = font
                .clone()
                .color(&BLACK)
                .pos(Pos::new(HPos::Left, VPos::Center));
            area.draw(&Text::new(label.to_string(), (x, y), text_style))?;
            let (text_w, _) = area.estimate_text_size(label, &font)?;
            x += text_w as i32 + s(GAP);
        }
    }
    Ok(())
}
