//! The history check (docs/model.md §5): each earlier preset, every parameter
//! at its default, read at the year of each of a later preset's observations
//! and compared with it. The model is a steady path, not a forecast: the table shows
//! how far the years between departed from one.

use crate::outputs::Outputs;
use crate::params::{Choices, ParamId};
use crate::preset::{Catalogue, Figure, Preset};
use crate::sim::Scenario;
use serde::Serialize;

crate::keyed! {
    /// What is compared, in the table's order; its key names it in the CSV.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Quantity {
        RemittancesToGdp => "remittances_to_gdp",
        SkilledShare => "skilled_share",
        DiasporaPeople => "diaspora_people",
    }
}

impl Quantity {
    /// The later preset's observed figure of this quantity, which carries its year.
    fn observed(self, later: &Preset) -> &Figure {
        let fig = &later.figures;
        match self {
            Quantity::RemittancesToGdp => &fig.rem_gdp0,
            Quantity::SkilledShare => &fig.h0,
            Quantity::DiasporaPeople => &fig.emigrant_stock,
        }
    }

    /// The model's value of this quantity in one year's outputs.
    fn model(self, out: &Outputs) -> f64 {
        match self {
            Quantity::RemittancesToGdp => out.remittances_to_gdp,
            Quantity::SkilledShare => out.skilled_share,
            Quantity::DiasporaPeople => out.diaspora_people,
        }
    }
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryRow<'a> {
    /// The earlier preset, whose run this is.
    pub preset: &'a Preset,
    /// The later preset, whose data it is compared with.
    pub observed_in: &'a Preset,
    pub quantity: Quantity,
    /// The year of the observation, at which the run is read.
    pub year: i32,
    pub model: f64,
    pub observed: f64,
}

impl Catalogue {
    /// Every row, presets in file order, quantities in [`Quantity::ALL`]'s,
    /// each read at its observation's year (§5).
    pub fn history(&self) -> Vec<HistoryRow<'_>> {
        let mut rows = Vec::new();
        for preset in &self.presets {
            let Some(later) = preset.observed_in.as_deref().and_then(|id| self.preset(id)) else {
                continue;
            };
            let last = Quantity::ALL
                .iter()
                .map(|q| q.observed(later).year)
                .max()
                .unwrap_or(preset.base_year);
            let (host, mut choices) = (&preset.hosts[0], Choices::new());
            let horizon = ParamId::HorizonYears;
            let t_max = (last - preset.base_year) as f64;
            if t_max > preset.defaults(host, &choices)[horizon]
                && choices.set(horizon, t_max).is_err()
            {
                continue;
            }
            let outputs = Scenario::new(preset, host, &choices).run().outputs();
            for quantity in Quantity::ALL {
                let observed = quantity.observed(later);
                let Some(out) = outputs.iter().find(|o| o.year == observed.year) else {
                    continue;
                };
                rows.push(HistoryRow {
                    preset,
                    observed_in: later,
                    quantity,
                    year: observed.year,
                    model: quantity.model(out),
                    observed: observed.value,
                });
            }
        }
        rows
    }

    /// The table as CSV: `preset,quantity,year,model,observed`.
    pub fn history_csv(&self) -> String {
        let mut out = String::from("preset,quantity,year,model,observed\n");
        for row in self.history() {
            out += &format!(
                "{},{},{},{},{}\n",
                row.preset.id,
                row.quantity.key(),
                row.year,
                row.model,
                row.observed
            );
        }
        out
    }
}
