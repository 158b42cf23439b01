//! Guided lessons, as data: each lesson is tied to paragraphs of the document
//! and made of steps; a step is absolute (a preset, a host, a view, the chart
//! it is about and the parameters it sets, everything else at the preset's
//! defaults), so that a link to step 3 reproduces step 3. Words live in the
//! text catalogue, looked up by `LessonKey` and `StepKey`; their figures are
//! filled from each step's own run by `lesson_words`.

use crate::content::{ChartId, View};
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
        WhoGains => "who-gains",
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
    HostGulfOpen,
    ThenMali2000,
    ThenCheck,
    ThenBangladesh,
    ThenMali2022,
    WhoMix,
    WhoWages,
    WhoMigrants,
    WhoPrices,
    WhoOptimum,
}

/// What a step shows: preset and host ids of `presets.json`, the view, the
/// chart its words are about (none for a view without charts; its words name
/// it by its title, `{chart}`), and the parameters it sets (the rest at their
/// defaults): scenario levers, and an assumption where the step is about one.
#[derive(Debug)]
pub struct Step {
    pub preset: &'static str,
    pub host: &'static str,
    pub view: View,
    pub chart: Option<ChartId>,
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
                    HostGulfOpen,
                ],
            },
            LessonKey::ThenAndNow => &Lesson {
                paragraphs: &[1, 2],
                steps: &[ThenMali2000, ThenCheck, ThenBangladesh, ThenMali2022],
            },
            LessonKey::WhoGains => &Lesson {
                paragraphs: &[3, 4, 7],
                steps: &[WhoMix, WhoWages, WhoMigrants, WhoPrices, WhoOptimum],
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

/// "Who gains?": the skilled emigration of its steps on those who stay (ten
/// times Bangladesh's steady rate, about 0.003), large enough for the
/// composition effect to show.
const WHO_SKILLED: f64 = 0.03;
/// "Who gains?": the unskilled emigration of its steps on the migrants (twice
/// Bangladesh's steady rate, about 0.015).
const WHO_UNSKILLED: f64 = 0.03;

impl StepKey {
    pub fn step(self) -> &'static Step {
        use StepKey::*;
        use View::*;
        match self {
            OptimumBaseline => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                chart: Some(ChartId::Optimum),
                levers: &[],
            },
            OptimumNone => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                chart: Some(ChartId::Optimum),
                levers: &[(EmigRateSkilled, 0.0)],
            },
            // The optimum of the Mali 2022 defaults (a test checks it).
            OptimumAt => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                chart: Some(ChartId::Optimum),
                levers: &[(EmigRateSkilled, 0.0055)],
            },
            OptimumHigh => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                chart: Some(ChartId::Optimum),
                levers: &[(EmigRateSkilled, 0.04)],
            },
            OptimumBangladesh => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Optimum,
                chart: Some(ChartId::Optimum),
                levers: &[],
            },
            HealthDoctors => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::SkilledEmigration),
                levers: &[],
            },
            HealthDrain => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::SkilledEmigration),
                levers: &[(EmigRateSkilled, 0.03)],
            },
            HealthRemittances => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Remittances),
                levers: &[(EmigRateSkilled, 0.03), (RemitShareSkilled, 0.2)],
            },
            HealthReturns => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Skills),
                levers: &[(EmigRateSkilled, 0.03), (ReturnRateSkilled, 0.1)],
            },
            InvestBaseline => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                chart: Some(ChartId::Remittances),
                levers: &[],
            },
            InvestNone => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                chart: Some(ChartId::Capital),
                levers: &[(InvestedShare, 0.0)],
            },
            // What the ILO mobilisation policy sets (a test checks it).
            InvestMobilised => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                chart: Some(ChartId::Income),
                levers: &[(InvestedShare, 0.4)],
            },
            InvestMali => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Income),
                levers: &[(InvestedShare, 0.4)],
            },
            TransfersToday => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::TransferCosts),
                levers: &[],
            },
            // SDG target 10.c, as the policy sets it (a test checks it).
            TransfersTarget => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Remittances),
                levers: &[(TransferCost, 0.03)],
            },
            TransfersFree => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Remittances),
                levers: &[(TransferCost, 0.0)],
            },
            Transfers2000 => &Step {
                preset: MALI_2000,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::TransferCosts),
                levers: &[],
            },
            Transfers2000Target => &Step {
                preset: MALI_2000,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Remittances),
                levers: &[(TransferCost, 0.03)],
            },
            CoDevInvestment => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Capital),
                levers: &[(DiasporaInvestment, 0.05)],
            },
            CoDevReturns => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Skills),
                levers: &[(ReturnRateSkilled, 0.05)],
            },
            // The co-development policy's levers (a test checks it).
            CoDevPackage => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Income),
                levers: &[(ReturnRateSkilled, 0.05), (DiasporaInvestment, 0.05)],
            },
            // The return-with-skills policy's levers (a test checks it).
            CoDevSkills => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Skills),
                levers: &[(ReturnRateUnskilled, 0.15), (ReturnUpgrade, 0.01)],
            },
            CoDevOptimum => &Step {
                preset: MALI,
                host: FRANCE,
                view: Optimum,
                chart: Some(ChartId::Optimum),
                levers: &[(ReturnRateSkilled, 0.1)],
            },
            HostFrance => &Step {
                preset: MALI,
                host: FRANCE,
                view: Host,
                chart: Some(ChartId::HostImmigrants),
                levers: &[],
            },
            HostArrivals => &Step {
                preset: MALI,
                host: FRANCE,
                view: Host,
                chart: Some(ChartId::HostWages),
                levers: &[(EmigRateUnskilled, 0.04)],
            },
            HostNeighbour => &Step {
                preset: MALI,
                host: COTE_DIVOIRE,
                view: Host,
                chart: Some(ChartId::HostOutflow),
                levers: &[(EmigRateUnskilled, 0.04)],
            },
            // The regular-channels policy's lever (a test checks it).
            HostRegular => &Step {
                preset: MALI,
                host: FRANCE,
                view: Host,
                chart: Some(ChartId::HostFiscal),
                levers: &[(IrregularShare, 0.05)],
            },
            HostGulf => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Host,
                chart: Some(ChartId::HostImmigrants),
                levers: &[(EmigRateUnskilled, 0.03)],
            },
            // The same arrivals if the host took them as France does (δ_H = 0).
            HostGulfOpen => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Host,
                chart: Some(ChartId::HostWages),
                levers: &[(EmigRateUnskilled, 0.03), (HostDisplacement, 0.0)],
            },
            ThenMali2000 => &Step {
                preset: MALI_2000,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Remittances),
                levers: &[],
            },
            ThenCheck => &Step {
                preset: MALI_2000,
                host: FRANCE,
                view: Assumptions,
                chart: None,
                levers: &[],
            },
            ThenBangladesh => &Step {
                preset: BANGLADESH_2000,
                host: SAUDI_ARABIA,
                view: Assumptions,
                chart: None,
                levers: &[],
            },
            ThenMali2022 => &Step {
                preset: MALI,
                host: FRANCE,
                view: Origin,
                chart: Some(ChartId::Remittances),
                levers: &[],
            },
            // More skilled emigration: graduates become a smaller share of
            // those who stay (the composition effect, a test checks its sign).
            WhoMix => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                chart: Some(ChartId::Income),
                levers: &[(EmigRateSkilled, WHO_SKILLED)],
            },
            WhoWages => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                chart: Some(ChartId::HomeWages),
                levers: &[(EmigRateSkilled, WHO_SKILLED)],
            },
            WhoMigrants => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                chart: Some(ChartId::Income),
                levers: &[(EmigRateUnskilled, WHO_UNSKILLED)],
            },
            // The migrants' earnings at the dearest prices the range allows.
            WhoPrices => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Origin,
                chart: Some(ChartId::Income),
                levers: &[(EmigRateUnskilled, WHO_UNSKILLED), (AbroadPriceLevel, 3.0)],
            },
            WhoOptimum => &Step {
                preset: BANGLADESH,
                host: SAUDI_ARABIA,
                view: Optimum,
                chart: Some(ChartId::Optimum),
                levers: &[],
            },
        }
    }
}
