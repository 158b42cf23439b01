use migration_explorer::format::*;
use migration_explorer::i18n::Lang;
use migration_model::ParamId;

const EN: Lang = Lang::En;

#[test]
fn numbers_are_grouped_and_signed() {
    assert_eq!(number(EN, 1234567.891, 2), "1,234,567.89");
    assert_eq!(number(EN, 999.0, 0), "999");
    assert_eq!(number(EN, -1234.5, 1), "−1,234.5");
    assert_eq!(
        number(EN, -0.0004, 2),
        "0.00",
        "no minus on a value that rounds to zero"
    );
}

#[test]
fn percentages_money_and_people_read_naturally() {
    assert_eq!(percent(EN, 0.0457, 2), "4.57\u{a0}%");
    assert_eq!(signed_percent(EN, 0.012, 1), "+1.2\u{a0}%");
    assert_eq!(signed_percent(EN, -0.003, 1), "−0.3\u{a0}%");
    assert_eq!(signed_percent(EN, 0.00001, 1), "0.0\u{a0}%");
    assert_eq!(usd(EN, 21.504e9), "US$21.5\u{a0}billion");
    assert_eq!(usd(EN, 2469.34), "US$2,469");
    assert_eq!(people(EN, 1_303_511.0), "1.30\u{a0}million");
    assert_eq!(people(EN, 86_437.0), "86,437");
}

#[test]
fn lever_values_show_one_step_of_precision_and_their_unit() {
    let value = |id: ParamId, v: f64| lever_value(EN, id.spec(), v);
    assert_eq!(
        value(ParamId::EmigRateSkilled, 0.0025),
        "0.25\u{a0}% a year"
    );
    // A preset figure given one decimal finer than the slider reads exactly;
    // a value the model computed reads at the slider's precision.
    assert_eq!(value(ParamId::TransferCost, 0.0457), "4.57\u{a0}%");
    assert_eq!(value(ParamId::TransferCost, 0.046), "4.6\u{a0}%");
    assert_eq!(
        value(ParamId::EmigRateSkilled, 0.013210413),
        "1.32\u{a0}% a year"
    );
    assert_eq!(value(ParamId::InvestedShare, 0.25), "25\u{a0}%");
    assert_eq!(value(ParamId::HorizonYears, 30.0), "30 years");
    assert_eq!(value(ParamId::WageRatioSkilled, 3.0), "3.0×");
    assert_eq!(value(ParamId::HostFiscalPerMigrant, -0.3), "−30\u{a0}%");
    assert_eq!(decimals_for_step(0.05), 2);
    assert_eq!(decimals_for_step(1.0), 0);
}

#[test]
fn rounding_is_of_the_shortest_decimal_half_away_from_zero() {
    // As Intl.NumberFormat rounds (the browser test compares on many values).
    for (value, decimals, text) in [
        (4.25, 1, "4.3"),
        (1.005, 2, "1.01"),
        (2.675, 2, "2.68"),
        (0.125, 2, "0.13"),
        (0.045, 2, "0.05"),
        (-4.25, 1, "−4.3"),
        (9.995, 2, "10.00"),
        (999.5, 0, "1,000"),
        (0.5, 0, "1"),
        (0.4, 0, "0"),
        (-0.4, 0, "0"),
        (1e-7, 3, "0.000"),
        (1e21, 0, "1,000,000,000,000,000,000,000"),
        (12.0, 2, "12.00"),
    ] {
        assert_eq!(number(EN, value, decimals), text, "{value} to {decimals}");
    }
    assert_eq!(
        migration_explorer::format::number_with('\u{202f}', ',', 1234567.891, 2),
        "1\u{202f}234\u{202f}567,89"
    );
}

#[test]
fn a_slider_speaks_its_value_with_its_unit_in_words() {
    let spoken = |id: ParamId, v: f64| lever_spoken(EN, id.spec(), v);
    assert_eq!(
        spoken(ParamId::TransferCost, 0.046),
        "4.6\u{a0}% of the amount sent"
    );
    assert_eq!(spoken(ParamId::LabourGrowth, 0.025), "2.5\u{a0}% a year");
    assert_eq!(
        spoken(ParamId::EmigRateSkilled, 0.0045),
        "0.45\u{a0}% of skilled workers a year"
    );
    assert_eq!(spoken(ParamId::HorizonYears, 30.0), "30 years");
    assert_eq!(spoken(ParamId::WageRatioSkilled, 2.5), "2.5 times");
    assert_eq!(spoken(ParamId::SkillSpillover, 0.7), "0.70");
    // Every lever: its value as shown, then words, every hole filled.
    for spec in migration_model::SPECS.iter() {
        for v in [spec.min, spec.max] {
            let (said, shown) = (lever_spoken(EN, spec, v), lever_value(EN, spec, v));
            let number = shown.trim_end_matches(|c: char| !c.is_ascii_digit());
            assert!(said.starts_with(number), "{}: {said} / {shown}", spec.name);
            assert!(!said.contains(['{', '}', '×']), "{}: {said}", spec.name);
        }
    }
}

const FR: Lang = Lang::Fr;

#[test]
fn french_numbers_use_narrow_spaces_and_a_decimal_comma() {
    assert_eq!(number(FR, 1234567.891, 2), "1\u{202f}234\u{202f}567,89");
    assert_eq!(number(FR, -1234.5, 1), "−1\u{202f}234,5");
    assert_eq!(number(FR, 4.25, 1), "4,3");
    assert_eq!(percent(FR, 0.046, 1), "4,6\u{a0}%");
    assert_eq!(signed_percent(FR, 0.012, 1), "+1,2\u{a0}%");
}

#[test]
fn french_money_and_people_take_their_words_and_plurals() {
    assert_eq!(usd(FR, 21.504e9), "21,5\u{a0}milliards de dollars US");
    assert_eq!(usd(FR, 2473.0), "2\u{202f}473\u{a0}dollars US");
    assert_eq!(usd(FR, 1.04e9), "1,0\u{a0}milliard de dollars US");
    assert_eq!(usd(FR, 1.94e9), "1,9\u{a0}milliard de dollars US");
    // The rule reads the number as shown: 1.96 shows as 2,0.
    assert_eq!(usd(FR, 1.96e9), "2,0\u{a0}milliards de dollars US");
    assert_eq!(usd(FR, 3.5e6), "3,5\u{a0}millions de dollars US");
    assert_eq!(people(FR, 1_303_511.0), "1,30\u{a0}million");
    assert_eq!(people(FR, 1_995_000.0), "2,00\u{a0}millions");
    assert_eq!(people(FR, 2_500_000.0), "2,50\u{a0}millions");
    assert_eq!(people(FR, 86_437.0), "86\u{202f}437");
    // English never changes its words.
    assert_eq!(usd(EN, 1.0e9), "US$1.0\u{a0}billion");
    assert_eq!(usd(EN, 3.5e6), "US$3.5\u{a0}million");
    assert_eq!(people(EN, 2_500_000.0), "2.50\u{a0}million");
    assert_eq!(people(EN, 1_000_000.0), "1.00\u{a0}million");
}

#[test]
fn the_plural_rule_is_a_pure_function_of_the_number_shown() {
    // French (CLDR "one": 0 ≤ n < 2).
    for (shown, form) in [
        (0.0, "million"),
        (0.5, "million"),
        (1.0, "million"),
        (1.5, "million"),
        (1.99, "million"),
        (2.0, "millions"),
        (21.5, "millions"),
        (-1.5, "million"),
        (-3.0, "millions"),
    ] {
        assert_eq!(
            scale_word(FR, shown, "million", "millions"),
            form,
            "{shown}"
        );
    }
    // English: the rule has a singular at 1, and its words are the same.
    assert_eq!(scale_word(EN, 1.0, "one", "other"), "one");
    assert_eq!(scale_word(EN, 2.0, "one", "other"), "other");
    let words = &EN.texts().numbers;
    assert_eq!(
        (words.million, words.billion),
        (words.millions, words.billions)
    );
}

#[test]
fn french_lever_values_and_spoken_values_read_in_french() {
    let value = |id: ParamId, v: f64| lever_value(FR, id.spec(), v);
    assert_eq!(
        value(ParamId::EmigRateSkilled, 0.0025),
        "0,25\u{a0}% par an"
    );
    assert_eq!(value(ParamId::TransferCost, 0.0457), "4,57\u{a0}%");
    assert_eq!(value(ParamId::HorizonYears, 30.0), "30\u{a0}ans");
    assert_eq!(value(ParamId::WageRatioSkilled, 3.0), "3,0×");
    let spoken = |id: ParamId, v: f64| lever_spoken(FR, id.spec(), v);
    assert_eq!(
        spoken(ParamId::TransferCost, 0.046),
        "4,6\u{a0}% du montant envoyé"
    );
    assert_eq!(
        spoken(ParamId::EmigRateSkilled, 0.0045),
        "0,45\u{a0}% des travailleurs qualifiés par an"
    );
    assert_eq!(spoken(ParamId::LabourGrowth, 0.025), "2,5\u{a0}% par an");
    assert_eq!(spoken(ParamId::HorizonYears, 30.0), "30 ans");
    assert_eq!(spoken(ParamId::WageRatioSkilled, 2.5), "2,5 fois");
    for spec in migration_model::SPECS.iter() {
        for v in [spec.min, spec.max] {
            let (said, shown) = (lever_spoken(FR, spec, v), lever_value(FR, spec, v));
            let number = shown.trim_end_matches(|c: char| !c.is_ascii_digit());
            assert!(said.starts_with(number), "{}: {said} / {shown}", spec.name);
            assert!(!said.contains(['{', '}', '×']), "{}: {said}", spec.name);
        }
    }
}

include!("../number_texts.rs");

#[test]
fn the_number_reader_reads_as_rust_does() {
    for text in NUMBER_TEXTS {
        let ours = parse_number(text);
        let rusts = text.parse::<f64>().ok();
        assert_eq!(
            ours.map(f64::to_bits),
            rusts.map(f64::to_bits),
            "{text:?}: {ours:?} against {rusts:?}"
        );
    }
}
