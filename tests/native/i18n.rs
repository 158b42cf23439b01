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

/// The keyed tables: `ALL` lists every key once (the catalogue's `match`es
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
    let (policies, themes) = (PolicyKey::ALL.len(), ThemeKey::ALL.len());
    let (lines, charts) = (ChartId::LINES.len(), ChartId::ALL.len());
    assert_eq!(unique(PolicyKey::ALL), policies);
    assert_eq!(unique(PolicyKey::ALL.map(PolicyKey::key)), policies);
    assert_eq!(unique(ThemeKey::ALL), themes);
    assert_eq!(unique(ChartId::LINES), lines);
    assert_eq!(unique(View::ALL), View::ALL.len());
    assert_eq!(unique(ChartId::ALL), charts);
    // Theme ids number the themes from 0, without a gap.
    let mut numbers: Vec<u8> = ThemeKey::ALL.map(|k| k as u8).to_vec();
    numbers.sort();
    assert_eq!(numbers, (0..themes as u8).collect::<Vec<u8>>());
    for lang in Lang::ALL {
        let t = lang.texts();
        for key in PolicyKey::ALL {
            let words = t.policy(key);
            assert!(
                !words.name.trim().is_empty() && !words.description.trim().is_empty(),
                "{key:?}"
            );
        }
        assert_eq!(unique(PolicyKey::ALL.map(|k| t.policy(k).name)), policies);
        for key in ThemeKey::ALL {
            let words = t.theme(key);
            assert!(
                !words.title.trim().is_empty() && !words.text.trim().is_empty(),
                "{key:?}"
            );
            assert!(!words.in_model.trim().is_empty(), "{key:?}");
        }
        assert_eq!(unique(ThemeKey::ALL.map(|k| t.theme(k).title)), themes);
        for id in ChartId::ALL {
            let words = t.chart(id);
            assert!(
                !words.title.trim().is_empty() && !words.y_axis.trim().is_empty(),
                "{id:?}"
            );
        }
        assert_eq!(unique(ChartId::LINES.map(|id| t.chart(id).title)), lines);
        assert_eq!(unique(ChartId::ALL.map(|id| t.chart(id).title)), charts);
        assert_eq!(unique(View::ALL.map(|v| t.view(v))), View::ALL.len());
    }
    // In English, each key lands on its own words (as before the keys, when
    // the catalogue was in positions).
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

/// `ChartId::ALL` is generated; `LINES` and `TORNADOS` are written by hand:
/// together they must be every chart, each once, so that a new chart cannot
/// be missing from both (or be in both).
#[test]
fn the_line_charts_and_the_tornados_are_every_chart_once() {
    let mut split: Vec<ChartId> = ChartId::LINES
        .into_iter()
        .chain(ChartId::TORNADOS)
        .collect();
    split.sort_by_key(|id| *id as usize);
    assert_eq!(split, ChartId::ALL);
    assert!(ChartId::TORNADOS
        .iter()
        .all(|id| id.view() == View::Drivers));
    assert!(ChartId::LINES.iter().all(|id| id.view() != View::Drivers));
}

/// Fills a template with every name the widget gives it and says what is left.
fn leftover(template: &str, names: &[&str]) -> Option<String> {
    let values: Vec<(&str, &str)> = names.iter().map(|n| (*n, "x")).collect();
    let out = fill(template, &values);
    (out.contains('{') || out.contains('}')).then_some(out)
}

/// The holes a preset's country fills (`Lang::place_holes`).
const ORIGIN: &[&str] = &["country", "in_country", "of_country", "from_country"];

/// Every template of the catalogue with the names its caller fills in
/// (summary.rs, charts, config notices and the components).
fn templates(t: &'static Texts) -> Vec<(&'static str, &'static str, &'static [&'static str])> {
    let n = &t.notices;
    let s = &t.summary;
    let f = &t.figures;
    let bad: &[&str] = &["label", "value", "min", "max", "used"];
    let optimum: &[&str] = &["optimum", "low", "high", "near_low", "near_high", "current"];
    let o = &t.optimum;
    let w = &t.who;
    let mut all = vec![
        ("preset_changed", t.preset_changed, &["country"][..]),
        ("offline_updated", t.offline_updated, &["version"]),
        ("about_lever", t.about_lever, &["label"]),
        ("range", t.range, &["min", "max"]),
        ("default_value", t.default_value, &["value"]),
        ("policy_applied", t.policy_applied, &["name", "changes"]),
        ("policy_change", t.policy_change, &["label", "from", "to"]),
        ("policy_no_change", t.policy_no_change, &["name"]),
        (
            "host_baseline",
            t.host_baseline,
            &[
                "country",
                "in_country",
                "of_country",
                "from_country",
                "host",
                "in_host",
                "of_host",
                "from_host",
                "n",
                "n_host",
            ],
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
                "kappa",
                "country",
                "in_country",
                "of_country",
                "from_country",
                "share",
                "year",
                "r_u",
                "r_s",
                "eff_u",
                "eff_s",
                "sent",
            ],
        ),
        (
            "summary.income",
            s.income,
            &[
                "year",
                "country",
                "in_country",
                "of_country",
                "from_country",
                "value",
                "change",
                "baseline",
            ],
        ),
        (
            "summary.remittances",
            s.remittances,
            &["year", "share", "baseline_share", "cost", "change"],
        ),
        (
            "summary.skills",
            s.skills,
            &["year", "share", "baseline", "rate"],
        ),
        (
            "summary.host",
            s.host,
            &[
                "host",
                "in_host",
                "of_host",
                "from_host",
                "year",
                "share",
                "migrants",
            ],
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
        ("summary.optimum_within", s.optimum_within, optimum),
        ("summary.optimum_at", s.optimum_at, optimum),
        ("optimum.near_range", o.near_range, &["low", "high"]),
        (
            "optimum.weight_between",
            o.weight_between,
            &["lo", "hi", "weight"],
        ),
        ("optimum.weight_from", o.weight_from, &["lo", "weight"]),
        ("optimum.weight_none_below", o.weight_none_below, &["rate"]),
        ("optimum.weight_none_above", o.weight_none_above, &["rate"]),
        ("who.wages_inverted", w.wages_inverted, &["year"]),
        (
            "who.split",
            w.split,
            &["unskilled", "skilled", "composition"],
        ),
        ("who.migrants", w.migrants, &["year", "change", "psi"]),
        ("displacement", t.displacement, &["share"]),
        ("summary.optimum_above", s.optimum_above, optimum),
        ("summary.no_optimum_falls", s.no_optimum_falls, optimum),
        ("summary.no_optimum_rises", s.no_optimum_rises, optimum),
        (
            "uncertainty.described",
            t.uncertainty.described,
            &["label", "low", "high"],
        ),
        (
            "uncertainty.summary",
            t.uncertainty.summary,
            &["year", "low", "high"],
        ),
        (
            "figures.host_emigrants_from_origin",
            f.host_emigrants_from_origin,
            ORIGIN,
        ),
        ("figures.host_corridor_share", f.host_corridor_share, ORIGIN),
        (
            "figures.host_corridor_remittance_share",
            f.host_corridor_remittance_share,
            ORIGIN,
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
        (
            "assumptions_data_of",
            t.assumptions_data_of,
            &["preset", "host"],
        ),
        ("notices.not_a_number", n.not_a_number, bad),
        ("notices.out_of_range", n.out_of_range, bad),
        ("notices.not_whole", n.not_whole, bad),
        ("notices.default_used", n.default_used, &["default"]),
        ("notices.bad_uncertainty", n.bad_uncertainty, &["value"]),
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
        ("access.share", t.access.share, &["value"]),
        ("access.share_of", t.access.share_of, &["value", "of"]),
        ("access.per_year", t.access.per_year, &["value"]),
        ("access.per_year_of", t.access.per_year_of, &["value", "of"]),
        ("access.years", t.access.years, &["value"]),
        ("access.ratio", t.access.ratio, &["value"]),
        ("access.number", t.access.number, &["value"]),
        ("access.numbers_of", t.access.numbers_of, &["title"]),
        ("access.column", t.access.column, &["series", "unit"]),
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
    for hole in ["kappa", "in_country", "share", "eff_u", "eff_s"] {
        assert!(
            holes(texts.kappa.text).iter().any(|h| h == hole),
            "kappa.text has {{{hole}}}"
        );
    }
    // Each row says its observation's year, in a column of its own (v3).
    assert_eq!(
        texts.history.columns,
        ["Country", "Quantity", "Year", "Model", "Observed"]
    );
    // The host baseline names both growth rates; the preset note its country.
    let mut host = holes(texts.host_baseline);
    host.sort();
    assert_eq!(host, ["n", "n_host", "of_country", "of_host"]);
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
    assert_eq!(holes(texts.notices.bad_uncertainty), ["value"]);
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

// Every language against English: one list of every string of a catalogue.

use migration_explorer::i18n::{
    AccessTexts, AttributionTexts, BriefTexts, ChartText, CompareTexts, DriversTexts, FigureLabels,
    HistoryTexts, KappaTexts, LessonText, LessonsTexts, NoticeTexts, NumberTexts, OptimumTexts,
    ParamText, PolicyText, PresentTexts, ShareTexts, StepText, SummaryTexts, ThemeText,
    UncertaintyTexts, WhoGainsTexts,
};
use migration_explorer::lessons::LessonKey;
use std::collections::BTreeSet;

/// Every string of a catalogue, named by its field (and key), in one order for
/// every language. The patterns name every field, so a field added to
/// `Texts` without a place here does not compile.
fn strings(t: &'static Texts) -> Vec<(String, &'static str)> {
    let Texts {
        lang: _,
        numbers,
        title,
        subtitle,
        language,
        country,
        host_country,
        reset,
        menu,
        reset_assumptions,
        preset_changed,
        offline_ready,
        offline_updated,
        download_csv,
        download_png,
        download_svg,
        view,
        views_label,
        levers_heading,
        advanced,
        advanced_levers,
        advanced_assumptions,
        assumptions_explained,
        advanced_origin,
        advanced_host,
        lever_set,
        about_lever,
        range,
        default_value,
        source,
        illustrates,
        param,
        param_source,
        policies_heading,
        policy,
        policy_applied,
        policy_change,
        policy_no_change,
        scenario,
        baseline,
        year,
        chart,
        origin_baseline,
        origin_baseline_effects,
        host_baseline,
        displacement,
        cost_extrapolates,
        surplus_change_axis,
        surplus_outside_range,
        optimum,
        who,
        summary,
        uncertainty,
        themes_heading,
        themes_intro,
        theme,
        see_in_model,
        back_to_theme,
        not_modelled,
        assumptions_heading,
        assumptions_levers,
        assumptions_data,
        assumptions_data_of,
        limits_heading,
        limits,
        kappa,
        history,
        lever_columns,
        kind_scenario,
        kind_assumption,
        figure_columns,
        status_verified,
        status_derived,
        status_calibration,
        status_preset,
        figures,
        notes,
        sources_heading,
        attribution,
        notices,
        share,
        lessons,
        lesson,
        step,
        compare,
        present,
        brief,
        drivers,
        error_heading,
        error_text,
        reload,
        access,
    } = t;
    let mut all: Vec<(String, &'static str)> = Vec::new();
    let mut put = |name: &str, text: &'static str| all.push((name.to_string(), text));
    let NumberTexts {
        group: _,
        decimal: _,
        million,
        millions,
        billion,
        billions,
        singular: _,
        usd,
        usd_scaled,
        scaled,
        years,
        per_year,
        ratio,
    } = numbers;
    for (name, text) in [
        ("numbers.million", million),
        ("numbers.millions", millions),
        ("numbers.billion", billion),
        ("numbers.billions", billions),
        ("numbers.usd", usd),
        ("numbers.usd_scaled", usd_scaled),
        ("numbers.scaled", scaled),
        ("numbers.years", years),
        ("numbers.per_year", per_year),
        ("numbers.ratio", ratio),
        ("title", title),
        ("subtitle", subtitle),
        ("language", language),
        ("country", country),
        ("host_country", host_country),
        ("reset", reset),
        ("menu", menu),
        ("reset_assumptions", reset_assumptions),
        ("preset_changed", preset_changed),
        ("offline_ready", offline_ready),
        ("offline_updated", offline_updated),
        ("download_csv", download_csv),
        ("download_png", download_png),
        ("download_svg", download_svg),
        ("views_label", views_label),
        ("levers_heading", levers_heading),
        ("advanced", advanced),
        ("advanced_levers", advanced_levers),
        ("advanced_assumptions", advanced_assumptions),
        ("assumptions_explained", assumptions_explained),
        ("advanced_origin", advanced_origin),
        ("advanced_host", advanced_host),
        ("lever_set", lever_set),
        ("about_lever", about_lever),
        ("range", range),
        ("default_value", default_value),
        ("source", source),
        ("illustrates", illustrates),
        ("policies_heading", policies_heading),
        ("policy_applied", policy_applied),
        ("policy_change", policy_change),
        ("policy_no_change", policy_no_change),
        ("scenario", scenario),
        ("baseline", baseline),
        ("year", year),
        ("origin_baseline", origin_baseline),
        ("origin_baseline_effects", origin_baseline_effects),
        ("host_baseline", host_baseline),
        ("displacement", displacement),
        ("cost_extrapolates", cost_extrapolates),
        ("surplus_change_axis", surplus_change_axis),
        ("surplus_outside_range", surplus_outside_range),
        ("themes_heading", themes_heading),
        ("themes_intro", themes_intro),
        ("see_in_model", see_in_model),
        ("back_to_theme", back_to_theme),
        ("not_modelled", not_modelled),
        ("assumptions_heading", assumptions_heading),
        ("assumptions_levers", assumptions_levers),
        ("assumptions_data", assumptions_data),
        ("assumptions_data_of", assumptions_data_of),
        ("limits_heading", limits_heading),
        ("kind_scenario", kind_scenario),
        ("kind_assumption", kind_assumption),
        ("status_verified", status_verified),
        ("status_derived", status_derived),
        ("status_calibration", status_calibration),
        ("status_preset", status_preset),
        ("notes", notes),
        ("sources_heading", sources_heading),
        ("error_heading", error_heading),
        ("error_text", error_text),
        ("reload", reload),
    ] {
        put(name, text);
    }
    for (i, text) in limits.iter().enumerate() {
        put(&format!("limits[{i}]"), text);
    }
    for (i, text) in lever_columns.iter().enumerate() {
        put(&format!("lever_columns[{i}]"), text);
    }
    for (i, text) in figure_columns.iter().enumerate() {
        put(&format!("figure_columns[{i}]"), text);
    }
    let OptimumTexts {
        current,
        optimum,
        band,
        near,
        near_range,
        weight_between,
        weight_from,
        weight_none_below,
        weight_none_above,
        x_axis,
        explanation,
        unskilled_note,
        reflects,
    } = optimum;
    for (name, text) in [
        ("optimum.current", current),
        ("optimum.optimum", optimum),
        ("optimum.band", band),
        ("optimum.near", near),
        ("optimum.near_range", near_range),
        ("optimum.weight_between", weight_between),
        ("optimum.weight_from", weight_from),
        ("optimum.weight_none_below", weight_none_below),
        ("optimum.weight_none_above", weight_none_above),
        ("optimum.x_axis", x_axis),
        ("optimum.explanation", explanation),
        ("optimum.unskilled_note", unskilled_note),
        ("optimum.reflects", reflects),
    ] {
        put(name, text);
    }
    let WhoGainsTexts {
        per_worker,
        unskilled,
        skilled,
        per_native,
        wage_unskilled,
        wage_skilled,
        wages_inverted,
        split,
        migrants,
    } = who;
    for (name, text) in [
        ("who.per_worker", per_worker),
        ("who.unskilled", unskilled),
        ("who.skilled", skilled),
        ("who.per_native", per_native),
        ("who.wage_unskilled", wage_unskilled),
        ("who.wage_skilled", wage_skilled),
        ("who.wages_inverted", wages_inverted),
        ("who.split", split),
        ("who.migrants", migrants),
    ] {
        put(name, text);
    }
    let SummaryTexts {
        heading,
        income,
        remittances,
        skills,
        host,
        pinned,
        optimum_below,
        optimum_within,
        optimum_at,
        optimum_above,
        no_optimum_falls,
        no_optimum_rises,
    } = summary;
    for (name, text) in [
        ("summary.heading", heading),
        ("summary.income", income),
        ("summary.remittances", remittances),
        ("summary.skills", skills),
        ("summary.host", host),
        ("summary.pinned", pinned),
        ("summary.optimum_below", optimum_below),
        ("summary.optimum_within", optimum_within),
        ("summary.optimum_at", optimum_at),
        ("summary.optimum_above", optimum_above),
        ("summary.no_optimum_falls", no_optimum_falls),
        ("summary.no_optimum_rises", no_optimum_rises),
    ] {
        put(name, text);
    }
    let UncertaintyTexts {
        switch,
        explained,
        income,
        remittances,
        band,
        percentiles,
        described,
        summary,
    } = uncertainty;
    for (name, words) in [("income", income), ("remittances", remittances)] {
        let ChartText {
            title,
            y_axis,
            note,
            at_zero,
        } = words;
        put(&format!("uncertainty.{name}.title"), title);
        put(&format!("uncertainty.{name}.y_axis"), y_axis);
        put(&format!("uncertainty.{name}.note"), note);
        put(&format!("uncertainty.{name}.at_zero"), at_zero);
    }
    for (name, text) in [
        ("uncertainty.switch", switch),
        ("uncertainty.explained", explained),
        ("uncertainty.band", band),
        ("uncertainty.described", described),
        ("uncertainty.summary", summary),
    ] {
        put(name, text);
    }
    for (i, text) in percentiles.iter().enumerate() {
        put(&format!("uncertainty.percentiles[{i}]"), text);
    }
    let KappaTexts {
        heading,
        text,
        caveat,
    } = kappa;
    put("kappa.heading", heading);
    put("kappa.text", text);
    put("kappa.caveat", caveat);
    let HistoryTexts {
        heading,
        intro,
        columns,
        remittances_to_gdp,
        skilled_share,
        diaspora_people,
    } = history;
    put("history.heading", heading);
    put("history.intro", intro);
    for (i, text) in columns.iter().enumerate() {
        put(&format!("history.columns[{i}]"), text);
    }
    put("history.remittances_to_gdp", remittances_to_gdp);
    put("history.skilled_share", skilled_share);
    put("history.diaspora_people", diaspora_people);
    let FigureLabels {
        labour_force,
        population,
        gdp_usd,
        remittances_usd,
        rem_gdp0,
        emigrant_stock,
        d0,
        h0,
        m_s0,
        transfer_cost,
        wage_ratio_unskilled,
        wage_ratio_skilled,
        labour_growth,
        doctors_abroad,
        host_labour_force,
        host_gdp_usd,
        host_immigrant_share,
        host_emigrants_from_origin,
        host_corridor_share,
        host_corridor_remittance_share,
        host_displacement,
        host_send_cost,
        host_labour_growth,
    } = figures;
    for (name, text) in [
        ("figures.labour_force", labour_force),
        ("figures.population", population),
        ("figures.gdp_usd", gdp_usd),
        ("figures.remittances_usd", remittances_usd),
        ("figures.rem_gdp0", rem_gdp0),
        ("figures.emigrant_stock", emigrant_stock),
        ("figures.d0", d0),
        ("figures.h0", h0),
        ("figures.m_s0", m_s0),
        ("figures.transfer_cost", transfer_cost),
        ("figures.wage_ratio_unskilled", wage_ratio_unskilled),
        ("figures.wage_ratio_skilled", wage_ratio_skilled),
        ("figures.labour_growth", labour_growth),
        ("figures.doctors_abroad", doctors_abroad),
        ("figures.host_labour_force", host_labour_force),
        ("figures.host_gdp_usd", host_gdp_usd),
        ("figures.host_immigrant_share", host_immigrant_share),
        (
            "figures.host_corridor_remittance_share",
            host_corridor_remittance_share,
        ),
        ("figures.host_displacement", host_displacement),
        (
            "figures.host_emigrants_from_origin",
            host_emigrants_from_origin,
        ),
        ("figures.host_corridor_share", host_corridor_share),
        ("figures.host_send_cost", host_send_cost),
        ("figures.host_labour_growth", host_labour_growth),
    ] {
        put(name, text);
    }
    let AttributionTexts {
        edition,
        indicators,
        terms,
        results_ours,
        version,
        cite,
    } = attribution;
    for (name, text) in [
        ("attribution.edition", edition),
        ("attribution.indicators", indicators),
        ("attribution.terms", terms),
        ("attribution.results_ours", results_ours),
        ("attribution.version", version),
        ("attribution.cite", cite),
    ] {
        put(name, text);
    }
    let NoticeTexts {
        heading,
        dismiss,
        unknown_preset,
        unknown_host,
        unknown_param,
        not_a_number,
        out_of_range,
        not_whole,
        default_used,
        bad_uncertainty,
        old_version,
        unknown_view,
        unknown_lang,
        unknown_version,
        bad_origin,
        malformed,
        too_long,
        value_too_long,
        repeated,
        unknown_mode,
        unknown_lesson,
        bad_step,
        step_without_lesson,
        pinned,
        unpinned,
        from_link,
        from_attribute,
        from_message,
    } = notices;
    for (name, text) in [
        ("notices.heading", heading),
        ("notices.dismiss", dismiss),
        ("notices.unknown_preset", unknown_preset),
        ("notices.unknown_host", unknown_host),
        ("notices.unknown_param", unknown_param),
        ("notices.not_a_number", not_a_number),
        ("notices.out_of_range", out_of_range),
        ("notices.not_whole", not_whole),
        ("notices.default_used", default_used),
        ("notices.bad_uncertainty", bad_uncertainty),
        ("notices.old_version", old_version),
        ("notices.unknown_view", unknown_view),
        ("notices.unknown_lang", unknown_lang),
        ("notices.unknown_version", unknown_version),
        ("notices.bad_origin", bad_origin),
        ("notices.malformed", malformed),
        ("notices.too_long", too_long),
        ("notices.value_too_long", value_too_long),
        ("notices.repeated", repeated),
        ("notices.unknown_mode", unknown_mode),
        ("notices.unknown_lesson", unknown_lesson),
        ("notices.bad_step", bad_step),
        ("notices.step_without_lesson", step_without_lesson),
        ("notices.pinned", pinned),
        ("notices.unpinned", unpinned),
        ("notices.from_link", from_link),
        ("notices.from_attribute", from_attribute),
        ("notices.from_message", from_message),
    ] {
        put(name, text);
    }
    let ShareTexts {
        button,
        heading,
        intro,
        link,
        script,
        script_note,
        iframe,
        iframe_note,
        copy,
        copied,
        copy_failed,
        close,
    } = share;
    for (name, text) in [
        ("share.button", button),
        ("share.heading", heading),
        ("share.intro", intro),
        ("share.link", link),
        ("share.script", script),
        ("share.script_note", script_note),
        ("share.iframe", iframe),
        ("share.iframe_note", iframe_note),
        ("share.copy", copy),
        ("share.copied", copied),
        ("share.copy_failed", copy_failed),
        ("share.close", close),
    ] {
        put(name, text);
    }
    let LessonsTexts {
        heading,
        intro,
        step_of,
        back,
        next,
        leave,
        changed,
        restore,
        question,
        for_teacher,
        worksheet,
        name_line,
        answer,
    } = lessons;
    for (name, text) in [
        ("lessons.heading", heading),
        ("lessons.intro", intro),
        ("lessons.step_of", step_of),
        ("lessons.back", back),
        ("lessons.next", next),
        ("lessons.leave", leave),
        ("lessons.changed", changed),
        ("lessons.restore", restore),
        ("lessons.question", question),
        ("lessons.for_teacher", for_teacher),
        ("lessons.worksheet", worksheet),
        ("lessons.name_line", name_line),
        ("lessons.answer", answer),
    ] {
        put(name, text);
    }
    let CompareTexts { pin, unpin, pinned } = compare;
    put("compare.pin", pin);
    put("compare.unpin", unpin);
    put("compare.pinned", pinned);
    let PresentTexts {
        present,
        leave,
        levers,
        close_levers,
        previous,
        next,
        chart_of,
    } = present;
    for (name, text) in [
        ("present.present", present),
        ("present.leave", leave),
        ("present.levers", levers),
        ("present.close_levers", close_levers),
        ("present.previous", previous),
        ("present.next", next),
        ("present.chart_of", chart_of),
    ] {
        put(name, text);
    }
    let BriefTexts {
        print_brief,
        print,
        heading,
        setting,
        dated,
        levers_heading,
        lever_columns,
        no_levers,
        assumptions_heading,
        assumption_columns,
        more_assumptions,
        verdict,
        link,
        charts_heading,
        worksheet,
        no_lesson,
        back,
    } = brief;
    for (name, text) in [
        ("brief.print_brief", print_brief),
        ("brief.print", print),
        ("brief.heading", heading),
        ("brief.setting", setting),
        ("brief.dated", dated),
        ("brief.levers_heading", levers_heading),
        ("brief.no_levers", no_levers),
        ("brief.assumptions_heading", assumptions_heading),
        ("brief.more_assumptions", more_assumptions),
        ("brief.verdict", verdict),
        ("brief.link", link),
        ("brief.charts_heading", charts_heading),
        ("brief.worksheet", worksheet),
        ("brief.no_lesson", no_lesson),
        ("brief.back", back),
    ] {
        put(name, text);
    }
    for (i, text) in lever_columns.iter().enumerate() {
        put(&format!("brief.lever_columns[{i}]"), text);
    }
    for (i, text) in assumption_columns.iter().enumerate() {
        put(&format!("brief.assumption_columns[{i}]"), text);
    }
    let DriversTexts {
        intro,
        computing,
        low,
        high,
        central,
        quoted,
        at,
        bar,
        unmoved,
        at_baseline,
        top,
        levers_heading,
        lever,
        no_levers,
        columns,
        download_csv,
    } = drivers;
    for (name, text) in [
        ("drivers.intro", intro),
        ("drivers.computing", computing),
        ("drivers.low", low),
        ("drivers.high", high),
        ("drivers.central", central),
        ("drivers.quoted", quoted),
        ("drivers.at", at),
        ("drivers.bar", bar),
        ("drivers.unmoved", unmoved),
        ("drivers.at_baseline", at_baseline),
        ("drivers.levers_heading", levers_heading),
        ("drivers.lever", lever),
        ("drivers.no_levers", no_levers),
        ("drivers.download_csv", download_csv),
    ] {
        put(name, text);
    }
    for (i, text) in top.iter().enumerate() {
        put(&format!("drivers.top[{i}]"), text);
    }
    for (i, text) in columns.iter().enumerate() {
        put(&format!("drivers.columns[{i}]"), text);
    }
    let AccessTexts {
        share,
        share_of,
        per_year,
        per_year_of,
        years,
        ratio,
        number,
        of,
        show_numbers,
        numbers_of,
        column,
    } = access;
    for (name, text) in [
        ("access.share", share),
        ("access.share_of", share_of),
        ("access.per_year", per_year),
        ("access.per_year_of", per_year_of),
        ("access.years", years),
        ("access.ratio", ratio),
        ("access.number", number),
        ("access.show_numbers", show_numbers),
        ("access.numbers_of", numbers_of),
        ("access.column", column),
    ] {
        put(name, text);
    }
    // The lookups, key by key.
    for id in ParamId::all() {
        let ParamText { label, meaning } = param(id);
        put(&format!("param({id:?}).label"), label);
        put(&format!("param({id:?}).meaning"), meaning);
        put(&format!("param_source({id:?})"), param_source(id));
        put(&format!("access.of({id:?})"), of(id));
    }
    for v in View::ALL {
        put(&format!("view({v:?})"), view(v));
    }
    for key in PolicyKey::ALL {
        let PolicyText { name, description } = policy(key);
        put(&format!("policy({key:?}).name"), name);
        put(&format!("policy({key:?}).description"), description);
    }
    for id in ChartId::ALL {
        let ChartText {
            title,
            y_axis,
            note,
            at_zero,
        } = chart(id);
        put(&format!("chart({id:?}).title"), title);
        put(&format!("chart({id:?}).y_axis"), y_axis);
        put(&format!("chart({id:?}).note"), note);
        put(&format!("chart({id:?}).at_zero"), at_zero);
    }
    for key in ThemeKey::ALL {
        let ThemeText {
            title,
            text,
            in_model,
        } = theme(key);
        put(&format!("theme({key:?}).title"), title);
        put(&format!("theme({key:?}).text"), text);
        put(&format!("theme({key:?}).in_model"), in_model);
    }
    for key in LessonKey::ALL {
        let LessonText { title, summary } = lesson(key);
        put(&format!("lesson({key:?}).title"), title);
        put(&format!("lesson({key:?}).summary"), summary);
        for s in key.lesson().steps {
            let StepText {
                title,
                notice,
                question,
                teacher,
            } = step(*s);
            put(&format!("step({s:?}).title"), title);
            put(&format!("step({s:?}).notice"), notice);
            put(&format!("step({s:?}).question"), question);
            put(&format!("step({s:?}).teacher"), teacher);
        }
    }
    all
}

/// The `{name}` holes of a template, as a set.
fn hole_set(template: &str) -> BTreeSet<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_language_has_every_string_where_english_has_one() {
    let en = strings(Lang::En.texts());
    assert!(en.len() > 500, "{} strings", en.len());
    for lang in Lang::ALL {
        let other = strings(lang.texts());
        assert_eq!(other.len(), en.len(), "{lang:?}");
        for ((name, text), (_, english)) in other.iter().zip(&en) {
            // Notes and "at zero" sentences may be empty, in every language alike;
            // so are the shares that need no "of" words.
            assert_eq!(
                text.trim().is_empty(),
                english.trim().is_empty(),
                "{lang:?} {name}: {text:?} against {english:?}"
            );
        }
    }
}

#[test]
fn every_template_has_the_holes_of_the_english_one() {
    let en = strings(Lang::En.texts());
    for lang in Lang::ALL {
        for ((name, text), (_, english)) in strings(lang.texts()).iter().zip(&en) {
            assert_eq!(hole_set(text), hole_set(english), "{lang:?} {name}: {text}");
        }
    }
}

/// A template's words, without its holes.
fn outside_holes(template: &str) -> String {
    let mut words = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        words.push_str(&rest[..start]);
        rest = rest[start..].split_once('}').map_or("", |(_, after)| after);
    }
    words.push_str(rest);
    words
}

/// Words that are the same in English and French: names, and strings
/// without a letter outside their holes ("{value}", "{series} ({unit})").
const SAME_IN_BOTH: [&str; 3] = ["Migration Explorer", "million", "Menu"];

#[test]
fn no_french_string_is_left_in_english() {
    let en = strings(Lang::En.texts());
    let fr = strings(Lang::Fr.texts());
    for ((name, text), (_, english)) in fr.iter().zip(&en) {
        let words = outside_holes(text);
        if !words.chars().any(char::is_alphabetic) || SAME_IN_BOTH.contains(text) {
            continue;
        }
        assert_ne!(text, english, "{name} is still in English");
    }
    // French takes the UN's terms (holes such as {remittances_change} aside).
    let all: String = fr
        .iter()
        .map(|(_, t)| outside_holes(t))
        .collect::<Vec<_>>()
        .join(" ");
    for term in [
        "envois de fonds",
        "fuite des cerveaux",
        "gain de cerveaux",
        "codéveloppement",
        "pays d’origine",
        "pays d’accueil",
        "ODD 10.c",
        "OIM",
        "OIT",
        "HCR",
        "FAO",
        "pays les moins avancés",
    ] {
        assert!(all.contains(term), "no {term:?} in French");
    }
    for english in ["remittance", "brain drain", "SDG", "IOM", "ILO", "UNHCR"] {
        assert!(!all.contains(english), "{english:?} in French");
    }
    // presets.json's French too: the UN's terms, the World Bank's French title.
    let data: String = presets_french()
        .iter()
        .map(|(_, t)| *t)
        .collect::<Vec<_>>()
        .join(" ");
    for term in [
        "envois de fonds",
        "OIM",
        "Indicateurs du développement dans le monde",
    ] {
        assert!(data.contains(term), "no {term:?} in presets.json's French");
    }
    for english in [
        "remittance",
        "IOM",
        "World Bank",
        "United Nations",
        " of the ",
    ] {
        assert!(
            !data.contains(english),
            "{english:?} in presets.json's French"
        );
    }
}

#[test]
fn french_punctuation_is_spaced_with_no_break_spaces() {
    let mut all = strings(Lang::Fr.texts());
    all.extend(presets_french());
    for (name, text) in all {
        for mark in [" :", " ;", " ?", " !", " %", "« ", " »"] {
            assert!(
                !text.contains(mark),
                "{name}: a breaking space in {mark:?}: {text}"
            );
        }
    }
}

/// Every French text of presets.json a reader sees: names, notes, sources.
fn presets_french() -> Vec<(String, &'static str)> {
    let catalogue = crate::support::catalogue();
    let mut all = Vec::new();
    for (key, source) in &catalogue.sources {
        let optional = [&source.edition, &source.indicators];
        for words in [&source.name, &source.licence]
            .into_iter()
            .chain(optional.into_iter().flatten())
        {
            all.push((format!("sources/{key}"), words.fr.as_str()));
        }
    }
    for p in &catalogue.presets {
        let country = &p.country.fr;
        all.push((p.id.clone(), p.name.fr.as_str()));
        all.extend(
            [&country.name, &country.r#in, &country.of, &country.from]
                .map(|t| (p.id.clone(), t.as_str())),
        );
        all.extend(
            p.notes
                .iter()
                .map(|n| (format!("{}/notes", p.id), n.fr.as_str())),
        );
        let hosts = p.hosts.iter().flat_map(|h| h.figures.all());
        for (name, figure) in p.figures.all().chain(hosts) {
            all.extend(
                figure
                    .note
                    .iter()
                    .map(|n| (format!("{}/{name}", p.id), n.fr.as_str())),
            );
        }
    }
    all
}

#[test]
fn french_is_chosen_by_its_tag() {
    assert_eq!(Lang::from_tag("fr"), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("fr-FR"), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("FR_ca"), Some(Lang::Fr));
    assert_eq!(Lang::Fr.tag(), "fr");
    assert_eq!(Lang::Fr.texts().lang, Lang::Fr);
    assert_eq!(Lang::En.texts().lang, Lang::En);
}

/// Every step of every lesson, in every language, with its figures filled
/// in from its own run: no hole left, a question that is a question.
#[test]
fn every_lessons_words_are_whole_in_every_language() {
    use migration_explorer::state::Action;
    use yew::Reducible;
    for lang in Lang::ALL {
        let start = std::rc::Rc::new(crate::support::state_from_hash(&format!(
            "lang={}",
            lang.tag()
        )));
        assert_eq!(start.lang(), lang);
        for lesson in LessonKey::ALL {
            let open = start.clone().reduce(Action::OpenLesson(lesson));
            for i in 0..lesson.lesson().steps.len() {
                let state = open.clone().reduce(Action::GoToStep(i));
                let w = &state.step().expect("a step").words;
                for text in [&w.title, &w.notice, &w.question, &w.teacher] {
                    assert!(
                        !text.contains(['{', '}']),
                        "{lang:?} {lesson:?} {i}: {text}"
                    );
                }
                assert!(w.question.ends_with('?'), "{lang:?}: {}", w.question);
            }
        }
    }
}

/// The words of step `index` of `lesson`, in `lang`, filled from its own run.
fn step_notice(lang: Lang, lesson: LessonKey, index: usize) -> String {
    use migration_explorer::state::Action;
    use yew::Reducible;
    let start = std::rc::Rc::new(crate::support::state_from_hash(&format!(
        "lang={}",
        lang.tag()
    )));
    let state = start
        .reduce(Action::OpenLesson(lesson))
        .reduce(Action::GoToStep(index));
    let words = &state.step().expect("a step").words;
    format!("{} {}", words.notice, words.teacher)
}

/// French sentences name countries as French writes them, with the article
/// the preposition takes ("au Bangladesh", "en Arabie saoudite", "de
/// l’Arabie saoudite", "d’Arabie saoudite"), never the English names; English
/// keeps its own.
#[test]
fn sentences_name_places_in_the_pages_language() {
    use migration_explorer::summary::host_baseline_sentence;
    let fr = crate::support::state_from_hash("lang=fr&preset=bangladesh-2022");
    let summary = fr.summary().join(" ");
    assert!(
        summary.contains("En 2052, au Bangladesh, le revenu"),
        "{summary}"
    );
    assert!(
        summary.contains("des travailleurs en Arabie saoudite"),
        "{summary}"
    );
    let baseline = host_baseline_sentence(fr.results(), fr.preset(), fr.host(), Lang::Fr.texts());
    assert!(
        baseline.contains("la population du Bangladesh")
            && baseline.contains("la population active de l’Arabie saoudite"),
        "{baseline}"
    );
    let en = crate::support::state_from_hash("lang=en&preset=bangladesh-2022");
    let summary = en.summary().join(" ");
    assert!(
        summary.contains("(GDP + remittances) in Bangladesh is"),
        "{summary}"
    );
    assert!(
        summary.contains("of the workers in Saudi Arabia in 2052"),
        "{summary}"
    );
    // Lessons: Mali's emigrants seen from Côte d'Ivoire; the Gulf host.
    let neighbour = step_notice(Lang::Fr, LessonKey::HostView, 2);
    assert!(neighbour.contains("vus de Côte d’Ivoire"), "{neighbour}");
    assert!(neighbour.contains("émigrés du Mali"), "{neighbour}");
    assert!(neighbour.contains("vit en Côte d’Ivoire"), "{neighbour}");
    let gulf = step_notice(Lang::Fr, LessonKey::HostView, 4);
    assert!(gulf.contains("travailleurs en Arabie saoudite"), "{gulf}");
    let transfers = step_notice(Lang::Fr, LessonKey::CheaperTransfers, 0);
    assert!(
        transfers.contains("reçus au Mali") && transfers.contains("(de France vers"),
        "{transfers}"
    );
    let transfers = step_notice(Lang::En, LessonKey::CheaperTransfers, 0);
    assert!(
        transfers.contains("received in Mali") && transfers.contains("(from France to"),
        "{transfers}"
    );
    for lang_text in [neighbour, gulf] {
        for english in ["Saudi", "Ivory", "Côte d'Ivoire"] {
            assert!(!lang_text.contains(english), "{english}: {lang_text}");
        }
    }
}

/// The parameters' sources are the catalogue's: French in French, and English
/// exactly `SPECS`' text (which docs/model.md's table is checked against).
#[test]
fn parameter_sources_are_worded_in_each_language() {
    for spec in &SPECS {
        assert_eq!(Lang::En.texts().param_source(spec.id), spec.source);
        let fr = Lang::Fr.texts().param_source(spec.id);
        assert_ne!(fr, spec.source, "{}", spec.name);
    }
    let cost = Lang::Fr.texts().param_source(ParamId::TransferCost);
    assert!(
        cost.contains("Banque mondiale") && cost.contains("cible 10.c des ODD"),
        "{cost}"
    );
}

/// `embed.js` shows its load error before the WebAssembly (and so the
/// catalog) exists, so its words are a JavaScript object of their own, keyed
/// by language: a new `Lang` needs its line there too, which no compiler sees.
#[test]
fn the_loaders_load_error_is_worded_in_every_language() {
    let js = include_str!("../../assets/embed.js");
    let start = js
        .find("const LOAD_ERROR = {")
        .expect("embed.js declares LOAD_ERROR");
    let end = start + js[start..].find("\n};").expect("LOAD_ERROR ends");
    let block = &js[start..end];
    for lang in Lang::ALL {
        let line = format!("\n  {}: ", lang.key());
        assert!(
            block.contains(&line),
            "assets/embed.js: LOAD_ERROR has no `{}:` message",
            lang.key()
        );
    }
}

/// A page without JavaScript shows only its `<noscript>`, one paragraph per
/// language, in HTML the compiler never reads.
#[test]
fn the_pages_noscript_is_worded_in_every_language() {
    let pages = [
        ("index.html", include_str!("../../index.html")),
        ("brief.html", include_str!("../../brief.html")),
    ];
    for (name, html) in pages {
        let start = html.find("<noscript>").expect("a <noscript>");
        let end = start + html[start..].find("</noscript>").expect("</noscript>");
        let noscript = &html[start..end];
        for lang in Lang::ALL {
            let paragraph = format!("<p lang=\"{}\">", lang.key());
            assert!(
                noscript.contains(&paragraph),
                "{name}: <noscript> has no {paragraph}"
            );
        }
    }
}
