//! The reducer: what each action changes, and what it leaves alone.

use crate::support::state_from_hash;
use migration_explorer::content::{ChartId, Target, View, POLICIES};
use migration_explorer::state::{Action, State};
use migration_model::ParamId;
use std::rc::Rc;
use yew::Reducible;

fn act(state: &Rc<State>, action: Action) -> Rc<State> {
    state.clone().reduce(action)
}

fn chart(state: &State, id: ChartId) -> &migration_explorer::charts::LineChart {
    &state.charts[id as usize]
}

#[test]
fn moving_a_lever_changes_scenario_numbers_not_the_baseline() {
    let s0 = Rc::new(state_from_hash(""));
    let s1 = act(&s0, Action::SetLever(ParamId::RemitShareUnskilled, 0.45));
    assert_eq!(s1.params()[ParamId::RemitShareUnskilled], 0.45);
    let (before, after) = (chart(&s0, ChartId::Income), chart(&s1, ChartId::Income));
    assert_eq!(before.series[1], after.series[1], "baseline unchanged");
    assert!(
        after.series[0].points.last().unwrap().1 > before.series[0].points.last().unwrap().1,
        "income rises with remittances"
    );
    assert_ne!(s0.summary, s1.summary);
    assert!(
        Rc::ptr_eq(&s0.results.baseline, &s1.results.baseline),
        "the baseline is not recomputed"
    );
}

#[test]
fn unchanged_charts_keep_their_state_so_they_are_not_redrawn() {
    let s0 = Rc::new(state_from_hash(""));
    // The host fiscal chart depends on b_f, not on the horizon's… but every
    // chart depends on the run; b_f alone moves only the fiscal chart.
    let s1 = act(&s0, Action::SetLever(ParamId::HostFiscalPerMigrant, 0.1));
    for (i, id) in ChartId::ALL.iter().enumerate() {
        let same = s0.charts[i] == s1.charts[i];
        match id {
            ChartId::HostFiscal => assert!(!same, "fiscal chart must change"),
            ChartId::Optimum => assert!(same, "the optimum ignores the host's fiscal lever"),
            _ => assert!(same, "{id:?} must be kept"),
        }
    }
}

#[test]
fn moving_only_the_skilled_rate_keeps_the_optimum_curve() {
    let s0 = Rc::new(state_from_hash(""));
    let s1 = act(&s0, Action::SetLever(ParamId::EmigRateSkilled, 0.02));
    assert!(Rc::ptr_eq(&s0.results.optimum, &s1.results.optimum));
    let marker = |s: &State| chart(s, ChartId::Optimum).markers[1].x;
    assert_eq!(
        marker(&s1),
        2.0,
        "the current-rate marker moves (in % a year)"
    );
    assert!(
        s1.summary.iter().any(|line| line.contains("above it")),
        "{:?}",
        s1.summary
    );
}

#[test]
fn a_no_op_returns_the_same_state() {
    let s0 = Rc::new(state_from_hash(""));
    for action in [
        Action::SetLever(ParamId::TransferCost, s0.params()[ParamId::TransferCost]),
        Action::SetLever(ParamId::TransferCost, 0.5),
        Action::SetLever(ParamId::TransferCost, f64::NAN),
        Action::SetPreset("atlantis".into()),
        Action::SetPreset("bangladesh-2022".into()),
        Action::SetHost("france".into()),
        Action::ShowView(View::Origin),
        Action::ResetToBaseline,
        Action::DismissNotice(99),
        Action::ApplyPolicy(99),
    ] {
        assert!(Rc::ptr_eq(&s0, &act(&s0, action.clone())), "{action:?}");
    }
}

#[test]
fn switching_country_keeps_lever_changes_and_picks_its_first_host() {
    let s0 = Rc::new(state_from_hash("#transfer_cost=0.03"));
    let s1 = act(&s0, Action::SetPreset("mali-2022".into()));
    assert_eq!(s1.preset().id, "mali-2022");
    assert_eq!(s1.host().id, "france");
    assert_eq!(
        s1.params()[ParamId::TransferCost],
        0.03,
        "the change carries over"
    );
    let mali = s1.preset().defaults();
    assert_eq!(
        s1.params()[ParamId::EmigRateSkilled],
        mali[ParamId::EmigRateSkilled],
        "unchanged levers take Mali's defaults"
    );
    assert_ne!(chart(&s0, ChartId::Income), chart(&s1, ChartId::Income));
    let s2 = act(&s1, Action::SetHost("cote-divoire".into()));
    assert_eq!(s2.host().id, "cote-divoire");
    assert_ne!(
        chart(&s1, ChartId::HostImmigrants),
        chart(&s2, ChartId::HostImmigrants)
    );
}

#[test]
fn reset_restores_the_baseline() {
    let s0 = Rc::new(state_from_hash("#preset=mali-2022"));
    let s1 = act(&s0, Action::SetLever(ParamId::InvestedShare, 0.6));
    let s2 = act(&s1, Action::ResetToBaseline);
    assert_eq!(s2.params(), s0.params());
    let values = |s: &State| s.charts.iter().map(|c| (**c).clone()).collect::<Vec<_>>();
    assert_eq!(values(&s2), values(&s0));
    assert_eq!(*s2.summary, *s0.summary);
}

#[test]
fn a_policy_applies_its_levers_and_says_what_changed() {
    let s0 = Rc::new(state_from_hash("#preset=mali-2022"));
    let sdg = POLICIES.iter().position(|p| p.key == "sdg-10c").unwrap();
    let s1 = act(&s0, Action::ApplyPolicy(sdg));
    assert_eq!(s1.params()[ParamId::TransferCost], 0.03);
    let note = s1.policy_note.as_ref().unwrap();
    assert_eq!(note.changes, vec![(ParamId::TransferCost, 0.0424, 0.03)]);
    let s2 = act(&s1, Action::ApplyPolicy(sdg));
    assert!(
        s2.policy_note.as_ref().unwrap().changes.is_empty(),
        "already applied: nothing changed"
    );
    assert_eq!(s2.results.run, s1.results.run);
}

#[test]
fn focusing_a_chart_or_theme_shows_its_view() {
    let s0 = Rc::new(state_from_hash(""));
    let s1 = act(&s0, Action::Focus(Target::Chart(ChartId::Optimum)));
    assert_eq!(s1.settings.view, View::Optimum);
    let s2 = act(&s1, Action::Focus(Target::Theme(2)));
    assert_eq!(s2.settings.view, View::Themes);
    let s3 = act(&s2, Action::Focus(Target::Theme(2)));
    assert_ne!(s2.focus, s3.focus, "asking twice moves focus twice");
    let s4 = act(&s3, Action::Focus(Target::Lever(ParamId::BrainGain)));
    assert_eq!(
        s4.settings.view,
        View::Themes,
        "levers are always on screen"
    );
}

#[test]
fn notices_from_a_bad_link_are_shown_and_dismissed() {
    let s0 = Rc::new(state_from_hash("#preset=atlantis&transfer_cost=abc"));
    assert_eq!(s0.notices.len(), 2);
    assert_eq!(s0.preset().id, "bangladesh-2022");
    let id = s0.notices[0].id;
    let s1 = act(&s0, Action::DismissNotice(id));
    assert_eq!(s1.notices.len(), 1);
    assert!(s1.notices.iter().all(|n| n.id != id));
}

#[test]
fn the_csv_download_is_the_model_serializer() {
    let s = state_from_hash("#preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45");
    let csv = s.results.csv();
    assert!(csv.starts_with(&migration_model::COLUMNS.join(",")));
    assert_eq!(csv, s.results.scenario.run().to_csv());
    assert_eq!(csv.lines().count(), 32);
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
        "#v=9&preset=x&host=y&view=z&lang=q&nope=1&transfer_cost=a&invested_share=5&allow-origin=ftp://x&=&view=host",
        &format!("#preset={}", "x".repeat(300)),
        &format!("#preset={}", "x".repeat(5000)),
    ];
    let mut seen = 0;
    for hash in hashes {
        let state = state_from_hash(hash);
        for line in state.summary.iter() {
            assert!(!line.contains('{') && !line.contains('}'), "{line}");
        }
        for shown in &state.notices {
            let text = notice_text(state.lang().texts(), &state, &shown.notice);
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
            seen += 1;
        }
    }
    assert!(seen >= 11, "every kind of notice was rendered ({seen})");
}
