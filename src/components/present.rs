//! Presentation mode: one chart at a time in large type, the summary under
//! it, the lesson bar during a lesson, and the levers in a drawer. A plain
//! function of the root component: its heavy children (the chart, the lever
//! panel, the lesson bar) keep their narrow props and are skipped when
//! unchanged. Full screen and focus are `hooks::use_present`'s.

use crate::components::{
    act, chart::Chart, lessons::LessonBar, levers::levers_of, summary::Summary,
};
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
/// The narrow layout's menu button (components/toolbar.rs), where focus goes when the menu closes.
pub const MENU: &str = "mx-menu";

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
    html! {
        <div class={classes!("mx-present", open.then_some("mx-drawer-open"))} onkeydown={on_keys(on_action, Some(state.settings.lesson))}>
            // The widget's title, as in the usual layout: headings go h2, h3.
            <h2 class="mx-sr-only">{ texts.title }</h2>
            <div class="mx-present-bar">
                <button type="button" class="mx-button" id="mx-chart-previous" onclick={act(on_action, Action::StepChart(-1))}>{ words.previous }</button>
                // Said by the app's status region when it changes.
                <p class="mx-chart-of" id="mx-chart-of">{ of }</p>
                <button type="button" class="mx-button" id="mx-chart-next" onclick={act(on_action, Action::StepChart(1))}>{ words.next }</button>
                { levers_button(state, on_action) }
                <button type="button" class="mx-button mx-leave" id="mx-leave-present" onclick={act(on_action, Action::SetMode(Mode::Explore))}>{ words.leave }</button>
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
            if open { { drawer(state, on_action) } }
        </div>
    }
}

/// The button that opens and closes the levers' drawer: in the presentation's
/// bar, and at the foot of the narrow layout.
pub fn levers_button(state: &State, on_action: &Callback<Action>) -> Html {
    let open = state.ui.drawer_open;
    html! {
        <button type="button" class="mx-button" id={LEVERS} aria-expanded={open.to_string()} aria-controls="mx-drawer" onclick={act(on_action, Action::ToggleDrawer)}>{ state.lang().texts().present.levers }</button>
    }
}

/// The keys read on the widget's own tree, not the page's (several widgets may
/// share it): Escape everywhere; in presentation (`lesson` is then read) the arrows.
pub fn on_keys(
    on_action: &Callback<Action>,
    lesson: Option<Option<LessonAt>>,
) -> Callback<KeyboardEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: KeyboardEvent| {
        if let Some(action) = key_action(&e, lesson) {
            e.prevent_default();
            on_action.emit(action);
        }
    })
}

/// The levers' drawer: its close button (while open) and the lever panel. In
/// the usual layout it is always there, the levers' column, and a drawer only
/// on a narrow screen (widget.css), where it shows while open.
pub fn drawer(state: &State, on_action: &Callback<Action>) -> Html {
    html! {
        // Not a landmark of its own: the lever panel in it is one, named "Levers".
        <div class="mx-drawer" id="mx-drawer">
            if state.ui.drawer_open {
                <button type="button" class="mx-button" id={DRAWER_CLOSE} onclick={act(on_action, Action::ToggleDrawer)}>{ state.lang().texts().present.close_levers }</button>
            }
            { levers_of(state, on_action) }
        </div>
    }
}

/// The usual layout's drawer covers the foot of a narrow screen: on opening,
/// the chart looked at (the lesson step's, else the first not scrolled past)
/// goes to the top of the screen, above it, to watch while a slider moves.
pub fn chart_to_top(root: &Element) {
    let find = |selector| root.query_selector(selector).ok().flatten();
    let mut chart = find(".mx-lead").or_else(|| find(".mx-chart"));
    // The charts of a view are siblings: the first whose foot is on screen or below.
    while let Some(c) = chart.take() {
        match c.next_element_sibling() {
            Some(next) if c.get_bounding_client_rect().bottom() <= 0.0 => chart = Some(next),
            _ => return c.scroll_into_view(),
        }
    }
}

/// What a key does: Escape closes the innermost layer; in presentation
/// (`lesson` is `Some`), the arrows step through the charts, or the lesson's
/// steps, unless a control that uses them has the focus (a slider, a menu,
/// the tabs).
fn key_action(e: &KeyboardEvent, lesson: Option<Option<LessonAt>>) -> Option<Action> {
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
    Some(match lesson? {
        Some(at) => Action::GoToStep(at.step.checked_add_signed(delta)?),
        None => Action::StepChart(delta as i32),
    })
}
