//! Every user-facing string, in one catalogue per language.
//!
//! A language is one `Texts` value; the compiler checks that a translation has
//! every field. Sentences with numbers are templates with `{name}` holes,
//! filled by [`fill`], so a translation can reorder them.

mod en;
mod en_lessons;
mod fr;
mod fr_lessons;

use crate::content::{ChartId, PolicyKey, ThemeKey, View};
use crate::lessons::{LessonKey, StepKey};
use migration_model::{keyed, ParamId, PerLang, Place};

keyed! {
    /// Languages the widget speaks; the key is the BCP 47 tag.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Lang {
        En => "en",
        Fr => "fr",
    }
}

impl Lang {
    /// BCP 47 tag, as in `data-lang` and the page's `lang` attribute: the key.
    pub fn tag(self) -> &'static str {
        self.key()
    }

    /// Accepts "en", "EN", "en-GB", "fr-FR"…: the primary tag, in any case.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::from_key(&primary)
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::EN,
            Lang::Fr => &fr::FR,
        }
    }

    /// This language's words of a record of `presets.json`.
    pub fn pick<T>(self, words: &PerLang<T>) -> &T {
        match self {
            Lang::En => &words.en,
            Lang::Fr => &words.fr,
        }
    }

    /// The holes a country fills in this language, as the origin (`{country}`,
    /// `{in_country}`, `{of_country}`, `{from_country}`) or as the host
    /// (`{host}`, `{in_host}`…): French needs each form from the data.
    pub fn place_holes(self, role: Role, place: &PerLang<Place>) -> [(&'static str, &str); 4] {
        let p = self.pick(place);
        let names = match role {
            Role::Origin => ["country", "in_country", "of_country", "from_country"],
            Role::Host => ["host", "in_host", "of_host", "from_host"],
        };
        let forms = [&p.name, &p.r#in, &p.of, &p.from];
        [0, 1, 2, 3].map(|i| (names[i], forms[i].as_str()))
    }

    /// The language's name in itself, and its code on the switch: the same
    /// whatever language the page is in.
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Lang::En => ("English", "EN"),
            Lang::Fr => ("Français", "FR"),
        }
    }
}

/// Which country of a scenario a template names.
#[derive(Clone, Copy, Debug)]
pub enum Role {
    Origin,
    Host,
}

/// How numbers and units read.
#[derive(Debug)]
pub struct NumberTexts {
    /// Thousands separator and decimal mark.
    pub group: char,
    pub decimal: char,
    /// Scale words, singular and plural: "1,5 million", "2 millions".
    pub million: &'static str,
    pub millions: &'static str,
    pub billion: &'static str,
    pub billions: &'static str,
    /// Whether a number as shown (rounded, not negative) takes the singular
    /// scale word: French below 2 (CLDR "one": 0 ≤ n < 2), English at 1.
    pub singular: fn(f64) -> bool,
    /// Money: `{amount}` is the number ("2,469"); with a scale word, `{scale}`
    /// ("billion"): "US$2,469", "US$21.5 billion", "21,5 milliards de dollars US".
    pub usd: &'static str,
    pub usd_scaled: &'static str,
    /// People and other counts with a scale word: `{amount}`, `{scale}`.
    pub scaled: &'static str,
    /// A value in years, a rate a year and a ratio, as shown: `{value}` is the
    /// number with its own unit ("30", "3 %", "2.5").
    pub years: &'static str,
    pub per_year: &'static str,
    pub ratio: &'static str,
}

/// A parameter's words.
#[derive(Clone, Copy, Debug)]
pub struct ParamText {
    pub label: &'static str,
    pub meaning: &'static str,
}

/// A theme of the document, in our own words.
#[derive(Debug)]
pub struct ThemeText {
    pub title: &'static str,
    pub text: &'static str,
    /// What the model does with it, or says it leaves out.
    pub in_model: &'static str,
}

#[derive(Debug)]
pub struct PolicyText {
    pub name: &'static str,
    pub description: &'static str,
}

#[derive(Debug)]
pub struct ChartText {
    pub title: &'static str,
    pub y_axis: &'static str,
    /// A sentence under the chart (caveats), may be empty.
    pub note: &'static str,
    /// What the note says first when every line stays at 0 (the axis then
    /// has no scale to read), may be empty.
    pub at_zero: &'static str,
}

/// Labels of preset figures in the "Assumptions and limits" view.
#[derive(Debug)]
pub struct FigureLabels {
    pub labour_force: &'static str,
    pub population: &'static str,
    pub gdp_usd: &'static str,
    pub remittances_usd: &'static str,
    pub rem_gdp0: &'static str,
    pub emigrant_stock: &'static str,
    pub d0: &'static str,
    pub h0: &'static str,
    pub m_s0: &'static str,
    pub transfer_cost: &'static str,
    pub wage_ratio_unskilled: &'static str,
    pub wage_ratio_skilled: &'static str,
    pub labour_growth: &'static str,
    pub doctors_abroad: &'static str,
    pub host_labour_force: &'static str,
    pub host_gdp_usd: &'static str,
    pub host_immigrant_share: &'static str,
    /// `{from_country}`: the origin country.
    pub host_emigrants_from_origin: &'static str,
    pub host_corridor_share: &'static str,
    pub host_corridor_remittance_share: &'static str,
    pub host_displacement: &'static str,
    pub host_send_cost: &'static str,
    pub host_labour_growth: &'static str,
}

/// Sources, their terms, and how to cite the widget.
#[derive(Debug)]
pub struct AttributionTexts {
    /// Labels before a source's edition, indicators and terms.
    pub edition: &'static str,
    pub indicators: &'static str,
    pub terms: &'static str,
    /// The model's results are ours, not the sources'.
    pub results_ours: &'static str,
    /// `{version}`, `{model}`, `{data}`.
    pub version: &'static str,
    /// `{version}`, `{model}`, `{data}`.
    pub cite: &'static str,
}

/// The remittance scale κ_R in the "Assumptions and limits" view.
#[derive(Debug)]
pub struct KappaTexts {
    pub heading: &'static str,
    /// `{kappa}`, `{in_country}`, `{share}` (observed remittances / GDP), `{year}`,
    /// `{r_u}`, `{r_s}` (shares as set), `{eff_u}`, `{eff_s}` (κ_R × shares),
    /// `{sent}` (the share of their earnings the migrants send, t = 0).
    pub text: &'static str,
    /// Why κ_R may stand far from 1.
    pub caveat: &'static str,
}

/// The history check table.
#[derive(Debug)]
pub struct HistoryTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// Country, quantity, the observation's year, model, observed.
    pub columns: [&'static str; 5],
    pub remittances_to_gdp: &'static str,
    pub skilled_share: &'static str,
    pub diaspora_people: &'static str,
}

/// Words of the bad-input notices. `{value}` is the offending text (shown as
/// text, never as HTML), `{name}` a setting's name.
#[derive(Debug)]
pub struct NoticeTexts {
    pub heading: &'static str,
    pub dismiss: &'static str,
    /// `{value}`, `{default}`.
    pub unknown_preset: &'static str,
    /// `{value}`, `{preset}`, `{default}`.
    pub unknown_host: &'static str,
    /// `{name}`.
    pub unknown_param: &'static str,
    /// The model's three reasons for refusing a value (in the order it checks
    /// them). Each may use `{label}`, `{value}` (as typed), `{min}`, `{max}`
    /// and `{used}`: the value used instead, or `default_used`.
    pub not_a_number: &'static str,
    pub out_of_range: &'static str,
    pub not_whole: &'static str,
    /// `{default}`: what `{used}` says when nothing else was set.
    pub default_used: &'static str,
    /// `{value}`: neither `on` nor `off`.
    pub bad_uncertainty: &'static str,
    /// `{value}`: the link's older format version.
    pub old_version: &'static str,
    /// `{value}`.
    pub unknown_view: &'static str,
    /// `{value}`.
    pub unknown_lang: &'static str,
    /// `{value}`.
    pub unknown_version: &'static str,
    /// `{value}`.
    pub bad_origin: &'static str,
    /// `{value}`.
    pub malformed: &'static str,
    /// `{count}`, `{limit}`.
    pub too_long: &'static str,
    /// `{name}`, `{count}`, `{limit}`.
    pub value_too_long: &'static str,
    /// `{name}`.
    pub repeated: &'static str,
    /// `{value}`.
    pub unknown_mode: &'static str,
    /// `{value}`.
    pub unknown_lesson: &'static str,
    /// `{value}`, `{steps}`.
    pub bad_step: &'static str,
    /// `{value}`.
    pub step_without_lesson: &'static str,
    /// `{problem}`: a problem with the pinned scenario's settings.
    pub pinned: &'static str,
    /// The preset or host changed, so the pinned scenario went.
    pub unpinned: &'static str,
    /// How the source is named in a notice: "link", "page attribute", "message".
    pub from_link: &'static str,
    pub from_attribute: &'static str,
    pub from_message: &'static str,
}

/// The "Share / embed" panel.
#[derive(Debug)]
pub struct ShareTexts {
    pub button: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    pub link: &'static str,
    pub script: &'static str,
    pub script_note: &'static str,
    pub iframe: &'static str,
    pub iframe_note: &'static str,
    pub copy: &'static str,
    /// `{what}`: the label of what was copied.
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub close: &'static str,
}

/// Sentences of the summary region.
#[derive(Debug)]
pub struct SummaryTexts {
    pub heading: &'static str,
    /// `{year}`, `{in_country}`, `{value}`, `{change}`, `{baseline}`.
    pub income: &'static str,
    /// `{year}`, `{share}`, `{baseline_share}`, `{cost}` (shares of GDP),
    /// `{change}` (remittances in US$ against the baseline's).
    pub remittances: &'static str,
    /// `{year}`, `{share}`, `{baseline}`, `{rate}`.
    pub skills: &'static str,
    /// `{in_host}`, `{year}`, `{share}`, `{migrants}`.
    pub host: &'static str,
    /// The current scenario against the pinned one A, in the last year both
    /// run: `{year}`, `{change}` (income per worker against A's), `{value}`,
    /// `{a_value}`, `{share}`, `{a_share}` (remittances / GDP), `{optimum}`,
    /// `{a_optimum}` (skilled emigration rates a year).
    pub pinned: &'static str,
    /// `{optimum}`, `{low}`, `{high}` (the band), `{near_low}`, `{near_high}`,
    /// `{current}`: below, within, at and above the near-optimum range.
    pub optimum_below: &'static str,
    pub optimum_within: &'static str,
    pub optimum_at: &'static str,
    pub optimum_above: &'static str,
    /// `{current}`.
    pub no_optimum_falls: &'static str,
    pub no_optimum_rises: &'static str,
}

/// "Who gains": the measures the income and wages charts draw, and the
/// summary's split of the change in income per worker.
#[derive(Debug)]
pub struct WhoGainsTexts {
    pub per_worker: &'static str,
    pub unskilled: &'static str,
    pub skilled: &'static str,
    pub per_native: &'static str,
    pub wage_unskilled: &'static str,
    pub wage_skilled: &'static str,
    /// `{year}`: the first year shown where the skilled wage is below the unskilled.
    pub wages_inverted: &'static str,
    /// In points of the baseline's income per worker, final year: `{unskilled}`,
    /// `{skilled}` (the stayers' own changes), `{composition}`.
    pub split: &'static str,
    /// `{year}`, `{change}` (income per native, %), `{psi}`.
    pub migrants: &'static str,
}

/// The optimum chart's markers and sentence parts.
#[derive(Debug)]
pub struct OptimumTexts {
    pub current: &'static str,
    pub optimum: &'static str,
    pub band: &'static str,
    /// The near-optimum range's legend entry, and its sentence: `{low}`, `{high}`.
    pub near: &'static str,
    pub near_range: &'static str,
    /// The skills weight that makes the current rate the optimum: `{lo}`,
    /// `{hi}`, `{weight}` (the assumption); or none, and why.
    pub weight_between: &'static str,
    pub weight_from: &'static str,
    /// `{rate}`: the rate skills alone, or income alone, would call for.
    pub weight_none_below: &'static str,
    pub weight_none_above: &'static str,
    pub x_axis: &'static str,
    pub explanation: &'static str,
    /// Why there is no optimum for unskilled emigration (docs/model.md §5).
    pub unskilled_note: &'static str,
    /// The optimum's position comes from assumptions, not data (§5).
    pub reflects: &'static str,
}

/// The uncertainty switch and its bands (docs/model.md §11).
#[derive(Debug)]
pub struct UncertaintyTexts {
    /// The switch's label.
    pub switch: &'static str,
    /// By the switch: what the bands show, and that they are no probability.
    pub explained: &'static str,
    /// The income and remittances charts while the switch is on: the
    /// effect against the baseline, and in the note what the band holds.
    pub income: ChartText,
    pub remittances: ChartText,
    /// The band's legend entry: 8 draws out of 10.
    pub band: &'static str,
    /// The table's columns for the draws' 10th, 50th and 90th percentiles.
    pub percentiles: [&'static str; 3],
    /// The band in a chart's description: `{label}`, `{low}`, `{high}`.
    pub described: &'static str,
    /// The summary's sentence: `{year}`, `{low}`, `{high}`.
    pub summary: &'static str,
}

/// "What drives this?" (`View::Drivers`): the tornados, the sentence under
/// them and the levers' share.
#[derive(Debug)]
pub struct DriversTexts {
    /// What the view shows, at its top.
    pub intro: &'static str,
    /// While the sensitivity is computed: `{n}` parts of `{m}`.
    pub computing: &'static str,
    /// The bars' two ends and the line: the assumption at the low end of its
    /// range, at the high end, and the scenario as set.
    pub low: &'static str,
    pub high: &'static str,
    pub central: &'static str,
    /// An assumption named in a sentence: `{label}`.
    pub quoted: &'static str,
    /// In a tornado's description: the scenario's value (`{label}`,
    /// `{value}`), and a bar's (`{label}`, `{low}`, `{high}`).
    pub at: &'static str,
    pub bar: &'static str,
    /// Under a tornado, the assumptions that do not move it: `{names}`.
    pub unmoved: &'static str,
    /// In place of the income tornado when the scenario is its baseline.
    pub at_baseline: &'static str,
    /// The sentence on the assumptions that move the income effect most, by
    /// how many do (1, 2, 3 or more): `{central}`, `{first}`, `{first_low}`,
    /// `{first_high}` (the effect at either end of its range), and so on for
    /// `second` and `third`.
    pub top: [&'static str; 3],
    pub levers_heading: &'static str,
    /// A lever the person set: `{lever}`, `{value}`, `{default}`, the income
    /// effect `{without}` it and with it (`{central}`).
    pub lever: &'static str,
    pub no_levers: &'static str,
    /// The tables' first columns: the assumption and its range's two ends.
    pub columns: [&'static str; 3],
    pub download_csv: &'static str,
}

/// A lesson's title and what it is about.
#[derive(Debug)]
pub struct LessonText {
    pub title: &'static str,
    pub summary: &'static str,
}

/// A lesson step's words. `notice` and `teacher` are templates whose holes
/// are figures of the step's own model run or of `presets.json`, filled by
/// `lesson_words`.
#[derive(Debug)]
pub struct StepText {
    pub title: &'static str,
    /// What to notice.
    pub notice: &'static str,
    /// One question for the class.
    pub question: &'static str,
    /// The expected answer and why, for the teacher.
    pub teacher: &'static str,
}

/// The words around lessons.
#[derive(Debug)]
pub struct LessonsTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// `{n}`, `{m}`.
    pub step_of: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub leave: &'static str,
    pub changed: &'static str,
    pub restore: &'static str,
    pub question: &'static str,
    pub for_teacher: &'static str,
    pub worksheet: &'static str,
    /// On the worksheet.
    pub name_line: &'static str,
    pub answer: &'static str,
}

/// Pinning a scenario to compare with.
#[derive(Debug)]
pub struct CompareTexts {
    pub pin: &'static str,
    pub unpin: &'static str,
    /// Legend entry of the pinned scenario.
    pub pinned: &'static str,
}

/// Presentation mode.
#[derive(Debug)]
pub struct PresentTexts {
    pub present: &'static str,
    pub leave: &'static str,
    pub levers: &'static str,
    pub close_levers: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    /// `{n}`, `{m}`.
    pub chart_of: &'static str,
}

/// The printable brief.
#[derive(Debug)]
pub struct BriefTexts {
    pub print_brief: &'static str,
    pub print: &'static str,
    pub heading: &'static str,
    /// `{preset}`, `{host}`, `{first}`, `{last}`: the years simulated.
    pub setting: &'static str,
    /// `{date}`, `{version}`, `{model}`, `{data}`.
    pub dated: &'static str,
    pub levers_heading: &'static str,
    /// Lever, the scenario's value, the baseline's.
    pub lever_columns: [&'static str; 3],
    pub no_levers: &'static str,
    pub assumptions_heading: &'static str,
    /// Assumption, its value, its default.
    pub assumption_columns: [&'static str; 3],
    /// `{n}` assumptions not listed, for lack of room.
    pub more_assumptions: &'static str,
    pub verdict: &'static str,
    pub link: &'static str,
    pub charts_heading: &'static str,
    pub worksheet: &'static str,
    /// A worksheet link without `lesson=`.
    pub no_lesson: &'static str,
    pub back: &'static str,
}

/// Words for screen readers and the charts' tables of numbers.
#[derive(Debug)]
pub struct AccessTexts {
    /// A slider's spoken value (`aria-valuetext`), by its unit: `{value}` is
    /// the number as shown ("4.6 %", "30"), `{of}` what a share is of
    /// (`of`); the `_of` templates where `of` is not empty.
    pub share: &'static str,
    pub share_of: &'static str,
    pub per_year: &'static str,
    pub per_year_of: &'static str,
    pub years: &'static str,
    pub ratio: &'static str,
    pub number: &'static str,
    /// What a lever's share is a share of, by lever; empty where the unit
    /// says enough (and for levers that are no share).
    pub of: fn(ParamId) -> &'static str,
    /// The disclosure under each chart.
    pub show_numbers: &'static str,
    /// The table's caption: `{title}`.
    pub numbers_of: &'static str,
    /// A column of the table: `{series}`, `{unit}` (the y axis's).
    pub column: &'static str,
}

#[derive(Debug)]
pub struct Texts {
    pub lang: Lang,
    pub numbers: NumberTexts,
    pub title: &'static str,
    pub subtitle: &'static str,
    /// Names the EN | FR switch.
    pub language: &'static str,
    pub country: &'static str,
    pub host_country: &'static str,
    pub reset: &'static str,
    /// The narrow layout's button that shows the toolbar's actions.
    pub menu: &'static str,
    pub reset_assumptions: &'static str,
    /// `{country}`: said when the preset changes.
    pub preset_changed: &'static str,
    /// Said once when the release is saved for offline use.
    pub offline_ready: &'static str,
    /// `{version}`: said once when a new release replaced the saved one.
    pub offline_updated: &'static str,
    pub download_csv: &'static str,
    /// A chart's export buttons, by their accessible names: `{title}`.
    pub download_png: &'static str,
    pub download_svg: &'static str,
    /// Tab names, by view: see [`Texts::view`].
    pub view: fn(View) -> &'static str,
    pub views_label: &'static str,
    pub levers_heading: &'static str,
    pub advanced: &'static str,
    /// Sub-headings under "Advanced": scenario levers, then assumptions.
    pub advanced_levers: &'static str,
    pub advanced_assumptions: &'static str,
    /// What an assumption does: it changes the baseline too.
    pub assumptions_explained: &'static str,
    pub advanced_origin: &'static str,
    pub advanced_host: &'static str,
    /// Marks a value the person (or a link) set; unset ones follow their default.
    pub lever_set: &'static str,
    /// `{label}`.
    pub about_lever: &'static str,
    /// `{min}`, `{max}`.
    pub range: &'static str,
    /// `{value}`.
    pub default_value: &'static str,
    pub source: &'static str,
    pub illustrates: &'static str,
    /// Words of each parameter, looked up by id: see [`Texts::param`].
    pub param: fn(ParamId) -> ParamText,
    /// Where each parameter's value comes from (English: `SPECS`' own text).
    pub param_source: fn(ParamId) -> &'static str,
    pub policies_heading: &'static str,
    /// Words of each named policy, by key: see [`Texts::policy`].
    pub policy: fn(PolicyKey) -> &'static PolicyText,
    /// `{name}`, `{changes}`.
    pub policy_applied: &'static str,
    /// `{label}`, `{from}`, `{to}`.
    pub policy_change: &'static str,
    /// `{name}`.
    pub policy_no_change: &'static str,
    /// Legend entries.
    pub scenario: &'static str,
    pub baseline: &'static str,
    pub year: &'static str,
    /// Words of each chart, by id: see [`Texts::chart`].
    pub chart: fn(ChartId) -> &'static ChartText,
    /// Under the origin charts: the baseline is flat.
    pub origin_baseline: &'static str,
    /// The same while the uncertainty switch is on, when the income and
    /// remittances charts draw the effect, whose baseline is the 0 line.
    pub origin_baseline_effects: &'static str,
    /// Under the host charts: why the host baseline moves. `{of_country}`,
    /// `{n}`, `{of_host}`, `{n_host}`.
    pub host_baseline: &'static str,
    /// Under the host charts while δ_H > 0: `{share}` of extra arrivals; and
    /// at the preset's default, why (the default's note in presets.json).
    pub displacement: &'static str,
    /// By the transfer cost when |c − c̄| > 0.03.
    pub cost_extrapolates: &'static str,
    /// Replaces the surplus chart's axis when the level is outside the formula's range.
    pub surplus_change_axis: &'static str,
    /// `{year}`, `{share}`.
    pub surplus_outside_range: &'static str,
    pub optimum: OptimumTexts,
    pub who: WhoGainsTexts,
    pub summary: SummaryTexts,
    pub uncertainty: UncertaintyTexts,
    pub themes_heading: &'static str,
    pub themes_intro: &'static str,
    /// Words of each theme, by key: see [`Texts::theme`].
    pub theme: fn(ThemeKey) -> &'static ThemeText,
    pub see_in_model: &'static str,
    pub back_to_theme: &'static str,
    pub not_modelled: &'static str,
    pub assumptions_heading: &'static str,
    pub assumptions_levers: &'static str,
    pub assumptions_data: &'static str,
    /// The data table's heading: `{preset}`, `{host}`.
    pub assumptions_data_of: &'static str,
    pub limits_heading: &'static str,
    pub limits: [&'static str; 10],
    pub kappa: KappaTexts,
    pub history: HistoryTexts,
    /// Table headers: parameter, kind, value, range, default, status, source.
    pub lever_columns: [&'static str; 7],
    /// The two kinds of parameter, as the table names them.
    pub kind_scenario: &'static str,
    pub kind_assumption: &'static str,
    /// Table headers: figure, value, year, status, source.
    pub figure_columns: [&'static str; 5],
    /// `V`, `D`, `C`, and "from the preset".
    pub status_verified: &'static str,
    pub status_derived: &'static str,
    pub status_calibration: &'static str,
    pub status_preset: &'static str,
    pub figures: FigureLabels,
    pub notes: &'static str,
    pub sources_heading: &'static str,
    pub attribution: AttributionTexts,
    pub notices: NoticeTexts,
    pub share: ShareTexts,
    pub lessons: LessonsTexts,
    /// Words of each lesson and step, by key: see [`Texts::lesson`], [`Texts::step`].
    pub lesson: fn(LessonKey) -> &'static LessonText,
    pub step: fn(StepKey) -> &'static StepText,
    pub compare: CompareTexts,
    pub present: PresentTexts,
    pub brief: BriefTexts,
    pub drivers: DriversTexts,
    pub error_heading: &'static str,
    pub error_text: &'static str,
    pub reload: &'static str,
    pub access: AccessTexts,
}

impl Texts {
    /// A parameter's label and meaning.
    pub fn param(&self, id: ParamId) -> ParamText {
        (self.param)(id)
    }

    /// Where a parameter's value comes from.
    pub fn param_source(&self, id: ParamId) -> &'static str {
        (self.param_source)(id)
    }

    /// A tab's name.
    pub fn view(&self, view: View) -> &'static str {
        (self.view)(view)
    }

    /// A named policy's name and description.
    pub fn policy(&self, key: PolicyKey) -> &'static PolicyText {
        (self.policy)(key)
    }

    /// A chart's title, axis and note.
    pub fn chart(&self, id: ChartId) -> &'static ChartText {
        (self.chart)(id)
    }

    /// A lesson's title and summary.
    pub fn lesson(&self, key: LessonKey) -> &'static LessonText {
        (self.lesson)(key)
    }

    /// A lesson step's words.
    pub fn step(&self, key: StepKey) -> &'static StepText {
        (self.step)(key)
    }

    /// A theme's title and sentences.
    pub fn theme(&self, key: ThemeKey) -> &'static ThemeText {
        (self.theme)(key)
    }
}

/// Fills `{name}` holes of a template. Unknown holes stay visible, which a test
/// catches; values are plain text.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let key = &after[..end];
                match values.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
