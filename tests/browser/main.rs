//! Component tests in a real browser (headless Chromium, wasm-bindgen-test):
//! widgets mounted as an embedding page mounts them, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use migration_explorer::mount::{mount, Widget};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// A host element with these attributes, added to the page and mounted.
async fn widget(attributes: &[(&str, &str)]) -> (Element, Widget) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-migration-explorer", "").unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    let widget = mount(host.clone(), "/".into(), String::new()).expect("mounts");
    yew::scheduler::flush().await;
    (host, widget)
}

fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root().expect("a shadow root")
}

fn find(host: &Element, selector: &str) -> Element {
    shadow(host)
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn all(host: &Element, selector: &str) -> Vec<Element> {
    let list = shadow(host).query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn text(host: &Element, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

/// The input whose visible label reads `label`.
fn lever(host: &Element, label: &str) -> HtmlInputElement {
    let label = all(host, "label")
        .into_iter()
        .find(|l| l.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no label {label}"));
    let id = label.get_attribute("for").unwrap();
    find(host, &format!("#{id}")).dyn_into().unwrap()
}

/// The `.mx-lever` block around the input whose label reads `label`.
fn lever_block(host: &Element, label: &str) -> Element {
    lever(host, label)
        .closest(".mx-lever")
        .unwrap()
        .expect("inside a lever block")
}

/// Whether the lever shows its "set" badge.
fn is_set(host: &Element, label: &str) -> bool {
    let block = lever_block(host, label);
    let badge = block.query_selector(".mx-set").unwrap();
    assert_eq!(
        badge.is_some(),
        block.class_list().contains("mx-changed"),
        "{label}: the badge and the class agree"
    );
    badge.is_some_and(|b| b.text_content().as_deref() == Some("set"))
}

/// The button whose text reads `name`.
async fn press(host: &Element, name: &str) {
    let button = all(host, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no button {name}"));
    button.dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// Chooses an option of a select as a person does: new value, then `change`.
async fn choose(host: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(host, selector).dyn_into().unwrap();
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// Moves a range input as a person does: new value, then an `input` event.
async fn slide(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let event =
        web_sys::InputEvent::new_with_event_init_dict("input", &init.unchecked_into()).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn click(host: &Element, selector: &str) {
    find(host, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

/// Waits for animation frames until `ready()` holds (resize observers and
/// canvases are painted between frames), at most `frames` of them.
/// Lets the charts measure their canvases and draw.
async fn all_drawn(host: &Element) {
    until(60, || {
        all(host, "canvas")
            .iter()
            .all(|c| c.has_attribute("data-drawn"))
    })
    .await;
}

async fn until(frames: u32, ready: impl Fn() -> bool) -> bool {
    for _ in 0..frames {
        if ready() {
            return true;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .request_animation_frame(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
    ready()
}

#[wasm_bindgen_test]
async fn every_parameter_has_a_labelled_native_range_input() {
    let (host, mut w) = widget(&[]).await;
    let inputs = all(&host, "input[type=range]");
    assert_eq!(inputs.len(), migration_model::PARAM_COUNT);
    for input in &inputs {
        let id = input.id();
        let label = find(&host, &format!("label[for={id}]"));
        assert!(!label.text_content().unwrap().is_empty(), "{id}");
    }
    // The main panel holds the main group (its labels are checked natively).
    let texts = migration_explorer::i18n::Lang::En.texts();
    let main: Vec<String> = all(&host, ".mx-levers > .mx-lever label")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    let expected: Vec<String> = migration_model::SPECS
        .iter()
        .filter(|s| s.group == migration_model::Group::Main)
        .map(|s| texts.param(s.id).label.to_string())
        .collect();
    assert_eq!(main.len(), 10);
    assert_eq!(
        main, expected,
        "the main panel holds exactly the main levers"
    );
    w.destroy();
}

#[wasm_bindgen_test]
async fn moving_a_lever_updates_its_value_and_the_summary() {
    let (host, mut w) = widget(&[]).await;
    let before = text(&host, "#mx-summary");
    let input = lever(&host, "Transfer cost");
    slide(&input, "0.1").await;
    assert_eq!(text(&host, "#lever-transfer_cost-value"), "10.0\u{a0}%");
    let after = text(&host, "#mx-summary");
    assert_ne!(before, after);
    // The remittances sentence says what the dearer transfers take.
    let costs = |summary: &str| {
        let start = summary.find("remittances received are").expect(summary);
        summary[start..]
            .split(';')
            .nth(1)
            .unwrap_or_default()
            .to_string()
    };
    assert!(costs(&after).contains("transfer costs take"), "{after}");
    assert_ne!(costs(&before), costs(&after));
    assert!(
        after.contains("income per worker (GDP + remittances)"),
        "{after}"
    );
    assert!(is_set(&host, "Transfer cost"));
    w.destroy();
}

#[wasm_bindgen_test]
async fn charts_are_drawn_and_redrawn_when_their_inputs_change() {
    let (host, mut w) = widget(&[]).await;
    let drawn = |key: &str| {
        shadow(&host)
            .query_selector(&format!("canvas[data-chart={key}]"))
            .ok()
            .flatten()
            .and_then(|c| c.get_attribute("data-drawn"))
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0)
    };
    assert!(
        until(60, || drawn("income") >= 1 && drawn("capital") >= 1).await,
        "first draw"
    );
    let (income, capital) = (drawn("income"), drawn("capital"));
    slide(&lever(&host, "Share of remittances invested"), "0.5").await;
    assert!(
        until(60, || drawn("income") > income
            && drawn("capital") > capital)
        .await,
        "redrawn"
    );
    // Moving it back and forth to the same value does not redraw.
    let (income, capital) = (drawn("income"), drawn("capital"));
    slide(&lever(&host, "Share of remittances invested"), "0.5").await;
    until(3, || false).await;
    assert_eq!((drawn("income"), drawn("capital")), (income, capital));
    w.destroy();
}

#[wasm_bindgen_test]
async fn attributes_choose_preset_host_view_and_levers() {
    let (host, mut w) = widget(&[
        ("data-preset", "mali-2022"),
        ("data-host", "cote-divoire"),
        ("data-view", "host"),
        ("data-set", "transfer_cost=0.03,invested_share=0.45"),
    ])
    .await;
    assert_eq!(
        find(&host, "#mx-preset")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value(),
        "mali-2022"
    );
    assert_eq!(
        find(&host, "#mx-host")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value(),
        "cote-divoire"
    );
    assert_eq!(text(&host, "#lever-transfer_cost-value"), "3.0\u{a0}%");
    assert_eq!(text(&host, "#lever-invested_share-value"), "45\u{a0}%");
    assert_eq!(
        find(&host, "#tab-host")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert!(shadow(&host)
        .query_selector("canvas[data-chart=host-surplus]")
        .unwrap()
        .is_some());
    assert!(
        shadow(&host)
            .query_selector(".mx-notice")
            .unwrap()
            .is_none(),
        "no notice"
    );
    w.destroy();
}

#[wasm_bindgen_test]
async fn bad_attributes_give_a_visible_notice_and_a_working_widget() {
    let (host, mut w) = widget(&[
        ("data-preset", "<b>atlantis</b>"),
        ("data-set", "transfer_cost=lots,brain_gain=9"),
    ])
    .await;
    let notices = text(&host, ".mx-notices");
    assert!(
        notices.contains("There is no country preset \"<b>atlantis</b>\""),
        "{notices}"
    );
    assert!(notices.contains("\"lots\" is not a number"), "{notices}");
    assert!(notices.contains("outside its range"), "{notices}");
    assert!(
        shadow(&host).query_selector("b").unwrap().is_none(),
        "input is never HTML"
    );
    assert_eq!(
        find(&host, "#mx-preset")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value(),
        "bangladesh-2022"
    );
    // Still works, and a notice can be dismissed.
    slide(&lever(&host, "Transfer cost"), "0.02").await;
    assert_eq!(text(&host, "#lever-transfer_cost-value"), "2.0\u{a0}%");
    let count = all(&host, ".mx-notice").len();
    click(&host, ".mx-notice button").await;
    assert_eq!(all(&host, ".mx-notice").len(), count - 1);
    w.destroy();
}

#[wasm_bindgen_test]
async fn reset_restores_the_baseline_and_a_policy_says_what_it_changed() {
    let (host, mut w) = widget(&[("data-preset", "mali-2022")]).await;
    let baseline = text(&host, "#mx-summary");
    click(&host, "#policy-sdg-10c").await;
    assert_eq!(text(&host, "#lever-transfer_cost-value"), "3.0\u{a0}%");
    let note = text(&host, ".mx-policy-note");
    assert!(
        note.contains("Transfer cost 4.24\u{a0}% → 3.0\u{a0}%"),
        "{note}"
    );
    assert_ne!(text(&host, "#mx-summary"), baseline);
    assert!(is_set(&host, "Transfer cost"));
    press(&host, "Reset to baseline").await;
    assert_eq!(text(&host, "#mx-summary"), baseline);
    assert_eq!(text(&host, ".mx-policy-note"), "");
    assert_eq!(text(&host, "#lever-transfer_cost-value"), "4.24\u{a0}%");
    assert!(!is_set(&host, "Transfer cost"), "unset again");
    w.destroy();
}

#[wasm_bindgen_test]
async fn advanced_holds_more_scenario_levers_then_the_assumptions() {
    let (host, mut w) = widget(&[]).await;
    let headings: Vec<String> = all(&host, ".mx-advanced h4")
        .iter()
        .map(|h| h.text_content().unwrap())
        .collect();
    assert_eq!(headings, ["More scenario levers", "Assumptions"]);
    let names = |selector: &str| -> Vec<String> {
        all(&host, selector)
            .iter()
            .map(|i| i.id().trim_start_matches("lever-").to_string())
            .collect()
    };
    let expected = |pick: &dyn Fn(&migration_model::ParamSpec) -> bool| -> Vec<String> {
        migration_model::SPECS
            .iter()
            .filter(|s| pick(s))
            .map(|s| s.name.to_string())
            .collect()
    };
    use migration_model::{Group, Kind};
    assert_eq!(
        names(".mx-advanced > .mx-lever input[type=range]"),
        expected(&|s| s.group == Group::Advanced && s.kind == Kind::Scenario),
        "the scenario levers come first, outside the assumptions"
    );
    let mut assumptions = names(".mx-assumption-group input[type=range]");
    let mut every = expected(&|s| s.group != Group::Main && s.kind == Kind::Assumption);
    assert!(!every.is_empty());
    assumptions.sort();
    every.sort();
    assert_eq!(
        assumptions, every,
        "every assumption outside the main panel"
    );
    let group = text(&host, ".mx-assumption-group");
    assert!(group.contains("changes the baseline too"), "{group}");
    assert_eq!(text(&host, "#mx-reset-assumptions"), "Reset assumptions");
    assert!(
        all(&host, ".mx-set").is_empty(),
        "nothing set: no lever shows the badge"
    );
    w.destroy();
}

#[wasm_bindgen_test]
async fn a_lever_shows_it_is_set_by_a_link_an_attribute_or_a_hand() {
    let (host, mut w) = widget(&[
        ("data-preset", "mali-2022"),
        ("data-set", "invested_share=0.25,brain_gain=1.2"),
    ])
    .await;
    assert!(
        is_set(&host, "Share of remittances invested"),
        "set at its default"
    );
    assert_eq!(text(&host, "#lever-invested_share-value"), "25\u{a0}%");
    assert!(is_set(
        &host,
        "Brain gain: study encouraged by migration prospects"
    ));
    assert!(!is_set(&host, "Transfer cost"));
    assert_eq!(all(&host, ".mx-set").len(), 2);
    slide(&lever(&host, "Transfer cost"), "0.05").await;
    assert!(is_set(&host, "Transfer cost"));
    assert_eq!(all(&host, ".mx-set").len(), 3);
    w.destroy();
}

#[wasm_bindgen_test]
async fn reset_assumptions_restores_them_and_keeps_the_scenario_levers() {
    let (host, mut w) = widget(&[("data-preset", "mali-2022")]).await;
    let start = text(&host, "#mx-summary");
    slide(&lever(&host, "Transfer cost"), "0.1").await;
    let with_lever = text(&host, "#mx-summary");
    assert_ne!(with_lever, start);
    assert_eq!(text(&host, "#lever-retirement-value"), "2.5\u{a0}% a year");
    slide(&lever(&host, "Retirement rate"), "0.035").await;
    assert_eq!(text(&host, "#lever-retirement-value"), "3.5\u{a0}% a year");
    assert!(is_set(&host, "Retirement rate"));
    // An assumption moves the unset emigration rates with the baseline.
    let skilled = text(&host, "#lever-emig_rate_skilled-value");
    assert_ne!(text(&host, "#mx-summary"), with_lever);
    click(&host, "#mx-reset-assumptions").await;
    assert_eq!(
        text(&host, "#lever-retirement-value"),
        "2.5\u{a0}% a year",
        "the assumption is back at its default"
    );
    assert!(!is_set(&host, "Retirement rate"));
    assert_eq!(
        text(&host, "#lever-transfer_cost-value"),
        "10.0\u{a0}%",
        "the scenario lever is kept"
    );
    assert!(is_set(&host, "Transfer cost"));
    assert_ne!(text(&host, "#lever-emig_rate_skilled-value"), skilled);
    assert_eq!(
        text(&host, "#mx-summary"),
        with_lever,
        "the same numbers as before the assumption moved"
    );
    assert_eq!(lever(&host, "Retirement rate").value(), "0.025");
    w.destroy();
}

#[wasm_bindgen_test]
async fn a_new_country_unsets_the_levers_keeps_the_assumptions_and_says_so() {
    let (host, mut w) = widget(&[("data-set", "transfer_cost=0.03,retirement=0.03")]).await;
    assert!(all(&host, ".mx-preset-note").is_empty());
    choose(&host, "#mx-preset", "mali-2022").await;
    let note = text(&host, ".mx-preset-note");
    assert!(note.contains("Now showing Mali"), "{note}");
    assert!(!note.contains('{'), "{note}");
    assert_eq!(text(&host, "#lever-transfer_cost-value"), "4.24\u{a0}%");
    assert!(!is_set(&host, "Transfer cost"));
    assert_eq!(text(&host, "#lever-retirement-value"), "3.0\u{a0}% a year");
    assert!(is_set(&host, "Retirement rate"));
    assert_eq!(
        find(&host, "#mx-host")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value(),
        "france"
    );
    // The next change takes the sentence away.
    slide(&lever(&host, "Transfer cost"), "0.05").await;
    assert!(all(&host, ".mx-preset-note").is_empty());
    w.destroy();
}

#[wasm_bindgen_test]
async fn every_view_fills_every_hole_of_its_sentences() {
    let (host, mut w) = widget(&[
        ("data-preset", "mali-2022"),
        ("data-set", "horizon_years=12.5,lesson=1,retirement=0.5"),
    ])
    .await;
    let notices = text(&host, ".mx-notices");
    assert!(notices.contains("12.5 is not a whole number"), "{notices}");
    assert!(notices.contains("There is no lesson \"1\""), "{notices}");
    assert!(notices.contains("outside its range"), "{notices}");
    for view in [
        "origin",
        "host",
        "optimum",
        "themes",
        "lessons",
        "assumptions",
    ] {
        click(&host, &format!("#tab-{view}")).await;
        let page = text(&host, ".mx");
        assert!(
            !page.contains('{') && !page.contains('}'),
            "{view}: {}",
            page.split('{').nth(1).unwrap_or_default()
        );
    }
    // The Assumptions view: κ_R and the history check, with their numbers.
    let kappa = text(&host, ".mx-kappa");
    assert!(kappa.contains("κ_R = "), "{kappa}");
    assert!(kappa.contains("Mali"), "{kappa}");
    let columns: Vec<String> = all(&host, ".mx-history th[scope=col]")
        .iter()
        .map(|c| c.text_content().unwrap())
        .collect();
    assert_eq!(
        columns,
        ["Country", "Quantity", "Year", "Model", "Observed"]
    );
    assert!(!all(&host, ".mx-history tbody tr").is_empty());
    // The host view names both growth rates.
    click(&host, "#tab-host").await;
    let baseline = text(&host, "#mx-host-baseline");
    for part in ["Mali", "France", "3.0\u{a0}% a year", "0.6\u{a0}% a year"] {
        assert!(baseline.contains(part), "{part} in {baseline}");
    }
    w.destroy();
}

#[wasm_bindgen_test]
async fn a_theme_leads_to_the_model_and_back() {
    let (host, mut w) = widget(&[]).await;
    click(&host, "#tab-themes").await;
    assert_eq!(all(&host, ".mx-theme").len(), 13);
    let paragraphs = text(&host, ".mx-theme-list");
    for p in 1..=11 {
        assert!(paragraphs.contains(&format!("¶{p}")), "¶{p} cited");
    }
    // "Skills and labour lost" points at the skilled emigration lever.
    click(&host, "#theme-2 button").await;
    let active = shadow(&host).active_element().expect("focus moved");
    assert_eq!(active.id(), "lever-emig_rate_skilled");
    // The optimum theme opens the optimum view; its chart links back.
    click(&host, "#tab-themes").await;
    click(&host, "#theme-7 button").await;
    assert_eq!(
        find(&host, "#tab-optimum")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    click(&host, "#chart-optimum figcaption button").await;
    assert_eq!(shadow(&host).active_element().unwrap().id(), "theme-7");
    w.destroy();
}

#[wasm_bindgen_test]
async fn the_optimum_view_says_where_the_current_rate_stands() {
    let (host, mut w) = widget(&[("data-view", "optimum")]).await;
    // Bangladesh 2022's 0.30 % a year lies in its near-optimum range, 0.25–0.80 %.
    let sentence = || text(&host, ".mx-optimum-sentence");
    assert!(
        sentence().contains("is within 10 % of the best"),
        "{}",
        sentence()
    );
    slide(&lever(&host, "Skilled emigration rate"), "0.001").await;
    assert!(sentence().contains("is below the range"), "{}", sentence());
    slide(&lever(&host, "Skilled emigration rate"), "0.03").await;
    assert!(sentence().contains("is above the range"), "{}", sentence());
    slide(
        &lever(&host, "Brain gain: study encouraged by migration prospects"),
        "0",
    )
    .await;
    assert!(text(&host, ".mx-optimum-sentence").contains("no interior migration optimum"));
    w.destroy();
}

#[wasm_bindgen_test]
async fn destroy_empties_the_element_and_it_can_be_mounted_again() {
    let (host, mut w) = widget(&[]).await;
    w.destroy();
    yew::scheduler::flush().await;
    assert_eq!(shadow(&host).child_element_count(), 0);
    let mut again = mount(host.clone(), "/".into(), String::new()).expect("mounts again");
    yew::scheduler::flush().await;
    assert_eq!(
        all(&host, "input[type=range]").len(),
        migration_model::PARAM_COUNT
    );
    assert!(
        mount(host.clone(), "/".into(), String::new()).is_err(),
        "twice on one element is refused"
    );
    again.destroy();
}

#[wasm_bindgen_test]
async fn several_widgets_are_independent() {
    let (a, mut wa) = widget(&[("data-preset", "mali-2022")]).await;
    let (b, mut wb) = widget(&[("data-preset", "bangladesh-2000")]).await;
    let b_before = text(&b, "#mx-summary");
    slide(&lever(&a, "Transfer cost"), "0.12").await;
    assert_eq!(text(&a, "#lever-transfer_cost-value"), "12.0\u{a0}%");
    // Bangladesh 2000's own transfer cost (2011, the series' first year).
    assert_eq!(text(&b, "#lever-transfer_cost-value"), "3.97\u{a0}%");
    assert_eq!(text(&b, "#mx-summary"), b_before);
    wa.destroy();
    wb.destroy();
}

#[wasm_bindgen_test]
fn the_svg_export_measures_its_text_on_a_canvas_not_in_the_page() {
    use migration_explorer::config::{resolve, RawSettings, SettingSource};
    use migration_explorer::state::State;
    use migration_explorer::web::canvas::Measured;
    use plotters::prelude::IntoDrawingArea;

    let catalogue = migration_model::Catalogue::embedded();
    let (raw, _) = RawSettings::from_url_part("#preset=mali-2022&host=france");
    let (settings, _) = resolve(catalogue, &[(SettingSource::Link, &raw)]);
    let state = State::new(catalogue, settings, Vec::new());
    let body = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap();
    // Every change to the page while the charts are drawn, read back in
    // one go (take_records) rather than after the test has moved on.
    let observer =
        web_sys::MutationObserver::new(&js_sys::Function::new_no_args("")).expect("an observer");
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_attributes(true);
    observer
        .observe_with_options(&body, &options)
        .expect("observes");
    // Text as plotters' SVG backend escapes it.
    let xml = |text: &str| text.replace('&', "&amp;").replace('\'', "&apos;");
    for chart in state.charts().iter() {
        let mut svg = String::new();
        {
            let root = Measured::svg(&mut svg, (480, 330))
                .expect("a canvas to measure on")
                .into_drawing_area();
            migration_explorer::charts::draw(&root, chart, 1.0).expect("draws");
            root.present().expect("presents");
        }
        assert!(svg.starts_with("<svg"), "{:?}", chart.id);
        assert!(
            svg.contains(&xml(&chart.title)),
            "{:?}: the title",
            chart.id
        );
        assert!(
            svg.contains(&xml(&chart.series[0].label)),
            "{:?}: legend",
            chart.id
        );
    }
    // plotters' own measurement adds (and removes) a styled <span> per label.
    let changes = observer.take_records();
    observer.disconnect();
    assert_eq!(changes.length(), 0, "the page was not touched");
}

/// A panic replaces the widget with the error panel: its words, in the
/// widget's language, and a reload button that `embed.js` handles (the
/// end-to-end tests click one). The panic goes through `__panicForTests`, the
/// `test-hooks` feature's export, called from JavaScript as a page's script
/// would: the trap surfaces there as an exception, and this test goes on.
/// (The tests after it mount in the same instance, whose panic count stays
/// raised: `web::panic::install` allows for that under `test-hooks`.)
#[wasm_bindgen_test]
async fn a_panic_shows_the_error_panel_with_a_reload_button() {
    let (host, mut widget) = widget(&[("data-preset", "mali-2000")]).await;
    let panic = js_sys::Reflect::get(&wasm_bindgen::exports(), &"__panicForTests".into())
        .expect("exports")
        .dyn_into::<js_sys::Function>()
        .expect("the test-hooks feature exports __panicForTests");
    // Calls it with console.error recorded, and says whether it threw.
    let call = js_sys::Function::new_with_args(
        "f",
        "const logged = []; const error = console.error;
         console.error = (...args) => { logged.push(args.join(' ')); error.apply(console, args); };
         try { f(); return [false, logged]; } catch (e) { return [true, logged]; }
         finally { console.error = error; }",
    );
    let outcome: js_sys::Array = call
        .call1(&JsValue::NULL, &panic)
        .expect("the call returns")
        .unchecked_into();
    assert_eq!(
        outcome.get(0),
        JsValue::TRUE,
        "the panic surfaced as an exception"
    );
    let logged: Vec<String> = js_sys::Array::from(&outcome.get(1))
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert!(
        logged
            .iter()
            .any(|line| line.contains("Migration Explorer panicked")
                && line.contains("panic requested by a test")),
        "the panic is logged to the console: {logged:?}"
    );
    // The container holds the panel and nothing else.
    let container = find(&host, ".mx-host");
    assert_eq!(container.child_element_count(), 1);
    let panel = find(&host, ".mx-host > .mx-error");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(text(&host, ".mx-error h2"), "Migration Explorer stopped");
    assert_eq!(
        text(&host, ".mx-error p"),
        "An internal error stopped the widget. Reloading usually helps; the details are in the browser's console."
    );
    let reload = find(&host, ".mx-error button");
    assert_eq!(reload.text_content().as_deref(), Some("Reload"));
    assert_eq!(reload.get_attribute("type").as_deref(), Some("button"));
    assert!(
        reload.has_attribute("data-mx-reload"),
        "embed.js handles it"
    );
    assert!(reload.class_list().contains("mx-button"));
    widget.destroy();
    host.remove();
}

/// Renders of the lever panel and of the charts so far (the `test-hooks`
/// feature's counters; the release build has none).
fn renders() -> (u32, u32) {
    use migration_explorer::components::{chart, levers};
    use std::sync::atomic::Ordering::Relaxed;
    (levers::RENDERS.load(Relaxed), chart::RENDERS.load(Relaxed))
}

#[wasm_bindgen_test]
async fn the_lever_panel_and_the_charts_render_only_when_what_they_show_changes() {
    let (host, mut w) = widget(&[("data-set", "transfer_cost=lots")]).await;
    all_drawn(&host).await;
    let start = renders();
    press(&host, "Share / embed").await;
    assert!(shadow(&host).query_selector("#mx-share").unwrap().is_some());
    press(&host, "Close").await;
    assert!(shadow(&host).query_selector("#mx-share").unwrap().is_none());
    assert_eq!(renders(), start, "the share panel opened and closed");
    click(&host, ".mx-notice button").await;
    assert!(all(&host, ".mx-notice").is_empty(), "the notice is gone");
    assert_eq!(renders(), start, "a notice was dismissed");
    // A tab: the lever panel stays; the charts shown are another view's.
    click(&host, "#tab-host").await;
    assert_eq!(
        find(&host, "#tab-host")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(renders().0, start.0, "the view changed");
    // A focus request (arrow key on the tabs: focus, and the next view).
    let shown = renders();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowLeft");
    init.set_bubbles(true);
    let key = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    find(&host, "#tab-host").dispatch_event(&key).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        find(&host, "#tab-origin")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(renders().0, shown.0, "focus moved to a tab");
    let shown = renders();
    press(&host, "Share / embed").await;
    assert_eq!(renders(), shown, "the share panel opened over the charts");
    press(&host, "Close").await;
    // Moving a lever renders the panel (and the charts, whose lines moved).
    slide(&lever(&host, "Transfer cost"), "0.02").await;
    let moved = renders();
    assert!(moved.0 > shown.0, "a lever moved: {shown:?} → {moved:?}");
    assert!(moved.1 > shown.1, "a lever moved: {shown:?} → {moved:?}");
    w.destroy();
}

#[wasm_bindgen_test]
async fn teacher_notes_and_a_pin_leave_the_lever_panel_alone() {
    let (host, mut w) = widget(&[("data-lesson", "optimum"), ("data-step", "2")]).await;
    all_drawn(&host).await;
    let start = renders();
    click(&host, ".mx-teacher summary").await;
    assert!(find(&host, ".mx-teacher").has_attribute("open"));
    assert_eq!(renders(), start, "the teacher's notes opened");
    press(&host, "Pin scenario").await;
    assert!(shadow(&host).query_selector("#mx-unpin").unwrap().is_some());
    assert_eq!(
        renders().0,
        start.0,
        "a pin changes the charts, not the levers"
    );
    w.destroy();
}

#[wasm_bindgen_test]
async fn a_set_lever_is_described_as_set_to_a_screen_reader() {
    let (host, mut w) = widget(&[("data-set", "invested_share=0.25")]).await;
    let description = |label: &str| {
        lever(&host, label)
            .get_attribute("aria-describedby")
            .map(|ids| {
                ids.split(' ')
                    .map(|id| text(&host, &format!("#{id}")))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
    };
    assert_eq!(
        description("Share of remittances invested").as_deref(),
        Some("set")
    );
    assert_eq!(
        description("Transfer cost"),
        None,
        "not set: no description"
    );
    slide(&lever(&host, "Transfer cost"), "0.05").await;
    assert_eq!(description("Transfer cost").as_deref(), Some("set"));
    press(&host, "Reset to baseline").await;
    assert_eq!(description("Transfer cost"), None, "unset again");
    w.destroy();
}

#[wasm_bindgen_test]
async fn slider_values_are_plain_text_not_live_regions() {
    let (host, mut w) = widget(&[("data-preset", "mali-2022")]).await;
    // An <output> is a live region: a screen reader would announce every move
    // twice (the slider itself says its value).
    assert!(all(&host, "output").is_empty());
    assert!(all(&host, ".mx-lever [aria-live], .mx-lever [role=\"status\"]").is_empty());
    assert_eq!(text(&host, "#lever-transfer_cost-value"), "4.24\u{a0}%");
    w.destroy();
}

/// The browser's own digits for `value`: `Intl.NumberFormat` of `locale`
/// with exactly `decimals` decimals.
fn intl(locale: &str, value: f64, decimals: usize) -> String {
    let options = js_sys::Object::new();
    for key in ["minimumFractionDigits", "maximumFractionDigits"] {
        js_sys::Reflect::set(&options, &key.into(), &(decimals as u32).into()).unwrap();
    }
    let locales = js_sys::Array::of1(&locale.into());
    let format = js_sys::Intl::NumberFormat::new(&locales, &options).format();
    format
        .call1(&JsValue::NULL, &value.into())
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn our_digits_are_the_browser_s_for_english_and_french() {
    use migration_explorer::format::number_with;
    // A few hundred values: ties at every precision, a wide range of
    // magnitudes, and values whose binary form lies just under a tie (1.005).
    let mut values: Vec<f64> = (0..200).map(|k| f64::from(k) * 0.005).collect();
    let mut state: u64 = 2001;
    for _ in 0..200 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let unit = (state >> 11) as f64 / (1u64 << 53) as f64;
        values.push(10f64.powf(unit * 10.0 - 3.0));
    }
    values.extend([1.005, 2.675, 4.25, 9.995, 999.5, 1234567.891, 0.045, 21.5e9]);
    let mut compared = 0;
    for (locale, group, mark) in [("en", ',', '.'), ("fr", '\u{202f}', ',')] {
        for &value in &values {
            for decimals in 0..=3 {
                let ours = number_with(group, mark, value, decimals);
                assert_eq!(
                    ours,
                    intl(locale, value, decimals),
                    "{locale} {value} {decimals}"
                );
                // A negative value: the same digits after our minus sign (the
                // browser writes "-0.00" where we write "0.00").
                let negative = number_with(group, mark, -value, decimals);
                let expected = match ours.chars().any(|c| c.is_ascii_digit() && c != '0') {
                    true => format!("−{ours}"),
                    false => ours,
                };
                assert_eq!(negative, expected);
                compared += 2;
            }
        }
    }
    assert!(compared > 3000, "{compared}");
}

#[wasm_bindgen_test]
async fn the_numbers_are_built_when_opened_and_leave_the_lever_panel_alone() {
    let (host, mut w) = widget(&[("data-preset", "mali-2022")]).await;
    all_drawn(&host).await;
    assert!(
        all(&host, ".mx-numbers table").is_empty(),
        "no table while closed"
    );
    let start = renders();
    click(&host, "#chart-income .mx-numbers summary").await;
    let table = || all(&host, "#chart-income .mx-numbers tbody tr").len();
    assert!(
        until(30, || table() == 31).await,
        "2022 to 2052: {}",
        table()
    );
    assert_eq!(
        all(&host, ".mx-numbers table").len(),
        1,
        "only the one opened"
    );
    let (levers, charts) = renders();
    assert_eq!(levers, start.0, "the lever panel did not render");
    assert_eq!(
        charts,
        start.1 + 1,
        "the one chart did, its canvas as drawn"
    );
    click(&host, "#chart-income .mx-numbers summary").await;
    assert!(until(30, || table() == 0).await, "gone when closed");
    w.destroy();
}

include!("../number_texts.rs");

/// In the browser the widget reads numbers with JavaScript's `parseFloat`
/// (no Rust decimal reader in the download): the same `f64` as Rust's, bit
/// for bit, on the shared list of good and bad texts.
#[wasm_bindgen_test]
fn the_number_reader_reads_as_rust_does_in_the_browser() {
    for text in NUMBER_TEXTS {
        let ours = migration_explorer::format::parse_number(text);
        let rusts = text.parse::<f64>().ok();
        assert_eq!(
            ours.map(f64::to_bits),
            rusts.map(f64::to_bits),
            "{text:?}: {ours:?} against {rusts:?}"
        );
    }
}
