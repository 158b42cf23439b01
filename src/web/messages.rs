//! Messages between a widget and its host page: `migration-explorer:set`
//! brings settings from the host page (from allowed origins only), and
//! `migration-explorer:resize` tells a parent frame the page's height.

use crate::config::{self, Notice, RawSettings};
use crate::web::dom;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Type of the messages a host page sends, and of the ones the widget posts.
pub const SET_MESSAGE: &str = "migration-explorer:set";
pub const RESIZE_MESSAGE: &str = "migration-explorer:resize";

/// Listens to the window's messages and calls `on_set` with the settings of
/// each one that is for us, and what could not be read in it; stops when
/// dropped. `None` without a window.
pub fn listen(
    allowed: Rc<Vec<String>>,
    on_set: impl Fn(RawSettings, Vec<Notice>) + 'static,
) -> Option<EventListener> {
    let window = dom::window()?;
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if let Some((raw, notices)) = accept(&allowed, &event.origin(), &event.data()) {
            on_set(raw, notices);
        }
    }))
}

/// Checks a message's origin and shape; `None` (logged) if it is not for us.
fn accept(allowed: &[String], origin: &str, data: &JsValue) -> Option<(RawSettings, Vec<Notice>)> {
    let text = js_sys::JSON::stringify(data).ok()?.as_string()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    let kind = value.get("type").and_then(|t| t.as_str());
    if kind != Some(SET_MESSAGE) {
        // Pages and extensions post many messages: note, do not alarm.
        dom::info(&format!(
            "Migration Explorer: ignored a message that is not {SET_MESSAGE:?}: {}",
            config::quote(&text)
        ));
        return None;
    }
    if !allowed.iter().any(|o| o == origin) {
        dom::warn(&format!(
            "Migration Explorer: ignored a message from {:?}, which is not in allow-origin",
            config::quote(origin)
        ));
        return None;
    }
    // What the message got wrong is said in the widget, as notices (their
    // `Debug` text on the console would cost the download 2 KB).
    Some(RawSettings::from_message(&value))
}

/// Posts the body's height to the parent frame: the page is only this widget,
/// its padding included.
pub fn post_height(body: &web_sys::Element) {
    let height = body.get_bounding_client_rect().height().ceil();
    let Some(parent) = dom::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // Only a height: harmless for any parent to read.
    let _ = parent.post_message(&message, "*");
}
