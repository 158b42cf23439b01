//! What the widget presents, as data: views, charts, the document's themes and
//! the named policies. Words live in the text catalogue (`i18n`); this module
//! holds only identities, paragraph numbers and links, so a translation cannot
//! change behaviour.

use migration_model::keyed;
use migration_model::ParamId::{self, *};

keyed! {
    /// The widget's tabs. `data-view` and the link's `view=` name one of them
    /// by its key.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum View {
        Origin => "origin",
        Host => "host",
        Optimum => "optimum",
        /// "What drives this?": the tornados of the sensitivity (`drivers`).
        Drivers => "drivers",
        Themes => "themes",
        Assumptions => "assumptions",
        Lessons => "lessons",
    }
}

keyed! {
    /// How the widget is laid out: `mode=` in links, `data-mode` on the element.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Mode {
        /// Levers beside the charts.
        #[default]
        Explore => "explore",
        /// One chart at a time in large type, the levers in a drawer.
        Present => "present",
        /// The printable brief (`brief.html`): the scenario on two pages.
        Brief => "brief",
        /// A lesson's printable worksheet (`brief.html`, with `lesson=`).
        Worksheet => "worksheet",
    }
}

keyed! {
    /// Every chart the widget draws; its key names it in element ids and tests.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ChartId {
        /// "Who gains": income per worker, both stayers' and per native.
        Income => "income",
        /// Unskilled and skilled wages at home.
        HomeWages => "home-wages",
        Skills => "skills",
        SkilledEmigration => "skilled-emigration",
        Remittances => "remittances",
        TransferCosts => "transfer-costs",
        Capital => "capital",
        HostImmigrants => "host-immigrants",
        HostSurplus => "host-surplus",
        HostWages => "host-wages",
        HostFiscal => "host-fiscal",
        /// Money sent home from the host, by θ_R.
        HostOutflow => "host-outflow",
        Optimum => "optimum",
        /// The tornados of "What drives this?": the income effect, the optimum.
        DriversIncome => "drivers-income",
        DriversOptimum => "drivers-optimum",
    }
}

impl ChartId {
    /// The line charts, in the order of the state's charts and of the
    /// presentation; with [`ChartId::TORNADOS`], every chart once (a test).
    pub const LINES: [ChartId; 13] = [
        ChartId::Income,
        ChartId::HomeWages,
        ChartId::Skills,
        ChartId::SkilledEmigration,
        ChartId::Remittances,
        ChartId::TransferCosts,
        ChartId::Capital,
        ChartId::HostImmigrants,
        ChartId::HostSurplus,
        ChartId::HostWages,
        ChartId::HostFiscal,
        ChartId::HostOutflow,
        ChartId::Optimum,
    ];

    /// The drivers view's own charts, drawn once their sensitivity is computed.
    pub const TORNADOS: [ChartId; 2] = [ChartId::DriversIncome, ChartId::DriversOptimum];

    /// The tab that shows it.
    pub fn view(self) -> View {
        match self {
            ChartId::Income
            | ChartId::HomeWages
            | ChartId::Skills
            | ChartId::SkilledEmigration
            | ChartId::Remittances
            | ChartId::TransferCosts
            | ChartId::Capital => View::Origin,
            ChartId::HostImmigrants
            | ChartId::HostSurplus
            | ChartId::HostWages
            | ChartId::HostFiscal
            | ChartId::HostOutflow => View::Host,
            ChartId::Optimum => View::Optimum,
            ChartId::DriversIncome | ChartId::DriversOptimum => View::Drivers,
        }
    }
}

/// Something in the widget a theme can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Lever(ParamId),
    Chart(ChartId),
    Theme(ThemeKey),
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
            Target::Theme(theme) => format!("theme-{}", theme as u8),
            Target::Tab(view) => format!("tab-{}", view.key()),
        }
    }
}

/// One theme of A/CONF.191/L.7. Its words are `Texts::theme(key)`.
#[derive(Debug)]
pub struct Theme {
    pub paragraphs: &'static [u8],
    /// Where the model illustrates it, if anywhere.
    pub shows: &'static [Target],
}

keyed! {
    /// The document's themes (¶1–¶11 are all cited), in reading order. The
    /// number of each is its element id, `theme-{n}`: fixed here, so that
    /// reordering them keeps ids, and the compiler refuses two themes with one
    /// number.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[repr(u8)]
    pub enum ThemeKey {
        /// Migration as the missing link of globalisation.
        MissingLink = 0 => "missing-link",
        /// Causes: poverty, environment, economy, politics.
        WhyPeopleLeave = 1 => "why-people-leave",
        /// Losses of skills and productive labour.
        SkillsLost = 2 => "skills-lost",
        /// Host countries: gains and difficulties.
        HostCountries = 3 => "host-countries",
        /// Irregular migration.
        Irregular = 4 => "irregular",
        /// A positive vision; co-development.
        CoDevelopment = 5 => "co-development",
        /// Refugees who return with skills.
        ReturnWithSkills = 6 => "return-with-skills",
        /// The migration optimum.
        Optimum = 7 => "optimum",
        /// Informing would-be migrants.
        Informing = 8 => "informing",
        /// Host policies: France's co-development, the European Union.
        HostPolicies = 9 => "host-policies",
        /// IOM's three deliverables.
        Iom = 10 => "iom",
        /// ILO: remittances for investment, credit for small entrepreneurs.
        RemittancesInvested = 11 => "remittances-invested",
        /// UNHCR and FAO: refugee women and food security.
        RefugeeWomen = 12 => "refugee-women",
    }
}

impl ThemeKey {
    /// Its paragraphs and what it points at.
    pub fn theme(self) -> &'static Theme {
        match self {
            ThemeKey::MissingLink => &Theme {
                paragraphs: &[1, 2],
                shows: &[Target::Chart(ChartId::Remittances)],
            },
            ThemeKey::WhyPeopleLeave => &Theme {
                paragraphs: &[2],
                shows: &[Target::Lever(EmigRateUnskilled)],
            },
            ThemeKey::SkillsLost => &Theme {
                paragraphs: &[3],
                shows: &[
                    Target::Lever(EmigRateSkilled),
                    Target::Chart(ChartId::Skills),
                ],
            },
            ThemeKey::HostCountries => &Theme {
                paragraphs: &[3],
                shows: &[
                    Target::Chart(ChartId::HostSurplus),
                    Target::Chart(ChartId::HostWages),
                ],
            },
            ThemeKey::Irregular => &Theme {
                paragraphs: &[3],
                shows: &[Target::Lever(IrregularShare)],
            },
            ThemeKey::CoDevelopment => &Theme {
                paragraphs: &[4, 5],
                shows: &[
                    Target::Lever(DiasporaProductivity),
                    Target::Lever(DiasporaInvestment),
                ],
            },
            ThemeKey::ReturnWithSkills => &Theme {
                paragraphs: &[6],
                shows: &[
                    Target::Lever(ReturnUpgrade),
                    Target::Lever(ReturnRateUnskilled),
                ],
            },
            ThemeKey::Optimum => &Theme {
                paragraphs: &[7],
                shows: &[Target::Chart(ChartId::Optimum), Target::Lever(SkillsWeight)],
            },
            ThemeKey::Informing => &Theme {
                paragraphs: &[7],
                shows: &[],
            },
            ThemeKey::HostPolicies => &Theme {
                paragraphs: &[8],
                shows: &[Target::Chart(ChartId::HostFiscal)],
            },
            ThemeKey::Iom => &Theme {
                paragraphs: &[9],
                shows: &[Target::Lever(RemitShareUnskilled)],
            },
            ThemeKey::RemittancesInvested => &Theme {
                paragraphs: &[10],
                shows: &[Target::Lever(InvestedShare), Target::Lever(TransferCost)],
            },
            ThemeKey::RefugeeWomen => &Theme {
                paragraphs: &[11],
                shows: &[],
            },
        }
    }
}

/// The themes that point at `target`, for the way back ("¶3").
pub fn themes_showing(target: Target) -> impl Iterator<Item = ThemeKey> {
    ThemeKey::ALL
        .into_iter()
        .filter(move |key| key.theme().shows.contains(&target))
}

/// A named policy: documented lever changes, applied with one click.
#[derive(Debug)]
pub struct Policy {
    pub paragraphs: &'static [u8],
    pub changes: &'static [(ParamId, f64)],
}

keyed! {
    /// The named policies, in the order of the buttons; the key names one in
    /// element ids and tests. Their words are `Texts::policy(key)`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum PolicyKey {
        /// SDG target 10.c: remittance costs under 3 %.
        Sdg10c => "sdg-10c",
        /// ILO remittance mobilisation: more of what arrives is invested.
        IloMobilisation => "ilo-mobilization",
        /// Co-development: diaspora investment and skilled returns.
        CoDevelopment => "co-development",
        /// Refugee and migrant return with skills.
        ReturnWithSkills => "return-with-skills",
        /// Regular channels instead of irregular migration.
        RegularChannels => "regular-channels",
    }
}

impl PolicyKey {
    /// Its paragraphs and the levers it sets.
    pub fn policy(self) -> &'static Policy {
        match self {
            PolicyKey::Sdg10c => &Policy {
                paragraphs: &[10],
                changes: &[(TransferCost, 0.03)],
            },
            PolicyKey::IloMobilisation => &Policy {
                paragraphs: &[10],
                changes: &[(InvestedShare, 0.4)],
            },
            // Business links work through χ, an assumption about the
            // economy: no policy sets it.
            PolicyKey::CoDevelopment => &Policy {
                paragraphs: &[5, 8],
                changes: &[(DiasporaInvestment, 0.05), (ReturnRateSkilled, 0.05)],
            },
            PolicyKey::ReturnWithSkills => &Policy {
                paragraphs: &[6],
                changes: &[(ReturnRateUnskilled, 0.15), (ReturnUpgrade, 0.01)],
            },
            PolicyKey::RegularChannels => &Policy {
                paragraphs: &[3],
                changes: &[(IrregularShare, 0.05)],
            },
        }
    }
}
