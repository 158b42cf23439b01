//! Model version 3 in the widget's words: who gains (the split of income per
//! worker, the migrants' own income), the optimum's near range and skills
//! weight, displacement in the host, the pickers. Numbers from the model's
//! outputs and `migration-sim` (docs/model.md §5), never from the widget.

use crate::support::state_from_hash;
use migration_explorer::content::PolicyKey;
use migration_explorer::state::{Action, State};
use migration_explorer::summary;
use migration_model::ParamId;
use std::rc::Rc;
use yew::Reducible;

fn act(state: &State, action: Action) -> State {
    (*Rc::new(state.clone()).reduce(action)).clone()
}

/// The summary splits the change in income per worker, final year, into
/// the stayers' own changes and the composition effect (h − h_b)·(I_s − I_u),
/// in points of the baseline's income per worker: the three add up to the
/// change, and each is the formula's.
#[test]
fn the_summary_splits_income_per_worker_into_stayers_and_composition() {
    let state = state_from_hash("#preset=nepal-2022&emig_rate_skilled=0.02");
    let (s, b) = (
        state.results().run.last().unwrap(),
        state.results().baseline.last().unwrap(),
    );
    let (h, h_b) = (s.skilled_share, b.skilled_share);
    let points = |v: f64| 100.0 * v / b.income_per_worker_usd;
    let unskilled =
        points((1.0 - h_b) * (s.unskilled_stayer_income_usd - b.unskilled_stayer_income_usd));
    let skilled = points(h_b * (s.skilled_stayer_income_usd - b.skilled_stayer_income_usd));
    let composition =
        points((h - h_b) * (s.skilled_stayer_income_usd - s.unskilled_stayer_income_usd));
    let total = 100.0 * (s.income_per_worker_usd / b.income_per_worker_usd - 1.0);
    assert!((unskilled + skilled + composition - total).abs() < 1e-9);
    assert!(composition < 0.0, "fewer skilled stay: {composition}");
    let lang = migration_explorer::i18n::Lang::En;
    let signed = |v: f64| migration_explorer::format::signed(lang, v, 2);
    let expected = format!(
        "That change is {} points from the unskilled stayers' own incomes, {} from the skilled stayers' and {} from the change in who stays (points of the baseline's income per worker).",
        signed(unskilled),
        signed(skilled),
        signed(composition)
    );
    assert_eq!(state.summary()[1], expected);
    let native = migration_explorer::format::signed_percent(
        lang,
        s.income_per_native_usd / b.income_per_native_usd - 1.0,
        1,
    );
    assert_eq!(
        state.summary()[2],
        format!("Counting the migrants themselves, income per native changes by {native} in 2052, their earnings abroad counted at home prices (prices abroad 1.5 times those at home, an assumption).")
    );
    // In French too, with no English left.
    let fr = state_from_hash("#preset=nepal-2022&emig_rate_skilled=0.02&lang=fr");
    assert!(
        fr.summary()[1].starts_with("Ce changement se décompose"),
        "{}",
        fr.summary()[1]
    );
    assert!(fr.summary()[2].starts_with("En comptant les migrants eux-mêmes"));
}

/// Bangladesh 2022 at the SDG's 3 %: remittances rise 2.54 % (migration-sim:
/// 22,038,040,268 against 21,491,340,000 US$ at t = 0, the same ratio every year).
#[test]
fn bangladesh_s_remittances_rise_2_54_percent_at_a_3_percent_cost() {
    let state = state_from_hash("#preset=bangladesh-2022&transfer_cost=0.03");
    let sentence = &state.summary()[3];
    assert!(sentence.contains("(+2.54\u{a0}% in US$)"), "{sentence}");
    let rows = &state.results().run;
    let first = rows[0].remittances_usd / state.results().baseline[0].remittances_usd;
    assert!((first - 22_038_040_268.496_155 / 21_491_339_999.999_996).abs() < 1e-12);
}

/// The optimum view: Bangladesh 2022's optimum 0.45 %/yr with its near range
/// 0.25–0.80 %/yr (migration-sim `--optimum`: "near": [0.0025, 0.008]); Nepal
/// 2022's current rate would be the optimum for a skills weight between 0.11
/// and 0.15 ([0.1113…, 0.1489…]).
#[test]
fn the_optimum_view_says_the_near_range_and_the_skills_weight_of_the_current_rate() {
    let bangladesh = state_from_hash("#preset=bangladesh-2022");
    let texts = bangladesh.lang().texts();
    let details = summary::optimum_details(bangladesh.results(), texts);
    assert_eq!(
        details[0],
        "Between 0.25\u{a0}% and 0.80\u{a0}% a year the score is within 10 % of its best."
    );
    let verdict = summary::optimum_sentence(bangladesh.results(), texts);
    assert!(
        verdict.starts_with("The migration optimum for skilled emigration is 0.45\u{a0}% a year"),
        "{verdict}"
    );
    // Bangladesh's current rate is not an optimum for any weight: it is below
    // what skills alone call for (0.40 %/yr).
    assert_eq!(
        details[1],
        "No weight on skills makes your current rate the optimum: it is below the 0.40\u{a0}% a year that skills alone would call for."
    );
    let nepal = state_from_hash("#preset=nepal-2022");
    let details = summary::optimum_details(nepal.results(), texts);
    assert_eq!(
        details[1],
        "Your current rate would be the optimum if skills weighed between 0.11 and 0.15; the assumption is 0.50."
    );
    // The five cases of the verdict, by where the current rate stands.
    let verdict_at = |rate: f64| {
        let s = state_from_hash(&format!("#preset=bangladesh-2022&emig_rate_skilled={rate}"));
        summary::optimum_sentence(s.results(), texts)
    };
    assert!(verdict_at(0.001)
        .contains("is below the range within 10 % of the best (0.25\u{a0}% to 0.80\u{a0}%)"));
    assert!(verdict_at(0.006)
        .contains("is within 10 % of the best (0.25\u{a0}% to 0.80\u{a0}%), not at the optimum"));
    assert!(verdict_at(0.0045).contains("is at the optimum"));
    assert!(verdict_at(0.02).contains("is above the range within 10 % of the best"));
    let falls = state_from_hash("#preset=bangladesh-2022&brain_gain=0");
    assert!(summary::optimum_sentence(falls.results(), texts)
        .starts_with("There is no interior migration optimum: the score falls"));
    assert_eq!(
        summary::optimum_details(falls.results(), texts).len(),
        1,
        "no near range without an interior optimum"
    );
}

/// Whenever δ_H > 0 the host view says what share of extra arrivals take
/// other immigrants' places; at the host's default also why, in the words of
/// that default's note in presets.json.
#[test]
fn the_host_view_says_displacement_and_why_at_the_default() {
    let sentence = |hash: &str| {
        let s = state_from_hash(hash);
        summary::displacement_sentence(s.results(), s.settings.host, s.lang().texts())
    };
    assert_eq!(
        sentence("#preset=bangladesh-2022&host=saudi-arabia").as_deref(),
        Some("Of the extra arrivals this scenario brings, 80\u{a0}% take places other immigrants would have filled (an assumption), so they add less to the host's workforce. Sponsorship and visa quotas: intake follows employers’ demand.")
    );
    assert!(sentence("#preset=nepal-2022&host=malaysia")
        .unwrap()
        .ends_with("50\u{a0}% take places other immigrants would have filled (an assumption), so they add less to the host's workforce. Foreign-worker levy and quotas: intake partly follows employers’ demand."));
    assert_eq!(sentence("#preset=mali-2022&host=france"), None);
    assert_eq!(
        sentence("#preset=mali-2022&host=france&host_displacement=0.3").as_deref(),
        Some("Of the extra arrivals this scenario brings, 30\u{a0}% take places other immigrants would have filled (an assumption), so they add less to the host's workforce."),
        "set: no reason of the preset's"
    );
    let fr = sentence("#preset=bangladesh-2022&host=uae&lang=fr").unwrap();
    assert!(
        fr.contains("80\u{a0}%") && fr.contains("Parrainage et quotas de visas"),
        "{fr}"
    );
}

/// On a change of origin the host stays if the new origin has it, else the
/// new origin's default (its first).
#[test]
fn a_new_origin_keeps_the_host_it_has_else_takes_its_default() {
    let nepal = state_from_hash("#preset=nepal-2022&host=malaysia");
    let bangladesh = act(&nepal, Action::SetPreset("bangladesh-2022".into()));
    assert_eq!(bangladesh.settings.host.id, "malaysia");
    let mali = act(&bangladesh, Action::SetPreset("mali-2022".into()));
    assert_eq!(mali.settings.host.id, "france");
    let senegal = act(&mali, Action::SetPreset("senegal-2000".into()));
    assert_eq!(senegal.settings.host.id, "france");
    let nepal = act(&senegal, Action::SetPreset("nepal-2000".into()));
    assert_eq!(nepal.settings.host.id, "malaysia", "Nepal's default");
}

/// "Return with skills" sets a return upgrade of 0.01 (v3: at most 0.05, no
/// published rate), and the unskilled return rate as before.
#[test]
fn return_with_skills_sets_an_upgrade_of_one_percent() {
    let state = state_from_hash("#preset=mali-2022");
    let after = act(&state, Action::ApplyPolicy(PolicyKey::ReturnWithSkills));
    assert_eq!(after.params()[ParamId::ReturnUpgrade], 0.01);
    assert_eq!(after.params()[ParamId::ReturnRateUnskilled], 0.15);
}
