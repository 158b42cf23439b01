//! Chart state (series, ranges, labels) and drawing, on plotters' SVG backend:
//! the same drawing code as the canvas in the page.

use crate::support::{catalogue, state_from_hash};
use migration_explorer::charts::{build_all, draw, file_name, Export, Line, LineChart};
use migration_explorer::content::ChartId;
use migration_explorer::i18n::Lang;
use migration_model::SURPLUS_MAX_SHARE;
use plotters::prelude::*;

/// Text as plotters' SVG backend escapes it.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
        .replace('"', "&quot;")
}

fn svg(chart: &LineChart, scale: f64) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (640, 440)).into_drawing_area();
        draw(&root, chart, scale).expect("draws");
    }
    out
}

#[test]
fn every_chart_has_a_title_units_a_legend_and_a_dashed_baseline() {
    let state = state_from_hash("#preset=mali-2022&host=france&transfer_cost=0.03");
    assert_eq!(state.charts().len(), ChartId::LINES.len());
    for (id, chart) in ChartId::LINES.iter().zip(state.charts().iter()) {
        assert_eq!(chart.id, *id);
        assert!(!chart.title.is_empty() && !chart.y_label.is_empty() && !chart.x_label.is_empty());
        assert!(
            chart.series.iter().any(|s| s.line == Line::Solid),
            "{id:?}: a solid scenario"
        );
        assert!(
            chart.series.iter().any(|s| s.line == Line::Dashed),
            "{id:?}: a dashed baseline"
        );
        for s in chart.series.iter().filter(|s| s.line == Line::Dashed) {
            assert!(s.label.to_lowercase().contains("baseline"), "{}", s.label);
        }
        assert!(chart.y_range.0 < chart.y_range.1);
        assert!(chart
            .series
            .iter()
            .flat_map(|s| &s.points)
            .all(|p| p.1 >= chart.y_range.0 && p.1 <= chart.y_range.1));
        let picture = svg(chart, 1.0);
        assert!(picture.contains(&xml(&chart.title)), "{id:?}: title drawn");
        assert!(picture.contains(&xml(&chart.y_label)), "{id:?}: unit drawn");
        for s in &chart.series {
            assert!(
                picture.contains(&xml(&s.label)),
                "{id:?}: legend entry {}",
                s.label
            );
        }
        assert!(!chart.description.is_empty());
    }
}

#[test]
fn the_years_run_from_the_base_year_over_the_horizon() {
    let state = state_from_hash("#preset=bangladesh-2000&horizon_years=12");
    let income = &state.charts()[ChartId::Income as usize];
    assert_eq!(income.x_range, (2000.0, 2012.0));
    assert_eq!(income.series[0].points.len(), 13);
}

#[test]
fn a_changed_scenario_draws_different_pixels_and_the_same_one_the_same() {
    let a = state_from_hash("#preset=mali-2022");
    let b = state_from_hash("#preset=mali-2022&remit_share_unskilled=0.5");
    let income =
        |s: &migration_explorer::state::State| (*s.charts()[ChartId::Income as usize]).clone();
    assert_eq!(svg(&income(&a), 1.0), svg(&income(&a), 1.0));
    assert_ne!(svg(&income(&a), 1.0), svg(&income(&b), 1.0));
}

#[test]
fn the_optimum_chart_marks_the_current_rate_the_optimum_and_its_band() {
    let state = state_from_hash("#preset=bangladesh-2022&emig_rate_skilled=0.01");
    let chart = &state.charts()[ChartId::Optimum as usize];
    let opt = &state.results().optimum;
    assert_eq!(chart.series[0].points.len(), 101);
    assert_eq!(chart.markers[0].x, 100.0 * opt.emig_rate_skilled);
    assert_eq!(chart.markers[1].x, 1.0);
    let band = chart.band.as_ref().unwrap();
    assert_eq!(
        (band.from, band.to),
        (100.0 * opt.band[0], 100.0 * opt.band[1])
    );
    assert!(band.from < band.to);
    let picture = svg(chart, 1.0);
    for label in [
        &chart.markers[0].label,
        &chart.markers[1].label,
        &band.label,
    ] {
        assert!(picture.contains(&xml(label)), "{label}");
    }
}

#[test]
fn the_surplus_shows_its_change_where_the_model_says_the_level_does_not_hold() {
    let texts = Lang::En.texts();
    let saudi = state_from_hash("#preset=bangladesh-2022");
    let setting = &saudi.results().scenario.setting;
    assert!(setting.host_immigrant_share > SURPLUS_MAX_SHARE);
    assert!(
        !setting.surplus_level_holds(),
        "the model says: out of range"
    );
    let gulf = &saudi.charts()[ChartId::HostSurplus as usize];
    assert_eq!(gulf.y_label, texts.surplus_change_axis);
    let first = saudi.results().run[0].host_surplus_pct_gdp;
    assert!(first > 0.0);
    for (point, row) in gulf.series[0].points.iter().zip(&saudi.results().run) {
        assert_eq!(
            point.1,
            row.host_surplus_pct_gdp - first,
            "change since year 0"
        );
    }
    assert_eq!(
        gulf.series[0].points[0].1, 0.0,
        "change since the first year"
    );
    assert!(
        gulf.note.contains("76 %") || gulf.note.contains("76\u{a0}%"),
        "{}",
        gulf.note
    );
    assert!(gulf.note.contains("2022"), "{}", gulf.note);
    assert!(svg(gulf, 1.0).contains(&xml(texts.surplus_change_axis)));
    // Bangladesh in 2000: 25.5 % immigrants, just outside the formula's range.
    let early = state_from_hash("#preset=bangladesh-2000");
    assert!(!early.results().scenario.setting.surplus_level_holds());
    let chart = &early.charts()[ChartId::HostSurplus as usize];
    assert_eq!(chart.y_label, texts.surplus_change_axis);
    assert_eq!(chart.series[1].points[0].1, 0.0, "the baseline too");
}

#[test]
fn the_surplus_shows_its_level_where_the_model_says_it_holds() {
    let texts = Lang::En.texts();
    for hash in [
        "#preset=mali-2022&host=france",
        "#preset=mali-2022&host=cote-divoire",
        "#preset=mali-2000&host=cote-divoire",
    ] {
        let state = state_from_hash(hash);
        assert!(
            state.results().scenario.setting.surplus_level_holds(),
            "{hash}"
        );
        let chart = &state.charts()[ChartId::HostSurplus as usize];
        assert_eq!(
            chart.y_label,
            texts.chart(ChartId::HostSurplus).y_axis,
            "{hash}"
        );
        assert_eq!(chart.note, texts.chart(ChartId::HostSurplus).note);
        let level: Vec<f64> = state
            .results()
            .run
            .iter()
            .map(|o| o.host_surplus_pct_gdp)
            .collect();
        let shown: Vec<f64> = chart.series[0].points.iter().map(|p| p.1).collect();
        assert_eq!(shown, level, "{hash}: the level");
        assert!(shown[0] > 0.0, "{hash}");
    }
}

/// "Who gains" (the chart `income`): the unskilled stayer's income as the
/// scenario (its baseline the 0 line), then income per worker, the skilled
/// stayer's income and income per native, each 100 × (value / its baseline's − 1),
/// each with its own mark and a legend entry (docs/model.md §5).
#[test]
fn the_who_gains_chart_reads_each_measure_against_its_baseline() {
    let texts = Lang::En.texts();
    let state = state_from_hash("#preset=mali-2022&transfer_cost=0.02");
    let chart = &state.charts()[ChartId::Income as usize];
    assert_eq!(chart.title, "Who gains");
    assert!(
        chart.y_label.contains("against the baseline"),
        "{}",
        chart.y_label
    );
    assert!(chart.note.contains("not GNI"), "{}", chart.note);
    let (run, base) = (&state.results().run, &state.results().baseline);
    let effect = |f: fn(&migration_model::Outputs) -> f64| -> Vec<f64> {
        run.iter()
            .zip(base.iter())
            .map(|(s, b)| 100.0 * (f(s) / f(b) - 1.0))
            .collect()
    };
    let values = |i: usize| -> Vec<f64> { chart.series[i].points.iter().map(|p| p.1).collect() };
    let labels: Vec<&str> = chart.series.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            texts.who.unskilled,
            texts.baseline,
            texts.who.per_worker,
            texts.who.skilled,
            texts.who.per_native
        ]
    );
    assert_eq!(values(0), effect(|o| o.unskilled_stayer_income_usd));
    assert!(values(1).iter().all(|&v| v == 0.0));
    assert_eq!(values(2), effect(|o| o.income_per_worker_usd));
    assert_eq!(values(3), effect(|o| o.skilled_stayer_income_usd));
    assert_eq!(values(4), effect(|o| o.income_per_native_usd));
    assert!(
        values(0).last().unwrap() > &0.0,
        "cheaper transfers raise the unskilled stayer's income"
    );
    // Told apart without colour: no two lines share a (line, mark) pair.
    let styles: std::collections::HashSet<_> =
        chart.series.iter().map(|s| (s.line, s.mark)).collect();
    assert_eq!(styles.len(), chart.series.len());
    let picture = svg(chart, 1.0);
    for label in labels {
        assert!(picture.contains(&xml(label)), "legend entry {label}");
    }
}

/// Wages at home: the unskilled wage as the scenario, the skilled wage beside
/// it, each against its baseline; a note when the skilled wage falls below the
/// unskilled (docs/model.md §8), and none otherwise.
#[test]
fn the_wages_chart_reads_both_wages_and_says_when_they_cross() {
    let texts = Lang::En.texts();
    let state = state_from_hash("#preset=mali-2022&emig_rate_skilled=0.03");
    let chart = &state.charts()[ChartId::HomeWages as usize];
    let (run, base) = (&state.results().run, &state.results().baseline);
    let last = run.len() - 1;
    let at_last = |i: usize| chart.series[i].points[last].1;
    assert_eq!(chart.series[0].label, texts.who.wage_unskilled);
    assert_eq!(chart.series[2].label, texts.who.wage_skilled);
    assert_eq!(
        at_last(0),
        100.0 * (run[last].wage_unskilled_usd / base[last].wage_unskilled_usd - 1.0)
    );
    assert_eq!(
        at_last(2),
        100.0 * (run[last].wage_skilled_usd / base[last].wage_skilled_usd - 1.0)
    );
    assert!(
        at_last(2) > 0.0,
        "fewer skilled stayers earn more: {}",
        at_last(2)
    );
    assert!(
        !chart.note.contains("below the unskilled"),
        "{}",
        chart.note
    );
    // Mali 2000 with a return upgrade of 0.05: the skilled wage falls below
    // in 2023 (migration-sim's CSV).
    let state = state_from_hash("#preset=mali-2000&return_upgrade=0.05");
    let year = migration_model::first_wage_inversion(&state.results().run).expect("crossed");
    assert_eq!(year, 2023);
    let chart = &state.charts()[ChartId::HomeWages as usize];
    assert!(
        chart.note.starts_with(&format!(
            "From {year} the skilled wage is below the unskilled wage"
        )),
        "{}",
        chart.note
    );
}

/// Money sent home from the host, % of its GDP: the model's outflow by θ_R.
#[test]
fn the_money_sent_home_chart_is_the_model_s_outflow() {
    let state = state_from_hash("#preset=mali-2022&host=france");
    let chart = &state.charts()[ChartId::HostOutflow as usize];
    let expected: Vec<f64> = state
        .results()
        .run
        .iter()
        .map(|o| o.host_remittance_outflow_pct_gdp)
        .collect();
    let shown: Vec<f64> = chart.series[0].points.iter().map(|p| p.1).collect();
    assert_eq!(shown, expected);
    // The issue's figure, from outside the widget: 0.0125 % of France's GDP
    // at start (θ_R = 0.303 of Mali's money sent, not θ = 0.066 of heads).
    assert!((shown[0] - 0.0125).abs() < 0.00005, "{}", shown[0]);
    assert!(chart.note.contains("θ_R"), "{}", chart.note);
}

#[test]
fn every_chart_of_every_preset_and_host_draws() {
    for preset in &catalogue().presets {
        for host in &preset.hosts {
            let state = state_from_hash(&format!("#preset={}&host={}", preset.id, host.id));
            let charts = build_all(state.results(), None, None, Lang::En.texts());
            assert_eq!(charts.len(), ChartId::LINES.len());
            for (chart, kept) in charts.iter().zip(state.charts().iter()) {
                assert_eq!(chart, &**kept, "the state holds what build_all builds");
                let picture = svg(chart, 1.0);
                assert!(
                    picture.contains(&xml(&chart.title)),
                    "{} {}: {:?}",
                    preset.id,
                    host.id,
                    chart.id
                );
                assert!(chart
                    .series
                    .iter()
                    .flat_map(|s| &s.points)
                    .all(|p| p.0.is_finite() && p.1.is_finite()));
            }
        }
    }
}

#[test]
fn drawing_scales_with_the_device_pixel_ratio() {
    let state = state_from_hash("");
    let chart = &state.charts()[ChartId::Income as usize];
    let (one, two) = (svg(chart, 1.0), svg(chart, 2.0));
    // plotters' SVG writes font sizes divided by 1.24: 16 px → 12.9032…
    assert!(one.contains("font-size=\"12.9032"), "title at 16 px");
    assert!(
        two.contains("font-size=\"25.8064"),
        "title at 32 px on a 2× screen"
    );
}

#[test]
fn a_flat_series_still_gets_a_visible_range() {
    // b_f = 0: the fiscal contribution is zero every year.
    let state = state_from_hash("");
    let fiscal = &state.charts()[ChartId::HostFiscal as usize];
    assert!(fiscal.series[0].points.iter().all(|p| p.1 == 0.0));
    assert!(fiscal.y_range.0 < 0.0 && fiscal.y_range.1 > 0.0);
    svg(fiscal, 1.0);
}

/// A small well-formedness check: one root, tags closed in order, attribute
/// values quoted, `&` only in the five XML entities or numeric references.
/// Returns the text content, entities decoded.
fn well_formed(svg: &str) -> Result<String, String> {
    let mut rest = svg.trim();
    if let Some(decl) = rest.strip_prefix("<?xml") {
        rest = decl.split_once("?>").ok_or("unclosed declaration")?.1;
    }
    let mut open: Vec<String> = Vec::new();
    let mut roots = 0;
    let mut text = String::new();
    let entity = |s: &str| -> Result<(String, usize), String> {
        let end = s.find(';').ok_or("& without ;")?;
        let name = &s[1..end];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "apos" => '\'',
            "quot" => '"',
            n if n.starts_with("#x") => u32::from_str_radix(&n[2..], 16)
                .ok()
                .and_then(char::from_u32)
                .ok_or(format!("bad reference {n}"))?,
            n if n.starts_with('#') => n[1..]
                .parse()
                .ok()
                .and_then(char::from_u32)
                .ok_or(format!("bad reference {n}"))?,
            n => return Err(format!("unknown entity {n}")),
        };
        Ok((c.to_string(), end + 1))
    };
    while !rest.is_empty() {
        if let Some(tag) = rest.strip_prefix('<') {
            let end = tag.find('>').ok_or("unclosed tag")?;
            let inner = &tag[..end];
            rest = &tag[end + 1..];
            if let Some(name) = inner.strip_prefix('/') {
                let top = open.pop().ok_or("close without open")?;
                if top != name.trim() {
                    return Err(format!("</{name}> closes <{top}>"));
                }
                continue;
            }
            if inner.starts_with('!') {
                continue;
            }
            let self_closing = inner.ends_with('/');
            let inner = inner.trim_end_matches('/');
            let name = inner.split_whitespace().next().ok_or("empty tag")?;
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_alphanumeric() || ":-_".contains(c))
            {
                return Err(format!("bad tag name {name:?}"));
            }
            // Attributes: name="value" pairs, values without < or a bare &.
            let mut attrs = inner[name.len()..].trim();
            while !attrs.is_empty() {
                let (key, after) = attrs
                    .split_once('=')
                    .ok_or(format!("attribute without value in <{name}>"))?;
                if key.trim().is_empty() || key.trim().contains(char::is_whitespace) {
                    return Err(format!("bad attribute {key:?} in <{name}>"));
                }
                let quote = after.chars().next().ok_or("no value")?;
                if quote != '"' && quote != '\'' {
                    return Err(format!("unquoted attribute {key} in <{name}>"));
                }
                let close = after[1..].find(quote).ok_or("unclosed attribute")?;
                let value = &after[1..1 + close];
                if value.contains('<') {
                    return Err(format!("< in attribute {key}"));
                }
                let mut v = value;
                while let Some(at) = v.find('&') {
                    let (_, used) = entity(&v[at..])?;
                    v = &v[at + used..];
                }
                attrs = after[close + 2..].trim_start();
            }
            if open.is_empty() {
                roots += 1;
            }
            if !self_closing {
                open.push(name.to_string());
            }
        } else {
            if open.is_empty() {
                return Err(format!(
                    "text outside the root: {:?}",
                    &rest[..rest.len().min(20)]
                ));
            }
            let end = rest.find('<').unwrap_or(rest.len());
            let mut chunk = &rest[..end];
            while let Some(at) = chunk.find('&') {
                text.push_str(&chunk[..at]);
                let (c, used) = entity(&chunk[at..])?;
                text.push_str(&c);
                chunk = &chunk[at + used..];
            }
            text.push_str(chunk);
            rest = &rest[end..];
        }
    }
    if !open.is_empty() {
        return Err(format!("unclosed {open:?}"));
    }
    if roots != 1 {
        return Err(format!("{roots} roots"));
    }
    Ok(text)
}

#[test]
fn the_well_formedness_check_refuses_broken_xml() {
    assert_eq!(
        well_formed("<svg a=\"1\"><text>A &amp; B</text></svg>").as_deref(),
        Ok("A & B")
    );
    for bad in [
        "<svg><text>x</svg>",
        "<svg a=1></svg>",
        "<svg>A & B</svg>",
        "<svg></svg><svg></svg>",
        "<svg><g></svg></g>",
        "<svg>",
    ] {
        assert!(well_formed(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_svg_export_of_every_chart_is_xml_with_its_words_as_text() {
    for preset in &catalogue().presets {
        for host in &preset.hosts {
            let state = state_from_hash(&format!("#preset={}&host={}", preset.id, host.id));
            for chart in state.charts().iter() {
                let picture = svg(chart, 1.0);
                let at = format!("{} {} {:?}", preset.id, host.id, chart.id);
                assert!(picture.trim_start().starts_with("<svg"), "{at}");
                let text = well_formed(&picture).unwrap_or_else(|e| panic!("{at}: {e}"));
                // Years need no axis title.
                let mut words = vec![&chart.title, &chart.y_label];
                if chart.x_scale != migration_explorer::charts::Scale::Year {
                    words.push(&chart.x_label);
                }
                words.extend(chart.series.iter().map(|s| &s.label));
                words.extend(chart.markers.iter().map(|m| &m.label));
                words.extend(chart.band.iter().map(|b| &b.label));
                for word in words {
                    assert!(text.contains(word.as_str()), "{at}: {word} as text");
                }
            }
        }
    }
}

#[test]
fn an_export_is_named_by_preset_host_chart_and_years() {
    assert_eq!(
        file_name(
            "mali-2022",
            "france",
            ChartId::Income,
            (2022, 2052),
            Export::Svg
        ),
        "migration-explorer_mali-2022_france_income_2022-2052.svg"
    );
    assert_eq!(
        file_name(
            "bangladesh-2000",
            "saudi-arabia",
            ChartId::HostSurplus,
            (2000, 2012),
            Export::Png
        ),
        "migration-explorer_bangladesh-2000_saudi-arabia_host-surplus_2000-2012.png"
    );
    // Nothing that makes a path, hides a separator or needs quoting.
    assert_eq!(
        file_name(
            "../a b_C",
            "x/y",
            ChartId::Optimum,
            (2022, 2042),
            Export::Png
        ),
        "migration-explorer_---a-b-c_x-y_optimum_2022-2042.png"
    );
    // Every chart of the widget's state: one name each, all different.
    let state = state_from_hash("#preset=mali-2022&host=france&horizon_years=12");
    let names: std::collections::HashSet<String> = ChartId::LINES
        .iter()
        .flat_map(|id| {
            [Export::Png, Export::Svg]
                .map(|f| file_name(&state.preset().id, &state.host().id, *id, (2022, 2034), f))
        })
        .collect();
    assert_eq!(names.len(), 2 * ChartId::LINES.len());
}

#[test]
fn the_numbers_table_holds_what_each_chart_draws_with_its_units() {
    use migration_explorer::charts::{table, TABLE_STEP};
    // A pinned scenario A with a shorter horizon: its column stops early.
    let state =
        state_from_hash("#preset=mali-2022&host=france&transfer_cost=0.03&a.horizon_years=12");
    for chart in state.charts().iter() {
        let t = table(chart);
        // x, B, baseline, the chart's other quantities (who gains, wages, the
        // near-optimum range), A.
        let others = match chart.id {
            ChartId::Income => 3,
            ChartId::HomeWages | ChartId::Optimum => 1,
            _ => 0,
        };
        assert_eq!(
            t.columns.len(),
            4 + others,
            "{:?}: x, B, baseline, others, A",
            chart.id
        );
        assert_eq!(t.columns[0], chart.x_label);
        for (s, column) in chart.series.iter().zip(&t.columns[1..]) {
            assert!(
                column.contains(&s.label) && column.contains(&chart.y_label),
                "{column}"
            );
        }
        assert!(t.rows.iter().all(|r| r.len() == t.columns.len()));
        if chart.id == ChartId::Optimum {
            // Every half point of e_s, from 0 to the slider's 5 % a year.
            let xs: Vec<&str> = t.rows.iter().map(|r| r[0].as_str()).collect();
            assert_eq!(
                xs,
                ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"]
            );
            assert_eq!(TABLE_STEP, 0.5);
            for (i, row) in t.rows.iter().enumerate() {
                let x = TABLE_STEP * i as f64;
                for (s, cell) in chart.series.iter().zip(&row[1..]) {
                    // The near-optimum range covers part of the grid only.
                    match s.points.iter().find(|p| (p.0 - x).abs() < 1e-9) {
                        Some(point) => assert_eq!(*cell, chart.y_text(point.1)),
                        None => assert_eq!(*cell, "", "{}: off its range", s.label),
                    }
                }
            }
        } else {
            // Year by year, every series at its own points.
            assert_eq!(t.rows.len(), 31, "{:?}: 2022 to 2052", chart.id);
            for (i, row) in t.rows.iter().enumerate() {
                assert_eq!(row[0], (2022 + i).to_string());
                for (s, cell) in chart.series.iter().zip(&row[1..]) {
                    match s.points.get(i) {
                        Some(p) => assert_eq!(*cell, chart.y_text(p.1)),
                        None => assert_eq!(*cell, "", "{:?}: A has stopped", chart.id),
                    }
                }
            }
            assert_eq!(
                t.rows
                    .iter()
                    .filter(|r| !r.last().unwrap().is_empty())
                    .count(),
                13,
                "A over 12 years"
            );
        }
    }
    // Without a pin, A's column goes and nothing else.
    let plain = state_from_hash("#preset=mali-2022&host=france&transfer_cost=0.03");
    for (b, a) in plain.charts().iter().zip(state.charts().iter()) {
        assert_eq!(
            table(b).columns.len() + 1,
            table(a).columns.len(),
            "{:?}",
            b.id
        );
    }
}

// ---------------------------------------------------------------------------
// Words that fit: every chart drawn on a backend that records what it draws
// and measures text as wide as a browser's widest sans-serif might (plotters'
// own guess is 20–30 % narrower than Chromium's), in English and with every
// word 40 % longer (French runs longer), with and without a pinned scenario,
// at the sizes the widget, the presentation and the brief draw.
// ---------------------------------------------------------------------------

use migration_explorer::charts::{
    layout, palette, Ticks, AXIS_TITLE_SIZE, INK, MAX_TICKS, TEXT_SIZE, TITLE_SIZE,
};
use plotters::coord::Shift;
use plotters_backend::{
    text_anchor::{HPos, VPos},
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};
use std::cell::RefCell;
use std::rc::Rc;

/// Width of a character, in ems: conservative for sans-serif fonts (Chromium
/// on Linux draws Liberation Sans or DejaVu Sans at 0.46–0.6 em a character on
/// these labels), bold wider.
const EM_PER_CHAR: f64 = 0.62;
const EM_PER_BOLD_CHAR: f64 = 0.68;
/// Height of a line of text, in ems.
const EM_HEIGHT: f64 = 1.2;

/// Text drawn: its words, font size, weight, colour and box (x0, y0, x1, y1).
#[derive(Clone, Debug)]
struct Word {
    text: String,
    size: f64,
    bold: bool,
    colour: (u8, u8, u8),
    bounds: [f64; 4],
}

#[derive(Default)]
struct Record {
    words: Vec<Word>,
    /// Strokes and fills: segments (a point is a segment of length 0, a
    /// filled shape its bounding box's diagonals and edges).
    segments: Vec<[f64; 4]>,
    rotated: Vec<String>,
}

/// A backend that draws nothing: it records, and measures conservatively.
struct Recorder {
    size: (u32, u32),
    record: Rc<RefCell<Record>>,
}

#[derive(Debug)]
struct NoError;
impl std::fmt::Display for NoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no error")
    }
}
impl std::error::Error for NoError {}

type Drawn = Result<(), DrawingErrorKind<NoError>>;

fn measure(text: &str, size: f64, bold: bool) -> (f64, f64) {
    let em = if bold { EM_PER_BOLD_CHAR } else { EM_PER_CHAR };
    (em * size * text.chars().count() as f64, EM_HEIGHT * size)
}

impl Recorder {
    fn segment(&self, (x0, y0): BackendCoord, (x1, y1): BackendCoord) {
        self.record.borrow_mut().segments.push([
            f64::from(x0),
            f64::from(y0),
            f64::from(x1),
            f64::from(y1),
        ]);
    }

    fn shape(&self, (x0, y0): BackendCoord, (x1, y1): BackendCoord) {
        let (w, h) = (self.size.0 as i32, self.size.1 as i32);
        // The background: the whole area, filled.
        if x0 <= 0 && y0 <= 0 && x1 >= w - 1 && y1 >= h - 1 {
            return;
        }
        for (a, b) in [
            ((x0, y0), (x1, y1)),
            ((x0, y1), (x1, y0)),
            ((x0, y0), (x1, y0)),
            ((x0, y1), (x1, y1)),
            ((x0, y0), (x0, y1)),
            ((x1, y0), (x1, y1)),
        ] {
            self.segment(a, b);
        }
    }
}

impl DrawingBackend for Recorder {
    type ErrorType = NoError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }
    fn present(&mut self) -> Drawn {
        Ok(())
    }
    fn draw_pixel(&mut self, point: BackendCoord, colour: BackendColor) -> Drawn {
        if colour.alpha > 0.0 {
            self.segment(point, point);
        }
        Ok(())
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, _: &S) -> Drawn {
        self.segment(from, to);
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        _: &S,
        _: bool,
    ) -> Drawn {
        self.shape(upper_left, bottom_right);
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        _: &S,
    ) -> Drawn {
        let points: Vec<BackendCoord> = path.into_iter().collect();
        for pair in points.windows(2) {
            self.segment(pair[0], pair[1]);
        }
        if let [one] = points[..] {
            self.segment(one, one);
        }
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        r: u32,
        _: &S,
        _: bool,
    ) -> Drawn {
        let r = r as i32;
        self.shape((x - r, y - r), (x + r, y + r));
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        _: &S,
    ) -> Drawn {
        let points: Vec<BackendCoord> = vert.into_iter().collect();
        let xs = points.iter().map(|p| p.0);
        let ys = points.iter().map(|p| p.1);
        let (x0, x1) = (xs.clone().min().unwrap(), xs.max().unwrap());
        let (y0, y1) = (ys.clone().min().unwrap(), ys.max().unwrap());
        self.shape((x0, y0), (x1, y1));
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Drawn {
        let bold = matches!(style.style(), FontStyle::Bold);
        let (w, h) = measure(text, style.size(), bold);
        let (x, y) = (f64::from(x), f64::from(y));
        let anchor = style.anchor();
        let x0 = match anchor.h_pos {
            HPos::Left => x,
            HPos::Center => x - w / 2.0,
            HPos::Right => x - w,
        };
        let y0 = match anchor.v_pos {
            VPos::Top => y,
            VPos::Center => y - h / 2.0,
            VPos::Bottom => y - h,
        };
        let mut record = self.record.borrow_mut();
        if !matches!(style.transform(), FontTransform::None) {
            record.rotated.push(text.to_string());
        }
        record.words.push(Word {
            text: text.to_string(),
            size: style.size(),
            bold,
            colour: style.color().rgb,
            bounds: [x0, y0, x0 + w, y0 + h],
        });
        Ok(())
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<NoError>> {
        let (w, h) = measure(text, style.size(), matches!(style.style(), FontStyle::Bold));
        Ok((w.ceil() as u32, h.ceil() as u32))
    }
}

/// Draws `chart` at `size` and `scale` on a recorder: what it drew, and its layout.
fn recorded(
    chart: &LineChart,
    size: (u32, u32),
    scale: f64,
) -> (Record, migration_explorer::charts::Layout) {
    let record = Rc::new(RefCell::new(Record::default()));
    let root: DrawingArea<Recorder, Shift> = Recorder {
        size,
        record: record.clone(),
    }
    .into_drawing_area();
    let at = layout(&root, chart, scale).expect("laid out");
    draw(&root, chart, scale).expect("drawn");
    drop(root);
    let record = Rc::try_unwrap(record).ok().expect("one owner").into_inner();
    (record, at)
}

/// `text` 40 % longer: each word's own letters repeated, as a French label
/// runs longer than its English one.
fn longer(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let n = word.chars().count();
            let extra: String = word.chars().cycle().take((n * 2).div_ceil(5)).collect();
            format!("{word}{extra}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every word of `chart` 40 % longer.
fn lengthened(chart: &LineChart) -> LineChart {
    let mut long = chart.clone();
    long.title = longer(&chart.title);
    long.x_label = longer(&chart.x_label);
    long.y_label = longer(&chart.y_label);
    for s in &mut long.series {
        s.label = longer(&s.label);
    }
    for m in &mut long.markers {
        m.label = longer(&m.label);
    }
    if let Some(b) = &mut long.band {
        b.label = longer(&b.label);
    }
    long
}

fn overlap(a: &[f64; 4], b: &[f64; 4]) -> bool {
    const TOLERANCE: f64 = 0.5;
    a[0] < b[2] - TOLERANCE
        && b[0] < a[2] - TOLERANCE
        && a[1] < b[3] - TOLERANCE
        && b[1] < a[3] - TOLERANCE
}

/// Whether the segment crosses the box (sampled every half pixel).
fn crosses(segment: &[f64; 4], bounds: &[f64; 4]) -> bool {
    let [x0, y0, x1, y1] = *segment;
    let steps = ((x1 - x0).abs().max((y1 - y0).abs()) * 2.0).ceil().max(1.0) as usize;
    (0..=steps).any(|i| {
        let t = i as f64 / steps as f64;
        let (x, y) = (x0 + t * (x1 - x0), y0 + t * (y1 - y0));
        x > bounds[0] + 0.5 && x < bounds[2] - 0.5 && y > bounds[1] + 0.5 && y < bounds[3] - 0.5
    })
}

/// The sizes a chart is drawn at (CSS pixels) and their scale, as
/// assets/widget.css sizes them: the origin and host charts two to a row at
/// 1280 px and one to a row on a 320 px phone, the optimum across the view
/// (taller on a phone), the presentation on a 2× screen, and the brief's
/// inline SVG (origin and host charts only).
fn sizes(chart: &LineChart) -> Vec<((u32, u32), f64, &'static str)> {
    use migration_explorer::components::brief::{CHART_SCALE, CHART_SIZE};
    let mut sizes = vec![((1200, 700), 2.0, "presentation on a 2× screen")];
    if chart.id == ChartId::Optimum {
        sizes.extend([
            ((880, 495), 1.0, "desktop"),
            ((270, 420), 1.0, "phone at 320 px"),
        ]);
    } else if matches!(chart.id, ChartId::Income | ChartId::HomeWages) {
        // Several lines: at least 380 px tall (widget.css).
        sizes.extend([
            ((420, 380), 1.0, "desktop, two to a row"),
            ((270, 380), 1.0, "phone at 320 px"),
            (CHART_SIZE, CHART_SCALE, "brief"),
        ]);
    } else {
        sizes.extend([
            ((420, 290), 1.0, "desktop, two to a row"),
            ((270, 260), 1.0, "phone at 320 px"),
            (CHART_SIZE, CHART_SCALE, "brief"),
        ]);
    }
    sizes
}

/// What is wrong with a chart as drawn: words outside the area, over each
/// other or over the plot's lines, text too small or turned, a legend larger
/// than the plot.
fn problems(chart: &LineChart, size: (u32, u32), scale: f64) -> Vec<String> {
    let (record, at) = recorded(chart, size, scale);
    let mut out = word_problems(&record, size, scale);
    let h = f64::from(size.1);
    let (_, top, _, bottom) = at.plot;
    let legend = h - f64::from(at.legend_top);
    if legend >= f64::from(bottom - top) {
        out.push(format!("legend {legend} px tall, plot {} px", bottom - top));
    }
    out
}

/// Words outside the area, over each other or over lines, too small or turned.
fn word_problems(record: &Record, size: (u32, u32), scale: f64) -> Vec<String> {
    let mut out = Vec::new();
    let (w, h) = (f64::from(size.0), f64::from(size.1));
    for word in &record.words {
        let b = &word.bounds;
        if b[0] < -0.5 || b[1] < -0.5 || b[2] > w + 0.5 || b[3] > h + 0.5 {
            out.push(format!("{:?} cut off: {:?} in {w}×{h}", word.text, b));
        }
        let least = if word.bold { TITLE_SIZE } else { TEXT_SIZE };
        if word.size < least * scale - 1e-9 {
            out.push(format!("{:?} at {} px", word.text, word.size / scale));
        }
        if let Some(segment) = record.segments.iter().find(|s| crosses(s, b)) {
            out.push(format!("{:?} over a line {segment:?}", word.text));
        }
    }
    for (i, a) in record.words.iter().enumerate() {
        for b in &record.words[i + 1..] {
            if overlap(&a.bounds, &b.bounds) {
                out.push(format!("{:?} over {:?}", a.text, b.text));
            }
        }
    }
    out.extend(record.rotated.iter().map(|t| format!("{t:?} turned")));
    out
}

/// Every chart of every preset and host, with and without a pinned scenario,
/// and with the uncertainty bands and a pin, in every language.
fn every_chart() -> Vec<(String, LineChart)> {
    let mut all = Vec::new();
    let pins = [
        "",
        "&a.transfer_cost=0.1&a.emig_rate_skilled=0.02",
        "&uncertainty=on&transfer_cost=0.02&a.transfer_cost=0.1",
    ];
    for preset in &catalogue().presets {
        for host in &preset.hosts {
            for (pin, lang) in pins
                .into_iter()
                .flat_map(|pin| Lang::ALL.map(|lang| (pin, lang.tag())))
            {
                let hash = format!("#preset={}&host={}{pin}&lang={lang}", preset.id, host.id);
                let state = state_from_hash(&hash);
                for chart in state.charts().iter() {
                    all.push((format!("{hash} {:?}", chart.id), (**chart).clone()));
                }
            }
        }
    }
    all
}

#[test]
fn every_word_of_every_chart_fits_in_every_language_and_english_forty_percent_longer() {
    let mut failures = Vec::new();
    for (at, chart) in every_chart() {
        // English, and English 40 % longer for a language as long as French
        // or longer; the other languages as they are.
        let mut versions = vec![("as written", chart.clone())];
        if chart.lang == Lang::En {
            versions.push(("40 % longer", lengthened(&chart)));
        }
        for (words, chart) in versions {
            for (size, scale, name) in sizes(&chart) {
                failures.extend(
                    problems(&chart, size, scale)
                        .into_iter()
                        .map(|p| format!("{at}, {words}, {name}: {p}")),
                );
            }
        }
    }
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} problems, the first:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

#[test]
fn the_checks_catch_a_clipped_title_overlapping_words_and_small_text() {
    let state = state_from_hash("#preset=mali-2022&host=france");
    let mut chart = (*state.charts()[ChartId::HostFiscal as usize]).clone();
    assert!(problems(&chart, (430, 300), 1.0).is_empty());
    // One word wider than the chart cannot wrap: it is cut off.
    chart.title = "W".repeat(80);
    let found = problems(&chart, (430, 300), 1.0);
    assert!(found.iter().any(|p| p.contains("cut off")), "{found:?}");
    // Too small an area: the legend outgrows the plot, words meet.
    let chart = &state.charts()[ChartId::Optimum as usize];
    let found = problems(chart, (150, 120), 1.0);
    assert!(found.iter().any(|p| p.contains("legend")), "{found:?}");
    assert!(found.iter().any(|p| p.contains(" over ")), "{found:?}");
}

#[test]
fn axis_and_legend_text_is_at_least_12_px_titles_larger_and_the_words_dark() {
    const { assert!(TEXT_SIZE >= 12.0 && AXIS_TITLE_SIZE >= TEXT_SIZE && TITLE_SIZE > AXIS_TITLE_SIZE) };
    let state = state_from_hash("#preset=mali-2022&host=france&a.transfer_cost=0.1");
    for chart in state.charts().iter() {
        let (record, _) = recorded(chart, (430, 300), 1.0);
        for word in &record.words {
            assert!(word.size >= 12.0, "{}: {} px", word.text, word.size);
            assert!(
                contrast(word.colour, (255, 255, 255)) >= 4.5,
                "{}: {:?}",
                word.text,
                word.colour
            );
        }
        let title = record
            .words
            .iter()
            .find(|w| chart.title.starts_with(&w.text))
            .unwrap();
        assert!(title.bold && title.size >= 16.0);
        let unit = record
            .words
            .iter()
            .find(|w| w.text == chart.y_label)
            .unwrap();
        assert!(unit.size > 12.0, "the y axis's title");
    }
    assert!(contrast(INK, (255, 255, 255)) >= 4.5);
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2 contrast ratio.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_contrast_ratio_is_wcags() {
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast((118, 118, 118), (255, 255, 255)) - 4.54).abs() < 0.01);
    // Okabe–Ito as published: sky blue, orange and yellow are too light for
    // lines on white; reddish purple only just reaches 3:1.
    for light in [(86, 180, 233), (230, 159, 0), (240, 228, 66)] {
        assert!(contrast(light, (255, 255, 255)) < 3.0, "{light:?}");
    }
}

#[test]
fn every_line_and_marker_colour_is_at_least_3_to_1_on_white() {
    for colour in palette::ALL {
        assert!(contrast(colour, (255, 255, 255)) >= 3.0, "{colour:?}");
    }
    for (at, chart) in every_chart() {
        let colours = chart
            .series
            .iter()
            .map(|s| (s.label.as_str(), s.colour))
            .chain(chart.markers.iter().map(|m| (m.label.as_str(), m.colour)));
        for (label, colour) in colours {
            let ratio = contrast(colour, (255, 255, 255));
            assert!(ratio >= 3.0, "{at}: {label} {colour:?} at {ratio:.2}:1");
        }
        // Scenario, baseline and pinned scenario differ by style and mark, not colour alone.
        let looks: std::collections::HashSet<_> =
            chart.series.iter().map(|s| (s.line, s.mark)).collect();
        assert_eq!(looks.len(), chart.series.len(), "{at}");
    }
}

/// Whether `step` is 1, 2, 2.5 or 5 times a power of ten.
fn is_round(step: f64) -> bool {
    let power = 10f64.powf(step.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .any(|m| (step / power - m).abs() < 1e-6)
}

fn check_ticks(at: &str, ticks: &Ticks, range: (f64, f64)) {
    let v = &ticks.values;
    assert!(!v.is_empty() && v.len() <= MAX_TICKS, "{at}: {v:?}");
    assert!(
        v.iter()
            .all(|t| *t >= range.0 - 1e-9 && *t <= range.1 + 1e-9),
        "{at}: {v:?} in {range:?}"
    );
    if let [a, b, ..] = v[..] {
        let step = b - a;
        assert!(is_round(step), "{at}: step {step}");
        assert!(
            v.windows(2)
                .all(|w| ((w[1] - w[0]) - step).abs() < 1e-9 * step.max(1.0)),
            "{at}: {v:?}"
        );
        assert!(v.len() >= 2, "{at}");
    }
}

#[test]
fn every_axis_has_at_most_six_ticks_with_round_steps() {
    for (at, chart) in every_chart() {
        check_ticks(&format!("{at} x"), &chart.x_ticks, chart.x_range);
        check_ticks(&format!("{at} y"), &chart.y_ticks, chart.y_range);
        if chart.x_scale == migration_explorer::charts::Scale::Year {
            assert!(
                chart.x_ticks.values.iter().all(|y| y.fract() == 0.0),
                "{at}"
            );
        }
        // Labels as the step needs them: no two alike.
        let labels: std::collections::HashSet<String> = chart
            .y_ticks
            .values
            .iter()
            .map(|v| chart.y_tick(*v))
            .collect();
        assert_eq!(labels.len(), chart.y_ticks.values.len(), "{at}");
    }
    for years in [10, 12, 17, 25, 33, 50] {
        let state = state_from_hash(&format!("#preset=mali-2022&horizon_years={years}"));
        let chart = &state.charts()[ChartId::Skills as usize];
        check_ticks(&format!("{years} years"), &chart.x_ticks, chart.x_range);
    }
}

#[test]
fn the_crowded_axis_of_the_issue_gets_five_round_ticks() {
    // 3.5 to 5.5 was labelled in seven steps of 0.33 on a 60 px axis.
    let state = state_from_hash("#preset=mali-2022&host=france");
    let mut chart = (*state.charts()[ChartId::Skills as usize]).clone();
    chart.series[0].points = vec![(2022.0, 3.6), (2052.0, 5.4)];
    chart.series[1].points = vec![(2022.0, 3.6), (2052.0, 3.6)];
    chart.y_range = (3.5, 5.5);
    let ticks = Ticks::round((3.5, 5.5), false);
    assert_eq!(ticks.values, vec![3.5, 4.0, 4.5, 5.0, 5.5]);
    assert_eq!(ticks.decimals, 1);
    let years = Ticks::round((2000.0, 2012.0), true);
    assert_eq!(years.values, vec![2000.0, 2005.0, 2010.0]);
    let small = Ticks::round((-0.043, 0.0031), false);
    assert_eq!(small.values, vec![-0.04, -0.03, -0.02, -0.01, 0.0]);
    assert_eq!(small.decimals, 2);
    let quarter = Ticks::round((0.0, 1.3), false);
    assert_eq!(quarter.values, vec![0.0, 0.25, 0.5, 0.75, 1.0, 1.25]);
}

#[test]
fn lines_flat_at_zero_say_so_in_words_and_draw_one_tick() {
    let texts = Lang::En.texts();
    // b_f = 0 by default: no fiscal effect.
    let state = state_from_hash("#preset=mali-2022&host=france");
    let fiscal = &state.charts()[ChartId::HostFiscal as usize];
    assert_eq!(fiscal.y_ticks.values, vec![0.0]);
    assert!(
        fiscal
            .note
            .starts_with("No fiscal effect with the default assumption"),
        "{}",
        fiscal.note
    );
    assert!(fiscal.note.ends_with(texts.chart(ChartId::HostFiscal).note));
    let (record, _) = recorded(fiscal, (430, 300), 1.0);
    let ticks: Vec<&str> = record
        .words
        .iter()
        .filter(|w| {
            w.text
                .chars()
                .all(|c| c.is_ascii_digit() || "−-.,".contains(c))
        })
        .map(|w| w.text.as_str())
        .filter(|t| t.len() < 4)
        .collect();
    assert_eq!(ticks, vec!["0"], "one y tick, at 0");
    // Nothing moved: income is the baseline's.
    let income = &state.charts()[ChartId::Income as usize];
    assert_eq!(income.y_ticks.values, vec![0.0]);
    assert!(income
        .note
        .starts_with(texts.chart(ChartId::Income).at_zero));
    // A fiscal contribution set: a scale, and the usual note.
    let set = state_from_hash("#preset=mali-2022&host=france&host_fiscal_per_migrant=0.1");
    let fiscal = &set.charts()[ChartId::HostFiscal as usize];
    assert!(fiscal.y_ticks.values.len() >= 2);
    assert_eq!(fiscal.note, texts.chart(ChartId::HostFiscal).note);
    let moved = state_from_hash("#preset=mali-2022&host=france&transfer_cost=0.03");
    let income = &moved.charts()[ChartId::Income as usize];
    assert!(income.y_ticks.values.len() >= 2);
    assert_eq!(income.note, texts.chart(ChartId::Income).note);
}

// ---------------------------------------------------------------------------
// The tornados of "What drives this?": the same checks, at the height their
// layout asks for (the chart component sets the canvas to it).
// ---------------------------------------------------------------------------

use migration_explorer::charts::tornado::{self, Tornado};

/// What is wrong with `t` drawn `width` wide, as tall as it asks.
fn tornado_problems(t: &Tornado, width: u32, scale: f64) -> Vec<String> {
    let area = |height: u32, record: &Rc<RefCell<Record>>| -> DrawingArea<Recorder, Shift> {
        Recorder {
            size: (width, height),
            record: record.clone(),
        }
        .into_drawing_area()
    };
    let record = Rc::new(RefCell::new(Record::default()));
    let at = tornado::layout(&area(1, &record), t, scale).expect("laid out");
    let height = at.height as u32;
    tornado::draw(&area(height, &record), t, scale).expect("drawn");
    let record = Rc::try_unwrap(record).ok().expect("one owner").into_inner();
    let mut out = word_problems(&record, (width, height), scale);
    if at.rows.len() != t.bars.len() || t.bars.len() > 1 && at.rows[1].bar <= at.rows[0].bar {
        out.push(format!("{} bars in {} rows", t.bars.len(), at.rows.len()));
    }
    out
}

/// Both tornados of each preset with two levers set, and of one at its
/// baseline, in every language, and in English 40 % longer.
fn every_tornado() -> Vec<(String, Tornado)> {
    let mut all = Vec::new();
    let presets = catalogue().presets.iter();
    let hashes = presets
        .map(|p| format!("#preset={}&transfer_cost=0.02&emig_rate_skilled=0.02", p.id))
        .chain(["#preset=mali-2022".to_string()]);
    for hash in hashes {
        let state = state_from_hash(&hash);
        let sens = migration_model::Sensitivity::new(
            state.preset(),
            state.host(),
            &state.settings.choices,
        );
        for lang in Lang::ALL {
            for t in tornado::build(&sens, lang.texts()) {
                if lang == Lang::En {
                    let mut long = t.clone();
                    long.title = longer(&t.title);
                    long.x_label = longer(&t.x_label);
                    long.bars
                        .iter_mut()
                        .for_each(|b| b.label = longer(&b.label));
                    all.push((format!("{hash} {:?} 40 % longer", t.id), long));
                }
                all.push((format!("{hash} {:?} {lang:?}", t.id), t));
            }
        }
    }
    all
}

#[test]
fn every_word_of_every_tornado_fits_at_every_width_and_its_axis_has_round_ticks() {
    let mut failures = Vec::new();
    for (at, t) in every_tornado() {
        check_ticks(&at, &t.x_ticks, t.x_range);
        // Two to a row on a desktop, one on a 320 px phone, a PNG export at 2×.
        for (width, scale, name) in [
            (420, 1.0, "desktop"),
            (270, 1.0, "phone at 320 px"),
            (840, 2.0, "2×"),
        ] {
            failures.extend(
                tornado_problems(&t, width, scale)
                    .into_iter()
                    .map(|p| format!("{at}, {name}: {p}")),
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems, the first:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

#[test]
fn the_tornado_checks_catch_a_clipped_label_and_a_label_grows_its_row() {
    let state = state_from_hash("#preset=mali-2022&transfer_cost=0.02");
    let sens =
        migration_model::Sensitivity::new(state.preset(), state.host(), &state.settings.choices);
    let [mut t, _] = tornado::build(&sens, Lang::En.texts());
    assert!(tornado_problems(&t, 270, 1.0).is_empty());
    let record = Rc::new(RefCell::new(Record::default()));
    let root: DrawingArea<Recorder, Shift> = Recorder {
        size: (270, 1),
        record,
    }
    .into_drawing_area();
    let short = tornado::layout(&root, &t, 1.0).unwrap();
    // A label of several lines: the bars below it move down.
    t.bars[0].label = ["Aaaa bbbb cccc dddd"; 5].join(" ");
    let tall = tornado::layout(&root, &t, 1.0).unwrap();
    assert!(tall.rows[0].lines.len() > short.rows[0].lines.len());
    assert!(tornado_problems(&t, 270, 1.0).is_empty());
    assert!(tall.rows[1].bar > short.rows[1].bar && tall.height > short.height);
    // A word wider than the chart cannot wrap: it is cut off.
    t.bars[0].label = "W".repeat(60);
    let found = tornado_problems(&t, 270, 1.0);
    assert!(found.iter().any(|p| p.contains("cut off")), "{found:?}");
}

/// The end-to-end tests list each view's charts by key, in JavaScript the
/// compiler never reads: a new line chart must be in each list of its view,
/// or those tests (run only by `scripts/test`) fail late.
#[test]
fn the_end_to_end_tests_list_every_line_chart_of_their_views() {
    use migration_explorer::content::View;
    let files = [
        (
            "charts.test.js",
            include_str!("../e2e/charts.test.js"),
            &[View::Origin, View::Host, View::Optimum][..],
        ),
        (
            "export.test.js",
            include_str!("../e2e/export.test.js"),
            &[View::Origin, View::Host, View::Optimum][..],
        ),
        (
            "widget.test.js",
            include_str!("../e2e/widget.test.js"),
            &[View::Origin, View::Host][..],
        ),
        (
            "compare.test.js",
            include_str!("../e2e/compare.test.js"),
            &[View::Origin][..],
        ),
    ];
    for (name, js, views) in files {
        for id in ChartId::LINES
            .iter()
            .filter(|id| views.contains(&id.view()))
        {
            let key = id.key();
            assert!(
                js.contains(&format!("'{key}'")) || js.contains(&format!(" {key}:")),
                "tests/e2e/{name} does not list the chart {key}"
            );
        }
    }
}
