//! The shipped presets are valid, carry the figures of the data notes, and
//! reproduce their data; a broken preset is refused with a message that says
//! where and why. Also the parameter table itself (SPECS).

use crate::support::{catalogue, corridors};
use migration_model::{
    Catalogue, Choices, DefaultValue, FigureStatus, Kind, ParamId, PresetError, Scenario,
    PARAM_COUNT, PRESETS_JSON, SPECS,
};
use serde_json::Value;

#[test]
fn the_four_presets_and_their_hosts_are_shipped() {
    let ids: Vec<(&str, Vec<&str>)> = catalogue()
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
fn the_shipped_file_validates_and_has_a_data_version() {
    let parsed = Catalogue::from_json(PRESETS_JSON).expect("the shipped presets validate");
    // The embedded catalogue is built by the code build.rs writes from the file:
    // it must be exactly what the reader makes of the same file.
    assert_eq!(parsed, *catalogue());
    assert!(catalogue().validate().is_ok());
    let version = &catalogue().data_version;
    assert!(!version.trim().is_empty(), "data_version is empty");
    assert_eq!(version, "2026-11-30");
}

/// Every parameter whose default is a figure of the origin or of the host
/// has it as its default, in range, with every host.
#[test]
fn every_preset_default_has_its_figure() {
    for preset in &catalogue().presets {
        for host in &preset.hosts {
            let at = format!("{}/{}", preset.id, host.id);
            let defaults = preset.defaults(host, &Choices::new());
            assert!(defaults.validate().is_ok(), "{at}");
            for spec in &SPECS {
                let figure = match spec.default {
                    DefaultValue::Origin(key) => preset.figures.get(key),
                    DefaultValue::Host(key) => host.figures.get(key),
                    DefaultValue::Fixed(_) | DefaultValue::Steady => continue,
                };
                assert_eq!(defaults[spec.id], figure.value, "{at}: {}", spec.name);
                assert!(spec.check(figure.value).is_ok(), "{at}: {}", spec.name);
            }
        }
    }
}

/// A figure's key is its name in `presets.json`: `all()`, which the keyed
/// figures list, gives every figure of the file under its own name.
#[test]
fn figures_are_keyed_by_their_names_in_the_file() {
    let file: Value = serde_json::from_str(PRESETS_JSON).unwrap();
    let same = |at: &str, json: &Value, figures: Vec<(&str, f64)>| {
        let object = json["figures"].as_object().unwrap();
        assert_eq!(figures.len(), object.len(), "{at}: every figure");
        for (name, value) in figures {
            assert_eq!(object[name]["value"].as_f64(), Some(value), "{at}/{name}");
        }
    };
    for (preset, json) in catalogue()
        .presets
        .iter()
        .zip(file["presets"].as_array().unwrap())
    {
        let figures = preset.figures.all().map(|(n, f)| (n, f.value)).collect();
        same(&preset.id, json, figures);
        for (host, json) in preset.hosts.iter().zip(json["hosts"].as_array().unwrap()) {
            let figures = host.figures.all().map(|(n, f)| (n, f.value)).collect();
            same(&host.id, json, figures);
        }
    }
}

#[test]
fn each_preset_reproduces_its_observed_remittances_and_gdp_at_t0() {
    for (preset, host) in corridors() {
        let run = Scenario::new(preset, &preset.hosts[host], &Choices::new()).run();
        let out = run.outputs()[0];
        assert_eq!(out.year, preset.base_year);
        let data = preset.figures.rem_gdp0.value;
        assert!(
            (out.remittances_to_gdp - data).abs() <= 1e-12 * data,
            "{}",
            preset.id
        );
        let gdp = preset.figures.gdp_usd.value;
        assert!((out.gdp_usd - gdp).abs() <= 1e-12 * gdp, "{}", preset.id);
        let people = preset.figures.d0.value * preset.figures.labour_force.value;
        assert!(
            (out.diaspora_people - people).abs() <= 1e-9 * people,
            "{}",
            preset.id
        );
    }
}

#[test]
fn default_emigration_rates_keep_the_observed_diaspora_a_steady_share() {
    for (preset, host) in corridors() {
        let run = Scenario::new(preset, &preset.hosts[host], &Choices::new()).run();
        let n = run.params[ParamId::LabourGrowth];
        let (first, second) = (&run.years[0].stocks, &run.years[1].stocks);
        // Ds' = (1 − μ − ρ_s)·Ds + e_s·S = (1 + n)·Ds with ē_s.
        for (what, a, b) in [("Ds", first.ds, second.ds), ("Du", first.du, second.du)] {
            assert!(
                (b - (1.0 + n) * a).abs() <= 1e-15,
                "{}: {what} is not steady",
                preset.id
            );
        }
    }
}

#[test]
fn figures_match_the_data_notes() {
    let bd = catalogue().preset("bangladesh-2022").unwrap();
    let mali = catalogue().preset("mali-2022").unwrap();
    // The corrected 2022 GDP (one WDI release: December 2023).
    assert_eq!(bd.figures.gdp_usd.value, 460.20e9);
    assert_eq!(mali.figures.gdp_usd.value, 18.827e9);
    let ivory = mali.host("cote-divoire").unwrap();
    assert_eq!(ivory.figures.gdp_usd.value, 70.02e9);
    // 23 % of Mali-trained doctors work abroad (IOM-ML), quoted by the lessons.
    let doctors = mali.figures.doctors_abroad.as_ref().map(|f| f.value);
    assert_eq!(doctors, Some(0.23));
    assert_eq!(mali.figures.rem_gdp0.value, 0.0581);
    assert_eq!(bd.figures.rem_gdp0.value, 0.0467);
    assert_eq!(mali.figures.labour_force.value, 8_054_389.0);
    assert_eq!(mali.figures.m_s0.status, FigureStatus::V);
    assert_eq!(mali.figures.m_s0.source, "IOM-ML");
    let france = mali.host("france").unwrap();
    assert_eq!(france.figures.corridor_share.value, 0.066);
    let bd2000 = catalogue().preset("bangladesh-2000").unwrap();
    assert_eq!(bd2000.figures.h0.value, 0.042);
    assert_eq!(bd2000.figures.transfer_cost.status, FigureStatus::C);
    let saudi2000 = bd2000.host("saudi-arabia").unwrap();
    assert_eq!(saudi2000.figures.immigrant_share.value, 0.255);
    let defaults = mali.defaults(france, &Choices::new());
    assert_eq!(defaults[ParamId::TransferCost], 0.0424);
    assert_eq!(defaults[ParamId::WageRatioUnskilled], 4.0);
    assert_eq!(defaults[ParamId::LabourGrowth], 0.029859);
    assert_eq!(
        bd.defaults(&bd.hosts[0], &Choices::new())[ParamId::LabourGrowth],
        0.020936
    );
}

/// n and n_H are (L_2022 / L_2000)^(1/22) − 1 to the six decimals printed.
#[test]
fn labour_growth_figures_follow_the_two_labour_forces() {
    let growth = |from: f64, to: f64| (to / from).powf(1.0 / 22.0) - 1.0;
    let six = |v: f64| format!("{v:.6}");
    for (early, late) in [
        ("bangladesh-2000", "bangladesh-2022"),
        ("mali-2000", "mali-2022"),
    ] {
        let (a, b) = (
            catalogue().preset(early).unwrap(),
            catalogue().preset(late).unwrap(),
        );
        let n = growth(a.figures.labour_force.value, b.figures.labour_force.value);
        for p in [a, b] {
            assert_eq!(six(p.figures.labour_growth.value), six(n), "{}", p.id);
        }
        for host in &b.hosts {
            let before = a.host(&host.id).unwrap();
            let n_h = growth(
                before.figures.labour_force.value,
                host.figures.labour_force.value,
            );
            assert_eq!(
                six(host.figures.labour_growth.value),
                six(n_h),
                "{}/{}",
                b.id,
                host.id
            );
            assert_eq!(
                six(before.figures.labour_growth.value),
                six(n_h),
                "{}/{}",
                a.id,
                host.id
            );
        }
    }
}

/// The shipped file as JSON, edited, then parsed and validated.
fn edited(edit: impl FnOnce(&mut Value)) -> Result<Catalogue, PresetError> {
    let mut doc: Value = serde_json::from_str(PRESETS_JSON).unwrap();
    edit(&mut doc);
    Catalogue::from_json(&doc.to_string())
}

/// The preset with this id in an edited document.
fn preset_mut<'a>(doc: &'a mut Value, id: &str) -> &'a mut Value {
    doc["presets"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("test fixture out of date: no preset {id}"))
}

/// The host with this id in a preset of an edited document.
fn host_mut<'a>(doc: &'a mut Value, preset: &str, host: &str) -> &'a mut Value {
    preset_mut(doc, preset)["hosts"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|h| h["id"] == host)
        .unwrap_or_else(|| panic!("test fixture out of date: no host {preset}/{host}"))
}

fn assert_refused(result: Result<Catalogue, PresetError>, at: &str, reason_part: &str) {
    match result {
        Err(PresetError::Invalid { at: got_at, reason }) => {
            assert_eq!(got_at, at, "{reason}");
            assert!(
                reason.contains(reason_part),
                "{reason:?} lacks {reason_part:?}"
            );
        }
        other => panic!("expected a refusal at {at}, got {other:?}"),
    }
}

#[test]
fn a_labour_growth_that_disagrees_with_the_labour_forces_is_refused() {
    assert_refused(
        edited(|doc| {
            preset_mut(doc, "bangladesh-2022")["figures"]["labour_growth"]["value"] =
                0.021936.into();
        }),
        "bangladesh-2022/labour_growth",
        "disagrees with the growth 0.020936",
    );
    assert_refused(
        edited(|doc| {
            preset_mut(doc, "mali-2000")["figures"]["labour_growth"]["value"] = 0.02986.into();
        }),
        "mali-2000/labour_growth",
        "0.02986 disagrees",
    );
    assert_refused(
        edited(|doc| {
            host_mut(doc, "mali-2000", "france")["figures"]["labour_growth"]["value"] =
                0.0063.into();
        }),
        "mali-2000/france/labour_growth",
        "disagrees with the growth 0.006272",
    );
    // A labour force edited alone breaks the growth rate derived from it.
    assert_refused(
        edited(|doc| {
            let p = preset_mut(doc, "mali-2000");
            p["figures"]["labour_force"]["value"] = 4_316_175.0.into();
            // d0 follows, so that only the growth rate is wrong.
            p["figures"]["d0"]["value"] = (772_866.0 / 4_316_175.0).into();
        }),
        "mali-2022/labour_growth",
        "disagrees",
    );
}

#[test]
fn a_corridor_larger_than_the_hosts_immigrants_is_refused() {
    // 0.401 × 0.1618 × 8,054,389 = 522,582 migrants > 0.04 × 10,787,278 = 431,491.
    assert_refused(
        edited(|doc| {
            host_mut(doc, "mali-2022", "cote-divoire")["figures"]["immigrant_share"]["value"] =
                0.04.into();
        }),
        "mali-2022/cote-divoire",
        "exceed the host's",
    );
}

#[test]
fn observed_in_must_name_a_later_preset_of_the_same_country() {
    for (preset, later) in [
        ("bangladesh-2000", "mali-2022"),
        ("bangladesh-2000", "atlantis-2022"),
        ("bangladesh-2022", "bangladesh-2000"),
        ("mali-2022", "mali-2022"),
    ] {
        assert_refused(
            edited(|doc| preset_mut(doc, preset)["observed_in"] = later.into()),
            &format!("{preset}/observed_in"),
            "is not a later preset",
        );
    }
}

/// κ_R at default assumptions, as docs/model.md quotes it (two decimals).
#[test]
fn kappa_r_at_default_assumptions_is_as_quoted() {
    for (id, want) in [
        ("bangladesh-2022", "1.15"),
        ("mali-2022", "0.63"),
        ("bangladesh-2000", "0.78"),
        ("mali-2000", "0.25"),
    ] {
        let p = catalogue().preset(id).unwrap();
        let kappa = Scenario::new(p, &p.hosts[0], &Choices::new())
            .calibration()
            .kappa_r;
        assert_eq!(format!("{kappa:.2}"), want, "{id}: κ_R = {kappa}");
    }
}

/// The shipped JSON with one edit applied as text, parsed and validated.
fn edited_text(find: &str, replace: &str) -> Result<Catalogue, PresetError> {
    assert!(
        PRESETS_JSON.contains(find),
        "test fixture out of date: {find}"
    );
    Catalogue::from_json(&PRESETS_JSON.replacen(find, replace, 1))
}

#[test]
fn a_figure_without_source_is_refused() {
    let h0 = r#""h0": { "value": 0.019, "year": 2010, "status": "V", "source": "BL""#;
    assert_refused(
        edited_text(
            h0,
            r#""h0": { "value": 0.019, "year": 2010, "status": "V", "source": """#,
        ),
        "mali-2022/h0",
        "missing source",
    );
    assert_refused(
        edited_text(
            h0,
            r#""h0": { "value": 0.019, "year": 2010, "status": "V", "source": "Wikipedia""#,
        ),
        "mali-2022/h0",
        "unknown source",
    );
    // A source field left out entirely is a parse error naming the field.
    match edited_text(
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
        edited_text(
            r#""m_s0": { "value": 0.15, "year": 2005"#,
            r#""m_s0": { "value": 0.95, "year": 2005"#,
        ),
        "mali-2022/m_s0",
        "exceeds the whole diaspora",
    );
}

#[test]
fn a_share_outside_zero_to_one_is_refused() {
    assert_refused(
        edited_text(
            r#""immigrant_share": { "value": 0.10,"#,
            r#""immigrant_share": { "value": 1.10,"#,
        ),
        "mali-2022/france/immigrant_share",
        "outside 0–1",
    );
    assert_refused(
        edited_text(r#""h0": { "value": 0.046,"#, r#""h0": { "value": -0.046,"#),
        "bangladesh-2022/h0",
        "outside 0–1",
    );
}

#[test]
fn a_derived_figure_must_agree_with_its_inputs() {
    assert_refused(
        edited_text(r#""d0": { "value": 0.1618,"#, r#""d0": { "value": 0.1718,"#),
        "mali-2022/d0",
        "disagrees with emigrant_stock / labour_force",
    );
    assert_refused(
        edited_text(
            r#""status": "D", "source": "DESA", "formula": "emigrants_from_origin / emigrant_stock" }"#,
            r#""status": "D", "source": "DESA" }"#,
        ),
        "bangladesh-2022/saudi-arabia/corridor_share",
        "without its formula",
    );
}

#[test]
fn a_preset_whose_default_lever_is_out_of_range_is_refused() {
    assert_refused(
        edited_text(
            r#""transfer_cost": { "value": 0.0424,"#,
            r#""transfer_cost": { "value": 0.2424,"#,
        ),
        "mali-2022",
        "transfer_cost = 0.2424 is out of range",
    );
}

#[test]
fn malformed_json_is_a_parse_error_not_a_panic() {
    for text in ["", "{", "[]", "null", "{\"sources\": {}, \"presets\": []}"] {
        assert!(Catalogue::from_json(text).is_err(), "{text:?}");
    }
    let empty = r#"{"data_version": "x", "sources": {}, "presets": []}"#;
    assert_refused(Catalogue::from_json(empty), "file", "no preset");
}

#[test]
fn every_spec_sits_at_its_own_id_with_a_unique_name() {
    assert_eq!(SPECS.len(), PARAM_COUNT);
    for (i, spec) in SPECS.iter().enumerate() {
        assert_eq!(spec.id as usize, i, "{}", spec.name);
        assert_eq!(ParamId::from_name(spec.name), Some(spec.id));
        assert_eq!(spec.id.name(), spec.name);
        assert!(spec.min < spec.max, "{}", spec.name);
        if let DefaultValue::Fixed(v) = spec.default {
            assert!(spec.check(v).is_ok(), "{}: default {v}", spec.name);
        }
    }
    for (i, a) in SPECS.iter().enumerate() {
        for b in &SPECS[..i] {
            assert_ne!(a.name, b.name);
            assert_ne!(a.symbol, b.symbol);
        }
    }
}

/// Kinds as in docs/model.md §2: the 14 scenario levers first, then 20 assumptions.
#[test]
fn kinds_match_the_model() {
    const LEVERS: [&str; 14] = [
        "emig_rate_unskilled",
        "emig_rate_skilled",
        "remit_share_unskilled",
        "remit_share_skilled",
        "transfer_cost",
        "invested_share",
        "return_rate_unskilled",
        "return_rate_skilled",
        "return_upgrade",
        "diaspora_investment",
        "wage_ratio_unskilled",
        "wage_ratio_skilled",
        "irregular_share",
        "irregular_penalty",
    ];
    for spec in &SPECS {
        let want = if LEVERS.contains(&spec.name) {
            Kind::Scenario
        } else {
            Kind::Assumption
        };
        assert_eq!(spec.kind, want, "{}", spec.name);
    }
    let count = |k: Kind| SPECS.iter().filter(|s| s.kind == k).count();
    assert_eq!((count(Kind::Scenario), count(Kind::Assumption)), (14, 20));
}

#[test]
fn every_source_states_its_terms() {
    let sources = &catalogue().sources;
    let source = |key: &str| catalogue().source(key).expect("a source of the file");
    for (key, source) in sources {
        for lang in [&source.name, &source.licence] {
            assert!(
                !lang.en.trim().is_empty() && !lang.fr.trim().is_empty(),
                "{key}"
            );
        }
    }
    // The World Bank's CC BY 4.0 asks for attribution, with edition and
    // indicators, in every language.
    for key in ["WDI", "RPW"] {
        let licence = &source(key).licence;
        assert!(
            licence.en.contains("CC BY 4.0") && licence.fr.contains("CC BY 4.0"),
            "{key}"
        );
        assert!(source(key).edition.is_some(), "{key}");
    }
    let wdi = source("WDI")
        .indicators
        .as_ref()
        .map_or(String::new(), |i| format!("{} | {}", i.en, i.fr));
    for code in [
        "SL.TLF.TOTL.IN",
        "NY.GDP.MKTP.CD",
        "BX.TRF.PWKR.CD.DT",
        "SI.RMT.COST.IB.ZS",
    ] {
        assert_eq!(wdi.matches(code).count(), 2, "WDI indicators name {code}");
    }
    assert!(source("DESA")
        .name
        .en
        .contains("International Migrant Stock 2020"));
}

#[test]
fn both_manifests_name_the_licence() {
    for manifest in [
        include_str!("../../../../Cargo.toml"),
        include_str!("../../Cargo.toml"),
    ] {
        assert!(manifest.contains("license = \"MIT OR Apache-2.0\""));
    }
    assert!(include_str!("../../../../LICENSE-MIT").contains("Permission is hereby granted"));
    assert!(include_str!("../../../../LICENSE-APACHE").contains("Apache License"));
}

#[test]
fn the_reader_refuses_unknown_fields_and_wrong_types_saying_where() {
    let edited = |find: &str, replace: &str| {
        assert!(PRESETS_JSON.contains(find), "{find}");
        Catalogue::from_json(&PRESETS_JSON.replacen(find, replace, 1))
    };
    let parse_error = |result: Result<Catalogue, PresetError>| match result {
        Err(PresetError::Parse(e)) => e,
        other => panic!("{other:?}"),
    };
    let e = parse_error(edited(
        r#""id": "mali-2022","#,
        r#""id": "mali-2022", "colour": 1,"#,
    ));
    let line = 1 + PRESETS_JSON[..PRESETS_JSON.find(r#""id": "mali-2022","#).unwrap()]
        .matches('\n')
        .count();
    assert!(
        e.contains("unknown field `colour`") && e.contains(&format!("line {line} ")),
        "{e}"
    );
    let e = parse_error(edited(r#""base_year": 2022"#, r#""base_year": "2022""#));
    assert!(e.contains("invalid type: string \"2022\""), "{e}");
    let e = parse_error(edited(r#""status": "V""#, r#""status": "X""#));
    assert!(e.contains("unknown variant `X`"), "{e}");
}

/// Names and notes are in every language the widget speaks: one missing is
/// refused by the reader, one left empty by validation, saying where.
#[test]
fn names_and_notes_must_be_given_in_every_language() {
    let mali = r#""fr": {"name": "Mali", "in": "au Mali", "of": "du Mali", "from": "du Mali"}"#;
    match edited_text(
        mali,
        r#""de": {"name": "Mali", "in": "in Mali", "of": "von Mali", "from": "aus Mali"}"#,
    ) {
        Err(PresetError::Parse(e)) => assert!(e.contains("unknown field `de`"), "{e}"),
        other => panic!("{other:?}"),
    }
    assert_refused(
        edited_text(
            mali,
            r#""fr": {"name": "Mali", "in": " ", "of": "du Mali", "from": "du Mali"}"#,
        ),
        "mali-2022/country",
        "empty words",
    );
    assert_refused(
        edited(|doc| host_mut(doc, "mali-2022", "france")["country"]["fr"]["of"] = "".into()),
        "mali-2022/france/country",
        "empty words",
    );
    assert_refused(
        edited(|doc| preset_mut(doc, "mali-2022")["figures"]["h0"]["note"]["fr"] = "".into()),
        "mali-2022/h0/note",
        "empty words",
    );
    assert_refused(
        edited(|doc| doc["sources"]["WDI"]["licence"]["fr"] = "".into()),
        "sources/WDI",
        "empty words",
    );
    // A preset's French forms are what French sentences need.
    let mali = &catalogue().preset("mali-2022").unwrap();
    let france = &mali.host("france").unwrap().country.fr;
    assert_eq!(
        (mali.country.fr.r#in.as_str(), mali.country.fr.of.as_str()),
        ("au Mali", "du Mali")
    );
    assert_eq!(
        (
            france.r#in.as_str(),
            france.of.as_str(),
            france.from.as_str()
        ),
        ("en France", "de la France", "de France")
    );
}
