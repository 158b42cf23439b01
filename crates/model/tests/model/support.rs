//! Shared helpers: scenarios by id and a small deterministic random generator.

use migration_model::{Catalog, ParamId, Params, Preset, Scenario, SPECS};

pub fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("embedded presets are valid")
}

/// Every (preset, host) pair shipped.
pub fn corridors() -> Vec<(&'static Preset, usize)> {
    catalog()
        .presets
        .iter()
        .flat_map(|p| (0..p.hosts.len()).map(move |h| (p, h)))
        .collect()
}

/// A scenario from ids and `name=value` changes to the preset's defaults.
pub fn scenario(preset: &str, host: &str, changes: &[(ParamId, f64)]) -> Scenario {
    let (p, h) = catalog().find(preset, Some(host)).unwrap();
    let mut params = p.defaults();
    for &(id, v) in changes {
        params.set(id, v).unwrap();
    }
    Scenario::new(p, h, params).unwrap()
}

/// splitmix64: reproducible without a dependency; a failing seed is printed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1].
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / ((1u64 << 53) - 1) as f64
    }

    /// A random point of the whole parameter box; whole years where required.
    /// One draw in eight sits exactly on a bound, where edge cases live.
    pub fn params(&mut self) -> Params {
        let mut values = [0.0; migration_model::PARAM_COUNT];
        for spec in &SPECS {
            let u = match self.next_u64() % 16 {
                0 => 0.0,
                1 => 1.0,
                _ => self.unit(),
            };
            let mut v = spec.min + u * (spec.max - spec.min);
            if spec.id == ParamId::HorizonYears {
                v = v.round();
            }
            values[spec.id as usize] = v.clamp(spec.min, spec.max);
        }
        Params::from_array(values)
    }
}

pub fn assert_close(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol * want.abs().max(1.0),
        "{what}: got {got}, want {want} (tolerance {tol})"
    );
}
