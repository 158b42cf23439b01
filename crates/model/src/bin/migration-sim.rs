//! `migration-sim`: runs the model from the command line, for researchers and
//! for checking the widget's numbers.
//!
//! Prints one CSV row per year (the widget's "Download data (CSV)" uses the same
//! serializer), or with `--optimum` the migration optimum as JSON. Bad arguments
//! print one line to stderr and exit with status 2.

use migration_model::{parse_assignment, Catalog, ModelError, Scenario, SPECS};
use std::process::ExitCode;

const USAGE: &str =
    "usage: migration-sim --preset ID [--host ID] [--set name=value]... [--baseline] [--optimum]";

/// What the command line asked for.
struct Args {
    preset: String,
    host: Option<String>,
    sets: Vec<String>,
    baseline: bool,
    optimum: bool,
}

enum Parsed {
    Run(Args),
    Help,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Parsed, String> {
    let mut preset = None;
    let mut host = None;
    let mut sets = Vec::new();
    let (mut baseline, mut optimum) = (false, false);
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--preset" => preset = Some(value("--preset")?),
            "--host" => host = Some(value("--host")?),
            "--set" => sets.push(value("--set")?),
            "--baseline" => baseline = true,
            "--optimum" => optimum = true,
            "-h" | "--help" => return Ok(Parsed::Help),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    let preset = preset.ok_or(format!("--preset is required; {USAGE}"))?;
    if baseline && !sets.is_empty() {
        return Err("--baseline runs the preset's defaults and takes no --set".into());
    }
    Ok(Parsed::Run(Args {
        preset,
        host,
        sets,
        baseline,
        optimum,
    }))
}

fn help(catalog: &Catalog) -> String {
    let mut out = format!("{USAGE}\n\npresets and hosts:\n");
    for p in &catalog.presets {
        let hosts: Vec<&str> = p.hosts.iter().map(|h| h.id.as_str()).collect();
        out += &format!("  {:<16} hosts: {}\n", p.id, hosts.join(", "));
    }
    out += "\nparameters (--set name=value):\n";
    for s in &SPECS {
        out += &format!("  {:<24} {} to {}\n", s.name, s.min, s.max);
    }
    out
}

fn run(args: &Args, catalog: &Catalog) -> Result<String, ModelError> {
    let (preset, host) = catalog.find(&args.preset, args.host.as_deref())?;
    let mut params = preset.defaults();
    if !args.baseline {
        for text in &args.sets {
            let (id, value) = parse_assignment(text)?;
            params.set(id, value)?;
        }
    }
    let scenario = Scenario::new(preset, host, params)?;
    if args.optimum {
        Ok(scenario.optimum().to_json() + "\n")
    } else {
        Ok(scenario.run().to_csv())
    }
}

fn main() -> ExitCode {
    let fail = |message: &dyn std::fmt::Display| {
        eprintln!("migration-sim: {message}");
        ExitCode::from(2)
    };
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    match parse_args(std::env::args().skip(1)) {
        Err(message) => fail(&message),
        Ok(Parsed::Help) => {
            print!("{}", help(catalog));
            ExitCode::SUCCESS
        }
        Ok(Parsed::Run(args)) => match run(&args, catalog) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
    }
}
