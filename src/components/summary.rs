//! The key results in words, announced politely by screen readers.

use crate::results::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub sentences: Shared<Vec<String>>,
    pub heading: &'static str,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    html! {
        <section class="mx-summary" aria-labelledby="mx-summary-heading">
            <h3 id="mx-summary-heading">{ props.heading }</h3>
            <div id="mx-summary" role="status" aria-live="polite">
                { for props.sentences.iter().map(|s| html! { <p>{ s }</p> }) }
            </div>
        </section>
    }
}
