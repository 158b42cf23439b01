//! Numbers as people read them: percentages, dollars, people, ratios, in the
//! conventions of the widget's language. Pure functions, tested natively.

use crate::i18n::{fill, Lang};
use migration_model::{ParamSpec, Unit};

/// Groups thousands and sets the decimal mark for `lang`.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let words = &lang.texts().numbers;
    number_with(words.group, words.decimal, value, decimals)
}

/// `value` with `decimals` decimals, `group` between thousands and `mark`
/// before the decimals. Rounds as people and `Intl.NumberFormat` do: the
/// shortest decimal that reads back as `value` (4.25, 1.005), half away from
/// zero (4.3, 1.01), not the binary value (1.00499999…), as `{:.2}` would.
pub fn number_with(group: char, mark: char, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let digits = rounded(value.abs(), decimals);
    let (int, frac) = digits.split_at(digits.len() - decimals);
    let mut out = String::with_capacity(digits.len() + 8);
    // No "-0" when the value rounds to zero.
    if value < 0.0 && digits.bytes().any(|c| c != b'0') {
        out.push('−');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if decimals > 0 {
        out.push(mark);
        out.push_str(frac);
    }
    out
}

/// The digits of a finite `value` ≥ 0 rounded to `decimals`, without the
/// decimal point ("4.25", 1 → "43"), from its shortest decimal form.
fn rounded(value: f64, decimals: usize) -> String {
    // `{}` never uses an exponent for f64: "0.0000001", "1e21" reads "1000…".
    let text = value.to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut digits: Vec<u8> = int.bytes().collect();
    digits.extend(frac.bytes().chain(std::iter::repeat(b'0')).take(decimals));
    if frac.as_bytes().get(decimals).is_some_and(|&d| d >= b'5') {
        // Carry the rounding up through the digits, adding one in front if needed.
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    // Whole digits: at least one ("0.5" with no decimals is "1", "0.4" is "0").
    String::from_utf8(digits).unwrap_or_default()
}

/// A share as a percentage: 0.0457 → "4.57 %" with two decimals.
pub fn percent(lang: Lang, share: f64, decimals: usize) -> String {
    format!("{}\u{a0}%", number(lang, share * 100.0, decimals))
}

/// A signed change in percent: "+1.2 %", "−0.3 %", "0.0 %".
pub fn signed_percent(lang: Lang, share: f64, decimals: usize) -> String {
    format!("{}\u{a0}%", signed(lang, share * 100.0, decimals))
}

/// A signed number, as a change in points: "+1.2", "−0.3", "0.0".
pub fn signed(lang: Lang, value: f64, decimals: usize) -> String {
    let shown = (value * 10f64.powi(decimals as i32)).round();
    let sign = if shown > 0.0 { "+" } else { "" };
    format!("{sign}{}", number(lang, value, decimals))
}

/// Dollars with a scale word, by the catalogue's templates: US$21.5 billion,
/// US$2,469; 21,5 milliards de dollars US, 2 469 dollars US.
pub fn usd(lang: Lang, amount: f64) -> String {
    let words = &lang.texts().numbers;
    match scaled(lang, amount, 1) {
        (shown, Some(scale)) => fill(words.usd_scaled, &[("amount", &shown), ("scale", scale)]),
        (shown, None) => fill(words.usd, &[("amount", &shown)]),
    }
}

/// People with a scale word: 1.30 million, 86,437; 1,30 million, 2,50 millions.
pub fn people(lang: Lang, count: f64) -> String {
    match scaled(lang, count, 2) {
        (shown, Some(scale)) => fill(
            lang.texts().numbers.scaled,
            &[("amount", &shown), ("scale", scale)],
        ),
        (shown, None) => shown,
    }
}

/// Splits off millions or billions: the number as shown (`decimals` with a
/// scale word, none without) and the scale word in the form that number takes.
fn scaled(lang: Lang, value: f64, decimals: usize) -> (String, Option<&'static str>) {
    let words = &lang.texts().numbers;
    let (divisor, one, other) = if value.abs() >= 1e9 {
        (1e9, words.billion, words.billions)
    } else if value.abs() >= 1e6 {
        (1e6, words.million, words.millions)
    } else {
        return (number(lang, value, 0), None);
    };
    let scaled = value / divisor;
    let word = scale_word(lang, rounded_value(scaled, decimals), one, other);
    (number(lang, scaled, decimals), Some(word))
}

/// The form of a scale word after a number as shown (`shown`, already
/// rounded): the singular where the language's rule says so. French: "1
/// million", "1,5 million", "2 millions"; English: "million" either way.
pub fn scale_word(
    lang: Lang,
    shown: f64,
    singular: &'static str,
    plural: &'static str,
) -> &'static str {
    if (lang.texts().numbers.singular)(shown.abs()) {
        singular
    } else {
        plural
    }
}

/// `value` rounded to `decimals` as [`number`] shows it (1.995 → 2.00).
fn rounded_value(value: f64, decimals: usize) -> f64 {
    // The digits are a whole number: read as one (an integer's conversion is
    // correctly rounded, as the text's would be), so no decimal reader is needed.
    let digits = rounded(value.abs(), decimals);
    digits.parse::<u128>().unwrap_or(0) as f64 / 10f64.powi(decimals as i32)
}

/// A decimal number as Rust's `f64::from_str` reads it ("-1.5e-3", ".5",
/// "1.", "inf", "NaN"; no spaces, no hexadecimal), or `None`.
///
/// In the browser the conversion is JavaScript's `parseFloat`, once the text
/// is known to be such a number: both are correctly rounded (IEEE 754), so
/// they give the same `f64`, and the widget leaves out Rust's reader, whose
/// tables and code cost the download 15 KB (gzip). Native builds (tests,
/// command line) use Rust's.
pub fn parse_number(text: &str) -> Option<f64> {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let word = body.to_ascii_lowercase();
    if matches!(word.as_str(), "inf" | "infinity" | "nan") {
        let value = if word == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if text.starts_with('-') { -value } else { value });
    }
    let (mantissa, exponent) = body.split_once(['e', 'E']).unwrap_or((body, "0"));
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let well_formed = digits(int)
        && digits(frac)
        && !(int.is_empty() && frac.is_empty())
        && !exponent.is_empty()
        && digits(exponent);
    if !well_formed {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    return Some(js_sys::parse_float(text));
    #[cfg(not(target_arch = "wasm32"))]
    text.parse().ok()
}

/// Decimals that show one slider step: a step of 0.0005 as a percentage (0.05 %)
/// needs two.
pub fn decimals_for_step(step_in_display_units: f64) -> usize {
    let mut decimals = 0;
    let mut step = step_in_display_units.abs();
    while decimals < 4 && (step - step.round()).abs() > 1e-9 {
        step *= 10.0;
        decimals += 1;
    }
    decimals
}

/// Decimals for a value shown at the precision of `step` (both in display
/// units), plus one where that one more makes it exact: a preset's 4.57 %
/// transfer cost reads 4.57 %, not 4.6 %, though the slider moves by 0.1.
/// Values computed by the model (1.3210… %) stay at the step's precision.
fn decimals_for_value(value: f64, step: f64) -> usize {
    let decimals = decimals_for_step(step);
    let exact_at = |d: usize| {
        let scaled = value * 10f64.powi(d as i32);
        (scaled - scaled.round()).abs() < 1e-6
    };
    if exact_at(decimals) || !exact_at(decimals + 1) {
        decimals
    } else {
        decimals + 1
    }
}

/// A lever's value with its unit, at the precision of one slider step (one
/// more where the value is given at that precision, as preset figures are).
pub fn lever_value(lang: Lang, spec: &ParamSpec, value: f64) -> String {
    let words = &lang.texts().numbers;
    let share = |v: f64| percent(lang, v, decimals_for_value(v * 100.0, spec.step * 100.0));
    let plain = |v: f64| number(lang, v, decimals_for_value(v, spec.step));
    let with = |template: &str, shown: String| crate::i18n::fill(template, &[("value", &shown)]);
    match spec.unit {
        Unit::Share => share(value),
        Unit::SharePerYear => with(words.per_year, share(value)),
        Unit::WholeYears => with(words.years, plain(value)),
        Unit::Ratio => with(words.ratio, plain(value)),
        Unit::Number => plain(value),
    }
}

/// A lever's range, for the info panel: "0 % to 15 %".
pub fn lever_range(lang: Lang, spec: &ParamSpec) -> (String, String) {
    (
        lever_value(lang, spec, spec.min),
        lever_value(lang, spec, spec.max),
    )
}

/// What a lever's slider says (`aria-valuetext`): its value as shown, with
/// its unit in words from the catalogue's templates: "4.6 % of the amount sent",
/// "2.5 % a year", "30 years".
pub fn lever_spoken(lang: Lang, spec: &ParamSpec, value: f64) -> String {
    let words = &lang.texts().access;
    let of = (words.of)(spec.id);
    let share = || {
        percent(
            lang,
            value,
            decimals_for_value(value * 100.0, spec.step * 100.0),
        )
    };
    let plain = || number(lang, value, decimals_for_value(value, spec.step));
    let (template, shown) = match spec.unit {
        Unit::Share if of.is_empty() => (words.share, share()),
        Unit::Share => (words.share_of, share()),
        Unit::SharePerYear if of.is_empty() => (words.per_year, share()),
        Unit::SharePerYear => (words.per_year_of, share()),
        Unit::WholeYears => (words.years, plain()),
        Unit::Ratio => (words.ratio, plain()),
        Unit::Number => (words.number, plain()),
    };
    crate::i18n::fill(template, &[("value", &shown), ("of", of)])
}

/// `parts` with `separator` between them: `[T]::join` in a plain loop, which
/// costs the download a tenth of the standard library's (two copies of it,
/// 2.4 KB of WebAssembly, for `String` and `&str` parts).
pub fn joined<S: AsRef<str>>(parts: &[S], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part.as_ref());
    }
    out
}
