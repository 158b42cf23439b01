// Shared by tests/native/format.rs and tests/browser/main.rs (`include!`).

/// Texts on both sides of the widget's number reader's syntax check: every
/// one must read as Rust's `f64::from_str` reads it (the browser test checks
/// the same list against JavaScript's conversion).
const NUMBER_TEXTS: [&str; 40] = [
    "0", "1", "-1", "+1", "0.03", ".5", "5.", "-.5", "+.5", "1e3", "1E3", "1e+3", "1e-3",
    "0.0045000000000000005", "0.1", "0.30000000000000004", "123456789012345678901234567890",
    "1e400", "-1e400", "1e-400", "inf", "-inf", "Infinity", "NaN", "nan", "-NaN",
    "", ".", "e3", "1e", "1e+", "0x10", "1_000", "1,5", " 1", "1 ", "--1", "+-1", "1.2.3", "abc",
];

