//! What the "Share / embed" panel offers: a link that reproduces the current
//! scenario, and the two ways to put it in another page, ready to paste; and
//! the addresses of the widget's pages.
//!
//! `base`, as `mount` was given it, says where the pages are: on a site, the
//! folder that holds `index.html` and `brief.html` (it ends in `/`); in the
//! single file (`scripts/package`), which is every page, the address the site
//! is published at (its `index.html`), or nothing.

use crate::config::Settings;

/// Whether the widget is the single file, which has no folder (see above).
pub fn is_single_file(base: &str) -> bool {
    !base.ends_with('/')
}

/// The explorer's address as shared or printed: `index.html` in the folder,
/// or the single file's public address (none: the link's `#…` alone), never
/// a `file://` address, which only this computer opens.
pub fn explorer(base: &str) -> String {
    if is_single_file(base) {
        base.to_string()
    } else {
        format!("{base}index.html")
    }
}

/// The printed pages' address: `brief.html` in the folder; in the single
/// file, the file itself (nothing), whose link's mode lays it out.
fn printed(base: &str) -> String {
    if is_single_file(base) {
        String::new()
    } else {
        format!("{base}brief.html")
    }
}

/// "Print brief": `brief.html` with the scenario's link, or the single file
/// with the brief's mode in it.
pub fn brief_href(settings: &Settings, base: &str) -> String {
    let mode = if is_single_file(base) {
        "&mode=brief"
    } else {
        ""
    };
    format!("{}#{}{mode}", printed(base), settings.scenario_hash())
}

/// The current lesson's worksheet (its link names its mode).
pub fn worksheet_href(settings: &Settings, base: &str) -> String {
    format!("{}#{}", printed(base), settings.worksheet_hash())
}

/// The three texts of the panel.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippets {
    pub link: String,
    pub script: String,
    pub iframe: String,
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `base` says where the widget is (see above); `integrity` is embed.js's own
/// SHA-384 (`sha384-…`), or empty where the browser could not compute it.
/// The single file shows only the link: it has no `embed.js` to point to.
pub fn snippets(settings: &Settings, base: &str, integrity: &str) -> Snippets {
    let link = format!("{}#{}", explorer(base), settings.scenario_hash());
    let levers: Vec<String> = settings.set_pairs().collect();
    let mut element = format!(
        "<div data-migration-explorer data-preset=\"{}\" data-host=\"{}\" data-view=\"{}\" data-lang=\"{}\"",
        attr(&settings.preset.id),
        attr(&settings.host.id),
        settings.view.key(),
        settings.lang.tag()
    );
    if !levers.is_empty() {
        element.push_str(&format!(
            " data-set=\"{}\"",
            attr(&crate::format::joined(&levers, ","))
        ));
    }
    element.push_str("></div>");
    // Pinned: embed.js pins every file it loads, so the page pins the release.
    let pin = if integrity.is_empty() {
        String::new()
    } else {
        format!(
            " integrity=\"{}\" crossorigin=\"anonymous\"",
            attr(integrity)
        )
    };
    let script = format!(
        "{element}\n<script type=\"module\" src=\"{}\"{pin}></script>",
        attr(&format!("{base}embed.js"))
    );
    // allowfullscreen: the "Present" button may then fill the screen.
    let iframe = format!(
        "<iframe src=\"{}\" title=\"Migration Explorer\" width=\"100%\" height=\"1400\" loading=\"lazy\" allowfullscreen></iframe>",
        attr(&link)
    );
    Snippets {
        link,
        script,
        iframe,
    }
}
