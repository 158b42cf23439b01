//! The shipped presets are valid, carry the figures of the data notes, and
//! reproduce their data; a broken preset is refused with a message that says
//! where and why. Also the parameter table itself (SPECS).

use crate::support::{catalogue, corridors};
use migration_model::{
    Catalogue, Choices, DefaultValue, FigureStatus, Kind, ParamId, PerLang, Place, PresetError,
    Scenario, PARAM_COUNT, PRESETS_JSON, SPECS,
};
use serde_json::Value;

/// The eight presets in file order (the first four as in data version 2,
/// then the new countries, 2022 then 2000), each with its hosts, its
/// default host first.
#[test]
fn the_eight_presets_and_their_hosts_are_shipped() {
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
            ("bangladesh-2022", vec!["saudi-arabia", "uae", "malaysia"]),
            ("mali-2022", vec!["france", "cote-divoire", "nigeria"]),
            ("bangladesh-2000", vec!["saudi-arabia", "uae", "malaysia"]),
            ("mali-2000", vec!["france", "cote-divoire", "nigeria"]),
            ("nepal-2022", vec!["malaysia", "qatar", "saudi-arabia"]),
            ("senegal-2022", vec!["france", "italy"]),
            ("nepal-2000", vec!["malaysia", "qatar", "saudi-arabia"]),
            ("senegal-2000", vec!["france", "italy"]),
        ]
    );
}

/// A preset opened without a host (`--preset nepal-2022`, a link without
/// `host`) opens with its origin's default host.
#[test]
fn each_origin_opens_with_its_default_host() {
    for (country, default) in [
        ("bangladesh", "saudi-arabia"),
        ("mali", "france"),
        ("nepal", "malaysia"),
        ("senegal", "france"),
    ] {
        for year in [2022, 2000] {
            let id = format!("{country}-{year}");
            let (_, host) = catalogue().find(&id, None).unwrap();
            assert_eq!(host.id, default, "{id}");
        }
    }
}

/// Every figure as the data notes print it (the first figure where a cell
/// gives two), in the order of `ORIGIN_FIGURES` (the file's) and `HOST_FIGURES`.
const ORIGIN_FIGURES: [&str; 13] = [
    "labour_force",
    "population",
    "gdp_usd",
    "remittances_usd",
    "rem_gdp0",
    "emigrant_stock",
    "d0",
    "h0",
    "m_s0",
    "transfer_cost",
    "wage_ratio_unskilled",
    "wage_ratio_skilled",
    "labour_growth",
];

#[rustfmt::skip]
const ORIGINS: [(&str, [f64; 13]); 8] = [
    ("bangladesh-2022", [74_459_362.0, 171_466_990.0, 460.20e9, 21.504e9, 0.0467, 7_401_763.0, 0.0994, 0.046, 0.0432, 0.0457, 3.0, 3.0, 0.020936]),
    ("mali-2022", [8_054_389.0, 23_769_127.0, 18.827e9, 1.094e9, 0.0581, 1_303_511.0, 0.1618, 0.019, 0.1257, 0.0424, 4.0, 4.0, 0.029859]),
    ("nepal-2022", [8_700_518.0, 30_547_580.0, 40.828e9, 9.293e9, 0.2276, 2_599_701.0, 0.2988, 0.0335, 0.0735, 0.0454, 3.0, 3.0, 0.016891]),
    ("senegal-2022", [5_198_745.0, 17_316_449.0, 27.684e9, 2.711e9, 0.0979, 693_765.0, 0.1334, 0.0298, 0.2067, 0.0451, 4.0, 4.0, 0.029687]),
    ("bangladesh-2000", [47_201_078.0, 134_544_304.0, 53.37e9, 1.968e9, 0.0369, 5_441_094.0, 0.1153, 0.042, 0.0285, 0.0397, 3.0, 3.0, 0.020936]),
    ("mali-2000", [4_216_175.0, 11_559_290.0, 2.961e9, 73.2e6, 0.0247, 772_866.0, 0.1833, 0.0074, 0.1094, 0.1123, 4.0, 4.0, 0.029859]),
    ("nepal-2000", [6_018_731.0, 24_559_500.0, 5.494e9, 111.5e6, 0.0203, 977_396.0, 0.1624, 0.0373, 0.0215, 0.0558, 3.0, 3.0, 0.016891]),
    ("senegal-2000", [2_731_368.0, 9_704_287.0, 6.013e9, 234.1e6, 0.0389, 394_608.0, 0.1445, 0.0126, 0.1451, 0.0989, 4.0, 4.0, 0.029687]),
];

const HOST_FIGURES: [&str; 8] = [
    "labour_force",
    "gdp_usd",
    "immigrant_share",
    "emigrants_from_origin",
    "labour_growth",
    "corridor_share",
    "corridor_remittance_share",
    "host_displacement",
];

/// Per preset and host: the figures of `HOST_FIGURES`, then the cost of
/// sending from the host (2022 hosts only).
#[rustfmt::skip]
const HOSTS: [(&str, &str, [f64; 8], Option<f64>); 22] = [
    ("bangladesh-2022", "saudi-arabia", [15_913_705.0, 1108.6e9, 0.763, 1_277_624.0, 0.037504, 0.173, 0.216, 0.8], Some(0.048)),
    ("bangladesh-2022", "uae", [6_579_221.0, 507.06e9, 0.925, 1_095_231.0, 0.058341, 0.148, 0.099, 0.8], Some(0.0410)),
    ("bangladesh-2022", "malaysia", [17_309_921.0, 407.03e9, 0.155, 415_717.0, 0.028381, 0.056, 0.048, 0.5], Some(0.0418)),
    ("mali-2022", "france", [31_649_853.0, 2779.1e9, 0.10, 86_437.0, 0.006272, 0.066, 0.303, 0.0], Some(0.063)),
    ("mali-2022", "cote-divoire", [10_787_278.0, 70.02e9, 0.097, 522_146.0, 0.026863, 0.401, 0.108, 0.0], Some(0.0271)),
    ("mali-2022", "nigeria", [73_272_344.0, 472.62e9, 0.0063, 172_481.0, 0.025739, 0.132, 0.116, 0.0], Some(0.1610)),
    ("nepal-2022", "malaysia", [17_309_921.0, 407.03e9, 0.155, 585_864.0, 0.028381, 0.225, 0.205, 0.5], Some(0.0418)),
    ("nepal-2022", "qatar", [2_003_258.0, 236.26e9, 0.943, 253_940.0, 0.076098, 0.098, 0.134, 0.8], Some(0.0487)),
    ("nepal-2022", "saudi-arabia", [15_913_705.0, 1108.6e9, 0.763, 503_404.0, 0.037504, 0.194, 0.206, 0.8], Some(0.048)),
    ("senegal-2022", "france", [31_649_853.0, 2779.1e9, 0.10, 134_848.0, 0.006272, 0.194, 0.265, 0.0], Some(0.063)),
    ("senegal-2022", "italy", [25_481_769.0, 2049.7e9, 0.104, 113_444.0, 0.003700, 0.164, 0.186, 0.0], Some(0.0615)),
    ("bangladesh-2000", "saudi-arabia", [7_079_451.0, 189.51e9, 0.255, 504_790.0, 0.037504, 0.093, 0.093, 0.8], None),
    ("bangladesh-2000", "uae", [1_889_779.0, 104.34e9, 0.781, 297_620.0, 0.058341, 0.055, 0.055, 0.8], None),
    ("bangladesh-2000", "malaysia", [9_352_131.0, 93.79e9, 0.063, 53_272.0, 0.028381, 0.0098, 0.0098, 0.5], None),
    ("mali-2000", "france", [27_582_517.0, 1365.64e9, 0.106, 52_487.0, 0.006272, 0.068, 0.068, 0.0], None),
    ("mali-2000", "cote-divoire", [6_020_615.0, 16.58e9, 0.131, 443_223.0, 0.026863, 0.573, 0.573, 0.0], None),
    ("mali-2000", "nigeria", [41_892_033.0, 69.17e9, 0.0040, 65_493.0, 0.025739, 0.085, 0.085, 0.0], None),
    ("nepal-2000", "malaysia", [9_352_131.0, 93.79e9, 0.063, 48_253.0, 0.028381, 0.049, 0.049, 0.5], None),
    ("nepal-2000", "qatar", [399_023.0, 17.76e9, 0.607, 464.0, 0.076098, 0.0005, 0.0005, 0.8], None),
    ("nepal-2000", "saudi-arabia", [7_079_451.0, 189.51e9, 0.255, 187_079.0, 0.037504, 0.191, 0.191, 0.8], None),
    ("senegal-2000", "france", [27_582_517.0, 1365.64e9, 0.106, 78_572.0, 0.006272, 0.199, 0.199, 0.0], None),
    ("senegal-2000", "italy", [23_493_362.0, 1146.68e9, 0.037, 49_429.0, 0.003700, 0.125, 0.125, 0.0], None),
];

#[test]
fn every_figure_is_the_one_the_data_notes_print() {
    let file = |id: &str| {
        catalogue()
            .preset(id)
            .unwrap_or_else(|| panic!("no preset {id}"))
    };
    for (id, values) in ORIGINS {
        let figures: Vec<(&str, f64)> = file(id).figures.all().map(|(n, f)| (n, f.value)).collect();
        let want: Vec<(&str, f64)> = ORIGIN_FIGURES.into_iter().zip(values).collect();
        // doctors_abroad, Mali 2022's optional figure, is checked on its own.
        assert_eq!(&figures[..13], &want[..], "{id}");
    }
    for (id, host_id, values, send_cost) in HOSTS {
        let host = file(id)
            .host(host_id)
            .unwrap_or_else(|| panic!("no host {id}/{host_id}"));
        for (name, value) in HOST_FIGURES.into_iter().zip(values) {
            let (_, figure) = host.figures.all().find(|(n, _)| *n == name).unwrap();
            assert_eq!(figure.value, value, "{id}/{host_id}/{name}");
        }
        let cost = host.figures.send_cost.as_ref().map(|f| f.value);
        assert_eq!(cost, send_cost, "{id}/{host_id}/send_cost");
    }
    // Every host of the file is in the table.
    let hosts: usize = catalogue().presets.iter().map(|p| p.hosts.len()).sum();
    assert_eq!(hosts, HOSTS.len());
}

/// θ_R: recorded or modelled shares of the money received (C) where a
/// bilateral figure exists (2021–22), by head count (D, = θ) before 2010;
/// δ_H is always a calibration choice, its reason in its note; m_s0 is
/// IAB's for every origin, the latest year (2010) for 2022.
#[test]
fn remittance_shares_displacement_and_skilled_rates_carry_their_sources() {
    for preset in &catalogue().presets {
        let m_s0 = &preset.figures.m_s0;
        let year = if preset.base_year == 2000 { 2000 } else { 2010 };
        assert_eq!(
            (m_s0.source.as_str(), m_s0.status, m_s0.year),
            ("IAB", FigureStatus::V, year),
            "{}",
            preset.id
        );
        for host in &preset.hosts {
            let at = format!("{}/{}", preset.id, host.id);
            let (share, displacement) = (
                &host.figures.corridor_remittance_share,
                &host.figures.host_displacement,
            );
            if preset.base_year == 2000 {
                assert_eq!(share.status, FigureStatus::D, "{at}");
                assert_eq!(share.value, host.figures.corridor_share.value, "{at}");
            } else {
                assert_eq!(share.status, FigureStatus::C, "{at}");
                assert!(
                    ["BB", "BCEAO", "KNOMAD"].contains(&share.source.as_str()),
                    "{at}"
                );
                assert!(share.note.is_some(), "{at}: θ_R says how it is read");
            }
            assert_eq!(
                (displacement.status, displacement.source.as_str()),
                (FigureStatus::C, "CAL"),
                "{at}"
            );
            let reason = &displacement.note.as_ref().expect("δ_H's reason").en;
            let want = if displacement.value == 0.8 {
                "Sponsorship and visa quotas"
            } else if displacement.value == 0.5 {
                "Foreign-worker levy and quotas"
            } else {
                assert_eq!(displacement.value, 0.0, "{at}");
                "not set by employers"
            };
            assert!(reason.contains(want), "{at}: {reason}");
        }
    }
    // The comparison figures are said, not used.
    let note = |preset: &str, host: &str| {
        let p = catalogue().preset(preset).unwrap();
        let share = &p.host(host).unwrap().figures.corridor_remittance_share;
        share.note.as_ref().unwrap().en.clone()
    };
    assert!(note("bangladesh-2022", "saudi-arabia").contains("KNOMAD 2021 gives 0.186"));
    assert!(note("mali-2022", "cote-divoire").contains("KNOMAD 2021 gives 0.359"));
    assert!(note("senegal-2022", "italy").contains("Bank of Italy gives 0.169"));
}

/// The corridor's migrants at t = 0 are some of the host's immigrants, in
/// both years, also where two origins share a host (Malaysia, Saudi Arabia,
/// France), which then has the same figures for both.
#[test]
fn every_corridor_fits_in_its_hosts_immigrants_in_both_years() {
    let mut by_host: Vec<(String, f64, f64)> = Vec::new();
    for (preset, host) in corridors() {
        let (o, h) = (&preset.figures, &preset.hosts[host].figures);
        let at = format!("{}/{}", preset.id, preset.hosts[host].id);
        let migrants = h.corridor_share.value * o.emigrant_stock.value;
        let immigrants = h.immigrant_share.value * h.labour_force.value;
        assert!(migrants <= immigrants, "{at}: {migrants} > {immigrants}");
        // The model's M(0) = θ·d0·L_O, the validator's measure, fits too.
        let model = h.corridor_share.value * o.d0.value * o.labour_force.value;
        assert!(model <= immigrants, "{at}: {model} > {immigrants}");
        let key = format!("{}@{}", preset.hosts[host].id, preset.base_year);
        match by_host.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, all, room)) => {
                assert_eq!(*room, immigrants, "{key}: one host, one immigrant count");
                *all += migrants;
            }
            None => by_host.push((key, migrants, immigrants)),
        }
    }
    for (key, all, room) in &by_host {
        assert!(all <= room, "{key}: {all} > {room}");
    }
    assert_eq!(by_host.len(), 16, "8 host countries in each year");
}

/// Every country's name in every form the catalogues use, in both languages.
#[test]
fn places_are_named_in_every_form_in_both_languages() {
    #[rustfmt::skip]
    let places: [(&str, [&str; 4], [&str; 4]); 12] = [
        ("bangladesh", ["Bangladesh", "in Bangladesh", "of Bangladesh", "from Bangladesh"], ["Bangladesh", "au Bangladesh", "du Bangladesh", "du Bangladesh"]),
        ("mali", ["Mali", "in Mali", "of Mali", "from Mali"], ["Mali", "au Mali", "du Mali", "du Mali"]),
        ("nepal", ["Nepal", "in Nepal", "of Nepal", "from Nepal"], ["Népal", "au Népal", "du Népal", "du Népal"]),
        ("senegal", ["Senegal", "in Senegal", "of Senegal", "from Senegal"], ["Sénégal", "au Sénégal", "du Sénégal", "du Sénégal"]),
        ("saudi-arabia", ["Saudi Arabia", "in Saudi Arabia", "of Saudi Arabia", "from Saudi Arabia"], ["Arabie saoudite", "en Arabie saoudite", "de l’Arabie saoudite", "d’Arabie saoudite"]),
        ("uae", ["United Arab Emirates", "in the United Arab Emirates", "of the United Arab Emirates", "from the United Arab Emirates"], ["Émirats arabes unis", "aux Émirats arabes unis", "des Émirats arabes unis", "des Émirats arabes unis"]),
        ("malaysia", ["Malaysia", "in Malaysia", "of Malaysia", "from Malaysia"], ["Malaisie", "en Malaisie", "de la Malaisie", "de Malaisie"]),
        ("france", ["France", "in France", "of France", "from France"], ["France", "en France", "de la France", "de France"]),
        ("cote-divoire", ["Côte d'Ivoire", "in Côte d'Ivoire", "of Côte d'Ivoire", "from Côte d'Ivoire"], ["Côte d’Ivoire", "en Côte d’Ivoire", "de la Côte d’Ivoire", "de Côte d’Ivoire"]),
        ("nigeria", ["Nigeria", "in Nigeria", "of Nigeria", "from Nigeria"], ["Nigéria", "au Nigéria", "du Nigéria", "du Nigéria"]),
        ("qatar", ["Qatar", "in Qatar", "of Qatar", "from Qatar"], ["Qatar", "au Qatar", "du Qatar", "du Qatar"]),
        ("italy", ["Italy", "in Italy", "of Italy", "from Italy"], ["Italie", "en Italie", "de l’Italie", "d’Italie"]),
    ];
    let forms = |p: &Place| [p.name.as_str(), &p.r#in, &p.of, &p.from].map(str::to_string);
    let mut seen = 0;
    let mut check = |id: &str, place: &PerLang<Place>| {
        let (_, en, fr) = places
            .iter()
            .find(|(key, _, _)| *key == id)
            .unwrap_or_else(|| panic!("{id}: no forms in this test"));
        assert_eq!(forms(&place.en), en.map(str::to_string), "{id}, English");
        assert_eq!(forms(&place.fr), fr.map(str::to_string), "{id}, French");
        seen += 1;
    };
    for preset in &catalogue().presets {
        check(preset.id.split('-').next().unwrap(), &preset.country);
        for host in &preset.hosts {
            check(&host.id, &host.country);
        }
    }
    assert_eq!(seen, 8 + 22);
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
    // Data version 3 goes with model version 3: a string, as the file's
    // earlier versions (dates) were.
    assert_eq!(version, "3");
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
    // m_s0 is IAB's (2010); IOM's 15 % is a different measure, kept as a note.
    assert_eq!(mali.figures.m_s0.value, 0.1257);
    let note = &mali.figures.m_s0.note.as_ref().unwrap().en;
    assert!(
        note.contains("15 %") && note.contains("another measure"),
        "{note}"
    );
    let france = mali.host("france").unwrap();
    assert_eq!(france.figures.corridor_share.value, 0.066);
    let bd2000 = catalogue().preset("bangladesh-2000").unwrap();
    assert_eq!(bd2000.figures.h0.value, 0.042);
    // The earliest cost of the series (2011), no longer 2020's.
    let cost = &bd2000.figures.transfer_cost;
    assert_eq!(
        (cost.value, cost.year, cost.status),
        (0.0397, 2011, FigureStatus::V)
    );
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
        ("nepal-2000", "nepal-2022"),
        ("senegal-2000", "senegal-2022"),
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
        "the corridor's 522583 migrants at t = 0 (θ·d0·L_O) exceed the host's 431491 immigrants",
    );
    // Qatar's 2000 labour force was small: 0.6 of 399,023 is fewer than the
    // Nepalis a θ of 0.5 would put there (0.5 × 0.1624 × 6,018,731 = 488,721).
    assert_refused(
        edited(|doc| {
            let qatar = &mut host_mut(doc, "nepal-2000", "qatar")["figures"];
            qatar["corridor_share"]["value"] = 0.5.into();
            qatar["corridor_share"]["status"] = "C".into();
            qatar["corridor_share"]["formula"] = Value::Null;
        }),
        "nepal-2000/qatar",
        "exceed the host's 242207 immigrants",
    );
}

#[test]
fn a_remittance_share_outside_zero_to_one_is_refused() {
    for (value, at) in [(1.2, "senegal-2022/italy"), (-0.1, "nepal-2022/qatar")] {
        let (preset, host) = at.split_once('/').unwrap();
        assert_refused(
            edited(|doc| {
                host_mut(doc, preset, host)["figures"]["corridor_remittance_share"]["value"] =
                    value.into();
            }),
            &format!("{at}/corridor_remittance_share"),
            "outside 0–1",
        );
    }
    // Each share in range, but the hosts send more than all the money received.
    assert_refused(
        edited(|doc| {
            for host in ["malaysia", "qatar", "saudi-arabia"] {
                host_mut(doc, "nepal-2022", host)["figures"]["corridor_remittance_share"]
                    ["value"] = 0.4.into();
            }
        }),
        "nepal-2022/hosts/corridor_remittance_share",
        "outside 0–1",
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
        ("mali-2022", "0.62"),
        ("nepal-2022", "1.83"),
        ("senegal-2022", "1.32"),
        ("bangladesh-2000", "0.77"),
        ("mali-2000", "0.25"),
        ("nepal-2000", "0.31"),
        ("senegal-2000", "0.49"),
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
            r#""m_s0": { "value": 0.1257, "year": 2010"#,
            r#""m_s0": { "value": 0.95, "year": 2010"#,
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
    // To the digits shown: 1,303,511 / 8,054,389 = 0.161839, so 0.1619 is
    // one digit off.
    assert_refused(
        edited_text(r#""d0": { "value": 0.1618,"#, r#""d0": { "value": 0.1619,"#),
        "mali-2022/d0",
        "to the digits shown",
    );
    // 464 / 977,396 = 0.000475: 0.0005 to one digit, not 0.0006.
    assert_refused(
        edited(|doc| {
            let qatar = &mut host_mut(doc, "nepal-2000", "qatar")["figures"];
            qatar["corridor_share"]["value"] = 0.0006.into();
        }),
        "nepal-2000/qatar/corridor_share",
        "disagrees with emigrants_from_origin / emigrant_stock",
    );
    // A ratio of two published counts: 2,294,220 / 2,479,880 = 0.925.
    assert_refused(
        edited(|doc| {
            host_mut(doc, "bangladesh-2022", "uae")["figures"]["immigrant_share"]["value"] =
                0.935.into();
        }),
        "bangladesh-2022/uae/immigrant_share",
        "disagrees with 2,294,220 / 2,479,880",
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

/// Kinds as in docs/model.md §2: the 14 scenario levers first, then 22 assumptions.
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
    assert_eq!((count(Kind::Scenario), count(Kind::Assumption)), (14, 22));
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
