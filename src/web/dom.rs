//! Small browser helpers, each failing quietly (with a console line) rather
//! than panicking: a missing `window` or a refused call must not stop the widget.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Window};

#[wasm_bindgen]
extern "C" {
    /// An element, for `requestFullscreen()` with its promise: web-sys's
    /// binding drops it, and a refusal would then be an uncaught rejection.
    type Fullscreen;
    #[wasm_bindgen(method, catch, js_name = requestFullscreen)]
    fn request(this: &Fullscreen) -> Result<js_sys::Promise, JsValue>;
}

pub fn window() -> Option<Window> {
    web_sys::window()
}

/// Logs to the console as a warning: for ignored input, not for failures.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Logs to the console as information: for messages that were not for us.
pub fn info(message: &str) {
    web_sys::console::info_1(&JsValue::from_str(message));
}

pub fn error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// The device pixel ratio, 1 when unknown.
pub fn pixel_ratio() -> f64 {
    window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

/// The page's hash and query, as `(hash, search)`.
pub fn location_parts() -> (String, String) {
    let Some(location) = window().map(|w| w.location()) else {
        return (String::new(), String::new());
    };
    (
        location.hash().unwrap_or_default(),
        location.search().unwrap_or_default(),
    )
}

/// The page's `<html lang>`, if any, and the browser's languages, in order.
pub fn page_languages() -> (Option<String>, Vec<String>) {
    let Some(window) = window() else {
        return (None, Vec::new());
    };
    let html = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .filter(|lang| !lang.trim().is_empty());
    let browser = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    (html, browser)
}

/// Sets the page's `<html lang>` and title: for a page that is one widget.
pub fn set_page_lang(tag: &str, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", tag);
    }
    document.set_title(title);
}

/// Replaces the page's hash without adding a history entry.
pub fn replace_hash(hash: &str) {
    let Some(window) = window() else { return };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("#{hash}");
    if let Err(e) = history.replace_state_with_url(&JsValue::NULL, "", Some(&url)) {
        warn(&format!(
            "Migration Explorer: could not update the link: {e:?}"
        ));
    }
}

/// Saves `text` as a file, through a temporary object URL.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    match web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        Ok(blob) => download_blob(file_name, &blob),
        Err(e) => error(&format!("Migration Explorer: download failed: {e:?}")),
    }
}

/// Saves `blob` as a file, through a temporary object URL.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) {
    let result = (|| -> Result<(), JsValue> {
        let url = web_sys::Url::create_object_url_with_blob(blob)?;
        let document = window().and_then(|w| w.document()).ok_or("no document")?;
        let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
        web_sys::Url::revoke_object_url(&url)?;
        Ok(())
    })();
    if let Err(e) = result {
        error(&format!("Migration Explorer: download failed: {e:?}"));
    }
}

/// Saves the pixels of `canvas` as a PNG file (encoded off the main thread,
/// so the file is saved a moment later).
pub fn download_png(file_name: &str, canvas: &web_sys::HtmlCanvasElement) {
    let name = file_name.to_string();
    let done =
        wasm_bindgen::closure::Closure::once_into_js(
            move |blob: Option<web_sys::Blob>| match blob {
                Some(blob) => download_blob(&name, &blob),
                None => error("Migration Explorer: download failed: no PNG"),
            },
        );
    if let Err(e) = canvas.to_blob(done.unchecked_ref()) {
        error(&format!("Migration Explorer: download failed: {e:?}"));
    }
}

/// Sets `element`'s CSS height to `px` pixels, through CSSOM (a strict CSP
/// refuses style attributes, not this); true if it had another.
pub fn set_height(element: &web_sys::HtmlElement, px: u32) -> bool {
    let style = element.style();
    let value = format!("{px}px");
    if style.get_property_value("height").ok().as_deref() == Some(value.as_str()) {
        return false;
    }
    style.set_property("height", &value).is_ok()
}

/// Moves focus to the element with `id` inside `root` and scrolls it into
/// view; opens a closed `<details>` around it first.
pub fn focus_in(root: &Element, id: &str) {
    let Ok(Some(target)) = root.query_selector(&format!("#{id}")) else {
        return;
    };
    let mut parent = target.parent_element();
    while let Some(p) = parent {
        if p.tag_name().eq_ignore_ascii_case("details") {
            let _ = p.set_attribute("open", "");
        }
        parent = p.parent_element();
    }
    target.scroll_into_view();
    if let Some(el) = target.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Moves focus to the element with `id` inside `root`, scrolling only as far
/// as the browser needs to show it.
pub fn focus_id(root: &Element, id: &str) {
    if let Ok(Some(target)) = root.query_selector(&format!("#{id}")) {
        if let Some(el) = target.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Calls `on_resize` whenever `element`'s box changes size; stops when dropped.
pub struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl ResizeWatch {
    pub fn new(
        element: &Element,
        mut on_resize: impl FnMut(&Element) + 'static,
    ) -> Option<ResizeWatch> {
        let target = element.clone();
        let closure =
            wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| {
                on_resize(&target)
            });
        let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(ResizeWatch {
            observer,
            _closure: closure,
        })
    }
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Asks for `element` in full screen. A browser without the API, a frame
/// without `allowfullscreen` or a missing click refuse: a console line, and
/// the page stays as it is.
pub fn request_fullscreen(element: &Element) {
    // Asking where the answer is known to be no logs an error of the browser's.
    if !element
        .owner_document()
        .is_some_and(|d| d.fullscreen_enabled())
    {
        warn("Migration Explorer: full screen is not allowed here (an iframe without allowfullscreen?)");
        return;
    }
    match element.unchecked_ref::<Fullscreen>().request() {
        Ok(promise) => wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
                warn(&format!("Migration Explorer: no full screen: {e:?}"));
            }
        }),
        Err(e) => warn(&format!("Migration Explorer: no full screen: {e:?}")),
    }
}

/// Whether `element` is the one in full screen (false where the API is missing).
pub fn is_fullscreen(element: &Element) -> bool {
    element.matches(":fullscreen").unwrap_or(false)
}

/// Leaves full screen if `element` is the one in it, and only then.
pub fn exit_fullscreen(element: &Element) {
    if is_fullscreen(element) {
        if let Some(document) = element.owner_document() {
            document.exit_fullscreen();
        }
    }
}
