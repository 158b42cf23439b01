//! The backends the charts draw on: plotters-canvas's for the page and
//! plotters' SVG for export, each wrapped by [`Measured`] to measure text on a
//! canvas. plotters measures text in the browser by appending a `<span>` with a
//! `style` attribute to the page's `<body>`: a strict CSP refuses it, the host
//! page's CSS distorts it, and it forces a page layout per label. Here a canvas
//! measures text (`measureText`) instead: the canvas drawn on, or a detached one
//! for SVG.

use plotters::backend::SVGBackend;
use plotters_backend::text_anchor::Pos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle, FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Line height of measured text, as a multiple of the font size.
const LINE_HEIGHT: f64 = 1.2;

/// plotters' SVG backend writes a font size of `size / 1.24`: its text is
/// handed over this much larger, so that an SVG export's words are the size
/// of the canvas's (12 px, not 9.7) and measure as drawn.
const SVG_FONT_SCALE: f64 = 1.24;

/// Any backend `B`, with text measured by a canvas's 2D context.
pub struct Measured<B> {
    inner: B,
    context: CanvasRenderingContext2d,
    /// What the inner backend's font sizes are multiplied by.
    font_scale: f64,
}

/// A text style drawn `.1` times larger.
struct Resized<'a, S>(&'a S, f64);

impl<S: BackendTextStyle> BackendTextStyle for Resized<'_, S> {
    type FontError = S::FontError;

    fn color(&self) -> BackendColor {
        self.0.color()
    }

    fn size(&self) -> f64 {
        self.0.size() * self.1
    }

    fn transform(&self) -> FontTransform {
        self.0.transform()
    }

    fn style(&self) -> FontStyle {
        self.0.style()
    }

    fn anchor(&self) -> Pos {
        self.0.anchor()
    }

    fn family(&self) -> FontFamily<'_> {
        self.0.family()
    }

    fn layout_box(
        &self,
        text: &str,
    ) -> std::result::Result<((i32, i32), (i32, i32)), S::FontError> {
        self.0.layout_box(text)
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> std::result::Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: F,
    ) -> std::result::Result<std::result::Result<(), E>, S::FontError> {
        self.0.draw(text, pos, draw)
    }
}

/// The chart canvas in the page.
pub type Canvas = Measured<Surface<'static>>;

fn context_of(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// A canvas that is not in the page (no style, no layout): for measuring
/// text and for drawing images to save.
pub fn detached(width: u32, height: u32) -> Option<HtmlCanvasElement> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    Some(canvas)
}

impl Measured<Surface<'static>> {
    /// Draws on `canvas`, measuring on it.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = context_of(canvas)?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(Measured {
            inner: Surface::Canvas(inner),
            context,
            font_scale: 1.0,
        })
    }
}

impl<'a> Measured<Surface<'a>> {
    /// Writes SVG of `size` into `out` (when the backend is dropped), measuring
    /// on a detached canvas.
    pub fn svg(out: &'a mut String, size: (u32, u32)) -> Option<Self> {
        let context = context_of(&detached(1, 1)?)?;
        Some(Measured {
            inner: Surface::Svg(SVGBackend::with_string(out, size)),
            context,
            font_scale: SVG_FONT_SCALE,
        })
    }
}

/// The page's canvas or an SVG document, as one type: `charts::draw` (and the
/// plotters code under it) is then compiled once for both, not once each
/// (about 8 KB gzip of WebAssembly).
pub enum Surface<'a> {
    Canvas(CanvasBackend),
    Svg(SVGBackend<'a>),
}

/// Either backend's error, as text.
#[derive(Debug)]
pub struct SurfaceError(String);

impl std::fmt::Display for SurfaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SurfaceError {}

fn surface_error<E: std::error::Error + Send + Sync>(
    e: DrawingErrorKind<E>,
) -> DrawingErrorKind<SurfaceError> {
    match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(SurfaceError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// The SVG backend's errors: its type is `std::io::Error`, but it writes
/// into a `String`, which cannot fail; saying so in a fixed sentence keeps
/// the I/O error's messages (1 KB) out of the download.
fn svg_error(e: DrawingErrorKind<std::io::Error>) -> DrawingErrorKind<SurfaceError> {
    match e {
        DrawingErrorKind::DrawingError(_) => {
            DrawingErrorKind::DrawingError(SurfaceError("could not write the SVG text".into()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// Calls the same method on either backend.
macro_rules! either {
    ($self:ident, $b:ident => $call:expr) => {
        match $self {
            Surface::Canvas($b) => $call.map_err(surface_error),
            Surface::Svg($b) => $call.map_err(svg_error),
        }
    };
}

impl DrawingBackend for Surface<'_> {
    type ErrorType = SurfaceError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Surface::Canvas(b) => b.get_size(),
            Surface::Svg(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Result<Self> {
        either!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Result<Self> {
        either!(self, b => b.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, colour: BackendColor) -> Result<Self> {
        either!(self, b => b.draw_pixel(point, colour))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<Self> {
        either!(self, b => b.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<Self> {
        either!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<Self> {
        either!(self, b => b.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<Self> {
        either!(self, b => b.draw_circle(centre, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<Self> {
        either!(self, b => b.fill_polygon(vert, style))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<Self> {
        either!(self, b => b.draw_text(text, style, pos))
    }
}

type Result<B> = std::result::Result<(), DrawingErrorKind<<B as DrawingBackend>::ErrorType>>;

impl<B: DrawingBackend> DrawingBackend for Measured<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<B> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<B> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, colour: BackendColor) -> Result<B> {
        self.inner.draw_pixel(point, colour)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<B> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<B> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<B> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<B> {
        self.inner.draw_circle(centre, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<B> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<B> {
        self.inner
            .draw_text(text, &Resized(style, self.font_scale), pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<B::ErrorType>> {
        let size = style.size();
        // The same font string plotters-canvas draws with.
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            size,
            style.family().as_str()
        ));
        let width = self
            .context
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or(0.0);
        let height = size * LINE_HEIGHT;
        // Rotated text (the y axis's title) swaps its extent.
        Ok(match style.transform() {
            plotters_backend::FontTransform::Rotate90
            | plotters_backend::FontTransform::Rotate270 => {
                (height.ceil() as u32, width.ceil() as u32)
            }
            _ => (width.ceil() as u32, height.ceil() as u32),
        })
    }
}
