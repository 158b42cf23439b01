//! What the printable brief lists: the levers that differ from the baseline,
//! then the assumptions set away from their defaults, each with both values.

use crate::support::state_from_hash;
use migration_explorer::summary::moved_levers;
use migration_model::ParamId::*;
use migration_model::{Choices, ParamId};

fn moved(hash: &str) -> Vec<(ParamId, f64, f64)> {
    let state = state_from_hash(hash);
    moved_levers(&state.results().scenario, state.preset(), state.host())
}

#[test]
fn the_baseline_moves_nothing() {
    assert_eq!(moved("v=3&preset=mali-2022&host=france"), vec![]);
}

#[test]
fn a_moved_lever_is_listed_with_the_scenarios_value_and_the_baselines() {
    let state = state_from_hash("v=3&preset=mali-2022&host=france");
    let baseline = state.defaults()[TransferCost];
    assert_ne!(baseline, 0.03);
    assert_eq!(
        moved("v=3&preset=mali-2022&host=france&transfer_cost=0.03"),
        vec![(TransferCost, 0.03, baseline)]
    );
}

#[test]
fn a_lever_set_to_its_baseline_value_is_not_listed() {
    let state = state_from_hash("v=3&preset=bangladesh-2022");
    let baseline = state.defaults()[InvestedShare];
    let hash = format!("v=3&preset=bangladesh-2022&invested_share={baseline}");
    assert!(state_from_hash(&hash)
        .settings
        .choices
        .is_set(InvestedShare));
    assert_eq!(moved(&hash), vec![]);
}

#[test]
fn assumptions_come_after_the_levers_against_their_defaults() {
    // Retirement moves the default emigration rates, in the scenario and its
    // baseline alike: they are not listed; the lever set is, then retirement.
    let list = moved("v=3&preset=mali-2022&host=france&retirement=0.035&invested_share=0.6");
    let mali = state_from_hash("v=3&preset=mali-2022");
    let untouched = mali.preset().defaults(mali.host(), &Choices::new());
    let state = state_from_hash("v=3&preset=mali-2022&retirement=0.035");
    assert_eq!(
        list,
        vec![
            (InvestedShare, 0.6, state.defaults()[InvestedShare]),
            (Retirement, 0.035, untouched[Retirement]),
        ]
    );
    assert_eq!(untouched[Retirement], 0.025);
}
