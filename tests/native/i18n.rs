use migration_explorer::i18n::{fill, Lang};
use migration_model::{Group, SPECS};

#[test]
fn the_main_panel_holds_the_ten_levers_with_their_labels() {
    let texts = Lang::En.texts();
    let mut main: Vec<&str> = SPECS
        .iter()
        .filter(|s| s.group == Group::Main)
        .map(|s| texts.params[s.id as usize].label)
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
fn every_lever_has_a_label_and_a_meaning_and_labels_are_unique() {
    for lang in Lang::ALL {
        let texts = lang.texts();
        let mut seen = std::collections::HashSet::new();
        for p in &texts.params {
            assert!(!p.label.is_empty() && !p.meaning.is_empty());
            assert!(seen.insert(p.label), "duplicate label {}", p.label);
        }
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
