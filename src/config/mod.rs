//! Settings from outside the widget (the link's hash, the host element's
//! `data-*` attributes, messages from the host page), parsed once into typed
//! values. Two layers, as in ripgrep's low/high args: [`RawSettings`] holds the
//! strings as read; [`resolve()`] validates them into [`Settings`]. Problems are
//! data ([`Notice`]) shown to the person, never panics; a bad value falls back
//! to the next layer down, then to the preset's default.
//!
//! By job: `raw` reads text (links, attributes, messages), `resolve` turns
//! layers of it into [`Settings`], `link` writes settings back as a link.
//! This file holds the types they share.

mod link;
mod raw;
mod resolve;

pub use raw::{percent_encode, Message, RawSettings, MAX_SETTINGS_CHARS, MAX_VALUE_CHARS};
pub use resolve::{merge, page_lang, resolve, widget_settings};

use crate::content::{Mode, View};
use crate::i18n::Lang;
use crate::lessons::LessonKey;
use migration_model::{Choices, Host, ParamError, Preset};

/// The link format's version: the model's version (3). Links of versions 1
/// and 2 still open, with one notice that the model and data have changed.
pub const LINK_VERSION: &str = "3";

/// Link versions this version reads, oldest first.
const OLD_LINK_VERSIONS: [&str; 2] = ["1", "2"];

/// The uncertainty switch's key, in links, attributes and messages.
pub const UNCERTAINTY_KEY: &str = "uncertainty";

/// Prefix of a pinned scenario's parameters (`a.transfer_cost=…`).
pub const PINNED_PREFIX: &str = "a.";

/// The key that pins a scenario that sets nothing (`a=1`).
pub const PINNED_KEY: &str = "a";

/// Longest piece of bad input quoted back in a notice.
const QUOTE_CHARS: usize = 40;

/// Where a setting was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingSource {
    Attribute,
    Link,
    Message,
    /// The widget itself, after something the person did.
    Widget,
}

/// What was wrong with a piece of input. Quoted input is shortened and made
/// printable; it is only ever shown as text.
#[derive(Clone, Debug, PartialEq)]
pub enum SettingProblem {
    UnknownPreset {
        value: String,
    },
    UnknownHost {
        value: String,
    },
    UnknownParam {
        name: String,
    },
    /// The model's reason for refusing a value, the value as typed, and what
    /// is used instead: a value from a lower layer, or `None` for the default.
    BadValue {
        error: ParamError,
        value: String,
        fallback: Option<f64>,
    },
    /// The uncertainty switch's value is neither `on` nor `off`.
    BadUncertainty {
        value: String,
    },
    /// A link made with an older model: it opens, but its figures have changed.
    OldVersion {
        value: String,
    },
    UnknownView {
        value: String,
    },
    UnknownMode {
        value: String,
    },
    UnknownLesson {
        value: String,
    },
    /// `value` is not a step of the lesson, which has `steps`: step 1 is shown.
    BadStep {
        value: String,
        steps: usize,
    },
    /// `step=` without `lesson=`.
    StepWithoutLesson {
        value: String,
    },
    /// A problem with the pinned scenario A's settings.
    Pinned(Box<SettingProblem>),
    /// The preset or host changed: the pinned scenario was on the old ones.
    Unpinned,
    UnknownLang {
        value: String,
    },
    UnknownVersion {
        value: String,
    },
    BadOrigin {
        value: String,
    },
    Malformed {
        value: String,
    },
    TooLong {
        count: usize,
    },
    ValueTooLong {
        name: String,
        count: usize,
    },
    Repeated {
        name: String,
    },
}

/// A problem and where it was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub problem: SettingProblem,
    pub source: SettingSource,
}

/// A step of a lesson, counted from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonAt {
    pub lesson: LessonKey,
    pub step: usize,
}

/// Settings the widget can use as they are.
#[derive(Clone, Debug)]
pub struct Settings {
    pub preset: &'static Preset,
    pub host: &'static Host,
    /// The parameters set by a link, an attribute, a message or the person;
    /// the rest follow their defaults.
    pub choices: Choices,
    pub view: View,
    pub lang: Lang,
    pub allow_origins: Vec<String>,
    pub mode: Mode,
    pub lesson: Option<LessonAt>,
    /// The pinned scenario A, on the same preset and host: what it set.
    pub pinned: Option<Choices>,
    /// The uncertainty switch: the income and remittances charts show the
    /// effect with its band (docs/model.md §11).
    pub uncertainty: bool,
}

/// A scenario as it was set: preset, host and choices (not only the values:
/// an unset lever follows its default, which the assumptions move). What the
/// uncertainty bands, the sensitivity and a lesson step's "changed" are of.
#[derive(Clone, Copy, Debug)]
pub struct ScenarioKey {
    pub preset: &'static Preset,
    pub host: &'static Host,
    pub choices: Choices,
}

/// Presets and hosts are compared by identity: they all live in the embedded
/// catalogue, and comparing their texts on every render would be wasted work.
/// The fields are named without `..`, so that a field added later does not
/// compile until it is compared here.
impl PartialEq for ScenarioKey {
    fn eq(&self, other: &ScenarioKey) -> bool {
        let ScenarioKey {
            preset,
            host,
            choices,
        } = self;
        std::ptr::eq(*preset, other.preset)
            && std::ptr::eq(*host, other.host)
            && *choices == other.choices
    }
}

/// Every field, the scenario's as a [`ScenarioKey`]; named without `..`, as
/// there, so that a field added later is compared or does not compile.
impl PartialEq for Settings {
    fn eq(&self, other: &Settings) -> bool {
        let Settings {
            preset,
            host,
            choices,
            view,
            lang,
            allow_origins,
            mode,
            lesson,
            pinned,
            uncertainty,
        } = self;
        let scenario = ScenarioKey {
            preset,
            host,
            choices: *choices,
        };
        scenario == other.scenario_key()
            && *view == other.view
            && *lang == other.lang
            && *allow_origins == other.allow_origins
            && *mode == other.mode
            && *lesson == other.lesson
            && *pinned == other.pinned
            && *uncertainty == other.uncertainty
    }
}

/// Shortens and cleans input for quoting in a notice.
pub fn quote(text: &str) -> String {
    let clean = |c: char| if c.is_control() { '\u{FFFD}' } else { c };
    let mut out: String = text.chars().take(QUOTE_CHARS).map(clean).collect();
    if text.chars().count() > QUOTE_CHARS {
        out.push('…');
    }
    out
}

impl Settings {
    /// The scenario these settings show.
    pub fn scenario_key(&self) -> ScenarioKey {
        ScenarioKey {
            preset: self.preset,
            host: self.host,
            choices: self.choices,
        }
    }

    /// The same scenario: preset, host and what was set (not the view).
    pub fn same_scenario(&self, other: &Settings) -> bool {
        self.scenario_key() == other.scenario_key()
    }
}
