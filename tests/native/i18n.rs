use migration_explorer::content::{ChartId, PolicyKey, Target, ThemeKey, View};
use migration_explorer::i18n::{fill, Lang, Texts};
use migration_model::{Group, Kind, ParamId, SPECS};

#[test]
fn the_main_panel_holds_the_ten_levers_with_their_labels() {
    let texts = Lang::En.texts();
    let mut main: Vec<&str> = SPECS
        .iter()
        .filter(|s| s.group == Group::Main)
        .map(|s| texts.param(s.id).label)
        .collect();
    main.sort();
    let mut expected = vec![
        "Skilled emigration rate",
        "Unskilled emigration rate",
        "Remittances sent by unskilled migrants",
        "Remittances sent by skilled migrants",
        "Transfer cost",
        "Share of remittances invested",
        "Return rate of unskilled migrants",
        "Return rate of skilled migrants",
        "Irregular migration share",
        "Years simulated",
    ];
    expected.sort();
    assert_eq!(main, expected);
}

#[test]
fn every_parameter_has_a_label_and_a_meaning_and_labels_are_unique() {
    for lang in Lang::ALL {
        let texts = lang.texts();
        let mut seen = std::collections::HashSet::new();
        let mut count = 0;
        for id in ParamId::all() {
            let words = texts.param(id);
            assert!(!words.label.trim().is_empty(), "{id}: label");
            assert!(!words.meaning.trim().is_empty(), "{id}: meaning");
            assert!(seen.insert(words.label), "duplicate label {}", words.label);
            count += 1;
        }
        assert_eq!(count, migration_model::PARAM_COUNT);
    }
}

/// The keyed tables: `ALL` lists every key once (the catalog's `match`es
/// cover every key: the compiler checks that), and every key has its words.
#[test]
fn policies_themes_charts_and_views_have_their_words_by_key() {
    fn unique<T: std::hash::Hash + Eq + std::fmt::Debug>(
        items: impl IntoIterator<Item = T>,
    ) -> usize {
        let mut seen = std::collections::HashSet::new();
        let mut count = 0;
        for item in items {
            count += 1;
            assert!(seen.insert(item), "listed twice");
        }
        count
    }
    assert_eq!(unique(PolicyKey::ALL), 5);
    assert_eq!(unique(PolicyKey::ALL.map(PolicyKey::key)), 5);
    assert_eq!(unique(ThemeKey::ALL), 13);
    assert_eq!(unique(ChartId::ALL), 11);
    assert_eq!(unique(View::ALL), 6);
    // Theme ids number the themes from 0, without a gap.
    let mut numbers: Vec<u8> = ThemeKey::ALL.map(|k| k as u8).to_vec();
    numbers.sort();
    assert_eq!(numbers, (0..13).collect::<Vec<u8>>());
    for lang in Lang::ALL {
        let t = lang.texts();
        for key in PolicyKey::ALL {
            let words = t.policy(key);
            assert!(
                !words.name.trim().is_empty() && !words.description.trim().is_empty(),
                "{key:?}"
            );
        }
        assert_eq!(unique(PolicyKey::ALL.map(|k| t.policy(k).name)), 5);
        for key in ThemeKey::ALL {
            let words = t.theme(key);
            assert!(
                !words.title.trim().is_empty() && !words.text.trim().is_empty(),
                "{key:?}"
            );
            assert!(!words.in_model.trim().is_empty(), "{key:?}");
        }
        assert_eq!(unique(ThemeKey::ALL.map(|k| t.theme(k).title)), 13);
        for id in ChartId::ALL {
            let words = t.chart(id);
            assert!(
                !words.title.trim().is_empty() && !words.y_axis.trim().is_empty(),
                "{id:?}"
            );
        }
        assert_eq!(unique(ChartId::ALL.map(|id| t.chart(id).title)), 11);
        assert_eq!(unique(View::ALL.map(|v| t.view(v))), 6);
    }
    // In English, each key lands on its own words (as before the keys, when
    // the catalog was in positions).
    let en = Lang::En.texts();
    assert_eq!(
        en.policy(PolicyKey::Sdg10c).name,
        "Cheaper transfers (SDG 10.c)"
    );
    assert_eq!(
        en.policy(PolicyKey::RegularChannels).name,
        "Regular channels"
    );
    assert_eq!(
        en.theme(ThemeKey::SkillsLost).title,
        "Skills and labour lost"
    );
    assert_eq!(Target::Theme(ThemeKey::SkillsLost).element_id(), "theme-2");
    assert_eq!(en.theme(ThemeKey::Optimum).title, "The migration optimum");
    assert_eq!(Target::Theme(ThemeKey::Optimum).element_id(), "theme-7");
    assert_eq!(
        en.chart(ChartId::HostWages).title,
        "Natives' wages, short run"
    );
    assert_eq!(en.chart(ChartId::Optimum).y_axis, "score W");
    assert_eq!(en.view(View::Themes), "The document's themes");
    assert_eq!(en.view(View::Assumptions), "Assumptions and limits");
}

/// Fills a template with every name the widget gives it and says what is left.
fn leftover(template: &str, names: &[&str]) -> Option<String> {
    let values: Vec<(&str, &str)> = names.iter().map(|n| (*n, "x")).collect();
    let out = fill(template, &values);
    (out.contains('{') || out.contains('}')).then_some(out)
}

/// Every template of the catalog with the names its caller fills in
/// (summary.rs, charts, config notices and the components).
fn templates(t: &'static Texts) -> Vec<(&'static str, &'static str, &'static [&'static str])> {
    let n = &t.notices;
    let s = &t.summary;
    let f = &t.figures;
    let bad: &[&str] = &["label", "value", "min", "max", "used"];
    let optimum: &[&str] = &["optimum", "low", "high", "current"];
    let mut all = vec![
        ("preset_changed", t.preset_changed, &["country"][..]),
        ("about_lever", t.about_lever, &["label"]),
        ("range", t.range, &["min", "max"]),
        ("default_value", t.default_value, &["value"]),
        ("policy_applied", t.policy_applied, &["name", "changes"]),
        ("policy_change", t.policy_change, &["label", "from", "to"]),
        ("policy_no_change", t.policy_no_change, &["name"]),
        (
            "host_baseline",
            t.host_baseline,
            &["origin", "n", "host", "n_host"],
        ),
        (
            "surplus_outside_range",
            t.surplus_outside_range,
            &["share", "year"],
        ),
        (
            "kappa.text",
            t.kappa.text,
            &[
                "kappa", "country", "share", "year", "r_u", "r_s", "eff_u", "eff_s",
            ],
        ),
        (
            "summary.income",
            s.income,
            &["year", "country", "value", "change", "baseline"],
        ),
        (
            "summary.remittances",
            s.remittances,
            &["year", "share", "baseline_share", "cost"],
        ),
        (
            "summary.skills",
            s.skills,
            &["year", "share", "baseline", "rate"],
        ),
        (
            "summary.host",
            s.host,
            &["host", "year", "share", "migrants"],
        ),
        (
            "summary.pinned",
            s.pinned,
            &[
                "year",
                "change",
                "value",
                "a_value",
                "share",
                "a_share",
                "optimum",
                "a_optimum",
            ],
        ),
        ("summary.optimum_below", s.optimum_below, optimum),
        ("summary.optimum_at", s.optimum_at, optimum),
        ("summary.optimum_above", s.optimum_above, optimum),
        ("summary.no_optimum_falls", s.no_optimum_falls, optimum),
        ("summary.no_optimum_rises", s.no_optimum_rises, optimum),
        (
            "figures.host_emigrants_from_origin",
            f.host_emigrants_from_origin,
            &["origin"],
        ),
        (
            "figures.host_corridor_share",
            f.host_corridor_share,
            &["origin"],
        ),
        (
            "notices.unknown_preset",
            n.unknown_preset,
            &["value", "default"],
        ),
        (
            "notices.unknown_host",
            n.unknown_host,
            &["value", "preset", "default"],
        ),
        ("notices.unknown_param", n.unknown_param, &["name"]),
        ("notices.not_a_number", n.not_a_number, bad),
        ("notices.out_of_range", n.out_of_range, bad),
        ("notices.not_whole", n.not_whole, bad),
        ("notices.default_used", n.default_used, &["default"]),
        ("notices.reserved", n.reserved, &["name"]),
        ("notices.old_version", n.old_version, &["value"]),
        ("notices.unknown_view", n.unknown_view, &["value"]),
        ("notices.unknown_lang", n.unknown_lang, &["value"]),
        ("notices.unknown_version", n.unknown_version, &["value"]),
        ("notices.bad_origin", n.bad_origin, &["value"]),
        ("notices.malformed", n.malformed, &["value"]),
        ("notices.too_long", n.too_long, &["count", "limit"]),
        (
            "notices.value_too_long",
            n.value_too_long,
            &["name", "count", "limit"],
        ),
        ("notices.repeated", n.repeated, &["name"]),
        ("notices.unknown_mode", n.unknown_mode, &["value"]),
        ("notices.unknown_lesson", n.unknown_lesson, &["value"]),
        ("notices.bad_step", n.bad_step, &["value", "steps"]),
        (
            "notices.step_without_lesson",
            n.step_without_lesson,
            &["value"],
        ),
        ("notices.pinned", n.pinned, &["problem"]),
        ("notices.unpinned", n.unpinned, &[]),
        ("share.copied", t.share.copied, &["what"]),
        (
            "attribution.version",
            t.attribution.version,
            &["version", "model", "data"],
        ),
        (
            "attribution.cite",
            t.attribution.cite,
            &["version", "model", "data"],
        ),
        ("download_png", t.download_png, &["title"]),
        ("download_svg", t.download_svg, &["title"]),
    ];
    for column in &t.history.columns {
        all.push(("history.columns", *column, &["year"]));
    }
    all
}

#[test]
fn every_template_hole_is_one_the_widget_fills() {
    for lang in Lang::ALL {
        let texts = lang.texts();
        for (name, template, names) in templates(texts) {
            assert!(!template.trim().is_empty(), "{name} is empty");
            assert_eq!(
                leftover(template, names),
                None,
                "{name}: a hole nobody fills"
            );
        }
    }
}

#[test]
fn the_new_templates_carry_their_numbers() {
    let texts = Lang::En.texts();
    let holes = |template: &str| -> Vec<String> {
        template
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
            .collect()
    };
    // κ_R: its value, the data it reproduces and both effective shares.
    for hole in ["kappa", "country", "share", "eff_u", "eff_s"] {
        assert!(
            holes(texts.kappa.text).iter().any(|h| h == hole),
            "kappa.text has {{{hole}}}"
        );
    }
    // The model and observed columns say which year they are.
    assert!(holes(texts.history.columns[2]).contains(&"year".to_string()));
    assert!(holes(texts.history.columns[3]).contains(&"year".to_string()));
    let year = [("year", "2022")];
    assert_eq!(fill(texts.history.columns[2], &year), "Model, 2022");
    // The host baseline names both growth rates; the preset note its country.
    let mut host = holes(texts.host_baseline);
    host.sort();
    assert_eq!(host, ["host", "n", "n_host", "origin"]);
    assert_eq!(holes(texts.preset_changed), ["country"]);
    // The three reasons of the model each name the value and what is used instead.
    for template in [
        texts.notices.not_a_number,
        texts.notices.out_of_range,
        texts.notices.not_whole,
    ] {
        let h = holes(template);
        for hole in ["label", "value", "used"] {
            assert!(h.contains(&hole.to_string()), "{template}");
        }
    }
    assert!(holes(texts.notices.out_of_range).contains(&"min".to_string()));
    assert_eq!(holes(texts.notices.reserved), ["name"]);
}

#[test]
fn the_two_kinds_of_parameter_have_their_words() {
    let texts = Lang::En.texts();
    assert!(!texts.kind_scenario.is_empty() && !texts.kind_assumption.is_empty());
    assert_ne!(texts.kind_scenario, texts.kind_assumption);
    assert_eq!(texts.advanced_levers, "More scenario levers");
    assert_eq!(texts.advanced_assumptions, "Assumptions");
    assert_eq!(texts.reset_assumptions, "Reset assumptions");
    assert!(!texts.lever_set.is_empty());
    // Every assumption sits under "Advanced" or the host, but horizon_years.
    for spec in SPECS.iter().filter(|s| s.kind == Kind::Assumption) {
        assert!(
            spec.group != Group::Main || spec.id == ParamId::HorizonYears,
            "{}",
            spec.name
        );
    }
}

#[test]
fn fill_replaces_named_holes_and_keeps_unknown_ones_visible() {
    assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
    assert_eq!(fill("{a} {missing}", &[("a", "x")]), "x {missing}");
    assert_eq!(fill("open { brace", &[]), "open { brace");
    // Values are text: a value that looks like a hole is not filled again.
    assert_eq!(fill("{a}", &[("a", "{b}"), ("b", "no")]), "{b}");
}

#[test]
fn language_tags_are_read_leniently() {
    assert_eq!(Lang::from_tag("en"), Some(Lang::En));
    assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
    assert_eq!(Lang::from_tag("xx"), None);
    assert_eq!(Lang::from_tag(""), None);
}
