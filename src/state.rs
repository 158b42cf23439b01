//! The widget's state and its one reducer. Every change goes through
//! [`State::reduce`]; everything derived from it (model runs, charts, the
//! sentences of the summary) is computed there once, so components only draw.
//! Side effects (URL, messages, downloads) live in the components' effects.

use crate::charts::{self, LineChart};
use crate::config::{self, LessonAt, Notice, Problem, RawSettings, Settings, Source};
use crate::content::{ChartId, Mode, PolicyKey, Target, View};
use crate::drivers::{Job, Part};
use crate::i18n::Lang;
use crate::lesson_words::{self, StepWords};
use crate::lessons::LessonKey;
use crate::results::{self, CatalogRef, Results, Shared};
use crate::summary;
use migration_model::{Catalog, Host, Kind, ParamId, Params, Preset, Scenario, Uncertainty};
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
}

/// A notice on screen, with an id so that it can be dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownNotice {
    pub id: u32,
    pub notice: Notice,
}

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub catalog: CatalogRef,
    pub settings: Settings,
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
    pub results: Shared<Results>,
    /// The pinned scenario A's results, while one is pinned.
    pub pinned: Option<Shared<Results>>,
    /// The scenario's uncertainty bands, while the switch is on; kept while
    /// its preset, host and choices stay.
    pub bands: Option<Shared<Uncertainty>>,
    /// "What drives this?": the sensitivity, as far as it is computed.
    pub drivers: Shared<Job>,
    pub charts: Shared<Vec<Shared<LineChart>>>,
    pub summary: Shared<Vec<String>>,
    /// The settings from before the lesson began, for "Leave lesson"; `None`
    /// for someone who arrived by a link.
    lesson_before: Option<Box<Settings>>,
    /// The words of the current lesson step, filled from the step's own run.
    pub step: Option<Shared<StepView>>,
    /// In presentation: the chart shown.
    pub present_chart: ChartId,
    /// In presentation: the levers' drawer is open.
    pub drawer_open: bool,
    /// What the status region says.
    pub said: Option<Said>,
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
    Merge(Box<RawSettings>, Source, Vec<Notice>),
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
    /// Closes the innermost layer: the drawer, then the presentation.
    Escape,
}

impl State {
    pub fn new(catalog: &'static Catalog, settings: Settings, notices: Vec<Notice>) -> State {
        let scenario = scenario_of(&settings);
        let results = Shared::new(Results::compute(scenario, None));
        let drivers = Shared::new(Job::new(settings.scenario_key()));
        let mut state = State {
            catalog: CatalogRef(catalog),
            settings,
            notices: Vec::new(),
            next_notice: 0,
            policy_note: None,
            preset_changed: false,
            focus: None,
            open_info: None,
            share_open: false,
            copied: None,
            drivers,
            charts: Shared::default(),
            summary: Shared::default(),
            results,
            pinned: None,
            bands: None,
            lesson_before: None,
            step: None,
            present_chart: ChartId::LINES[0],
            drawer_open: false,
            said: None,
        };
        state.add_notices(notices);
        state.derive(None);
        state
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

    /// In presentation, the chart shown: `present_chart` while its view is
    /// the one shown, else the first chart of that view (a link's `view=`, a
    /// lesson step's), else `present_chart`.
    pub fn shown_chart(&self) -> ChartId {
        let view = self.settings.view;
        if self.present_chart.view() == view {
            return self.present_chart;
        }
        ChartId::LINES
            .into_iter()
            .find(|c| c.view() == view)
            .unwrap_or(self.present_chart)
    }

    /// The baseline's values: the assumptions as set, default scenario levers.
    pub fn defaults(&self) -> &Params {
        &self.results.scenario.defaults
    }

    /// The scenario's values: set ones, and defaults for the rest.
    pub fn params(&self) -> &Params {
        &self.results.scenario.params
    }

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

    /// Recomputes results, charts and sentences after the settings changed;
    /// unchanged charts keep their `Rc` so that their canvases are not redrawn.
    fn derive(&mut self, previous: Option<&State>) {
        // A new generation of the sensitivity for a new scenario: only its
        // bookkeeping here; its parts are computed by an effect.
        self.drivers = Job::follow(&self.drivers, self.settings.scenario_key(), self.lang());
        let scenario = scenario_of(&self.settings);
        if previous.is_none_or(|p| p.results.scenario != scenario) {
            self.results = Shared::new(Results::compute(scenario, previous.map(|p| &*p.results)));
        }
        self.pinned = self.settings.pinned.as_ref().map(|choices| {
            let scenario = Scenario::new(self.preset(), self.host(), choices);
            match previous.and_then(|p| p.pinned.as_ref()) {
                Some(old) if old.scenario == scenario => old.clone(),
                _ => Shared::new(Results::compute(scenario, Some(&self.results))),
            }
        });
        self.step = self
            .settings
            .lesson
            .map(|at| match previous.and_then(|p| p.step.as_ref()) {
                Some(old) if old.at == at && old.lang == self.lang() => old.clone(),
                _ => Shared::new(self.step_view(at)),
            });
        let kept = previous
            .filter(|p| p.settings.same_scenario(&self.settings))
            .and_then(|p| p.bands.clone());
        self.bands = match kept {
            _ if !self.settings.uncertainty => None,
            Some(kept) => Some(kept),
            None => {
                results::bands(self.preset(), self.host(), &self.settings.choices).map(Shared::new)
            }
        };
        let texts = self.lang().texts();
        let fresh = charts::build_all(
            &self.results,
            self.pinned.as_deref(),
            self.bands.as_deref(),
            texts,
        );
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
        self.charts = Shared::new(charts);
        self.summary = Shared::new(summary::sentences(
            &self.results,
            self.pinned.as_deref(),
            self.bands.as_deref(),
            self.preset(),
            self.host(),
            texts,
        ));
    }
}

impl State {
    /// A step's settings in place of the scenario's; the language, mode and
    /// allowed origins stay. A pinned scenario on another preset or host goes.
    fn go_to(&mut self, at: LessonAt) {
        let step = step_settings(self.catalog.0, at);
        let s = &mut self.settings;
        s.preset = step.preset;
        s.host = step.host;
        s.choices = step.choices;
        s.view = step.view;
        s.lesson = Some(at);
    }

    /// A step's words, filled from the step's own run, and its settings.
    fn step_view(&self, at: LessonAt) -> StepView {
        let settings = step_settings(self.catalog.0, at);
        let results = Results::compute(scenario_of(&settings), Some(&self.results));
        StepView {
            at,
            lang: self.lang(),
            words: lesson_words::step_words(at, &results, self.catalog.0, self.lang().texts()),
            settings,
        }
    }
}

/// A step's own settings. Steps are data, checked by the tests: valid.
fn step_settings(catalog: &'static Catalog, at: LessonAt) -> Settings {
    config::resolve(catalog, &[(Source::Link, &at.raw())]).0
}

fn scenario_of(settings: &Settings) -> Scenario {
    Scenario::new(settings.preset, settings.host, &settings.choices)
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let mut settings_changed = false;
        let mut preset_change = matches!(action, Action::SetPreset(_));
        let replaced = matches!(action, Action::Replace(..));
        match action {
            Action::SetLever(id, value) => {
                // A slider cannot leave its range, but a value is checked anyway.
                let choices = &mut next.settings.choices;
                if choices.get(id) == Some(value) || choices.set(id, value).is_err() {
                    return self;
                }
                next.policy_note = None;
                settings_changed = true;
            }
            Action::SetPreset(id) => {
                let Some(preset) = self.catalog.0.preset(&id) else {
                    return self;
                };
                if std::ptr::eq(preset, self.preset()) {
                    return self;
                }
                // Another country: its own default levers, the same assumptions.
                next.settings.preset = preset;
                next.settings.host = &preset.hosts[0];
                next.settings.choices.unset_kind(Kind::Scenario);
                next.policy_note = None;
                next.preset_changed = true;
                settings_changed = true;
            }
            Action::SetLang(lang) => {
                if self.lang() == lang {
                    return self;
                }
                next.settings.lang = lang;
                settings_changed = true;
            }
            Action::SetHost(id) => match self.preset().host(&id) {
                Some(host) if !std::ptr::eq(host, self.host()) => {
                    next.settings.host = host;
                    settings_changed = true;
                }
                _ => return self,
            },
            Action::ResetToBaseline => {
                next.settings.choices.unset_kind(Kind::Scenario);
                if next.settings.choices == self.settings.choices && self.policy_note.is_none() {
                    return self;
                }
                next.policy_note = None;
                settings_changed = true;
            }
            Action::ResetAssumptions => {
                // The policy note stays: a policy sets scenario levers, which stay.
                next.settings.choices.unset_kind(Kind::Assumption);
                if next.settings.choices == self.settings.choices {
                    return self;
                }
                settings_changed = true;
            }
            Action::ApplyPolicy(key) => {
                // A policy sets its levers, even one already at its value.
                let mut changes = Vec::new();
                for &(id, value) in key.policy().changes {
                    let from = self.params()[id];
                    if next.settings.choices.set(id, value).is_ok() && from != value {
                        changes.push((id, from, value));
                    }
                }
                settings_changed = next.settings.choices != self.settings.choices;
                next.said = Some(Said::Policy);
                next.policy_note = Some(PolicyNote {
                    policy: key,
                    changes,
                });
            }
            Action::ShowView(view) => {
                if self.settings.view == view {
                    return self;
                }
                next.settings.view = view;
            }
            Action::Focus(target) => {
                let seq = self.focus.map_or(0, |(_, n)| n + 1);
                next.focus = Some((target, seq));
                if let Some(view) = target.view() {
                    next.settings.view = view;
                }
            }
            Action::ToggleInfo(id) => {
                next.open_info = if self.open_info == Some(id) {
                    None
                } else {
                    Some(id)
                };
            }
            Action::ToggleShare => {
                next.share_open = !self.share_open;
                next.copied = None;
            }
            Action::Copied(result) => {
                next.copied = Some(result);
                next.said = Some(Said::Copied);
            }
            Action::DismissNotice(id) => {
                if !self.notices.iter().any(|n| n.id == id) {
                    return self;
                }
                next.notices.retain(|n| n.id != id);
            }
            Action::Merge(raw, source, read) => {
                next.add_notices(read);
                // A message that changes the preset unsets the scenario levers,
                // as the preset menu does; its own levers then apply.
                let mut base = self.settings.clone();
                let new_preset = raw
                    .preset
                    .as_deref()
                    .is_some_and(|id| id != self.preset().id && self.catalog.preset(id).is_some());
                if new_preset {
                    base.choices.unset_kind(Kind::Scenario);
                    preset_change = true;
                }
                let mut current = RawSettings::from_url_part(&base.to_hash()).0;
                if new_preset {
                    // The old preset's host is not one of the new preset's: it
                    // would be refused with a notice. The message's host, or the
                    // new preset's first, as the preset menu does.
                    current.host = None;
                }
                let (mut settings, notices) =
                    config::resolve(self.catalog.0, &[(Source::Link, &current), (source, &raw)]);
                // Allowed origins come from the page's own configuration only.
                settings.allow_origins = self.settings.allow_origins.clone();
                next.add_notices(notices);
                settings_changed = settings != self.settings;
                next.settings = settings;
                next.policy_note = None;
            }
            Action::Replace(settings, notices) => {
                next.add_notices(notices);
                settings_changed = *settings != self.settings;
                next.settings = *settings;
            }
            Action::OpenLesson(lesson) => {
                if next.settings.lesson.is_none() {
                    next.lesson_before = Some(Box::new(self.settings.clone()));
                }
                next.go_to(LessonAt { lesson, step: 0 });
                next.policy_note = None;
                settings_changed = true;
            }
            Action::GoToStep(step) => {
                let Some(at) = self.settings.lesson else {
                    return self;
                };
                if step >= at.lesson.lesson().steps.len() {
                    return self;
                }
                next.go_to(LessonAt { step, ..at });
                next.policy_note = None;
                settings_changed = next.settings != self.settings;
            }
            Action::RestoreStep => {
                let Some(at) = self.settings.lesson else {
                    return self;
                };
                next.go_to(at);
                next.policy_note = None;
                settings_changed = next.settings != self.settings;
            }
            Action::LeaveLesson => {
                if self.settings.lesson.is_none() {
                    return self;
                }
                match next.lesson_before.take() {
                    Some(before) => {
                        let s = &mut next.settings;
                        s.preset = before.preset;
                        s.host = before.host;
                        s.choices = before.choices;
                        s.view = before.view;
                    }
                    None => next.settings.choices = Default::default(),
                }
                next.settings.lesson = None;
                next.policy_note = None;
                settings_changed = true;
            }
            Action::SetUncertainty(on) => {
                if self.settings.uncertainty == on {
                    return self;
                }
                next.settings.uncertainty = on;
                settings_changed = true;
            }
            Action::Pin => {
                next.settings.pinned = Some(self.settings.choices);
                settings_changed = next.settings != self.settings;
            }
            Action::Unpin => {
                next.settings.pinned = None;
                settings_changed = next.settings != self.settings;
            }
            Action::Drivers(generation, part) => {
                // A part of an older generation, or one not asked for, is dropped.
                match self.drivers.take(generation, part, self.lang()) {
                    Some(job) => next.drivers = Shared::new(job),
                    None => return self,
                }
            }
            Action::SetMode(mode) => {
                if self.settings.mode == mode {
                    return self;
                }
                next.settings.mode = mode;
                next.drawer_open = false;
                settings_changed = true;
            }
            Action::StepChart(delta) => {
                let n = ChartId::LINES.len() as i32;
                let shown = self.shown_chart();
                let i = ChartId::LINES.iter().position(|c| *c == shown).unwrap_or(0) as i32;
                let chart = ChartId::LINES[(i + delta).rem_euclid(n) as usize];
                next.present_chart = chart;
                next.settings.view = chart.view();
                next.said = Some(Said::ChartOf);
            }
            Action::ToggleDrawer => next.drawer_open = !self.drawer_open,
            Action::Escape => {
                if self.drawer_open {
                    next.drawer_open = false;
                } else if self.settings.mode == Mode::Present {
                    next.settings.mode = Mode::Explore;
                    settings_changed = true;
                } else {
                    return self;
                }
            }
        }
        // A pinned scenario is on one preset and host: another one unpins it,
        // except in settings read afresh, whose link pins on its own.
        let moved = !std::ptr::eq(next.settings.preset, self.settings.preset)
            || !std::ptr::eq(next.settings.host, self.settings.host);
        if moved && self.settings.pinned.is_some() && !replaced {
            next.settings.pinned = None;
            next.add_notices(vec![Notice {
                problem: Problem::Unpinned,
                source: Source::Widget,
            }]);
        }
        if settings_changed {
            next.copied = None;
            // Said once, after the change of preset; gone with the next change.
            next.preset_changed = preset_change;
            // Unless this change added notices (the unpinned scenario): they say more.
            if preset_change && next.said == self.said {
                next.said = Some(Said::NewCountry);
            }
            next.derive(Some(&self));
            let changed = |s: &State| s.step.as_ref().is_some_and(|v| v.changed(&s.settings));
            if changed(&next) && !changed(&self) {
                next.said = Some(Said::LessonChanged);
            }
        }
        Rc::new(next)
    }
}
