//! What the widget presents, as data: views, charts, the document's themes and
//! the named policies. Words live in the text catalog (`i18n`); this module
//! holds only identities, paragraph numbers and links, so a translation cannot
//! change behaviour.

use migration_model::ParamId::{self, *};

/// The widget's tabs. `data-view` and the link's `view=` name one of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Origin,
    Host,
    Optimum,
    Themes,
    Assumptions,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Origin,
        View::Host,
        View::Optimum,
        View::Themes,
        View::Assumptions,
    ];

    /// The name used in links and attributes.
    pub fn key(self) -> &'static str {
        match self {
            View::Origin => "origin",
            View::Host => "host",
            View::Optimum => "optimum",
            View::Themes => "themes",
            View::Assumptions => "assumptions",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// Every chart the widget draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Income,
    Skills,
    Remittances,
    Capital,
    HostImmigrants,
    HostSurplus,
    HostWages,
    HostFiscal,
    Optimum,
}

impl ChartId {
    pub const ALL: [ChartId; 9] = [
        ChartId::Income,
        ChartId::Skills,
        ChartId::Remittances,
        ChartId::Capital,
        ChartId::HostImmigrants,
        ChartId::HostSurplus,
        ChartId::HostWages,
        ChartId::HostFiscal,
        ChartId::Optimum,
    ];

    /// The tab that shows it.
    pub fn view(self) -> View {
        match self {
            ChartId::Income | ChartId::Skills | ChartId::Remittances | ChartId::Capital => {
                View::Origin
            }
            ChartId::HostImmigrants
            | ChartId::HostSurplus
            | ChartId::HostWages
            | ChartId::HostFiscal => View::Host,
            ChartId::Optimum => View::Optimum,
        }
    }

    /// A stable name for element ids and tests.
    pub fn key(self) -> &'static str {
        match self {
            ChartId::Income => "income",
            ChartId::Skills => "skills",
            ChartId::Remittances => "remittances",
            ChartId::Capital => "capital",
            ChartId::HostImmigrants => "host-immigrants",
            ChartId::HostSurplus => "host-surplus",
            ChartId::HostWages => "host-wages",
            ChartId::HostFiscal => "host-fiscal",
            ChartId::Optimum => "optimum",
        }
    }
}

/// Something in the widget a theme can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Lever(ParamId),
    Chart(ChartId),
    Theme(usize),
    /// A tab: focusing it also shows its view.
    Tab(View),
}

impl Target {
    /// The view that must be shown for the target to be on screen, if any
    /// (levers are always on screen).
    pub fn view(self) -> Option<View> {
        match self {
            Target::Lever(_) => None,
            Target::Chart(chart) => Some(chart.view()),
            Target::Theme(_) => Some(View::Themes),
            Target::Tab(view) => Some(view),
        }
    }

    /// The id of its element in the widget.
    pub fn element_id(self) -> String {
        match self {
            Target::Lever(id) => format!("lever-{}", id.name()),
            Target::Chart(chart) => format!("chart-{}", chart.key()),
            Target::Theme(i) => format!("theme-{i}"),
            Target::Tab(view) => format!("tab-{}", view.key()),
        }
    }
}

/// One theme of A/CONF.191/L.7. Its words are `Texts::themes[index]`.
#[derive(Debug)]
pub struct Theme {
    pub paragraphs: &'static [u8],
    /// Where the model illustrates it, if anywhere.
    pub shows: &'static [Target],
}

/// The document's themes in reading order (¶1–¶11 are all cited).
pub static THEMES: [Theme; 13] = [
    // Migration as the missing link of globalization.
    Theme {
        paragraphs: &[1, 2],
        shows: &[Target::Chart(ChartId::Remittances)],
    },
    // Causes: poverty, environment, economy, politics.
    Theme {
        paragraphs: &[2],
        shows: &[Target::Lever(EmigRateUnskilled)],
    },
    // Losses of skills and productive labour.
    Theme {
        paragraphs: &[3],
        shows: &[
            Target::Lever(EmigRateSkilled),
            Target::Chart(ChartId::Skills),
        ],
    },
    // Host countries: gains and difficulties.
    Theme {
        paragraphs: &[3],
        shows: &[
            Target::Chart(ChartId::HostSurplus),
            Target::Chart(ChartId::HostWages),
        ],
    },
    // Irregular migration.
    Theme {
        paragraphs: &[3],
        shows: &[Target::Lever(IrregularShare)],
    },
    // A positive vision; co-development.
    Theme {
        paragraphs: &[4, 5],
        shows: &[
            Target::Lever(DiasporaProductivity),
            Target::Lever(DiasporaInvestment),
        ],
    },
    // Refugees who return with skills.
    Theme {
        paragraphs: &[6],
        shows: &[
            Target::Lever(ReturnUpgrade),
            Target::Lever(ReturnRateUnskilled),
        ],
    },
    // The migration optimum.
    Theme {
        paragraphs: &[7],
        shows: &[Target::Chart(ChartId::Optimum), Target::Lever(SkillsWeight)],
    },
    // Informing would-be migrants.
    Theme {
        paragraphs: &[7],
        shows: &[],
    },
    // Host policies: France's co-development, the European Union.
    Theme {
        paragraphs: &[8],
        shows: &[Target::Chart(ChartId::HostFiscal)],
    },
    // IOM's three deliverables.
    Theme {
        paragraphs: &[9],
        shows: &[Target::Lever(RemitShareUnskilled)],
    },
    // ILO: remittances for investment, credit for small entrepreneurs.
    Theme {
        paragraphs: &[10],
        shows: &[Target::Lever(InvestedShare), Target::Lever(TransferCost)],
    },
    // UNHCR and FAO: refugee women and food security.
    Theme {
        paragraphs: &[11],
        shows: &[],
    },
];

/// The themes that point at `target`, for the way back ("¶3").
pub fn themes_showing(target: Target) -> impl Iterator<Item = usize> {
    THEMES
        .iter()
        .enumerate()
        .filter(move |(_, t)| t.shows.contains(&target))
        .map(|(i, _)| i)
}

/// A named policy: documented lever changes, applied with one click.
#[derive(Debug)]
pub struct Policy {
    /// A stable name for element ids and tests.
    pub key: &'static str,
    pub paragraphs: &'static [u8],
    pub changes: &'static [(ParamId, f64)],
}

/// Words in `Texts::policies`, same order.
pub static POLICIES: [Policy; 5] = [
    // SDG target 10.c: remittance costs under 3 %.
    Policy {
        key: "sdg-10c",
        paragraphs: &[10],
        changes: &[(TransferCost, 0.03)],
    },
    // ILO remittance mobilization: more of what arrives is invested.
    Policy {
        key: "ilo-mobilization",
        paragraphs: &[10],
        changes: &[(InvestedShare, 0.4)],
    },
    // Co-development: diaspora investment and skilled returns. (Business
    // links work through χ, an assumption about the economy: no policy sets it.)
    Policy {
        key: "co-development",
        paragraphs: &[5, 8],
        changes: &[(DiasporaInvestment, 0.05), (ReturnRateSkilled, 0.05)],
    },
    // Refugee and migrant return with skills.
    Policy {
        key: "return-with-skills",
        paragraphs: &[6],
        changes: &[(ReturnRateUnskilled, 0.15), (ReturnUpgrade, 0.1)],
    },
    // Regular channels instead of irregular migration.
    Policy {
        key: "regular-channels",
        paragraphs: &[3],
        changes: &[(IrregularShare, 0.05)],
    },
];
