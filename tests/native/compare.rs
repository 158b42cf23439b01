//! The pinned scenario A against the current one B: charts, sentences, the
//! CSV and the link.

use crate::support::{catalogue, state_from_hash};
use migration_explorer::charts::{draw, Line, Mark, BASELINE, PINNED, SCENARIO};
use migration_explorer::config::{resolve, RawSettings, SettingProblem, SettingSource};
use migration_explorer::content::{ChartId, View};
use migration_explorer::format;
use migration_explorer::i18n::Lang;
use migration_explorer::state::{Action, State};
use migration_model::{ParamId, COLUMNS};
use plotters::prelude::*;
use std::collections::HashSet;
use std::rc::Rc;
use yew::Reducible;

const PINNED_HASH: &str =
    "#preset=mali-2022&host=france&transfer_cost=0.03&a.transfer_cost=0.08&a.invested_share=0.4";

fn act(state: &State, action: Action) -> State {
    (*Rc::new(state.clone()).reduce(action)).clone()
}

fn svg(chart: &migration_explorer::charts::LineChart) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (640, 440)).into_drawing_area();
        draw(&root, chart, 1.0).expect("draws");
    }
    out
}

#[test]
fn with_a_pin_every_chart_shows_b_its_baseline_and_a_told_apart_without_colour() {
    let texts = Lang::En.texts();
    let state = state_from_hash(PINNED_HASH);
    let a = state.pinned().expect("pinned");
    assert_eq!(
        a.scenario.params[ParamId::TransferCost],
        0.08,
        "A's own levers"
    );
    assert_eq!(state.params()[ParamId::TransferCost], 0.03);
    // Three different styles, none of them only a colour.
    let styles: HashSet<(Line, Mark)> = [SCENARIO, BASELINE, PINNED].into();
    assert_eq!(styles.len(), 3);
    assert_eq!(
        [SCENARIO.0, BASELINE.0, PINNED.0]
            .into_iter()
            .collect::<HashSet<_>>()
            .len(),
        3,
        "three line styles"
    );
    for chart in state.charts().iter() {
        let id = chart.id;
        // B, B's baseline and A of the chart's first quantity; between them,
        // the scenario's other quantities (who gains, wages, the near-optimum
        // range), solid, each with a mark of its own. The optimum chart's two
        // markers are vertical reference lines, not lines of a scenario.
        let n = chart.series.len();
        let (main, others) = (
            [&chart.series[0], &chart.series[1], &chart.series[n - 1]],
            &chart.series[2..n - 1],
        );
        let pairs: HashSet<(Line, Mark)> = main.iter().map(|s| (s.line, s.mark)).collect();
        assert_eq!(pairs, styles, "{id:?}: distinct (style, marker) pairs");
        let all: HashSet<(Line, Mark)> = chart.series.iter().map(|s| (s.line, s.mark)).collect();
        assert_eq!(all.len(), n, "{id:?}: every line its own style and mark");
        assert!(others.iter().all(|s| s.line == Line::Solid), "{id:?}");
        let pinned = &chart.series[n - 1];
        assert_eq!((pinned.line, pinned.mark), PINNED, "{id:?}");
        assert!(
            pinned.label.to_lowercase().contains("pinned scenario a"),
            "{id:?}: {}",
            pinned.label
        );
        assert_eq!(
            chart.markers.len(),
            if id == ChartId::Optimum { 2 } else { 0 },
            "{id:?}"
        );
        // The legend draws A's entry; a screen reader hears A's value.
        assert!(svg(chart).contains(&pinned.label), "{id:?}: legend");
        assert!(
            chart.description.contains(texts.compare.pinned),
            "{id:?}: {}",
            chart.description
        );
        // A's points are inside the chart.
        assert!(pinned
            .points
            .iter()
            .all(|p| p.1 >= chart.y_range.0 && p.1 <= chart.y_range.1));
        if id != ChartId::Optimum {
            assert_eq!(pinned.points.len(), state.results().run.len(), "{id:?}");
            let last = pinned.points.last().unwrap().1;
            assert!(
                chart
                    .description
                    .ends_with(&format!("{} {}.", pinned.label, chart.y_text(last))),
                "{id:?}: {}",
                chart.description
            );
        }
    }
    // A's lines are A's numbers: remittances, and income against A's baseline.
    let remittances = &state.charts()[ChartId::Remittances as usize].series[2];
    let expected: Vec<f64> = a.run.iter().map(|o| 100.0 * o.remittances_to_gdp).collect();
    let shown: Vec<f64> = remittances.points.iter().map(|p| p.1).collect();
    assert_eq!(shown, expected);
    let income = state.charts()[ChartId::Income as usize]
        .series
        .last()
        .unwrap();
    let (run, base) = (&a.run, &a.baseline);
    let last = run.len() - 1;
    assert_eq!(
        income.points[last].1,
        100.0
            * (run[last].unskilled_stayer_income_usd / base[last].unskilled_stayer_income_usd
                - 1.0)
    );
    // The optimum chart draws A's curve, and says A's optimum.
    let optimum = &state.charts()[ChartId::Optimum as usize];
    assert_eq!(
        optimum.series.last().unwrap().points.len(),
        a.optimum.curve.len()
    );
    assert!(optimum.description.ends_with(&format!(
        "{}: {} {} %.",
        texts.compare.pinned,
        texts.optimum.optimum,
        format::number(Lang::En, 100.0 * a.optimum.emig_rate_skilled, 2)
    )));
}

#[test]
fn without_a_pin_every_chart_has_two_lines_and_the_pin_adds_only_the_third() {
    let plain = state_from_hash("#preset=mali-2022&host=france&transfer_cost=0.03");
    let pinned = state_from_hash(PINNED_HASH);
    assert!(plain.pinned().is_none());
    for (b, a) in plain.charts().iter().zip(pinned.charts().iter()) {
        assert_eq!(b.series.len() + 1, a.series.len(), "{:?}", b.id);
        // The first series' label names its quantity, and A's line names it too.
        assert_eq!(
            b.series[1..],
            a.series[1..b.series.len()],
            "{:?}: B's lines but the pinned",
            b.id
        );
        assert_eq!(b.series[0], a.series[0], "{:?}", b.id);
        assert!(!b.description.contains("pinned"), "{}", b.description);
    }
}

#[test]
fn the_skills_and_remittances_charts_are_split_one_quantity_each() {
    let texts = Lang::En.texts();
    let origin: Vec<ChartId> = ChartId::LINES
        .into_iter()
        .filter(|id| id.view() == View::Origin)
        .collect();
    assert_eq!(
        origin,
        [
            ChartId::Income,
            ChartId::HomeWages,
            ChartId::Skills,
            ChartId::SkilledEmigration,
            ChartId::Remittances,
            ChartId::TransferCosts,
            ChartId::Capital
        ]
    );
    // `ChartId::LINES` runs view by view, each chart at its own index.
    let views: Vec<View> = ChartId::LINES.map(ChartId::view).to_vec();
    let mut sorted = views.clone();
    sorted.dedup();
    assert_eq!(sorted, [View::Origin, View::Host, View::Optimum]);
    for (i, id) in ChartId::LINES.into_iter().enumerate() {
        assert_eq!(id as usize, i);
    }
    let state = state_from_hash("#preset=mali-2022&transfer_cost=0.05");
    let values = |id: ChartId| -> Vec<f64> {
        state.charts()[id as usize].series[0]
            .points
            .iter()
            .map(|p| p.1)
            .collect()
    };
    let run = &state.results().run;
    let of = |f: fn(&migration_model::Outputs) -> f64| -> Vec<f64> { run.iter().map(f).collect() };
    assert_eq!(values(ChartId::Skills), of(|o| 100.0 * o.skilled_share));
    assert_eq!(
        values(ChartId::SkilledEmigration),
        of(|o| 100.0 * o.skilled_emigration_rate)
    );
    assert_eq!(
        values(ChartId::Remittances),
        of(|o| 100.0 * o.remittances_to_gdp)
    );
    assert_eq!(
        values(ChartId::TransferCosts),
        of(|o| 100.0 * o.transfer_costs_to_gdp)
    );
    assert_eq!(
        texts.chart(ChartId::TransferCosts).y_axis,
        texts.chart(ChartId::Remittances).y_axis
    );
}

#[test]
fn a_shorter_pinned_horizon_ends_a_s_line_early_and_the_description_says_when() {
    let texts = Lang::En.texts();
    let state = state_from_hash("#preset=mali-2022&a.horizon_years=12");
    let chart = &state.charts()[ChartId::Capital as usize];
    assert_eq!(chart.x_range, (2022.0, 2052.0));
    assert_eq!(chart.series[2].points.len(), 13);
    assert!(
        chart
            .description
            .contains(&format!("{} (2034) ", texts.compare.pinned)),
        "{}",
        chart.description
    );
    // A longer A is cut at B's last year.
    let long = state_from_hash("#preset=mali-2022&horizon_years=12&a=1");
    let chart = &long.charts()[ChartId::Capital as usize];
    assert_eq!(chart.x_range, (2022.0, 2034.0));
    assert_eq!(chart.series[2].points.len(), 13);
    assert_eq!(chart.series[2].points, chart.series[0].points, "A = B");
}

#[test]
fn the_summary_says_how_b_differs_from_a_with_the_model_s_numbers() {
    let plain = state_from_hash("#preset=mali-2022&host=france&transfer_cost=0.03");
    let state = state_from_hash(PINNED_HASH);
    assert_eq!(state.summary().len(), plain.summary().len() + 1);
    assert_eq!(
        state.summary()[..plain.summary().len()],
        plain.summary()[..]
    );
    let sentence = state.summary().last().unwrap();
    let (b, a) = (
        state.results().run.last().unwrap(),
        state.pinned().unwrap().run.last().unwrap(),
    );
    let lang = Lang::En;
    assert!(sentence.contains("pinned scenario A"), "{sentence}");
    assert!(sentence.contains("2052"), "{sentence}");
    for number in [
        format::usd(lang, b.income_per_worker_usd),
        format::usd(lang, a.income_per_worker_usd),
        format::signed_percent(
            lang,
            b.income_per_worker_usd / a.income_per_worker_usd - 1.0,
            1,
        ),
        format::percent(lang, b.remittances_to_gdp, 2),
        format::percent(lang, a.remittances_to_gdp, 2),
        format::percent(lang, state.results().optimum.emig_rate_skilled, 2),
    ] {
        assert!(sentence.contains(&number), "{number} in {sentence}");
    }
    assert!(!sentence.contains('{'), "{sentence}");
    // A shorter A: compared in A's last year.
    let short = state_from_hash("#preset=mali-2022&a.horizon_years=12");
    assert!(
        short.summary().last().unwrap().contains("in 2034"),
        "{}",
        short.summary().last().unwrap()
    );
}

#[test]
fn the_csv_gains_a_columns_with_a_pin_and_is_unchanged_without() {
    let state = state_from_hash(PINNED_HASH);
    let plain = state.results().csv(None);
    assert_eq!(
        plain,
        state.results().scenario.run().to_csv(),
        "migration-sim's"
    );
    let a = state.pinned().map(|x| &**x);
    let both = state.results().csv(a);
    let header: Vec<&str> = both.lines().next().unwrap().split(',').collect();
    assert_eq!(header.len(), 43, "22 columns, then A's 21 after the year");
    assert_eq!(header[..22], COLUMNS[..]);
    for (name, column) in header[22..].iter().zip(&COLUMNS[1..]) {
        assert_eq!(*name, format!("a_{column}"));
    }
    assert_eq!(both.lines().count(), plain.lines().count());
    let a_csv = a.unwrap().scenario.run().to_csv();
    for ((row, b_row), a_row) in both.lines().zip(plain.lines()).zip(a_csv.lines()).skip(1) {
        assert_eq!(row, format!("{b_row},{}", &a_row[5..]));
    }
    // A shorter A: empty cells after its last year, B's years throughout.
    let short = state_from_hash("#preset=mali-2022&a.horizon_years=12");
    let csv = short.results().csv(short.pinned().map(|x| &**x));
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 31);
    assert!(rows.iter().all(|r| r.split(',').count() == 43));
    assert!(rows[12].starts_with("2034,") && !rows[12].ends_with(','));
    assert!(rows[13].starts_with("2035,") && rows[13].ends_with(&",".repeat(21)));
    assert!(
        !rows[13].ends_with(&",".repeat(22)),
        "B's own cells are full"
    );
}

#[test]
fn moving_a_lever_keeps_a_and_changing_preset_or_host_unpins_with_a_notice() {
    let s0 = state_from_hash(PINNED_HASH);
    let s1 = act(&s0, Action::SetLever(ParamId::InvestedShare, 0.5));
    assert_eq!(
        s1.pinned(),
        s0.pinned(),
        "A's results are kept, by identity"
    );
    assert_eq!(s1.settings.pinned, s0.settings.pinned);
    assert!(s1.ui.notices.is_empty());
    for action in [
        Action::SetPreset("bangladesh-2022".into()),
        Action::SetHost("cote-divoire".into()),
    ] {
        let s2 = act(&s1, action.clone());
        assert!(
            s2.settings.pinned.is_none() && s2.pinned().is_none(),
            "{action:?}"
        );
        assert!(
            s2.ui
                .notices
                .iter()
                .any(|n| n.notice.problem == SettingProblem::Unpinned),
            "{action:?}"
        );
        assert!(s2
            .charts()
            .iter()
            .all(|c| c.series.iter().all(|s| (s.line, s.mark) != PINNED)));
        assert_eq!(s2.summary().len(), s1.summary().len() - 1);
    }
    // Unpin, pin again: A is what B was.
    let s3 = act(&s1, Action::Unpin);
    assert!(s3.pinned().is_none() && s3.ui.notices.is_empty());
    let s4 = act(&s3, Action::Pin);
    assert_eq!(s4.settings.pinned, Some(s4.settings.choices));
    let s4a = s4.pinned().unwrap();
    assert_eq!(s4a.run, s4.results().run);
}

#[test]
fn the_link_round_trips_the_pinned_scenario() {
    for hash in [
        PINNED_HASH,
        "#preset=bangladesh-2022&a=1",
        "#preset=mali-2000&host=cote-divoire&emig_rate_skilled=0.01&a.brain_gain=1.2&a.horizon_years=12",
    ] {
        let state = state_from_hash(hash);
        assert!(state.ui.notices.is_empty(), "{hash}: {:?}", state.ui.notices);
        let pinned = state.settings.pinned.expect(hash);
        let link = state.settings.scenario_hash();
        let (raw, notices) = RawSettings::from_url_part(&link);
        assert!(notices.is_empty(), "{link}");
        let (settings, notices) = resolve(catalogue(), &[(SettingSource::Link, &raw)]);
        assert!(notices.is_empty(), "{link}: {notices:?}");
        assert_eq!(settings.pinned, Some(pinned), "{link}");
        assert_eq!(settings, state.settings, "{link}");
    }
    // A pin that sets nothing is `a=1`; one that sets levers carries them.
    let state = state_from_hash("#preset=mali-2022");
    let pinned = act(&state, Action::Pin);
    assert!(
        pinned.settings.scenario_hash().contains("&a=1&"),
        "{}",
        pinned.settings.scenario_hash()
    );
    let moved = act(&state, Action::SetLever(ParamId::TransferCost, 0.02));
    let pinned = act(&moved, Action::Pin);
    let link = pinned.settings.scenario_hash();
    assert!(
        link.contains("&transfer_cost=0.02&a.transfer_cost=0.02&"),
        "{link}"
    );
    assert!(!link.contains("a=1"), "{link}");
}

#[test]
fn bad_pinned_values_give_pinned_notices_and_keep_the_rest_of_a() {
    let state = state_from_hash(
        "#preset=mali-2022&a.transfer_cost=lots&a.brain_gain=9&a.nope=1&a.invested_share=0.4",
    );
    let problems: Vec<&SettingProblem> =
        state.ui.notices.iter().map(|n| &n.notice.problem).collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    for problem in &problems {
        assert!(
            matches!(problem, SettingProblem::Pinned(_)),
            "{problem:?} is about A"
        );
    }
    assert!(problems.iter().any(|p| matches!(
        p,
        SettingProblem::Pinned(inner) if matches!(**inner, SettingProblem::UnknownParam { .. })
    )));
    let a = state
        .settings
        .pinned
        .expect("A is pinned with what was valid");
    assert_eq!(a.get(ParamId::InvestedShare), Some(0.4));
    assert_eq!(a.get(ParamId::TransferCost), None);
    assert_eq!(a.get(ParamId::BrainGain), None);
    assert!(
        state.settings.choices.get(ParamId::TransferCost).is_none(),
        "B untouched"
    );
}
