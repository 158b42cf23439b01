//! One chart on a canvas: sized to its container (a tornado's height to its
//! bars), sharp at any device pixel ratio, redrawn only when its chart state
//! or its size changes; and its two exports, PNG and SVG, drawn apart so that
//! the canvas on screen stays as is.

use super::{act, paragraphs};
use crate::charts::{self, tornado::Tornado, AnyChart, Export, LineChart};
use crate::content::{themes_showing, Target};
use crate::i18n::fill;
use crate::results::Shared;
use crate::state::Action;
use crate::web::canvas::{self, Canvas, Measured};
use crate::web::dom;
use plotters::prelude::IntoDrawingArea;
use web_sys::HtmlCanvasElement;
use yew::html::IntoPropValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub chart: AnyChart,
    pub on_action: Callback<Action>,
    /// What the exports' file names say: preset, host and years shown.
    pub preset: AttrValue,
    pub host: AttrValue,
    pub years: (i32, i32),
    /// The chart the lesson step is about: first on a narrow screen.
    #[prop_or_default]
    pub lead: bool,
}

/// How often a chart rendered, for the component test that checks charts do
/// not render on changes they do not show; absent from the release build.
#[cfg(feature = "test-hooks")]
pub static RENDERS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

impl IntoPropValue<AnyChart> for Shared<LineChart> {
    fn into_prop_value(self) -> AnyChart {
        AnyChart::Line(self)
    }
}

impl IntoPropValue<AnyChart> for Shared<Tornado> {
    fn into_prop_value(self) -> AnyChart {
        AnyChart::Tornado(self)
    }
}

/// CSS size of the canvas, in CSS pixels.
type Size = (u32, u32);

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    #[cfg(feature = "test-hooks")]
    RENDERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let canvas = use_node_ref();
    let size = use_state_eq(|| (0u32, 0u32));
    let draws = use_mut_ref(|| 0u32);
    let numbers_open = use_state_eq(|| false);

    // Follow the canvas's CSS box; the drawing below reacts to its size.
    {
        let canvas = canvas.clone();
        let size = size.setter();
        use_effect_with((), move |_| {
            let watch = canvas.cast::<web_sys::Element>().and_then(|element| {
                // The content box (no border): the canvas's drawing area.
                dom::ResizeWatch::new(&element, move |target| {
                    size.set((
                        target.client_width().max(0) as u32,
                        target.client_height().max(0) as u32,
                    ));
                })
            });
            move || drop(watch)
        });
    }
    {
        let canvas = canvas.clone();
        use_effect_with((props.chart.clone(), *size), move |(chart, size)| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                if paint(&canvas, chart, *size) {
                    *draws.borrow_mut() += 1;
                    // Lets tests and budgets see that this chart was redrawn.
                    let _ = canvas.set_attribute("data-drawn", &draws.borrow().to_string());
                }
            }
        });
    }

    let chart = &props.chart;
    let (id, texts) = (chart.id(), chart.lang().texts());
    let [title, description, note] = chart.words();
    let back = themes_showing(Target::Chart(id)).map(|key| {
        let go = act(&props.on_action, Action::Focus(Target::Theme(key)));
        html! {
            <button type="button" class="mx-link-button" onclick={go}>
                { format!("{}: {} ({})", texts.back_to_theme, texts.theme(key).title, paragraphs(key.theme().paragraphs)) }
            </button>
        }
    });
    let export = |format: Export| {
        let (canvas, chart) = (canvas.clone(), chart.clone());
        let name = charts::file_name(&props.preset, &props.host, id, props.years, format);
        Callback::from(move |_: MouseEvent| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                // The CSS size now: the drawing's on screen.
                let size = (
                    canvas.client_width().max(0) as u32,
                    canvas.client_height().max(0) as u32,
                );
                save(&chart, size, format, &name);
            }
        })
    };
    let title = [("title", title)];
    html! {
        <figure class={if props.lead { "mx-chart mx-lead" } else { "mx-chart" }} id={format!("chart-{}", id.key())} tabindex="-1">
            <canvas ref={canvas.clone()} role="img" aria-label={description.to_string()} data-chart={id.key()}></canvas>
            <div class="mx-chart-export">
                <button type="button" class="mx-export-button" aria-label={fill(texts.download_png, &title)} onclick={export(Export::Png)}>{ "PNG" }</button>
                <button type="button" class="mx-export-button" aria-label={fill(texts.download_svg, &title)} onclick={export(Export::Svg)}>{ "SVG" }</button>
            </div>
            <figcaption>
                if !note.is_empty() { <span class="mx-chart-note">{ note }</span> }
                { for back }
            </figcaption>
            { numbers(chart, &numbers_open) }
        </figure>
    }
}

/// "Show the numbers": the chart's data as a table, built only while open
/// (opening it renders this chart, whose canvas stays as drawn).
fn numbers(chart: &AnyChart, open: &UseStateHandle<bool>) -> Html {
    let on_toggle = {
        let open = open.setter();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::Element>()
                    .has_attribute("open"),
            )
        })
    };
    let texts = chart.lang().texts();
    let table = open.then(|| {
        let table = chart.table();
        let caption = fill(texts.access.numbers_of, &[("title", chart.words()[0])]);
        let id = format!("numbers-{}", chart.id().key());
        // A wide table scrolls in its own region, which the keyboard reaches.
        html! {
            <div class="mx-table-wrap" role="region" tabindex="0" aria-labelledby={id.clone()}>
                <table class="mx-table">
                    <caption {id}>{ caption }</caption>
                    <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                    <tbody>
                        { for table.rows.iter().map(|row| html! {
                            <tr>
                                { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                    html! { <th scope="row">{ cell }</th> }
                                } else {
                                    html! { <td>{ cell }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    });
    html! {
        <details class="mx-numbers" ontoggle={on_toggle}>
            <summary>{ texts.access.show_numbers }</summary>
            // One node, empty or not: `for` would splice it in, and Yew's diff
            // from the end would then replace the summary, dropping its focus.
            { table.unwrap_or_default() }
        </details>
    }
}

/// Draws at device resolution; false if the canvas has no size yet, or if
/// it takes another height first (a tornado's, set through CSSOM: its
/// resize then draws it).
fn paint(canvas: &HtmlCanvasElement, chart: &AnyChart, (width, height): Size) -> bool {
    if width == 0 || height == 0 {
        return false;
    }
    let ratio = dom::pixel_ratio();
    canvas.set_width((f64::from(width) * ratio).round() as u32);
    canvas.set_height((f64::from(height) * ratio).round() as u32);
    let Some(backend) = Canvas::new(canvas) else {
        return false;
    };
    let root = backend.into_drawing_area();
    let drawn = chart.height(&root, ratio).and_then(|needed| {
        let css = needed.map(|h| (f64::from(h) / ratio).ceil() as u32);
        match css {
            Some(css) if dom::set_height(canvas, css) => Ok(false),
            _ => chart.draw(&root, ratio).map(|()| true),
        }
    });
    drawn.unwrap_or_else(|e| {
        dom::error(&format!(
            "Migration Explorer: chart {} not drawn: {e}",
            chart.id().key()
        ));
        false
    })
}

/// Saves `chart` as a file: PNG at twice `size` (CSS pixels), on a detached
/// canvas; SVG at `size`. Both are drawn by the same `charts::draw` as the
/// canvas on screen, which they leave alone.
fn save(chart: &AnyChart, (width, height): Size, format: Export, name: &str) {
    if width == 0 || height == 0 {
        return;
    }
    let drawn = match format {
        Export::Png => {
            const RATIO: u32 = 2;
            let Some(image) = canvas::detached(width * RATIO, height * RATIO) else {
                return;
            };
            let Some(backend) = Canvas::new(&image) else {
                return;
            };
            let root = backend.into_drawing_area();
            let drawn = chart
                .draw(&root, f64::from(RATIO))
                .and_then(|()| root.present())
                .map_err(|e| e.to_string());
            if drawn.is_ok() {
                dom::download_png(name, &image);
            }
            drawn
        }
        Export::Svg => {
            let mut svg = String::new();
            let drawn = match Measured::svg(&mut svg, (width, height)) {
                Some(backend) => {
                    let root = backend.into_drawing_area();
                    chart
                        .draw(&root, 1.0)
                        .and_then(|()| root.present())
                        .map_err(|e| e.to_string())
                }
                None => Err("no canvas to measure text".to_string()),
            };
            // The backend is dropped: `svg` holds the whole document.
            if drawn.is_ok() {
                dom::download(name, "image/svg+xml", &svg);
            }
            drawn
        }
    };
    if let Err(e) = drawn {
        dom::error(&format!(
            "Migration Explorer: chart {} not saved: {e}",
            chart.id().key()
        ));
    }
}
