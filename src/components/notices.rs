//! Visible, polite notices for settings that could not be used.

use crate::components::act;
use crate::config::{Notice, SettingProblem, SettingSource, Settings};
use crate::format;
use crate::i18n::{fill, Texts};
use crate::results::{Results, Shared};
use crate::state::{Action, ShownNotice};
use migration_model::{ParamId, ParamProblem};
use yew::prelude::*;

/// The sentence for one notice, with where it was found. Quoted input is
/// inserted as text.
pub fn notice_text(
    texts: &Texts,
    settings: &Settings,
    results: &Results,
    notice: &Notice,
) -> String {
    let words = &texts.notices;
    let sentence = problem_text(texts, settings, results, &notice.problem);
    let place = match notice.source {
        SettingSource::Link => words.from_link,
        SettingSource::Attribute => words.from_attribute,
        SettingSource::Message => words.from_message,
        SettingSource::Widget => return sentence,
    };
    format!("{sentence} ({place})")
}

/// The sentence for one problem.
fn problem_text(
    texts: &Texts,
    settings: &Settings,
    results: &Results,
    problem: &SettingProblem,
) -> String {
    let words = &texts.notices;
    let lang = texts.lang;
    let lever = |id: ParamId| {
        let spec = id.spec();
        let (min, max) = format::lever_range(lang, spec);
        let default = format::lever_value(lang, spec, results.scenario.defaults[id]);
        (texts.param(id).label, min, max, default)
    };
    match problem {
        SettingProblem::UnknownPreset { value } => fill(
            words.unknown_preset,
            &[
                ("value", value),
                ("default", lang.pick(&settings.preset.name).as_str()),
            ],
        ),
        SettingProblem::UnknownHost { value } => fill(
            words.unknown_host,
            &[
                ("value", value),
                ("preset", lang.pick(&settings.preset.name).as_str()),
                ("default", &lang.pick(&settings.host.country).name),
            ],
        ),
        SettingProblem::UnknownParam { name } => fill(words.unknown_param, &[("name", name)]),
        SettingProblem::BadValue {
            error,
            value,
            fallback,
        } => {
            let (label, min, max, default) = lever(error.id);
            let used = match fallback {
                Some(v) => format::lever_value(lang, error.id.spec(), *v),
                None => fill(words.default_used, &[("default", &default)]),
            };
            let template = match error.problem {
                ParamProblem::NotANumber => words.not_a_number,
                ParamProblem::OutOfRange => words.out_of_range,
                ParamProblem::NotWhole => words.not_whole,
            };
            fill(
                template,
                &[
                    ("label", label),
                    ("value", value),
                    ("min", &min),
                    ("max", &max),
                    ("used", &used),
                ],
            )
        }
        SettingProblem::BadUncertainty { value } => {
            fill(words.bad_uncertainty, &[("value", value)])
        }
        SettingProblem::OldVersion { value } => fill(words.old_version, &[("value", value)]),
        SettingProblem::UnknownView { value } => fill(words.unknown_view, &[("value", value)]),
        SettingProblem::UnknownLang { value } => fill(words.unknown_lang, &[("value", value)]),
        SettingProblem::UnknownVersion { value } => {
            fill(words.unknown_version, &[("value", value)])
        }
        SettingProblem::BadOrigin { value } => fill(words.bad_origin, &[("value", value)]),
        SettingProblem::Malformed { value } => fill(words.malformed, &[("value", value)]),
        SettingProblem::TooLong { count } => fill(
            words.too_long,
            &[
                ("count", &count.to_string()),
                ("limit", &crate::config::MAX_SETTINGS_CHARS.to_string()),
            ],
        ),
        SettingProblem::ValueTooLong { name, count } => fill(
            words.value_too_long,
            &[
                ("name", name),
                ("count", &count.to_string()),
                ("limit", &crate::config::MAX_VALUE_CHARS.to_string()),
            ],
        ),
        SettingProblem::Repeated { name } => fill(words.repeated, &[("name", name)]),
        SettingProblem::UnknownMode { value } => fill(words.unknown_mode, &[("value", value)]),
        SettingProblem::UnknownLesson { value } => fill(words.unknown_lesson, &[("value", value)]),
        SettingProblem::BadStep { value, steps } => fill(
            words.bad_step,
            &[("value", value), ("steps", &steps.to_string())],
        ),
        SettingProblem::StepWithoutLesson { value } => {
            fill(words.step_without_lesson, &[("value", value)])
        }
        SettingProblem::Pinned(problem) => fill(
            words.pinned,
            &[("problem", &problem_text(texts, settings, results, problem))],
        ),
        SettingProblem::Unpinned => words.unpinned.to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<ShownNotice>,
    /// For the sentences: names of the preset and host, defaults of the levers.
    pub settings: Settings,
    pub results: Shared<Results>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let texts = props.settings.lang.texts();
    // New notices are said by the app's status region.
    html! {
        <div class="mx-notices">
            if !props.notices.is_empty() {
                <div class="mx-notice-box">
                    <h3>{ texts.notices.heading }</h3>
                    <ul>
                        { for props.notices.iter().map(|shown| {
                            let id = shown.id;
                            let dismiss = act(&props.on_action, Action::DismissNotice(id));
                            html! {
                                <li class="mx-notice" key={id}>
                                    <span>{ notice_text(texts, &props.settings, &props.results, &shown.notice) }</span>
                                    <button type="button" class="mx-link-button" onclick={dismiss}>{ texts.notices.dismiss }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </div>
    }
}
