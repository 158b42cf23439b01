//! Mounting a widget into a host element: a shadow root keeps the host page's
//! styles out and ours in; the element's `data-*` attributes (and, for the
//! one widget marked `data-url-state`, the page's link) give its settings.

use crate::components::app::{App, AppProps};
use crate::config::RawSettings;
use crate::web::{dom, panic};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// Attributes read from the host element, without their `data-` prefix.
const ATTRIBUTES: [&str; 9] = [
    "preset",
    "host",
    "lang",
    "view",
    "set",
    "mode",
    "lesson",
    "step",
    crate::config::UNCERTAINTY_KEY,
];

/// A mounted widget, returned to JavaScript; `destroy()` removes it.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    container: Element,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget and empties its shadow root.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        panic::forget(&self.container);
        if let Some(shadow) = self.container.parent_node() {
            shadow.set_text_content(None);
        }
    }
}

/// Mounts a widget into `element`, whose shadow root embed.js has given the
/// verified style sheet (`adoptedStyleSheets`), so that the widget is styled
/// from its first frame. `base` is the folder the widget is served from
/// (embed.js passes its own, so any sub-folder works), where `brief.html`
/// is; the single file has none (its `base` is its public address, see
/// `share`). `integrity` is embed.js's own hash, for the share panel (empty
/// where unknown).
#[wasm_bindgen]
pub fn mount(element: Element, base: String, integrity: String) -> Result<Widget, JsValue> {
    panic::install();
    let url_state = element.has_attribute("data-url-state");
    let values: Vec<(&str, String)> = ATTRIBUTES
        .iter()
        .filter_map(|name| {
            element
                .get_attribute(&format!("data-{name}"))
                .map(|v| (*name, v))
        })
        .collect();
    let (attributes, attribute_notices) =
        RawSettings::from_attributes(values.iter().map(|(k, v)| (*k, v.as_str())));

    // A shadow root cannot be removed: a destroyed widget leaves an empty one,
    // which a new widget reuses.
    let shadow = match element.shadow_root() {
        None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        Some(shadow) if shadow.child_element_count() == 0 => shadow,
        Some(_) => {
            return Err(JsValue::from_str(
                "Migration Explorer: this element already holds a widget",
            ))
        }
    };
    let document = element.owner_document().ok_or("no document")?;
    let container = document.create_element("div")?;
    container.set_class_name("mx-host");
    shadow.append_child(&container)?;
    panic::remember(&container);

    let in_frame = url_state && is_framed();
    let props = AppProps {
        attributes,
        attribute_notices,
        url_state,
        in_frame,
        base: base.into(),
        integrity: integrity.into(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    Ok(Widget {
        app: Some(app),
        container,
    })
}

/// Whether this page is inside a frame (then it reports its height).
fn is_framed() -> bool {
    let Some(window) = dom::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}
