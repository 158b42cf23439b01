//! The levers: a labelled native range input per parameter, built from the
//! model's parameter table; named policies; under "Advanced", the remaining
//! scenario levers, then the assumptions (which move the baseline too).

use super::{act, paragraphs};
use crate::content::{themes_showing, PolicyKey, Target};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::results::{Results, Shared};
use crate::state::{Action, PolicyNote};
use migration_model::{Choices, Group, Kind, ParamId, SPECS};
use yew::prelude::*;

/// How often the lever panel rendered, for the component test that checks it
/// does not render on changes it does not show; absent from the release build.
#[cfg(feature = "test-hooks")]
pub static RENDERS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// What the lever panel shows, and nothing else: opening the share panel, a
/// notice, a tab or a focus request leave these equal, so the panel is skipped.
#[derive(Properties, PartialEq)]
pub struct LeversProps {
    pub lang: Lang,
    /// The scenario's values and the baseline's (compared by identity).
    pub results: Shared<Results>,
    /// Which levers are set.
    pub choices: Choices,
    pub open_info: Option<ParamId>,
    pub policy_note: Option<PolicyNote>,
    /// The new country's name, right after the preset changed.
    pub new_country: Option<&'static str>,
    pub on_action: Callback<Action>,
}

#[derive(Properties, PartialEq)]
struct LeverProps {
    id: ParamId,
    value: f64,
    default: f64,
    /// Set by the person or a link; otherwise it follows its default.
    set: bool,
    /// A caveat under the slider (the transfer cost far from today's).
    note: Option<&'static str>,
    open: bool,
    lang: crate::i18n::Lang,
    on_action: Callback<Action>,
}

#[component]
fn Lever(props: &LeverProps) -> Html {
    let spec = props.id.spec();
    let lang = props.lang;
    let texts = lang.texts();
    let words = &texts.param(props.id);
    let name = spec.name;
    let input_id = format!("lever-{name}");
    let info_id = format!("info-{name}");
    let value_text = format::lever_value(lang, spec, props.value);
    let id = props.id;
    // The badge describes the slider: a screen reader says it is set too.
    let set_id = format!("{input_id}-set");
    let note_id = format!("{name}-note");
    let described: Vec<&str> = [
        props.set.then_some(set_id.as_str()),
        props.note.map(|_| note_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described_by = (!described.is_empty()).then(|| format::joined(&described, " "));
    let on_input = props.on_action.reform(move |e: InputEvent| {
        let text = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        // The reducer checks the range; a value that does not parse changes nothing.
        Action::SetLever(id, format::parse_number(&text).unwrap_or(f64::NAN))
    });
    let on_info = act(&props.on_action, Action::ToggleInfo(id));
    let (min, max) = format::lever_range(lang, spec);
    let themes = themes_showing(Target::Lever(id)).map(|key| {
        let go = act(&props.on_action, Action::Focus(Target::Theme(key)));
        html! {
            <button type="button" class="mx-link-button" onclick={go}>
                { format!("{} ({})", texts.theme(key).title, paragraphs(key.theme().paragraphs)) }
            </button>
        }
    });
    html! {
        <div class={classes!("mx-lever", props.set.then_some("mx-changed"))}>
            <div class="mx-lever-head">
                <label for={input_id.clone()}>{ words.label }</label>
                if props.set {
                    <span class="mx-set" id={set_id.clone()}>{ texts.lever_set }</span>
                }
                // Plain text, not <output>: an output element is a live region, so a
                // screen reader would announce every move twice (the slider says it).
                <span class="mx-value" id={format!("{input_id}-value")}>{ value_text }</span>
                <button
                    type="button"
                    class="mx-info-button"
                    aria-expanded={props.open.to_string()}
                    aria-controls={info_id.clone()}
                    aria-label={fill(texts.about_lever, &[("label", words.label)])}
                    onclick={on_info}
                >{ "i" }</button>
            </div>
            <input
                type="range"
                id={input_id}
                min={spec.min.to_string()}
                max={spec.max.to_string()}
                step={spec.step.to_string()}
                value={props.value.to_string()}
                aria-valuetext={format::lever_spoken(lang, spec, props.value)}
                aria-describedby={described_by}
                oninput={on_input}
            />
            if let Some(note) = props.note {
                <p class="mx-lever-note" id={note_id.clone()}>{ note }</p>
            }
            if props.open {
                <div class="mx-info-panel" id={info_id}>
                    <p>{ words.meaning }</p>
                    <p>{ fill(texts.range, &[("min", &min), ("max", &max)]) }</p>
                    <p>{ fill(texts.default_value, &[("value", &format::lever_value(lang, spec, props.default))]) }</p>
                    <p>{ format!("{} {}", texts.source, texts.param_source(spec.id)) }</p>
                    if !spec.paragraphs.is_empty() {
                        <p>{ format!("{} {}", texts.illustrates, paragraphs(spec.paragraphs)) }</p>
                    }
                    { for themes }
                </div>
            }
        </div>
    }
}

/// The transfer cost's response is estimated for cuts of a few points
/// (Kpodar & Imam 2022): beyond 3 points from today's cost it extrapolates.
fn lever_note(
    lang: Lang,
    id: ParamId,
    scenario: &migration_model::Scenario,
) -> Option<&'static str> {
    let gap = (scenario.params[id] - scenario.defaults[id]).abs();
    (id == ParamId::TransferCost && gap > 0.03 + 1e-12).then_some(lang.texts().cost_extrapolates)
}

/// The parameters of one group and kind, in table order.
fn group(props: &LeversProps, which: Group, kind: Kind) -> Html {
    let scenario = &props.results.scenario;
    SPECS
        .iter()
        .filter(|s| s.group == which && s.kind == kind)
        .map(|s| {
            html! {
                <Lever
                    key={s.name}
                    id={s.id}
                    value={scenario.params[s.id]}
                    default={scenario.defaults[s.id]}
                    set={props.choices.is_set(s.id)}
                    note={lever_note(props.lang, s.id, scenario)}
                    open={props.open_info == Some(s.id)}
                    lang={props.lang}
                    on_action={props.on_action.clone()}
                />
            }
        })
        .collect()
}

/// What the last policy button did, in words: under the buttons, and in the
/// status region.
pub fn policy_note_text(lang: Lang, note: &PolicyNote) -> String {
    let texts = lang.texts();
    let name = texts.policy(note.policy).name;
    if note.changes.is_empty() {
        return fill(texts.policy_no_change, &[("name", name)]);
    }
    let changes: Vec<String> = note
        .changes
        .iter()
        .map(|&(id, from, to)| {
            let spec = id.spec();
            fill(
                texts.policy_change,
                &[
                    ("label", texts.param(id).label),
                    ("from", &format::lever_value(lang, spec, from)),
                    ("to", &format::lever_value(lang, spec, to)),
                ],
            )
        })
        .collect();
    fill(
        texts.policy_applied,
        &[("name", name), ("changes", &format::joined(&changes, "; "))],
    )
}

#[component]
pub fn LeversPanel(props: &LeversProps) -> Html {
    #[cfg(feature = "test-hooks")]
    RENDERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let lang = props.lang;
    let texts = lang.texts();
    let policy_note = props
        .policy_note
        .as_ref()
        .map(|note| policy_note_text(lang, note));
    let reset_assumptions = act(&props.on_action, Action::ResetAssumptions);
    html! {
        <aside class="mx-levers" aria-labelledby="mx-levers-heading">
            <h3 id="mx-levers-heading">{ texts.levers_heading }</h3>
            if let Some(country) = props.new_country {
                <p class="mx-preset-note">{ fill(texts.preset_changed, &[("country", country)]) }</p>
            }
            { group(props, Group::Main, Kind::Scenario) }
            { group(props, Group::Main, Kind::Assumption) }
            <section class="mx-policies" aria-labelledby="mx-policies-heading">
                <h4 id="mx-policies-heading">{ texts.policies_heading }</h4>
                <ul>
                    { for PolicyKey::ALL.into_iter().map(|key| {
                        let apply = act(&props.on_action, Action::ApplyPolicy(key));
                        let (policy, words) = (key.policy(), texts.policy(key));
                        html! {
                            <li>
                                <button type="button" class="mx-button mx-policy" id={format!("policy-{}", key.key())} onclick={apply}>
                                    { format!("{} ({})", words.name, paragraphs(policy.paragraphs)) }
                                </button>
                                <span class="mx-policy-text">{ words.description }</span>
                            </li>
                        }
                    }) }
                </ul>
                <p class="mx-policy-note">{ policy_note.unwrap_or_default() }</p>
            </section>
            <details class="mx-advanced">
                <summary>{ texts.advanced }</summary>
                <h4>{ texts.advanced_levers }</h4>
                { group(props, Group::Advanced, Kind::Scenario) }
                <section class="mx-assumption-group" aria-labelledby="mx-assumptions-group-heading">
                    <h4 id="mx-assumptions-group-heading">{ texts.advanced_assumptions }</h4>
                    <p class="mx-assumptions-explained">{ texts.assumptions_explained }</p>
                    <button type="button" class="mx-button" id="mx-reset-assumptions" onclick={reset_assumptions}>{ texts.reset_assumptions }</button>
                    <h5>{ texts.advanced_origin }</h5>
                    { group(props, Group::Advanced, Kind::Assumption) }
                    <h5>{ texts.advanced_host }</h5>
                    { group(props, Group::Host, Kind::Assumption) }
                </section>
            </details>
        </aside>
    }
}

/// The lever panel with what it shows of `state`, in either layout.
pub fn levers_of(state: &crate::state::State, on_action: &Callback<Action>) -> Html {
    html! {
        <LeversPanel
            lang={state.lang()}
            results={state.results().clone()}
            choices={state.settings.choices}
            open_info={state.ui.open_info}
            policy_note={state.ui.policy_note.clone()}
            new_country={state.ui.preset_changed.then_some(state.lang().pick(&state.preset().country).name.as_str())}
            on_action={on_action.clone()}
        />
    }
}
