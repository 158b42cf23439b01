//! The root component: owns the state, builds the one `on_action` callback
//! every child uses, and hands each child only what it shows, so that a
//! change re-renders only the children that show it. Its hooks (the side
//! effects: link, messages, frame height, focus) are in `hooks.rs`.

use crate::components::hooks::{
    catalogue, settings_for, use_drivers, use_focus, use_frame_height, use_link, use_messages,
    use_on_action, use_present,
};
use crate::components::{
    act, lessons::LessonBar, notices::Notices, share::Share, summary::Summary, toolbar::Toolbar,
    views::Views,
};
use crate::components::{
    levers::policy_note_text, notices::notice_text, present, share::copied_text,
};
use crate::config::{Notice, RawSettings};
use crate::content::Mode;
use crate::i18n::fill;
use crate::state::{Action, Said, State};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The host element's `data-*` settings, as read.
    pub attributes: RawSettings,
    /// What was wrong with them.
    pub attribute_notices: Vec<Notice>,
    /// This widget reads and writes the page's link.
    pub url_state: bool,
    /// The page is inside a frame: report the content height to the parent.
    pub in_frame: bool,
    /// The folder the widget is served from, for share links and snippets.
    pub base: AttrValue,
    /// embed.js's own SHA-384, for the share panel's pinned snippet.
    pub integrity: AttrValue,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || {
            let (settings, mut notices) = settings_for(&props.attributes, props.url_state);
            notices.splice(0..0, props.attribute_notices);
            State::new(catalogue(), settings, notices)
        })
    };
    let on_action = use_on_action(&state);
    let root = use_node_ref();

    use_link(&props.attributes, props.url_state, &state);
    // The page's own widget (not brief.html's, which has no status region:
    // the page's next visit says it) hears that the release works offline.
    let printed = matches!(state.settings.mode, Mode::Brief | Mode::Worksheet);
    use_messages(props.url_state, props.url_state && !printed, &state);
    use_frame_height(props.in_frame);
    use_focus(&root, &state);
    use_present(&root, &state, props.url_state);
    use_drivers(&state);

    if state.settings.mode == Mode::Present {
        // The same root element (Yew patches it): its listeners and full screen stay.
        return html! {
            <div class="mx" lang={state.lang().tag()} ref={root}>
                { present::view(&state, &on_action, &props.base) }
                { status(&state) }
            </div>
        };
    }
    if matches!(state.settings.mode, Mode::Brief | Mode::Worksheet) {
        // brief.html: the printable brief or a lesson's worksheet, no controls.
        return html! { <crate::components::brief::Brief state={(*state).clone()} on_action={on_action} base={props.base.clone()} /> };
    }
    let texts = state.lang().texts();
    let open = state.ui.drawer_open;
    html! {
        <div class="mx" lang={state.lang().tag()} ref={root} onkeydown={present::on_keys(&on_action, None)}>
            <header class="mx-header">
                <h2 class="mx-title">{ texts.title }</h2>
                <p class="mx-subtitle">{ texts.subtitle }</p>
            </header>
            <Toolbar
                settings={state.settings.clone()}
                results={state.results().clone()}
                pinned={state.pinned().cloned()}
                share_open={state.ui.share_open}
                menu_open={state.ui.menu_open}
                on_action={on_action.clone()}
                base={props.base.clone()}
            />
            if state.ui.share_open {
                <Share settings={state.settings.clone()} copied={state.ui.copied} on_action={on_action.clone()} base={props.base.clone()} integrity={props.integrity.clone()} />
            }
            <Notices notices={state.ui.notices.clone()} settings={state.settings.clone()} results={state.results().clone()} on_action={on_action.clone()} />
            // On a narrow screen the levers' column is a drawer over the foot of
            // the screen (widget.css), opened by the button docked there; a tap
            // beside it closes it. The charts' props do not follow it.
            <div class={if open { "mx-body mx-drawer-open" } else { "mx-body" }}>
                { present::drawer(&state, &on_action) }
                <div class="mx-main">
                    if let Some(step) = state.step() {
                        <LessonBar
                            step={step.clone()}
                            changed={step.changed(&state.settings)}
                            worksheet={AttrValue::from(crate::share::worksheet_href(&state.settings, &props.base))}
                            on_action={on_action.clone()}
                        />
                    }
                    <Views settings={state.settings.clone()} results={state.results().clone()} charts={state.charts().clone()} drivers={state.drivers().clone()} on_action={on_action.clone()} />
                    <Summary sentences={state.summary().clone()} heading={texts.summary.heading} />
                </div>
                if open {
                    <div class="mx-backdrop" onclick={act(&on_action, Action::ToggleDrawer)}></div>
                }
                <div class="mx-dock">{ present::levers_button(&state, &on_action) }</div>
            </div>
            { status(&state) }
        </div>
    }
}

/// The widget's one status region, besides the summary's: the latest short
/// message (new notices, a copy, the policy note, the new country, a changed
/// lesson, the chart shown, the release saved for offline use), from the
/// state, so that a message gone says nothing. Its words are shown where they belong; this only speaks them.
fn status(state: &State) -> Html {
    let texts = state.lang().texts();
    let text = match state.ui.said {
        Some(Said::Notices(from)) => {
            let said = state.ui.notices.iter().filter(|n| n.id >= from);
            let said =
                said.map(|n| notice_text(texts, &state.settings, state.results(), &n.notice));
            crate::format::joined(&said.collect::<Vec<_>>(), " ")
        }
        Some(Said::Copied) if state.ui.share_open => copied_text(&texts.share, state.ui.copied),
        Some(Said::Policy) => state
            .ui
            .policy_note
            .as_ref()
            .map_or(String::new(), |n| policy_note_text(state.lang(), n)),
        Some(Said::NewCountry) if state.ui.preset_changed => fill(
            texts.preset_changed,
            &[("country", &state.lang().pick(&state.preset().country).name)],
        ),
        Some(Said::LessonChanged)
            if state
                .step()
                .as_ref()
                .is_some_and(|s| s.changed(&state.settings)) =>
        {
            texts.lessons.changed.to_string()
        }
        Some(Said::ChartOf) if state.settings.mode == Mode::Present => present::chart_of(state),
        Some(Said::Offline) => state
            .ui
            .offline
            .as_ref()
            .map_or(String::new(), |(v, updated)| {
                let words = if *updated {
                    texts.offline_updated
                } else {
                    texts.offline_ready
                };
                fill(words, &[("version", v)])
            }),
        _ => String::new(),
    };
    html! { <p class="mx-sr-only" id="mx-status" role="status">{ text }</p> }
}
