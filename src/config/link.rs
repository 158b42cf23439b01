//! Writing settings as links: the page's hash, the scenario's share link
//! and a lesson's worksheet.

use super::{percent_encode, Settings, LINK_VERSION, PINNED_KEY, PINNED_PREFIX, UNCERTAINTY_KEY};
use crate::content::Mode;

impl Settings {
    /// Every set parameter as `name=value`, in table order; values in shortest
    /// round-trip form, so that reading them back gives the exact numbers.
    pub fn set_pairs(&self) -> impl Iterator<Item = String> + '_ {
        self.choices
            .iter()
            .map(|(id, v)| format!("{}={v}", id.name()))
    }

    /// The scenario as a link hash, without `#`: the preset, host and view,
    /// every parameter that is set (in shortest round-trip form, so the link
    /// reproduces the scenario exactly even after defaults move), the
    /// language, always (whoever opens it may read another by default), and
    /// the lesson's step and the presentation when there are, and
    /// `uncertainty=on` while the switch is on.
    pub fn scenario_hash(&self) -> String {
        let mut parts = vec![
            format!("v={LINK_VERSION}"),
            format!("preset={}", percent_encode(&self.preset.id)),
            format!("host={}", percent_encode(&self.host.id)),
        ];
        parts.extend(self.set_pairs());
        if let Some(pinned) = &self.pinned {
            if pinned.iter().next().is_none() {
                parts.push(format!("{PINNED_KEY}=1"));
            }
            parts.extend(
                pinned
                    .iter()
                    .map(|(id, v)| format!("{PINNED_PREFIX}{}={v}", id.name())),
            );
        }
        parts.push(format!("view={}", self.view.key()));
        if self.uncertainty {
            parts.push(format!("{UNCERTAINTY_KEY}=on"));
        }
        parts.push(format!("lang={}", self.lang.tag()));
        if let Some(at) = self.lesson {
            parts.push(format!("lesson={}&step={}", at.lesson.key(), at.step + 1));
        }
        // The brief and the worksheet are pages of their own, not a link's.
        if self.mode == Mode::Present {
            parts.push(format!("mode={}", self.mode.key()));
        }
        crate::format::joined(&parts, "&")
    }

    /// The worksheet of the current lesson, for `brief.html`; empty outside a lesson.
    pub fn worksheet_hash(&self) -> String {
        match self.lesson {
            Some(at) => format!(
                "lesson={}&mode={}&lang={}",
                at.lesson.key(),
                Mode::Worksheet.key(),
                self.lang.tag()
            ),
            None => String::new(),
        }
    }

    /// The page's own hash: the scenario, and the origins allowed to send
    /// messages, which this page's embedder set and a rewrite must keep.
    pub fn to_hash(&self) -> String {
        let mut hash = self.scenario_hash();
        if !self.allow_origins.is_empty() {
            let list: Vec<String> = self
                .allow_origins
                .iter()
                .map(|o| percent_encode(o))
                .collect();
            hash.push_str(&format!(
                "&allow-origin={}",
                crate::format::joined(&list, ",")
            ));
        }
        hash
    }
}
