//! What the "Share / embed" panel offers: a link that reproduces the current
//! scenario, and the two ways to put it in another page, ready to paste.

use crate::config::Settings;

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

/// `base` is the URL of the folder that serves the widget (where `embed.js`
/// and `index.html` are); `integrity` is embed.js's own SHA-384 (`sha384-…`),
/// or empty where the browser could not compute it.
pub fn snippets(settings: &Settings, base: &str, integrity: &str) -> Snippets {
    let link = format!("{base}index.html#{}", settings.scenario_hash());
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
