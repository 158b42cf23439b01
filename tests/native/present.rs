//! Presentation mode in the reducer: the chart shown, the arrows' steps and
//! Escape's layers. (Full screen and keys are the browser's: tests/e2e.)

use crate::support::state_from_hash;
use migration_explorer::content::{ChartId, Mode, View};
use migration_explorer::state::{Action, State};
use std::rc::Rc;
use yew::Reducible;

fn act(state: &Rc<State>, action: Action) -> Rc<State> {
    state.clone().reduce(action)
}

#[test]
fn step_chart_walks_every_chart_in_order_and_wraps() {
    let mut s = Rc::new(state_from_hash("#mode=present"));
    assert_eq!(s.settings.mode, Mode::Present);
    assert_eq!(s.shown_chart(), ChartId::LINES[0]);
    for &next in ChartId::LINES[1..].iter().chain(&ChartId::LINES[..1]) {
        s = act(&s, Action::StepChart(1));
        assert_eq!(s.shown_chart(), next);
        assert_eq!(s.settings.view, next.view(), "the chart's view is shown");
    }
    let last = act(&s, Action::StepChart(-1));
    assert_eq!(last.shown_chart(), ChartId::LINES[ChartId::LINES.len() - 1]);
    assert_eq!(
        act(&last, Action::StepChart(1)).shown_chart(),
        ChartId::LINES[0]
    );
}

#[test]
fn the_chart_shown_follows_the_view_of_a_link_and_steps_from_there() {
    let s = Rc::new(state_from_hash("#view=host&mode=present"));
    let host: Vec<ChartId> = ChartId::LINES
        .into_iter()
        .filter(|c| c.view() == View::Host)
        .collect();
    assert_eq!(s.shown_chart(), host[0]);
    assert_eq!(act(&s, Action::StepChart(1)).shown_chart(), host[1]);
    // A view without charts keeps the last chart shown.
    let themes = act(&s, Action::ShowView(View::Themes));
    assert_eq!(themes.shown_chart(), s.ui.present_chart);
}

#[test]
fn escape_closes_the_drawer_then_the_presentation_then_nothing() {
    let s = Rc::new(state_from_hash("#mode=present"));
    let open = act(&s, Action::ToggleDrawer);
    assert!(open.ui.drawer_open);
    let closed = act(&open, Action::Escape);
    assert!(!closed.ui.drawer_open);
    assert_eq!(closed.settings.mode, Mode::Present, "the drawer first");
    let left = act(&closed, Action::Escape);
    assert_eq!(left.settings.mode, Mode::Explore);
    assert!(s.settings.to_hash().contains("mode=present"));
    assert!(
        !left.settings.to_hash().contains("mode="),
        "the link says it too"
    );
    assert!(
        Rc::ptr_eq(&left, &act(&left, Action::Escape)),
        "no layer left"
    );
    // Leaving by the button closes the drawer too.
    let by_button = act(&open, Action::SetMode(Mode::Explore));
    assert_eq!(
        (by_button.settings.mode, by_button.ui.drawer_open),
        (Mode::Explore, false)
    );
}

#[test]
fn the_narrow_layouts_drawer_and_menu_are_ui_only_and_escape_closes_both() {
    let s = Rc::new(state_from_hash("#v=3&preset=mali-2022"));
    let open = act(&act(&s, Action::ToggleDrawer), Action::ToggleMenu);
    assert!(open.ui.drawer_open && open.ui.menu_open);
    // The settings and every chart stay: no chart or lever panel renders for them.
    assert_eq!(open.settings, s.settings);
    assert!(Rc::ptr_eq(&open.charts().0, &s.charts().0));
    assert!(Rc::ptr_eq(&open.results().0, &s.results().0));
    let closed = act(&open, Action::Escape);
    assert!(!closed.ui.drawer_open && !closed.ui.menu_open);
    assert_eq!(
        closed.settings.mode,
        Mode::Explore,
        "Escape leaves nothing else"
    );
    assert!(
        Rc::ptr_eq(&closed, &act(&closed, Action::Escape)),
        "then does nothing"
    );
    // Choosing "Present" from the menu closes it.
    assert!(!act(&open, Action::SetMode(Mode::Present)).ui.menu_open);
}
