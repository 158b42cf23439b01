//! The parameters of docs/model.md §2, as one table of data, and the two
//! things built on it: [`Choices`] (what a person has set) and [`Params`]
//! (every value resolved, defaults included).
//!
//! Every consumer (simulation, command line, the widget's controls and its
//! "Assumptions" view) reads [`SPECS`]; nothing else lists the parameters.

use crate::preset::{HostFigure, OriginFigure};
use serde::Serialize;
use std::fmt;
use std::ops::{Index, IndexMut};

/// One parameter. The discriminant indexes [`SPECS`], [`Params`] and [`Choices`]
/// (a test checks that every row sits at its own id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "&'static str")]
pub enum ParamId {
    EmigRateUnskilled,
    EmigRateSkilled,
    RemitShareUnskilled,
    RemitShareSkilled,
    TransferCost,
    InvestedShare,
    ReturnRateUnskilled,
    ReturnRateSkilled,
    ReturnUpgrade,
    DiasporaInvestment,
    WageRatioUnskilled,
    WageRatioSkilled,
    IrregularShare,
    IrregularPenalty,
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
    RemitDecay,
    CostElasticity,
    DiasporaProductivity,
    AbroadPriceLevel,
    SkillsWeight,
    DiscountRate,
    HorizonYears,
    HostWageElasticity,
    HostWageAdjustment,
    HostLabourShare,
    HostFiscalPerMigrant,
    HostDisplacement,
}

/// Number of parameters.
pub const PARAM_COUNT: usize = 36;

impl ParamId {
    /// Every parameter, in table order.
    pub fn all() -> impl Iterator<Item = ParamId> {
        SPECS.iter().map(|s| s.id)
    }

    /// The assumptions drawn for the uncertainty bands, in the order they are
    /// drawn: table order. The others (labour growth, the optimum's weights,
    /// the horizon, the host's wage elasticity and labour share) keep the
    /// scenario's values.
    pub fn sampled() -> impl Iterator<Item = ParamId> {
        SPECS.iter().filter(|s| s.sampled).map(|s| s.id)
    }

    /// The parameter's row in [`SPECS`].
    pub fn spec(self) -> &'static ParamSpec {
        &SPECS[self as usize]
    }

    /// The name used in links, the command line and the docs, e.g. `transfer_cost`.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    pub fn kind(self) -> Kind {
        self.spec().kind
    }

    /// Looks a parameter up by its name.
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

/// The two kinds of parameter (docs/model.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Kind {
    /// What a policy or a change in migration does: acts from year 0, in the
    /// scenario only. Its baseline keeps the default.
    #[serde(rename = "S")]
    Scenario,
    /// How the economy works: applies to the scenario and its baseline alike,
    /// and the start-up state is re-calibrated with it.
    #[serde(rename = "A")]
    Assumption,
}

/// How a value is measured, so that views can format it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A share of something (0.03 = 3 %).
    Share,
    /// A share per year (0.03 = 3 % a year).
    SharePerYear,
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
    /// Origin-side, under "Advanced".
    Advanced,
    /// Host-side assumptions, under "Advanced". They never move the origin's
    /// numbers, nor the optimum.
    Host,
}

/// Where a default comes from. A figure is named by its key, so that the
/// table says which one, and the compiler refuses a figure that no preset has.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum DefaultValue {
    /// The same for every preset.
    Fixed(f64),
    /// A figure of the origin preset.
    Origin(OriginFigure),
    /// A figure of the host preset (`host_displacement`).
    Host(HostFigure),
    /// The emigration rate that keeps the preset's diaspora a steady share of
    /// its population, under the current retirement and labour growth (§3).
    Steady,
}

/// Status of a default, as in docs/model.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Status {
    /// A published figure that was read in its source.
    #[serde(rename = "V")]
    Verified,
    /// Derived from published figures by a stated formula.
    #[serde(rename = "D")]
    Derived,
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
    /// Used in links, the command line and the docs.
    pub name: &'static str,
    /// Symbol of docs/model.md, e.g. `e_s`.
    pub symbol: &'static str,
    pub kind: Kind,
    /// Drawn for the uncertainty bands (docs/model.md §11): assumptions only,
    /// drawn in table order, which fixes the random sequence
    /// ([`ParamId::sampled`]).
    pub sampled: bool,
    pub default: DefaultValue,
    pub min: f64,
    pub max: f64,
    /// Slider step: fine enough that every grid point of the optimum is reachable.
    pub step: f64,
    pub unit: Unit,
    pub group: Group,
    pub status: Status,
    /// Paragraphs of A/CONF.191/L.7 the parameter illustrates.
    pub paragraphs: &'static [u8],
    /// Bibliographic source or basis of the default.
    pub source: &'static str,
}

impl ParamSpec {
    /// Checks one value against this row, in the order the reasons are
    /// reported: a number (finite), inside the range, whole where whole.
    pub fn check(&self, value: f64) -> Result<f64, ParamError> {
        let problem = if !value.is_finite() {
            ParamProblem::NotANumber
        } else if value < self.min || value > self.max {
            ParamProblem::OutOfRange
        } else if self.unit == Unit::WholeYears && value.fract() != 0.0 {
            ParamProblem::NotWhole
        } else {
            return Ok(value);
        };
        Err(ParamError {
            id: self.id,
            value,
            problem,
        })
    }
}

/// Why a value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamProblem {
    /// Not a number, NaN or infinite.
    NotANumber,
    /// Outside the parameter's range.
    OutOfRange,
    /// A fraction where a whole number is required.
    NotWhole,
}

/// A refused parameter value: names the parameter, the reason and the range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamError {
    pub id: ParamId,
    pub value: f64,
    pub problem: ParamProblem,
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let spec = self.id.spec();
        let name = spec.name;
        match self.problem {
            ParamProblem::NotANumber => write!(f, "{name} is not a number")?,
            ParamProblem::OutOfRange => write!(f, "{name} = {} is out of range", self.value)?,
            ParamProblem::NotWhole => write!(f, "{name} = {} is not a whole number", self.value)?,
        }
        write!(f, "; allowed range {}–{}", spec.min, spec.max)?;
        if spec.unit == Unit::WholeYears {
            f.write_str(", whole numbers")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParamError {}

/// What a person has set: each parameter is set (to a checked value) or
/// unset (it follows its default, which may move: §3). Only a reset unsets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Choices([Option<f64>; PARAM_COUNT]);

impl Default for Choices {
    fn default() -> Self {
        Choices([None; PARAM_COUNT])
    }
}

impl Choices {
    /// Nothing set: every parameter at its default.
    pub fn new() -> Choices {
        Choices::default()
    }

    /// Sets one parameter after checking the value.
    pub fn set(&mut self, id: ParamId, value: f64) -> Result<(), ParamError> {
        self.0[id as usize] = Some(id.spec().check(value)?);
        Ok(())
    }

    /// Sets a value already known to be valid: a range's end, or a draw inside
    /// the range (docs/model.md §11). Checked in debug builds.
    pub(crate) fn put(&mut self, id: ParamId, value: f64) {
        debug_assert!(id.spec().check(value).is_ok(), "{id} = {value}");
        self.0[id as usize] = Some(value);
    }

    /// Back to following the default.
    pub fn unset(&mut self, id: ParamId) {
        self.0[id as usize] = None;
    }

    /// Unsets every parameter of one kind ("Reset to baseline", "Reset assumptions").
    pub fn unset_kind(&mut self, kind: Kind) {
        for id in ParamId::all().filter(|id| id.kind() == kind) {
            self.unset(id);
        }
    }

    pub fn get(&self, id: ParamId) -> Option<f64> {
        self.0[id as usize]
    }

    pub fn is_set(&self, id: ParamId) -> bool {
        self.get(id).is_some()
    }

    /// The set parameters with their values, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (ParamId, f64)> + '_ {
        ParamId::all().filter_map(|id| self.get(id).map(|v| (id, v)))
    }

    /// The set parameters of one kind.
    pub fn of_kind(&self, kind: Kind) -> Choices {
        let mut only = *self;
        for id in ParamId::all().filter(|id| id.kind() != kind) {
            only.unset(id);
        }
        only
    }
}

/// Every parameter's value, indexed by [`ParamId`]: the resolved form a run uses.
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

    /// The first value that is not a number, outside its range or not whole.
    pub fn validate(&self) -> Result<(), ParamError> {
        SPECS
            .iter()
            .try_for_each(|spec| spec.check(self[spec.id]).map(|_| ()))
    }

    /// These values with every parameter in `choices` overlaid.
    pub fn with(mut self, choices: &Choices) -> Params {
        for (id, value) in choices.iter() {
            self[id] = value;
        }
        self
    }
}

impl Index<ParamId> for Params {
    type Output = f64;
    fn index(&self, id: ParamId) -> &f64 {
        &self.0[id as usize]
    }
}

impl IndexMut<ParamId> for Params {
    /// Unchecked write, for internal runs that docs/model.md lets leave the
    /// range (the optimum's brain-gain band).
    fn index_mut(&mut self, id: ParamId) -> &mut f64 {
        &mut self.0[id as usize]
    }
}

use DefaultValue::{Fixed, Origin, Steady};
use Group::{Advanced, Host, Main};
use HostFigure as HostFig;
use Kind::{Assumption, Scenario};
use ParamId::*;
use Status::{Calibration as C, Derived as D, FromPreset, Verified as V};
use Unit::{Number, Ratio, Share, SharePerYear, WholeYears};

/// The parameter table of docs/model.md §2, in its order.
pub static SPECS: [ParamSpec; PARAM_COUNT] = [
    ParamSpec {
        id: EmigRateUnskilled,
        name: "emig_rate_unskilled",
        symbol: "e_u",
        kind: Scenario,
        sampled: false,
        default: Steady,
        min: 0.0,
        max: 0.1,
        step: 0.0005,
        unit: SharePerYear,
        group: Main,
        status: D,
        paragraphs: &[3, 7],
        source: "Default keeps the observed diaspora a steady share of the population (docs/model.md §3)",
    },
    ParamSpec {
        id: EmigRateSkilled,
        name: "emig_rate_skilled",
        symbol: "e_s",
        kind: Scenario,
        sampled: false,
        default: Steady,
        min: 0.0,
        max: 0.05,
        step: 0.0005,
        unit: SharePerYear,
        group: Main,
        status: D,
        paragraphs: &[3, 7],
        source: "Default keeps the observed diaspora a steady share of the population (docs/model.md §3)",
    },
    ParamSpec {
        id: RemitShareUnskilled,
        name: "remit_share_unskilled",
        symbol: "r_u",
        kind: Scenario,
        sampled: false,
        default: Fixed(0.3),
        min: 0.05,
        max: 0.5,
        step: 0.01,
        unit: Share,
        group: Main,
        status: C,
        paragraphs: &[9, 10],
        source: "Calibration choice; IFAD (2017): migrants send about 15 % of their earnings on average; Gulf–Bangladesh surveys report 30–40 %",
    },
    ParamSpec {
        id: RemitShareSkilled,
        name: "remit_share_skilled",
        symbol: "r_s",
        kind: Scenario,
        sampled: false,
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
        id: TransferCost,
        name: "transfer_cost",
        symbol: "c",
        kind: Scenario,
        sampled: false,
        default: Origin(OriginFigure::TransferCost),
        min: 0.0,
        max: 0.15,
        step: 0.001,
        unit: Share,
        group: Main,
        status: V,
        paragraphs: &[10],
        source: "World Bank, Remittance Prices Worldwide: global average 6.18 % (Q3 2023), South Asia 5.44 %, Sub-Saharan Africa 7.39 %; SDG target 10.c: under 3 %",
    },
    ParamSpec {
        id: InvestedShare,
        name: "invested_share",
        symbol: "φ",
        kind: Scenario,
        sampled: false,
        default: Fixed(0.15),
        min: 0.0,
        max: 0.6,
        step: 0.01,
        unit: Share,
        group: Main,
        status: C,
        paragraphs: &[10],
        source: "Calibration choice; Bangladesh Bureau of Statistics (2013), survey on the use of remittances: about a third used for \"investment\", land included; land purchases are not capital formation, hence 0.15",
    },
    ParamSpec {
        id: ReturnRateUnskilled,
        name: "return_rate_unskilled",
        symbol: "ρ_u",
        kind: Scenario,
        sampled: false,
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
        kind: Scenario,
        sampled: false,
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
        kind: Scenario,
        sampled: false,
        default: Fixed(0.0),
        min: 0.0,
        max: 0.05,
        step: 0.001,
        unit: Share,
        group: Advanced,
        status: C,
        paragraphs: &[5, 6],
        source: "Calibration choice: no published rate; Wahba (2015, Journal of Population Economics) finds a wage premium for returnees, not degrees",
    },
    ParamSpec {
        id: DiasporaInvestment,
        name: "diaspora_investment",
        symbol: "f",
        kind: Scenario,
        sampled: false,
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
        id: WageRatioUnskilled,
        name: "wage_ratio_unskilled",
        symbol: "ω_u",
        kind: Scenario,
        sampled: false,
        default: Origin(OriginFigure::WageRatioUnskilled),
        min: 1.0,
        max: 10.0,
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
        kind: Scenario,
        sampled: false,
        default: Origin(OriginFigure::WageRatioSkilled),
        min: 1.0,
        max: 10.0,
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
        kind: Scenario,
        sampled: false,
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
        kind: Scenario,
        sampled: false,
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
        id: ProspectHorizon,
        name: "prospect_horizon",
        symbol: "H",
        kind: Assumption,
        sampled: true,
        default: Fixed(10.0),
        min: 5.0,
        max: 20.0,
        step: 1.0,
        unit: WholeYears,
        group: Advanced,
        status: C,
        paragraphs: &[7],
        source: "Calibration choice",
    },
    ParamSpec {
        id: BrainGain,
        name: "brain_gain",
        symbol: "β",
        kind: Assumption,
        sampled: true,
        default: Fixed(0.8),
        min: 0.0,
        max: 1.5,
        step: 0.05,
        unit: Number,
        group: Advanced,
        status: C,
        paragraphs: &[5, 7],
        source: "Calibration choice; Beine, Docquier & Rapoport (2008, Economic Journal 118): a positive incentive effect, net gains for few countries; Mountford (1997, Journal of Development Economics)",
    },
    ParamSpec {
        id: MaxStudyShare,
        name: "max_study_share",
        symbol: "q_max",
        kind: Assumption,
        sampled: true,
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
        kind: Assumption,
        sampled: true,
        default: Fixed(0.7),
        min: 0.0,
        max: 2.0,
        step: 0.05,
        unit: Number,
        group: Advanced,
        status: C,
        paragraphs: &[3, 7],
        source: "Calibration choice; with capital adjusting, output and wages rise about 1.1 % per point of skilled share, inside Moretti (2004, Journal of Econometrics 121): +1 point of college share raises wages 0.4–1.9 %, an upper bound",
    },
    ParamSpec {
        id: CapitalShare,
        name: "capital_share",
        symbol: "α",
        kind: Assumption,
        sampled: true,
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
        kind: Assumption,
        sampled: true,
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
        kind: Assumption,
        sampled: true,
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
        kind: Assumption,
        sampled: true,
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
        kind: Assumption,
        sampled: false,
        default: Origin(OriginFigure::LabourGrowth),
        min: 0.0,
        max: 0.04,
        step: 0.001,
        unit: SharePerYear,
        group: Advanced,
        status: D,
        paragraphs: &[2],
        source: "The preset country's labour-force growth 2000–2022 (World Bank, WDI)",
    },
    ParamSpec {
        id: Retirement,
        name: "retirement",
        symbol: "μ",
        kind: Assumption,
        sampled: true,
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
        id: RemitDecay,
        name: "remit_decay",
        symbol: "d",
        kind: Assumption,
        sampled: true,
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
        id: CostElasticity,
        name: "cost_elasticity",
        symbol: "η",
        kind: Assumption,
        sampled: true,
        default: Fixed(1.6),
        min: 0.0,
        max: 3.2,
        step: 0.1,
        unit: Number,
        group: Advanced,
        status: C,
        paragraphs: &[10],
        source: "Calibration choice; Kpodar & Imam (IMF WP/22/218, 2022): cutting costs to the SDG's 3 % would add about US$32 billion a year, about 5 % of flows to low- and middle-income countries, for a cut of about 3 points; estimated on money received, for cuts of a few points",
    },
    ParamSpec {
        id: DiasporaProductivity,
        name: "diaspora_productivity",
        symbol: "χ",
        kind: Assumption,
        sampled: true,
        default: Fixed(0.3),
        min: 0.0,
        max: 1.0,
        step: 0.05,
        unit: Number,
        group: Advanced,
        status: C,
        paragraphs: &[5],
        source: "Calibration choice; Agrawal, Kapur, McHale & Oettl (2011, Journal of Urban Economics 69): diaspora links offset part, not all, of the knowledge lost when a skilled worker leaves",
    },
    ParamSpec {
        id: AbroadPriceLevel,
        name: "abroad_price_level",
        symbol: "ψ",
        kind: Assumption,
        sampled: true,
        default: Fixed(1.5),
        min: 1.0,
        max: 3.0,
        step: 0.05,
        unit: Ratio,
        group: Advanced,
        status: C,
        paragraphs: &[2],
        source: "Calibration choice, a middle value: prices are higher where migrants live than at home for every corridor except the African neighbours and India (about 1), and about twice as high in the Gulf and Europe; World Bank, price level ratio (WDI PA.NUS.PPPC.RF)",
    },
    ParamSpec {
        id: SkillsWeight,
        name: "skills_weight",
        symbol: "ω_h",
        kind: Assumption,
        sampled: false,
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
        id: DiscountRate,
        name: "discount_rate",
        symbol: "r",
        kind: Assumption,
        sampled: false,
        default: Fixed(0.03),
        min: 0.0,
        max: 0.1,
        step: 0.005,
        unit: SharePerYear,
        group: Advanced,
        status: C,
        paragraphs: &[7],
        source: "Calibration choice",
    },
    ParamSpec {
        id: HorizonYears,
        name: "horizon_years",
        symbol: "T",
        kind: Assumption,
        sampled: false,
        default: Fixed(30.0),
        min: 10.0,
        max: 50.0,
        step: 1.0,
        unit: WholeYears,
        group: Main,
        status: C,
        paragraphs: &[],
        source: "Calibration choice",
    },
    ParamSpec {
        id: HostWageElasticity,
        name: "host_wage_elasticity",
        symbol: "ε",
        kind: Assumption,
        sampled: false,
        default: Fixed(0.3),
        min: 0.0,
        max: 1.0,
        step: 0.01,
        unit: Number,
        group: Host,
        status: V,
        paragraphs: &[3],
        source: "Borjas (2003, Quarterly Journal of Economics 118): about −0.3 to −0.4",
    },
    ParamSpec {
        id: HostWageAdjustment,
        name: "host_wage_adjustment",
        symbol: "a",
        kind: Assumption,
        sampled: true,
        default: Fixed(0.2),
        min: 0.0,
        max: 1.0,
        step: 0.01,
        unit: SharePerYear,
        group: Host,
        status: C,
        paragraphs: &[3, 8],
        source: "Calibration choice; long-run wage effects near zero: Ottaviano & Peri (2012, Journal of the European Economic Association 10), NASEM (2017)",
    },
    ParamSpec {
        id: HostLabourShare,
        name: "host_labour_share",
        symbol: "s_L",
        kind: Assumption,
        sampled: false,
        default: Fixed(0.7),
        min: 0.5,
        max: 0.8,
        step: 0.01,
        unit: Share,
        group: Host,
        status: V,
        paragraphs: &[3],
        source: "Borjas (1995, Journal of Economic Perspectives 9(2))",
    },
    ParamSpec {
        id: HostFiscalPerMigrant,
        name: "host_fiscal_per_migrant",
        symbol: "b_f",
        kind: Assumption,
        sampled: true,
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
    ParamSpec {
        id: HostDisplacement,
        name: "host_displacement",
        symbol: "δ_H",
        kind: Assumption,
        sampled: false,
        default: DefaultValue::Host(HostFig::HostDisplacement),
        min: 0.0,
        max: 1.0,
        step: 0.05,
        unit: Share,
        group: Host,
        status: FromPreset,
        paragraphs: &[3],
        source: "Host preset: 0.8 where intake follows employers' demand through sponsorship and visa quotas (Saudi Arabia, the UAE, Qatar), 0.5 for Malaysia (levy and quotas), 0 elsewhere",
    },
];
