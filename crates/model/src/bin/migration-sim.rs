//! `migration-sim`: runs the model from the command line, for researchers and
//! for checking the widget's numbers.
//!
//! Prints one CSV row per year (the widget's "Download data (CSV)" uses the same
//! serializer), with `--optimum` the migration optimum as JSON, with `--params`
//! every parameter of the run as JSON, with `--sensitivity` or `--uncertainty`
//! what drives the result (docs/model.md §10) as JSON, or with `--history` the
//! history check.
//! Bad arguments print one line to stderr and exit with status 2.

use migration_model::{
    parse_assignment, Catalogue, Choices, Kind, ModelError, ParamId, Scenario, Sensitivity,
    Uncertainty, DRAWS, DRAWS_RANGE, MODEL_VERSION, SEED, SPECS,
};
use serde_json::json;
use std::process::ExitCode;

/// One line, so that every refusal is one line too.
const USAGE: &str = "usage: migration-sim --preset ID [--host ID] [--set name=value]... \
                     [--baseline] [--optimum | --params | --sensitivity | --uncertainty \
                     [--draws N] [--seed S]], or migration-sim --history | --version";

/// What the command line asked for.
enum Command {
    Run(Args),
    History,
    Help,
    Version,
}

/// What a run prints.
#[derive(Clone, Copy, PartialEq)]
enum Output {
    Csv,
    Optimum,
    Params,
    Sensitivity,
    Uncertainty,
}

struct Args {
    preset: String,
    host: Option<String>,
    sets: Vec<String>,
    baseline: bool,
    output: Output,
    draws: usize,
    seed: u64,
}

/// `--draws`: a whole number in DRAWS_RANGE.
fn parse_draws(text: &str) -> Result<usize, String> {
    let [lo, hi] = DRAWS_RANGE;
    text.parse()
        .ok()
        .filter(|n| (lo..=hi).contains(n))
        .ok_or(format!(
            "--draws {text:?} is not allowed; allowed range {lo}–{hi}, whole numbers"
        ))
}

/// `--seed`: any unsigned 64-bit whole number.
fn parse_seed(text: &str) -> Result<u64, String> {
    text.parse().map_err(|_| {
        format!(
            "--seed {text:?} is not allowed; allowed range 0–{}, whole numbers",
            u64::MAX
        )
    })
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Command, String> {
    let args: Vec<String> = args.collect();
    if args.iter().any(|a| a == "--history") {
        return if args.len() == 1 {
            Ok(Command::History)
        } else {
            Err("--history takes no other option".into())
        };
    }
    let mut preset = None;
    let mut host = None;
    let mut sets = Vec::new();
    let mut baseline = false;
    let mut output = Output::Csv;
    let (mut draws, mut seed) = (None, None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or(format!("{flag} needs a value"));
        let mut choose = |wanted: Output, flag: &str| {
            if output != Output::Csv && output != wanted {
                return Err(format!(
                    "{flag} cannot be combined with another output option"
                ));
            }
            output = wanted;
            Ok(())
        };
        match arg.as_str() {
            "--preset" => preset = Some(value("--preset")?),
            "--host" => host = Some(value("--host")?),
            "--set" => sets.push(value("--set")?),
            "--baseline" => baseline = true,
            "--optimum" => choose(Output::Optimum, "--optimum")?,
            "--params" => choose(Output::Params, "--params")?,
            "--sensitivity" => choose(Output::Sensitivity, "--sensitivity")?,
            "--uncertainty" => choose(Output::Uncertainty, "--uncertainty")?,
            "--draws" => draws = Some(parse_draws(&value("--draws")?)?),
            "--seed" => seed = Some(parse_seed(&value("--seed")?)?),
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    let preset = preset.ok_or(format!("--preset is required; {USAGE}"))?;
    if (draws.is_some() || seed.is_some()) && output != Output::Uncertainty {
        return Err("--draws and --seed go with --uncertainty only".into());
    }
    Ok(Command::Run(Args {
        preset,
        host,
        sets,
        baseline,
        output,
        draws: draws.unwrap_or(DRAWS),
        seed: seed.unwrap_or(SEED),
    }))
}

fn help(catalogue: &Catalogue) -> String {
    let mut out = format!("{USAGE}\n\npresets and hosts:\n");
    for p in &catalogue.presets {
        let hosts: Vec<&str> = p.hosts.iter().map(|h| h.id.as_str()).collect();
        out += &format!("  {:<16} hosts: {}\n", p.id, hosts.join(", "));
    }
    out += "\nparameters (--set name=value; S: scenario lever, A: assumption):\n";
    for s in &SPECS {
        let kind = match s.kind {
            Kind::Scenario => 'S',
            Kind::Assumption => 'A',
        };
        out += &format!("  {:<24} {kind}  {} to {}\n", s.name, s.min, s.max);
    }
    out
}

/// Why a run was refused: the model's reason, or a rule of the command line.
enum Refusal {
    Model(ModelError),
    LeverInBaseline(ParamId),
    Other(String),
}

impl From<ModelError> for Refusal {
    fn from(e: ModelError) -> Self {
        Refusal::Model(e)
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Model(e) => e.fmt(f),
            Refusal::LeverInBaseline(id) => write!(
                f,
                "{id} is a scenario lever: --baseline keeps every lever at its default and takes assumptions only"
            ),
            Refusal::Other(message) => f.write_str(message),
        }
    }
}

fn run(args: &Args, catalogue: &Catalogue) -> Result<String, Refusal> {
    let (preset, host) = catalogue.find(&args.preset, args.host.as_deref())?;
    let mut choices = Choices::new();
    for text in &args.sets {
        let (id, value) = parse_assignment(text)?;
        if args.baseline && id.kind() == Kind::Scenario {
            return Err(Refusal::LeverInBaseline(id));
        }
        choices.set(id, value).map_err(ModelError::from)?;
    }
    let scenario = Scenario::new(preset, host, &choices);
    Ok(match args.output {
        Output::Csv => scenario.run().to_csv(),
        Output::Optimum => scenario.optimum().to_json() + "\n",
        Output::Sensitivity => Sensitivity::new(preset, host, &choices).to_json() + "\n",
        Output::Uncertainty => {
            // parse_args has checked the draws already; this is the model's own check.
            let bands = Uncertainty::new(preset, host, &choices, args.draws, args.seed)
                .map_err(|e| Refusal::Other(e.to_string()))?;
            bands.to_json() + "\n"
        }
        Output::Params => {
            let params: Vec<_> = SPECS
                .iter()
                .map(|s| {
                    json!({
                        "name": s.name,
                        "kind": s.kind,
                        "value": scenario.params[s.id],
                        "default": scenario.defaults[s.id],
                        "set": choices.is_set(s.id),
                    })
                })
                .collect();
            // κ_R and what it implies (§3), from the baseline's start.
            let baseline = scenario.baseline().run();
            let doc = json!({
                "model_version": MODEL_VERSION,
                "data_version": catalogue.data_version,
                "preset": preset.id,
                "host": host.id,
                "params": params,
                "kappa_r": baseline.calibration.kappa_r,
                "share_of_earnings_sent": baseline.share_of_earnings_sent(),
            });
            doc.to_string() + "\n"
        }
    })
}

fn main() -> ExitCode {
    let fail = |message: &dyn std::fmt::Display| {
        eprintln!("migration-sim: {message}");
        ExitCode::from(2)
    };
    let catalogue = Catalogue::embedded();
    let result = match parse_args(std::env::args().skip(1)) {
        Err(message) => return fail(&message),
        Ok(Command::Help) => Ok(help(catalogue)),
        Ok(Command::History) => Ok(catalogue.history_csv()),
        Ok(Command::Version) => Ok(format!(
            "migration-sim {} (model version {MODEL_VERSION}, data {})\n",
            env!("CARGO_PKG_VERSION"),
            catalogue.data_version
        )),
        Ok(Command::Run(args)) => run(&args, catalogue),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}
