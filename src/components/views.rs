//! The tabs and the panel of the view shown.

use super::{
    act, assumptions::Assumptions, chart::Chart, drivers_view::Drivers, lessons::LessonList,
    themes::Themes,
};
use crate::charts::LineChart;
use crate::config::Settings;
use crate::content::{Target, View};
use crate::results::{Results, Shared};
use crate::sensitivity_job::Job;
use crate::state::Action;
use crate::summary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewsProps {
    /// The view shown, the language, preset and host.
    pub settings: Settings,
    pub results: Shared<Results>,
    pub charts: Shared<Vec<Shared<LineChart>>>,
    /// "What drives this?": its sensitivity, as far as computed.
    pub drivers: Shared<Job>,
    pub on_action: Callback<Action>,
}

/// The first and last years of the run, for the exports' file names.
fn years(results: &Results) -> (i32, i32) {
    let run = &results.run;
    (
        run.first().map_or(0, |o| o.year),
        run.last().map_or(0, |o| o.year),
    )
}

/// The uncertainty switch, and what its bands show (and do not).
fn uncertainty_switch(settings: &Settings, on_action: &Callback<Action>) -> Html {
    let words = &settings.lang.texts().uncertainty;
    let on_change = on_action.reform(|e: Event| {
        Action::SetUncertainty(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    html! {
        <div class="mx-uncertainty">
            <input type="checkbox" role="switch" id="mx-uncertainty" checked={settings.uncertainty} onchange={on_change} aria-describedby="mx-uncertainty-note" />
            <label for="mx-uncertainty">{ words.switch }</label>
            <p class="mx-view-note" id="mx-uncertainty-note">{ words.explained }</p>
        </div>
    }
}

/// The charts of `view`, each found by its own id.
fn charts_of(props: &ViewsProps, view: View) -> Html {
    let (settings, on_action) = (&props.settings, &props.on_action);
    let years = years(&props.results);
    // The chart the lesson's step is about.
    let lead = settings
        .lesson
        .and_then(|at| at.lesson.lesson().steps[at.step].step().chart);
    props
        .charts
        .iter()
        .filter(|chart| chart.id.view() == view)
        .map(|chart| {
            html! {
                <Chart
                    key={chart.id.key()}
                    chart={chart.clone()}
                    on_action={on_action.clone()}
                    preset={AttrValue::Static(&settings.preset.id)}
                    host={AttrValue::Static(&settings.host.id)}
                    years={years}
                    lead={lead == Some(chart.id)}
                />
            }
        })
        .collect()
}

#[component]
pub fn Views(props: &ViewsProps) -> Html {
    let (settings, results) = (&props.settings, &props.results);
    let lang = settings.lang;
    let texts = lang.texts();
    let current = settings.view;
    let select = |view: View| act(&props.on_action, Action::ShowView(view));
    // Arrow keys move between tabs and show them (WAI-ARIA tabs pattern).
    let on_key = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            let i = View::ALL.iter().position(|v| *v == current).unwrap_or(0);
            let n = View::ALL.len();
            let next = match e.key().as_str() {
                "ArrowRight" => (i + 1) % n,
                "ArrowLeft" => (i + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            on_action.emit(Action::Focus(Target::Tab(View::ALL[next])));
        })
    };
    // The drivers view while its sensitivity computes: busy, for assistive
    // technology and for the tests that wait for it.
    let computing = current == View::Drivers && !props.drivers.done();
    let panel = match current {
        View::Origin => html! {
            <>
                <p class="mx-view-note" id="mx-origin-baseline">{
                    if settings.uncertainty { texts.origin_baseline_effects } else { texts.origin_baseline }
                }</p>
                { uncertainty_switch(settings, &props.on_action) }
                <div class="mx-charts">{ charts_of(props, View::Origin) }</div>
            </>
        },
        View::Host => html! {
            <>
                <p class="mx-view-note" id="mx-host-baseline">{ summary::host_baseline_sentence(results, settings.preset, settings.host, texts) }</p>
                if let Some(sentence) = summary::displacement_sentence(results, settings.host, texts) {
                    <p class="mx-view-note" id="mx-displacement">{ sentence }</p>
                }
                <div class="mx-charts">{ charts_of(props, View::Host) }</div>
            </>
        },
        View::Optimum => html! {
            <div class="mx-optimum">
                <p class="mx-optimum-sentence">{ summary::optimum_sentence(results, texts) }</p>
                { for summary::optimum_details(results, texts).into_iter().map(|s| html! { <p class="mx-optimum-detail">{ s }</p> }) }
                <p class="mx-optimum-reflects" id="mx-optimum-reflects">{ texts.optimum.reflects }</p>
                { charts_of(props, View::Optimum) }
                <p class="mx-optimum-note">{ texts.optimum.unskilled_note }</p>
            </div>
        },
        View::Drivers => html! {
            <Drivers
                job={props.drivers.clone()}
                {lang}
                on_action={props.on_action.clone()}
                preset={AttrValue::Static(&settings.preset.id)}
                host={AttrValue::Static(&settings.host.id)}
                years={years(results)}
            />
        },
        View::Themes => {
            html! { <Themes {lang} on_action={props.on_action.clone()} /> }
        }
        View::Assumptions => {
            html! { <Assumptions settings={settings.clone()} results={results.clone()} /> }
        }
        View::Lessons => {
            html! { <LessonList {lang} on_action={props.on_action.clone()} /> }
        }
    };
    html! {
        <div class="mx-views">
            <div class="mx-tabs" role="tablist" aria-label={texts.views_label} onkeydown={on_key}>
                { for View::ALL.into_iter().map(|view| {
                    let selected = view == current;
                    html! {
                        <button
                            type="button"
                            role="tab"
                            id={format!("tab-{}", view.key())}
                            class="mx-tab"
                            aria-selected={selected.to_string()}
                            aria-controls={format!("panel-{}", view.key())}
                            tabindex={if selected { "0" } else { "-1" }}
                            onclick={select(view)}
                        >{ texts.view(view) }</button>
                    }
                }) }
            </div>
            <div class="mx-panel" role="tabpanel" id={format!("panel-{}", current.key())} aria-labelledby={format!("tab-{}", current.key())} aria-busy={computing.then_some("true")} data-computing={computing.then_some("")}>
                { panel }
            </div>
        </div>
    }
}
