//! The `migration-sim` command line, run as a user runs it.

use std::process::Command;

fn sim(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_migration-sim"))
        .args(args)
        .output()
        .expect("migration-sim runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const HEADER: &str = "year,gdp_usd,gni_per_worker_usd,remittances_usd,remittances_to_gdp,transfer_costs_usd,skilled_share,skilled_emigration_rate,capital_to_gdp,diaspora_people,host_immigrant_share,host_surplus_pct_gdp,host_native_wage_change_pct,host_fiscal_pct_gdp,host_remittance_outflow_pct_gdp";

#[test]
fn prints_one_csv_row_per_year_with_the_contract_header() {
    let (code, out, err) = sim(&[
        "--preset",
        "mali-2022",
        "--host",
        "france",
        "--set",
        "transfer_cost=0.03",
        "--set",
        "invested_share=0.45",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], HEADER);
    assert_eq!(lines.len(), 32, "header + years 2022…2052");
    assert!(lines[1].starts_with("2022,"));
    assert!(lines[31].starts_with("2052,"));
    assert!(lines[1..].iter().all(|l| l.split(',').count() == 15));
    // Remittances in 2022 follow the cost cut: 0.0583 × GDP × 0.97/0.9576.
    let r: f64 = lines[1].split(',').nth(3).unwrap().parse().unwrap();
    assert!((r - 0.0583 * 18.780e9 * 0.97 / 0.9576).abs() < 1e-3);
}

#[test]
fn the_output_equals_the_crate_serializer() {
    let (_, out, _) = sim(&["--preset", "bangladesh-2000", "--set", "horizon_years=12"]);
    let s = crate::support::scenario(
        "bangladesh-2000",
        "saudi-arabia",
        &[(migration_model::ParamId::HorizonYears, 12.0)],
    );
    assert_eq!(out, s.run().to_csv());
}

#[test]
fn baseline_runs_the_preset_defaults() {
    let (code, base, _) = sim(&[
        "--preset",
        "mali-2000",
        "--host",
        "cote-divoire",
        "--baseline",
    ]);
    let (_, plain, _) = sim(&["--preset", "mali-2000", "--host", "cote-divoire"]);
    assert_eq!(code, 0);
    assert_eq!(base, plain);
    let (code, _, err) = sim(&[
        "--preset",
        "mali-2000",
        "--baseline",
        "--set",
        "transfer_cost=0.03",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--baseline"), "{err}");
}

#[test]
fn optimum_prints_json() {
    let (code, out, _) = sim(&["--preset", "bangladesh-2022", "--optimum"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "band",
            "curve",
            "emig_rate_skilled",
            "interior",
            "objective"
        ]
    );
    assert_eq!(v["interior"], true);
    assert_eq!(v["curve"].as_array().unwrap().len(), 101);
    assert_eq!(v["band"].as_array().unwrap().len(), 2);
    let (_, flat, _) = sim(&[
        "--preset",
        "bangladesh-2022",
        "--optimum",
        "--set",
        "brain_gain=0",
    ]);
    assert!(flat.contains("\"interior\":false"), "{flat}");
}

#[test]
fn bad_arguments_print_one_line_and_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--preset", "atlantis-2022"],
            "unknown preset \"atlantis-2022\"",
        ),
        (
            &["--preset", "mali-2022", "--host", "saudi-arabia"],
            "unknown host \"saudi-arabia\"",
        ),
        (
            &["--preset", "mali-2022", "--set", "tranfer_cost=0.03"],
            "unknown parameter \"tranfer_cost\"",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost=0.5"],
            "transfer_cost = 0.5 is out of range; allowed range 0–0.15",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost=NaN"],
            "transfer_cost is not a number; allowed range 0–0.15",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost=inf"],
            "transfer_cost is infinite; allowed range 0–0.15",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost=cheap"],
            "transfer_cost = \"cheap\" is not a number",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost"],
            "not of the form name=value",
        ),
        (
            &["--preset", "mali-2022", "--set", "horizon_years=12.5"],
            "not a whole number",
        ),
        (&["--preset", "mali-2022", "--set"], "--set needs a value"),
        (
            &["--preset", "mali-2022", "--frobnicate"],
            "unknown argument \"--frobnicate\"",
        ),
        (&[], "--preset is required"),
    ];
    for (args, message) in cases {
        let (code, out, err) = sim(args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "", "{args:?}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err:?} lacks {message:?}");
    }
}

#[test]
fn help_lists_presets_and_parameters() {
    let (code, out, _) = sim(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("mali-2022") && out.contains("cote-divoire"));
    assert!(out.contains("host_fiscal_per_migrant"));
}
