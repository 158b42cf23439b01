//! Chart state (series, ranges, labels) and drawing, on plotters' SVG backend:
//! the same drawing code as the canvas in the page.

use crate::support::{catalog, state_from_hash};
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
    assert_eq!(state.charts.len(), ChartId::ALL.len());
    for (id, chart) in ChartId::ALL.iter().zip(state.charts.iter()) {
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
    let income = &state.charts[ChartId::Income as usize];
    assert_eq!(income.x_range, (2000.0, 2012.0));
    assert_eq!(income.series[0].points.len(), 13);
}

#[test]
fn a_changed_scenario_draws_different_pixels_and_the_same_one_the_same() {
    let a = state_from_hash("#preset=mali-2022");
    let b = state_from_hash("#preset=mali-2022&remit_share_unskilled=0.5");
    let income =
        |s: &migration_explorer::state::State| (*s.charts[ChartId::Income as usize]).clone();
    assert_eq!(svg(&income(&a), 1.0), svg(&income(&a), 1.0));
    assert_ne!(svg(&income(&a), 1.0), svg(&income(&b), 1.0));
}

#[test]
fn the_optimum_chart_marks_the_current_rate_the_optimum_and_its_band() {
    let state = state_from_hash("#preset=bangladesh-2022&emig_rate_skilled=0.01");
    let chart = &state.charts[ChartId::Optimum as usize];
    let opt = &state.results.optimum;
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
    let setting = &saudi.results.scenario.setting;
    assert!(setting.host_immigrant_share > SURPLUS_MAX_SHARE);
    assert!(
        !setting.surplus_level_holds(),
        "the model says: out of range"
    );
    let gulf = &saudi.charts[ChartId::HostSurplus as usize];
    assert_eq!(gulf.y_label, texts.surplus_change_axis);
    let first = saudi.results.run[0].host_surplus_pct_gdp;
    assert!(first > 0.0);
    for (point, row) in gulf.series[0].points.iter().zip(&saudi.results.run) {
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
    assert!(!early.results.scenario.setting.surplus_level_holds());
    let chart = &early.charts[ChartId::HostSurplus as usize];
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
            state.results.scenario.setting.surplus_level_holds(),
            "{hash}"
        );
        let chart = &state.charts[ChartId::HostSurplus as usize];
        assert_eq!(
            chart.y_label,
            texts.chart(ChartId::HostSurplus).y_axis,
            "{hash}"
        );
        assert_eq!(chart.note, texts.chart(ChartId::HostSurplus).note);
        let level: Vec<f64> = state
            .results
            .run
            .iter()
            .map(|o| o.host_surplus_pct_gdp)
            .collect();
        let shown: Vec<f64> = chart.series[0].points.iter().map(|p| p.1).collect();
        assert_eq!(shown, level, "{hash}: the level");
        assert!(shown[0] > 0.0, "{hash}");
    }
}

#[test]
fn the_income_chart_reads_the_change_against_the_baseline() {
    let state = state_from_hash("#preset=mali-2022&transfer_cost=0.02");
    let chart = &state.charts[ChartId::Income as usize];
    assert!(
        chart.y_label.contains("against the baseline"),
        "{}",
        chart.y_label
    );
    assert!(chart.note.contains("GDP + remittances"), "{}", chart.note);
    assert!(chart.note.contains("not GNI"), "{}", chart.note);
    assert!(!chart.title.contains("GNI") && !chart.y_label.contains("GNI"));
    // The scenario line is 100 × (income / baseline income − 1); the baseline is 0.
    let (run, base) = (&state.results.run, &state.results.baseline);
    let expected: Vec<f64> = run
        .iter()
        .zip(base.iter())
        .map(|(s, b)| 100.0 * (s.income_per_worker_usd / b.income_per_worker_usd - 1.0))
        .collect();
    let values = |i: usize| -> Vec<f64> { chart.series[i].points.iter().map(|p| p.1).collect() };
    assert_eq!(values(0), expected);
    assert!(
        values(0).last().unwrap() > &0.0,
        "cheaper transfers raise income"
    );
    assert!(values(1).iter().all(|&v| v == 0.0));
    assert_eq!(values(1).len(), base.len());
    assert!(svg(chart, 1.0).contains(&xml(&chart.y_label)));
}

#[test]
fn every_chart_of_every_preset_and_host_draws() {
    for preset in &catalog().presets {
        for host in &preset.hosts {
            let state = state_from_hash(&format!("#preset={}&host={}", preset.id, host.id));
            let charts = build_all(&state.results, None, Lang::En.texts());
            assert_eq!(charts.len(), ChartId::ALL.len());
            for (chart, kept) in charts.iter().zip(state.charts.iter()) {
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
    let chart = &state.charts[ChartId::Income as usize];
    let (one, two) = (svg(chart, 1.0), svg(chart, 2.0));
    // plotters' SVG writes font sizes divided by 1.24: 15 px → 12.0967…
    assert!(one.contains("font-size=\"12.0967"), "title at 15 px");
    assert!(
        two.contains("font-size=\"24.1935"),
        "title at 30 px on a 2× screen"
    );
}

#[test]
fn a_flat_series_still_gets_a_visible_range() {
    // b_f = 0: the fiscal contribution is zero every year.
    let state = state_from_hash("");
    let fiscal = &state.charts[ChartId::HostFiscal as usize];
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
    for preset in &catalog().presets {
        for host in &preset.hosts {
            let state = state_from_hash(&format!("#preset={}&host={}", preset.id, host.id));
            for chart in state.charts.iter() {
                let picture = svg(chart, 1.0);
                let at = format!("{} {} {:?}", preset.id, host.id, chart.id);
                assert!(picture.trim_start().starts_with("<svg"), "{at}");
                let text = well_formed(&picture).unwrap_or_else(|e| panic!("{at}: {e}"));
                let mut words = vec![&chart.title, &chart.x_label, &chart.y_label];
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
    let names: std::collections::HashSet<String> = ChartId::ALL
        .iter()
        .flat_map(|id| {
            [Export::Png, Export::Svg]
                .map(|f| file_name(&state.preset().id, &state.host().id, *id, (2022, 2034), f))
        })
        .collect();
    assert_eq!(names.len(), 2 * ChartId::ALL.len());
}
