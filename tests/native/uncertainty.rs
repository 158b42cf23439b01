//! The uncertainty switch: its setting, its link, the bands the income and
//! remittances charts draw (the model's own `Uncertainty`), their table,
//! their sentence, and what stays as it was with the switch off.

use crate::support::{catalogue, read_message, state_from_hash};
use migration_explorer::charts::{table, LineChart};
use migration_explorer::config::{resolve, RawSettings, SettingProblem, SettingSource};
use migration_explorer::content::{ChartId, View};
use migration_explorer::format;
use migration_explorer::i18n::Lang;
use migration_explorer::state::{Action, State};
use migration_model::{Choices, Outputs, ParamId, Uncertainty, DRAWS, SEED};
use plotters::prelude::*;
use std::rc::Rc;
use yew::Reducible;

/// Mali to France with two levers moved, so that the effects are not 0.
const MOVED: &str = "#preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45";

fn start(hash: &str) -> Rc<State> {
    Rc::new(state_from_hash(hash))
}

fn act(state: &Rc<State>, action: Action) -> Rc<State> {
    state.clone().reduce(action)
}

fn chart(state: &State, id: ChartId) -> &LineChart {
    state.charts().iter().find(|c| c.id == id).unwrap()
}

/// The model's bands for a state's preset and host with `choices`.
fn model_bands(state: &State, choices: &Choices) -> Uncertainty {
    Uncertainty::new(state.preset(), state.host(), choices, DRAWS, SEED).unwrap()
}

/// One output of a year's row.
type Value = fn(&Outputs) -> f64;

/// An output's effect against the baseline, in %, year by year.
fn effect_of(state: &State, value: Value) -> Vec<f64> {
    let (run, base) = (&state.results().run, &state.results().baseline);
    run.iter()
        .zip(base.iter())
        .map(|(s, b)| 100.0 * (value(s) / value(b) - 1.0))
        .collect()
}

#[test]
fn with_the_switch_on_the_band_is_the_model_s_p10_to_p90_around_the_scenario_s_own_effect() {
    let state = start(&format!("{MOVED}&uncertainty=on"));
    assert!(state.settings.uncertainty && state.ui.notices.is_empty());
    let bands = model_bands(&state, &state.settings.choices);
    let cases: [(ChartId, Value, _); 2] = [
        (
            ChartId::Income,
            |o| o.unskilled_stayer_income_usd,
            &bands.income_effect,
        ),
        (
            ChartId::Remittances,
            |o| o.remittances_usd,
            &bands.remittances_effect,
        ),
    ];
    for (id, value, draws) in cases {
        let chart = chart(&state, id);
        let band = chart.band.as_ref().expect("a band");
        let years: Vec<f64> = bands.years.iter().map(|y| f64::from(*y)).collect();
        assert_eq!(band.spread.iter().map(|s| s.x).collect::<Vec<_>>(), years);
        let percent = |v: &Vec<f64>| v.iter().map(|x| 100.0 * x).collect::<Vec<_>>();
        let spread = |f: fn(&migration_explorer::charts::Spread) -> f64| {
            band.spread.iter().map(f).collect::<Vec<_>>()
        };
        assert_eq!(spread(|s| s.p10), percent(&draws.p10), "{id:?} p10");
        assert_eq!(spread(|s| s.p50), percent(&draws.p50), "{id:?} p50");
        assert_eq!(spread(|s| s.p90), percent(&draws.p90), "{id:?} p90");
        // The central line is the scenario's own run, not the draws' median.
        let central: Vec<f64> = chart.series[0].points.iter().map(|p| p.1).collect();
        assert_eq!(central, effect_of(&state, value), "{id:?}");
        assert_ne!(central, spread(|s| s.p50), "{id:?}");
        let last = band.spread.last().unwrap();
        assert!(
            last.p10 < last.p90 && last.p10 != 0.0,
            "{id:?}: a band that shows"
        );
        // The chart's range holds the band.
        assert!(band
            .spread
            .iter()
            .all(|s| s.p10 >= chart.y_range.0 && s.p90 <= chart.y_range.1));
        // Its words say it is the effect, and what the band is.
        let words = &Lang::En.texts().uncertainty;
        assert_eq!(chart.y_label, "% against the baseline");
        assert_eq!(band.label, "8 of 10 draws");
        let title = if id == ChartId::Income {
            "Who gains"
        } else {
            "Effect on remittances"
        };
        assert_eq!(chart.title, title);
        assert!(chart.note.contains("not the chance of an outcome"));
        assert!(
            chart.description.contains(&format!(
                "8 of 10 draws: {} to {}",
                chart.y_text(last.p10),
                chart.y_text(last.p90)
            )),
            "{}",
            chart.description
        );
        assert!(!words.explained.is_empty());
    }
    // The income effect of the final year is the model's own.
    let income = chart(&state, ChartId::Income);
    let model = state.results().scenario.income_effect();
    let drawn = income.series[0].points.last().unwrap().1 / 100.0;
    assert!((drawn - model).abs() < 1e-12, "{drawn} against {model}");
}

#[test]
fn with_the_switch_off_every_chart_and_sentence_is_as_without_it() {
    let without = start(MOVED);
    let off = start(&format!("{MOVED}&uncertainty=off"));
    assert!(off.ui.notices.is_empty());
    assert_eq!(without.charts().len(), off.charts().len());
    for (a, b) in without.charts().iter().zip(off.charts().iter()) {
        assert_eq!(**a, **b);
    }
    assert_eq!(**without.summary(), **off.summary());
    assert!(off.bands().is_none());
    assert!(chart(&off, ChartId::Income).band.is_none());
    assert_eq!(chart(&off, ChartId::Remittances).y_label, "% of GDP");
    // On, then off again: the charts as before, band and all gone.
    let on = act(&without, Action::SetUncertainty(true));
    assert!(on.bands().is_some());
    assert_ne!(
        *chart(&on, ChartId::Income),
        *chart(&without, ChartId::Income)
    );
    let again = act(&on, Action::SetUncertainty(false));
    assert!(again.bands().is_none());
    for (a, b) in without.charts().iter().zip(again.charts().iter()) {
        assert_eq!(**a, **b);
    }
    assert_eq!(**without.summary(), **again.summary());
    // Only the income and remittances charts change with the switch, and
    // the others keep their allocation: their canvases are not redrawn.
    for (a, b) in without.charts().iter().zip(on.charts().iter()) {
        let banded = matches!(a.id, ChartId::Income | ChartId::Remittances);
        assert_eq!(Rc::ptr_eq(&a.0, &b.0), !banded, "{:?}", a.id);
    }
    // Switching to where it is already changes nothing.
    assert!(Rc::ptr_eq(&on, &act(&on, Action::SetUncertainty(true))));
}

#[test]
fn with_a_scenario_pinned_the_band_is_the_current_scenario_s_and_a_is_a_line() {
    let state = start(&format!(
        "{MOVED}&uncertainty=on&a.transfer_cost=0.1&a.emig_rate_skilled=0.02"
    ));
    let b = model_bands(&state, &state.settings.choices);
    let a = model_bands(&state, state.settings.pinned.as_ref().unwrap());
    assert_ne!(a.income_effect.p90, b.income_effect.p90);
    let income = chart(&state, ChartId::Income);
    let band = income.band.as_ref().unwrap();
    let p90: Vec<f64> = band.spread.iter().map(|s| s.p90).collect();
    let expected: Vec<f64> = b.income_effect.p90.iter().map(|v| 100.0 * v).collect();
    assert_eq!(p90, expected, "B's band");
    assert_eq!(
        income.series.len(),
        5,
        "B's four measures and A's; the baseline is the axis's 0"
    );
    let a_line = income.series.last().unwrap();
    assert_eq!(a_line.line, migration_explorer::charts::Line::Dotted);
    let pinned = state.pinned().unwrap();
    let a_effect: Vec<f64> = pinned
        .run
        .iter()
        .zip(pinned.baseline.iter())
        .map(|(s, b)| 100.0 * (s.unskilled_stayer_income_usd / b.unskilled_stayer_income_usd - 1.0))
        .collect();
    let drawn: Vec<f64> = a_line.points.iter().map(|p| p.1).collect();
    assert_eq!(drawn, a_effect, "A's effect against its own baseline");
}

#[test]
fn the_bands_are_computed_while_the_switch_is_on_and_kept_while_the_scenario_stays() {
    let off = start(MOVED);
    assert!(off.bands().is_none(), "none while off");
    let on = act(&off, Action::SetUncertainty(true));
    let kept = on.bands().cloned().unwrap();
    // The view, the language, a pin, the share panel: the same bands.
    for action in [
        Action::ShowView(View::Host),
        Action::SetLang(Lang::Fr),
        Action::Pin,
        Action::ToggleShare,
    ] {
        let next = act(&on, action.clone());
        assert!(
            Rc::ptr_eq(&next.bands().unwrap().0, &kept.0),
            "{action:?} recomputed the bands"
        );
    }
    // A lever: new bands, the model's for the new choices.
    let moved = act(&on, Action::SetLever(ParamId::TransferCost, 0.05));
    let fresh = moved.bands().cloned().unwrap();
    assert!(!Rc::ptr_eq(&fresh.0, &kept.0));
    assert_eq!(*fresh, model_bands(&moved, &moved.settings.choices));
    assert_ne!(*fresh, *kept);
}

#[test]
fn the_numbers_table_holds_the_central_effect_and_the_draws_percentiles() {
    let state = start(&format!("{MOVED}&uncertainty=on"));
    let bands = model_bands(&state, &state.settings.choices);
    for (id, draws) in [
        (ChartId::Income, &bands.income_effect),
        (ChartId::Remittances, &bands.remittances_effect),
    ] {
        let chart = chart(&state, id);
        let t = table(chart);
        // The scenario's lines (on "Who gains", the unskilled stayer's income,
        // which carries the band, then the other measures), then the draws.
        let lines = match id {
            ChartId::Income => vec![
                "Unskilled (% against the baseline)",
                "Per worker (% against the baseline)",
                "Skilled (% against the baseline)",
                "Per native (% against the baseline)",
            ],
            _ => vec!["Scenario (% against the baseline)"],
        };
        let n = lines.len();
        let mut expected = vec!["Year"];
        expected.extend(lines);
        expected.extend([
            "Draws, 10th percentile (% against the baseline)",
            "Draws, median (% against the baseline)",
            "Draws, 90th percentile (% against the baseline)",
        ]);
        assert_eq!(t.columns, expected, "{id:?}");
        assert_eq!(t.rows.len(), bands.years.len());
        for (i, row) in t.rows.iter().enumerate() {
            assert_eq!(row[0], bands.years[i].to_string());
            assert_eq!(row[1], chart.y_text(chart.series[0].points[i].1));
            let at = |p: &Vec<f64>| chart.y_text(100.0 * p[i]);
            assert_eq!(
                row[n + 1..],
                [at(&draws.p10), at(&draws.p50), at(&draws.p90)]
            );
        }
    }
    // Off: no such columns; "Who gains" has its baseline back.
    let off = start(MOVED);
    assert_eq!(table(chart(&off, ChartId::Income)).columns.len(), 6);
}

#[test]
fn the_summary_says_where_the_income_effect_lies_in_8_of_10_draws() {
    for lang in Lang::ALL {
        let state = start(&format!("{MOVED}&uncertainty=on&lang={}", lang.tag()));
        let bands = model_bands(&state, &state.settings.choices);
        let change = |v: &Vec<f64>| format::signed_percent(lang, *v.last().unwrap(), 1);
        let expected = match lang {
            Lang::En => format!(
                "In 8 of 10 draws, the effect on the unskilled stayer's income in 2052 lies between {} and {}.",
                change(&bands.income_effect.p10),
                change(&bands.income_effect.p90)
            ),
            Lang::Fr => format!(
                "Dans 8 tirages sur 10, l’effet sur le revenu du non-qualifié resté en 2052 se situe entre {} et {}.",
                change(&bands.income_effect.p10),
                change(&bands.income_effect.p90)
            ),
        };
        assert_eq!(
            state.summary()[3],
            expected,
            "right after the income sentence and who gains"
        );
        let off = start(&format!("{MOVED}&lang={}", lang.tag()));
        assert_eq!(off.summary().len() + 1, state.summary().len());
        assert!(!off.summary().contains(&expected));
    }
}

#[test]
fn the_setting_reads_on_and_off_and_anything_else_is_a_notice() {
    let read = |hash: &str| {
        let (raw, mut notices) = RawSettings::from_url_part(hash);
        let (settings, more) = resolve(catalogue(), &[(SettingSource::Link, &raw)]);
        notices.extend(more);
        (settings, notices)
    };
    assert!(read("#uncertainty=on").0.uncertainty);
    for hash in ["", "#uncertainty=off"] {
        let (s, notices) = read(hash);
        assert!(!s.uncertainty && notices.is_empty(), "{hash}");
    }
    for bad in ["maybe", "ON", "1", "true", ""] {
        let (s, notices) = read(&format!("#uncertainty={bad}&transfer_cost=0.03"));
        assert!(!s.uncertainty, "{bad}: falls back to off");
        assert_eq!(
            notices.iter().map(|n| &n.problem).collect::<Vec<_>>(),
            [&SettingProblem::BadUncertainty { value: bad.into() }],
        );
        assert_eq!(
            s.choices.get(ParamId::TransferCost),
            Some(0.03),
            "the rest is read"
        );
    }
    // The notice's words, in both languages.
    let state = start("#uncertainty=maybe");
    let notice = &state.ui.notices[0].notice;
    let words = |lang: Lang| {
        migration_explorer::components::notices::notice_text(
            lang.texts(),
            &state.settings,
            state.results(),
            notice,
        )
    };
    assert!(words(Lang::En)
        .starts_with("\"maybe\" is not a value of the uncertainty switch (on or off)"));
    assert!(words(Lang::Fr)
        .starts_with("«\u{a0}maybe\u{a0}» n’est pas une valeur du commutateur d’incertitude"));
    // A bad value in the link gives way to the page's attribute.
    let (attributes, none) = RawSettings::from_attributes([("uncertainty", "on")]);
    assert!(none.is_empty());
    let (link, _) = RawSettings::from_url_part("#uncertainty=high");
    let (s, notices) = resolve(
        catalogue(),
        &[
            (SettingSource::Attribute, &attributes),
            (SettingSource::Link, &link),
        ],
    );
    assert!(s.uncertainty);
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].source, SettingSource::Link);
    // `data-set` and a host page's message set it too.
    let (set, none) = RawSettings::from_attributes([("set", "uncertainty=on,transfer_cost=0.03")]);
    assert!(none.is_empty());
    assert!(
        resolve(catalogue(), &[(SettingSource::Attribute, &set)])
            .0
            .uncertainty
    );
    let base = start(MOVED);
    for data in [
        serde_json::json!({"type": "migration-explorer:set", "uncertainty": "on"}),
        serde_json::json!({"type": "migration-explorer:set", "set": {"uncertainty": "on"}}),
        serde_json::json!({"type": "migration-explorer:set", "set": "uncertainty=on"}),
    ] {
        let (raw, notices) = read_message(&data);
        assert!(notices.is_empty(), "{notices:?}");
        let next = act(
            &base,
            Action::Merge(Box::new(raw), SettingSource::Message, notices),
        );
        assert!(next.settings.uncertainty, "{data}");
        assert!(next.bands().is_some());
        assert_eq!(
            next.settings.choices, base.settings.choices,
            "the levers stay"
        );
    }
    // A message turns it off again; a bad value is a notice and changes nothing.
    let on = start_on();
    let (raw, notices) =
        read_message(&serde_json::json!({"type": "migration-explorer:set", "uncertainty": "off"}));
    let off = act(
        &on,
        Action::Merge(Box::new(raw), SettingSource::Message, notices),
    );
    assert!(!off.settings.uncertainty && off.bands().is_none());
    let (raw, notices) =
        read_message(&serde_json::json!({"type": "migration-explorer:set", "uncertainty": true}));
    let kept = act(
        &on,
        Action::Merge(Box::new(raw), SettingSource::Message, notices),
    );
    assert!(kept.settings.uncertainty);
    assert!(matches!(
        kept.ui.notices.last().unwrap().notice.problem,
        SettingProblem::BadUncertainty { .. }
    ));
}

fn start_on() -> Rc<State> {
    start(&format!("{MOVED}&uncertainty=on"))
}

#[test]
fn links_carry_uncertainty_on_only_while_it_is_on_and_read_back_the_same() {
    let on = start_on();
    let hash = on.settings.to_hash();
    assert!(hash.contains("&uncertainty=on&"), "{hash}");
    let back = state_from_hash(&format!("#{hash}"));
    assert_eq!(back.settings, on.settings);
    assert!(back.ui.notices.is_empty());
    let off = act(&on, Action::SetUncertainty(false));
    assert!(!off.settings.to_hash().contains("uncertainty"));
    // The brief prints what the link says: the same charts, band and all.
    assert_eq!(*chart(&back, ChartId::Income), *chart(&on, ChartId::Income));
    // A lesson's step keeps the switch, as it keeps the language.
    let lesson = start("#lesson=health-workers&step=2&uncertainty=on");
    assert!(lesson.settings.uncertainty && lesson.bands().is_some());
    let next = act(&lesson, Action::GoToStep(2));
    assert!(next.settings.uncertainty);
}

/// The SVG of a chart, as the export and the brief draw it.
fn svg(chart: &LineChart) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (640, 440)).into_drawing_area();
        migration_explorer::charts::draw(&root, chart, 1.0).expect("draws");
    }
    out
}

#[test]
fn the_band_is_drawn_as_an_area_with_its_edges_and_its_legend_entry() {
    let on = start_on();
    let off = start(MOVED);
    let (banded, plain) = (
        svg(chart(&on, ChartId::Income)),
        svg(chart(&off, ChartId::Income)),
    );
    assert!(banded.contains("8 of 10 draws"));
    assert!(!plain.contains("8 of 10 draws"));
    // The area: a filled polygon in the scenario's blue, light.
    let area = banded.matches("<polygon").count() - plain.matches("<polygon").count();
    assert!(area >= 1, "a polygon for the band");
    assert!(banded.contains("<polygon opacity=\"0.15\" fill=\"#0072B2\""));
    // Its edges (and the swatch's), 1 px lines in full colour: seen without fill.
    let thin = |svg: &str| svg.matches("stroke=\"#0072B2\" stroke-width=\"1\"").count();
    assert!(
        thin(&banded) >= thin(&plain) + 4,
        "two edges on the chart, two on the swatch"
    );
}
