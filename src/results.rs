//! Model results for the current settings, and the wrappers that let derived
//! data be compared by identity. Below the charts and the summary, which read
//! results, and below the state, whose reducer computes them.

use migration_model::{Catalog, Optimum, Outputs, ParamId, Scenario};
use std::rc::Rc;

/// Derived data shared between states: equal when it is the same allocation,
/// which is exactly when the reducer kept it, so comparing props costs nothing.
#[derive(Debug, Default)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

/// The embedded catalog, compared by identity (there is only one).
#[derive(Clone, Copy, Debug)]
pub struct CatalogRef(pub &'static Catalog);

impl PartialEq for CatalogRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for CatalogRef {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        self.0
    }
}

/// Model results for the current settings.
#[derive(Debug)]
pub struct Results {
    pub scenario: Scenario,
    pub run: Vec<Outputs>,
    /// Shared while preset and host stay the same.
    pub baseline: Rc<Vec<Outputs>>,
    /// Shared while no lever but the skilled emigration rate moves: the curve
    /// does not depend on it.
    pub optimum: Rc<Optimum>,
    /// The baseline's optimum, drawn dashed behind the scenario's curve.
    pub baseline_optimum: Rc<Optimum>,
}

impl Results {
    /// Runs what changed since `previous`, reuses the rest.
    pub(crate) fn compute(scenario: Scenario, previous: Option<&Results>) -> Results {
        let same_place = previous.filter(|p| p.scenario.setting == scenario.setting);
        let (baseline, baseline_optimum) = match same_place {
            Some(p) => (p.baseline.clone(), p.baseline_optimum.clone()),
            None => {
                let base = scenario.baseline();
                (Rc::new(base.run().outputs()), Rc::new(base.optimum()))
            }
        };
        let optimum_key = |s: &Scenario| {
            let mut p = s.params;
            p[ParamId::EmigRateSkilled] = 0.0;
            p
        };
        let optimum = match same_place {
            Some(p) if optimum_key(&p.scenario) == optimum_key(&scenario) => p.optimum.clone(),
            _ => Rc::new(scenario.optimum()),
        };
        Results {
            run: scenario.run().outputs(),
            scenario,
            baseline,
            optimum,
            baseline_optimum,
        }
    }

    /// The scenario as CSV, by the model crate's serializer (as `migration-sim`).
    pub fn csv(&self) -> String {
        self.scenario.run().to_csv()
    }
}
