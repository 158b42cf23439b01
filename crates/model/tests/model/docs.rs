//! The user-facing model document, docs/model.md, stays in step with the
//! crate: its parameter table follows SPECS row by row, its list of CSV
//! columns is the crate's, and its history table is the one the crate
//! computes.

use migration_model::{Catalogue, DefaultValue, HistoryRow, Kind, Quantity, COLUMNS, SPECS};

const DOC: &str = include_str!("../../../../docs/model.md");

const PARAM_HEADER: &str = "| parameter | kind | default | range | status and source |";

/// The rows of the table that starts with `header`, separator line excluded.
fn table_after(header: &str) -> Vec<&'static str> {
    let mut lines = DOC.lines().skip_while(|l| *l != header);
    assert_eq!(
        lines.next(),
        Some(header),
        "docs/model.md has no table {header}"
    );
    lines.skip(1).take_while(|l| l.starts_with('|')).collect()
}

/// A range as the document prints it: `min–max`, with a true minus sign.
fn range(min: f64, max: f64) -> String {
    format!("{min}–{max}").replace('-', "\u{2212}")
}

#[test]
fn the_parameter_table_follows_specs_row_by_row() {
    let rows = table_after(PARAM_HEADER);
    assert_eq!(rows.len(), SPECS.len(), "one row per parameter");
    for (row, spec) in rows.iter().zip(&SPECS) {
        let name = spec.name;
        assert!(
            row.starts_with(&format!("| `{name}`:")),
            "row for {name}: {row}"
        );
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        assert_eq!(cells.len(), 7, "{name}: five cells in {row}");
        let kind = match spec.kind {
            Kind::Scenario => "S",
            Kind::Assumption => "A",
        };
        assert_eq!(cells[2], kind, "{name}: kind");
        match spec.default {
            DefaultValue::Fixed(v) => {
                let shown: f64 = cells[3].parse().unwrap_or(f64::NAN);
                assert_eq!(shown, v, "{name}: default in docs/model.md");
            }
            DefaultValue::Origin(_) | DefaultValue::Host(_) | DefaultValue::Steady => {
                assert!(
                    cells[3].starts_with("preset"),
                    "{name}: default {}",
                    cells[3]
                );
            }
        }
        let want = range(spec.min, spec.max);
        assert!(
            cells[4].contains(&want),
            "{name}: range {want} missing in {}",
            cells[4]
        );
    }
}

/// docs/model.md and docs/data.md stand alone: they cite no specification
/// file outside the repository (spelt in pieces here, so that this test is
/// not itself such a citation).
#[test]
fn the_documents_stand_alone() {
    let data = include_str!("../../../../docs/data.md");
    for internal in ["MODEL", "DATA"].map(|name| format!("{name}.md")) {
        assert!(
            !DOC.contains(&internal),
            "docs/model.md mentions {internal}"
        );
        assert!(
            !data.contains(&internal),
            "docs/data.md mentions {internal}"
        );
    }
    assert!(!DOC.contains("HISTORY-TABLE-PLACEHOLDER"));
}

/// A share as a percentage with two decimals: 0.0369 → "3.69 %".
fn percent(v: f64) -> String {
    format!("{:.2} %", 100.0 * v)
}

/// A quantity in words, and one of its values as the document prints it.
fn quantity(q: Quantity) -> (&'static str, fn(f64) -> String) {
    match q {
        Quantity::RemittancesToGdp => ("remittances / GDP", percent),
        Quantity::SkilledShare => ("skilled share of the labour force", percent),
        Quantity::DiasporaPeople => ("diaspora, people", |v| format!("{:.2} million", v / 1e6)),
    }
}

/// The history table of docs/model.md §5, rendered from the crate: each
/// value at its observation's year.
fn history_table(rows: &[HistoryRow<'_>]) -> String {
    let mut out =
        String::from("| preset | quantity | year | model | observed |\n|---|---|---|---|---|\n");
    for row in rows {
        let (words, format) = quantity(row.quantity);
        out += &format!(
            "| {} | {words} | {} | {} | {} |\n",
            row.preset.name.en,
            row.year,
            format(row.model),
            format(row.observed)
        );
    }
    out
}

#[test]
fn the_history_table_is_the_one_the_crate_computes() {
    let catalogue = Catalogue::embedded();
    let table = history_table(&catalogue.history());
    assert!(
        DOC.contains(&table),
        "docs/model.md §5 must hold this history table, exactly:\n\n{table}"
    );
    // The numbers the text quotes (docs/model.md §5).
    assert!(
        table.contains("| Bangladesh 2000 | remittances / GDP | 2022 | 3.69 % | 4.67 % |"),
        "{table}"
    );
    assert!(
        table.contains(
            "| Bangladesh 2000 | diaspora, people | 2020 | 8.24 million | 7.40 million |"
        ),
        "{table}"
    );
    assert!(
        table.contains("| Mali 2000 | remittances / GDP | 2022 | 2.47 % | 5.81 % |"),
        "{table}"
    );
    assert!(
        table.contains("| Nepal 2000 | remittances / GDP | 2022 | 2.03 % | 22.76 % |"),
        "{table}"
    );
    assert!(
        table.contains("| Nepal 2000 | diaspora, people | 2020 | 1.37 million | 2.60 million |"),
        "{table}"
    );
}

/// docs/model.md §5 lists the CSV's columns as `N. `name`: …`, one per line,
/// in the order `migration-sim` writes them, and says how many there are.
#[test]
fn the_column_list_is_the_csv_header() {
    let section = DOC
        .split("### Yearly results")
        .nth(1)
        .and_then(|rest| rest.split("\n**").next())
        .expect("docs/model.md §5 has its yearly results");
    let listed: Vec<&str> = section
        .lines()
        .filter_map(|l| {
            let (number, rest) = l.split_once(". `")?;
            number.parse::<usize>().ok()?;
            rest.split('`').next()
        })
        .collect();
    assert_eq!(listed, COLUMNS, "the columns of docs/model.md §5");
    // Line breaks as spaces: the document wraps its lines.
    let words = section.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(&format!("these {} columns in this order", COLUMNS.len())),
        "{section}"
    );
}

#[test]
fn numbers_are_formatted_for_readers() {
    assert_eq!(percent(0.036899999999999995), "3.69 %");
    assert_eq!(percent(0.0074), "0.74 %");
    assert_eq!(range(-0.3, 0.3), "\u{2212}0.3–0.3");
}

/// docs/data.md, the attribution an agency's legal team reads, names every
/// source with its terms, every preset, every host in its preset's section,
/// and the data version it describes.
#[test]
fn docs_data_md_names_every_source_preset_and_the_data_version() {
    let data = include_str!("../../../../docs/data.md");
    let catalogue = migration_model::Catalogue::embedded();
    assert!(data.contains(&format!("data version **{}**", catalogue.data_version)));
    for (key, source) in &catalogue.sources {
        let row = data
            .lines()
            .find(|l| l.starts_with(&format!("| {key} |")))
            .unwrap_or_else(|| panic!("docs/data.md has no row for source {key}"));
        let terms = source.licence.en.split(':').next().unwrap_or_default();
        assert!(
            row.to_lowercase().contains(&terms.to_lowercase()),
            "{key}: terms {terms:?} in {row}"
        );
    }
    for preset in &catalogue.presets {
        let start = data
            .find(&format!("(`{}`)", preset.id))
            .unwrap_or_else(|| panic!("docs/data.md has no section for {}", preset.id));
        // The preset's section runs to the next preset's heading or part.
        let rest = &data[start..];
        let end = [rest.find("\n### "), rest.find("\n## ")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(rest.len());
        let section = &rest[..end];
        for host in &preset.hosts {
            assert!(
                section.lines().any(
                    |l| l.starts_with("#### Host:") && l.ends_with(&format!("(`{}`)", host.id))
                ),
                "docs/data.md has no host section for {} in {}",
                host.id,
                preset.id
            );
        }
    }
}

/// A preset's optional figures (the doctors working abroad, quoted by the
/// widget's lessons) have their row in docs/data.md, with the value, year,
/// status and source of `presets.json`.
#[test]
fn docs_data_md_lists_the_doctors_figure_as_presets_json_has_it() {
    let data = include_str!("../../../../docs/data.md");
    let catalogue = Catalogue::embedded();
    let mut found = 0;
    for preset in &catalogue.presets {
        let Some(figure) = &preset.figures.doctors_abroad else {
            continue;
        };
        found += 1;
        let label = format!(
            "| Doctors trained in {} who work abroad |",
            preset.country.en.name
        );
        let row = data
            .lines()
            .find(|l| l.starts_with(&label))
            .unwrap_or_else(|| panic!("docs/data.md has no row {label}"));
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let shown: f64 = cells[2]
            .split(' ')
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN);
        assert_eq!(shown, figure.value, "{row}");
        assert_eq!(cells[3], figure.year.to_string(), "{row}");
        assert_eq!(cells[4], format!("{:?}", figure.status), "{row}");
        assert_eq!(cells[5], figure.source, "{row}");
    }
    assert_eq!(found, 1, "the Mali 2022 preset carries the doctors' figure");
}
