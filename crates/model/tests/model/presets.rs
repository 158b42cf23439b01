//! The shipped presets are valid, reproduce their data, and a broken preset
//! is refused with a message that says where and why.

use crate::support::{catalog, corridors};
use migration_model::{Catalog, FigureStatus, ParamId, PresetError, Scenario, PRESETS_JSON};

#[test]
fn the_four_presets_and_their_hosts_are_shipped() {
    let ids: Vec<(&str, Vec<&str>)> = catalog()
        .presets
        .iter()
        .map(|p| {
            (
                p.id.as_str(),
                p.hosts.iter().map(|h| h.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        vec![
            ("bangladesh-2022", vec!["saudi-arabia"]),
            ("mali-2022", vec!["france", "cote-divoire"]),
            ("bangladesh-2000", vec!["saudi-arabia"]),
            ("mali-2000", vec!["france", "cote-divoire"]),
        ]
    );
}

#[test]
fn each_preset_reproduces_its_observed_remittances_at_t0() {
    for (preset, host) in corridors() {
        let run = Scenario::new(preset, &preset.hosts[host], preset.defaults())
            .unwrap()
            .run();
        let y0 = &run.years[0];
        let got = y0.r / y0.y;
        assert!(
            (got - preset.figures.rem_gdp0.value).abs() <= 1e-9,
            "{}: {got} vs {}",
            preset.id,
            preset.figures.rem_gdp0.value
        );
        let out = run.outputs_of(y0);
        assert_eq!(out.year, preset.base_year);
        assert!((out.remittances_to_gdp - preset.figures.rem_gdp0.value).abs() <= 1e-9);
    }
}

#[test]
fn default_emigration_rates_keep_the_observed_diaspora_stable() {
    for (preset, host) in corridors() {
        let run = Scenario::new(preset, &preset.hosts[host], preset.defaults())
            .unwrap()
            .run();
        let (first, second) = (&run.years[0].state, &run.years[1].state);
        // Ds' = (1 − μ − ρ_s)·Ds + e_s·S with S = h0 at t = 0: no change in year one.
        assert!(
            (second.ds - first.ds).abs() < 1e-15,
            "{}: Ds moves",
            preset.id
        );
        assert!(
            (second.du - first.du).abs() < 1e-15,
            "{}: Du moves",
            preset.id
        );
    }
}

#[test]
fn figures_match_data_md() {
    let mali = catalog().preset("mali-2022").unwrap();
    assert_eq!(mali.figures.labour_force.value, 8_054_389.0);
    assert_eq!(mali.figures.gdp_usd.value, 18.780e9);
    assert_eq!(mali.figures.m_s0.status, FigureStatus::V);
    assert_eq!(mali.figures.m_s0.source, "IOM-ML");
    assert_eq!(
        mali.host("france").unwrap().figures.corridor_share.value,
        0.066
    );
    let bd = catalog().preset("bangladesh-2000").unwrap();
    assert_eq!(bd.figures.h0.value, 0.042);
    assert_eq!(bd.figures.transfer_cost.status, FigureStatus::C);
    assert_eq!(
        bd.host("saudi-arabia")
            .unwrap()
            .figures
            .immigrant_share
            .value,
        0.255
    );
    let defaults = mali.defaults();
    assert_eq!(defaults[ParamId::TransferCost], 0.0424);
    assert_eq!(defaults[ParamId::WageRatioUnskilled], 4.0);
}

/// The shipped JSON with one edit applied as text, parsed and validated.
fn edited(find: &str, replace: &str) -> Result<Catalog, PresetError> {
    assert!(
        PRESETS_JSON.contains(find),
        "test fixture out of date: {find}"
    );
    Catalog::from_json(&PRESETS_JSON.replacen(find, replace, 1))
}

fn assert_refused(find: &str, replace: &str, at: &str, reason_part: &str) {
    match edited(find, replace) {
        Err(PresetError::Invalid { at: got_at, reason }) => {
            assert_eq!(got_at, at, "{reason}");
            assert!(
                reason.contains(reason_part),
                "{reason:?} lacks {reason_part:?}"
            );
        }
        other => panic!("{find} -> {replace}: expected refusal at {at}, got {other:?}"),
    }
}

#[test]
fn the_shipped_file_validates() {
    assert!(Catalog::from_json(PRESETS_JSON).is_ok());
    assert_eq!(
        edited("\"id\": \"mali-2000\"", "\"id\": \"mali-2000\"").unwrap(),
        *catalog()
    );
}

#[test]
fn a_figure_without_source_is_refused() {
    assert_refused(
        r#""h0": { "value": 0.019, "year": 2010, "status": "V", "source": "BL""#,
        r#""h0": { "value": 0.019, "year": 2010, "status": "V", "source": """#,
        "mali-2022/h0",
        "missing source",
    );
    assert_refused(
        r#""h0": { "value": 0.019, "year": 2010, "status": "V", "source": "BL""#,
        r#""h0": { "value": 0.019, "year": 2010, "status": "V", "source": "Wikipedia""#,
        "mali-2022/h0",
        "unknown source",
    );
    // A source field left out entirely is a parse error naming the field.
    match edited(
        r#""h0": { "value": 0.019, "year": 2010, "status": "V", "source": "BL","#,
        r#""h0": { "value": 0.019, "year": 2010, "status": "V","#,
    ) {
        Err(PresetError::Parse(e)) => assert!(e.contains("source"), "{e}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_skilled_diaspora_larger_than_the_diaspora_is_refused() {
    // m_s0 = 0.95 gives Ds0 = 0.019 × 19 = 0.361 > d0 = 0.1618.
    assert_refused(
        r#""m_s0": { "value": 0.15, "year": 2005"#,
        r#""m_s0": { "value": 0.95, "year": 2005"#,
        "mali-2022/m_s0",
        "exceeds the whole diaspora",
    );
}

#[test]
fn a_share_outside_zero_to_one_is_refused() {
    assert_refused(
        r#""immigrant_share": { "value": 0.10,"#,
        r#""immigrant_share": { "value": 1.10,"#,
        "mali-2022/france/immigrant_share",
        "outside 0–1",
    );
    assert_refused(
        r#""h0": { "value": 0.046,"#,
        r#""h0": { "value": -0.046,"#,
        "bangladesh-2022/h0",
        "outside 0–1",
    );
}

#[test]
fn a_derived_figure_must_agree_with_its_inputs() {
    assert_refused(
        r#""d0": { "value": 0.1618,"#,
        r#""d0": { "value": 0.1718,"#,
        "mali-2022/d0",
        "disagrees with emigrant_stock / labour_force",
    );
    assert_refused(
        r#""status": "D", "source": "DESA", "formula": "emigrants_from_origin / emigrant_stock" }"#,
        r#""status": "D", "source": "DESA" }"#,
        "bangladesh-2022/saudi-arabia/corridor_share",
        "without its formula",
    );
}

#[test]
fn a_preset_whose_default_lever_is_out_of_range_is_refused() {
    assert_refused(
        r#""transfer_cost": { "value": 0.0424,"#,
        r#""transfer_cost": { "value": 0.2424,"#,
        "mali-2022",
        "transfer_cost = 0.2424 is out of range",
    );
}

#[test]
fn malformed_json_is_a_parse_error_not_a_panic() {
    for text in ["", "{", "[]", "null", "{\"sources\": {}, \"presets\": []}"] {
        assert!(Catalog::from_json(text).is_err(), "{text:?}");
    }
}
