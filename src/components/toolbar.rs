//! Country and host pickers, reset, pin, the CSV download, presentation, the
//! printable brief and the share panel.

use crate::content::Mode;
use crate::state::{Action, State};
use crate::web::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub state: State,
    pub on_action: Callback<Action>,
    /// The folder the widget is served from, where `brief.html` is.
    pub base: AttrValue,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let state = &props.state;
    let texts = state.lang().texts();
    let on_preset = props.on_action.reform(|e: Event| {
        Action::SetPreset(
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        )
    });
    let on_host = props.on_action.reform(|e: Event| {
        Action::SetHost(
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        )
    });
    let on_reset = props
        .on_action
        .reform(|_: MouseEvent| Action::ResetToBaseline);
    let on_download = {
        let (results, pinned) = (state.results.clone(), state.pinned.clone());
        let name = format!(
            "migration-explorer-{}-{}.csv",
            state.preset().id,
            state.host().id
        );
        Callback::from(move |_: MouseEvent| {
            dom::download(&name, "text/csv", &results.csv(pinned.as_deref()))
        })
    };
    html! {
        <div class="mx-toolbar">
            <div class="mx-field">
                <label for="mx-preset">{ texts.country }</label>
                <select id="mx-preset" onchange={on_preset}>
                    { for state.catalog.presets.iter().map(|p| html! {
                        <option value={p.id.clone()} selected={p.id == state.preset().id}>{ &p.name }</option>
                    }) }
                </select>
            </div>
            <div class="mx-field">
                <label for="mx-host">{ texts.host_country }</label>
                <select id="mx-host" onchange={on_host}>
                    { for state.preset().hosts.iter().map(|h| html! {
                        <option value={h.id.clone()} selected={h.id == state.host().id}>{ &h.name }</option>
                    }) }
                </select>
            </div>
            <div class="mx-actions">
                <button type="button" class="mx-button" onclick={on_reset}>{ texts.reset }</button>
                if state.settings.pinned.is_some() {
                    <button type="button" class="mx-button" id="mx-unpin" onclick={props.on_action.reform(|_: MouseEvent| Action::Unpin)}>{ texts.compare.unpin }</button>
                } else {
                    <button type="button" class="mx-button" id="mx-pin" onclick={props.on_action.reform(|_: MouseEvent| Action::Pin)}>{ texts.compare.pin }</button>
                }
                <button type="button" class="mx-button" onclick={on_download}>{ texts.download_csv }</button>
                <button type="button" class="mx-button" id="mx-present" onclick={props.on_action.reform(|_: MouseEvent| Action::SetMode(Mode::Present))}>{ texts.present.present }</button>
                <a class="mx-button" id="mx-print-brief" href={format!("{}brief.html#{}", props.base, state.settings.scenario_hash())} target="_blank" rel="noopener">{ texts.brief.print_brief }</a>
                <button
                    type="button"
                    class="mx-button"
                    aria-expanded={state.share_open.to_string()}
                    aria-controls="mx-share"
                    onclick={props.on_action.reform(|_: MouseEvent| Action::ToggleShare)}
                >{ texts.share.button }</button>
            </div>
        </div>
    }
}
