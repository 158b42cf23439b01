//! Saving a chart: its formats and its file's name.

use crate::content::ChartId;

/// The formats a chart is saved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// Pixels at twice the chart's size on screen.
    Png,
    /// Vector, with its words as text.
    Svg,
}

impl Export {
    pub fn extension(self) -> &'static str {
        match self {
            Export::Png => "png",
            Export::Svg => "svg",
        }
    }
}

/// What a chart is saved as: the preset, host, chart and years it shows, e.g.
/// `migration-explorer_mali-2022_france_income_2022-2052.svg`. Characters
/// other than ASCII letters, digits and `-` become `-`, so that an id can
/// neither make a path nor hide the separators.
pub fn file_name(
    preset: &str,
    host: &str,
    chart: ChartId,
    (first, last): (i32, i32),
    format: Export,
) -> String {
    let clean = |id: &str| -> String {
        id.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect()
    };
    format!(
        "migration-explorer_{}_{}_{}_{first}-{last}.{}",
        clean(preset),
        clean(host),
        chart.key(),
        format.extension()
    )
}
