//! The history check (docs/model.md §5): each earlier preset, every parameter
//! at its default, read in the year of a later preset and compared with that
//! preset's data. The model is a steady path, not a forecast: the table shows
//! how far the years between departed from one.

use crate::params::{Choices, ParamId};
use crate::preset::{Catalogue, Preset};
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
        /// GDP over the resident labour force, current US$ of each year's data.
        GdpPerWorkerUsd => "gdp_per_worker_usd",
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
    pub model: f64,
    pub observed: f64,
}

impl Catalogue {
    /// Every row, presets in file order, quantities in [`Quantity::ALL`]'s.
    pub fn history(&self) -> Vec<HistoryRow<'_>> {
        let mut rows = Vec::new();
        for preset in &self.presets {
            let Some(later) = preset.observed_in.as_deref().and_then(|id| self.preset(id)) else {
                continue;
            };
            let t = (later.base_year - preset.base_year) as usize;
            let (host, mut choices) = (&preset.hosts[0], Choices::new());
            let horizon = ParamId::HorizonYears;
            if t as f64 > preset.defaults(host, &choices)[horizon]
                && choices.set(horizon, t as f64).is_err()
            {
                continue;
            }
            let run = Scenario::new(preset, host, &choices).run();
            let (year, out) = (&run.years[t], run.outputs()[t]);
            let people = year.stocks.labour() * preset.figures.labour_force.value;
            let fig = &later.figures;
            for quantity in Quantity::ALL {
                let (model, observed) = match quantity {
                    Quantity::RemittancesToGdp => (out.remittances_to_gdp, fig.rem_gdp0.value),
                    Quantity::SkilledShare => (out.skilled_share, fig.h0.value),
                    Quantity::DiasporaPeople => (out.diaspora_people, fig.emigrant_stock.value),
                    Quantity::GdpPerWorkerUsd => (
                        out.gdp_usd / people,
                        fig.gdp_usd.value / fig.labour_force.value,
                    ),
                };
                rows.push(HistoryRow {
                    preset,
                    observed_in: later,
                    quantity,
                    model,
                    observed,
                });
            }
        }
        rows
    }

    /// The table as CSV: `preset,quantity,model,observed`.
    pub fn history_csv(&self) -> String {
        let mut out = String::from("preset,quantity,model,observed\n");
        for row in self.history() {
            out += &format!(
                "{},{},{},{}\n",
                row.preset.id,
                row.quantity.key(),
                row.model,
                row.observed
            );
        }
        out
    }
}
