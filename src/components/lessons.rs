//! Lessons: the list under the "Lessons" tab, and the bar that leads a class
//! through the steps of the lesson in progress.

use super::{act, paragraphs, LangProps};
use crate::i18n::fill;
use crate::lessons::LessonKey;
use crate::results::Shared;
use crate::state::{Action, StepView};
use yew::prelude::*;

/// The lessons, as buttons named by their titles.
#[component]
pub fn LessonList(props: &LangProps) -> Html {
    let texts = props.lang.texts();
    html! {
        <section class="mx-lessons" aria-labelledby="mx-lessons-heading">
            <h3 id="mx-lessons-heading">{ texts.lessons.heading }</h3>
            <p>{ texts.lessons.intro }</p>
            <ul class="mx-lesson-list">
                { for LessonKey::ALL.into_iter().map(|key| {
                    let words = texts.lesson(key);
                    let open = act(&props.on_action, Action::OpenLesson(key));
                    html! {
                        <li class="mx-lesson-item">
                            <button type="button" class="mx-button" id={format!("lesson-{}", key.key())} onclick={open}>{ words.title }</button>
                            <span class="mx-paragraphs">{ format!(" ({})", paragraphs(key.lesson().paragraphs)) }</span>
                            <p>{ words.summary }</p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonBarProps {
    pub step: Shared<StepView>,
    /// The scenario differs from the step's settings.
    pub changed: bool,
    /// The worksheet's address (`brief.html#…`).
    pub worksheet: AttrValue,
    pub on_action: Callback<Action>,
}

/// The lesson in progress: where it is, what to notice, the question, the
/// teacher's notes, and the way back, on, or out.
#[component]
pub fn LessonBar(props: &LessonBarProps) -> Html {
    let view = &*props.step;
    let texts = view.lang.texts();
    let words = &texts.lessons;
    let (lesson, step) = (view.at.lesson, view.at.step);
    let count = lesson.lesson().steps.len();
    let go = |to: usize| act(&props.on_action, Action::GoToStep(to));
    html! {
        <section class="mx-lesson" id="mx-lesson" aria-labelledby="mx-lesson-heading">
            <h3 id="mx-lesson-heading" tabindex="-1">
                { texts.lesson(lesson).title }
                <span class="mx-paragraphs">{ format!(" ({})", paragraphs(lesson.lesson().paragraphs)) }</span>
            </h3>
            <p class="mx-step-of">{ fill(words.step_of, &[("n", &(step + 1).to_string()), ("m", &count.to_string())]) }</p>
            <h4 class="mx-step-title">{ &view.words.title }</h4>
            <p class="mx-step-notice">{ &view.words.notice }</p>
            <p class="mx-step-question"><strong>{ format!("{} ", words.question) }</strong>{ &view.words.question }</p>
            // Keyed by step: the notes close again on the next step, in front of the class.
            <details class="mx-teacher" key={format!("{}-{step}", lesson.key())}>
                <summary>{ words.for_teacher }</summary>
                <p>{ &view.words.teacher }</p>
            </details>
            if props.changed {
                <p class="mx-step-changed">
                    { format!("{} ", words.changed) }
                    <button type="button" class="mx-button" onclick={act(&props.on_action, Action::RestoreStep)}>{ words.restore }</button>
                </p>
            }
            <div class="mx-step-nav">
                <button type="button" class="mx-button" disabled={step == 0} onclick={go(step.saturating_sub(1))}>{ words.back }</button>
                <button type="button" class="mx-button" disabled={step + 1 >= count} onclick={go(step + 1)}>{ words.next }</button>
                <a class="mx-button" href={props.worksheet.clone()} target="_blank" rel="noopener">{ words.worksheet }</a>
                <button type="button" class="mx-button" onclick={act(&props.on_action, Action::LeaveLesson)}>{ words.leave }</button>
            </div>
        </section>
    }
}
