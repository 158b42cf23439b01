//! Guided lessons, as data: each lesson is tied to paragraphs of the document
//! and made of steps; a step is absolute (a preset, a host, a view and the
//! scenario levers it sets, everything else at the preset's defaults), so that
//! a link to step 3 reproduces step 3. Words live in the text catalog,
//! looked up by `LessonKey` and `StepKey`.

use crate::content::View;
use migration_model::ParamId::{self, *};

/// The lessons, in the order of the "Lessons" tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LessonKey {
    Optimum,
    HealthWorkers,
    Investment,
    CheaperTransfers,
    CoDevelopment,
    HostView,
    ThenAndNow,
}

/// One lesson: its paragraphs and its steps, in order.
#[derive(Debug)]
pub struct Lesson {
    pub paragraphs: &'static [u8],
    pub steps: &'static [StepKey],
}

/// Every step of every lesson, each named, so that its words are found by key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepKey {
    OptimumStart,
}

/// What a step shows: preset and host ids of `presets.json`, the view, and the
/// scenario levers it sets (the rest at their defaults).
#[derive(Debug)]
pub struct Step {
    pub preset: &'static str,
    pub host: &'static str,
    pub view: View,
    pub levers: &'static [(ParamId, f64)],
}

impl LessonKey {
    pub const ALL: [LessonKey; 7] = [
        LessonKey::Optimum,
        LessonKey::HealthWorkers,
        LessonKey::Investment,
        LessonKey::CheaperTransfers,
        LessonKey::CoDevelopment,
        LessonKey::HostView,
        LessonKey::ThenAndNow,
    ];

    /// The name used in links (`lesson=`) and attributes (`data-lesson`).
    pub fn key(self) -> &'static str {
        match self {
            LessonKey::Optimum => "optimum",
            LessonKey::HealthWorkers => "health-workers",
            LessonKey::Investment => "investment",
            LessonKey::CheaperTransfers => "cheaper-transfers",
            LessonKey::CoDevelopment => "co-development",
            LessonKey::HostView => "host-view",
            LessonKey::ThenAndNow => "then-and-now",
        }
    }

    pub fn from_key(key: &str) -> Option<LessonKey> {
        LessonKey::ALL.into_iter().find(|l| l.key() == key)
    }

    pub fn lesson(self) -> &'static Lesson {
        match self {
            _ => &Lesson {
                paragraphs: &[7],
                steps: &[StepKey::OptimumStart],
            },
        }
    }
}

impl StepKey {
    pub fn step(self) -> &'static Step {
        match self {
            StepKey::OptimumStart => &Step {
                preset: "mali-2022",
                host: "france",
                view: View::Optimum,
                levers: &[(EmigRateSkilled, 0.01)],
            },
        }
    }
}
