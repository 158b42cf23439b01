//! The "Share / embed" panel: the link to the current scenario and both
//! embedding snippets, each with a copy button.

use crate::components::act;
use crate::config::Settings;
use crate::i18n::{fill, ShareTexts};
use crate::share::snippets;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub settings: Settings,
    /// What the last copy button did: `Ok(index of the snippet)` or a failure.
    pub copied: Option<Result<usize, ()>>,
    pub on_action: Callback<Action>,
    /// The folder the widget is served from.
    pub base: AttrValue,
    /// embed.js's SHA-384, for the pinned script snippet.
    pub integrity: AttrValue,
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    let texts = props.settings.lang.texts();
    let words = &texts.share;
    let s = snippets(&props.settings, &props.base, &props.integrity);
    let items = [
        (words.link, s.link, None),
        (words.script, s.script, Some(words.script_note)),
        (words.iframe, s.iframe, Some(words.iframe_note)),
    ];
    let status = copied_text(words, props.copied);
    let close = act(&props.on_action, Action::ToggleShare);
    html! {
        <section class="mx-share" id="mx-share" aria-labelledby="mx-share-heading">
            <div class="mx-share-head">
                <h3 id="mx-share-heading">{ words.heading }</h3>
                <button type="button" class="mx-link-button" onclick={close}>{ words.close }</button>
            </div>
            <p>{ words.intro }</p>
            // The single file has no embed.js for a snippet to load: the link alone.
            { for items.into_iter().take(if crate::share::is_single_file(&props.base) { 1 } else { 3 }).enumerate().map(|(i, (label, text, note))| {
                let id = format!("mx-share-{i}");
                let on_action = props.on_action.clone();
                let copy_text = text.clone();
                let copy = Callback::from(move |_: MouseEvent| copy_to_clipboard(copy_text.clone(), i, on_action.clone()));
                html! {
                    <div class="mx-share-item">
                        <label for={id.clone()}>{ label }</label>
                        <textarea id={id} readonly=true rows={if i == 0 { "2" } else { "3" }} value={text} />
                        <button type="button" class="mx-button" onclick={copy} aria-label={format!("{} — {}", words.copy, label)}>{ words.copy }</button>
                        if let Some(note) = note { <p class="mx-share-note">{ note }</p> }
                    </div>
                }
            }) }
            // Said by the app's status region too.
            <p class="mx-share-status">{ status }</p>
        </section>
    }
}

/// What the last copy button did, in words: "Copied: Link to this scenario."
pub fn copied_text(words: &ShareTexts, copied: Option<Result<usize, ()>>) -> String {
    match copied {
        Some(Ok(i)) => {
            let what = [words.link, words.script, words.iframe];
            fill(
                words.copied,
                &[("what", what.get(i).copied().unwrap_or(""))],
            )
        }
        Some(Err(())) => words.copy_failed.to_string(),
        None => String::new(),
    }
}

/// Writes `text` to the clipboard and reports the outcome as an action.
fn copy_to_clipboard(text: String, index: usize, on_action: Callback<Action>) {
    let Some(window) = web_sys::window() else {
        on_action.emit(Action::Copied(Err(())));
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        on_action.emit(Action::Copied(result.map(|_| index).map_err(|_| ())));
    });
}
