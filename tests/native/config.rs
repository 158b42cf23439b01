//! Settings from links, attributes and messages: precedence, round trips and
//! bad input (every bad value gives a notice and a safe default).

use crate::support::catalog;
use migration_explorer::config::*;
use migration_explorer::content::View;
use migration_model::ParamId;

fn from_link(hash: &str) -> (Settings, Vec<Notice>) {
    let (raw, mut notices) = RawSettings::from_url_part(hash);
    let (settings, more) = resolve(catalog(), &[(Source::Link, &raw)]);
    notices.extend(more);
    (settings, notices)
}

fn problems(notices: &[Notice]) -> Vec<&Problem> {
    notices.iter().map(|n| &n.problem).collect()
}

#[test]
fn a_link_sets_preset_host_view_and_levers() {
    let (s, notices) = from_link(
        "#v=1&preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45&view=optimum",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.preset.id, "mali-2022");
    assert_eq!(s.host.id, "france");
    assert_eq!(s.view, View::Optimum);
    assert_eq!(s.params[ParamId::TransferCost], 0.03);
    assert_eq!(s.params[ParamId::InvestedShare], 0.45);
    assert_eq!(
        s.params[ParamId::BrainGain],
        0.8,
        "unset levers keep their defaults"
    );
}

#[test]
fn the_link_writes_only_changed_levers_and_reads_back_exactly() {
    let (mut s, _) = from_link("#preset=mali-2000&host=cote-divoire");
    assert_eq!(
        s.to_hash(),
        "v=1&preset=mali-2000&host=cote-divoire&view=origin"
    );
    s.params
        .set(ParamId::EmigRateSkilled, 0.0123456789012345)
        .unwrap();
    s.params.set(ParamId::HorizonYears, 42.0).unwrap();
    s.view = View::Host;
    let hash = s.to_hash();
    assert_eq!(
        hash,
        "v=1&preset=mali-2000&host=cote-divoire&emig_rate_skilled=0.0123456789012345&horizon_years=42&view=host"
    );
    let (back, notices) = from_link(&hash);
    assert!(notices.is_empty());
    assert_eq!(back, s, "every value comes back bit for bit");
}

#[test]
fn the_link_wins_over_attributes_which_win_over_defaults() {
    let (attrs, n1) = RawSettings::from_attributes([
        ("preset", "mali-2022"),
        ("host", "cote-divoire"),
        ("view", "host"),
        ("set", "transfer_cost=0.03, invested_share=0.45"),
    ]);
    let (link, n2) = RawSettings::from_url_part("#v=1&preset=mali-2022&invested_share=0.5");
    assert!(n1.is_empty() && n2.is_empty());
    let (s, notices) = resolve(
        catalog(),
        &[(Source::Attribute, &attrs), (Source::Link, &link)],
    );
    assert!(notices.is_empty());
    assert_eq!(s.host.id, "cote-divoire", "from the attribute");
    assert_eq!(s.view, View::Host);
    assert_eq!(s.params[ParamId::TransferCost], 0.03, "from the attribute");
    assert_eq!(s.params[ParamId::InvestedShare], 0.5, "the link wins");
    let (s, _) = resolve(catalog(), &[]);
    assert_eq!(
        (s.preset.id.as_str(), s.view),
        ("bangladesh-2022", View::Origin),
        "defaults"
    );
}

#[test]
fn a_bad_link_value_falls_back_to_the_attribute_then_the_default() {
    let (attrs, _) =
        RawSettings::from_attributes([("preset", "mali-2022"), ("set", "transfer_cost=0.05")]);
    let (link, _) = RawSettings::from_url_part("#preset=atlantis&transfer_cost=0.9&host=mars");
    let (s, notices) = resolve(
        catalog(),
        &[(Source::Attribute, &attrs), (Source::Link, &link)],
    );
    assert_eq!(s.preset.id, "mali-2022");
    assert_eq!(s.host.id, "france");
    assert_eq!(s.params[ParamId::TransferCost], 0.05);
    assert_eq!(
        problems(&notices),
        vec![
            &Problem::UnknownPreset {
                value: "atlantis".into()
            },
            &Problem::UnknownHost {
                value: "mars".into()
            },
            &Problem::OutOfRange {
                id: ParamId::TransferCost,
                value: 0.9
            },
        ]
    );
    assert!(notices.iter().all(|n| n.source == Source::Link));
}

#[test]
fn each_kind_of_bad_input_has_its_notice() {
    let cases: &[(&str, Problem)] = &[
        ("#v=2", Problem::UnknownVersion { value: "2".into() }),
        (
            "#view=charts",
            Problem::UnknownView {
                value: "charts".into(),
            },
        ),
        (
            "#lang=tlh",
            Problem::UnknownLang {
                value: "tlh".into(),
            },
        ),
        (
            "#frobnicate=1",
            Problem::UnknownParam {
                name: "frobnicate".into(),
            },
        ),
        (
            "#transfer_cost=cheap",
            Problem::NotANumber {
                id: ParamId::TransferCost,
                value: "cheap".into(),
            },
        ),
        (
            "#transfer_cost",
            Problem::Malformed {
                value: "transfer_cost".into(),
            },
        ),
        ("#=3", Problem::Malformed { value: "=3".into() }),
        (
            "#preset=%E0%A4%A",
            Problem::Malformed {
                value: "preset=%E0%A4%A".into(),
            },
        ),
        (
            "#preset=%FF",
            Problem::Malformed {
                value: "preset=%FF".into(),
            },
        ),
        (
            "#horizon_years=12.5",
            Problem::OutOfRange {
                id: ParamId::HorizonYears,
                value: 12.5,
            },
        ),
        (
            "#transfer_cost=NaN",
            Problem::OutOfRange {
                id: ParamId::TransferCost,
                value: f64::NAN,
            },
        ),
        (
            "#allow-origin=javascript:alert(1)",
            Problem::BadOrigin {
                value: "javascript:alert(1)".into(),
            },
        ),
        (
            "#view=host&view=optimum",
            Problem::Repeated {
                name: "view".into(),
            },
        ),
    ];
    for (hash, expected) in cases {
        let (s, notices) = from_link(hash);
        let got = problems(&notices);
        let matches = got.iter().any(|p| match (p, expected) {
            (Problem::OutOfRange { id: a, value: x }, Problem::OutOfRange { id: b, value: y }) => {
                a == b && (x == y || x.is_nan() && y.is_nan())
            }
            (a, b) => *a == b,
        });
        assert!(matches, "{hash}: expected {expected:?}, got {got:?}");
        assert!(s.params.validate().is_ok(), "{hash}: settings stay valid");
    }
}

#[test]
fn huge_input_is_refused_whole_and_long_values_one_by_one() {
    let huge = format!("#preset={}", "x".repeat(10_000));
    let (s, notices) = from_link(&huge);
    assert_eq!(
        problems(&notices),
        vec![&Problem::TooLong { count: 10_007 }]
    );
    assert_eq!(s.preset.id, "bangladesh-2022");
    let long = format!("#preset=mali-2022&host={}", "é".repeat(300));
    let (s, notices) = from_link(&long);
    assert_eq!(s.preset.id, "mali-2022", "the rest of the link is used");
    assert!(matches!(
        notices[0].problem,
        Problem::ValueTooLong { count: 300, .. }
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
        Problem::UnknownPreset {
            value: "<img src=x onerror=alert(1)>".into()
        }
    );
}

#[test]
fn messages_are_read_like_links() {
    let message = serde_json::json!({
        "type": "migration-explorer:set",
        "preset": "mali-2022",
        "set": { "transfer_cost": 0.03, "invested_share": "0.45" },
        "view": "optimum"
    });
    let (raw, notices) = RawSettings::from_message(&message);
    assert!(notices.is_empty());
    let (s, notices) = resolve(catalog(), &[(Source::Message, &raw)]);
    assert!(notices.is_empty());
    assert_eq!(s.params[ParamId::TransferCost], 0.03);
    assert_eq!(s.params[ParamId::InvestedShare], 0.45);
    assert_eq!(s.view, View::Optimum);
    let list = serde_json::json!({ "type": "migration-explorer:set", "set": "transfer_cost=0.02" });
    assert_eq!(
        RawSettings::from_message(&list).0.levers,
        vec![("transfer_cost".to_string(), "0.02".to_string())]
    );
}

#[test]
fn a_message_cannot_widen_who_may_send_messages() {
    let message = serde_json::json!({ "type": "migration-explorer:set", "allow-origin": "https://evil.example" });
    let (raw, notices) = RawSettings::from_message(&message);
    assert!(raw.allow_origins.is_empty());
    assert_eq!(
        problems(&notices),
        vec![&Problem::UnknownParam {
            name: "allow-origin".into()
        }]
    );
    for bad in [
        serde_json::json!(42),
        serde_json::json!([1, 2]),
        serde_json::json!({"type": "migration-explorer:set", "set": 5}),
    ] {
        let (raw, notices) = RawSettings::from_message(&bad);
        assert_eq!(raw.levers.len(), 0);
        assert_eq!(notices.len(), 1, "{bad}");
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
        "allow-origin",
        "set",
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
        assert!(s.params.validate().is_ok(), "{text:?}");
        let (attrs, _) =
            RawSettings::from_attributes([("set", text.as_str()), ("preset", text.as_str())]);
        let (s, _) = resolve(catalog(), &[(Source::Attribute, &attrs)]);
        assert!(s.params.validate().is_ok(), "{text:?}");
    }
}

#[test]
fn the_share_panel_offers_a_link_and_two_snippets_for_the_scenario() {
    let (s, _) = from_link("#preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45&view=optimum&allow-origin=https://a.example");
    let base = "https://agency.example/tools/explorer/";
    let out = migration_explorer::share::snippets(&s, base);
    assert_eq!(
        out.link,
        "https://agency.example/tools/explorer/index.html#v=1&preset=mali-2022&host=france&transfer_cost=0.03&invested_share=0.45&view=optimum"
    );
    assert_eq!(
        out.script,
        "<div data-migration-explorer data-preset=\"mali-2022\" data-host=\"france\" data-view=\"optimum\" data-lang=\"en\" data-set=\"transfer_cost=0.03,invested_share=0.45\"></div>\n<script type=\"module\" src=\"https://agency.example/tools/explorer/embed.js\"></script>"
    );
    assert!(out.iframe.starts_with(
        "<iframe src=\"https://agency.example/tools/explorer/index.html#v=1&amp;preset=mali-2022"
    ));
    // What the snippets carry reads back as the same scenario.
    let (attrs, notices) = RawSettings::from_attributes([
        ("preset", "mali-2022"),
        ("host", "france"),
        ("view", "optimum"),
        ("lang", "en"),
        ("set", "transfer_cost=0.03,invested_share=0.45"),
    ]);
    assert!(notices.is_empty());
    let (back, _) = resolve(catalog(), &[(Source::Attribute, &attrs)]);
    assert_eq!(
        (back.params, back.view, back.preset.id.as_str()),
        (s.params, s.view, "mali-2022")
    );
}
