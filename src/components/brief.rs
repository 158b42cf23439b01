//! The printable pages of `brief.html`: the scenario's brief (`Mode::Brief`)
//! and a lesson's worksheet (`Mode::Worksheet`). An embedded widget cannot
//! print alone (`window.print()` prints the host page), so "Print brief" opens
//! `brief.html#<the scenario's link>`, which builds the page, charts included,
//! then prints itself once its style sheet is in.

use super::{assumptions::sources_section, notices::Notices, paragraphs};
use crate::charts::{self, LineChart};
use crate::config::{self, LessonAt, SettingSource};
use crate::content::{Mode, View};
use crate::i18n::{fill, Lang, Texts};
use crate::lesson_words;
use crate::results::Results;
use crate::share;
use crate::state::{Action, State};
use crate::summary;
use crate::web::canvas::Measured;
use crate::web::dom;
use migration_model::{Kind, ParamId, Scenario, MODEL_VERSION};
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// A chart's drawing size, in SVG units, and the scale of its text and lines:
/// printed three to a row (6 cm wide), its 12-unit labels are about 6 pt.
/// The native tests lay every chart out at this size (tests/native/charts.rs).
pub const CHART_SIZE: (u32, u32) = (340, 300);
pub const CHART_SCALE: f64 = 1.0;

#[derive(Properties, PartialEq)]
pub struct BriefProps {
    pub state: State,
    /// For the notices' "Dismiss" (a value the link could not use is said).
    pub on_action: Callback<Action>,
    /// The folder of the widget, for the links printed on the page.
    pub base: AttrValue,
}

#[component]
pub fn Brief(props: &BriefProps) -> Html {
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((), move |_| print_when_rendered(root));
    }
    let state = &props.state;
    let texts = state.lang().texts();
    let body = match state.settings.mode {
        Mode::Worksheet => worksheet(state, &props.base, texts),
        _ => brief(state, &props.base, texts),
    };
    html! {
        <div class="mx mx-brief" lang={state.lang().tag()} ref={root}>
            <Notices notices={state.ui.notices.clone()} settings={state.settings.clone()} results={state.results().clone()} on_action={props.on_action.clone()} />
            { body }
            <p class="mx-brief-print">
                <button type="button" class="mx-button" onclick={|_: MouseEvent| print()}>{ texts.brief.print }</button>
            </p>
        </div>
    }
}

fn print() {
    if let Some(window) = dom::window() {
        let _ = window.print();
    }
}

/// Marks the page `data-ready` and prints, once the page is rendered: its
/// style sheet was adopted before the widget mounted (embed.js), and its
/// charts are inline SVG. Under automation (`navigator.webdriver`: tests, a
/// server that makes PDFs with `page.pdf()`) a print dialog would block the
/// page: it is only marked.
fn print_when_rendered(root: NodeRef) {
    let Some(element) = root.cast::<web_sys::Element>() else {
        return;
    };
    let _ = element.set_attribute("data-ready", "");
    let automated = dom::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"webdriver".into()).ok())
        .is_some_and(|v| v.is_truthy());
    if !automated {
        print();
    }
}

/// Today, in the page's language: "30 November 2026".
fn today(lang: &str) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(js_sys::Date::new_0().to_locale_date_string(lang, &JsValue::from(options)))
}

/// A chart as SVG text, drawn by the same `charts::draw` as the canvas;
/// plotters escapes its text and writes no `style` attribute.
fn svg_of(chart: &LineChart) -> Option<String> {
    let mut svg = String::new();
    {
        let backend = Measured::svg(&mut svg, CHART_SIZE)?;
        let root = backend.into_drawing_area();
        charts::draw(&root, chart, CHART_SCALE).ok()?;
        root.present().ok()?;
    }
    Some(svg)
}

/// Rows per table; more go into two tables side by side, so that many moved
/// levers still leave page 1 to its summary.
const ROWS: usize = 6;
/// Moved levers and assumptions beyond which page 1 is set in smaller type.
const DENSE: usize = 14;
/// Rows of moved parameters on page 1 at most (v3's summary is longer: who
/// gains): every lever, then assumptions.
const MAX_ROWS: usize = 15;

/// A titled part of the page (one function: each `html!` element costs code).
fn block(class: &'static str, heading: &str, body: Html) -> Html {
    html! { <section class={class}><h2>{ heading }</h2>{ body }</section> }
}

fn para(text: &str) -> Html {
    html! { <p>{ text }</p> }
}

fn lever_table(
    texts: &Texts,
    lang: Lang,
    heading: &str,
    columns: &[&str; 3],
    rows: &[(ParamId, f64, f64)],
    more: Option<String>,
) -> Html {
    let value = |id: ParamId, v: f64| crate::format::lever_value(lang, id.spec(), v);
    let (class, half) = if rows.len() > ROWS {
        ("mx-brief-tables mx-brief-split", rows.len().div_ceil(2))
    } else {
        ("mx-brief-tables", ROWS)
    };
    let tables = rows.chunks(half).map(|part| {
        html! {
            <table class="mx-table">
                <thead><tr>{ for columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                <tbody>
                    { for part.iter().map(|&(id, v, other)| html! {
                        <tr><th scope="row">{ texts.param(id).label }</th><td>{ value(id, v) }</td><td>{ value(id, other) }</td></tr>
                    }) }
                </tbody>
            </table>
        }
    });
    let body =
        html! { <><div class={class}>{ for tables }</div>{ for more.as_deref().map(para) }</> };
    block("mx-brief-block", heading, body)
}

fn brief(state: &State, base: &str, texts: &Texts) -> Html {
    let (words, lang) = (&texts.brief, state.lang());
    let (preset, host) = (state.preset(), state.host());
    let run = &state.results().run;
    let years = [run.first(), run.last()].map(|o| o.map_or(0, |o| o.year).to_string());
    let catalogue = state.catalogue.0;
    let moved = summary::moved_levers(&state.results().scenario, preset, host);
    let (levers, assumptions): (Vec<_>, Vec<_>) = moved
        .into_iter()
        .partition(|(id, ..)| id.kind() == Kind::Scenario);
    let verdict = summary::optimum_sentence(state.results(), texts);
    let link = share::snippets(&state.settings, base, "").link;
    let cited: Vec<&str> = preset
        .figures
        .all()
        .chain(host.figures.all())
        .map(|(_, f)| f.source.as_str())
        .collect();
    let charts: Vec<_> = state
        .charts()
        .iter()
        .filter(|c| matches!(c.id.view(), View::Origin | View::Host))
        .collect();
    let figures = charts.iter().filter_map(|chart| {
        let svg = svg_of(chart)?;
        Some(html! {
            <figure class="mx-brief-chart" data-chart={chart.id.key()}>
                { Html::from_html_unchecked(svg.into()) }
            </figure>
        })
    });
    // Each chart's caveat, under them all: the charts keep one size.
    let notes = charts.iter().filter(|c| !c.note.is_empty()).map(|c| {
        html! { <p><strong>{ format!("{}: ", c.title) }</strong>{ &c.note }</p> }
    });
    // Many moved levers: page 1 in smaller type, and at most MAX_ROWS rows (every
    // lever, then assumptions), so that it stays one page; the link has the rest.
    let dense = levers.len() + assumptions.len() > DENSE;
    let shown = assumptions.len().min(MAX_ROWS.saturating_sub(levers.len()));
    let more = (shown < assumptions.len()).then(|| {
        let n = (assumptions.len() - shown).to_string();
        fill(words.more_assumptions, &[("n", &n)])
    });
    let setting = [
        ("preset", lang.pick(&preset.name).as_str()),
        ("host", &lang.pick(&host.country).name),
        ("first", &years[0]),
        ("last", &years[1]),
    ];
    let dated = [
        ("date", today(lang.tag())),
        ("version", env!("CARGO_PKG_VERSION").to_string()),
        ("model", MODEL_VERSION.to_string()),
        ("data", catalogue.data_version.clone()),
    ];
    let dated: Vec<(&str, &str)> = dated.iter().map(|(k, v)| (*k, v.as_str())).collect();
    html! {
        <div class={if dense { "mx-brief-page mx-brief-dense" } else { "mx-brief-page" }}>
            <header class="mx-brief-head">
                <h1>{ format!("{}: {}", texts.title, words.heading) }</h1>
                <p class="mx-brief-setting">{ fill(words.setting, &setting) }</p>
                { para(&fill(words.dated, &dated)) }
            </header>
            if levers.is_empty() {
                { block("mx-brief-block", words.levers_heading, para(words.no_levers)) }
            } else {
                { lever_table(texts, lang, words.levers_heading, &words.lever_columns, &levers, None) }
            }
            if !assumptions.is_empty() {
                { lever_table(texts, lang, words.assumptions_heading, &words.assumption_columns, &assumptions[..shown], more) }
            }
            { block("mx-brief-block mx-brief-summary", texts.summary.heading,
                state.summary().iter().filter(|s| **s != verdict).map(|s| para(s)).collect()) }
            { block("mx-brief-block mx-brief-verdict", words.verdict, para(&verdict)) }
            <p class="mx-brief-block mx-brief-link">
                { words.link }<br />
                <a href={link.clone()}>{ link }</a>
            </p>
            { sources_section(lang, catalogue, &|key| cited.contains(&key), "h2") }
            { block("mx-brief-charts", words.charts_heading, html! {
                <>
                    <div class="mx-brief-grid">{ for figures }</div>
                    <div class="mx-brief-notes">{ for notes }</div>
                </>
            }) }
        </div>
    }
}

/// Every step's words, filled from the step's own run, as the lesson bar shows them.
fn step_words(at: LessonAt, state: &State, texts: &Texts) -> lesson_words::StepWords {
    let catalogue = state.catalogue.0;
    let settings = config::resolve(catalogue, &[(SettingSource::Link, &at.raw())]).0;
    let scenario = Scenario::new(settings.preset, settings.host, &settings.choices);
    let results = Results::compute(scenario, Some(state.results()));
    lesson_words::step_words(at, &results, catalogue, texts)
}

fn worksheet(state: &State, base: &str, texts: &Texts) -> Html {
    let words = &texts.lessons;
    let Some(at) = state.settings.lesson else {
        return html! {
            <>
                <h1>{ format!("{}: {}", texts.title, texts.brief.worksheet) }</h1>
                <p role="alert">{ texts.brief.no_lesson }</p>
                <p><a href={if share::is_single_file(base) { String::new() } else { format!("{base}index.html") }}>{ texts.brief.back }</a></p>
            </>
        };
    };
    let lesson = at.lesson;
    let steps = lesson.lesson().steps.len();
    html! {
        <section class="mx-worksheet">
            <h1>{ texts.lesson(lesson).title }</h1>
            <p class="mx-brief-setting">
                { format!("{}: {} ({})", texts.title, texts.brief.worksheet, paragraphs(lesson.lesson().paragraphs)) }
            </p>
            if !texts.lesson(lesson).summary.is_empty() { <p>{ texts.lesson(lesson).summary }</p> }
            <p class="mx-name-line">{ words.name_line }</p>
            <ol class="mx-worksheet-steps">
                { for (0..steps).map(|n| {
                    let step = step_words(LessonAt { lesson, step: n }, state, texts);
                    html! {
                        <li>
                            <h2>{ format!("{}. {}", n + 1, step.title) }</h2>
                            <p class="mx-step-question">{ step.question }</p>
                            <p class="mx-answer">{ words.answer }</p>
                        </li>
                    }
                }) }
            </ol>
            <p class="mx-brief-link">{ format!("{}: {}#lesson={}", texts.brief.back, share::explorer(base), lesson.key()) }</p>
        </section>
    }
}
