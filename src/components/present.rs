//! Presentation mode: one chart at a time in large type, the summary under
//! it, the lesson bar during a lesson, and the levers in a drawer. A plain
//! function of the root component: its heavy children (the chart, the lever
//! panel, the lesson bar) keep their narrow props and are skipped when
//! unchanged. Full screen and focus are `hooks::use_present`'s.

use crate::components::{chart::Chart, lessons::LessonBar, levers::levers_of, summary::Summary};
use crate::config::LessonAt;
use crate::content::{ChartId, Mode};
use crate::i18n::fill;
use crate::state::{Action, State};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The stage (chart, summary, lesson): focused on entering presentation.
pub const STAGE: &str = "mx-stage";
/// The "Levers" button: focused again when the drawer closes.
pub const LEVERS: &str = "mx-levers-button";
/// The drawer's close button: focused when the drawer opens.
pub const DRAWER_CLOSE: &str = "mx-drawer-close";

/// "Chart N of M", for the chart shown.
pub fn chart_of(state: &State) -> String {
    let shown = state.shown_chart();
    let n = ChartId::LINES.iter().position(|c| *c == shown).unwrap_or(0) + 1;
    fill(
        state.lang().texts().present.chart_of,
        &[
            ("n", &n.to_string()),
            ("m", &ChartId::LINES.len().to_string()),
        ],
    )
}

pub fn view(state: &State, on_action: &Callback<Action>, base: &AttrValue) -> Html {
    let texts = state.lang().texts();
    let words = &texts.present;
    let act = |action: Action| on_action.reform(move |_: MouseEvent| action.clone());
    let shown = state.shown_chart();
    let of = chart_of(state);
    let run = &state.results().run;
    let years = (
        run.first().map_or(0, |o| o.year),
        run.last().map_or(0, |o| o.year),
    );
    // Not keyed: the next chart patches this one, so focus stays where it is.
    let chart = state.charts().iter().find(|c| c.id == shown).map(|chart| {
        html! {
            <>
                <h3 class="mx-present-title" id="mx-present-title">{ &chart.title }</h3>
                <Chart
                    chart={chart.clone()}
                    on_action={on_action.clone()}
                    preset={AttrValue::Static(&state.preset().id)}
                    host={AttrValue::Static(&state.host().id)}
                    years={years}
                />
            </>
        }
    });
    let open = state.ui.drawer_open;
    // On the widget's own tree, not the page's: several widgets may share it.
    let on_key = {
        let (on_action, lesson) = (on_action.clone(), state.settings.lesson);
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = key_action(&e, lesson) {
                e.prevent_default();
                on_action.emit(action);
            }
        })
    };
    html! {
        <div class={classes!("mx-present", open.then_some("mx-drawer-open"))} onkeydown={on_key}>
            // The widget's title, as in the usual layout: headings go h2, h3.
            <h2 class="mx-sr-only">{ texts.title }</h2>
            <div class="mx-present-bar">
                <button type="button" class="mx-button" id="mx-chart-previous" onclick={act(Action::StepChart(-1))}>{ words.previous }</button>
                // Said by the app's status region when it changes.
                <p class="mx-chart-of" id="mx-chart-of">{ of }</p>
                <button type="button" class="mx-button" id="mx-chart-next" onclick={act(Action::StepChart(1))}>{ words.next }</button>
                <button type="button" class="mx-button" id={LEVERS} aria-expanded={open.to_string()} aria-controls="mx-drawer" onclick={act(Action::ToggleDrawer)}>{ words.levers }</button>
                <button type="button" class="mx-button mx-leave" id="mx-leave-present" onclick={act(Action::SetMode(Mode::Explore))}>{ words.leave }</button>
            </div>
            <section class="mx-stage" id={STAGE} tabindex="-1" aria-labelledby="mx-present-title">
                if let Some(step) = state.step() {
                    <LessonBar
                        step={step.clone()}
                        changed={step.changed(&state.settings)}
                        worksheet={AttrValue::from(crate::share::worksheet_href(&state.settings, base))}
                        on_action={on_action.clone()}
                    />
                }
                { for chart }
                <Summary sentences={state.summary().clone()} heading={texts.summary.heading} />
            </section>
            if open {
                // Not a landmark of its own: the lever panel in it is one, named "Levers".
                <div class="mx-drawer" id="mx-drawer">
                    <button type="button" class="mx-button" id={DRAWER_CLOSE} onclick={act(Action::ToggleDrawer)}>{ words.close_levers }</button>
                    { levers_of(state, on_action) }
                </div>
            }
        </div>
    }
}

/// What a key does in presentation: the arrows step through the charts, or
/// the lesson's steps, unless a control that uses them has the focus (a
/// slider, a menu, the tabs); Escape closes the innermost layer.
fn key_action(e: &KeyboardEvent, lesson: Option<LessonAt>) -> Option<Action> {
    if e.alt_key() || e.ctrl_key() || e.meta_key() {
        return None;
    }
    let delta: isize = match e.key().as_str() {
        "Escape" => return Some(Action::Escape),
        "ArrowRight" => 1,
        "ArrowLeft" => -1,
        _ => return None,
    };
    let target = e.target()?.dyn_into::<Element>().ok()?;
    if let Ok(Some(_)) = target.closest("input, select, textarea, [role=tablist]") {
        return None;
    }
    Some(match lesson {
        Some(at) => Action::GoToStep(at.step.checked_add_signed(delta)?),
        None => Action::StepChart(delta as i32),
    })
}
