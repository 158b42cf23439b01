//! The document's themes, each with its paragraphs and a way into the model.

use super::{act, paragraphs, LangProps};
use crate::content::{Target, ThemeKey};
use crate::state::Action;
use yew::prelude::*;

#[component]
pub fn Themes(props: &LangProps) -> Html {
    let texts = props.lang.texts();
    html! {
        <section class="mx-themes" aria-labelledby="mx-themes-heading">
            <h3 id="mx-themes-heading">{ texts.themes_heading }</h3>
            <p>{ texts.themes_intro }</p>
            <ol class="mx-theme-list">
                { for ThemeKey::ALL.into_iter().map(|key| {
                    let (theme, words) = (key.theme(), texts.theme(key));
                    let link = theme.shows.first().map(|&target| {
                        let go = act(&props.on_action, Action::Focus(target));
                        html! { <button type="button" class="mx-button" onclick={go}>{ texts.see_in_model }</button> }
                    });
                    html! {
                        <li class="mx-theme" id={Target::Theme(key).element_id()} tabindex="-1">
                            <h4>{ words.title }<span class="mx-paragraphs">{ format!(" ({})", paragraphs(theme.paragraphs)) }</span></h4>
                            <p>{ words.text }</p>
                            <p class={classes!("mx-in-model", link.is_none().then_some("mx-not-modelled"))}>
                                if link.is_none() { <strong>{ format!("{}. ", texts.not_modelled) }</strong> }
                                { words.in_model }
                            </p>
                            { for link }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
