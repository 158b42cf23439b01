//! Yew components. They receive state and the one `on_action` callback, and
//! only render: every change is an `Action` sent to the reducer. The root's
//! hooks (its side effects) are in `hooks`.

pub mod app;
pub mod assumptions;
pub mod chart;
pub mod hooks;
pub mod levers;
pub mod notices;
pub mod share;
pub mod summary;
pub mod themes;
pub mod toolbar;
pub mod views;

use crate::state::{Action, State};
use yew::prelude::*;

/// Props of the components that read the whole state.
#[derive(Properties, PartialEq)]
pub struct StateProps {
    pub state: State,
    pub on_action: Callback<Action>,
}

/// "¶3, ¶7": paragraph references.
pub fn paragraphs(list: &[u8]) -> String {
    list.iter()
        .map(|p| format!("¶{p}"))
        .collect::<Vec<_>>()
        .join(", ")
}
