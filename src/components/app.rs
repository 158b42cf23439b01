//! The root component: owns the state, builds the one `on_action` callback
//! every child uses, and runs the side effects (link, messages, frame height,
//! focus) in effects, never in the reducer.

use crate::components::{
    levers::LeversPanel, notices::Notices, share::Share, summary::Summary, toolbar::Toolbar,
    views::Views,
};
use crate::config::{self, Notice, RawSettings, Settings, Source};
use crate::state::{Action, State};
use crate::web::{dom, messages};
use migration_model::Catalog;
use std::rc::Rc;
use yew::prelude::*;

/// How long the link waits after the last change before it is rewritten:
/// dragging a slider must not hit the browser's history rate limit.
const LINK_DELAY_MS: u32 = 250;

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

/// The embedded catalog; `mount` checked that it loads before rendering.
fn catalog() -> &'static Catalog {
    Catalog::embedded().unwrap_or_else(|e| unreachable!("checked by mount: {e}"))
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || {
            let (settings, mut notices) =
                settings_for(catalog(), &props.attributes, props.url_state);
            notices.splice(0..0, props.attribute_notices);
            State::new(catalog(), settings, notices)
        })
    };
    let on_action: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let root = use_node_ref();

    use_link(props, &state);
    use_messages(props.url_state, &state);
    use_frame_height(props.in_frame);
    {
        let root = root.clone();
        use_effect_with(state.focus, move |focus| {
            if let (Some((target, _)), Some(root)) = (focus, root.cast::<web_sys::Element>()) {
                dom::focus_in(&root, &target.element_id());
            }
        });
    }

    let texts = state.lang().texts();
    html! {
        <div class="mx" lang={state.lang().tag()} ref={root}>
            <header class="mx-header">
                <h2 class="mx-title">{ texts.title }</h2>
                <p class="mx-subtitle">{ texts.subtitle }</p>
            </header>
            <Toolbar state={(*state).clone()} on_action={on_action.clone()} />
            if state.share_open {
                <Share state={(*state).clone()} on_action={on_action.clone()} base={props.base.clone()} integrity={props.integrity.clone()} />
            }
            <Notices state={(*state).clone()} on_action={on_action.clone()} />
            <div class="mx-body">
                <LeversPanel state={(*state).clone()} on_action={on_action.clone()} />
                <div class="mx-main">
                    <Views state={(*state).clone()} on_action={on_action.clone()} />
                    <Summary sentences={state.summary.clone()} heading={texts.summary.heading} />
                </div>
            </div>
        </div>
    }
}

/// Writes the link when the settings change (debounced), and reads it again
/// when someone else changes it (back button, edited address).
#[hook]
fn use_link(props: &AppProps, state: &UseReducerHandle<State>) {
    let url_state = props.url_state;
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let hash = state.settings.to_hash();
    use_effect_with(hash, move |hash| {
        if url_state {
            let hash = hash.clone();
            *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                LINK_DELAY_MS,
                move || {
                    dom::replace_hash(&hash);
                },
            ));
        }
    });
    let state = state.clone();
    let attributes = props.attributes.clone();
    use_effect_with(url_state, move |&url_state| {
        let listener = url_state.then(|| {
            let window = dom::window()?;
            Some(gloo::events::EventListener::new(
                &window,
                "hashchange",
                move |_| {
                    let (settings, mut notices) = settings_for(catalog(), &attributes, true);
                    // The attributes' own problems were reported at mount.
                    notices.retain(|n| n.source == Source::Link);
                    state.dispatch(Action::Replace(Box::new(settings), notices));
                },
            ))
        });
        move || drop(listener)
    });
}

/// The link's settings: the hash, and `allow-origin` also from the query.
fn link_settings() -> (RawSettings, Vec<Notice>) {
    let (hash, search) = dom::location_parts();
    let (mut raw, mut notices) = RawSettings::from_url_part(&hash);
    let (query, query_notices) = RawSettings::from_url_part(&search);
    raw.allow_origins.extend(query.allow_origins);
    // The query may carry the host page's own parameters: report only what
    // concerns us.
    notices.extend(
        query_notices
            .into_iter()
            .filter(|n| matches!(n.problem, config::Problem::TooLong { .. })),
    );
    (raw, notices)
}

/// A widget's settings: its attributes, under the page's link when it owns it
/// (`data-url-state`). Used at mount and whenever the link changes.
fn settings_for(
    catalog: &'static Catalog,
    attributes: &RawSettings,
    url_state: bool,
) -> (Settings, Vec<Notice>) {
    let (link, mut notices) = if url_state {
        link_settings()
    } else {
        Default::default()
    };
    let mut layers = vec![(Source::Attribute, attributes)];
    if url_state {
        layers.push((Source::Link, &link));
    }
    let (settings, more) = config::resolve(catalog, &layers);
    notices.extend(more);
    (settings, notices)
}

/// Accepts `migration-explorer:set` messages from allowed origins; logs and
/// ignores every other message.
#[hook]
fn use_messages(url_state: bool, state: &UseReducerHandle<State>) {
    let allowed = Rc::new(state.settings.allow_origins.clone());
    let state = state.clone();
    use_effect_with(allowed, move |allowed| {
        let allowed = allowed.clone();
        let listener = (url_state && !allowed.is_empty()).then(|| {
            messages::listen(allowed, move |raw, source| {
                state.dispatch(Action::Merge(raw, source))
            })
        });
        move || drop(listener)
    });
}

/// Posts the page's height to the parent frame whenever it changes, so that
/// the embedder can size the frame without scrollbars.
#[hook]
fn use_frame_height(in_frame: bool) {
    use_effect_with(in_frame, move |&in_frame| {
        let body = dom::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body());
        let watch = body
            .filter(|_| in_frame)
            .and_then(|body| dom::ResizeWatch::new(&body, messages::post_height));
        move || drop(watch)
    });
}
