//! Model results for the current settings, and the wrappers that let derived
//! data be compared by identity. Below the charts and the summary, which read
//! results, and below the state, whose reducer computes them.

use migration_model::{
    Calibration, Catalogue, Choices, HistoryRow, Host, Optimum, Outputs, Preset, Run, Scenario,
    Uncertainty, DRAWS, SEED,
};
use std::rc::Rc;
use std::sync::OnceLock;

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

/// The embedded catalogue, compared by identity (there is only one).
#[derive(Clone, Copy, Debug)]
pub struct CatalogueRef(pub &'static Catalogue);

impl PartialEq for CatalogueRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for CatalogueRef {
    type Target = Catalogue;
    fn deref(&self) -> &Catalogue {
        self.0
    }
}

/// Model results for the current settings.
#[derive(Debug)]
pub struct Results {
    pub scenario: Scenario,
    /// Start-up values shared by the scenario and its baseline (κ_R is shown).
    pub calibration: Calibration,
    pub run: Vec<Outputs>,
    /// Shared while the baseline stays the same: same preset, host and assumptions.
    pub baseline: Rc<Vec<Outputs>>,
    /// The baseline's run, shared with `baseline`: the scenario's host block
    /// reads its path, so an input simulates the scenario only, not both.
    baseline_run: Rc<Run>,
    /// Shared while the model says the curve is the same (`Scenario::same_optimum`):
    /// moving e_s or a host assumption does not recompute it.
    pub optimum: Rc<Optimum>,
    /// The baseline's optimum, drawn dashed behind the scenario's curve.
    pub baseline_optimum: Rc<Optimum>,
    /// The share of their earnings the migrants send at t = 0, shown beside κ_R.
    pub share_sent: f64,
}

impl Results {
    /// Runs what changed since `previous`, reuses the rest.
    pub(crate) fn compute(scenario: Scenario, previous: Option<&Results>) -> Results {
        let base = scenario.baseline();
        let (baseline_run, baseline) = match previous {
            Some(p) if p.scenario.baseline() == base => {
                (p.baseline_run.clone(), p.baseline.clone())
            }
            _ => {
                let run = base.run();
                let outputs = run.outputs();
                (Rc::new(run), Rc::new(outputs))
            }
        };
        let baseline_optimum = match previous {
            Some(p) if p.scenario.baseline().same_optimum(&base) => p.baseline_optimum.clone(),
            _ => Rc::new(base.optimum()),
        };
        let optimum = match previous {
            Some(p) if p.scenario.same_optimum(&scenario) => p.optimum.clone(),
            // The baseline's curve while the levers set leave it (at start, all of them).
            _ if scenario.same_optimum(&base) => baseline_optimum.clone(),
            _ => Rc::new(scenario.optimum()),
        };
        // The run computes the start-up values anyway: keep them, not a second copy.
        let run = scenario.run_against(&baseline_run);
        Results {
            run: run.outputs(),
            share_sent: run.share_of_earnings_sent(),
            calibration: run.calibration,
            scenario,
            baseline,
            baseline_run,
            optimum,
            baseline_optimum,
        }
    }

    /// The scenario as CSV, by the model crate's serializer (as `migration-sim`),
    /// with the pinned scenario A's columns when one is pinned.
    pub fn csv(&self, pinned: Option<&Results>) -> String {
        migration_model::csv(&self.run, pinned.map(|a| &a.run[..]))
    }
}

/// The uncertainty bands of a scenario (docs/model.md §11): 400 runs, about
/// 1 ms, few enough for the reducer to compute in step, only while the
/// switch is on. `None` only for a number of draws out of range, which the
/// default is not.
pub fn bands(preset: &Preset, host: &Host, choices: &Choices) -> Option<Uncertainty> {
    Uncertainty::new(preset, host, choices, DRAWS, SEED).ok()
}

/// The history check of the embedded catalogue (docs/model.md §5): it depends
/// on no setting, so it is computed once, the first time it is shown.
pub fn history(catalogue: &'static Catalogue) -> &'static [HistoryRow<'static>] {
    static HISTORY: OnceLock<Vec<HistoryRow<'static>>> = OnceLock::new();
    HISTORY.get_or_init(|| catalogue.history())
}
