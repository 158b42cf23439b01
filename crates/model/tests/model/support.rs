//! Shared helpers: scenarios by id, random points of the parameter box from a
//! small deterministic generator, and a relative comparison.

use migration_model::{
    Catalogue, Choices, Kind, ParamId, ParamSpec, Preset, Scenario, SplitMix64, Unit, SPECS,
};

pub fn catalogue() -> &'static Catalogue {
    Catalogue::embedded()
}

/// Every (preset, host index) pair shipped.
pub fn corridors() -> Vec<(&'static Preset, usize)> {
    catalogue()
        .presets
        .iter()
        .flat_map(|p| (0..p.hosts.len()).map(move |h| (p, h)))
        .collect()
}

/// Choices with each listed parameter set; panics on a value the model refuses.
pub fn choices(changes: &[(ParamId, f64)]) -> Choices {
    let mut choices = Choices::new();
    for &(id, v) in changes {
        choices
            .set(id, v)
            .unwrap_or_else(|e| panic!("test choice refused: {e}"));
    }
    choices
}

/// A scenario from ids and the parameters a person set.
pub fn scenario(preset: &str, host: &str, changes: &[(ParamId, f64)]) -> Scenario {
    let (p, h) = catalogue().find(preset, Some(host)).unwrap();
    Scenario::new(p, h, &choices(changes))
}

/// The crate's SplitMix64, with what property tests need on top. Tests seed
/// one generator per point and name the seed when an assertion fails.
pub struct Rng(SplitMix64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(SplitMix64(seed))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in [0, 1].
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / ((1u64 << 53) - 1) as f64
    }

    /// A random value of one parameter's range, whole where whole years are
    /// required. One draw in eight sits exactly on a bound, where edge cases live.
    pub fn value(&mut self, spec: &ParamSpec) -> f64 {
        let u = match self.next_u64() % 16 {
            0 => 0.0,
            1 => 1.0,
            _ => self.unit(),
        };
        let mut v = spec.min + u * (spec.max - spec.min);
        if spec.unit == Unit::WholeYears {
            v = v.round();
        }
        v.clamp(spec.min, spec.max)
    }

    /// A random point of the whole box: all 34 parameters set.
    pub fn choices(&mut self) -> Choices {
        self.choices_of(|_| true)
    }

    /// A random point of the assumption box: every assumption set, every
    /// scenario lever unset (at its default).
    pub fn assumptions(&mut self) -> Choices {
        self.choices_of(|spec| spec.kind == Kind::Assumption)
    }

    /// Random values for the parameters `pick` selects; the others unset.
    pub fn choices_of(&mut self, pick: impl Fn(&ParamSpec) -> bool) -> Choices {
        let mut choices = Choices::new();
        for spec in SPECS.iter().filter(|s| pick(s)) {
            let v = self.value(spec);
            choices
                .set(spec.id, v)
                .unwrap_or_else(|e| panic!("generator left the box: {e}"));
        }
        choices
    }
}

/// `got` equals `want` to `tol`, relative (absolute below 1).
pub fn assert_close(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol * want.abs().max(1.0),
        "{what}: got {got}, want {want} (tolerance {tol})"
    );
}

/// `got` equals `want` to `tol` relative to `want`, however small `want` is.
pub fn assert_rel(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol * want.abs(),
        "{what}: got {got}, want {want} (relative tolerance {tol})"
    );
}

/// Runs migration-sim: exit code, standard output, standard error.
pub fn sim(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_migration-sim"))
        .args(args)
        .output()
        .expect("migration-sim runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Runs migration-sim, which must succeed, and returns its output.
pub fn ok(args: &[&str]) -> String {
    let (code, out, err) = sim(args);
    assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
    out
}
