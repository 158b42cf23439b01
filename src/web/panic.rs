//! When Rust panics, every mounted widget shows an error panel with a reload
//! action instead of freezing, and the panic is logged to the console.
//!
//! With `panic = "abort"` the WebAssembly instance is unusable afterwards, so
//! the panel is plain DOM built before the abort, and its reload button is
//! handled by `embed.js` (plain JavaScript), not by Rust.

use crate::i18n::Lang;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::Element;

thread_local! {
    /// The container of every mounted widget.
    static CONTAINERS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

pub fn remember(container: &Element) {
    CONTAINERS.with(|c| c.borrow_mut().push(container.clone()));
}

pub fn forget(container: &Element) {
    CONTAINERS.with(|c| c.borrow_mut().retain(|e| e != container));
}

/// Installs the hook (again: Yew installs its own unless one is set first).
pub fn install() {
    // After `__panicForTests` the component tests go on in the same instance,
    // whose panic count stays raised (`panic = "abort"`): std then refuses to
    // set a hook, and the one in place is already this one. (In the release,
    // a mount after a panic fails here, as it should: the instance is done.)
    #[cfg(feature = "test-hooks")]
    if std::thread::panicking() {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        crate::web::dom::error(&format!("Migration Explorer panicked: {info}"));
        // try_with: the registry may be borrowed by the code that panicked.
        let containers =
            CONTAINERS.try_with(|c| c.try_borrow().map(|v| v.clone()).unwrap_or_default());
        for container in containers.unwrap_or_default() {
            show_panel(&container);
        }
    }));
}

/// Replaces the widget's content with the error panel.
fn show_panel(container: &Element) {
    let lang = container
        .query_selector("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En);
    let texts = lang.texts();
    let build = || -> Result<(), JsValue> {
        let document = container.owner_document().ok_or("no document")?;
        let panel = document.create_element("div")?;
        panel.set_class_name("mx-error");
        panel.set_attribute("role", "alert")?;
        let heading = document.create_element("h2")?;
        heading.set_text_content(Some(texts.error_heading));
        let text = document.create_element("p")?;
        text.set_text_content(Some(texts.error_text));
        let reload = document.create_element("button")?;
        reload.set_attribute("type", "button")?;
        reload.set_attribute("data-mx-reload", "")?;
        reload.set_class_name("mx-button");
        reload.set_text_content(Some(texts.reload));
        panel.append_child(&heading)?;
        panel.append_child(&text)?;
        panel.append_child(&reload)?;
        container.set_text_content(None);
        container.append_child(&panel)?;
        Ok(())
    };
    if let Err(e) = build() {
        crate::web::dom::error(&format!(
            "Migration Explorer: could not show the error panel: {e:?}"
        ));
    }
}

/// Panics on purpose, so that the in-browser component tests can check the
/// error panel. Only with the `test-hooks` feature: the release build has no
/// such export (tests/e2e checks it).
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("panic requested by a test");
}
