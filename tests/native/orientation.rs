//! Charts the right way up, read from the SVG that the export writes (the
//! same drawing code as the canvas): a larger value is drawn higher, y labels
//! grow upwards and x labels rightwards, the optimum's peak is at the top, the
//! uncertainty band's p90 edge above its p10 edge, a larger pinned scenario A
//! above B, and a tornado's larger values further right with its largest
//! swing on top. Every line chart of the state's list is checked, so that a
//! chart added later is too.

use crate::support::state_from_hash;
use migration_explorer::charts::tornado::{self, Tornado};
use migration_explorer::charts::{draw, palette, Line, LineChart, Series};
use migration_explorer::content::ChartId;
use migration_explorer::i18n::Lang;
use plotters::prelude::*;

/// Levers that move every line chart's scenario: more skilled and unskilled
/// emigration, cheaper transfers, and migrants who pay more tax than they
/// cost (the fiscal chart is flat at 0 otherwise).
const MOVED: &str = "preset=mali-2022&host=cote-divoire&emig_rate_skilled=0.03\
    &emig_rate_unskilled=0.02&transfer_cost=0.03&host_fiscal_per_migrant=0.2";

/// One element of an SVG, with its attributes and its text.
#[derive(Debug)]
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    text: String,
}

impl Element {
    fn get(&self, name: &str) -> &str {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    fn number(&self, name: &str) -> f64 {
        self.get(name).parse().unwrap_or(f64::NAN)
    }

    fn points(&self) -> Vec<(f64, f64)> {
        self.get("points")
            .split_whitespace()
            .filter_map(|p| {
                let (x, y) = p.split_once(',')?;
                Some((x.parse().ok()?, y.parse().ok()?))
            })
            .collect()
    }
}

/// The elements of plotters' SVG, in the order drawn (its output is flat:
/// one element a tag, text only inside `<text>`).
fn elements(svg: &str) -> Vec<Element> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>').expect("a closed tag");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('/') || tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        let tag = tag.trim_end_matches('/');
        let (name, mut attrs) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut attributes = Vec::new();
        while let Some(eq) = attrs.find("=\"") {
            let key = attrs[..eq].trim().to_string();
            let after = &attrs[eq + 2..];
            let close = after.find('"').expect("a closed attribute");
            attributes.push((key, after[..close].to_string()));
            attrs = &after[close + 1..];
        }
        let text = if name == "text" {
            let close = rest.find("</text>").expect("a closed text");
            unescape(rest[..close].trim())
        } else {
            String::new()
        };
        out.push(Element {
            name: name.to_string(),
            attributes,
            text,
        });
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// `#RRGGBB`, as plotters writes a colour.
fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02X}{g:02X}{b:02X}")
}

fn svg_of(
    draw_on: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>),
    size: (u32, u32),
) -> Vec<Element> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw_on(&root);
    }
    elements(&out)
}

/// `chart` drawn at `scale` on a chart-sized SVG, as the page and the PNG
/// export (at 2×) draw it.
fn drawn(chart: &LineChart, scale: f64) -> Vec<Element> {
    let size = ((640.0 * scale) as u32, (440.0 * scale) as u32);
    svg_of(|root| draw(root, chart, scale).expect("draws"), size)
}

/// The polyline that draws `series` as one path: its colour, as many points.
fn path_of<'a>(svg: &'a [Element], series: &Series) -> Option<&'a Element> {
    svg.iter().find(|e| {
        e.name == "polyline"
            && e.get("stroke") == hex(series.colour)
            && e.points().len() == series.points.len()
    })
}

/// The tick labels drawn with `anchor`, for `values` labelled by `label`:
/// each value with the label's position, in the values' order.
fn labels(
    svg: &[Element],
    anchor: &str,
    values: &[f64],
    label: impl Fn(f64) -> String,
) -> Vec<(f64, (f64, f64))> {
    values
        .iter()
        .filter_map(|&v| {
            let text = label(v);
            let e = svg
                .iter()
                .find(|e| e.name == "text" && e.get("text-anchor") == anchor && e.text == text)?;
            Some((v, (e.number("x"), e.number("y"))))
        })
        .collect()
}

/// The y pixel where the y labels put `value` (linear between the lowest and
/// the highest labelled tick).
fn y_pixel_of(y_labels: &[(f64, (f64, f64))], value: f64) -> f64 {
    let ((v0, (_, p0)), (v1, (_, p1))) = (y_labels[0], y_labels[y_labels.len() - 1]);
    p0 + (value - v0) / (v1 - v0) * (p1 - p0)
}

/// What is upside down or back to front in `chart` drawn at `scale`.
fn orientation_problems(chart: &LineChart, scale: f64) -> Vec<String> {
    problems_in(chart, &drawn(chart, scale), scale)
}

/// What is upside down or back to front in `svg`, a drawing of `chart`.
fn problems_in(chart: &LineChart, svg: &[Element], scale: f64) -> Vec<String> {
    let mut out = Vec::new();
    let y_labels = labels(svg, "end", &chart.y_ticks.values, |v| chart.y_tick(v));
    let x_labels = labels(svg, "middle", &chart.x_ticks.values, |v| chart.x_tick(v));
    if y_labels.len() < 2 || x_labels.len() < 2 {
        return vec![format!(
            "{} y and {} x tick labels found; at least 2 each needed",
            y_labels.len(),
            x_labels.len()
        )];
    }
    for pair in y_labels.windows(2) {
        if pair[1].1 .1 >= pair[0].1 .1 {
            out.push(format!(
                "y label {} drawn at y {} is not above {} at y {}",
                pair[1].0, pair[1].1 .1, pair[0].0, pair[0].1 .1
            ));
        }
    }
    for pair in x_labels.windows(2) {
        if pair[1].1 .0 <= pair[0].1 .0 {
            out.push(format!(
                "x label {} drawn at x {} is not right of {} at x {}",
                pair[1].0, pair[1].1 .0, pair[0].0, pair[0].1 .0
            ));
        }
    }
    // Every line drawn as one path lies where the y labels say its values are.
    let tolerance = 1.5 * scale;
    for s in chart.series.iter().filter(|s| s.line == Line::Solid) {
        let Some(path) = path_of(svg, s) else {
            out.push(format!("{}: no path drawn", s.label));
            continue;
        };
        for (p, drawn) in s.points.iter().zip(path.points()) {
            let expected = y_pixel_of(&y_labels, p.1);
            if (drawn.1 - expected).abs() > tolerance {
                out.push(format!(
                    "{}: {} at x {} is drawn at y {}, where the axis puts y {expected:.1}",
                    s.label, p.1, p.0, drawn.1
                ));
                break;
            }
        }
        // And it reads as it moves: a series that rises ends higher on screen.
        let (first, last) = (s.points[0].1, s.points[s.points.len() - 1].1);
        let drawn = path.points();
        let (top, bottom) = (drawn[0].1, drawn[drawn.len() - 1].1);
        let span = chart.y_range.1 - chart.y_range.0;
        if (last - first).abs() > 0.05 * span && (last > first) != (bottom < top) {
            out.push(format!(
                "{}: goes from {first} to {last} but is drawn from y {top} to y {bottom}",
                s.label
            ));
        }
    }
    out
}

/// The scenario's lines (solid): how far the one that moves most moves, in a
/// share of the y range (wages at home: the skilled wage moves, the unskilled
/// hardly).
fn movement(chart: &LineChart) -> f64 {
    let solid: Vec<_> = chart
        .series
        .iter()
        .filter(|s| s.line == Line::Solid)
        .collect();
    assert!(!solid.is_empty(), "a scenario line");
    solid
        .iter()
        .map(|s| {
            let (lo, hi) = s.points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
                (lo.min(p.1), hi.max(p.1))
            });
            (hi - lo) / (chart.y_range.1 - chart.y_range.0)
        })
        .fold(0.0, f64::max)
}

#[test]
fn every_line_chart_draws_larger_values_higher_and_its_labels_the_right_way() {
    for lang in Lang::ALL {
        let state = state_from_hash(&format!("#{MOVED}&lang={}", lang.tag()));
        let ids: Vec<ChartId> = state.charts().iter().map(|c| c.id).collect();
        assert_eq!(ids, ChartId::LINES, "every line chart is checked");
        let mut failures = Vec::new();
        for chart in state.charts().iter() {
            // A line that does not move cannot show which way is up.
            assert!(
                movement(chart) > 0.15,
                "{:?}: the levers must move its scenario ({:.2} of its range)",
                chart.id,
                movement(chart)
            );
            for scale in [1.0, 2.0] {
                failures.extend(
                    orientation_problems(chart, scale)
                        .into_iter()
                        .map(|p| format!("{lang:?} {:?} at {scale}×: {p}", chart.id)),
                );
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

#[test]
fn the_optimum_curve_peaks_at_the_top_of_the_chart_where_the_optimum_is() {
    let state = state_from_hash(&format!("#{MOVED}"));
    let chart = state
        .charts()
        .iter()
        .find(|c| c.id == ChartId::Optimum)
        .expect("the optimum chart");
    let optimum = &state.results().optimum;
    assert!(
        optimum.interior,
        "a hump, not a slope: the test needs a peak"
    );
    let curve = &chart.series[0];
    for scale in [1.0, 2.0] {
        let svg = drawn(chart, scale);
        let path = path_of(&svg, curve).expect("the curve drawn as one path");
        let points = path.points();
        let top = points.iter().map(|p| p.1).fold(f64::MAX, f64::min);
        let bottom = points.iter().map(|p| p.1).fold(f64::MIN, f64::max);
        assert!(bottom - top > 50.0 * scale, "a curve with a visible hump");
        let at = optimum
            .curve
            .iter()
            .position(|p| p[0] == optimum.emig_rate_skilled)
            .expect("the optimum is a grid point");
        assert!(
            points[at].1 <= top + 1.0,
            "at {scale}×: the optimum's point is drawn at y {}, the curve's top at y {top}",
            points[at].1
        );
        // The optimum's marker, a vertical line, stands at that point.
        let marker = svg
            .iter()
            .find(|e| {
                e.name == "polyline"
                    && e.get("stroke") == hex(palette::GREEN)
                    && e.points().len() == 2
                    && e.points()[0].0 == e.points()[1].0
                    && (e.points()[0].1 - e.points()[1].1).abs() > 50.0
            })
            .expect("the optimum's marker");
        assert!((marker.points()[0].0 - points[at].0).abs() <= 1.0);
    }
}

#[test]
fn the_uncertainty_bands_p90_edge_is_drawn_above_its_p10_edge() {
    let state = state_from_hash(&format!("#{MOVED}&uncertainty=on"));
    let mut checked = 0;
    for chart in state.charts().iter() {
        let Some(band) = chart.band.as_ref().filter(|b| !b.spread.is_empty()) else {
            continue;
        };
        for scale in [1.0, 2.0] {
            let svg = drawn(chart, scale);
            let y_labels = labels(&svg, "end", &chart.y_ticks.values, |v| chart.y_tick(v));
            assert!(y_labels.len() >= 2);
            // The two edges: the band's colour, as many points as its years.
            let edges: Vec<Vec<(f64, f64)>> = svg
                .iter()
                .filter(|e| {
                    e.name == "polyline"
                        && e.get("stroke") == hex(band.colour)
                        && e.points().len() == band.spread.len()
                        && e.number("stroke-width") < 2.0 * scale
                })
                .map(|e| {
                    // The low edge runs back, closing the band's outline.
                    let mut points = e.points();
                    points.sort_by(|a, b| a.0.total_cmp(&b.0));
                    points
                })
                .collect();
            assert_eq!(edges.len(), 2, "{:?}: two edges", chart.id);
            // Which is which, by the axis: each must lie on one percentile.
            let on = |edge: &[(f64, f64)],
                      value: fn(&migration_explorer::charts::Spread) -> f64| {
                edge.iter()
                    .zip(&band.spread)
                    .all(|(p, s)| (p.1 - y_pixel_of(&y_labels, value(s))).abs() <= 1.5 * scale)
            };
            let p90 = edges.iter().find(|e| on(e, |s| s.p90));
            let p10 = edges.iter().find(|e| on(e, |s| s.p10));
            let (Some(p90), Some(p10)) = (p90, p10) else {
                panic!(
                    "{:?} at {scale}×: the edges are not where the axis puts p10 and p90",
                    chart.id
                );
            };
            let wide = band
                .spread
                .iter()
                .position(|s| s.p90 - s.p10 > 0.05 * (chart.y_range.1 - chart.y_range.0));
            let wide = wide.expect("a band wide enough to tell its edges apart");
            assert!(
                p90[wide].1 < p10[wide].1,
                "{:?} at {scale}×: p90 at y {}, p10 at y {}",
                chart.id,
                p90[wide].1,
                p10[wide].1
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 2, "the income and remittances charts have bands");
}

#[test]
fn a_pinned_scenario_with_larger_values_is_drawn_above_the_scenario() {
    // A emigrates more of its skilled than B, at the default: more of them
    // abroad every year.
    let state = state_from_hash("#preset=mali-2022&host=france&a.emig_rate_skilled=0.03");
    let chart = state
        .charts()
        .iter()
        .find(|c| c.id == ChartId::SkilledEmigration)
        .expect("the skills abroad chart");
    let b = chart.series.iter().find(|s| s.line == Line::Solid).unwrap();
    let a = chart
        .series
        .iter()
        .find(|s| s.line == Line::Dotted)
        .unwrap();
    assert!(a.points.iter().zip(&b.points).all(|(a, b)| a.1 >= b.1));
    let span = chart.y_range.1 - chart.y_range.0;
    assert!(a.points.last().unwrap().1 > b.points.last().unwrap().1 + 0.3 * span);
    for scale in [1.0, 2.0] {
        let svg = drawn(chart, scale);
        let b_path = path_of(&svg, b).expect("B as one path").points();
        let x_labels = labels(&svg, "middle", &chart.x_ticks.values, |v| chart.x_tick(v));
        let plot_bottom = x_labels[0].1 .1;
        // A is dotted: many short strokes of its colour, above the x labels
        // (the legend's sample is below them).
        let a_points: Vec<(f64, f64)> = svg
            .iter()
            .filter(|e| e.name == "polyline" && e.get("stroke") == hex(a.colour))
            .flat_map(Element::points)
            .filter(|p| p.1 < plot_bottom)
            .collect();
        assert!(a_points.len() > 10, "A's dots drawn");
        // Where both are drawn, A is above B in the later years.
        let late = b_path[b_path.len() / 2].0;
        let below = |x: f64| {
            let i = b_path
                .iter()
                .position(|p| p.0 >= x)
                .unwrap_or(b_path.len() - 1);
            b_path[i].1
        };
        for p in a_points.iter().filter(|p| p.0 >= late) {
            assert!(
                p.1 < below(p.0) + 1.0,
                "at {scale}×: A at ({}, {}) is not above B (y {})",
                p.0,
                p.1,
                below(p.0)
            );
        }
    }
}

/// A tornado bar's two parts, low end and high end: their left and right.
type Ends = [Option<(f64, f64)>; 2];

/// Both tornados of a scenario with levers moved.
fn tornados() -> [Tornado; 2] {
    let state =
        state_from_hash("#preset=mali-2022&host=france&transfer_cost=0.03&emig_rate_skilled=0.03");
    let sens =
        migration_model::Sensitivity::new(state.preset(), state.host(), &state.settings.choices);
    tornado::build(&sens, Lang::En.texts())
}

#[test]
fn a_tornado_draws_larger_values_further_right_and_its_largest_swing_on_top() {
    for t in tornados() {
        assert!(t.bars.len() >= 3, "{:?}: bars to compare", t.id);
        for scale in [1.0, 2.0] {
            let width = (420.0 * scale) as u32;
            let mut height = 0;
            svg_of(
                |root| height = tornado::layout(root, &t, scale).unwrap().height,
                (width, 1),
            );
            let svg = svg_of(
                |root| tornado::draw(root, &t, scale).expect("draws"),
                (width, height as u32),
            );
            // The value axis's labels grow rightwards.
            let ticks = labels(&svg, "middle", &t.x_ticks.values, |v| t.tick(v));
            assert!(ticks.len() >= 2);
            for pair in ticks.windows(2) {
                assert!(pair[1].1 .0 > pair[0].1 .0, "{:?}: x labels {pair:?}", t.id);
            }
            // The bars: each end's colour (low blue, high orange), by row.
            let colours = [hex(palette::BLUE), hex(palette::ORANGE)];
            let mut rows: Vec<(f64, Ends)> = Vec::new();
            for e in svg.iter().filter(|e| e.name == "rect") {
                let Some(end) = colours.iter().position(|c| e.get("fill") == c) else {
                    continue;
                };
                let (x, y, w) = (e.number("x"), e.number("y"), e.number("width"));
                let row = match rows.iter_mut().find(|r| r.0 == y) {
                    Some(row) => row,
                    None => {
                        rows.push((y, [None, None]));
                        rows.last_mut().unwrap()
                    }
                };
                row.1[end] = Some((x, x + w));
            }
            rows.sort_by(|a, b| a.0.total_cmp(&b.0));
            // The legend's samples are drawn as bars too, below every bar.
            rows.truncate(t.bars.len());
            assert_eq!(rows.len(), t.bars.len(), "{:?}: a row per bar", t.id);
            let span = |r: &Ends| {
                let ends = r.iter().flatten();
                let right = ends.clone().map(|e| e.1).fold(f64::MIN, f64::max);
                right - ends.map(|e| e.0).fold(f64::MAX, f64::min)
            };
            let widest = rows.iter().map(|r| span(&r.1)).fold(0.0, f64::max);
            assert!(
                span(&rows[0].1) >= widest - 1.0,
                "{:?} at {scale}×: the top bar spans {} px, the widest {widest}",
                t.id,
                span(&rows[0].1)
            );
            let mut compared = 0;
            for (bar, (_, ends)) in t.bars.iter().zip(&rows) {
                let [Some(low), Some(high)] = ends else {
                    continue;
                };
                // The bar's far end for each: the side away from the centre.
                let far = |e: &(f64, f64), value: f64| if value >= t.central { e.1 } else { e.0 };
                let (l, h) = (far(low, bar.at[0]), far(high, bar.at[1]));
                if (bar.at[1] - bar.at[0]).abs() > 0.02 * (t.x_range.1 - t.x_range.0) {
                    compared += 1;
                    assert_eq!(
                        bar.at[1] > bar.at[0],
                        h > l,
                        "{:?} at {scale}×, {}: values {:?} drawn to x {l} and {h}",
                        t.id,
                        bar.label,
                        bar.at
                    );
                }
            }
            // Most bars have both parts far enough apart to say which is right.
            assert!(
                compared * 2 >= t.bars.len(),
                "{:?} at {scale}×: {compared} of {} bars compared",
                t.id,
                t.bars.len()
            );
        }
    }
}

/// `svg` with the y of every line (`lines`) or of everything mirrored in a
/// `height`-tall picture.
fn mirrored(svg: Vec<Element>, height: f64, lines_only: bool) -> Vec<Element> {
    let flip = |y: f64| height - y;
    svg.into_iter()
        .map(|mut e| {
            if e.name == "polyline" {
                let points: Vec<String> = e
                    .points()
                    .iter()
                    .map(|p| format!("{},{}", p.0, flip(p.1)))
                    .collect();
                let points = points.join(" ");
                e.attributes.retain(|(n, _)| n != "points");
                e.attributes.push(("points".into(), points));
            } else if e.name == "text" && !lines_only {
                let y = flip(e.number("y"));
                e.attributes.retain(|(n, _)| n != "y");
                e.attributes.push(("y".into(), y.to_string()));
            }
            e
        })
        .collect()
}

#[test]
fn the_checks_catch_a_chart_drawn_upside_down() {
    let state = state_from_hash(&format!("#{MOVED}"));
    for chart in state.charts().iter() {
        let svg = drawn(chart, 1.0);
        assert!(problems_in(chart, &svg, 1.0).is_empty());
        // Everything upside down: the labels grow downwards.
        let found = problems_in(chart, &mirrored(drawn(chart, 1.0), 440.0, false), 1.0);
        assert!(
            found.iter().any(|p| p.contains("is not above")),
            "{:?} {found:?}",
            chart.id
        );
        // The lines upside down under labels the right way up.
        let found = problems_in(chart, &mirrored(svg, 440.0, true), 1.0);
        assert!(
            found.iter().any(|p| p.contains("where the axis puts")),
            "{:?} {found:?}",
            chart.id
        );
    }
}
