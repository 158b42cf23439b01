//! Settings from links, attributes and messages: precedence, round trips and
//! bad input (every bad value gives a notice and falls back to the layer below).

use crate::support::{catalogue, read_message};
use migration_explorer::config::*;
use migration_explorer::content::{Mode, View};
use migration_explorer::lessons::LessonKey;
use migration_model::{Kind, ParamError, ParamId, ParamProblem, Params, SPECS};

fn from_link(hash: &str) -> (Settings, Vec<Notice>) {
    let (raw, mut notices) = RawSettings::from_url_part(hash);
    let (settings, more) = resolve(catalogue(), &[(SettingSource::Link, &raw)]);
    notices.extend(more);
    (settings, notices)
}

fn problems(notices: &[Notice]) -> Vec<&SettingProblem> {
    notices.iter().map(|n| &n.problem).collect()
}

/// The values a run of these settings uses: defaults with the choices overlaid.
fn values(s: &Settings) -> Params {
    s.preset.params(s.host, &s.choices)
}

#[test]
fn a_link_sets_preset_host_view_and_levers() {
    let (s, notices) = from_link(
        "#v=3&preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45&view=optimum",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.preset.id, "mali-2022");
    assert_eq!(s.host.id, "france");
    assert_eq!(s.view, View::Optimum);
    assert_eq!(s.choices.get(ParamId::TransferCost), Some(0.03));
    assert_eq!(s.choices.get(ParamId::InvestedShare), Some(0.45));
    assert_eq!(
        s.choices.iter().count(),
        2,
        "only what the link names is set"
    );
    assert!(!s.choices.is_set(ParamId::BrainGain));
    assert_eq!(values(&s)[ParamId::BrainGain], 0.8, "unset: the default");
    assert_eq!(values(&s)[ParamId::TransferCost], 0.03);
}

#[test]
fn the_link_writes_version_3_and_every_set_lever_and_reads_back_exactly() {
    assert_eq!(LINK_VERSION, "3");
    let (mut s, _) = from_link("#preset=mali-2000&host=cote-divoire");
    assert_eq!(
        s.to_hash(),
        "v=3&preset=mali-2000&host=cote-divoire&view=origin&lang=en"
    );
    s.choices
        .set(ParamId::EmigRateSkilled, 0.0123456789012345)
        .unwrap();
    s.choices.set(ParamId::HorizonYears, 42.0).unwrap();
    s.choices.set(ParamId::Retirement, 0.03).unwrap();
    s.view = View::Host;
    let hash = s.to_hash();
    assert_eq!(
        hash,
        "v=3&preset=mali-2000&host=cote-divoire&emig_rate_skilled=0.0123456789012345&retirement=0.03&horizon_years=42&view=host&lang=en",
        "scenario levers and assumptions alike, in table order"
    );
    assert_eq!(
        s.set_pairs().collect::<Vec<_>>(),
        [
            "emig_rate_skilled=0.0123456789012345",
            "retirement=0.03",
            "horizon_years=42"
        ]
    );
    let (back, notices) = from_link(&hash);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, s, "every value comes back bit for bit");
}

#[test]
fn a_lever_set_to_its_default_is_still_written() {
    // 0.15 is the invested share's default (v3), 0.0424 Mali's transfer cost and
    // 0.025 the retirement rate's: set, they are written all the same, so
    // the link keeps them when a later version moves the defaults.
    let (s, notices) =
        from_link("#preset=mali-2022&invested_share=0.15&transfer_cost=0.0424&retirement=0.025");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        values(&s),
        s.preset.defaults(s.host, &s.choices),
        "all at defaults"
    );
    let hash = s.to_hash();
    for pair in [
        "transfer_cost=0.0424",
        "invested_share=0.15",
        "retirement=0.025",
    ] {
        assert!(hash.contains(pair), "{pair} in {hash}");
    }
    // An unset emigration rate is not written, even though its value is known.
    assert!(!hash.contains("emig_rate"), "{hash}");
    let (back, _) = from_link(&hash);
    assert_eq!(back.choices, s.choices, "still set after the round trip");
}

/// Links of versions 1 and 2 open with their levers and one notice each: the
/// model and data have changed since (v3).
#[test]
fn a_version_1_or_2_link_opens_with_its_levers_and_one_notice() {
    for version in ["1", "2"] {
        let (s, notices) = from_link(&format!(
            "#v={version}&preset=mali-2022&host=france&transfer_cost=0.03&brain_gain=1.2&view=host"
        ));
        assert_eq!(
            problems(&notices),
            vec![&SettingProblem::OldVersion {
                value: version.into()
            }],
            "exactly one notice"
        );
        assert_eq!(notices[0].source, SettingSource::Link);
        assert_eq!(
            (s.preset.id.as_str(), s.host.id.as_str()),
            ("mali-2022", "france")
        );
        assert_eq!(s.view, View::Host);
        assert_eq!(s.choices.get(ParamId::TransferCost), Some(0.03));
        assert_eq!(s.choices.get(ParamId::BrainGain), Some(1.2));
        assert!(
            s.to_hash().starts_with("v=3&"),
            "written back as version 3: {}",
            s.to_hash()
        );
    }
    // A version this one does not know is said as such, and read all the same.
    let (s, notices) = from_link("#v=4&transfer_cost=0.03");
    assert_eq!(
        problems(&notices),
        vec![&SettingProblem::UnknownVersion { value: "4".into() }]
    );
    assert_eq!(s.choices.get(ParamId::TransferCost), Some(0.03));
    // The current version needs no notice.
    assert!(from_link("#v=3&transfer_cost=0.03").1.is_empty());
}

#[test]
fn the_uncertainty_switch_is_a_setting_and_never_becomes_a_lever() {
    assert_eq!(UNCERTAINTY_KEY, "uncertainty");
    let (raw, notices) =
        RawSettings::from_url_part("#uncertainty=on&a.transfer_cost=0.03&transfer_cost=0.05");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(raw.uncertainty.as_deref(), Some("on"));
    assert_eq!(
        raw.levers,
        [("transfer_cost".to_string(), "0.05".to_string())],
        "neither the switch nor a pinned key is kept as a lever"
    );
    let (s, more) = resolve(catalogue(), &[(SettingSource::Link, &raw)]);
    assert!(more.is_empty(), "{more:?}");
    assert!(s.uncertainty);
    assert_eq!(
        s.choices.get(ParamId::TransferCost),
        Some(0.05),
        "not a.'s 0.03"
    );
    assert_eq!(s.choices.iter().count(), 1);
    // The same from the page's attributes and from a message, where a value
    // other than on or off is refused with a notice from where it came.
    let bad = |raw: &RawSettings, source: SettingSource| {
        let (s, notices) = resolve(catalogue(), &[(source, raw)]);
        assert!(!s.uncertainty);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices.iter().all(
            |n| matches!(n.problem, SettingProblem::BadUncertainty { .. }) && n.source == source
        ));
    };
    let (raw, notices) =
        RawSettings::from_attributes([("set", "uncertainty=x,invested_share=0.3")]);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        raw.levers,
        [("invested_share".to_string(), "0.3".to_string())]
    );
    bad(&raw, SettingSource::Attribute);
    let message = serde_json::json!({
        "type": "migration-explorer:set",
        "set": { "uncertainty": 1 }
    });
    let (raw, notices) = read_message(&message);
    assert!(raw.levers.is_empty() && notices.is_empty());
    bad(&raw, SettingSource::Message);
}

#[test]
fn no_parameter_name_collides_with_a_settings_key() {
    let settings_keys = [
        "v",
        "preset",
        "host",
        "lang",
        "view",
        "mode",
        "lesson",
        "step",
        PINNED_KEY,
        "allow-origin",
        UNCERTAINTY_KEY,
    ];
    for spec in &SPECS {
        let name = spec.name;
        assert!(!name.starts_with(PINNED_PREFIX), "{name} starts with a.");
        assert!(!settings_keys.contains(&name), "{name} is a settings key");
        // And each is read back as its own lever from a link.
        let (raw, notices) = RawSettings::from_url_part(&format!("#{name}=1"));
        assert!(notices.is_empty(), "{name}: {notices:?}");
        assert_eq!(raw.levers.len(), 1, "{name}");
    }
}

#[test]
fn bad_values_are_refused_with_the_models_reason_in_its_order() {
    // The model checks: a number (finite), then the range, then whole years.
    let cases: &[(&str, ParamId, &str, ParamProblem)] = &[
        (
            "transfer_cost",
            ParamId::TransferCost,
            "abc",
            ParamProblem::NotANumber,
        ),
        (
            "transfer_cost",
            ParamId::TransferCost,
            "NaN",
            ParamProblem::NotANumber,
        ),
        (
            "transfer_cost",
            ParamId::TransferCost,
            "inf",
            ParamProblem::NotANumber,
        ),
        (
            "transfer_cost",
            ParamId::TransferCost,
            "-inf",
            ParamProblem::NotANumber,
        ),
        (
            "transfer_cost",
            ParamId::TransferCost,
            "",
            ParamProblem::NotANumber,
        ),
        (
            "transfer_cost",
            ParamId::TransferCost,
            "0.9",
            ParamProblem::OutOfRange,
        ),
        (
            "transfer_cost",
            ParamId::TransferCost,
            "-0.01",
            ParamProblem::OutOfRange,
        ),
        (
            "horizon_years",
            ParamId::HorizonYears,
            "12.5",
            ParamProblem::NotWhole,
        ),
        (
            "horizon_years",
            ParamId::HorizonYears,
            "60.5",
            ParamProblem::OutOfRange,
        ),
        (
            "horizon_years",
            ParamId::HorizonYears,
            "5",
            ParamProblem::OutOfRange,
        ),
        (
            "horizon_years",
            ParamId::HorizonYears,
            "thirty",
            ParamProblem::NotANumber,
        ),
        (
            "prospect_horizon",
            ParamId::ProspectHorizon,
            "7.5",
            ParamProblem::NotWhole,
        ),
        (
            "prospect_horizon",
            ParamId::ProspectHorizon,
            "4.5",
            ParamProblem::OutOfRange,
        ),
        (
            "retirement",
            ParamId::Retirement,
            "0.5",
            ParamProblem::OutOfRange,
        ),
    ];
    for &(name, id, text, reason) in cases {
        let hash = format!("#preset=mali-2022&{name}={text}");
        let (s, notices) = from_link(&hash);
        let [notice] = &notices[..] else {
            panic!("{hash}: one notice, got {notices:?}");
        };
        assert_eq!(notice.source, SettingSource::Link);
        let SettingProblem::BadValue { error, value, .. } = &notice.problem else {
            panic!("{hash}: {:?}", notice.problem);
        };
        assert_eq!((error.id, error.problem), (id, reason), "{hash}");
        assert_eq!(value, text, "{hash}: the value as typed");
        assert!(!s.choices.is_set(id), "{hash}: refused, so unset");
        assert_eq!(
            values(&s)[id],
            s.preset.defaults(s.host, &s.choices)[id],
            "{hash}: the default"
        );
    }
    // The numbers the model reports with its reason.
    let (_, notices) = from_link("#horizon_years=12.5");
    assert_eq!(
        notices[0].problem,
        SettingProblem::BadValue {
            error: ParamError {
                id: ParamId::HorizonYears,
                value: 12.5,
                problem: ParamProblem::NotWhole
            },
            value: "12.5".into(),
            fallback: None,
        }
    );
    // Whole numbers written with a fraction part are whole.
    let (s, notices) = from_link("#horizon_years=12.0&prospect_horizon=7");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.choices.get(ParamId::HorizonYears), Some(12.0));
}

#[test]
fn the_link_wins_over_attributes_which_win_over_defaults() {
    let (attrs, n1) = RawSettings::from_attributes([
        ("preset", "mali-2022"),
        ("host", "cote-divoire"),
        ("view", "host"),
        (
            "set",
            "transfer_cost=0.03, invested_share=0.45, brain_gain=1.1",
        ),
    ]);
    let (link, n2) =
        RawSettings::from_url_part("#v=3&preset=mali-2022&invested_share=0.5&brain_gain=0.4");
    assert!(n1.is_empty() && n2.is_empty());
    let (s, notices) = resolve(
        catalogue(),
        &[
            (SettingSource::Attribute, &attrs),
            (SettingSource::Link, &link),
        ],
    );
    assert!(notices.is_empty());
    assert_eq!(s.host.id, "cote-divoire", "from the attribute");
    assert_eq!(s.view, View::Host);
    assert_eq!(
        s.choices.get(ParamId::TransferCost),
        Some(0.03),
        "from the attribute"
    );
    assert_eq!(
        s.choices.get(ParamId::InvestedShare),
        Some(0.5),
        "the link wins"
    );
    assert_eq!(
        s.choices.get(ParamId::BrainGain),
        Some(0.4),
        "the link wins for an assumption too"
    );
    assert!(!s.choices.is_set(ParamId::RemitShareSkilled), "the default");
    let (s, _) = resolve(catalogue(), &[]);
    assert_eq!(
        (s.preset.id.as_str(), s.host.id.as_str(), s.view),
        ("bangladesh-2022", "saudi-arabia", View::Origin),
        "defaults"
    );
    assert_eq!(s.choices.iter().count(), 0, "nothing set");
}

/// What a widget uses: its attributes alone, or under the page's link when it
/// owns it; the query adds allowed origins, and of its own problems only its
/// length is reported (the rest may be the host page's parameters).
#[test]
fn a_widget_reads_its_attributes_under_the_link_it_owns() {
    let (attrs, _) = RawSettings::from_attributes([
        ("preset", "mali-2022"),
        ("set", "transfer_cost=0.03, invested_share=0.45"),
    ]);
    let hash = "#v=3&invested_share=0.5&view=optimum&nope=1";
    let search = "?page=2&allow-origin=https%3A%2F%2Fagency.example";
    let (alone, notices) = widget_settings(catalogue(), &attrs, None, None);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(alone.choices.get(ParamId::InvestedShare), Some(0.45));
    assert_eq!(alone.view, View::Origin, "no link read");
    assert!(alone.allow_origins.is_empty());
    let (s, notices) = widget_settings(catalogue(), &attrs, Some((hash, search)), None);
    assert_eq!(s.preset.id, "mali-2022", "from the attribute");
    assert_eq!(s.choices.get(ParamId::TransferCost), Some(0.03));
    assert_eq!(
        s.choices.get(ParamId::InvestedShare),
        Some(0.5),
        "the link wins"
    );
    assert_eq!(s.view, View::Optimum);
    assert_eq!(
        s.allow_origins,
        ["https://agency.example"],
        "from the query"
    );
    assert_eq!(
        problems(&notices),
        [&SettingProblem::UnknownParam {
            name: "nope".into()
        }],
        "the hash's problems, not the query's `page`"
    );
    assert!(notices.iter().all(|n| n.source == SettingSource::Link));
    let long = format!("?x={}", "y".repeat(5000));
    let (_, notices) = widget_settings(catalogue(), &attrs, Some(("", &long)), None);
    assert!(
        matches!(problems(&notices)[..], [SettingProblem::TooLong { .. }]),
        "a query too long is reported: {notices:?}"
    );
}

#[test]
fn a_bad_link_value_falls_back_to_the_attribute_then_the_default() {
    let (attrs, _) = RawSettings::from_attributes([
        ("preset", "mali-2022"),
        ("set", "transfer_cost=0.05,horizon_years=20,brain_gain=much"),
    ]);
    let (link, _) = RawSettings::from_url_part(
        "#preset=atlantis&transfer_cost=0.9&host=mars&horizon_years=20.5&brain_gain=2",
    );
    let (s, notices) = resolve(
        catalogue(),
        &[
            (SettingSource::Attribute, &attrs),
            (SettingSource::Link, &link),
        ],
    );
    assert_eq!(s.preset.id, "mali-2022");
    assert_eq!(s.host.id, "france");
    assert_eq!(
        s.choices.get(ParamId::TransferCost),
        Some(0.05),
        "the attribute's"
    );
    assert_eq!(
        s.choices.get(ParamId::HorizonYears),
        Some(20.0),
        "the attribute's"
    );
    assert!(
        !s.choices.is_set(ParamId::BrainGain),
        "both refused: the default"
    );
    assert_eq!(values(&s)[ParamId::BrainGain], 0.8);
    let summary: Vec<(SettingSource, String)> = notices
        .iter()
        .map(|n| {
            let what = match &n.problem {
                SettingProblem::BadValue { error, value, .. } => {
                    format!("{}={value} {:?}", error.id.name(), error.problem)
                }
                other => format!("{other:?}"),
            };
            (n.source, what)
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                SettingSource::Link,
                "UnknownPreset { value: \"atlantis\" }".to_string()
            ),
            (
                SettingSource::Link,
                "UnknownHost { value: \"mars\" }".to_string()
            ),
            (
                SettingSource::Attribute,
                "brain_gain=much NotANumber".to_string()
            ),
            (
                SettingSource::Link,
                "transfer_cost=0.9 OutOfRange".to_string()
            ),
            (
                SettingSource::Link,
                "horizon_years=20.5 NotWhole".to_string()
            ),
            (SettingSource::Link, "brain_gain=2 OutOfRange".to_string()),
        ]
    );
}

#[test]
fn each_kind_of_bad_input_has_its_notice() {
    let bad =
        |typed: &str, id: ParamId, value: f64, problem: ParamProblem| SettingProblem::BadValue {
            error: ParamError { id, value, problem },
            value: typed.into(),
            fallback: None,
        };
    let cases: &[(&str, SettingProblem)] = &[
        ("#v=7", SettingProblem::UnknownVersion { value: "7".into() }),
        ("#v=1", SettingProblem::OldVersion { value: "1".into() }),
        ("#v=2", SettingProblem::OldVersion { value: "2".into() }),
        (
            "#uncertainty=yes",
            SettingProblem::BadUncertainty {
                value: "yes".into(),
            },
        ),
        (
            "#lesson=2",
            SettingProblem::UnknownLesson { value: "2".into() },
        ),
        (
            "#lesson=optimum&step=0",
            SettingProblem::BadStep {
                value: "0".into(),
                steps: LessonKey::Optimum.lesson().steps.len(),
            },
        ),
        (
            "#step=2",
            SettingProblem::StepWithoutLesson { value: "2".into() },
        ),
        (
            "#mode=slides",
            SettingProblem::UnknownMode {
                value: "slides".into(),
            },
        ),
        (
            "#a.nope=1",
            SettingProblem::Pinned(Box::new(SettingProblem::UnknownParam {
                name: "nope".into(),
            })),
        ),
        (
            "#view=charts",
            SettingProblem::UnknownView {
                value: "charts".into(),
            },
        ),
        (
            "#lang=tlh",
            SettingProblem::UnknownLang {
                value: "tlh".into(),
            },
        ),
        (
            "#frobnicate=1",
            SettingProblem::UnknownParam {
                name: "frobnicate".into(),
            },
        ),
        (
            "#transfer_cost=cheap",
            bad(
                "cheap",
                ParamId::TransferCost,
                f64::NAN,
                ParamProblem::NotANumber,
            ),
        ),
        (
            "#transfer_cost",
            SettingProblem::Malformed {
                value: "transfer_cost".into(),
            },
        ),
        ("#=3", SettingProblem::Malformed { value: "=3".into() }),
        (
            "#preset=%E0%A4%A",
            SettingProblem::Malformed {
                value: "preset=%E0%A4%A".into(),
            },
        ),
        (
            "#preset=%FF",
            SettingProblem::Malformed {
                value: "preset=%FF".into(),
            },
        ),
        (
            "#horizon_years=12.5",
            bad("12.5", ParamId::HorizonYears, 12.5, ParamProblem::NotWhole),
        ),
        (
            "#transfer_cost=0.5",
            bad("0.5", ParamId::TransferCost, 0.5, ParamProblem::OutOfRange),
        ),
        (
            "#transfer_cost=NaN",
            bad(
                "NaN",
                ParamId::TransferCost,
                f64::NAN,
                ParamProblem::NotANumber,
            ),
        ),
        (
            "#allow-origin=javascript:alert(1)",
            SettingProblem::BadOrigin {
                value: "javascript:alert(1)".into(),
            },
        ),
        (
            "#view=host&view=optimum",
            SettingProblem::Repeated {
                name: "view".into(),
            },
        ),
        (
            "#brain_gain=1&brain_gain=0.5",
            SettingProblem::Repeated {
                name: "brain_gain".into(),
            },
        ),
    ];
    // NaN is never equal to itself: compare the model's numbers by their bits.
    let same = |a: &SettingProblem, b: &SettingProblem| match (a, b) {
        (
            SettingProblem::BadValue {
                error: x, value: u, ..
            },
            SettingProblem::BadValue {
                error: y, value: v, ..
            },
        ) => {
            (x.id, x.problem, u) == (y.id, y.problem, v)
                && (x.value == y.value || x.value.is_nan() && y.value.is_nan())
        }
        (a, b) => a == b,
    };
    for (hash, expected) in cases {
        let (s, notices) = from_link(hash);
        let got = problems(&notices);
        assert!(
            got.iter().any(|p| same(p, expected)),
            "{hash}: expected {expected:?}, got {got:?}"
        );
        assert!(values(&s).validate().is_ok(), "{hash}: settings stay valid");
    }
}

#[test]
fn huge_input_is_refused_whole_and_long_values_one_by_one() {
    let huge = format!("#preset={}", "x".repeat(10_000));
    let (s, notices) = from_link(&huge);
    assert_eq!(
        problems(&notices),
        vec![&SettingProblem::TooLong { count: 10_007 }]
    );
    assert_eq!(s.preset.id, "bangladesh-2022");
    let long = format!("#preset=mali-2022&host={}", "é".repeat(300));
    let (s, notices) = from_link(&long);
    assert_eq!(s.preset.id, "mali-2022", "the rest of the link is used");
    assert!(matches!(
        notices[0].problem,
        SettingProblem::ValueTooLong { count: 300, .. }
    ));
}

#[test]
fn quoted_input_is_short_and_printable() {
    assert_eq!(quote("abc"), "abc");
    assert_eq!(quote(&"x".repeat(100)).chars().count(), 41);
    assert_eq!(quote("a\u{0}b\nc"), "a\u{FFFD}b\u{FFFD}c");
    let (_, notices) = from_link("#preset=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    // Kept as text: the view inserts it as a text node, never as HTML.
    assert_eq!(
        notices[0].problem,
        SettingProblem::UnknownPreset {
            value: "<img src=x onerror=alert(1)>".into()
        }
    );
    // A refused value is quoted the same way.
    let (_, notices) = from_link(&format!("#transfer_cost={}", "9".repeat(60)));
    let SettingProblem::BadValue { value, .. } = &notices[0].problem else {
        panic!("{notices:?}");
    };
    assert_eq!(value.chars().count(), 41);
}

#[test]
fn messages_are_read_like_links() {
    let message = serde_json::json!({
        "type": "migration-explorer:set",
        "preset": "mali-2022",
        "set": { "transfer_cost": 0.03, "invested_share": "0.45", "retirement": 0.03 },
        "view": "optimum"
    });
    let (raw, notices) = read_message(&message);
    assert!(notices.is_empty());
    let (s, notices) = resolve(catalogue(), &[(SettingSource::Message, &raw)]);
    assert!(notices.is_empty());
    assert_eq!(s.choices.get(ParamId::TransferCost), Some(0.03));
    assert_eq!(s.choices.get(ParamId::InvestedShare), Some(0.45));
    assert_eq!(s.choices.get(ParamId::Retirement), Some(0.03));
    assert_eq!(s.view, View::Optimum);
    let list = serde_json::json!({ "type": "migration-explorer:set", "set": "transfer_cost=0.02" });
    assert_eq!(
        read_message(&list).0.levers,
        vec![("transfer_cost".to_string(), "0.02".to_string())]
    );
    // A bad number in a message is refused with the model's reason.
    let bad =
        serde_json::json!({ "type": "migration-explorer:set", "set": { "horizon_years": 12.5 } });
    let (raw, _) = read_message(&bad);
    let (s, notices) = resolve(catalogue(), &[(SettingSource::Message, &raw)]);
    assert!(!s.choices.is_set(ParamId::HorizonYears));
    assert!(
        matches!(
            &notices[..],
            [Notice {
                problem: SettingProblem::BadValue { error, .. },
                source: SettingSource::Message
            }] if error.problem == ParamProblem::NotWhole
        ),
        "{notices:?}"
    );
}

#[test]
fn a_message_cannot_widen_who_may_send_messages() {
    let message = serde_json::json!({ "type": "migration-explorer:set", "allow-origin": "https://evil.example" });
    let (raw, notices) = read_message(&message);
    assert!(raw.allow_origins.is_empty());
    assert_eq!(
        problems(&notices),
        vec![&SettingProblem::UnknownParam {
            name: "allow-origin".into()
        }]
    );
    for bad in [
        serde_json::json!(42),
        serde_json::json!([1, 2]),
        serde_json::json!({"type": "migration-explorer:set", "set": 5}),
    ] {
        let (raw, notices) = read_message(&bad);
        assert_eq!(raw.levers.len(), 0);
        assert_eq!(notices.len(), 1, "{bad}");
    }
}

#[test]
fn a_message_merged_over_settings_keeps_everything_it_does_not_name() {
    let (mut current, notices) = from_link(
        "#preset=mali-2022&host=france&lesson=optimum&step=3&view=host&transfer_cost=0.03\
         &brain_gain=1.2&a.transfer_cost=0.02&uncertainty=on&lang=fr\
         &allow-origin=https://agency.example",
    );
    assert!(notices.is_empty(), "{notices:?}");
    // A lever of the step that the person unset stays unset.
    assert!(current.choices.is_set(ParamId::EmigRateSkilled));
    current.choices.unset(ParamId::EmigRateSkilled);
    let set = serde_json::json!({
        "type": "migration-explorer:set",
        "set": { "invested_share": 0.4, "transfer_cost": 0.5 }
    });
    let (raw, notices) = read_message(&set);
    assert!(notices.is_empty(), "{notices:?}");
    for mode in Mode::ALL {
        current.mode = mode;
        let (merged, notices) = merge(catalogue(), &current, &raw, SettingSource::Message);
        let mut expected = current.clone();
        expected.choices.set(ParamId::InvestedShare, 0.4).unwrap();
        assert_eq!(merged, expected, "{mode:?}");
        // The refused value falls back to the current one, and says so.
        assert!(
            matches!(
                &problems(&notices)[..],
                [SettingProblem::BadValue { error, fallback: Some(f), .. }]
                    if error.id == ParamId::TransferCost && *f == 0.03
            ),
            "{notices:?}"
        );
    }
}

#[test]
fn allowed_origins_come_from_the_link_and_are_written_back() {
    let (s, notices) =
        from_link("#allow-origin=https%3A%2F%2Fagency.example,http://127.0.0.1:8081");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        s.allow_origins,
        ["https://agency.example", "http://127.0.0.1:8081"]
    );
    let (back, _) = from_link(&s.to_hash());
    assert_eq!(back.allow_origins, s.allow_origins);
    assert!(
        !s.scenario_hash().contains("allow-origin"),
        "a shared scenario does not carry them"
    );
}

/// Random junk in every position: never a panic, always usable settings.
#[test]
fn random_links_never_break_the_settings() {
    let alphabet: Vec<char> = "abcdefghijklmnopqrstuvwxyz_=&%#?,.-+0123456789 éß💥\u{0}\n<>\"'"
        .chars()
        .collect();
    let keys = [
        "v",
        "preset",
        "host",
        "view",
        "lang",
        "transfer_cost",
        "horizon_years",
        "prospect_horizon",
        "retirement",
        "allow-origin",
        "set",
        "lesson",
        "a.",
    ];
    let mut seed = 0x2001_u64;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for _ in 0..5000 {
        let mut text = String::new();
        for _ in 0..(next() % 6) {
            text.push_str(keys[next() % keys.len()]);
            text.push(if next() % 5 == 0 { '&' } else { '=' });
            for _ in 0..(next() % 12) {
                text.push(alphabet[next() % alphabet.len()]);
            }
            text.push('&');
        }
        let (s, _) = from_link(&text);
        assert!(values(&s).validate().is_ok(), "{text:?}");
        assert!(
            s.choices.iter().all(|(id, v)| id.spec().check(v) == Ok(v)),
            "{text:?}"
        );
        let (attrs, _) =
            RawSettings::from_attributes([("set", text.as_str()), ("preset", text.as_str())]);
        let (s, _) = resolve(catalogue(), &[(SettingSource::Attribute, &attrs)]);
        assert!(values(&s).validate().is_ok(), "{text:?}");
    }
}

#[test]
fn the_share_panel_offers_a_link_and_two_snippets_for_the_scenario() {
    let (s, _) = from_link("#preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45&brain_gain=1&view=optimum&allow-origin=https://a.example");
    let base = "https://agency.example/tools/explorer/";
    let pin = "sha384-AbC+/=";
    let out = migration_explorer::share::snippets(&s, base, pin);
    assert_eq!(
        out.link,
        "https://agency.example/tools/explorer/index.html#v=3&preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45&brain_gain=1&view=optimum&lang=en"
    );
    assert_eq!(
        out.script,
        "<div data-migration-explorer data-preset=\"mali-2022\" data-host=\"france\" data-view=\"optimum\" data-lang=\"en\" data-set=\"transfer_cost=0.03,invested_share=0.45,brain_gain=1\"></div>\n<script type=\"module\" src=\"https://agency.example/tools/explorer/embed.js\" integrity=\"sha384-AbC+/=\" crossorigin=\"anonymous\"></script>"
    );
    // Where the browser could not hash embed.js, the snippet is unpinned, not wrong.
    assert!(!migration_explorer::share::snippets(&s, base, "")
        .script
        .contains("integrity"));
    assert!(out.iframe.starts_with(
        "<iframe src=\"https://agency.example/tools/explorer/index.html#v=3&amp;preset=mali-2022"
    ));
    // The "Present" button may fill the screen from inside the frame.
    assert!(
        out.iframe.ends_with(" allowfullscreen></iframe>"),
        "{}",
        out.iframe
    );
    // What the snippets carry reads back as the same scenario.
    let (attrs, notices) = RawSettings::from_attributes([
        ("preset", "mali-2022"),
        ("host", "france"),
        ("view", "optimum"),
        ("lang", "en"),
        ("set", "transfer_cost=0.03,invested_share=0.45,brain_gain=1"),
    ]);
    assert!(notices.is_empty());
    let (back, _) = resolve(catalogue(), &[(SettingSource::Attribute, &attrs)]);
    assert_eq!(
        (back.choices, back.view, back.preset.id.as_str()),
        (s.choices, s.view, "mali-2022")
    );
    // With nothing set, the snippet has no data-set at all.
    let (plain, _) = from_link("#preset=mali-2022");
    assert!(!migration_explorer::share::snippets(&plain, base, pin)
        .script
        .contains("data-set"));
    // Both kinds are carried: a scenario lever and an assumption.
    assert_eq!(
        s.choices
            .iter()
            .map(|(id, _)| id.kind())
            .collect::<Vec<_>>(),
        [Kind::Scenario, Kind::Scenario, Kind::Assumption]
    );
}

#[test]
fn a_refused_value_names_what_is_used_instead() {
    use migration_explorer::config::{resolve, RawSettings, SettingSource};
    let catalogue = migration_model::Catalogue::embedded();
    let (attrs, _) = RawSettings::from_attributes([("set", "transfer_cost=0.05")]);
    let (link, _) = RawSettings::from_url_part("#transfer_cost=0.9&invested_share=abc");
    let (s, notices) = resolve(
        catalogue,
        &[
            (SettingSource::Attribute, &attrs),
            (SettingSource::Link, &link),
        ],
    );
    assert_eq!(s.choices.get(ParamId::TransferCost), Some(0.05));
    let fallbacks: Vec<(ParamId, Option<f64>)> = notices
        .iter()
        .filter_map(|n| match &n.problem {
            SettingProblem::BadValue {
                error, fallback, ..
            } => Some((error.id, *fallback)),
            _ => None,
        })
        .collect();
    assert_eq!(
        fallbacks,
        [
            (ParamId::TransferCost, Some(0.05)),
            (ParamId::InvestedShare, None)
        ],
        "the attribute's value for the one, the default for the other"
    );
}

#[test]
fn a_data_set_list_reads_settings_keys_as_its_own_attributes_would() {
    let (raw, notices) = RawSettings::from_attributes([(
        "set",
        "preset=mali-2000,lesson=optimum,step=2,transfer_cost=0.05,a.transfer_cost=0.02",
    )]);
    assert!(notices.is_empty(), "{notices:?}");
    let (s, notices) = resolve(catalogue(), &[(SettingSource::Attribute, &raw)]);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        s.lesson.map(|at| (at.lesson, at.step)),
        Some((LessonKey::Optimum, 1))
    );
    assert_eq!(s.choices.get(ParamId::TransferCost), Some(0.05));
    assert_eq!(
        s.pinned.and_then(|a| a.get(ParamId::TransferCost)),
        Some(0.02)
    );
    // A bad settings key in a list is told, not dropped in silence.
    let (raw, _) = RawSettings::from_attributes([("set", "lesson=2")]);
    let (_, notices) = resolve(catalogue(), &[(SettingSource::Attribute, &raw)]);
    assert_eq!(
        problems(&notices),
        [&SettingProblem::UnknownLesson { value: "2".into() }]
    );
}

#[test]
fn the_language_comes_from_the_link_then_the_element_then_the_page_then_the_browser() {
    use migration_explorer::i18n::Lang;
    let browser = ["de-DE".to_string(), "en-GB".to_string()];
    // The page's <html lang>, else the first of the browser's languages we speak.
    assert_eq!(page_lang(Some("en-US"), &[]), Some(Lang::En));
    assert_eq!(page_lang(Some("tlh"), &browser), Some(Lang::En));
    assert_eq!(
        page_lang(None, &browser[..1]),
        None,
        "German only: English, by default"
    );
    for tag in Lang::ALL.map(Lang::tag) {
        assert_eq!(
            page_lang(None, &[tag.to_uppercase()]).map(Lang::tag),
            Some(tag)
        );
        // Below the element's attribute and the link, never refused.
        let (s, notices) = widget_settings(
            catalogue(),
            &RawSettings::default(),
            None,
            Lang::from_tag(tag),
        );
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(s.lang.tag(), tag);
        let attrs = RawSettings::from_attributes([("lang", "en")]).0;
        let (s, _) = widget_settings(catalogue(), &attrs, Some(("", "")), Lang::from_tag(tag));
        assert_eq!(
            s.lang,
            Lang::En,
            "the element's attribute is over the page's"
        );
        let (s, _) = widget_settings(
            catalogue(),
            &RawSettings::from_attributes([("lang", tag)]).0,
            Some(("#lang=en", "")),
            None,
        );
        assert_eq!(s.lang, Lang::En, "the link is over the element's attribute");
        // A share link always says its language.
        assert!(
            s.scenario_hash().contains("&lang=en"),
            "{}",
            s.scenario_hash()
        );
    }
}

/// The embedding guides list every view `data-view` takes, in both languages,
/// so that a new view cannot go undocumented for agencies.
#[test]
fn the_embedding_guides_list_every_view() {
    for guide in [
        include_str!("../../EMBEDDING.md"),
        include_str!("../../EMBEDDING.fr.md"),
    ] {
        let row = guide
            .lines()
            .find(|l| l.trim_start().starts_with("| `data-view` |"))
            .expect("a data-view row");
        for view in View::ALL {
            assert!(
                row.contains(&format!("`{}`", view.key())),
                "{} missing from {row}",
                view.key()
            );
        }
    }
}

/// The embedding guides list every chart's element id, in both languages:
/// agencies link to a chart by its id, so a new chart cannot go undocumented.
#[test]
fn the_embedding_guides_list_every_chart_id() {
    for guide in [
        include_str!("../../EMBEDDING.md"),
        include_str!("../../EMBEDDING.fr.md"),
    ] {
        for chart in migration_explorer::content::ChartId::ALL {
            let id = format!("`chart-{}`", chart.key());
            assert!(guide.contains(&id), "{id} missing from a guide");
        }
    }
}

/// The embedding guides list every language `data-lang` takes, in both
/// languages, so that a new language cannot go undocumented for agencies.
#[test]
fn the_embedding_guides_list_every_language() {
    for guide in [
        include_str!("../../EMBEDDING.md"),
        include_str!("../../EMBEDDING.fr.md"),
    ] {
        let row = guide
            .lines()
            .find(|l| l.trim_start().starts_with("| `data-lang` |"))
            .expect("a data-lang row");
        for lang in migration_explorer::i18n::Lang::ALL {
            assert!(
                row.contains(&format!("`{}`", lang.key())),
                "{} missing from {row}",
                lang.key()
            );
        }
    }
}

/// The embedding guides list every preset `data-preset` takes and every host
/// `data-host` takes, in both languages: a preset or host added to
/// `presets.json` cannot go undocumented for agencies.
#[test]
fn the_embedding_guides_list_every_preset_and_host() {
    for guide in [
        include_str!("../../EMBEDDING.md"),
        include_str!("../../EMBEDDING.fr.md"),
    ] {
        let row = |attribute: &str| {
            guide
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("| `{attribute}` |")))
                .unwrap_or_else(|| panic!("a {attribute} row"))
        };
        let (presets, hosts) = (row("data-preset"), row("data-host"));
        for preset in &catalogue().presets {
            assert!(
                presets.contains(&format!("`{}`", preset.id)),
                "{} missing from {presets}",
                preset.id
            );
            for host in &preset.hosts {
                assert!(
                    hosts.contains(&format!("`{}`", host.id)),
                    "{} missing from {hosts}",
                    host.id
                );
            }
        }
    }
}

#[test]
fn the_single_file_opens_its_own_pages_and_shares_its_public_address_only() {
    use migration_explorer::share::{brief_href, is_single_file, snippets, worksheet_href};
    let (s, _) = from_link("#preset=mali-2022&host=france&transfer_cost=0.03&lesson=optimum");
    let hash = s.scenario_hash();
    // A site: brief.html beside the widget; the link to index.html.
    let site = "https://agency.example/tools/explorer/";
    assert!(!is_single_file(site));
    assert_eq!(brief_href(&s, site), format!("{site}brief.html#{hash}"));
    assert_eq!(
        worksheet_href(&s, site),
        format!("{site}brief.html#lesson=optimum&mode=worksheet&lang=en")
    );
    // The single file with no public address: the file itself, the mode in
    // its link; the share link is the `#…` part alone, never a file:// address.
    assert!(is_single_file(""));
    assert_eq!(brief_href(&s, ""), format!("#{hash}&mode=brief"));
    assert_eq!(
        worksheet_href(&s, ""),
        "#lesson=optimum&mode=worksheet&lang=en"
    );
    assert_eq!(snippets(&s, "", "").link, format!("#{hash}"));
    // With its public address: shared links go there, printing stays in the file.
    let public = "https://agency.example/explorer/index.html";
    assert!(is_single_file(public));
    assert_eq!(snippets(&s, public, "").link, format!("{public}#{hash}"));
    assert_eq!(brief_href(&s, public), format!("#{hash}&mode=brief"));
    // The brief's mode, read back from that link, is the brief.
    let (brief, notices) = from_link(&brief_href(&s, ""));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!((brief.mode, brief.choices), (Mode::Brief, s.choices));
}
