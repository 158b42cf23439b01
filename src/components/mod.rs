//! Yew components. They receive what they show (narrow props, cheap to
//! compare: `Shared` pointers, small copies) and the one `on_action`
//! callback, built once, and only render: every change is an `Action` sent to
//! the reducer. The root's hooks (its side effects) are in `hooks`.

pub mod app;
pub mod assumptions;
pub mod brief;
pub mod chart;
pub mod drivers_view;
pub mod hooks;
pub mod lessons;
pub mod levers;
pub mod notices;
pub mod present;
pub mod share;
pub mod summary;
pub mod themes;
pub mod toolbar;
pub mod views;

use crate::i18n::Lang;
use crate::state::Action;
use yew::prelude::*;

/// Props of the panels that show words only: the language, and the one
/// callback for their buttons.
#[derive(Properties, PartialEq)]
pub struct LangProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// A button's click callback that sends `action`: one closure for every such
/// button, so the download carries Yew's callback code once, not once each.
pub fn act(on_action: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    on_action.reform(move |_: MouseEvent| action.clone())
}

/// "¶3, ¶7": paragraph references.
pub fn paragraphs(list: &[u8]) -> String {
    let refs: Vec<String> = list.iter().map(|p| format!("¶{p}")).collect();
    crate::format::joined(&refs, ", ")
}
