//! "What drives this?": the sensitivity computed in parts through the
//! reducer, generation by generation, and the view's tornados, sentence and
//! levers built from a `Sensitivity` as the definitions say.

use crate::support::{catalogue, state_from_hash};
use migration_explorer::charts::tornado::{self, Tornado};
use migration_explorer::content::View;
use migration_explorer::i18n::Lang;
use migration_explorer::sensitivity_job::Finished;
use migration_explorer::state::{Action, State};
use migration_model::{Choices, ParamId, Sensitivity};
use std::rc::Rc;
use yew::Reducible;

const MALI: &str = "#preset=mali-2022&host=france&transfer_cost=0.03&emig_rate_skilled=0.01";

/// Runs the job's slices, as the effect does, until it is done.
fn compute(mut state: Rc<State>) -> Rc<State> {
    let mut slices = 0;
    while let Some(step) = state.drivers().next() {
        state = state.reduce(Action::Drivers(step.generation, step.run()));
        slices += 1;
        assert!(
            slices <= 22,
            "one slice for the scenario, one per assumption"
        );
    }
    assert_eq!(slices, 22);
    state
}

fn finished(state: &State) -> &Finished {
    assert!(state.drivers().done());
    state.drivers().finished.as_deref().expect("finished")
}

fn sensitivity(hash: &str) -> Sensitivity {
    let s = state_from_hash(hash);
    Sensitivity::new(s.preset(), s.host(), &s.settings.choices)
}

#[test]
fn the_parts_through_the_reducer_make_the_sensitivity_of_the_model() {
    let state = Rc::new(state_from_hash(MALI));
    // Nothing is computed by the reducer itself.
    assert!(!state.drivers().done());
    assert_eq!(state.drivers().progress(), (0, 22));
    let done = compute(state);
    assert_eq!(finished(&done).sensitivity, sensitivity(MALI));
}

#[test]
fn the_reducer_drops_parts_of_an_older_generation_and_parts_not_asked_for() {
    let state = Rc::new(state_from_hash(MALI));
    let first = state.drivers().next().unwrap();
    let part = first.run();
    // A second lever moves: a new generation, nothing of the old one kept.
    let moved = state
        .clone()
        .reduce(Action::SetLever(ParamId::TransferCost, 0.02));
    assert_eq!(moved.drivers().generation, state.drivers().generation + 1);
    let late = moved
        .clone()
        .reduce(Action::Drivers(first.generation, part.clone()));
    assert!(
        Rc::ptr_eq(&late, &moved),
        "the old generation's part is dropped"
    );
    // The new generation's own first part is taken, once.
    let own = moved.drivers().next().unwrap();
    let taken = moved
        .clone()
        .reduce(Action::Drivers(own.generation, own.run()));
    assert_eq!(taken.drivers().progress(), (1, 22));
    let again = taken
        .clone()
        .reduce(Action::Drivers(own.generation, own.run()));
    assert!(
        Rc::ptr_eq(&again, &taken),
        "a part not asked for is dropped"
    );
    // A generation from the future (none has started) is dropped too.
    let future = taken
        .clone()
        .reduce(Action::Drivers(own.generation + 1, part));
    assert!(Rc::ptr_eq(&future, &taken));
}

#[test]
fn what_the_sensitivity_does_not_depend_on_keeps_its_generation_and_the_same_scenario_reuses_it() {
    let done = compute(Rc::new(state_from_hash(MALI)));
    let generation = done.drivers().generation;
    // The view, a pin and the share panel leave it as it is.
    let mut s = done.clone().reduce(Action::ShowView(View::Drivers));
    s = s.reduce(Action::Pin).reduce(Action::ToggleShare);
    assert!(Rc::ptr_eq(&s.drivers().0, &done.drivers().0));
    // Another language: the same numbers, their words and charts in French.
    let fr = s.clone().reduce(Action::SetLang(Lang::Fr));
    assert_eq!(fr.drivers().generation, generation);
    let (en, fr_words) = (finished(&s), finished(&fr));
    assert_eq!(en.sensitivity, fr_words.sensitivity);
    assert_eq!(fr_words.lang, Lang::Fr);
    assert!(
        fr_words.sentence.starts_with("L’effet sur le revenu"),
        "{}",
        fr_words.sentence
    );
    // A lever moved and moved back: a new generation each time, and the
    // finished sensitivity of the same scenario is shown at once.
    let away = s
        .clone()
        .reduce(Action::SetLever(ParamId::InvestedShare, 0.4));
    assert!(!away.drivers().done());
    assert!(
        away.drivers().finished.is_some(),
        "the last tornados stay shown"
    );
    let back = away.reduce(Action::Replace(Box::new(s.settings.clone()), Vec::new()));
    assert!(
        back.drivers().done(),
        "back to the finished scenario: nothing to compute"
    );
    assert_eq!(back.drivers().generation, generation + 2);
    assert!(back.drivers().next().is_none());
}

/// Checks a tornado against the sensitivity it was built from: each
/// assumption once, bars by their own swing (ties in table order), zero
/// swings apart, values in %.
fn check(
    t: &Tornado,
    sens: &Sensitivity,
    ends: fn(&migration_model::Swing) -> [f64; 2],
    central: f64,
) {
    assert_eq!(t.central, 100.0 * central);
    let swing = |b: &tornado::Bar| (b.at[1] - b.at[0]).abs();
    for w in t.bars.windows(2) {
        assert!(
            swing(&w[0]) > swing(&w[1]) || (swing(&w[0]) == swing(&w[1]) && w[0].id < w[1].id),
            "{:?} before {:?}",
            w[0].id,
            w[1].id
        );
    }
    assert!(t.bars.iter().all(|b| swing(b) > 0.0));
    assert!(t.unmoved.iter().all(|b| swing(b) == 0.0));
    assert!(
        t.unmoved.windows(2).all(|w| w[0].id < w[1].id),
        "in table order"
    );
    assert_eq!(t.bars.len() + t.unmoved.len(), sens.assumptions.len());
    for b in t.bars.iter().chain(&t.unmoved) {
        let s = sens.assumptions.iter().find(|s| s.name == b.id).unwrap();
        assert_eq!(b.at, ends(s).map(|v| 100.0 * v), "{:?}", b.id);
    }
    // Every value on the axis, with at most six round ticks.
    for v in t.bars.iter().flat_map(|b| b.at).chain([t.central]) {
        assert!(t.x_range.0 < v && v < t.x_range.1, "{v} in {:?}", t.x_range);
    }
    assert!((1..=6).contains(&t.x_ticks.values.len()));
}

#[test]
fn the_tornados_follow_the_definitions_sorted_by_their_own_swing_zero_swings_apart() {
    let sens = sensitivity(MALI);
    let texts = Lang::En.texts();
    let [income, optimum] = tornado::build(&sens, texts);
    check(
        &income,
        &sens,
        |s| s.income_effect,
        sens.central.income_effect,
    );
    check(&optimum, &sens, |s| s.optimum, sens.central.optimum);
    // The income tornado is in the sensitivity's own order.
    let order: Vec<ParamId> = income
        .bars
        .iter()
        .chain(&income.unmoved)
        .map(|b| b.id)
        .collect();
    let model: Vec<ParamId> = sens.assumptions.iter().map(|a| a.name).collect();
    assert_eq!(order[..income.bars.len()], model[..income.bars.len()]);
    // The host's assumptions never move the origin's income: named under it.
    assert!(income
        .unmoved
        .iter()
        .any(|b| b.id == ParamId::HostLabourShare));
    assert!(
        income.note.contains("“Labour's share of host output”"),
        "{}",
        income.note
    );
    assert!(!income.bars.iter().any(|b| b.id == ParamId::HostLabourShare));
    // The optimum's weights move the optimum only.
    assert!(optimum.bars.iter().any(|b| b.id == ParamId::SkillsWeight));
    assert!(income.unmoved.iter().any(|b| b.id == ParamId::SkillsWeight));
    // Its table: the scenario, then every assumption with its range.
    let table = tornado::table(&income);
    assert_eq!(table.rows.len(), 1 + sens.assumptions.len());
    assert_eq!(table.columns.len(), 5);
    assert_eq!(table.rows[0][0], "This scenario");
    assert_eq!(table.rows[1][0], income.bars[0].label);
    assert_eq!(table.rows[1][3], income.text(income.bars[0].at[0]));
}

#[test]
fn at_the_baseline_the_income_tornado_is_empty_and_the_optimum_tornado_stays() {
    let done = compute(Rc::new(state_from_hash(
        "#preset=bangladesh-2022&host=saudi-arabia",
    )));
    let f = finished(&done);
    assert!(f.income.bars.is_empty());
    assert_eq!(f.income.unmoved.len(), 21);
    assert!(f.income.note.is_empty(), "the view says why instead");
    assert_eq!(f.sentence, "");
    assert!(f.levers.is_empty());
    assert!(!f.optimum.bars.is_empty());
    check(
        &f.optimum,
        &f.sensitivity,
        |s| s.optimum,
        f.sensitivity.central.optimum,
    );
}

#[test]
fn the_sentence_names_the_three_largest_income_swings_and_the_levers_their_share() {
    let done = compute(Rc::new(state_from_hash(MALI)));
    let f = finished(&done);
    let top: Vec<&str> = f.income.bars[..3]
        .iter()
        .map(|b| b.label.as_str())
        .collect();
    let at = |label: &str| f.sentence.find(&format!("“{label}”")).expect(label);
    assert!(
        at(top[0]) < at(top[1]) && at(top[1]) < at(top[2]),
        "{}",
        f.sentence
    );
    let fourth = &f.income.bars[3].label;
    assert!(!f.sentence.contains(fourth.as_str()));
    let bar = &f.income.bars[0];
    let pct = |v: f64| migration_explorer::format::signed_percent(Lang::En, v / 100.0, 2);
    assert!(
        f.sentence
            .contains(&format!("from {} to {}", pct(bar.at[0]), pct(bar.at[1]))),
        "{}",
        f.sentence
    );
    // One line per lever set, in table order, with the effect without it.
    assert_eq!(f.levers.len(), 2);
    let mut without = Choices::new();
    without.set(ParamId::EmigRateSkilled, 0.01).unwrap();
    let (p, h) = catalogue().find("mali-2022", Some("france")).unwrap();
    let effect = migration_model::Scenario::new(p, h, &without).income_effect();
    assert!(
        f.levers[1].starts_with("Transfer cost at its default"),
        "{}",
        f.levers[1]
    );
    assert!(
        f.levers[1].contains(&pct(100.0 * effect)),
        "{} has {}",
        f.levers[1],
        pct(100.0 * effect)
    );
    // Its CSV: the scenario, then the assumptions in the sensitivity's order.
    let csv = f.csv();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2 + 21);
    assert!(lines[1].starts_with("central,,,"));
    assert!(lines[2].starts_with(f.sensitivity.assumptions[0].name.name()));
}
