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
