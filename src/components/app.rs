//! The root component: owns the state, builds the one `on_action` callback
//! every child uses, and runs the side effects (link, messages, frame height,
//! focus) in effects, never in the reducer.

use crate::components::{
    levers::LeversPanel, notices::Notices, summary::Summary, toolbar::Toolbar, views::Views,
};
use crate::config::{self, Notice, RawSettings, Settings, Source};
use crate::state::{Action, State};
use crate::web::dom;
use migration_model::Catalog;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Type of the messages a host page sends, and of the ones the widget posts.
pub const SET_MESSAGE: &str = "migration-explorer:set";
pub const RESIZE_MESSAGE: &str = "migration-explorer:resize";

/// How long the link waits after the last change before it is rewritten:
/// dragging a slider must not hit the browser's history rate limit.
const LINK_DELAY_MS: u32 = 250;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub settings: Settings,
    pub notices: Vec<Notice>,
    /// This widget reads and writes the page's link.
    pub url_state: bool,
    /// The page is inside a frame: report the content height to the parent.
    pub in_frame: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || {
            // Catalog::embedded() was checked by mount() before rendering.
            let catalog = Catalog::embedded().unwrap_or_else(|_| unreachable!("checked by mount"));
            State::new(catalog, props.settings, props.notices)
        })
    };
    let on_action: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let root = use_node_ref();

    use_link(props.url_state, &state);
    use_messages(props.url_state, &state);
    use_frame_height(props.in_frame, &root);
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
fn use_link(url_state: bool, state: &UseReducerHandle<State>) {
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
    use_effect_with(url_state, move |&url_state| {
        let listener = url_state.then(|| {
            let window = dom::window()?;
            Some(gloo::events::EventListener::new(
                &window,
                "hashchange",
                move |_| {
                    let Ok(catalog) = Catalog::embedded() else {
                        return;
                    };
                    let (raw, mut notices) = crate::web::mount::link_settings();
                    let (settings, more) = config::resolve(catalog, &[(Source::Link, &raw)]);
                    notices.extend(more);
                    state.dispatch(Action::Replace(settings, notices));
                },
            ))
        });
        move || drop(listener)
    });
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
            let window = dom::window()?;
            Some(gloo::events::EventListener::new(
                &window,
                "message",
                move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    if let Some((raw, source)) =
                        accept_message(&allowed, &event.origin(), &event.data())
                    {
                        state.dispatch(Action::Merge(raw, source));
                    }
                },
            ))
        });
        move || drop(listener)
    });
}

/// Checks a message's origin and shape; `None` (logged) if it is not for us.
fn accept_message(
    allowed: &[String],
    origin: &str,
    data: &JsValue,
) -> Option<(RawSettings, Source)> {
    let text = js_sys::JSON::stringify(data).ok()?.as_string()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    let kind = value.get("type").and_then(|t| t.as_str());
    if kind != Some(SET_MESSAGE) {
        if kind.is_some_and(|k| k.starts_with("migration-explorer:")) {
            dom::warn(&format!(
                "Migration Explorer: ignored a message of unknown type {:?}",
                config::quote(kind.unwrap_or(""))
            ));
        }
        return None;
    }
    if !allowed.iter().any(|o| o == origin) {
        dom::warn(&format!(
            "Migration Explorer: ignored a message from {:?}, which is not in allow-origin",
            config::quote(origin)
        ));
        return None;
    }
    let (raw, notices) = RawSettings::from_message(&value);
    for n in &notices {
        dom::warn(&format!(
            "Migration Explorer: message problem: {:?}",
            n.problem
        ));
    }
    Some((raw, Source::Message))
}

/// Posts the widget's height to the parent frame whenever it changes.
#[hook]
fn use_frame_height(in_frame: bool, root: &NodeRef) {
    let root = root.clone();
    use_effect_with(in_frame, move |&in_frame| {
        let watch = root
            .cast::<web_sys::Element>()
            .filter(|_| in_frame)
            .and_then(|element| dom::ResizeWatch::new(&element, post_height));
        move || drop(watch)
    });
}

fn post_height(element: &web_sys::Element) {
    let height = element.get_bounding_client_rect().height().ceil();
    let Some(parent) = dom::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // Only a height: harmless for any parent to read.
    let _ = parent.post_message(&message, "*");
}
