//! The widget's state and its one reducer. Every change goes through
//! [`State::reduce`]; everything derived from it (model runs, charts, the
//! sentences of the summary) is computed there once, so components only draw.
//! Side effects (URL, messages, downloads) live in the components' effects.

use crate::charts::{self, LineChart};
use crate::config::{
    self, LessonAt, Notice, RawSettings, ScenarioKey, SettingProblem, SettingSource, Settings,
};
use crate::content::{ChartId, Mode, PolicyKey, Target, View};
use crate::i18n::Lang;
use crate::lesson_words::{self, StepWords};
use crate::lessons::LessonKey;
use crate::results::{self, CatalogueRef, Results, Shared};
use crate::sensitivity_job::{Job, Part};
use crate::summary;
use migration_model::{Catalogue, Host, Kind, ParamId, Params, Preset, Scenario, Uncertainty};
use std::rc::Rc;
use yew::Reducible;

/// What the last policy button did, for the sentence under the buttons.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyNote {
    pub policy: PolicyKey,
    /// `(lever, from, to)` for each lever that moved.
    pub changes: Vec<(ParamId, f64, f64)>,
}

/// Which short message the status region says: the latest one. Its words come
/// from the state it names (the notices from `Notices(id)` on, the copy, the
/// policy note…), so a message that goes says nothing any more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    /// The notices added with this id and after.
    Notices(u32),
    Copied,
    Policy,
    NewCountry,
    /// The lesson's scenario was changed by hand.
    LessonChanged,
    /// In presentation: "chart N of M".
    ChartOf,
    /// The release was saved for offline use ([`Ui::offline`]).
    Offline,
}

/// A notice on screen, with an id so that it can be dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownNotice {
    pub id: u32,
    pub notice: Notice,
}

/// Everything the widget shows, in three parts: the settings (the ground:
/// what a link, the attributes, messages and the person set), the UI state
/// (what is open, said or focused, which a link does not carry), and the data
/// derived from the settings alone ([`derive`]), which only the reducer
/// writes.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub catalogue: CatalogueRef,
    pub settings: Settings,
    pub ui: Ui,
    derived: Derived,
}

/// The UI state: what is open, focused or said.
#[derive(Clone, Debug, PartialEq)]
pub struct Ui {
    pub notices: Vec<ShownNotice>,
    next_notice: u32,
    pub policy_note: Option<PolicyNote>,
    /// The preset changed: its scenario levers are back at their defaults and
    /// the assumptions kept, which the lever panel says.
    pub preset_changed: bool,
    /// Where "see it in the model" or "read the theme" asked to go; the number
    /// changes on every request so that asking twice moves focus twice.
    pub focus: Option<(Target, u32)>,
    /// The lever whose explanation is open.
    pub open_info: Option<ParamId>,
    /// The "Share / embed" panel is open.
    pub share_open: bool,
    /// What the last copy button did: `Ok(index of the snippet)` or a failure.
    pub copied: Option<Result<usize, ()>>,
    /// The settings from before the lesson began, for "Leave lesson"; `None`
    /// for someone who arrived by a link.
    lesson_before: Option<Box<Settings>>,
    /// In presentation: the chart shown.
    pub present_chart: ChartId,
    /// The levers' drawer is open: in presentation, and in the narrow layout.
    pub drawer_open: bool,
    /// The narrow layout's menu of the toolbar's actions is open.
    pub menu_open: bool,
    /// What the status region says.
    pub said: Option<Said>,
    /// The release the service worker last saved for offline use: its
    /// version, and whether it replaced an older one.
    pub offline: Option<(String, bool)>,
}

/// What the settings give: model runs, charts, sentences, the lesson step's
/// words and the sensitivity's bookkeeping. Each part is kept (the same
/// `Rc`) while what it is computed from stays, so that components showing it
/// skip their render and canvases are not redrawn.
#[derive(Clone, Debug, PartialEq)]
struct Derived {
    /// The scenario these were derived for: what the bands are kept by.
    key: ScenarioKey,
    /// The language the charts, sentences and step words are in.
    lang: Lang,
    results: Shared<Results>,
    /// The pinned scenario A's results, while one is pinned.
    pinned: Option<Shared<Results>>,
    /// The scenario's uncertainty bands, while the switch is on; kept while
    /// its preset, host and choices stay.
    bands: Option<Shared<Uncertainty>>,
    /// "What drives this?": the sensitivity, as far as it is computed.
    drivers: Shared<Job>,
    charts: Shared<Vec<Shared<LineChart>>>,
    summary: Shared<Vec<String>>,
    /// The words of the current lesson step, filled from the step's own run.
    step: Option<Shared<StepView>>,
}

/// The current lesson step: where it is, its words, and whether the person
/// has moved away from its settings.
#[derive(Debug, PartialEq)]
pub struct StepView {
    pub at: LessonAt,
    pub lang: Lang,
    pub words: StepWords,
    /// The step's own settings (preset, host and choices), for "changed".
    settings: Settings,
}

impl StepView {
    /// Whether the scenario differs from the step's (the view may differ).
    pub fn changed(&self, settings: &Settings) -> bool {
        !self.settings.same_scenario(settings)
    }
}

/// Every change to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLever(ParamId, f64),
    SetPreset(String),
    SetHost(String),
    /// The EN | FR switch.
    SetLang(Lang),
    /// Unsets the scenario levers: back to the baseline.
    ResetToBaseline,
    /// Unsets the assumptions: baseline and scenario move back together.
    ResetAssumptions,
    ApplyPolicy(PolicyKey),
    ShowView(View),
    Focus(Target),
    ToggleInfo(ParamId),
    ToggleShare,
    /// The clipboard took snippet `Ok(i)`, or refused.
    Copied(Result<usize, ()>),
    DismissNotice(u32),
    /// Settings from a message of the host page, over the current ones, with
    /// what could not be read in it.
    Merge(Box<RawSettings>, SettingSource, Vec<Notice>),
    /// Settings read afresh (the link changed), with what was wrong in them.
    Replace(Box<Settings>, Vec<Notice>),
    /// Starts a lesson at its first step, remembering the scenario before it.
    OpenLesson(LessonKey),
    /// Goes to a step of the current lesson, counted from 0.
    GoToStep(usize),
    /// Back to the current step's settings.
    RestoreStep,
    /// Ends the lesson: the scenario from before it, or the preset's defaults.
    LeaveLesson,
    /// The uncertainty switch.
    SetUncertainty(bool),
    /// Freezes the current scenario as A.
    Pin,
    Unpin,
    SetMode(Mode),
    /// A part of the sensitivity, computed in a slice for its generation.
    Drivers(u32, Part),
    /// In presentation: the next (`1`) or previous (`-1`) chart.
    StepChart(i32),
    ToggleDrawer,
    /// The narrow layout's menu button.
    ToggleMenu,
    /// Closes the innermost layer: the drawer (and the menu), then the presentation.
    Escape,
    /// The page's service worker saved this version for offline use (`true`:
    /// in place of an older one), said once per version (assets/offline.js).
    Offline(String, bool),
}

impl State {
    pub fn new(catalogue: &'static Catalogue, settings: Settings, notices: Vec<Notice>) -> State {
        let derived = derive(None, &settings, catalogue);
        let mut ui = Ui {
            notices: Vec::new(),
            next_notice: 0,
            policy_note: None,
            preset_changed: false,
            focus: None,
            open_info: None,
            share_open: false,
            copied: None,
            lesson_before: None,
            present_chart: ChartId::LINES[0],
            drawer_open: false,
            menu_open: false,
            said: None,
            offline: None,
        };
        ui.add_notices(notices);
        State {
            catalogue: CatalogueRef(catalogue),
            settings,
            ui,
            derived,
        }
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    pub fn preset(&self) -> &'static Preset {
        self.settings.preset
    }

    pub fn host(&self) -> &'static Host {
        self.settings.host
    }

    /// The scenario's model runs (and its baseline's, its optimum's).
    pub fn results(&self) -> &Shared<Results> {
        &self.derived.results
    }

    /// The pinned scenario A's results, while one is pinned.
    pub fn pinned(&self) -> Option<&Shared<Results>> {
        self.derived.pinned.as_ref()
    }

    /// The uncertainty bands, while the switch is on.
    pub fn bands(&self) -> Option<&Shared<Uncertainty>> {
        self.derived.bands.as_ref()
    }

    /// The sensitivity of "What drives this?", as far as it is computed.
    pub fn drivers(&self) -> &Shared<Job> {
        &self.derived.drivers
    }

    /// Every line chart, in `ChartId::LINES` order.
    pub fn charts(&self) -> &Shared<Vec<Shared<LineChart>>> {
        &self.derived.charts
    }

    /// The key results in sentences.
    pub fn summary(&self) -> &Shared<Vec<String>> {
        &self.derived.summary
    }

    /// The current lesson step's words, during a lesson.
    pub fn step(&self) -> Option<&Shared<StepView>> {
        self.derived.step.as_ref()
    }

    /// In presentation, the chart shown: `present_chart` while its view is
    /// the one shown, else the first chart of that view (a link's `view=`, a
    /// lesson step's), else `present_chart`.
    pub fn shown_chart(&self) -> ChartId {
        let view = self.settings.view;
        if self.ui.present_chart.view() == view {
            return self.ui.present_chart;
        }
        ChartId::LINES
            .into_iter()
            .find(|c| c.view() == view)
            .unwrap_or(self.ui.present_chart)
    }

    /// The baseline's values: the assumptions as set, default scenario levers.
    pub fn defaults(&self) -> &Params {
        &self.derived.results.scenario.defaults
    }

    /// The scenario's values: set ones, and defaults for the rest.
    pub fn params(&self) -> &Params {
        &self.derived.results.scenario.params
    }

    /// Whether the scenario has moved away from the lesson step's.
    fn step_changed(&self) -> bool {
        self.step().is_some_and(|v| v.changed(&self.settings))
    }
}

impl Ui {
    fn add_notices(&mut self, notices: Vec<Notice>) {
        if !notices.is_empty() {
            self.said = Some(Said::Notices(self.next_notice));
        }
        for notice in notices {
            self.notices.push(ShownNotice {
                id: self.next_notice,
                notice,
            });
            self.next_notice += 1;
        }
    }
}

/// The data `settings` give, reusing each part of `previous` whose inputs
/// are unchanged: the baseline and optimum (by the model's rules), the pinned
/// run, the bands, each chart (matched by its id, kept while equal), the
/// sentences and the step's words. The sensitivity only follows the scenario
/// here; its parts are computed by an effect and arrive as actions.
fn derive(
    previous: Option<&Derived>,
    settings: &Settings,
    catalogue: &'static Catalogue,
) -> Derived {
    let lang = settings.lang;
    let key = settings.scenario_key();
    let drivers = match previous {
        Some(p) => Job::follow(&p.drivers, key, lang),
        None => Job::follow(&Shared::new(Job::new(key)), key, lang),
    };
    let scenario = scenario_of(settings);
    let results = match previous {
        Some(p) if p.results.scenario == scenario => p.results.clone(),
        _ => Shared::new(Results::compute(scenario, previous.map(|p| &*p.results))),
    };
    let pinned = settings.pinned.as_ref().map(|choices| {
        let scenario = Scenario::new(settings.preset, settings.host, choices);
        match previous.and_then(|p| p.pinned.as_ref()) {
            Some(old) if old.scenario == scenario => old.clone(),
            _ => Shared::new(Results::compute(scenario, Some(&results))),
        }
    });
    let kept = previous
        .filter(|p| p.key == key)
        .and_then(|p| p.bands.clone());
    let bands = match kept {
        _ if !settings.uncertainty => None,
        Some(kept) => Some(kept),
        None => results::bands(settings.preset, settings.host, &settings.choices).map(Shared::new),
    };
    let step = settings
        .lesson
        .map(|at| match previous.and_then(|p| p.step.as_ref()) {
            Some(old) if old.at == at && old.lang == lang => old.clone(),
            _ => Shared::new(step_view(catalogue, at, lang, &results)),
        });
    // Charts and sentences are computed from the runs and the language only.
    let same_inputs = previous.filter(|p| {
        p.results == results && p.pinned == pinned && p.bands == bands && p.lang == lang
    });
    let (charts, summary) = match same_inputs {
        Some(p) => (p.charts.clone(), p.summary.clone()),
        None => {
            let texts = lang.texts();
            let fresh = charts::build_all(&results, pinned.as_deref(), bands.as_deref(), texts);
            // Each chart is matched with the previous one of its id, not of its place.
            let charts = fresh
                .into_iter()
                .map(|chart| {
                    let old = previous.and_then(|p| p.charts.iter().find(|c| c.id == chart.id));
                    match old {
                        Some(old) if **old == chart => old.clone(),
                        _ => Shared::new(chart),
                    }
                })
                .collect();
            let summary = summary::sentences(
                &results,
                pinned.as_deref(),
                bands.as_deref(),
                settings.preset,
                settings.host,
                texts,
            );
            (Shared::new(charts), Shared::new(summary))
        }
    };
    Derived {
        key,
        lang,
        results,
        pinned,
        bands,
        drivers,
        charts,
        summary,
        step,
    }
}

/// A step's words, filled from the step's own run, and its settings.
fn step_view(
    catalogue: &'static Catalogue,
    at: LessonAt,
    lang: Lang,
    results: &Results,
) -> StepView {
    let settings = step_settings(catalogue, at);
    let run = Results::compute(scenario_of(&settings), Some(results));
    StepView {
        at,
        lang,
        words: lesson_words::step_words(at, &run, catalogue, lang.texts()),
        settings,
    }
}

/// A step's own settings. Steps are data, checked by the tests: valid.
fn step_settings(catalogue: &'static Catalogue, at: LessonAt) -> Settings {
    config::resolve(catalogue, &[(SettingSource::Link, &at.raw())]).0
}

fn scenario_of(settings: &Settings) -> Scenario {
    Scenario::new(settings.preset, settings.host, &settings.choices)
}

/// `settings` with a step's scenario in place of its own; the language,
/// mode and allowed origins stay.
fn at_step(catalogue: &'static Catalogue, settings: &Settings, at: LessonAt) -> Settings {
    let step = step_settings(catalogue, at);
    Settings {
        preset: step.preset,
        host: step.host,
        choices: step.choices,
        view: step.view,
        lesson: Some(at),
        ..settings.clone()
    }
}

/// What an action does to the settings: the new settings and what was wrong
/// in what it brought, or `None` where it leaves them alone. A pinned
/// scenario is on one preset and host: settings that move to another drop it
/// (settings read afresh pin on their own).
fn next_settings(state: &State, action: &Action) -> Option<(Settings, Vec<Notice>)> {
    let now = &state.settings;
    let catalogue = state.catalogue.0;
    let mut next = now.clone();
    match action {
        Action::SetLever(id, value) => {
            // A slider cannot leave its range, but a value is checked anyway.
            next.choices.set(*id, *value).ok()?;
        }
        Action::SetPreset(id) => {
            let preset = catalogue.preset(id)?;
            if std::ptr::eq(preset, now.preset) {
                return None;
            }
            // Another country: its own default levers, the same assumptions;
            // the host stays if the new country has it, else the new default.
            next.preset = preset;
            next.host = preset.host(&now.host.id).unwrap_or(&preset.hosts[0]);
            next.choices.unset_kind(Kind::Scenario);
        }
        Action::SetHost(id) => next.host = now.preset.host(id)?,
        Action::SetLang(lang) => next.lang = *lang,
        Action::ResetToBaseline => next.choices.unset_kind(Kind::Scenario),
        Action::ResetAssumptions => next.choices.unset_kind(Kind::Assumption),
        // A policy sets its levers, even one already at its value.
        Action::ApplyPolicy(key) => {
            for &(id, value) in key.policy().changes {
                let _ = next.choices.set(id, value);
            }
        }
        Action::ShowView(view) => next.view = *view,
        Action::Focus(target) => next.view = target.view().unwrap_or(now.view),
        Action::Merge(raw, source, _) => {
            // A new preset unsets the scenario levers, as the preset menu
            // does; allowed origins never come from a message.
            let (settings, notices) = config::merge(catalogue, now, raw, *source);
            return Some((unpinned_if_moved(now, settings), notices));
        }
        Action::Replace(settings, _) => return Some(((**settings).clone(), Vec::new())),
        Action::OpenLesson(lesson) => {
            next = at_step(
                catalogue,
                now,
                LessonAt {
                    lesson: *lesson,
                    step: 0,
                },
            )
        }
        Action::GoToStep(step) => {
            let at = now.lesson?;
            if *step >= at.lesson.lesson().steps.len() {
                return None;
            }
            next = at_step(catalogue, now, LessonAt { step: *step, ..at });
        }
        Action::RestoreStep => next = at_step(catalogue, now, now.lesson?),
        Action::LeaveLesson => {
            now.lesson?;
            match &state.ui.lesson_before {
                Some(before) => {
                    next.preset = before.preset;
                    next.host = before.host;
                    next.choices = before.choices;
                    next.view = before.view;
                }
                None => next.choices = Default::default(),
            }
            next.lesson = None;
        }
        Action::SetUncertainty(on) => next.uncertainty = *on,
        Action::Pin => next.pinned = Some(now.choices),
        Action::Unpin => next.pinned = None,
        Action::SetMode(mode) => next.mode = *mode,
        Action::StepChart(delta) => next.view = step_chart(state, *delta).view(),
        Action::Escape if !state.ui.drawer_open && now.mode == Mode::Present => {
            next.mode = Mode::Explore
        }
        Action::Escape
        | Action::ToggleInfo(_)
        | Action::ToggleShare
        | Action::Copied(_)
        | Action::DismissNotice(_)
        | Action::Drivers(..)
        | Action::Offline(..)
        | Action::ToggleDrawer
        | Action::ToggleMenu => return None,
    }
    Some((unpinned_if_moved(now, next), Vec::new()))
}

/// `after` without its pinned scenario where it shows another preset or host
/// than `before`.
fn unpinned_if_moved(before: &Settings, mut after: Settings) -> Settings {
    if moved(before, &after) {
        after.pinned = None;
    }
    after
}

/// The settings show another preset or host.
fn moved(before: &Settings, after: &Settings) -> bool {
    !std::ptr::eq(before.preset, after.preset) || !std::ptr::eq(before.host, after.host)
}

/// In presentation, the chart `delta` steps from the one shown, round.
fn step_chart(state: &State, delta: i32) -> ChartId {
    let n = ChartId::LINES.len() as i32;
    let i = ChartId::LINES
        .iter()
        .position(|c| *c == state.shown_chart());
    ChartId::LINES[(i.unwrap_or(0) as i32 + delta).rem_euclid(n) as usize]
}

/// What an action does to the UI state, given the settings before (in
/// `state`) and after it (`None`: the action left them alone), the notices
/// the new settings brought, and the data derived from them.
fn next_ui(
    state: &State,
    action: Action,
    (settings, notices): (Option<&Settings>, Vec<Notice>),
    derived: &Derived,
) -> Ui {
    let before = &state.settings;
    let touched = settings.is_some();
    let settings = settings.unwrap_or(before);
    let mut ui = state.ui.clone();
    // Settings changed beyond the view (a tab is no change of scenario).
    let changed = settings != before
        && !matches!(
            action,
            Action::ShowView(_) | Action::Focus(_) | Action::StepChart(_)
        );
    // A new country chosen (the menu, or a host page's message): the lever
    // panel and the status region say so.
    let new_country = matches!(action, Action::SetPreset(_) | Action::Merge(..))
        && !std::ptr::eq(settings.preset, before.preset);
    let replaced = matches!(action, Action::Replace(..));
    match action {
        Action::SetLever(..) | Action::SetPreset(_) | Action::SetMode(_) if !changed => {}
        Action::SetLever(..) | Action::SetPreset(_) => ui.policy_note = None,
        Action::ResetToBaseline
        | Action::GoToStep(_)
        | Action::RestoreStep
        | Action::LeaveLesson
            if touched =>
        {
            ui.policy_note = None;
            if matches!(action, Action::LeaveLesson) {
                ui.lesson_before = None;
            }
        }
        Action::OpenLesson(_) => {
            ui.policy_note = None;
            if before.lesson.is_none() {
                ui.lesson_before = Some(Box::new(before.clone()));
            }
        }
        Action::ApplyPolicy(key) => {
            let changes = key
                .policy()
                .changes
                .iter()
                .map(|&(id, value)| (id, state.params()[id], value))
                .filter(|&(id, from, to)| from != to && settings.choices.get(id) == Some(to))
                .collect();
            ui.said = Some(Said::Policy);
            ui.policy_note = Some(PolicyNote {
                policy: key,
                changes,
            });
        }
        Action::Focus(target) => {
            let seq = ui.focus.map_or(0, |(_, n)| n + 1);
            ui.focus = Some((target, seq));
        }
        Action::ToggleInfo(id) => {
            ui.open_info = if ui.open_info == Some(id) {
                None
            } else {
                Some(id)
            };
        }
        Action::ToggleShare => {
            ui.share_open = !ui.share_open;
            ui.copied = None;
        }
        Action::Copied(result) => {
            ui.copied = Some(result);
            ui.said = Some(Said::Copied);
        }
        Action::DismissNotice(id) => ui.notices.retain(|n| n.id != id),
        Action::Merge(_, _, read) => {
            ui.add_notices(read);
            ui.add_notices(notices);
            ui.policy_note = None;
        }
        Action::Replace(_, read) => ui.add_notices(read),
        Action::SetMode(_) => (ui.drawer_open, ui.menu_open) = (false, false),
        Action::StepChart(delta) => {
            ui.present_chart = step_chart(state, delta);
            ui.said = Some(Said::ChartOf);
        }
        Action::ToggleDrawer => ui.drawer_open = !ui.drawer_open,
        Action::ToggleMenu => ui.menu_open = !ui.menu_open,
        Action::Escape => (ui.drawer_open, ui.menu_open) = (false, false),
        Action::Offline(version, updated) => {
            ui.offline = Some((version, updated));
            ui.said = Some(Said::Offline);
        }
        _ => {}
    }
    if before.pinned.is_some() && moved(before, settings) && !replaced {
        ui.add_notices(vec![Notice {
            problem: SettingProblem::Unpinned,
            source: SettingSource::Widget,
        }]);
    }
    if changed {
        ui.copied = None;
        // Said once, after the change of preset; gone with the next change.
        ui.preset_changed = new_country;
        // Unless this change added notices (the unpinned scenario): they say more.
        if new_country && ui.said == state.ui.said {
            ui.said = Some(Said::NewCountry);
        }
        let step_changed = derived.step.as_ref().is_some_and(|v| v.changed(settings));
        if step_changed && !state.step_changed() {
            ui.said = Some(Said::LessonChanged);
        }
    }
    ui
}

impl Reducible for State {
    type Action = Action;

    /// A settings transition, a UI transition, and the data derived from the
    /// new settings. An action that changes nothing returns the same `Rc`, so
    /// Yew skips the render.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Action::Drivers(generation, part) = action {
            // A part of an older generation, or one not asked for, is dropped.
            let Some(job) = self.derived.drivers.take(generation, part, self.lang()) else {
                return self;
            };
            let mut next = (*self).clone();
            next.derived.drivers = Shared::new(job);
            return Rc::new(next);
        }
        let (touched, notices) = match next_settings(&self, &action) {
            Some((settings, notices)) => (Some(settings), notices),
            None => (None, Vec::new()),
        };
        let derived = match &touched {
            Some(settings) if *settings != self.settings => {
                derive(Some(&self.derived), settings, self.catalogue.0)
            }
            _ => self.derived.clone(),
        };
        let ui = next_ui(&self, action, (touched.as_ref(), notices), &derived);
        let settings = touched.unwrap_or_else(|| self.settings.clone());
        if settings == self.settings && ui == self.ui {
            return self;
        }
        Rc::new(State {
            catalogue: self.catalogue,
            settings,
            ui,
            derived,
        })
    }
}
