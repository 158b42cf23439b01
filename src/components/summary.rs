//! The key results in words: shown at once, and said by a screen reader
//! once the slider rests.

use crate::results::Shared;
use yew::prelude::*;

/// How long the sentences must stay the same before they are said: dragging
/// a slider changes them at every step, and five sentences a step would drown
/// the slider's own value.
pub const SAY_AFTER_MS: u32 = 600;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub sentences: Shared<Vec<String>>,
    pub heading: &'static str,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    // The live copy, out of sight, is written here, not by Yew: at once when
    // it is empty (at the start, which is not announced), else once the
    // sentences have stayed the same for SAY_AFTER_MS.
    let live = use_node_ref();
    {
        let live = live.clone();
        use_effect_with(props.sentences.clone(), move |sentences| {
            let text = crate::format::joined(sentences, " ");
            let empty = live
                .get()
                .and_then(|l| l.text_content())
                .is_none_or(|t| t.is_empty());
            let write = move || {
                if let Some(live) = live.get() {
                    live.set_text_content(Some(&text));
                }
            };
            let timer = match empty {
                true => {
                    write();
                    None
                }
                false => Some(gloo::timers::callback::Timeout::new(SAY_AFTER_MS, write)),
            };
            move || drop(timer)
        });
    }
    html! {
        <section class="mx-summary" aria-labelledby="mx-summary-heading">
            <h3 id="mx-summary-heading">{ props.heading }</h3>
            <div id="mx-summary">{ for props.sentences.iter().map(|s| html! { <p>{ s }</p> }) }</div>
            <div class="mx-sr-only" id="mx-summary-live" role="status" ref={live}></div>
        </section>
    }
}
