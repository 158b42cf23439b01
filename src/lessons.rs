//! Guided lessons, as data: each lesson is tied to paragraphs of the document
//! and made of steps; a step is absolute (a preset, a host, a view and the
//! scenario levers it sets, everything else at the preset's defaults), so that
//! a link to step 3 reproduces step 3. Words live in the text catalogue,
//! looked up by `LessonKey` and `StepKey`; their figures are filled from each
//! step's own run by `lesson_words`.

use crate::content::View;
use migration_model::keyed;
use migration_model::ParamId::{self, *};

keyed! {
    /// The lessons, in the order of the "Lessons" tab; the key names one in
    /// links (`lesson=`) and attributes (`data-lesson`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum LessonKey {
        Optimum => "optimum",
        HealthWorkers => "health-workers",
        Investment => "investment",
        CheaperTransfers => "cheaper-transfers",
        CoDevelopment => "co-development",
        HostView => "host-view",
        ThenAndNow => "then-and-now",
    }
}

/// One lesson: its paragraphs and its steps, in order.
#[derive(Debug)]
pub struct Lesson {
    pub paragraphs: &'static [u8],
    pub steps: &'static [StepKey],
}

/// Every step of every lesson, each named, so that its words are found by key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepKey {
    OptimumBaseline,
    OptimumNone,
    OptimumAt,
    OptimumHigh,
    OptimumBangladesh,
    HealthDoctors,
    HealthDrain,
    HealthRemittances,
    HealthReturns,
    InvestBaseline,
    InvestNone,
    InvestMobilised,
    InvestMali,
    TransfersToday,
    TransfersTarget,
    TransfersFree,
    Transfers2000,
    Transfers2000Target,
    CoDevInvestment,
    CoDevReturns,
    CoDevPackage,
    CoDevSkills,
    CoDevOptimum,
    HostFrance,
    HostArrivals,
    HostNeighbour,
    HostRegular,
    HostGulf,
    ThenMali2000,
    ThenCheck,
    ThenBangladesh,
    ThenMali2022,
}

/// What a step shows: preset and host ids of `presets.json`, the view, and the
/// scenario levers it sets (the rest at their defaults).
#[derive(Debug)]
pub struct Step {
    pub preset: &'static str,
    pub host: &'static str,
    pub view: View,
    pub levers: &'static [(ParamId, f64)],
}

impl LessonKey {
    pub fn lesson(self) -> &'static Lesson {
        use StepKey::*;
        match self {
            LessonKey::Optimum => &Lesson {
                paragraphs: &[7],
                steps: &[
                    OptimumBaseline,
                    OptimumNone,
                    OptimumAt,
                    OptimumHigh,
                    OptimumBangladesh,
                ],
            },
            LessonKey::HealthWorkers => &Lesson {
                paragraphs: &[3, 4],
                steps: &[HealthDoctors, HealthDrain, HealthRemittances, HealthReturns],
            },
            LessonKey::Investment => &Lesson {
                paragraphs: &[10],
                steps: &[InvestBaseline, InvestNone, InvestMobilised, InvestMali],
            },
            LessonKey::CheaperTransfers => &Lesson {
                paragraphs: &[10],
                steps: &[
                    TransfersToday,
                    TransfersTarget,
                    TransfersFree,
                    Transfers2000,
                    Transfers2000Target,
                ],
            },
            LessonKey::CoDevelopment => &Lesson {
                paragraphs: &[5, 6, 8],
                steps: &[
                    CoDevInvestment,
                    CoDevReturns,
                    CoDevPackage,
                    CoDevSkills,
                    CoDevOptimum,
                ],
            },
            LessonKey::HostView => &Lesson {
                paragraphs: &[3, 8],
                steps: &[
                    HostFrance,
                    HostArrivals,
                    HostNeighbour,
                    HostRegular,
                    HostGulf,
                ],
            },
            LessonKey::ThenAndNow => &Lesson {
                paragraphs: &[1, 2],
                steps: &[ThenMali2000, ThenCheck, ThenBangladesh, ThenMali2022],
            },
        }
    }
}

// Preset and host ids of `presets.json` (a test checks that each exists).
const MALI: &str = "mali-2022";
const MALI_2000: &str = "mali-2000";
const BANGLADESH: &str = "bangladesh-2022";
const BANGLADESH_2000: &str = "bangladesh-2000";
const FRANCE: &str = "france";
const COTE_DIVOIRE: &str = "cote-divoire";
const SAUDI_ARABIA: &str = "saudi-arabia";

impl StepKey {
    pub fn step(self) -> &'static Step {
        use StepKey::*;
        use View::*;
        match self {
            OptimumBaseline => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                levers: &[],
            },
            OptimumNone => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                levers: &[(EmigRateSkilled, 0.0)],
            },
            // The optimum of the Mali 2022 defaults (a test checks it).
            OptimumAt => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                levers: &[(EmigRateSkilled, 0.0055)],
            },
            OptimumHigh => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                levers: &[(EmigRateSkilled, 0.04)],
            },
            OptimumBangladesh => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Optimum,
                levers: &[],
            },
            HealthDoctors => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[],
            },
            HealthDrain => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(EmigRateSkilled, 0.03)],
            },
            HealthRemittances => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(EmigRateSkilled, 0.03), (RemitShareSkilled, 0.2)],
            },
            HealthReturns => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(EmigRateSkilled, 0.03), (ReturnRateSkilled, 0.1)],
            },
            InvestBaseline => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                levers: &[],
            },
            InvestNone => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                levers: &[(InvestedShare, 0.0)],
            },
            // What the ILO mobilisation policy sets (a test checks it).
            InvestMobilised => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                levers: &[(InvestedShare, 0.4)],
            },
            InvestMali => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(InvestedShare, 0.4)],
            },
            TransfersToday => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[],
            },
            // SDG target 10.c, as the policy sets it (a test checks it).
            TransfersTarget => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(TransferCost, 0.03)],
            },
            TransfersFree => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(TransferCost, 0.0)],
            },
            Transfers2000 => &Step {
                preset: MALI_2000,
                host: FRANCE,
                view: Origin,
                levers: &[],
            },
            Transfers2000Target => &Step {
                preset: MALI_2000,
                host: FRANCE,
                view: Origin,
                levers: &[(TransferCost, 0.03)],
            },
            CoDevInvestment => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(DiasporaInvestment, 0.05)],
            },
            CoDevReturns => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(ReturnRateSkilled, 0.05)],
            },
            // The co-development policy's levers (a test checks it).
            CoDevPackage => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(ReturnRateSkilled, 0.05), (DiasporaInvestment, 0.05)],
            },
            // The return-with-skills policy's levers (a test checks it).
            CoDevSkills => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[(ReturnRateUnskilled, 0.15), (ReturnUpgrade, 0.1)],
            },
            CoDevOptimum => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                levers: &[(ReturnRateSkilled, 0.1)],
            },
            HostFrance => &Step {
                preset: MALI,
                host: FRANCE,
                view: Host,
                levers: &[],
            },
            HostArrivals => &Step {
                preset: MALI,
                host: FRANCE,
                view: Host,
                levers: &[(EmigRateUnskilled, 0.04)],
            },
            HostNeighbour => &Step {
                preset: MALI,
                host: COTE_DIVOIRE,
                view: Host,
                levers: &[(EmigRateUnskilled, 0.04)],
            },
            // The regular-channels policy's lever (a test checks it).
            HostRegular => &Step {
                preset: MALI,
                host: FRANCE,
                view: Host,
                levers: &[(IrregularShare, 0.05)],
            },
            HostGulf => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Host,
                levers: &[(EmigRateUnskilled, 0.03)],
            },
            ThenMali2000 => &Step {
                preset: MALI_2000,
                host: FRANCE,
                view: Origin,
                levers: &[],
            },
            ThenCheck => &Step {
                preset: MALI_2000,
                host: FRANCE,
                view: Assumptions,
                levers: &[],
            },
            ThenBangladesh => &Step {
                preset: BANGLADESH_2000,
                host: SAUDI_ARABIA,
                view: Assumptions,
                levers: &[],
            },
            ThenMali2022 => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                levers: &[],
            },
        }
    }
}
