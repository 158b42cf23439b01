//! The scenario levers of MODEL.md §2 and §4, as one table of data.
//!
//! Every consumer (simulation, command line, the widget's controls and its
//! "Assumptions" view) reads [`SPECS`]; nothing else lists the parameters.

use serde::Serialize;
use std::fmt;
use std::ops::{Index, IndexMut};

/// One scenario lever. The discriminant indexes [`SPECS`] and [`Params`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "&'static str")]
pub enum ParamId {
    EmigRateUnskilled,
    EmigRateSkilled,
    ProspectHorizon,
    BrainGain,
    MaxStudyShare,
    SkillSpillover,
    CapitalShare,
    SkillPremium,
    SavingRate,
    Depreciation,
    LabourGrowth,
    Retirement,
    RemitShareUnskilled,
    RemitShareSkilled,
    RemitDecay,
    TransferCost,
    InvestedShare,
    ReturnRateUnskilled,
    ReturnRateSkilled,
    ReturnUpgrade,
    DiasporaInvestment,
    DiasporaProductivity,
    WageRatioUnskilled,
    WageRatioSkilled,
    IrregularShare,
    IrregularPenalty,
    SkillsWeight,
    HorizonYears,
    HostWageElasticity,
    HostLabourShare,
    HostFiscalPerMigrant,
}

/// Number of parameters.
pub const PARAM_COUNT: usize = 31;

impl ParamId {
    /// Every parameter, in table order.
    pub fn all() -> impl Iterator<Item = ParamId> {
        SPECS.iter().map(|s| s.id)
    }

    /// The parameter's row in [`SPECS`].
    pub fn spec(self) -> &'static ParamSpec {
        &SPECS[self as usize]
    }

    /// The MODEL.md name, e.g. `transfer_cost`.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// Looks a parameter up by its MODEL.md name.
    pub fn from_name(name: &str) -> Option<ParamId> {
        SPECS.iter().find(|s| s.name == name).map(|s| s.id)
    }
}

impl From<ParamId> for &'static str {
    fn from(id: ParamId) -> Self {
        id.name()
    }
}

impl fmt::Display for ParamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a value is measured, so that views can format it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A share of something (0.03 = 3 %).
    Share,
    /// A share per year (0.03 = 3 % a year).
    SharePerYear,
    /// Years.
    Years,
    /// Whole years: fractions are refused.
    WholeYears,
    /// A ratio of two amounts (host / home earnings).
    Ratio,
    /// An elasticity or weight, no unit.
    Number,
}

/// Where a parameter sits in the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// The main panel: what a non-specialist moves.
    Main,
    /// Origin-side assumptions under "Advanced assumptions".
    Advanced,
    /// Host-side assumptions under "Advanced assumptions".
    Host,
}

/// Where a default comes from.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum DefaultValue {
    /// The same for every preset.
    Fixed(f64),
    /// Taken or computed from the preset (MODEL.md §3).
    Preset,
}

/// Status of a default, as in MODEL.md: read in a source, or a calibration choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Status {
    /// A published figure that was read in its source.
    #[serde(rename = "V")]
    Verified,
    /// A calibration or illustrative choice: shown to users as an assumption.
    #[serde(rename = "C")]
    Calibration,
    /// Comes from the preset, whose figures carry their own status.
    #[serde(rename = "preset")]
    FromPreset,
}

/// One row of the parameter table.
#[derive(Debug, Serialize)]
pub struct ParamSpec {
    pub id: ParamId,
    /// MODEL.md name, used in URLs, the command line and the CSV.
    pub name: &'static str,
    /// Symbol of MODEL.md, e.g. `e_s`.
    pub symbol: &'static str,
    pub default: DefaultValue,
    pub min: f64,
    pub max: f64,
    /// Slider step: fine enough that every grid point of the optimum is reachable.
    pub step: f64,
    pub unit: Unit,
    pub group: Group,
    pub status: Status,
    /// Paragraphs of A/CONF.191/L.7 the lever illustrates.
    pub paragraphs: &'static [u8],
    /// Bibliographic source or basis of the default.
    pub source: &'static str,
}

impl ParamSpec {
    /// Checks one value against this row: finite, inside the range, whole where whole.
    pub fn check(&self, value: f64) -> Result<f64, ParamError> {
        let problem = if value.is_nan() {
            Some(Problem::NotANumber)
        } else if value.is_infinite() {
            Some(Problem::Infinite)
        } else if value < self.min || value > self.max {
            Some(Problem::OutOfRange)
        } else if self.unit == Unit::WholeYears && value.fract() != 0.0 {
            Some(Problem::NotWhole)
        } else {
            None
        };
        match problem {
            None => Ok(value),
            Some(problem) => Err(ParamError {
                id: self.id,
                value,
                problem,
            }),
        }
    }
}

/// Why a value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    NotANumber,
    Infinite,
    OutOfRange,
    NotWhole,
}

/// A refused parameter value: names the parameter and its range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamError {
    pub id: ParamId,
    pub value: f64,
    pub problem: Problem,
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let spec = self.id.spec();
        let what = match self.problem {
            Problem::NotANumber => "is not a number".to_string(),
            Problem::Infinite => "is infinite".to_string(),
            Problem::OutOfRange => format!("= {} is out of range", self.value),
            Problem::NotWhole => format!("= {} is not a whole number of years", self.value),
        };
        write!(
            f,
            "{} {what}; allowed range {}–{}",
            spec.name, spec.min, spec.max
        )
    }
}

impl std::error::Error for ParamError {}

/// A full set of lever values, indexed by [`ParamId`].
///
/// A plain array keeps copies cheap (the optimum runs the model 303 times)
/// and makes "every parameter" a loop, not a list to keep in sync.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params([f64; PARAM_COUNT]);

impl Params {
    /// Values taken as they are; call [`Params::validate`] before trusting them.
    pub fn from_array(values: [f64; PARAM_COUNT]) -> Self {
        Params(values)
    }

    /// Sets one value after checking it against its range.
    pub fn set(&mut self, id: ParamId, value: f64) -> Result<(), ParamError> {
        self.0[id as usize] = id.spec().check(value)?;
        Ok(())
    }

    /// The first value that is outside its range, NaN or infinite.
    pub fn validate(&self) -> Result<(), ParamError> {
        SPECS
            .iter()
            .try_for_each(|spec| spec.check(self[spec.id]).map(|_| ()))
    }

    /// The parameters whose values differ from `other`, in table order.
    pub fn differences<'a>(&'a self, other: &'a Params) -> impl Iterator<Item = ParamId> + 'a {
        ParamId::all().filter(move |&id| self[id] != other[id])
    }
}

impl Index<ParamId> for Params {
    type Output = f64;
    fn index(&self, id: ParamId) -> &f64 {
        &self.0[id as usize]
    }
}

impl IndexMut<ParamId> for Params {
    /// Unchecked write, for internal runs that MODEL.md lets leave the range
    /// (the optimum's brain-gain band).
    fn index_mut(&mut self, id: ParamId) -> &mut f64 {
        &mut self.0[id as usize]
    }
}

use DefaultValue::{Fixed, Preset};
use Group::{Advanced, Host, Main};
use ParamId::*;
use Status::{Calibration as C, FromPreset, Verified as V};
use Unit::{Number, Ratio, Share, SharePerYear, WholeYears, Years};

/// The parameter table of MODEL.md §2 and §4, in MODEL.md's order.
pub static SPECS: [ParamSpec; PARAM_COUNT] = [
    ParamSpec {
        id: EmigRateUnskilled,
        name: "emig_rate_unskilled",
        symbol: "e_u",
        default: Preset,
        min: 0.0,
        max: 0.05,
        step: 0.0005,
        unit: SharePerYear,
        group: Main,
        status: FromPreset,
        paragraphs: &[3, 7],
        source: "Default keeps the preset's observed diaspora stable (MODEL.md §3)",
    },
    ParamSpec {
        id: EmigRateSkilled,
        name: "emig_rate_skilled",
        symbol: "e_s",
        default: Preset,
        min: 0.0,
        max: 0.05,
        step: 0.0005,
        unit: SharePerYear,
        group: Main,
        status: FromPreset,
        paragraphs: &[3, 7],
        source: "Default keeps the preset's observed diaspora stable (MODEL.md §3)",
    },
    ParamSpec {
        id: ProspectHorizon,
        name: "prospect_horizon",
        symbol: "H",
        default: Fixed(10.0),
        min: 5.0,
        max: 20.0,
        step: 1.0,
        unit: Years,
        group: Advanced,
        status: C,
        paragraphs: &[7],
        source: "Calibration choice",
    },
    ParamSpec {
        id: BrainGain,
        name: "brain_gain",
        symbol: "β",
        default: Fixed(0.8),
        min: 0.0,
        max: 1.5,
        step: 0.05,
        unit: Number,
        group: Advanced,
        status: C,
        paragraphs: &[5, 7],
        source: "Calibration choice; Beine, Docquier & Rapoport (2008, Economic Journal 118) find a positive incentive effect, net gains for few countries; Mountford (1997, Journal of Development Economics) shows a brain drain can raise home human capital",
    },
    ParamSpec {
        id: MaxStudyShare,
        name: "max_study_share",
        symbol: "q_max",
        default: Fixed(0.6),
        min: 0.2,
        max: 0.9,
        step: 0.01,
        unit: Share,
        group: Advanced,
        status: C,
        paragraphs: &[],
        source: "Calibration choice",
    },
    ParamSpec {
        id: SkillSpillover,
        name: "skill_spillover",
        symbol: "λ",
        default: Fixed(0.3),
        min: 0.0,
        max: 0.5,
        step: 0.01,
        unit: Number,
        group: Advanced,
        status: C,
        paragraphs: &[3, 7],
        source: "Calibration choice; Moretti (2004): +1 point of college share raises others' wages 1.6–1.9 % (an upper bound)",
    },
    ParamSpec {
        id: CapitalShare,
        name: "capital_share",
        symbol: "α",
        default: Fixed(0.35),
        min: 0.3,
        max: 0.45,
        step: 0.01,
        unit: Share,
        group: Advanced,
        status: C,
        paragraphs: &[],
        source: "Calibration choice",
    },
    ParamSpec {
        id: SkillPremium,
        name: "skill_premium",
        symbol: "π",
        default: Fixed(2.5),
        min: 1.5,
        max: 4.0,
        step: 0.1,
        unit: Ratio,
        group: Advanced,
        status: C,
        paragraphs: &[],
        source: "Calibration choice",
    },
    ParamSpec {
        id: SavingRate,
        name: "saving_rate",
        symbol: "s",
        default: Fixed(0.2),
        min: 0.1,
        max: 0.35,
        step: 0.01,
        unit: Share,
        group: Advanced,
        status: C,
        paragraphs: &[],
        source: "Calibration choice",
    },
    ParamSpec {
        id: Depreciation,
        name: "depreciation",
        symbol: "δ",
        default: Fixed(0.05),
        min: 0.02,
        max: 0.1,
        step: 0.005,
        unit: SharePerYear,
        group: Advanced,
        status: C,
        paragraphs: &[],
        source: "Calibration choice",
    },
    ParamSpec {
        id: LabourGrowth,
        name: "labour_growth",
        symbol: "n",
        default: Fixed(0.02),
        min: 0.0,
        max: 0.04,
        step: 0.001,
        unit: SharePerYear,
        group: Advanced,
        status: C,
        paragraphs: &[2],
        source: "Calibration choice",
    },
    ParamSpec {
        id: Retirement,
        name: "retirement",
        symbol: "μ",
        default: Fixed(0.025),
        min: 0.015,
        max: 0.04,
        step: 0.001,
        unit: SharePerYear,
        group: Advanced,
        status: C,
        paragraphs: &[],
        source: "Calibration choice (a 40-year working life)",
    },
    ParamSpec {
        id: RemitShareUnskilled,
        name: "remit_share_unskilled",
        symbol: "r_u",
        default: Fixed(0.3),
        min: 0.05,
        max: 0.5,
        step: 0.01,
        unit: Share,
        group: Main,
        status: V,
        paragraphs: &[9, 10],
        source: "IFAD (2017): migrants send about 15 % of their earnings on average; Gulf–Bangladesh surveys report 30–40 %",
    },
    ParamSpec {
        id: RemitShareSkilled,
        name: "remit_share_skilled",
        symbol: "r_s",
        default: Fixed(0.1),
        min: 0.0,
        max: 0.3,
        step: 0.01,
        unit: Share,
        group: Main,
        status: C,
        paragraphs: &[9, 10],
        source: "Calibration choice",
    },
    ParamSpec {
        id: RemitDecay,
        name: "remit_decay",
        symbol: "d",
        default: Fixed(0.03),
        min: 0.0,
        max: 0.1,
        step: 0.005,
        unit: SharePerYear,
        group: Advanced,
        status: C,
        paragraphs: &[],
        source: "Calibration choice; the evidence is mixed",
    },
    ParamSpec {
        id: TransferCost,
        name: "transfer_cost",
        symbol: "c",
        default: Preset,
        min: 0.0,
        max: 0.15,
        step: 0.001,
        unit: Share,
        group: Main,
        status: FromPreset,
        paragraphs: &[10],
        source: "World Bank, Remittance Prices Worldwide: global average 6.18 % (Q3 2023), South Asia 5.44 %, Sub-Saharan Africa 7.39 %; SDG target 10.c: under 3 %",
    },
    ParamSpec {
        id: InvestedShare,
        name: "invested_share",
        symbol: "φ",
        default: Fixed(0.25),
        min: 0.0,
        max: 0.6,
        step: 0.01,
        unit: Share,
        group: Main,
        status: V,
        paragraphs: &[10],
        source: "Bangladesh Bureau of Statistics (2013), survey on the use of remittances: about a third used for \"investment\", land included",
    },
    ParamSpec {
        id: ReturnRateUnskilled,
        name: "return_rate_unskilled",
        symbol: "ρ_u",
        default: Fixed(0.1),
        min: 0.0,
        max: 0.3,
        step: 0.005,
        unit: SharePerYear,
        group: Main,
        status: C,
        paragraphs: &[5, 6],
        source: "Calibration choice",
    },
    ParamSpec {
        id: ReturnRateSkilled,
        name: "return_rate_skilled",
        symbol: "ρ_s",
        default: Fixed(0.02),
        min: 0.0,
        max: 0.3,
        step: 0.005,
        unit: SharePerYear,
        group: Main,
        status: C,
        paragraphs: &[5, 6],
        source: "Calibration choice",
    },
    ParamSpec {
        id: ReturnUpgrade,
        name: "return_upgrade",
        symbol: "g",
        default: Fixed(0.03),
        min: 0.0,
        max: 0.3,
        step: 0.01,
        unit: Share,
        group: Advanced,
        status: C,
        paragraphs: &[5, 6],
        source: "Calibration choice; Wahba (2015, Journal of Population Economics) finds a wage premium for returnees",
    },
    ParamSpec {
        id: DiasporaInvestment,
        name: "diaspora_investment",
        symbol: "f",
        default: Fixed(0.02),
        min: 0.0,
        max: 0.1,
        step: 0.005,
        unit: Share,
        group: Advanced,
        status: C,
        paragraphs: &[5, 8],
        source: "Calibration choice",
    },
    ParamSpec {
        id: DiasporaProductivity,
        name: "diaspora_productivity",
        symbol: "χ",
        default: Fixed(0.02),
        min: 0.0,
        max: 0.05,
        step: 0.005,
        unit: Number,
        group: Advanced,
        status: C,
        paragraphs: &[5],
        source: "Calibration choice",
    },
    ParamSpec {
        id: WageRatioUnskilled,
        name: "wage_ratio_unskilled",
        symbol: "ω_u",
        default: Preset,
        min: 1.0,
        max: 30.0,
        step: 0.1,
        unit: Ratio,
        group: Advanced,
        status: FromPreset,
        paragraphs: &[2],
        source: "Preset",
    },
    ParamSpec {
        id: WageRatioSkilled,
        name: "wage_ratio_skilled",
        symbol: "ω_s",
        default: Preset,
        min: 1.0,
        max: 15.0,
        step: 0.1,
        unit: Ratio,
        group: Advanced,
        status: FromPreset,
        paragraphs: &[2],
        source: "Preset",
    },
    ParamSpec {
        id: IrregularShare,
        name: "irregular_share",
        symbol: "ι",
        default: Fixed(0.2),
        min: 0.0,
        max: 0.8,
        step: 0.01,
        unit: Share,
        group: Main,
        status: C,
        paragraphs: &[3],
        source: "Calibration choice",
    },
    ParamSpec {
        id: IrregularPenalty,
        name: "irregular_penalty",
        symbol: "p",
        default: Fixed(0.25),
        min: 0.0,
        max: 0.5,
        step: 0.01,
        unit: Share,
        group: Advanced,
        status: C,
        paragraphs: &[3],
        source: "Calibration choice",
    },
    ParamSpec {
        id: SkillsWeight,
        name: "skills_weight",
        symbol: "ω_h",
        default: Fixed(0.5),
        min: 0.0,
        max: 2.0,
        step: 0.05,
        unit: Number,
        group: Advanced,
        status: C,
        paragraphs: &[7],
        source: "Calibration choice: the \"guard\" of ¶7",
    },
    ParamSpec {
        id: HorizonYears,
        name: "horizon_years",
        symbol: "T",
        default: Fixed(30.0),
        min: 10.0,
        max: 50.0,
        step: 1.0,
        unit: WholeYears,
        group: Main,
        status: C,
        paragraphs: &[],
        source: "—",
    },
    ParamSpec {
        id: HostWageElasticity,
        name: "host_wage_elasticity",
        symbol: "ε",
        default: Fixed(0.3),
        min: 0.0,
        max: 1.0,
        step: 0.01,
        unit: Number,
        group: Host,
        status: V,
        paragraphs: &[3],
        source: "Borjas (1995), Journal of Economic Perspectives 9(2)",
    },
    ParamSpec {
        id: HostLabourShare,
        name: "host_labour_share",
        symbol: "s_L",
        default: Fixed(0.7),
        min: 0.5,
        max: 0.8,
        step: 0.01,
        unit: Share,
        group: Host,
        status: V,
        paragraphs: &[3],
        source: "Borjas (1995), Journal of Economic Perspectives 9(2)",
    },
    ParamSpec {
        id: HostFiscalPerMigrant,
        name: "host_fiscal_per_migrant",
        symbol: "b_f",
        default: Fixed(0.0),
        min: -0.3,
        max: 0.3,
        step: 0.01,
        unit: Share,
        group: Host,
        status: C,
        paragraphs: &[3],
        source: "Calibration choice; OECD International Migration Outlook 2013: immigrants' net fiscal impact is \"close to zero\", rarely beyond ±0.5 % of GDP",
    },
];
