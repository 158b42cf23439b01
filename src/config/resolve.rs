//! Resolving layers of raw settings into typed [`Settings`]: which layer
//! wins, what a bad value falls back to, where a lesson's step goes.

use super::{quote, LessonAt, Notice, RawSettings, SettingProblem, SettingSource, Settings};
use super::{LINK_VERSION, OLD_LINK_VERSIONS};
use crate::content::{Mode, View};
use crate::i18n::Lang;
use crate::lessons::LessonKey;
use migration_model::{Catalogue, Choices, Kind, ParamId};

/// Is `text` an origin such as `https://example.org` or `http://127.0.0.1:8081`?
fn is_origin(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else {
        return false;
    };
    matches!(scheme, "http" | "https")
        && !rest.is_empty()
        && !rest.contains(['/', '?', '#', '@', ' '])
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// The value of one field from the highest layer that has a usable one; every
/// unusable value met on the way is reported.
fn pick<T>(
    layers: &[(SettingSource, &RawSettings)],
    notices: &mut Vec<Notice>,
    field: impl Fn(&RawSettings) -> &Option<String>,
    parse: impl Fn(&str) -> Option<T>,
    problem: impl Fn(String) -> SettingProblem,
) -> Option<T> {
    let mut found = None;
    for (source, raw) in layers.iter().rev() {
        if let Some(text) = field(raw) {
            match parse(text) {
                Some(value) => {
                    if found.is_none() {
                        found = Some(value);
                    }
                }
                None => notices.push(Notice {
                    problem: problem(quote(text)),
                    source: *source,
                }),
            }
        }
    }
    found
}

/// The language a page asks for when neither its link nor the element says:
/// its `<html lang>`, else the first of the browser's languages the widget
/// speaks; `None` (English) when none is. The browser read is
/// `web::dom::page_languages`.
pub fn page_lang<'a>(html: Option<&'a str>, browser: &'a [String]) -> Option<Lang> {
    html.into_iter()
        .chain(browser.iter().map(String::as_str))
        .find_map(Lang::from_tag)
}

/// A widget's settings: its attributes, under the page's link when it owns it
/// (`data-url-state`), given as the location's `(hash, search)`: the link is
/// the hash, plus `allow-origin` from the query, whose other parameters may be
/// the host page's own (only its length is reported); below both, the page's
/// language (`page_lang`). Used at mount and whenever the link changes; the
/// browser read is `web::dom::location_parts`.
pub fn widget_settings(
    catalogue: &'static Catalogue,
    attributes: &RawSettings,
    link: Option<(&str, &str)>,
    page: Option<Lang>,
) -> (Settings, Vec<Notice>) {
    // The page's language is a layer of its own, the lowest: known, so never refused.
    let page = RawSettings {
        lang: page.map(|lang| lang.tag().to_string()),
        ..RawSettings::default()
    };
    let Some((hash, search)) = link else {
        return resolve(
            catalogue,
            &[
                (SettingSource::Attribute, &page),
                (SettingSource::Attribute, attributes),
            ],
        );
    };
    let (mut raw, mut notices) = RawSettings::from_url_part(hash);
    let (query, query_notices) = RawSettings::from_url_part(search);
    raw.allow_origins.extend(query.allow_origins);
    notices.extend(
        query_notices
            .into_iter()
            .filter(|n| matches!(n.problem, SettingProblem::TooLong { .. })),
    );
    let (settings, more) = resolve(
        catalogue,
        &[
            (SettingSource::Attribute, &page),
            (SettingSource::Attribute, attributes),
            (SettingSource::Link, &raw),
        ],
    );
    notices.extend(more);
    (settings, notices)
}

/// The lesson step named by the highest layer that names a known lesson, and
/// that layer's index. A bad step shows step 1, with a notice.
fn pick_lesson(
    layers: &[(SettingSource, &RawSettings)],
    notices: &mut Vec<Notice>,
) -> Option<(usize, LessonAt)> {
    let mut found = None;
    for (i, (source, raw)) in layers.iter().enumerate().rev() {
        let mut note = |problem| {
            notices.push(Notice {
                problem,
                source: *source,
            })
        };
        let Some(text) = &raw.lesson else {
            if let Some(step) = &raw.step {
                note(SettingProblem::StepWithoutLesson { value: quote(step) });
            }
            continue;
        };
        let Some(lesson) = LessonKey::from_key(text) else {
            note(SettingProblem::UnknownLesson { value: quote(text) });
            continue;
        };
        if found.is_some() {
            continue;
        }
        let steps = lesson.lesson().steps.len();
        let step = match raw.step.as_deref() {
            None => 0,
            Some(text) => match text.parse::<usize>() {
                Ok(n) if (1..=steps).contains(&n) => n - 1,
                _ => {
                    note(SettingProblem::BadStep {
                        value: quote(text),
                        steps,
                    });
                    0
                }
            },
        };
        found = Some((i, LessonAt { lesson, step }));
    }
    found
}

impl LessonAt {
    /// The step's settings as a layer of raw settings.
    pub fn raw(self) -> RawSettings {
        let key = self.lesson.lesson().steps[self.step];
        let step = key.step();
        RawSettings {
            preset: Some(step.preset.to_string()),
            host: Some(step.host.to_string()),
            view: Some(step.view.key().to_string()),
            levers: step
                .levers
                .iter()
                .map(|(id, v)| (id.name().to_string(), format!("{v}")))
                .collect(),
            ..RawSettings::default()
        }
    }
}

/// Reads `(name, value)` settings into `choices`, a notice for each refused one.
fn read_choices(
    list: &[(String, String)],
    choices: &mut Choices,
    mut note: impl FnMut(SettingProblem),
) {
    for (name, text) in list {
        let Some(id) = ParamId::from_name(name) else {
            note(SettingProblem::UnknownParam { name: quote(name) });
            continue;
        };
        // Text that is no number at all is refused as NaN is: "not a number".
        let value = crate::format::parse_number(text.trim()).unwrap_or(f64::NAN);
        let set = id
            .spec()
            .check(value)
            .and_then(|value| choices.set(id, value));
        if let Err(error) = set {
            // What is used instead is known once every layer is read.
            note(SettingProblem::BadValue {
                error,
                value: quote(text),
                fallback: None,
            });
        }
    }
}

/// Validates layers of raw settings, lowest precedence first (attributes, then
/// the link), into settings the widget can use, with a notice for every value
/// it could not use. A lesson's step is a layer of its own, just under the
/// layer that names it: that layer's own settings apply over the step's, and
/// the layers below do not (a step is absolute), except for the language,
/// mode, uncertainty switch and allowed origins.
pub fn resolve(
    catalogue: &'static Catalogue,
    layers: &[(SettingSource, &RawSettings)],
) -> (Settings, Vec<Notice>) {
    resolve_over(catalogue, &defaults(catalogue), layers)
}

/// `raw`, read from `source` (a host page's message), over the `current`
/// settings, which are the layer below it: what it does not name stays, and
/// a value it gets wrong falls back to the current one. A new preset unsets
/// the scenario levers and takes the message's host or its own first, as the
/// preset menu does. The allowed origins stay the current ones: only the
/// page's own configuration may say who can send messages.
pub fn merge(
    catalogue: &'static Catalogue,
    current: &Settings,
    raw: &RawSettings,
    source: SettingSource,
) -> (Settings, Vec<Notice>) {
    let (mut settings, notices) = resolve_over(catalogue, current, &[(source, raw)]);
    settings.allow_origins.clone_from(&current.allow_origins);
    (settings, notices)
}

/// Settings that no layer set: the catalogue's first preset and its first host.
fn defaults(catalogue: &'static Catalogue) -> Settings {
    let preset = &catalogue.presets[0];
    Settings {
        preset,
        host: &preset.hosts[0],
        choices: Choices::new(),
        view: View::Origin,
        lang: Lang::En,
        allow_origins: Vec::new(),
        mode: Mode::default(),
        lesson: None,
        pinned: None,
        uncertainty: false,
    }
}

/// [`resolve`]'s layers over typed settings, the lowest layer: what no layer
/// sets, or sets wrong, is `bottom`'s. A lesson's step named by a layer
/// replaces `bottom`'s scenario (preset, host, choices, view, pinned A) by the
/// defaults', as it replaces the layers below it.
fn resolve_over(
    catalogue: &'static Catalogue,
    bottom: &Settings,
    layers: &[(SettingSource, &RawSettings)],
) -> (Settings, Vec<Notice>) {
    let mut notices = Vec::new();
    let lesson = pick_lesson(layers, &mut notices);
    let step_layer;
    let under_step;
    // The scenario's settings below the layers: `bottom`'s, or under a step
    // (which is absolute) the defaults'.
    let (below, scenario_layers): (&Settings, Vec<(SettingSource, &RawSettings)>) = match lesson {
        Some((i, at)) => {
            step_layer = at.raw();
            under_step = defaults(catalogue);
            let layers = std::iter::once((layers[i].0, &step_layer))
                .chain(layers[i..].iter().copied())
                .collect();
            (&under_step, layers)
        }
        None => (bottom, layers.to_vec()),
    };
    let scenario_layers = &scenario_layers[..];
    let preset = pick(
        scenario_layers,
        &mut notices,
        |r| &r.preset,
        |id| catalogue.preset(id),
        |value| SettingProblem::UnknownPreset { value },
    )
    .unwrap_or(below.preset);
    // The levers and host below were set for their own preset: another one
    // starts from its own baseline and first host, as the preset menu does.
    let same_preset = std::ptr::eq(preset, below.preset);
    let host = pick(
        scenario_layers,
        &mut notices,
        |r| &r.host,
        |id| preset.host(id),
        |value| SettingProblem::UnknownHost { value },
    )
    .unwrap_or(if same_preset {
        below.host
    } else {
        &preset.hosts[0]
    });
    let lang = pick(
        layers,
        &mut notices,
        |r| &r.lang,
        Lang::from_tag,
        |value| SettingProblem::UnknownLang { value },
    )
    .unwrap_or(bottom.lang);
    let view = pick(
        scenario_layers,
        &mut notices,
        |r| &r.view,
        View::from_key,
        |value| SettingProblem::UnknownView { value },
    )
    .unwrap_or(below.view);
    let mode = pick(
        layers,
        &mut notices,
        |r| &r.mode,
        Mode::from_key,
        |value| SettingProblem::UnknownMode { value },
    )
    .unwrap_or(bottom.mode);
    // Like the language and the mode, a way of showing: a lesson's step keeps it.
    let uncertainty = pick(
        layers,
        &mut notices,
        |r| &r.uncertainty,
        |text| match text {
            "on" => Some(true),
            "off" => Some(false),
            _ => None,
        },
        |value| SettingProblem::BadUncertainty { value },
    )
    .unwrap_or(bottom.uncertainty);
    let mut note = |problem, source| notices.push(Notice { problem, source });
    // Parameters: lowest layer first, so higher layers overwrite. A refused
    // value leaves the layer below in place, or the default.
    let mut choices = below.choices;
    if !same_preset {
        choices.unset_kind(Kind::Scenario);
    }
    for (source, raw) in scenario_layers {
        read_choices(&raw.levers, &mut choices, |p| note(p, *source));
    }
    // The pinned scenario A comes whole from the highest layer that pins one.
    let pinned = scenario_layers
        .iter()
        .rev()
        .find(|(_, raw)| raw.pin.is_some() || !raw.pinned.is_empty())
        .map(|(source, raw)| {
            let mut pinned = Choices::new();
            read_choices(&raw.pinned, &mut pinned, |p| {
                note(SettingProblem::Pinned(Box::new(p)), *source)
            });
            pinned
        })
        .or(below.pinned);
    let mut allow_origins = bottom.allow_origins.clone();
    for (source, raw) in layers {
        match raw.version.as_deref() {
            None | Some(LINK_VERSION) => {}
            Some(v) if OLD_LINK_VERSIONS.contains(&v) => {
                note(SettingProblem::OldVersion { value: quote(v) }, *source)
            }
            Some(v) => note(SettingProblem::UnknownVersion { value: quote(v) }, *source),
        }
        for origin in &raw.allow_origins {
            if is_origin(origin) {
                if !allow_origins.contains(origin) {
                    allow_origins.push(origin.clone());
                }
            } else {
                note(
                    SettingProblem::BadOrigin {
                        value: quote(origin),
                    },
                    *source,
                );
            }
        }
    }
    // What a refused value gave way to: the value finally used, if any layer
    // set one (a pinned value gives way to its default).
    for notice in &mut notices {
        if let SettingProblem::BadValue {
            error, fallback, ..
        } = &mut notice.problem
        {
            *fallback = choices.get(error.id);
        }
    }
    let settings = Settings {
        preset,
        host,
        choices,
        view,
        lang,
        allow_origins,
        mode,
        lesson: lesson.map(|(_, at)| at).or(bottom.lesson),
        pinned,
        uncertainty,
    };
    (settings, notices)
}
