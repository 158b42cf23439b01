//! The user-facing model document stays in step with the parameter table.

use migration_model::{DefaultValue, SPECS};

const DOC: &str = include_str!("../../../../docs/model.md");

#[test]
fn docs_model_md_lists_every_parameter_with_its_range_and_default() {
    for spec in &SPECS {
        let row = DOC
            .lines()
            .find(|l| l.starts_with(&format!("| `{}`", spec.name)))
            .unwrap_or_else(|| panic!("docs/model.md has no row for {}", spec.name));
        let range = format!("{}–{}", spec.min, spec.max).replace('-', "−");
        assert!(
            row.contains(&range),
            "{}: range {range} missing in {row}",
            spec.name
        );
        if let DefaultValue::Fixed(v) = spec.default {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let shown: f64 = cells[3].parse().unwrap_or(f64::NAN);
            assert_eq!(shown, v, "{}: default in docs/model.md", spec.name);
        }
    }
}
