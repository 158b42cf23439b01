//! The tabs and the panel of the view shown.

use super::{
    assumptions::Assumptions, chart::Chart, lessons::LessonList, themes::Themes, StateProps,
};
use crate::content::{ChartId, Target, View};
use crate::state::{Action, State};
use crate::summary;
use yew::prelude::*;

/// The charts of `view`, in `ChartId::ALL` order.
fn charts_of(state: &State, on_action: &Callback<Action>, view: View) -> Html {
    let run = &state.results.run;
    let years = (
        run.first().map_or(0, |o| o.year),
        run.last().map_or(0, |o| o.year),
    );
    ChartId::ALL
        .iter()
        .zip(state.charts.iter())
        .filter(|(id, _)| id.view() == view)
        .map(|(id, chart)| {
            html! {
                <Chart
                    key={id.key()}
                    chart={chart.clone()}
                    on_action={on_action.clone()}
                    preset={AttrValue::Static(&state.preset().id)}
                    host={AttrValue::Static(&state.host().id)}
                    years={years}
                />
            }
        })
        .collect()
}

#[component]
pub fn Views(props: &StateProps) -> Html {
    let state = &props.state;
    let texts = state.lang().texts();
    let current = state.settings.view;
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
                <div class="mx-charts">{ charts_of(state, &props.on_action, View::Origin) }</div>
            </>
        },
        View::Host => html! {
            <>
                <p class="mx-view-note" id="mx-host-baseline">{ summary::host_baseline_sentence(&state.results, state.preset(), state.host(), texts) }</p>
                <div class="mx-charts">{ charts_of(state, &props.on_action, View::Host) }</div>
            </>
        },
        View::Optimum => html! {
            <div class="mx-optimum">
                <p class="mx-optimum-sentence">{ summary::optimum_sentence(&state.results, texts) }</p>
                <p class="mx-optimum-reflects" id="mx-optimum-reflects">{ texts.optimum.reflects }</p>
                { charts_of(state, &props.on_action, View::Optimum) }
                <p class="mx-optimum-note">{ texts.optimum.unskilled_note }</p>
            </div>
        },
        View::Themes => {
            html! { <Themes state={state.clone()} on_action={props.on_action.clone()} /> }
        }
        View::Assumptions => {
            html! { <Assumptions state={state.clone()} on_action={props.on_action.clone()} /> }
        }
        View::Lessons => {
            html! { <LessonList lang={state.lang()} on_action={props.on_action.clone()} /> }
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
