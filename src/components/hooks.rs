//! The root component's hooks: the one `on_action` callback, and the side
//! effects (link, messages, frame height, focus), never in the reducer. The
//! browser reads are `web` helpers; which setting wins is `config`'s.

use crate::components::present;
use crate::config::{self, Notice, RawSettings, SettingSource, Settings};
use crate::content::{Mode, View};
use crate::state::{Action, State};
use crate::web::{dom, messages};
use gloo::events::EventListener;
use migration_model::Catalogue;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// How long the link waits after the last change before it is rewritten:
/// dragging a slider must not hit the browser's history rate limit.
const LINK_DELAY_MS: u32 = 250;

/// The presets shipped with the widget.
pub fn catalogue() -> &'static Catalogue {
    Catalogue::embedded()
}

/// A widget's settings: its attributes, under the page's link when it owns it.
pub fn settings_for(attributes: &RawSettings, url_state: bool) -> (Settings, Vec<Notice>) {
    let link = url_state.then(dom::location_parts);
    let link = link.as_ref().map(|(h, s)| (h.as_str(), s.as_str()));
    let (html, browser) = dom::page_languages();
    let page = config::page_lang(html.as_deref(), &browser);
    config::widget_settings(catalogue(), attributes, link, page)
}

/// The one callback every child sends its actions to, built once: it stays
/// equal across renders, so a child whose other props are unchanged is skipped.
#[hook]
pub fn use_on_action(state: &UseReducerHandle<State>) -> Callback<Action> {
    // Built at the first render and kept (a ref cell: the smallest hook).
    let callback = use_mut_ref(|| {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    });
    let callback = callback.borrow().clone();
    callback
}

/// What the widget knows of the page's link, shared by the hook's reader
/// (the `hashchange` listener) and its writer (the debounced timeout).
struct Link {
    /// The host element's attributes, which the link is read under.
    attributes: RawSettings,
    /// `location.hash` as the widget last read or wrote it: a link that
    /// differs has been changed by someone else (an edit, the back button).
    known: String,
    /// How many times the link has been read again since mount: a write
    /// asked for by an earlier render would put back an older scenario.
    reads: u32,
}

/// Reads the link again if it is not the one the widget last read or wrote.
fn reread(link: &RefCell<Link>, dispatcher: &UseReducerDispatcher<State>) {
    let hash = dom::location_parts().0;
    let (settings, mut notices) = {
        let mut link = link.borrow_mut();
        if link.known == hash {
            return;
        }
        link.known = hash;
        link.reads += 1;
        settings_for(&link.attributes, true)
    };
    // The attributes' own problems were reported at mount.
    notices.retain(|n| n.source == SettingSource::Link);
    dispatcher.dispatch(Action::Replace(Box::new(settings), notices));
}

/// Writes the link when the settings change (debounced), and reads it again
/// when someone else changes it (back button, edited address). A person's
/// link is never lost: it is compared with the one the settings came from
/// once the listener is on, and again before each write, which it wins.
#[hook]
pub fn use_link(attributes: &RawSettings, url_state: bool, state: &UseReducerHandle<State>) {
    // Read in the same render as the settings (App's reducer, just above):
    // nothing can change the link between the two.
    let link = use_mut_ref(|| Link {
        attributes: attributes.clone(),
        known: dom::location_parts().0,
        reads: 0,
    });
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    // A page that is this widget (it owns the link) speaks the widget's language.
    use_effect_with(state.lang(), move |lang| {
        if url_state {
            dom::set_page_lang(lang.tag(), lang.texts().title);
        }
    });
    {
        let (link, dispatcher) = (link.clone(), state.dispatcher());
        use_effect_with(url_state, move |&url_state| {
            let listener = url_state.then(|| {
                let window = dom::window()?;
                // Yew may let the browser run between the first render and
                // its effects: an edit then fired its `hashchange` before
                // this listener existed.
                reread(&link, &dispatcher);
                Some(EventListener::new(&window, "hashchange", move |_| {
                    reread(&link, &dispatcher);
                }))
            });
            move || drop(listener)
        });
    }
    let hash = state.settings.to_hash();
    // brief.html keeps the link it was opened with (the worksheet's `mode=`).
    let printed = matches!(state.settings.mode, Mode::Brief | Mode::Worksheet);
    let reads = link.borrow().reads;
    let dispatcher = state.dispatcher();
    use_effect_with(hash, move |hash| {
        if url_state && !printed {
            let hash = hash.clone();
            *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                LINK_DELAY_MS,
                move || {
                    // A link changed since (its `hashchange` may still be
                    // queued behind this timeout), or read again since this
                    // render, is newer than `hash`: it stays.
                    reread(&link, &dispatcher);
                    if link.borrow().reads == reads {
                        dom::replace_hash(&hash);
                        link.borrow_mut().known = dom::location_parts().0;
                    }
                },
            ));
        }
    });
}

/// Accepts `migration-explorer:set` messages from allowed origins; logs and
/// ignores every other message. With `offline`, also hears our own pages'
/// offline.js: the release saved for offline use, which the status region
/// says (one effect for both: each hook costs the download).
#[hook]
pub fn use_messages(url_state: bool, offline: bool, state: &UseReducerHandle<State>) {
    let allowed = Rc::new(state.settings.allow_origins.clone());
    let dispatcher = state.dispatcher();
    use_effect_with((allowed, offline), move |(allowed, offline)| {
        let allowed = allowed.clone();
        let on_offline = dispatcher.clone();
        let listener = (url_state && !allowed.is_empty()).then(|| {
            messages::listen(allowed, move |raw, notices| {
                dispatcher.dispatch(Action::Merge(
                    Box::new(raw),
                    SettingSource::Message,
                    notices,
                ))
            })
        });
        let saved = offline.then(|| {
            messages::listen_offline(move |version, updated| {
                on_offline.dispatch(Action::Offline(version, updated))
            })
        });
        move || drop((listener, saved))
    });
}

/// Posts the page's height to the parent frame whenever it changes, so that
/// the embedder can size the frame without scrollbars.
#[hook]
pub fn use_frame_height(in_frame: bool) {
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

/// Moves focus to what "see it in the model" or "read the theme" asked for.
#[hook]
pub fn use_focus(root: &NodeRef, state: &UseReducerHandle<State>) {
    let root = root.clone();
    use_effect_with(state.ui.focus, move |focus| {
        if let (Some((target, _)), Some(root)) = (focus, root.cast::<web_sys::Element>()) {
            dom::focus_in(&root, &target.element_id());
        }
    });
}

/// Presentation: full screen when the "Present" button asked for it (a link
/// or an attribute cannot: browsers need a click), focus moved with each
/// layer, and the end of full screen followed: the browser takes Escape
/// itself there. The keys are `present::key_action`'s, on the widget's tree.
#[hook]
pub fn use_present(root: &NodeRef, state: &UseReducerHandle<State>, url_state: bool) {
    let present = state.settings.mode == Mode::Present;
    let last = use_mut_ref(|| None::<(bool, bool, bool)>);
    let dispatcher = state.dispatcher();
    let root = root.clone();
    let layers = (present, state.ui.drawer_open, state.ui.menu_open);
    use_effect_with(layers, move |&(present, open, menu)| {
        let root = root.cast::<Element>();
        let before = last.borrow_mut().replace((present, open, menu));
        let mut watch = None;
        let focus = match before {
            // Mounted in presentation by a link or an attribute: no full
            // screen; on the widget's own page, the focus goes to the stage
            // once it has a size (its first layout).
            None if present && url_state => {
                let done = std::cell::Cell::new(false);
                watch = root.as_ref().and_then(|root| {
                    dom::ResizeWatch::new(root, move |root| {
                        if root.client_width() > 0 && !done.replace(true) {
                            dom::focus_id(root, present::STAGE);
                        }
                    })
                });
                None
            }
            Some((false, _, _)) if present => {
                root.iter().for_each(dom::request_fullscreen);
                Some(present::STAGE)
            }
            Some((true, _, _)) if !present => {
                root.iter().for_each(dom::exit_fullscreen);
                Some("mx-present")
            }
            Some((_, was, _)) if was != open => Some(if open {
                present::DRAWER_CLOSE
            } else {
                present::LEVERS
            }),
            // The menu closed (Escape, a second tap): focus goes back to its
            // button, not to <body> with the action it was on, now hidden.
            Some((_, _, true)) if !menu && !present => Some(present::MENU),
            _ => None,
        };
        if let (Some(root), Some(id)) = (&root, focus) {
            dom::focus_id(root, id);
            // The usual layout's drawer (on a narrow screen): the chart goes above it.
            if id == present::DRAWER_CLOSE && !present {
                present::chart_to_top(root);
            }
        }
        let listener = root.filter(|_| present).map(|root| {
            EventListener::new(&root.clone(), "fullscreenchange", move |_| {
                if !dom::is_fullscreen(&root) {
                    dispatcher.dispatch(Action::SetMode(Mode::Explore));
                }
            })
        });
        move || drop((listener, watch))
    });
}

/// "What drives this?": while its view is shown (in the usual layout), the
/// sensitivity's next part is computed in a task of its own, a timeout after
/// the last part's render, so that the page paints and takes input between
/// parts; it goes to the reducer with its generation. A new generation or
/// leaving the view drops the pending timeout; coming back resumes the
/// parts kept, or shows the finished sensitivity of the same scenario.
#[hook]
pub fn use_drivers(state: &UseReducerHandle<State>) {
    let open = state.settings.view == View::Drivers && state.settings.mode == Mode::Explore;
    let dispatcher = state.dispatcher();
    use_effect_with((open, state.drivers().clone()), move |(open, job)| {
        let next = job.next().filter(|_| *open);
        let timer = next.map(|step| {
            gloo::timers::callback::Timeout::new(0, move || {
                dispatcher.dispatch(Action::Drivers(step.generation, step.run()));
            })
        });
        move || drop(timer)
    });
}
