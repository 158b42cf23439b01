//! "What drives this?" (docs/model.md §11): the scenario's sensitivity to its
//! assumptions, computed in parts, and what its view shows once it is done.
//!
//! The sensitivity costs about 40 optima, too much for one task of the main
//! thread. It is split into [`Slice`]s, the scenario first and then one
//! assumption each, which an effect computes one per slice
//! (`components::hooks::use_drivers`), only while the view is open. Each part
//! comes back to the reducer with the generation that asked for it
//! ([`Job::take`]); a change of scenario starts a new generation
//! ([`Job::follow`]), so that a part of an older one is dropped.

use crate::charts::tornado::{self, Bar, Tornado};
use crate::config::ScenarioKey;
use crate::format;
use crate::i18n::{fill, Lang, Texts};
use crate::results::Shared;
use migration_model::{Effect, LeverEffect, ParamId, Sensitivity, Swing};

/// A slice of the work, with what it needs: computed outside the reducer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slice {
    pub generation: u32,
    input: ScenarioKey,
    /// `None`: the scenario as set and the levers (one optimum, a few runs);
    /// else one assumption at both ends (two optima, four runs), with the
    /// scenario's own effect.
    swing: Option<(ParamId, Effect)>,
}

/// One slice's result.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Central(Effect, Vec<LeverEffect>),
    Swing(Swing),
}

impl Slice {
    pub fn run(&self) -> Part {
        let ScenarioKey {
            preset,
            host,
            choices,
        } = &self.input;
        match self.swing {
            None => Part::Central(
                Sensitivity::central(preset, host, choices),
                Sensitivity::levers(preset, host, choices),
            ),
            Some((id, central)) => Part::Swing(Swing::of(preset, host, choices, &central, id)),
        }
    }
}

/// The sensitivity of the current scenario, as far as it is computed, and
/// the last one finished.
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    pub generation: u32,
    input: ScenarioKey,
    central: Option<(Effect, Vec<LeverEffect>)>,
    swings: Vec<Swing>,
    /// The last sensitivity finished and its view: this input's once
    /// [`Job::done`], else an older one's, shown while this one computes.
    pub finished: Option<Shared<Finished>>,
}

impl Job {
    pub fn new(input: ScenarioKey) -> Job {
        Job {
            generation: 0,
            input,
            central: None,
            swings: Vec::new(),
            finished: None,
        }
    }

    /// The job for `input`, in `lang`: this one while the scenario stays (in
    /// another language, its finished view in that one); else a new
    /// generation, done at once if `input` is the one last finished.
    pub fn follow(job: &Shared<Job>, input: ScenarioKey, lang: Lang) -> Shared<Job> {
        let finished = job.finished.as_ref().map(|f| Finished::in_lang(f, lang));
        if job.input == input && finished == job.finished {
            return job.clone();
        }
        let mut next = if job.input == input {
            (**job).clone()
        } else {
            Job {
                generation: job.generation.wrapping_add(1),
                ..Job::new(input)
            }
        };
        next.finished = finished;
        Shared::new(next)
    }

    /// Whether the finished sensitivity is this scenario's.
    pub fn done(&self) -> bool {
        self.finished
            .as_ref()
            .is_some_and(|f| f.input == self.input)
    }

    /// Parts computed, of how many.
    pub fn progress(&self) -> (usize, usize) {
        let n = usize::from(self.central.is_some()) + self.swings.len();
        (n, 1 + Sensitivity::varied().count())
    }

    /// The next slice's work, if any.
    pub fn next(&self) -> Option<Slice> {
        if self.done() {
            return None;
        }
        let swing = match &self.central {
            None => None,
            Some((central, _)) => Some((Sensitivity::varied().nth(self.swings.len())?, *central)),
        };
        Some(Slice {
            generation: self.generation,
            input: self.input,
            swing,
        })
    }

    /// This job with `part` of `generation` added, finished with the last
    /// one; `None` for a part of another generation or one not asked for.
    pub fn take(&self, generation: u32, part: Part, lang: Lang) -> Option<Job> {
        let asked = self.next().filter(|s| s.generation == generation)?;
        let mut next = self.clone();
        match (part, asked.swing) {
            (Part::Central(effect, levers), None) => next.central = Some((effect, levers)),
            (Part::Swing(swing), Some((id, _))) if swing.name == id => next.swings.push(swing),
            _ => return None,
        }
        if next.swings.len() == Sensitivity::varied().count() {
            let (central, levers) = next.central.take()?;
            let swings = std::mem::take(&mut next.swings);
            let sensitivity = Sensitivity::from_parts(central, swings, levers);
            next.finished = Some(Shared::new(Finished::new(
                next.input,
                sensitivity,
                lang.texts(),
            )));
        }
        Some(next)
    }
}

/// A finished sensitivity and what its view shows, in one language.
#[derive(Debug, PartialEq)]
pub struct Finished {
    input: ScenarioKey,
    pub sensitivity: Sensitivity,
    pub lang: Lang,
    pub income: Shared<Tornado>,
    pub optimum: Shared<Tornado>,
    /// The assumptions that move the income effect most, in a sentence;
    /// empty when nothing moves it (the scenario is its baseline).
    pub sentence: String,
    /// Each lever set, with the income effect without it, in a sentence.
    pub levers: Vec<String>,
}

impl Finished {
    pub fn new(input: ScenarioKey, sensitivity: Sensitivity, texts: &'static Texts) -> Finished {
        let [income, optimum] = tornado::build(&sensitivity, texts);
        let lang = texts.lang;
        let effect = |v: f64| format::signed_percent(lang, v, 2);
        let central = effect(sensitivity.central.income_effect);
        let sentence = top_sentence(&income, &central, texts);
        let defaults = input.preset.defaults(input.host, &input.choices);
        let levers = sensitivity
            .levers
            .iter()
            .map(|lever| {
                let spec = lever.name.spec();
                let value = input
                    .choices
                    .get(lever.name)
                    .unwrap_or(defaults[lever.name]);
                fill(
                    texts.drivers.lever,
                    &[
                        ("lever", texts.param(lever.name).label),
                        ("value", &format::lever_value(lang, spec, value)),
                        (
                            "default",
                            &format::lever_value(lang, spec, defaults[lever.name]),
                        ),
                        ("without", &effect(lever.income_effect_without)),
                        ("central", &central),
                    ],
                )
            })
            .collect();
        Finished {
            input,
            sensitivity,
            lang,
            income: Shared::new(income),
            optimum: Shared::new(optimum),
            sentence,
            levers,
        }
    }

    /// This one in `lang`: itself, or its words and charts anew.
    fn in_lang(finished: &Shared<Finished>, lang: Lang) -> Shared<Finished> {
        if finished.lang == lang {
            return finished.clone();
        }
        let sensitivity = finished.sensitivity.clone();
        Shared::new(Finished::new(finished.input, sensitivity, lang.texts()))
    }

    /// The CSV of both tornados, by the model's serializer.
    pub fn csv(&self) -> String {
        self.sensitivity.to_csv()
    }
}

/// The three assumptions (or fewer) that move the income effect most, from
/// the income tornado's bars (in %, largest swing first).
fn top_sentence(income: &Tornado, central: &str, texts: &Texts) -> String {
    let words = &texts.drivers;
    let top: Vec<&Bar> = income.bars.iter().take(3).collect();
    let Some(template) = top.len().checked_sub(1).map(|i| words.top[i]) else {
        return String::new();
    };
    let effect = |v: f64| format::signed_percent(texts.lang, v / 100.0, 2);
    let holes: Vec<(String, String)> = ["first", "second", "third"]
        .iter()
        .zip(&top)
        .flat_map(|(name, bar)| {
            [
                (
                    name.to_string(),
                    fill(words.quoted, &[("label", &bar.label)]),
                ),
                (format!("{name}_low"), effect(bar.at[0])),
                (format!("{name}_high"), effect(bar.at[1])),
            ]
        })
        .collect();
    let mut values: Vec<(&str, &str)> = vec![("central", central)];
    values.extend(holes.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    fill(template, &values)
}
