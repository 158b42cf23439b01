//! English words of the lessons: the words around them, and each lesson's
//! and step's, looked up by key.

use super::*;

pub const LESSONS: LessonsTexts = LessonsTexts {
    heading: "Lessons",
    intro: "Guided scenarios for a class, each tied to paragraphs of the document. A lesson sets the levers step by step; move them as you like, and come back to the lesson's settings at any time.",
    step_of: "Step {n} of {m}",
    back: "Back",
    next: "Next",
    leave: "Leave lesson",
    changed: "Changed from the lesson's settings.",
    restore: "Restore the lesson's settings",
    question: "Question for the class",
    for_teacher: "For the teacher",
    worksheet: "Print worksheet",
    name_line: "Name:",
    answer: "Your answer:",
};

pub fn lesson(key: LessonKey) -> &'static LessonText {
    match key {
        _ => &LessonText {
            title: "The migration optimum",
            summary: "",
        },
    }
}

pub fn step(key: StepKey) -> &'static StepText {
    match key {
        StepKey::OptimumStart => &StepText {
            title: "",
            notice: "",
            question: "",
            teacher: "",
        },
    }
}
