//! The reducer: what each action changes, and what it leaves alone.

use crate::support::{catalogue, read_message, state_from_hash};
use migration_explorer::config::{self, RawSettings, SettingProblem, SettingSource};
use migration_explorer::content::{ChartId, PolicyKey, Target, ThemeKey, View};
use migration_explorer::format;
use migration_explorer::i18n::Lang;
use migration_explorer::state::{Action, State};
use migration_explorer::summary;
use migration_model::{Kind, ParamId};
use std::rc::Rc;
use yew::Reducible;

fn act(state: &Rc<State>, action: Action) -> Rc<State> {
    state.clone().reduce(action)
}

fn start(hash: &str) -> Rc<State> {
    Rc::new(state_from_hash(hash))
}

fn chart(state: &State, id: ChartId) -> &migration_explorer::charts::LineChart {
    state
        .charts()
        .iter()
        .find(|c| c.id == id)
        .expect("every chart is built")
}

/// The parameters that are set, by name.
fn set_names(state: &State) -> Vec<&'static str> {
    state
        .settings
        .choices
        .iter()
        .map(|(id, _)| id.name())
        .collect()
}

/// A message of the host page, read as the widget reads it.
fn message(data: serde_json::Value) -> Action {
    let (raw, notices) = read_message(&data);
    assert!(notices.is_empty(), "{notices:?}");
    Action::Merge(Box::new(raw), SettingSource::Message, notices)
}

#[test]
fn moving_a_lever_changes_scenario_numbers_not_the_baseline() {
    let s0 = start("");
    let s1 = act(&s0, Action::SetLever(ParamId::RemitShareUnskilled, 0.45));
    assert_eq!(s1.params()[ParamId::RemitShareUnskilled], 0.45);
    assert_eq!(s1.defaults(), s0.defaults(), "the baseline's values");
    let (before, after) = (chart(&s0, ChartId::Income), chart(&s1, ChartId::Income));
    assert_eq!(before.series[1], after.series[1], "baseline unchanged");
    assert!(
        after.series[0].points.last().unwrap().1 > before.series[0].points.last().unwrap().1,
        "income rises with remittances"
    );
    assert_ne!(s0.summary(), s1.summary());
    assert!(
        Rc::ptr_eq(&s0.results().baseline, &s1.results().baseline),
        "the baseline is not recomputed"
    );
    assert_eq!(
        s1.results().calibration,
        s0.results().calibration,
        "a scenario lever does not re-fit the first year"
    );
}

#[test]
fn an_assumption_moves_the_scenario_and_its_baseline_together() {
    let s0 = start("");
    let s1 = act(&s0, Action::SetLever(ParamId::LabourGrowth, 0.03));
    assert_eq!(s1.params()[ParamId::LabourGrowth], 0.03);
    assert_eq!(
        s1.defaults()[ParamId::LabourGrowth],
        0.03,
        "the baseline too"
    );
    assert!(!Rc::ptr_eq(&s0.results().baseline, &s1.results().baseline));
    assert_ne!(*s0.results().baseline, *s1.results().baseline);
    // The host's baseline holds still (v3); the money sent from it grows
    // with the origin's labour force.
    assert_ne!(
        chart(&s0, ChartId::HostOutflow).series[1],
        chart(&s1, ChartId::HostOutflow).series[1],
        "the dashed baseline moves"
    );
    // With no scenario lever set, the scenario is its baseline.
    assert_eq!(s1.params(), s1.defaults());
    assert_eq!(s1.results().run, *s1.results().baseline);
    // The unset emigration rates follow: they keep the diaspora steady under
    // the new labour growth.
    for id in [ParamId::EmigRateSkilled, ParamId::EmigRateUnskilled] {
        assert!(
            s1.params()[id] > s0.params()[id],
            "{id}: {} → {}",
            s0.params()[id],
            s1.params()[id]
        );
        assert_eq!(s1.params()[id], s1.defaults()[id]);
    }
    assert_ne!(
        s1.results().calibration,
        s0.results().calibration,
        "re-fitted"
    );
    // A scenario lever, by contrast, moves the scenario only.
    let s2 = act(&s1, Action::SetLever(ParamId::TransferCost, 0.02));
    assert_eq!(s2.defaults(), s1.defaults());
    assert!(Rc::ptr_eq(&s1.results().baseline, &s2.results().baseline));
    assert_ne!(s2.results().run, *s2.results().baseline);
}

#[test]
fn retirement_moves_the_unset_emigration_rates_but_not_a_set_one() {
    let s0 = start("#preset=mali-2022");
    let s1 = act(&s0, Action::SetLever(ParamId::EmigRateSkilled, 0.004));
    let s2 = act(&s1, Action::SetLever(ParamId::Retirement, 0.035));
    assert_eq!(
        s2.params()[ParamId::EmigRateSkilled],
        0.004,
        "set: it keeps its value"
    );
    assert!(s2.defaults()[ParamId::EmigRateSkilled] > s1.defaults()[ParamId::EmigRateSkilled]);
    assert!(
        s2.params()[ParamId::EmigRateUnskilled] > s1.params()[ParamId::EmigRateUnskilled],
        "unset: it follows retirement"
    );
}

#[test]
fn a_lever_set_at_its_default_stays_set_and_is_written_in_the_link() {
    let s0 = start("#preset=mali-2022");
    let default = s0.defaults()[ParamId::EmigRateSkilled];
    let s1 = act(&s0, Action::SetLever(ParamId::InvestedShare, 0.4));
    let s2 = act(&s1, Action::SetLever(ParamId::InvestedShare, 0.15));
    let s3 = act(&s2, Action::SetLever(ParamId::EmigRateSkilled, default));
    assert_eq!(set_names(&s3), ["emig_rate_skilled", "invested_share"]);
    assert_eq!(s3.params(), s0.params(), "the same values as the baseline");
    assert_eq!(s3.results().run, s0.results().run);
    assert!(
        Rc::ptr_eq(&s2.results().0, &s3.results().0),
        "a value it already had: nothing is recomputed"
    );
    let hash = s3.settings.to_hash();
    assert!(hash.contains("invested_share=0.15"), "{hash}");
    assert!(
        hash.contains(&format!("emig_rate_skilled={default}")),
        "{hash}"
    );
    // Set, the skilled rate no longer follows an assumption.
    let s4 = act(&s3, Action::SetLever(ParamId::LabourGrowth, 0.01));
    assert_eq!(s4.params()[ParamId::EmigRateSkilled], default);
    assert_ne!(s4.defaults()[ParamId::EmigRateSkilled], default);
    // The link shows it set, and a reset unsets it.
    let s5 = act(&s4, Action::ResetToBaseline);
    assert_eq!(set_names(&s5), ["labour_growth"]);
    assert_eq!(
        s5.params()[ParamId::EmigRateSkilled],
        s5.defaults()[ParamId::EmigRateSkilled]
    );
}

#[test]
fn reset_to_baseline_unsets_the_scenario_levers_only() {
    let s0 = start("#preset=mali-2022&brain_gain=1.2");
    let s1 = act(&s0, Action::SetLever(ParamId::InvestedShare, 0.6));
    let s2 = act(&s1, Action::SetLever(ParamId::ReturnUpgrade, 0.1));
    let s3 = act(&s2, Action::ResetToBaseline);
    assert_eq!(set_names(&s3), ["brain_gain"], "the assumption stays");
    assert_eq!(s3.params(), s0.params());
    assert_eq!(s3.params()[ParamId::BrainGain], 1.2);
    assert_eq!(s3.params(), s3.defaults(), "the scenario is its baseline");
    let values = |s: &State| s.charts().iter().map(|c| (**c).clone()).collect::<Vec<_>>();
    assert_eq!(values(&s3), values(&s0));
    assert_eq!(**s3.summary(), **s0.summary());
    assert!(
        Rc::ptr_eq(&s2.results().baseline, &s3.results().baseline),
        "the baseline did not move"
    );
    assert!(
        Rc::ptr_eq(&s3, &act(&s3, Action::ResetToBaseline)),
        "twice: nothing"
    );
}

#[test]
fn reset_assumptions_unsets_the_assumptions_only() {
    let s0 = start("#preset=mali-2022&transfer_cost=0.03");
    let s1 = act(&s0, Action::SetLever(ParamId::Retirement, 0.035));
    let s2 = act(&s1, Action::SetLever(ParamId::HostWageElasticity, 0.6));
    let s3 = act(&s2, Action::SetLever(ParamId::HorizonYears, 20.0));
    assert_eq!(
        set_names(&s3),
        [
            "transfer_cost",
            "retirement",
            "horizon_years",
            "host_wage_elasticity"
        ]
    );
    let s4 = act(&s3, Action::ResetAssumptions);
    assert_eq!(
        set_names(&s4),
        ["transfer_cost"],
        "the scenario lever stays"
    );
    assert_eq!(s4.params(), s0.params());
    assert_eq!(s4.defaults(), s0.defaults(), "the baseline is back");
    assert_eq!(s4.results().run, s0.results().run);
    assert_eq!(*s4.results().baseline, *s0.results().baseline);
    assert_eq!(
        s4.params()[ParamId::Retirement],
        0.025,
        "the default retirement"
    );
    assert!(
        Rc::ptr_eq(&s4, &act(&s4, Action::ResetAssumptions)),
        "twice: nothing"
    );
    assert!(
        s4.settings
            .choices
            .of_kind(Kind::Assumption)
            .iter()
            .next()
            .is_none(),
        "no assumption set"
    );
}

#[test]
fn a_new_preset_unsets_the_levers_keeps_the_assumptions_and_says_so() {
    let s0 = start("#transfer_cost=0.03&retirement=0.03&horizon_years=40");
    assert!(!s0.ui.preset_changed);
    let s1 = act(&s0, Action::SetPreset("mali-2022".into()));
    assert_eq!(s1.preset().id, "mali-2022");
    assert_eq!(s1.host().id, "france", "its first host");
    assert!(s1.ui.preset_changed, "the lever panel says what happened");
    assert_eq!(set_names(&s1), ["retirement", "horizon_years"]);
    assert_eq!(
        s1.params()[ParamId::TransferCost],
        0.0424,
        "Mali's own transfer cost, not the 3 % set for Bangladesh"
    );
    assert_eq!(s1.params()[ParamId::Retirement], 0.03, "kept");
    assert_eq!(s1.params()[ParamId::HorizonYears], 40.0, "kept");
    let mali = s1.preset().defaults(s1.host(), &s1.settings.choices);
    assert_eq!(*s1.defaults(), mali);
    assert_eq!(
        s1.params()[ParamId::EmigRateSkilled],
        mali[ParamId::EmigRateSkilled],
        "unset levers take Mali's defaults"
    );
    assert_ne!(chart(&s0, ChartId::Income), chart(&s1, ChartId::Income));
    assert_eq!(chart(&s1, ChartId::Income).series[0].points.len(), 41);
    // The next change of settings clears the sentence.
    let s2 = act(&s1, Action::SetHost("cote-divoire".into()));
    assert_eq!(s2.host().id, "cote-divoire");
    assert!(!s2.ui.preset_changed);
    assert_ne!(
        chart(&s1, ChartId::HostImmigrants),
        chart(&s2, ChartId::HostImmigrants)
    );
    let s3 = act(&s1, Action::SetLever(ParamId::InvestedShare, 0.3));
    assert!(!s3.ui.preset_changed);
    let s4 = act(&s1, Action::ResetAssumptions);
    assert!(!s4.ui.preset_changed);
    // Choosing the same preset again is nothing.
    assert!(Rc::ptr_eq(
        &s1,
        &act(&s1, Action::SetPreset("mali-2022".into()))
    ));
}

#[test]
fn a_message_naming_another_preset_does_what_the_menu_does() {
    let s0 = start("#transfer_cost=0.03&invested_share=0.4&brain_gain=1.2");
    let s1 = act(
        &s0,
        message(serde_json::json!({
            "type": "migration-explorer:set",
            "preset": "mali-2022",
            "set": { "return_upgrade": 0.05 }
        })),
    );
    assert_eq!(s1.preset().id, "mali-2022");
    assert_eq!(s1.host().id, "france");
    assert!(s1.ui.preset_changed);
    assert_eq!(
        set_names(&s1),
        ["return_upgrade", "brain_gain"],
        "the message's own lever, and the assumption kept"
    );
    assert!(
        s1.ui.notices.is_empty(),
        "nothing was wrong with the message: {:?}",
        s1.ui.notices
    );
    // With a host of the new preset, that host, and still no notice.
    let other = act(
        &s0,
        message(serde_json::json!({
            "type": "migration-explorer:set",
            "preset": "mali-2022",
            "host": "cote-divoire"
        })),
    );
    assert_eq!(other.host().id, "cote-divoire");
    assert!(other.ui.notices.is_empty(), "{:?}", other.ui.notices);
    assert_eq!(set_names(&other), ["brain_gain"]);
    // A message that keeps the preset keeps the levers too.
    let s2 = act(
        &s1,
        message(serde_json::json!({
            "type": "migration-explorer:set",
            "preset": "mali-2022",
            "set": { "transfer_cost": 0.02 }
        })),
    );
    assert!(!s2.ui.preset_changed);
    assert_eq!(
        set_names(&s2),
        ["transfer_cost", "return_upgrade", "brain_gain"]
    );
    // A message with a bad value says so, and keeps what was there.
    let s3 = act(
        &s2,
        message(serde_json::json!({
            "type": "migration-explorer:set",
            "set": { "transfer_cost": 0.5 }
        })),
    );
    assert_eq!(s3.settings.choices, s2.settings.choices);
    let reasons: Vec<&SettingProblem> = s3.ui.notices.iter().map(|n| &n.notice.problem).collect();
    assert!(
        matches!(reasons[..], [SettingProblem::BadValue { error, .. }] if error.id == ParamId::TransferCost),
        "{reasons:?}"
    );
    assert_eq!(s3.ui.notices[0].notice.source, SettingSource::Message);
}

#[test]
fn replaced_settings_take_over_with_their_notices() {
    let s0 = start("#transfer_cost=0.03");
    let (raw, mut notices) = RawSettings::from_url_part("#v=1&preset=mali-2022&invested_share=0.5");
    let (settings, more) = config::resolve(catalogue(), &[(SettingSource::Link, &raw)]);
    notices.extend(more);
    let s1 = act(&s0, Action::Replace(Box::new(settings), notices));
    assert_eq!(s1.preset().id, "mali-2022");
    assert_eq!(set_names(&s1), ["invested_share"]);
    assert_eq!(s1.ui.notices.len(), 1);
    assert!(matches!(
        s1.ui.notices[0].notice.problem,
        SettingProblem::OldVersion { .. }
    ));
}

#[test]
fn unchanged_charts_keep_their_state_so_they_are_not_redrawn() {
    let s0 = start("");
    // b_f, a host assumption, moves only the fiscal chart (scenario and baseline).
    let s1 = act(&s0, Action::SetLever(ParamId::HostFiscalPerMigrant, 0.1));
    for (i, id) in ChartId::LINES.iter().enumerate() {
        let same = s0.charts()[i] == s1.charts()[i];
        match id {
            ChartId::HostFiscal => assert!(!same, "fiscal chart must change"),
            ChartId::Optimum => assert!(same, "the optimum ignores the host's fiscal lever"),
            _ => assert!(same, "{id:?} must be kept"),
        }
    }
    let fiscal = chart(&s1, ChartId::HostFiscal);
    assert_eq!(fiscal.series[0], {
        let mut s = fiscal.series[1].clone();
        s.label = fiscal.series[0].label.clone();
        s.colour = fiscal.series[0].colour;
        (s.line, s.mark) = (fiscal.series[0].line, fiscal.series[0].mark);
        s
    });
}

#[test]
fn moving_only_the_skilled_rate_keeps_the_optimum_curve() {
    let s0 = start("");
    let s1 = act(&s0, Action::SetLever(ParamId::EmigRateSkilled, 0.02));
    assert!(Rc::ptr_eq(&s0.results().optimum, &s1.results().optimum));
    assert!(Rc::ptr_eq(
        &s0.results().baseline_optimum,
        &s1.results().baseline_optimum
    ));
    let marker = |s: &State| chart(s, ChartId::Optimum).markers[1].x;
    assert_eq!(
        marker(&s1),
        2.0,
        "the current-rate marker moves (in % a year)"
    );
    assert!(
        s1.summary()
            .iter()
            .any(|line| line.contains("above the range within 10 % of the best")),
        "{:?}",
        s1.summary()
    );
}

#[test]
fn at_start_the_scenario_shares_its_baselines_optimum() {
    // Nothing set: the scenario's curve is its baseline's, computed once at
    // start-up, not twice.
    let s0 = start("#preset=mali-2022");
    let shared = |s: &State| Rc::ptr_eq(&s.results().optimum, &s.results().baseline_optimum);
    assert!(shared(&s0));
    let s1 = act(&s0, Action::SetLever(ParamId::TransferCost, 0.02));
    assert!(
        !shared(&s1),
        "a lever the curve reads gives the scenario its own"
    );
    let default = s0.params()[ParamId::TransferCost];
    let s2 = act(&s1, Action::SetLever(ParamId::TransferCost, default));
    assert!(shared(&s2), "back at the default, the baseline's again");
    assert_eq!(s2.results().optimum.curve, s0.results().optimum.curve);
}

#[test]
fn a_host_assumption_keeps_the_optimum_and_the_transfer_cost_recomputes_it() {
    let s0 = start("#preset=mali-2022");
    for (id, value) in [
        (ParamId::HostWageElasticity, 0.6),
        (ParamId::HostWageAdjustment, 0.5),
        (ParamId::HostLabourShare, 0.6),
        (ParamId::HostFiscalPerMigrant, -0.1),
    ] {
        let s1 = act(&s0, Action::SetLever(id, value));
        assert!(
            Rc::ptr_eq(&s0.results().optimum, &s1.results().optimum),
            "{id}: the curve is kept"
        );
        assert!(
            Rc::ptr_eq(
                &s0.results().baseline_optimum,
                &s1.results().baseline_optimum
            ),
            "{id}"
        );
    }
    let s1 = act(&s0, Action::SetLever(ParamId::TransferCost, 0.02));
    assert!(!Rc::ptr_eq(&s0.results().optimum, &s1.results().optimum));
    assert_ne!(s0.results().optimum.curve, s1.results().optimum.curve);
    assert!(
        Rc::ptr_eq(
            &s0.results().baseline_optimum,
            &s1.results().baseline_optimum
        ),
        "a scenario lever leaves the baseline's curve"
    );
    assert_ne!(
        chart(&s0, ChartId::Optimum),
        chart(&s1, ChartId::Optimum),
        "and the chart is redrawn"
    );
    // An assumption the curve reads recomputes both.
    let s2 = act(&s0, Action::SetLever(ParamId::BrainGain, 0.4));
    assert!(!Rc::ptr_eq(&s0.results().optimum, &s2.results().optimum));
    assert!(!Rc::ptr_eq(
        &s0.results().baseline_optimum,
        &s2.results().baseline_optimum
    ));
}

#[test]
fn a_no_op_returns_the_same_state() {
    let s0 = start("#transfer_cost=0.03");
    for action in [
        Action::SetLever(ParamId::TransferCost, 0.03),
        Action::SetLever(ParamId::TransferCost, 0.5),
        Action::SetLever(ParamId::TransferCost, f64::NAN),
        Action::SetLever(ParamId::HorizonYears, 12.5),
        Action::SetPreset("atlantis".into()),
        Action::SetPreset("bangladesh-2022".into()),
        Action::SetHost("france".into()),
        Action::ShowView(View::Origin),
        Action::ResetAssumptions,
        Action::DismissNotice(99),
    ] {
        assert!(Rc::ptr_eq(&s0, &act(&s0, action.clone())), "{action:?}");
    }
    let plain = start("");
    assert!(Rc::ptr_eq(&plain, &act(&plain, Action::ResetToBaseline)));
}

#[test]
fn a_policy_applies_its_levers_and_says_what_changed() {
    let s0 = start("#preset=mali-2022");
    let sdg = PolicyKey::Sdg10c;
    let s1 = act(&s0, Action::ApplyPolicy(sdg));
    assert_eq!(s1.params()[ParamId::TransferCost], 0.03);
    let note = s1.ui.policy_note.as_ref().unwrap();
    assert_eq!(note.changes, vec![(ParamId::TransferCost, 0.0424, 0.03)]);
    let s2 = act(&s1, Action::ApplyPolicy(sdg));
    assert!(
        s2.ui.policy_note.as_ref().unwrap().changes.is_empty(),
        "already applied: nothing changed"
    );
    assert_eq!(s2.results().run, s1.results().run);
    let s3 = act(&s2, Action::ResetToBaseline);
    assert!(s3.ui.policy_note.is_none());
    assert!(!s3.settings.choices.is_set(ParamId::TransferCost));
}

#[test]
fn policies_move_scenario_levers_only_so_the_baseline_stays() {
    let s0 = start("#preset=mali-2022");
    for policy in PolicyKey::ALL {
        for &(id, _) in policy.policy().changes {
            assert_eq!(id.kind(), Kind::Scenario, "{}: {id}", policy.key());
        }
        let s1 = act(&s0, Action::ApplyPolicy(policy));
        assert!(
            Rc::ptr_eq(&s0.results().baseline, &s1.results().baseline),
            "{}",
            policy.key()
        );
    }
}

#[test]
fn focusing_a_chart_or_theme_shows_its_view() {
    let s0 = start("");
    let s1 = act(&s0, Action::Focus(Target::Chart(ChartId::Optimum)));
    assert_eq!(s1.settings.view, View::Optimum);
    let s2 = act(&s1, Action::Focus(Target::Theme(ThemeKey::SkillsLost)));
    assert_eq!(s2.settings.view, View::Themes);
    let s3 = act(&s2, Action::Focus(Target::Theme(ThemeKey::SkillsLost)));
    assert_ne!(s2.ui.focus, s3.ui.focus, "asking twice moves focus twice");
    let s4 = act(&s3, Action::Focus(Target::Lever(ParamId::BrainGain)));
    assert_eq!(
        s4.settings.view,
        View::Themes,
        "levers are always on screen"
    );
}

#[test]
fn notices_from_a_bad_link_are_shown_and_dismissed() {
    let s0 = start("#preset=atlantis&transfer_cost=abc");
    assert_eq!(s0.ui.notices.len(), 2);
    assert_eq!(s0.preset().id, "bangladesh-2022");
    let id = s0.ui.notices[0].id;
    let s1 = act(&s0, Action::DismissNotice(id));
    assert_eq!(s1.ui.notices.len(), 1);
    assert!(s1.ui.notices.iter().all(|n| n.id != id));
}

#[test]
fn the_csv_download_is_the_model_serializer() {
    let s = state_from_hash(
        "#preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45&retirement=0.03",
    );
    let csv = s.results().csv(None);
    assert!(csv.starts_with(&migration_model::COLUMNS.join(",")));
    assert!(csv.starts_with("year,gdp_usd,income_per_worker_usd,"));
    assert_eq!(csv, s.results().scenario.run().to_csv());
    assert_eq!(csv.lines().count(), 32);
}

#[test]
fn the_summary_speaks_of_income_per_worker_gdp_plus_remittances() {
    let s = state_from_hash("#preset=mali-2022&transfer_cost=0.02");
    let income = &s.summary()[0];
    assert!(
        income.contains("income per worker (GDP + remittances)"),
        "{income}"
    );
    assert!(!income.contains("GNI"), "{income}");
    let last = s.results().run.last().unwrap();
    assert!(
        income.contains(&format::usd(Lang::En, last.income_per_worker_usd)),
        "{income}"
    );
}

#[test]
fn the_host_baseline_sentence_names_both_growth_rates() {
    let texts = Lang::En.texts();
    let sentence =
        |s: &State| summary::host_baseline_sentence(s.results(), s.preset(), s.host(), texts);
    let s0 = start("#preset=mali-2022&host=france");
    let text = sentence(&s0);
    let rate = |v: f64| format::lever_value(Lang::En, ParamId::LabourGrowth.spec(), v);
    assert_eq!(rate(0.029859), "3.0\u{a0}% a year");
    assert_eq!(rate(0.006272), "0.6\u{a0}% a year");
    for part in ["Mali", "France", &rate(0.029859), &rate(0.006272)] {
        assert!(text.contains(part), "{part} in {text}");
    }
    assert!(!text.contains('{'), "{text}");
    // The origin's rate is the assumption as set.
    let s1 = act(&s0, Action::SetLever(ParamId::LabourGrowth, 0.015));
    assert!(sentence(&s1).contains(&rate(0.015)), "{}", sentence(&s1));
    let s2 = act(&s0, Action::SetHost("cote-divoire".into()));
    assert!(sentence(&s2).contains(&rate(0.026863)), "{}", sentence(&s2));
}

#[test]
fn every_sentence_and_notice_has_its_holes_filled() {
    use migration_explorer::components::notices::notice_text;
    let hashes = [
        "",
        "#preset=mali-2022&host=cote-divoire&emig_rate_skilled=0.03",
        "#preset=bangladesh-2022&brain_gain=0",
        "#preset=mali-2000&brain_gain=0&skills_weight=0&emig_rate_skilled=0.05",
        // One of each problem.
        "#v=9&preset=x&host=y&view=z&lang=q&nope=1&transfer_cost=a&invested_share=5&horizon_years=12.5&allow-origin=ftp://x&=&view=host&lesson=1&a.b=2&uncertainty=1&mode=x",
        "#step=3&a.horizon_years=20",
        "#lesson=optimum&step=99",
        "#preset=mali-2022&a=1&emig_rate_skilled=0.03",
        "#v=1&transfer_cost=0.03",
        "#view=z",
        &format!("#preset={}", "x".repeat(300)),
        &format!("#preset={}", "x".repeat(5000)),
    ];
    let mut seen = std::collections::HashSet::new();
    for hash in hashes {
        let state = state_from_hash(hash);
        let texts = state.lang().texts();
        for line in state.summary().iter() {
            assert!(!line.contains('{') && !line.contains('}'), "{line}");
        }
        let host =
            summary::host_baseline_sentence(state.results(), state.preset(), state.host(), texts);
        assert!(!host.contains('{') && !host.contains('}'), "{host}");
        for shown in &state.ui.notices {
            let text = notice_text(texts, &state.settings, state.results(), &shown.notice);
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
            let kind = format!("{:?}", shown.notice.problem);
            let kind = match &shown.notice.problem {
                SettingProblem::BadValue { error, .. } => format!("{:?}", error.problem),
                _ => kind.split([' ', '{', '(']).next().unwrap().to_string(),
            };
            seen.insert(kind);
        }
    }
    let mut seen: Vec<String> = seen.into_iter().collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            "BadOrigin",
            "BadStep",
            "BadUncertainty",
            "Malformed",
            "NotANumber",
            "NotWhole",
            "OldVersion",
            "OutOfRange",
            "Pinned",
            "Repeated",
            "StepWithoutLesson",
            "TooLong",
            "UnknownHost",
            "UnknownLang",
            "UnknownLesson",
            "UnknownMode",
            "UnknownParam",
            "UnknownPreset",
            "UnknownVersion",
            "UnknownView",
            "ValueTooLong",
        ],
        "every kind of notice was rendered"
    );
}

#[test]
fn a_bad_value_notice_names_the_reason_the_range_and_the_default() {
    use migration_explorer::components::notices::notice_text;
    let state =
        state_from_hash("#preset=mali-2022&horizon_years=12.5&transfer_cost=0.9&brain_gain=lots");
    let texts = state.lang().texts();
    let lines: Vec<String> = state
        .ui
        .notices
        .iter()
        .map(|n| notice_text(texts, &state.settings, state.results(), &n.notice))
        .collect();
    assert_eq!(
        lines,
        [
            "Years simulated: 12.5 is not a whole number, so the default 30 years is used. (in the link)",
            "Transfer cost: 0.9 is outside its range (0.0\u{a0}% to 15.0\u{a0}%), so the default 4.24\u{a0}% is used. (in the link)",
            "Brain gain: study encouraged by migration prospects: \"lots\" is not a number, so the default 0.80 is used. (in the link)",
        ]
    );
}

#[test]
fn reset_assumptions_keeps_the_policy_and_its_note() {
    let s = act(
        &start("#retirement=0.03"),
        Action::ApplyPolicy(PolicyKey::Sdg10c),
    );
    assert!(s.ui.policy_note.is_some());
    let reset = act(&s, Action::ResetAssumptions);
    assert_eq!(
        set_names(&reset),
        ["transfer_cost"],
        "the policy's lever stays"
    );
    assert!(reset.ui.policy_note.is_some(), "so its sentence stays too");
    // With no assumption set, the button changes nothing at all.
    assert!(Rc::ptr_eq(&reset, &act(&reset, Action::ResetAssumptions)));
    // Reset to baseline unsets the policy's lever, and its sentence goes.
    let back = act(&reset, Action::ResetToBaseline);
    assert!(set_names(&back).is_empty());
    assert!(back.ui.policy_note.is_none());
}

#[test]
fn the_status_region_says_the_latest_short_message() {
    use migration_explorer::lessons::LessonKey;
    use migration_explorer::state::Said;
    let s0 = start("#preset=mali-2022");
    assert_eq!(s0.ui.said, None, "nothing to say at first");
    let s1 = act(&s0, Action::ApplyPolicy(PolicyKey::Sdg10c));
    assert_eq!(s1.ui.said, Some(Said::Policy));
    let s2 = act(&s1, Action::ToggleShare);
    let s3 = act(&s2, Action::Copied(Ok(0)));
    assert_eq!(s3.ui.said, Some(Said::Copied));
    let s4 = act(&s3, Action::SetPreset("bangladesh-2022".into()));
    assert_eq!(s4.ui.said, Some(Said::NewCountry));
    // A pinned scenario unpinned by the new country: its notice says more.
    let s5 = act(
        &act(&s4, Action::Pin),
        Action::SetPreset("mali-2022".into()),
    );
    assert!(
        matches!(s5.ui.said, Some(Said::Notices(id)) if s5.ui.notices.iter().any(|n| n.id == id))
    );
    // A lesson step moved by hand says so once.
    let s6 = act(&s5, Action::OpenLesson(LessonKey::ALL[0]));
    let s7 = act(&s6, Action::SetLever(ParamId::TransferCost, 0.01));
    assert_eq!(s7.ui.said, Some(Said::LessonChanged));
    let s8 = act(&s7, Action::SetLever(ParamId::TransferCost, 0.02));
    assert_eq!(s8.ui.said, Some(Said::LessonChanged));
    // Notices from a bad link, at the start.
    assert!(matches!(
        start("#preset=atlantis").ui.said,
        Some(Said::Notices(0))
    ));
    // The release saved for offline use (offline.js's event): said, with its
    // version, and the scenario left alone.
    let s9 = act(&s8, Action::Offline("0.3.1".into(), true));
    assert_eq!(s9.ui.said, Some(Said::Offline));
    assert_eq!(s9.ui.offline, Some(("0.3.1".to_string(), true)));
    assert_eq!(s9.settings, s8.settings);
}

#[test]
fn the_language_switch_rewords_everything_and_the_link_says_so() {
    use migration_explorer::i18n::Lang;
    let s0 = start("#lesson=optimum&step=2&lang=en");
    let s1 = act(&s0, Action::SetLang(Lang::Fr));
    assert_eq!(s1.lang(), Lang::Fr);
    assert!(s1.settings.scenario_hash().contains("&lang=fr"));
    assert_ne!(s1.summary(), s0.summary());
    assert_eq!(s1.results(), s0.results(), "the same numbers, other words");
    let (en, fr) = (s0.step().unwrap(), s1.step().unwrap());
    assert_ne!(
        en.words.question, fr.words.question,
        "the step speaks French"
    );
    assert_eq!(s1.settings.choices, s0.settings.choices);
    // Choosing the language shown is a no-op.
    assert!(Rc::ptr_eq(&act(&s1, Action::SetLang(Lang::Fr)), &s1));
}
