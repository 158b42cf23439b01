//! The "What drives this?" view: the two tornados, the sentence on what
//! moves the income effect most, what comes from each lever set, and the
//! numbers as CSV. While the sensitivity computes (`hooks::use_drivers`), it
//! says how far it is in plain text, not in a live region: a screen reader is
//! not told each of its twenty parts. The last finished tornados stay on
//! screen meanwhile, so that dragging a lever does not blank them.

use super::chart::Chart;
use crate::charts::tornado::Tornado;
use crate::i18n::{fill, Lang};
use crate::results::Shared;
use crate::sensitivity_job::Job;
use crate::state::Action;
use crate::web::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DriversProps {
    pub job: Shared<Job>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
    /// What the exports' file names say: preset, host and years.
    pub preset: AttrValue,
    pub host: AttrValue,
    pub years: (i32, i32),
}

#[component]
pub fn Drivers(props: &DriversProps) -> Html {
    let words = &props.lang.texts().drivers;
    let job = &props.job;
    let progress = (!job.done()).then(|| {
        let (n, m) = job.progress();
        let text = fill(
            words.computing,
            &[("n", &n.to_string()), ("m", &m.to_string())],
        );
        html! { <p class="mx-drivers-progress" id="mx-drivers-progress">{ text }</p> }
    });
    let shown = job.finished.as_ref().map(|f| {
        let tornado = |t: Shared<Tornado>| {
            let key = t.id.key();
            html! {
                <Chart
                    {key}
                    chart={t}
                    on_action={props.on_action.clone()}
                    preset={props.preset.clone()}
                    host={props.host.clone()}
                    years={props.years}
                />
            }
        };
        let income = if f.income.bars.is_empty() {
            html! { <p class="mx-drivers-baseline" id="mx-drivers-baseline">{ words.at_baseline }</p> }
        } else {
            tornado(f.income.clone())
        };
        let on_csv = {
            let (f, name) = (
                f.clone(),
                format!("migration-explorer-{}-{}-drivers.csv", props.preset, props.host),
            );
            Callback::from(move |_: MouseEvent| dom::download(&name, "text/csv", &f.csv()))
        };
        html! {
            <>
                <div class="mx-charts">
                    { income }
                    { tornado(f.optimum.clone()) }
                </div>
                if !f.sentence.is_empty() {
                    <p class="mx-drivers-sentence" id="mx-drivers-sentence">{ &f.sentence }</p>
                }
                <h3 class="mx-drivers-heading">{ words.levers_heading }</h3>
                if f.levers.is_empty() {
                    <p id="mx-drivers-levers">{ words.no_levers }</p>
                } else {
                    <ul class="mx-drivers-levers" id="mx-drivers-levers">
                        { for f.levers.iter().map(|l| html! { <li>{ l }</li> }) }
                    </ul>
                }
                <button type="button" class="mx-button" id="mx-drivers-csv" onclick={on_csv}>{ words.download_csv }</button>
            </>
        }
    });
    html! {
        <div class="mx-drivers">
            <p class="mx-view-note">{ words.intro }</p>
            { for progress }
            { for shown }
        </div>
    }
}
