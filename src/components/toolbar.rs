//! Country and host pickers, reset, pin, the CSV download, presentation, the
//! printable brief and the share panel.

use crate::components::{act, hooks::catalogue};
use crate::config::Settings;
use crate::content::Mode;
use crate::i18n::Lang;
use crate::results::{Results, Shared};
use crate::state::Action;
use crate::web::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The preset, host and pin shown, and the scenario the brief prints.
    pub settings: Settings,
    /// For the CSV: the scenario's results and the pinned scenario's.
    pub results: Shared<Results>,
    pub pinned: Option<Shared<Results>>,
    pub share_open: bool,
    /// The narrow layout's menu of actions is open.
    pub menu_open: bool,
    pub on_action: Callback<Action>,
    /// The folder the widget is served from, where `brief.html` is.
    pub base: AttrValue,
}

/// A preset's country name in `lang`: what the picker groups by.
fn country(lang: Lang, p: &migration_model::Preset) -> &str {
    lang.pick(&p.country).name.as_str()
}

/// The presets grouped by country, each country once, in the file's order.
fn preset_groups(settings: &Settings) -> impl Iterator<Item = Html> + '_ {
    let (presets, lang) = (&catalogue().presets, settings.lang);
    presets
        .iter()
        .enumerate()
        .filter(move |(i, p)| presets[..*i].iter().all(|q| country(lang, q) != country(lang, p)))
        .map(move |(_, first)| {
            let name = country(lang, first);
            html! {
                <optgroup label={name.to_string()}>
                    { for presets.iter().filter(|p| country(lang, p) == name).map(|p| html! {
                        <option value={p.id.clone()} selected={p.id == settings.preset.id}>{ lang.pick(&p.name) }</option>
                    }) }
                </optgroup>
            }
        })
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let settings = &props.settings;
    let texts = settings.lang.texts();
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
    let on_reset = act(&props.on_action, Action::ResetToBaseline);
    let on_download = {
        let (results, pinned) = (props.results.clone(), props.pinned.clone());
        let name = format!(
            "migration-explorer-{}-{}.csv",
            settings.preset.id, settings.host.id
        );
        Callback::from(move |_: MouseEvent| {
            dom::download(&name, "text/csv", &results.csv(pinned.as_deref()))
        })
    };
    html! {
        <div class={if props.menu_open { "mx-toolbar mx-menu-open" } else { "mx-toolbar" }}>
            <div class="mx-field">
                <label for="mx-preset">{ texts.country }</label>
                <select id="mx-preset" onchange={on_preset}>
                    { for preset_groups(settings) }
                </select>
            </div>
            <div class="mx-field">
                <label for="mx-host">{ texts.host_country }</label>
                <select id="mx-host" onchange={on_host}>
                    { for settings.preset.hosts.iter().map(|h| html! {
                        <option value={h.id.clone()} selected={h.id == settings.host.id}>{ &settings.lang.pick(&h.country).name }</option>
                    }) }
                </select>
            </div>
            <div class="mx-lang" role="group" aria-label={texts.language}>
                { for Lang::ALL.into_iter().map(|lang| {
                    let (name, code) = lang.names();
                    html! {
                        <button
                            type="button"
                            class="mx-button"
                            lang={lang.tag()}
                            // The name spoken is the text shown ("EN", WCAG 2.5.3); the full name is its title.
                            title={name}
                            aria-pressed={(lang == settings.lang).to_string()}
                            onclick={act(&props.on_action, Action::SetLang(lang))}
                        >{ code }</button>
                    }
                }) }
            </div>
            // Shown only on a narrow screen (widget.css), where the actions fold under it.
            <button type="button" class="mx-button mx-menu-button" id={super::present::MENU} aria-expanded={props.menu_open.to_string()} aria-controls="mx-actions" onclick={act(&props.on_action, Action::ToggleMenu)}>{ texts.menu }</button>
            <div class="mx-actions" id="mx-actions">
                <button type="button" class="mx-button" onclick={on_reset}>{ texts.reset }</button>
                if settings.pinned.is_some() {
                    <button type="button" class="mx-button" id="mx-unpin" onclick={act(&props.on_action, Action::Unpin)}>{ texts.compare.unpin }</button>
                } else {
                    <button type="button" class="mx-button" id="mx-pin" onclick={act(&props.on_action, Action::Pin)}>{ texts.compare.pin }</button>
                }
                <button type="button" class="mx-button" onclick={on_download}>{ texts.download_csv }</button>
                <button type="button" class="mx-button" id="mx-present" onclick={act(&props.on_action, Action::SetMode(Mode::Present))}>{ texts.present.present }</button>
                <a class="mx-button" id="mx-print-brief" href={crate::share::brief_href(settings, &props.base)} target="_blank" rel="noopener">{ texts.brief.print_brief }</a>
                <button
                    type="button"
                    class="mx-button"
                    aria-expanded={props.share_open.to_string()}
                    aria-controls="mx-share"
                    onclick={act(&props.on_action, Action::ToggleShare)}
                >{ texts.share.button }</button>
            </div>
        </div>
    }
}
