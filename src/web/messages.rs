//! Messages between a widget and its host page: `migration-explorer:set`
//! brings settings from the host page (from allowed origins only), and
//! `migration-explorer:resize` tells a parent frame the page's height, and
//! `migration-explorer:offline` (an event of our own pages' offline.js) says
//! that the service worker saved a release for offline use.

use crate::config::{self, Message, Notice, RawSettings};
use crate::web::dom;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Type of the messages a host page sends, and of the ones the widget posts.
pub const SET_MESSAGE: &str = "migration-explorer:set";
pub const RESIZE_MESSAGE: &str = "migration-explorer:resize";
pub const OFFLINE_EVENT: &str = "migration-explorer:offline";

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

/// Listens to offline.js's events on the window and calls `on_saved` with
/// each release's version and whether it replaced an older one; the event's
/// `detail.heard` becomes true, so that offline.js says it only once.
pub fn listen_offline(on_saved: impl Fn(String, bool) + 'static) -> Option<EventListener> {
    let window = dom::window()?;
    Some(EventListener::new(&window, OFFLINE_EVENT, move |event| {
        let field =
            |of: &JsValue, name: &str| js_sys::Reflect::get(of, &name.into()).unwrap_or_default();
        let detail = field(event, "detail");
        if let Some(version) = field(&detail, "version").as_string() {
            let _ = js_sys::Reflect::set(&detail, &"heard".into(), &true.into());
            on_saved(version, field(&detail, "updated").is_truthy());
        }
    }))
}

/// Checks a message's origin and shape; `None` (logged) if it is not for us.
fn accept(allowed: &[String], origin: &str, data: &JsValue) -> Option<(RawSettings, Vec<Notice>)> {
    let value = read(data, 0);
    if value.get("type") != Some(&Message::Text(SET_MESSAGE.to_string())) {
        // Pages and extensions post many messages: note, do not alarm.
        let text = js_sys::JSON::stringify(data)
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        dom::info(&format!(
            "Migration Explorer: ignored a message that is not \"{SET_MESSAGE}\": {}",
            config::quote(&text)
        ));
        return None;
    }
    if !allowed.iter().any(|o| o == origin) {
        dom::warn(&format!(
            "Migration Explorer: ignored a message from \"{}\", which is not in allow-origin",
            config::quote(origin)
        ));
        return None;
    }
    // What the message got wrong is said in the widget, as notices (their
    // `Debug` text on the console would cost the download 2 KB).
    Some(RawSettings::from_message(&value))
}

/// A posted value as a [`Message`]. Below the settings' own level (the
/// message, its `set`) only the kind of a value matters: deeper objects are
/// read empty, which also ends on a structured clone that contains itself.
fn read(value: &JsValue, depth: u8) -> Message {
    if let Some(text) = value.as_string() {
        Message::Text(text)
    } else if let Some(number) = value.as_f64() {
        Message::Number(number)
    } else if let Some(flag) = value.as_bool() {
        Message::Bool(flag)
    } else if value.is_null() || value.is_undefined() {
        Message::Null
    } else if js_sys::Array::is_array(value) {
        Message::List
    } else if let (Some(object), true) = (value.dyn_ref::<js_sys::Object>(), depth < 2) {
        let fields = js_sys::Object::entries(object)
            .iter()
            .filter_map(|entry| {
                let pair = entry.dyn_into::<js_sys::Array>().ok()?;
                Some((pair.get(0).as_string()?, read(&pair.get(1), depth + 1)))
            })
            .collect();
        Message::Object(fields)
    } else {
        Message::Object(Vec::new())
    }
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
