//! Country presets: the figures of docs/model.md §9 with their sources,
//! embedded at compile time from `assets/data/presets.json` and validated by tests.

use crate::params::{Choices, DefaultValue, Kind, ParamId, Params, PARAM_COUNT, SPECS};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

/// The preset file, as shipped.
pub const PRESETS_JSON: &str = include_str!("../../../assets/data/presets.json");

/// Growth rates are printed to six decimals.
const GROWTH_TOLERANCE: f64 = 5e-7;

/// Status of a figure, as in docs/model.md §9.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum FigureStatus {
    /// Read in the source.
    V,
    /// Derived here from V figures; the formula is given.
    D,
    /// A calibration choice or an estimate not confirmed in a primary source.
    C,
}

/// One published or derived number, with where it comes from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    pub year: i32,
    pub status: FigureStatus,
    /// Key into [`Catalogue::sources`].
    pub source: String,
    /// For derived figures: `a / b`, each a name of a figure of the same
    /// preset or host, or a count as its source prints it ("2,294,220").
    pub formula: Option<String>,
    pub note: Option<PerLang<String>>,
}

/// Words in each language the widget speaks, read from `presets.json`, where
/// a translator sees them side by side. The model knows no language: the
/// widget picks one (`Lang::pick`); the command line and docs use `en`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerLang<T> {
    pub en: T,
    pub fr: T,
}

impl PerLang<String> {
    /// Every language's words, for validation. The pattern names every field
    /// (no `..`), so a new language is a compile error here, not a blank
    /// that validation never sees.
    fn all(&self) -> [&str; 2] {
        let PerLang { en, fr } = self;
        [en, fr]
    }
}

/// A country's name in one language, in every form a sentence needs: French
/// writes the article into the preposition ("au Mali", "en France", "du
/// Mali", "de la France", "de France"), so a template cannot add it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Alone: a list, a heading ("Mali", "Côte d'Ivoire").
    pub name: String,
    /// Where: "in Mali", "au Mali".
    pub r#in: String,
    /// Whose: "the GDP of Mali", "le PIB du Mali".
    pub of: String,
    /// Where from: "from France", "de France".
    pub from: String,
}

impl PerLang<Place> {
    /// Every language's forms, for validation; every field named, as above.
    fn all(&self) -> [&str; 8] {
        let PerLang { en, fr } = self;
        [
            &en.name, &en.r#in, &en.of, &en.from, &fr.name, &fr.r#in, &fr.of, &fr.from,
        ]
    }
}

/// The origin country's figures (docs/model.md §9, origin presets).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OriginFigures {
    /// L_O, people.
    pub labour_force: Figure,
    pub population: Figure,
    /// Current US$ of the base year.
    pub gdp_usd: Figure,
    pub remittances_usd: Figure,
    /// Remittances / GDP at t = 0.
    pub rem_gdp0: Figure,
    pub emigrant_stock: Figure,
    /// Emigrant stock / resident labour force.
    pub d0: Figure,
    /// Tertiary share of the labour force.
    pub h0: Figure,
    /// Skilled emigration rate Ds / (Ds + S).
    pub m_s0: Figure,
    pub transfer_cost: Figure,
    pub wage_ratio_unskilled: Figure,
    pub wage_ratio_skilled: Figure,
    /// n, yearly growth of the native-born working population: the default of `labour_growth`.
    pub labour_growth: Figure,
    /// Share of the doctors trained in the country who work abroad: quoted by
    /// the widget's lessons, not used by the model (whose skilled workers are
    /// all the tertiary-educated).
    pub doctors_abroad: Option<Figure>,
}

/// A host country's figures (docs/model.md §9, host presets).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostFigures {
    /// L_H, people.
    pub labour_force: Figure,
    pub gdp_usd: Figure,
    /// m_H0, immigrants / labour force at t = 0.
    pub immigrant_share: Figure,
    pub emigrants_from_origin: Figure,
    /// θ, share of the origin's emigrants who live in this host.
    pub corridor_share: Figure,
    /// n_H, the host's yearly labour-force growth.
    pub labour_growth: Figure,
    /// θ_R, share of the origin's recorded remittances that come from this host.
    pub corridor_remittance_share: Figure,
    /// δ_H's default: share of the corridor's extra migrants who take places
    /// other immigrants would have filled (intake set by demand and visas).
    pub host_displacement: Figure,
    /// Cost of sending money from the host (shown, not used by the model).
    pub send_cost: Option<Figure>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Host {
    pub id: String,
    /// The host country's names.
    pub country: PerLang<Place>,
    pub figures: HostFigures,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    /// As a list shows it: "Mali 2022".
    pub name: PerLang<String>,
    /// The origin country's names; presets of one country have the same.
    pub country: PerLang<Place>,
    pub base_year: i32,
    pub figures: OriginFigures,
    pub hosts: Vec<Host>,
    #[serde(default)]
    pub notes: Vec<PerLang<String>>,
    /// For the history check (§5): the later preset whose data this one's
    /// run is compared with.
    pub observed_in: Option<String>,
}

/// A source of figures, with what its terms ask of those who reuse it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Publisher and title (the publisher's French title where it has one).
    pub name: PerLang<String>,
    /// Edition or release, where the source has several.
    pub edition: Option<PerLang<String>>,
    /// Indicator codes or tables read.
    pub indicators: Option<PerLang<String>>,
    /// The terms under which the figures are reused, and the attribution they ask.
    pub licence: PerLang<String>,
}

/// All presets and the sources they cite.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Which edition of the data this is, printed with every reproducible run.
    pub data_version: String,
    /// By key, in the key's order. A list, not a map: a `BTreeMap` cost the
    /// widget's download 17 KB of code for a dozen entries looked up rarely.
    #[serde(deserialize_with = "by_key")]
    pub sources: Vec<(String, Citation)>,
    pub presets: Vec<Preset>,
}

/// The file's `sources` object as a list in key order.
fn by_key<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<(String, Citation)>, D::Error> {
    BTreeMap::<String, Citation>::deserialize(d).map(|map| map.into_iter().collect())
}

/// Why a preset file was rejected.
#[derive(Clone, Debug, PartialEq)]
pub enum PresetError {
    /// The JSON does not have the expected shape (a missing field, a typo…).
    Parse(String),
    /// A figure or a preset breaks a rule; `at` says where, e.g. `mali-2022/h0`.
    Invalid { at: String, reason: String },
}

impl fmt::Display for PresetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PresetError::Parse(e) => write!(f, "preset file: {e}"),
            PresetError::Invalid { at, reason } => write!(f, "preset {at}: {reason}"),
        }
    }
}

impl std::error::Error for PresetError {}

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// Text `i` of `TEXTS`, in the code build.rs writes (a call is smaller than
/// its expansion).
#[inline(never)]
fn s(i: u16) -> String {
    let i = usize::from(i);
    let start = i.checked_sub(1).map_or(0, |before| ENDS[before]);
    TEXTS[usize::from(start)..usize::from(ENDS[i])].to_string()
}

/// Row `i` of a table in the code build.rs writes. Indexed here, not in the
/// generated file: an index out of range would name the file it panics in,
/// and the generated file's name is the absolute path of the build folder,
/// which made the widget's download depend on where it was built.
fn row<T>(table: &[T], i: u16) -> &T {
    &table[usize::from(i)]
}

/// Number `i` of `NUMBERS`, in the code build.rs writes.
fn number(i: u16) -> f64 {
    NUMBERS[usize::from(i)]
}

/// An optional field in the code build.rs writes: what `read` makes of its
/// cell, or `None` where the cell is `NONE`.
fn opt<T>(cell: u16, read: fn(u16) -> T) -> Option<T> {
    (cell != NONE).then(|| read(cell))
}

/// A list in the code build.rs writes: its `len` items from `LISTS[start..]`,
/// each read by `read`.
fn list<T>(start: u16, len: u16, read: fn(u16) -> T) -> Vec<T> {
    let start = usize::from(start);
    LISTS[start..start + usize::from(len)]
        .iter()
        .map(|&cell| read(cell))
        .collect()
}

/// Words in every language, from `TEXTS[i..]` in the order of `PerLang`'s
/// fields, in the code build.rs writes.
#[inline(never)]
fn t(i: u16) -> PerLang<String> {
    PerLang {
        en: s(i),
        fr: s(i + 1),
    }
}

/// A country's names in every language, from `TEXTS[i..]`: the forms of
/// `Place`, in English then in French.
#[inline(never)]
fn place(i: u16) -> PerLang<Place> {
    let one = |i: u16| Place {
        name: s(i),
        r#in: s(i + 1),
        of: s(i + 2),
        from: s(i + 3),
    };
    PerLang {
        en: one(i),
        fr: one(i + 4),
    }
}

/// Words must say something in every language: a blank would leave a gap in
/// a sentence or a list.
fn said(at: String, texts: &[&str]) -> Result<(), PresetError> {
    if texts.iter().any(|t| t.trim().is_empty()) {
        Err(invalid(at, "empty words in one of the languages"))
    } else {
        Ok(())
    }
}

fn invalid(at: impl Into<String>, reason: impl Into<String>) -> PresetError {
    PresetError::Invalid {
        at: at.into(),
        reason: reason.into(),
    }
}

impl Catalogue {
    /// The presets shipped with the crate, built once from the tables build.rs
    /// writes from them (no JSON is read at run time: the reader would cost
    /// the widget's download about 6 KB). The test suite checks that they
    /// equal what `from_json` reads from the file, and validates them; they
    /// are not validated again at run time, which every reader's browser
    /// would pay for.
    pub fn embedded() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(shipped)
    }

    /// Parses and validates a preset file.
    pub fn from_json(text: &str) -> Result<Catalogue, PresetError> {
        let catalogue = Catalogue::parse(text)?;
        catalogue.validate()?;
        Ok(catalogue)
    }

    fn parse(text: &str) -> Result<Catalogue, PresetError> {
        serde_json::from_str(text).map_err(|e| PresetError::Parse(e.to_string()))
    }

    /// The source cited as `key`.
    pub fn source(&self, key: &str) -> Option<&Citation> {
        self.sources.iter().find(|(k, _)| k == key).map(|(_, s)| s)
    }

    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|p| p.id == id)
    }

    /// Every rule of docs/model.md §3 and §9 that a preset must meet.
    pub fn validate(&self) -> Result<(), PresetError> {
        if self.presets.is_empty() {
            return Err(invalid("file", "no preset"));
        }
        for (key, source) in &self.sources {
            let optional = [&source.edition, &source.indicators];
            for texts in [&source.name, &source.licence]
                .into_iter()
                .chain(optional.into_iter().flatten())
            {
                said(format!("sources/{key}"), &texts.all())?;
            }
        }
        for (i, p) in self.presets.iter().enumerate() {
            if self.presets[..i].iter().any(|q| q.id == p.id) {
                return Err(invalid(&p.id, "duplicate preset id"));
            }
            p.validate(&self.sources)?;
        }
        for p in &self.presets {
            self.validate_across(p)?;
        }
        Ok(())
    }

    /// Rules that read two presets: growth rates between the years of one
    /// country, and the history check's pairing.
    fn validate_across(&self, p: &Preset) -> Result<(), PresetError> {
        if let Some(later) = &p.observed_in {
            match self.preset(later) {
                Some(q) if q.country == p.country && q.base_year > p.base_year => {}
                _ => {
                    return Err(invalid(
                        format!("{}/observed_in", p.id),
                        format!("{later:?} is not a later preset of {}", p.country.en.name),
                    ))
                }
            }
        }
        // The other year of the same country, if the catalogue has it.
        let Some(other) = self
            .presets
            .iter()
            .find(|q| q.country == p.country && q.base_year != p.base_year)
        else {
            return Ok(());
        };
        let (early, late) = if p.base_year < other.base_year {
            (p, other)
        } else {
            (other, p)
        };
        let years = (late.base_year - early.base_year) as f64;
        let check = |at: String, figure: &Figure, from: f64, to: f64| {
            let expected = crate::math::pow(to / from, 1.0 / years) - 1.0;
            if (figure.value - expected).abs() > GROWTH_TOLERANCE {
                Err(invalid(
                    at,
                    format!(
                        "{} disagrees with the growth {expected:.6} between {} and {}",
                        figure.value, early.base_year, late.base_year
                    ),
                ))
            } else {
                Ok(())
            }
        };
        let labour = |q: &Preset| q.figures.labour_force.value;
        check(
            format!("{}/labour_growth", p.id),
            &p.figures.labour_growth,
            labour(early),
            labour(late),
        )?;
        for host in &p.hosts {
            let pair = (early.host(&host.id), late.host(&host.id));
            if let (Some(from), Some(to)) = pair {
                check(
                    format!("{}/{}/labour_growth", p.id, host.id),
                    &host.figures.labour_growth,
                    from.figures.labour_force.value,
                    to.figures.labour_force.value,
                )?;
            }
        }
        Ok(())
    }
}

/// A figure's name and value, for rules that apply to many figures alike.
struct Named<'a> {
    name: &'static str,
    figure: &'a Figure,
}

crate::keyed! {
    /// A figure every origin preset has, keyed by its name in `presets.json`,
    /// in file order: what a parameter's default may name
    /// ([`DefaultValue::Origin`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
    #[serde(into = "&'static str")]
    pub enum OriginFigure {
        LabourForce => "labour_force",
        Population => "population",
        GdpUsd => "gdp_usd",
        RemittancesUsd => "remittances_usd",
        RemGdp0 => "rem_gdp0",
        EmigrantStock => "emigrant_stock",
        D0 => "d0",
        H0 => "h0",
        MS0 => "m_s0",
        TransferCost => "transfer_cost",
        WageRatioUnskilled => "wage_ratio_unskilled",
        WageRatioSkilled => "wage_ratio_skilled",
        LabourGrowth => "labour_growth",
    }
}

crate::keyed! {
    /// A figure every host preset has, keyed by its name in `presets.json`,
    /// in the order of [`HostFigures`]: what a parameter's default may name
    /// ([`DefaultValue::Host`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
    #[serde(into = "&'static str")]
    pub enum HostFigure {
        LabourForce => "labour_force",
        GdpUsd => "gdp_usd",
        ImmigrantShare => "immigrant_share",
        EmigrantsFromOrigin => "emigrants_from_origin",
        CorridorShare => "corridor_share",
        LabourGrowth => "labour_growth",
        CorridorRemittanceShare => "corridor_remittance_share",
        HostDisplacement => "host_displacement",
    }
}

impl OriginFigures {
    /// Every figure with its name, in file order.
    pub fn all(&self) -> impl Iterator<Item = (&'static str, &Figure)> {
        self.named().into_iter().map(|n| (n.name, n.figure))
    }

    /// One of the figures every preset has.
    pub fn get(&self, key: OriginFigure) -> &Figure {
        use OriginFigure::*;
        match key {
            LabourForce => &self.labour_force,
            Population => &self.population,
            GdpUsd => &self.gdp_usd,
            RemittancesUsd => &self.remittances_usd,
            RemGdp0 => &self.rem_gdp0,
            EmigrantStock => &self.emigrant_stock,
            D0 => &self.d0,
            H0 => &self.h0,
            MS0 => &self.m_s0,
            TransferCost => &self.transfer_cost,
            WageRatioUnskilled => &self.wage_ratio_unskilled,
            WageRatioSkilled => &self.wage_ratio_skilled,
            LabourGrowth => &self.labour_growth,
        }
    }

    fn named(&self) -> Vec<Named<'_>> {
        let optional = [("doctors_abroad", &self.doctors_abroad)];
        named_figures(
            OriginFigure::ALL.map(|key| (key.key(), self.get(key))),
            optional,
        )
    }
}

impl HostFigures {
    /// Every figure with its name, in the order of the fields.
    pub fn all(&self) -> impl Iterator<Item = (&'static str, &Figure)> {
        self.named().into_iter().map(|n| (n.name, n.figure))
    }

    /// One of the figures every host has.
    pub fn get(&self, key: HostFigure) -> &Figure {
        use HostFigure::*;
        match key {
            LabourForce => &self.labour_force,
            GdpUsd => &self.gdp_usd,
            ImmigrantShare => &self.immigrant_share,
            EmigrantsFromOrigin => &self.emigrants_from_origin,
            CorridorShare => &self.corridor_share,
            LabourGrowth => &self.labour_growth,
            CorridorRemittanceShare => &self.corridor_remittance_share,
            HostDisplacement => &self.host_displacement,
        }
    }

    fn named(&self) -> Vec<Named<'_>> {
        let optional = [("send_cost", &self.send_cost)];
        named_figures(
            HostFigure::ALL.map(|key| (key.key(), self.get(key))),
            optional,
        )
    }
}

/// The figures every preset (or host) has, then the optional ones it has.
fn named_figures<'a, const N: usize, const M: usize>(
    required: [(&'static str, &'a Figure); N],
    optional: [(&'static str, &'a Option<Figure>); M],
) -> Vec<Named<'a>> {
    let optional = optional
        .into_iter()
        .filter_map(|(name, figure)| figure.as_ref().map(|f| (name, f)));
    required
        .into_iter()
        .chain(optional)
        .map(|(name, figure)| Named { name, figure })
        .collect()
}

/// Checks source, formula and finiteness of each figure; `lookup` resolves formula names.
fn check_figures(
    at: &str,
    figures: &[Named<'_>],
    sources: &[(String, Citation)],
    lookup: &dyn Fn(&str) -> Option<f64>,
) -> Result<(), PresetError> {
    for Named { name, figure } in figures {
        let here = format!("{at}/{name}");
        if !figure.value.is_finite() {
            return Err(invalid(here, "value is not a finite number"));
        }
        if figure.source.trim().is_empty() {
            return Err(invalid(here, "missing source"));
        }
        if !sources.iter().any(|(key, _)| *key == figure.source) {
            return Err(invalid(here, format!("unknown source {:?}", figure.source)));
        }
        if let Some(note) = &figure.note {
            said(format!("{here}/note"), &note.all())?;
        }
        match (figure.status, &figure.formula) {
            (FigureStatus::D, None) => {
                return Err(invalid(here, "derived figure (D) without its formula"))
            }
            // Growth rates span two presets: Catalogue::validate checks them.
            (FigureStatus::D, Some(_)) if *name == "labour_growth" => {}
            (FigureStatus::D, Some(formula)) => {
                let expected = eval_ratio(formula, lookup)
                    .ok_or_else(|| invalid(&here, format!("cannot evaluate {formula:?}")))?;
                if (figure.value - expected).abs() > half_last_digit(figure.value) {
                    return Err(invalid(
                        here,
                        format!(
                            "{} disagrees with {formula} = {expected} to the digits shown",
                            figure.value
                        ),
                    ));
                }
            }
            (_, Some(_)) => return Err(invalid(here, "only derived figures (D) have a formula")),
            (_, None) => {}
        }
    }
    Ok(())
}

/// Evaluates `a / b` where a and b are figure names or numbers as a source
/// prints them ("2,294,220": a ratio of two published counts).
fn eval_ratio(formula: &str, lookup: &dyn Fn(&str) -> Option<f64>) -> Option<f64> {
    let term = |t: &str| {
        let t = t.trim();
        lookup(t).or_else(|| t.replace(',', "").parse().ok())
    };
    let (a, b) = formula.split_once('/')?;
    let (a, b) = (term(a)?, term(b)?);
    (b != 0.0).then_some(a / b)
}

/// Half a unit of a figure's last digit as the file writes it (0.0005 → 0.00005):
/// derived figures are their formula rounded to the digits shown
/// (docs/data.md), so one may stand that far from it and no further.
fn half_last_digit(value: f64) -> f64 {
    let shown = value.to_string();
    let decimals = shown.split_once('.').map_or(0, |(_, d)| d.len());
    // A hair more, for the binary representation of the decimal figures.
    0.5 * 10f64.powi(-(decimals as i32)) * (1.0 + 1e-9)
}

fn share_in(at: String, value: f64, low: f64, high: f64) -> Result<(), PresetError> {
    if (low..=high).contains(&value) {
        Ok(())
    } else {
        Err(invalid(at, format!("{value} is outside {low}–{high}")))
    }
}

fn positive(at: String, value: f64) -> Result<(), PresetError> {
    if value > 0.0 {
        Ok(())
    } else {
        Err(invalid(at, format!("{value} must be positive")))
    }
}

/// The value of the figure called `name`, for formulas.
fn value_in(figures: &[Named<'_>], name: &str) -> Option<f64> {
    figures
        .iter()
        .find(|n| n.name == name)
        .map(|n| n.figure.value)
}

impl OriginFigures {
    /// Initial skilled diaspora Ds0 = h0·m_s0/(1 − m_s0) (docs/model.md §3).
    pub fn skilled_diaspora0(&self) -> f64 {
        self.h0.value * self.m_s0.value / (1.0 - self.m_s0.value)
    }
}

impl Preset {
    pub fn host(&self, id: &str) -> Option<&Host> {
        self.hosts.iter().find(|h| h.id == id)
    }

    /// The baseline's parameters (§2–§3): every assumption as chosen, every
    /// scenario lever at its default. The default emigration rates keep the
    /// diaspora a steady share under the *current* retirement and labour growth.
    pub fn defaults(&self, host: &Host, choices: &Choices) -> Params {
        let fig = &self.figures;
        let mut values = [0.0; PARAM_COUNT];
        for spec in &SPECS {
            values[spec.id as usize] = match spec.default {
                DefaultValue::Fixed(v) => v,
                DefaultValue::Origin(key) => fig.get(key).value,
                DefaultValue::Host(key) => host.figures.get(key).value,
                DefaultValue::Steady => 0.0, // below, once the assumptions are known
            };
        }
        let mut p = Params::from_array(values).with(&choices.of_kind(Kind::Assumption));
        let (mu, n) = (p[ParamId::Retirement], p[ParamId::LabourGrowth]);
        let (h0, ds0) = (fig.h0.value, fig.skilled_diaspora0());
        let du0 = fig.d0.value - ds0;
        p[ParamId::EmigRateUnskilled] =
            du0 * (mu + p[ParamId::ReturnRateUnskilled] + n) / (1.0 - h0);
        p[ParamId::EmigRateSkilled] = ds0 * (mu + p[ParamId::ReturnRateSkilled] + n) / h0;
        p
    }

    /// A scenario's parameters: its defaults with every choice overlaid.
    pub fn params(&self, host: &Host, choices: &Choices) -> Params {
        self.defaults(host, choices).with(choices)
    }

    fn validate(&self, sources: &[(String, Citation)]) -> Result<(), PresetError> {
        let fig = &self.figures;
        let at = self.id.as_str();
        said(format!("{at}/name"), &self.name.all())?;
        said(format!("{at}/country"), &self.country.all())?;
        for note in &self.notes {
            said(format!("{at}/notes"), &note.all())?;
        }
        let origin = fig.named();
        check_figures(at, &origin, sources, &|n| value_in(&origin, n))?;
        positive(format!("{at}/labour_force"), fig.labour_force.value)?;
        positive(format!("{at}/gdp_usd"), fig.gdp_usd.value)?;
        share_in(format!("{at}/rem_gdp0"), fig.rem_gdp0.value, 0.0, 1.0)?;
        share_in(format!("{at}/d0"), fig.d0.value, 0.0, 1.0)?;
        share_in(format!("{at}/h0"), fig.h0.value, 0.0, 1.0)?;
        positive(format!("{at}/h0"), fig.h0.value)?;
        share_in(format!("{at}/m_s0"), fig.m_s0.value, 0.0, 0.99)?;
        if let Some(doctors) = &fig.doctors_abroad {
            share_in(format!("{at}/doctors_abroad"), doctors.value, 0.0, 1.0)?;
        }
        let ds0 = fig.skilled_diaspora0();
        if ds0 > fig.d0.value {
            return Err(invalid(
                format!("{at}/m_s0"),
                format!(
                    "skilled diaspora Ds0 = {ds0} exceeds the whole diaspora d0 = {}",
                    fig.d0.value
                ),
            ));
        }
        if self.hosts.is_empty() {
            return Err(invalid(at, "no host country"));
        }
        let (mut corridors, mut remittances) = (0.0, 0.0);
        for (i, host) in self.hosts.iter().enumerate() {
            let hat = format!("{at}/{}", host.id);
            if self.hosts[..i].iter().any(|h| h.id == host.id) {
                return Err(invalid(hat, "duplicate host id"));
            }
            said(format!("{hat}/country"), &host.country.all())?;
            let hf = &host.figures;
            let figures = hf.named();
            let lookup = |n: &str| value_in(&figures, n).or_else(|| value_in(&origin, n));
            check_figures(&hat, &figures, sources, &lookup)?;
            positive(format!("{hat}/labour_force"), hf.labour_force.value)?;
            positive(format!("{hat}/gdp_usd"), hf.gdp_usd.value)?;
            share_in(
                format!("{hat}/immigrant_share"),
                hf.immigrant_share.value,
                0.0,
                1.0,
            )?;
            for share in [
                HostFigure::CorridorShare,
                HostFigure::CorridorRemittanceShare,
            ] {
                share_in(
                    format!("{hat}/{}", share.key()),
                    hf.get(share).value,
                    0.0,
                    1.0,
                )?;
            }
            corridors += hf.corridor_share.value;
            remittances += hf.corridor_remittance_share.value;
        }
        // The hosts are some of the places the emigrants live in and send from.
        share_in(format!("{at}/hosts/corridor_share"), corridors, 0.0, 1.0)?;
        share_in(
            format!("{at}/hosts/corridor_remittance_share"),
            remittances,
            0.0,
            1.0,
        )?;
        // The corridor's migrants at t = 0, M(0) = θ·d0·L_O, are some of the
        // host's immigrants, m_H0·L_H0 (docs/model.md §4).
        for host in &self.hosts {
            let hf = &host.figures;
            let migrants = hf.corridor_share.value * fig.d0.value * fig.labour_force.value;
            let immigrants = hf.immigrant_share.value * hf.labour_force.value;
            if migrants > immigrants {
                return Err(invalid(
                    format!("{at}/{}", host.id),
                    format!(
                        "the corridor's {migrants:.0} migrants at t = 0 (θ·d0·L_O) exceed \
                         the host's {immigrants:.0} immigrants (m_H0·L_H)"
                    ),
                ));
            }
        }
        // Every default, figures included, must sit inside its range with every
        // host, also where retirement and labour growth push the steady
        // emigration rates up.
        let mut busiest = Choices::new();
        for id in [ParamId::Retirement, ParamId::LabourGrowth] {
            let _ = busiest.set(id, id.spec().max);
        }
        for host in &self.hosts {
            for choices in [Choices::new(), busiest] {
                self.defaults(host, &choices)
                    .validate()
                    .map_err(|e| invalid(at, format!("default {e}")))?;
            }
        }
        Ok(())
    }
}
