//! The `migration-sim` command line, run as a user runs it.

use crate::support::{catalogue, choices, ok, scenario, sim};
use migration_model::{Choices, ParamId::*, Scenario, COLUMNS, MODEL_VERSION, PARAM_COUNT};
use serde_json::Value;

const HEADER: &str = "year,gdp_usd,income_per_worker_usd,unskilled_stayer_income_usd,\
skilled_stayer_income_usd,wage_unskilled_usd,wage_skilled_usd,income_per_native_usd,\
remittances_usd,remittances_to_gdp,transfer_costs_usd,transfer_costs_to_gdp,skilled_share,skilled_emigration_rate,capital_to_gdp,\
diaspora_people,corridor_migrants,host_immigrant_share,host_surplus_pct_gdp,\
host_native_wage_change_pct,host_fiscal_pct_gdp,host_remittance_outflow_pct_gdp";

#[test]
fn prints_one_csv_row_per_year_with_the_v3_header() {
    let out = ok(&[
        "--preset",
        "mali-2022",
        "--host",
        "france",
        "--set",
        "transfer_cost=0.03",
        "--set",
        "invested_share=0.45",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], HEADER);
    assert_eq!(lines[0], COLUMNS.join(","));
    assert_eq!(COLUMNS.len(), 22);
    assert_eq!(lines.len(), 32, "header + years 2022…2052");
    assert!(lines[1].starts_with("2022,"));
    assert!(lines[31].starts_with("2052,"));
    assert!(lines[1..].iter().all(|l| l.split(',').count() == 22));
    // Remittances in 2022 follow the cost cut (§3 step 3), on money received:
    // rem_gdp0 × GDP × exp(−η(c − c̄)).
    let column = COLUMNS
        .iter()
        .position(|c| *c == "remittances_usd")
        .unwrap();
    let r: f64 = lines[1].split(',').nth(column).unwrap().parse().unwrap();
    let fig = &catalogue().preset("mali-2022").unwrap().figures;
    let by_hand =
        fig.rem_gdp0.value * fig.gdp_usd.value * (-1.6f64 * (0.03 - fig.transfer_cost.value)).exp();
    assert!((r - by_hand).abs() < 1e-3, "{r} vs {by_hand}");
}

#[test]
fn the_output_equals_the_crate_serializer() {
    let out = ok(&["--preset", "bangladesh-2000", "--set", "horizon_years=12"]);
    let s = scenario("bangladesh-2000", "saudi-arabia", &[(HorizonYears, 12.0)]);
    assert_eq!(out, s.run().to_csv());
}

#[test]
fn the_csv_with_a_pinned_run_adds_its_columns_on_the_scenario_years() {
    let b = scenario("mali-2022", "france", &[(TransferCost, 0.03)])
        .run()
        .outputs();
    // Without a pin: the command line's CSV, byte for byte.
    let plain = migration_model::csv(&b, None);
    assert_eq!(
        plain,
        ok(&["--preset", "mali-2022", "--set", "transfer_cost=0.03"])
    );
    // A runs 12 years, B 30: A's cells are empty after 2034.
    let short = scenario("mali-2022", "france", &[(HorizonYears, 12.0)]);
    let a = short.run().outputs();
    let both = migration_model::csv(&b, Some(&a));
    let lines: Vec<&str> = both.lines().collect();
    let a_columns: Vec<String> = COLUMNS[1..].iter().map(|c| format!("a_{c}")).collect();
    assert_eq!(lines[0], format!("{HEADER},{}", a_columns.join(",")));
    assert_eq!(lines.len(), 32, "B's years");
    let a_csv = short.run().to_csv();
    let a_rows: Vec<&str> = a_csv.lines().skip(1).collect();
    for (i, (line, b_line)) in lines[1..].iter().zip(plain.lines().skip(1)).enumerate() {
        assert_eq!(line.split(',').count(), 43, "{line}");
        let (b_part, a_part) = line.split_at(b_line.len());
        assert_eq!(b_part, b_line, "B's cells as without a pin");
        match a_rows.get(i) {
            // A's own CSV row, without its year.
            Some(a_line) => assert_eq!(a_part, &a_line[4..], "{line}"),
            None => assert_eq!(a_part, ",".repeat(21), "{line}"),
        }
    }
    assert!(lines[13].starts_with("2034,") && !lines[13].ends_with(','));
    assert!(lines[14].starts_with("2035,") && lines[14].ends_with(",,"));
    // A longer than B: B's years only.
    let long = migration_model::csv(&a, Some(&b));
    assert_eq!(long.lines().count(), 14);
    assert!(long.lines().all(|l| !l.ends_with(',')));
}

#[test]
fn baseline_takes_assumptions_and_refuses_levers() {
    let base = ok(&[
        "--preset",
        "mali-2000",
        "--host",
        "cote-divoire",
        "--baseline",
    ]);
    let plain = ok(&["--preset", "mali-2000", "--host", "cote-divoire"]);
    assert_eq!(base, plain);
    let faster = ok(&[
        "--preset",
        "mali-2000",
        "--baseline",
        "--set",
        "labour_growth=0.03",
    ]);
    let s = scenario("mali-2000", "france", &[(LabourGrowth, 0.03)]);
    assert_eq!(faster, s.baseline().run().to_csv());
    let (code, out, err) = sim(&[
        "--preset",
        "mali-2000",
        "--baseline",
        "--set",
        "transfer_cost=0.03",
    ]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("transfer_cost") && err.contains("--baseline"),
        "{err}"
    );
}

#[test]
fn optimum_prints_json() {
    let out = ok(&["--preset", "bangladesh-2022", "--optimum"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "band",
            "curve",
            "emig_rate_skilled",
            "income_alone",
            "interior",
            "near",
            "objective",
            "skills_alone",
            "skills_weight_for_current",
        ]
    );
    assert_eq!(v["interior"], true);
    // docs/model.md §5: Bangladesh 2022's optimum is 0.45 %/yr, and the score
    // is within 10 % of its best from 0.25 % to 0.80 % a year.
    assert_eq!(v["emig_rate_skilled"].as_f64(), Some((0.05 * 9.0) / 100.0));
    let near: Vec<f64> = serde_json::from_value(v["near"].clone()).unwrap();
    assert_eq!(
        near.iter().map(|x| (x * 1e4).round()).collect::<Vec<_>>(),
        [25.0, 80.0]
    );
    // Bangladesh's current rate (0.31 %/yr) is optimal for no skills weight:
    // null, not an interval.
    assert!(v["skills_weight_for_current"].is_null(), "{out}");
    assert!(v["objective"].as_f64().unwrap() > 0.0);
    let band: Vec<f64> = serde_json::from_value(v["band"].clone()).unwrap();
    assert_eq!(band.len(), 2);
    assert!(band[0] <= 0.0045 && 0.0045 <= band[1] + 1e-15, "{band:?}");
    let curve: Vec<[f64; 2]> = serde_json::from_value(v["curve"].clone()).unwrap();
    assert_eq!(curve.len(), 101);
    assert_eq!(
        (curve[0], curve[100][0]),
        ([0.0, 0.0], (0.05 * 100.0) / 100.0)
    );
    let (p, h) = catalogue().find("bangladesh-2022", None).unwrap();
    let opt = Scenario::new(p, h, &Choices::new()).optimum();
    assert_eq!(out, opt.to_json() + "\n");
    let flat = ok(&[
        "--preset",
        "bangladesh-2022",
        "--optimum",
        "--set",
        "brain_gain=0",
    ]);
    assert!(flat.contains("\"interior\":false"), "{flat}");
    // A current rate on the optimum: an interval [lo, hi], hi null when no
    // weight is too high.
    let at = ok(&[
        "--preset",
        "bangladesh-2022",
        "--optimum",
        "--set",
        "emig_rate_skilled=0.0045",
    ]);
    let v: Value = serde_json::from_str(&at).unwrap();
    let weights = v["skills_weight_for_current"]
        .as_array()
        .expect("an interval");
    assert_eq!(weights.len(), 2);
    let lo = weights[0].as_f64().unwrap();
    assert!((0.0..=0.5).contains(&lo), "{at}");
    assert!(
        weights[1].is_null() || weights[1].as_f64().unwrap() >= 0.5,
        "{at}"
    );
}

#[test]
fn history_prints_three_rows_per_2000_preset_at_each_observations_year() {
    let out = ok(&["--history"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "preset,quantity,year,model,observed");
    let rows: Vec<Vec<&str>> = lines[1..].iter().map(|l| l.split(',').collect()).collect();
    // The 2000 presets, in file order.
    let earlier: Vec<&str> = catalogue()
        .presets
        .iter()
        .filter(|p| p.id.ends_with("-2000"))
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        earlier,
        ["bangladesh-2000", "mali-2000", "nepal-2000", "senegal-2000"]
    );
    assert_eq!(rows.len(), 3 * earlier.len());
    let quantities = [
        ("remittances_to_gdp", "2022"),
        ("skilled_share", "2010"),
        ("diaspora_people", "2020"),
    ];
    for (i, row) in rows.iter().enumerate() {
        let (quantity, year) = quantities[i % 3];
        assert_eq!(
            (row[0], row[1], row[2]),
            (earlier[i / 3], quantity, year),
            "row {i}"
        );
        for cell in &row[3..] {
            assert!(cell.parse::<f64>().unwrap().is_finite(), "row {i}: {cell}");
        }
    }
    assert_eq!(out, catalogue().history_csv());
    let (code, out, err) = sim(&["--history", "--preset", "x"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// A number of the JSON output equals `want`. The runner prints the shortest
/// round-trip form, but serde_json's default parser may read it 1 ulp off.
fn assert_json_number(got: &Value, want: f64, what: &str) {
    let got = got
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: {got} is no number"));
    assert!(
        (got - want).abs() <= 2.0 * f64::EPSILON * want.abs(),
        "{what}: {got} vs {want}"
    );
}

/// `--params`: every parameter with its kind, value, default and whether it was set.
#[test]
fn params_prints_every_parameter_with_its_default() {
    let out = ok(&[
        "--preset",
        "mali-2022",
        "--host",
        "cote-divoire",
        "--set",
        "retirement=0.03",
        "--set",
        "transfer_cost=0.02",
        "--params",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["model_version"], MODEL_VERSION);
    assert_eq!(v["model_version"], 3);
    // κ_R and the share of their earnings the migrants send (§3), from the
    // baseline's start, as the Assumptions view shows them.
    let base = scenario("mali-2022", "cote-divoire", &[(Retirement, 0.03)])
        .baseline()
        .run();
    assert_json_number(&v["kappa_r"], base.calibration.kappa_r, "kappa_r");
    assert_json_number(
        &v["share_of_earnings_sent"],
        base.share_of_earnings_sent(),
        "share_of_earnings_sent",
    );
    assert_eq!(v["data_version"], catalogue().data_version.as_str());
    assert_eq!(
        (v["preset"].as_str(), v["host"].as_str()),
        (Some("mali-2022"), Some("cote-divoire"))
    );
    let params = v["params"].as_array().unwrap();
    assert_eq!(params.len(), PARAM_COUNT);
    let set = choices(&[(Retirement, 0.03), (TransferCost, 0.02)]);
    let preset = catalogue().preset("mali-2022").unwrap();
    let host = preset.host("cote-divoire").unwrap();
    let (values, defaults) = (preset.params(host, &set), preset.defaults(host, &set));
    for (entry, spec) in params.iter().zip(&migration_model::SPECS) {
        let mut keys: Vec<&str> = entry
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["default", "kind", "name", "set", "value"]);
        assert_eq!(entry["name"], spec.name);
        let kind = match spec.kind {
            migration_model::Kind::Scenario => "S",
            migration_model::Kind::Assumption => "A",
        };
        assert_eq!(entry["kind"], kind, "{}", spec.name);
        assert_json_number(&entry["value"], values[spec.id], spec.name);
        assert_json_number(&entry["default"], defaults[spec.id], spec.name);
        let is_set = matches!(spec.id, Retirement | TransferCost);
        assert_eq!(entry["set"], is_set, "{}", spec.name);
    }
    // The unset skilled emigration rate follows μ = 0.03, and so does its default.
    let e_s = &params[EmigRateSkilled as usize];
    let plain: Value = serde_json::from_str(&ok(&["--preset", "mali-2022", "--params"])).unwrap();
    let before = plain["params"][EmigRateSkilled as usize]["value"]
        .as_f64()
        .unwrap();
    let fig = &preset.figures;
    let (h0, m_s0) = (fig.h0.value, fig.m_s0.value);
    let ds0 = h0 * m_s0 / (1.0 - m_s0);
    let follows = ds0 * (0.03 + 0.02 + fig.labour_growth.value) / h0;
    assert_eq!(e_s["set"], false);
    assert_json_number(&e_s["value"], follows, "emig_rate_skilled");
    assert_eq!(e_s["default"], e_s["value"]);
    assert!(e_s["value"].as_f64().unwrap() > before);
}

/// Exit 2, nothing on stdout, exactly one line on stderr containing `message`.
fn assert_refused(args: &[&str], message: &str) {
    let (code, out, err) = sim(args);
    assert_eq!(code, 2, "{args:?}");
    assert_eq!(out, "", "{args:?}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(err.contains(message), "{args:?}: {err:?} lacks {message:?}");
}

/// A bad preset, host or value: one line with the real reason. A bad value is
/// reported as unknown name, then not a number, then out of range (with the
/// range), then not whole, whichever comes first.
#[test]
fn bad_values_print_one_line_and_exit_2() {
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
            &["--preset", "mali-2022", "--set", "nope=1"],
            "unknown parameter \"nope\"",
        ),
        (
            &["--preset", "mali-2022", "--set", "nope=abc"],
            "unknown parameter \"nope\"",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost=abc"],
            "transfer_cost is not a number; allowed range 0–0.15",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost=NaN"],
            "transfer_cost is not a number; allowed range 0–0.15",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost=inf"],
            "transfer_cost is not a number; allowed range 0–0.15",
        ),
        (
            &["--preset", "mali-2022", "--set", "horizon_years=abc"],
            "horizon_years is not a number",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost=0.5"],
            "transfer_cost = 0.5 is out of range; allowed range 0–0.15",
        ),
        (
            &["--preset", "mali-2022", "--set", "horizon_years=60.5"],
            "horizon_years = 60.5 is out of range; allowed range 10–50",
        ),
        (
            &["--preset", "mali-2022", "--set", "horizon_years=12.5"],
            "horizon_years = 12.5 is not a whole number; allowed range 10–50",
        ),
        (
            &["--preset", "mali-2022", "--set", "prospect_horizon=7.5"],
            "prospect_horizon = 7.5 is not a whole number",
        ),
        (
            &["--preset", "mali-2022", "--set", "transfer_cost"],
            "not of the form name=value",
        ),
    ];
    for (args, message) in cases {
        assert_refused(args, message);
    }
}

/// A malformed command line: one line too, as the runner's documentation says.
#[test]
fn bad_arguments_print_one_line_and_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["--preset", "mali-2022", "--set"], "--set needs a value"),
        (
            &["--preset", "mali-2022", "--frobnicate"],
            "unknown argument \"--frobnicate\"",
        ),
        (
            &["--preset", "mali-2022", "--optimum", "--params"],
            "cannot be combined",
        ),
        (&[], "--preset is required"),
        (
            &["--history", "--preset", "x"],
            "--history takes no other option",
        ),
    ];
    for (args, message) in cases {
        assert_refused(args, message);
    }
}

#[test]
fn help_lists_presets_and_parameters() {
    let out = ok(&["--help"]);
    assert!(out.contains("mali-2022") && out.contains("cote-divoire"));
    assert!(out.contains("host_fiscal_per_migrant"));
}

#[test]
fn version_prints_the_release_the_model_and_the_data() {
    let line = ok(&["--version"]);
    let workspace = include_str!("../../../../Cargo.toml");
    let version = workspace
        .lines()
        .skip_while(|l| *l != "[workspace.package]")
        .find_map(|l| l.strip_prefix("version = "))
        .expect("the workspace's version")
        .trim_matches('"');
    assert_eq!(
        line,
        format!(
            "migration-sim {version} (model version {MODEL_VERSION}, data {})\n",
            catalogue().data_version
        )
    );
}
