//! The tabs and the panel of the view shown.

use super::{assumptions::Assumptions, chart::Chart, lessons::LessonList, themes::Themes};
use crate::charts::LineChart;
use crate::config::Settings;
use crate::content::{Target, View};
use crate::results::{Results, Shared};
use crate::state::Action;
use crate::summary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewsProps {
    /// The view shown, the language, preset and host.
    pub settings: Settings,
    pub results: Shared<Results>,
    pub charts: Shared<Vec<Shared<LineChart>>>,
    pub on_action: Callback<Action>,
}

/// The charts of `view`, each found by its own id.
fn charts_of(props: &ViewsProps, view: View) -> Html {
    let (settings, on_action) = (&props.settings, &props.on_action);
    let run = &props.results.run;
    let years = (
        run.first().map_or(0, |o| o.year),
        run.last().map_or(0, |o| o.year),
    );
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
    let select = |view: View| {
        props
            .on_action
            .reform(move |_: MouseEvent| Action::ShowView(view))
    };
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
    let panel = match current {
        View::Origin => html! {
            <>
                <p class="mx-view-note" id="mx-origin-baseline">{ texts.origin_baseline }</p>
                <div class="mx-charts">{ charts_of(props, View::Origin) }</div>
            </>
        },
        View::Host => html! {
            <>
                <p class="mx-view-note" id="mx-host-baseline">{ summary::host_baseline_sentence(results, settings.preset, settings.host, texts) }</p>
                <div class="mx-charts">{ charts_of(props, View::Host) }</div>
            </>
        },
        View::Optimum => html! {
            <div class="mx-optimum">
                <p class="mx-optimum-sentence">{ summary::optimum_sentence(results, texts) }</p>
                <p class="mx-optimum-reflects" id="mx-optimum-reflects">{ texts.optimum.reflects }</p>
                { charts_of(props, View::Optimum) }
                <p class="mx-optimum-note">{ texts.optimum.unskilled_note }</p>
            </div>
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
            <div class="mx-panel" role="tabpanel" id={format!("panel-{}", current.key())} aria-labelledby={format!("tab-{}", current.key())}>
                { panel }
            </div>
        </div>
    }
}
