//! English.

use super::*;
use crate::content::{ChartId, PolicyKey, ThemeKey, View};
use migration_model::ParamId::{self, *};

pub static EN: Texts = Texts {
    lang: Lang::En,
    numbers: NumberTexts {
        group: ',',
        decimal: '.',
        million: "million",
        millions: "million",
        billion: "billion",
        billions: "billion",
        singular: |n| n == 1.0,
        usd: "US${amount}",
        usd_scaled: "US${amount}\u{a0}{scale}",
        scaled: "{amount}\u{a0}{scale}",
        years: "{value} years",
        per_year: "{value} a year",
        ratio: "{value}×",
    },
    title: "Migration Explorer",
    subtitle: "What emigration costs a poor country, what it can pay back, and what it does to the host country: the ideas of the UN conference summary A/CONF.191/L.7 (Brussels, 2001), in a model you can move.",
    language: "Language",
    country: "Country",
    host_country: "Host country",
    reset: "Reset to baseline",
    reset_assumptions: "Reset assumptions",
    preset_changed: "Now showing {country}: the scenario levers are back at this country's defaults; the assumptions you set are kept.",
    download_csv: "Download data (CSV)",
    download_png: "Download {title} as PNG",
    download_svg: "Download {title} as SVG",
    view,
    views_label: "Views",
    levers_heading: "Levers",
    advanced: "Advanced",
    advanced_levers: "More scenario levers",
    advanced_assumptions: "Assumptions",
    assumptions_explained: "An assumption says how the economy works. Changing one changes the baseline too: the scenario and its baseline are both recomputed from the same data, and the difference between them is still the effect of the scenario levers.",
    advanced_origin: "Origin economy",
    advanced_host: "Host country",
    lever_set: "set",
    about_lever: "About: {label}",
    range: "Range: {min} to {max}.",
    default_value: "Default: {value}.",
    source: "Source:",
    illustrates: "In the document:",
    param,
    param_source,
    policies_heading: "Policies from the document",
    policy,
    policy_applied: "{name} applied: {changes}.",
    policy_change: "{label} {from} → {to}",
    policy_no_change: "{name}: the levers were already there; nothing changed.",
    scenario: "Scenario",
    baseline: "Baseline",
    year: "Year",
    chart,
    origin_baseline: "With nothing changed, these ratios stay where they are today: the dashed baseline is flat. The solid lines show what the scenario changes against it, at base-year prices; they are not forecasts.",
    origin_baseline_effects: "With nothing changed, these ratios stay where they are today: the dashed baseline is flat, and on the income and remittances charts, which now show the effect against it, it is the 0 line. The solid lines show what the scenario changes, at base-year prices; they are not forecasts.",
    host_baseline: "The host's baseline moves even with nothing changed: the corridor's migrants grow with the population {of_country} ({n}), and the labour force {of_host} at its own pace ({n_host}).",
    surplus_change_axis: "change since the first year, points of host GDP",
    surplus_outside_range: "Immigrants are {share} of the workers: far outside the range of the surplus formula, which is meant for small shares. The chart shows the change since {year}.",
    optimum: OptimumTexts {
        current: "Current rate",
        optimum: "Optimum",
        band: "Band: brain gain ×0.5 to ×1.5",
        x_axis: "Skilled emigration rate, % a year",
        explanation: "For each skilled emigration rate from 0 to 5 % a year, with everything else as set, the model scores the whole path: income per worker plus the skilled share weighted by its assumption, each against no skilled emigration, averaged over the years with later years discounted. The optimum is the highest score (¶7).",
        reflects: "This optimum reflects the assumptions on brain gain and on the weight of skills more than the country's data: move them under Advanced and see it shift. It is a way to think with ¶7, not a target rate.",
        unskilled_note: "Unskilled emigration has no such optimum in this model: income per remaining worker rises with it (more capital and more remittances per worker). That follows from what the model leaves out (family separation, recruitment debt, social costs, migrants' own welfare), not a recommendation.",
    },
    summary: SummaryTexts {
        heading: "In words",
        income: "By {year}, income per worker (GDP + remittances) {in_country} is {change} against the baseline: {value} against {baseline}, at base-year prices.",
        remittances: "In {year}, remittances received are {share} of GDP against {baseline_share} in the baseline; transfer costs take {cost} of GDP.",
        skills: "Skilled workers are {share} of the labour force in {year} (baseline {baseline}); {rate} of the country's skilled people live abroad.",
        host: "Immigrants are {share} of the workers {in_host} in {year}; {migrants} of them come from this corridor.",
        pinned: "Against the pinned scenario A, in {year}: income per worker {change} ({value} against {a_value}), remittances {share} of GDP against {a_share}, and a migration optimum for skilled emigration of {optimum} a year against {a_optimum}.",
        optimum_below: "The migration optimum for skilled emigration is {optimum} a year (band {low} to {high}). The current rate, {current}, is below it.",
        optimum_at: "The migration optimum for skilled emigration is {optimum} a year (band {low} to {high}). The current rate, {current}, is at the optimum.",
        optimum_above: "The migration optimum for skilled emigration is {optimum} a year (band {low} to {high}). The current rate, {current}, is above it.",
        no_optimum_falls: "There is no interior migration optimum: the score falls as soon as skilled emigration rises above zero. The current rate is {current}.",
        no_optimum_rises: "There is no interior migration optimum: the score keeps rising up to the highest rate shown. The current rate is {current}.",
    },
    uncertainty: UncertaintyTexts {
        switch: "Uncertainty",
        explained: "On: the income and remittances charts show the effect against the baseline, with a band where it lies in 8 of 10 draws of the assumptions, each drawn uniformly over its range. The band shows how much the assumptions matter; it is not a probability.",
        income: ChartText {
            title: "Effect on income per worker",
            y_axis: "% against the baseline",
            note: "Income per worker (GDP + remittances), the scenario against the baseline. The band holds the effect in 8 of 10 draws of the assumptions, each uniform over its range: it shows how much the assumptions matter, not the chance of an outcome.",
            at_zero: "No difference from the baseline: the levers as set do not change income.",
        },
        remittances: ChartText {
            title: "Effect on remittances",
            y_axis: "% against the baseline",
            note: "Remittances received in US$, the scenario against the baseline. The band holds the effect in 8 of 10 draws of the assumptions, each uniform over its range: it shows how much the assumptions matter, not the chance of an outcome.",
            at_zero: "No difference from the baseline: the levers as set do not change remittances.",
        },
        band: "8 of 10 draws",
        percentiles: ["Draws, 10th percentile", "Draws, median", "Draws, 90th percentile"],
        described: "{label}: {low} to {high}",
        summary: "In 8 of 10 draws, the effect on income per worker in {year} lies between {low} and {high}.",
    },
    themes_heading: "The document's themes",
    themes_intro: "A/CONF.191/L.7 summarises the parallel event \"Harnessing development benefits from migration\" of the Third UN Conference on the Least Developed Countries (Brussels, May 2001). Its themes, in short, with the paragraph (¶) each comes from.",
    theme,
    see_in_model: "See it in the model",
    back_to_theme: "Read the theme",
    not_modelled: "Not in the model",
    assumptions_heading: "Assumptions and limits",
    assumptions_levers: "Every lever: value, range and source",
    assumptions_data: "Country data",
    assumptions_data_of: "Country data: {preset}, {host}",
    limits_heading: "What the model leaves out",
    limits: [
        "No technical progress: money is at base-year productivity and prices. Read every path against its baseline, not as a forecast.",
        "One corridor at a time for the host country: its share of the emigrants counts heads, not earnings.",
        "The host's labour force grows at its past pace whatever happens.",
        "One wage response for every host, estimated in the United States. Gulf nationals work mostly in the public sector and compete little with contract migrants.",
        "People's lives: family separation, recruitment debt, working conditions and migrants' rights, the social costs for those left behind. The model counts money and skills; it does not measure migrants' own welfare.",
        "General equilibrium between countries: host wages do not feed back on emigration, home wages do not change earnings abroad, prices and exchange rates stay fixed.",
        "Why people leave: emigration rates are levers, not the result of poverty, environment, economics or politics. Refugees are not modelled separately.",
        "The evidence on remittances and growth is mixed (Chami, Fullenkamp & Jahjah 2005; Giuliano & Ruiz-Arranz 2009; Clemens & McKenzie 2018).",
        "Unskilled emigration has no optimum here: income per remaining worker rises with it, because of what the model leaves out. That is a finding about the model, not a recommendation.",
    ],
    kappa: KappaTexts {
        heading: "Remittance scale",
        text: "The model multiplies remittances by κ_R = {kappa}, so that the first year reproduces the remittances observed {in_country}, {share} of GDP in {year}. The shares that reproduce the observed remittances are {eff_u} of earnings for migrants without tertiary education and {eff_s} for tertiary-educated migrants (κ_R × the shares as set, {r_u} and {r_s}).",
        caveat: "κ_R is a calibration factor. Where it is far from 1, the data and the default shares do not agree: recorded remittances miss informal channels, and earnings abroad are estimates.",
    },
    history: HistoryTexts {
        heading: "History check: the 2000 data against 2022",
        intro: "Each 2000 preset, run for 22 years with every parameter at its default, against what was observed in 2022. The model is a steady path, not a forecast: the gaps show how far 2000–2022 departed from one. Remittances grew much faster than GDP, GDP per worker in current US$ rose several-fold (prices rose too), and the diaspora grew more slowly than a steady path implies.",
        columns: ["Country", "Quantity", "Model, {year}", "Observed, {year}"],
        remittances_to_gdp: "Remittances / GDP",
        skilled_share: "Tertiary-educated share of workers",
        diaspora_people: "Emigrants living abroad",
        gdp_per_worker_usd: "GDP per worker, current US$",
    },
    lever_columns: ["Parameter", "Kind", "Value", "Range", "Default", "Status", "Source"],
    kind_scenario: "scenario lever",
    kind_assumption: "assumption (moves the baseline too)",
    figure_columns: ["Figure", "Value", "Year", "Status", "Source"],
    status_verified: "read in the source",
    status_derived: "derived from sourced figures",
    status_calibration: "estimate or calibration choice",
    status_preset: "from the country data",
    figures: FigureLabels {
        labour_force: "Labour force",
        population: "Population",
        gdp_usd: "GDP, current US$",
        remittances_usd: "Remittances received, US$",
        rem_gdp0: "Remittances / GDP",
        emigrant_stock: "Emigrants living abroad",
        d0: "Emigrants per resident worker",
        h0: "Tertiary-educated share of workers",
        m_s0: "Skilled emigration rate",
        transfer_cost: "Cost of sending money home",
        wage_ratio_unskilled: "Earnings abroad / at home, unskilled",
        wage_ratio_skilled: "Earnings abroad / at home, skilled",
        labour_growth: "Labour-force growth, a year",
        doctors_abroad: "Doctors trained in the country who work abroad",
        host_labour_force: "Labour force",
        host_gdp_usd: "GDP, current US$",
        host_immigrant_share: "Immigrant share of workers",
        host_emigrants_from_origin: "Emigrants {from_country} living there",
        host_corridor_share: "Share of the emigrants {from_country} living there",
        host_send_cost: "Cost of sending money from there",
        host_labour_growth: "Labour-force growth, a year",
    },
    notes: "Notes",
    sources_heading: "Data sources and their terms",
    attribution: AttributionTexts {
        edition: "Edition:",
        indicators: "Indicators:",
        terms: "Terms:",
        results_ours: "The figures above are used as their sources publish them. Every result of the model (every chart, sentence and download) is computed by Migration Explorer: it is ours, not the sources', and they do not endorse it.",
        version: "Migration Explorer {version}: model version {model}, data of {data}. Code under the MIT or Apache-2.0 licence, at your choice.",
        cite: "How to cite: Migration Explorer, version {version} (model version {model}, data of {data}): an interactive explainer of UN document A/CONF.191/L.7, Harnessing development benefits from migration.",
    },
    notices: NoticeTexts {
        heading: "Some settings were not used",
        dismiss: "Dismiss",
        unknown_preset: "There is no country preset \"{value}\": showing {default} instead.",
        unknown_host: "\"{value}\" is not a host country of {preset}: showing {default} instead.",
        unknown_param: "There is no setting \"{name}\": it was ignored.",
        not_a_number: "{label}: \"{value}\" is not a number, so {used} is used.",
        out_of_range: "{label}: {value} is outside its range ({min} to {max}), so {used} is used.",
        not_whole: "{label}: {value} is not a whole number, so {used} is used.",
        default_used: "the default {default}",
        bad_uncertainty: "\"{value}\" is not a value of the uncertainty switch (on or off): it was ignored.",
        old_version: "This link was made with version 1 of the model. It opens with the same settings, but the model has changed since (version 2), and so have the figures.",
        unknown_view: "There is no view \"{value}\": showing the first one.",
        unknown_lang: "The language \"{value}\" is not available: using English.",
        unknown_version: "This link has format version \"{value}\", which this version does not know: it was read as version 2.",
        bad_origin: "\"{value}\" is not an origin such as https://example.org: it was ignored.",
        malformed: "A part of the settings could not be read and was ignored: \"{value}\".",
        too_long: "The settings are {count} characters long, more than the {limit} allowed: they were ignored.",
        value_too_long: "The value of \"{name}\" is {count} characters long, more than the {limit} allowed: it was ignored.",
        repeated: "\"{name}\" was given more than once: the last value is used.",
        unknown_mode: "There is no mode \"{value}\": showing the usual layout.",
        unknown_lesson: "There is no lesson \"{value}\": it was ignored.",
        bad_step: "\"{value}\" is not a step of this lesson, which has {steps}: showing step 1.",
        step_without_lesson: "A step (\"{value}\") was given without a lesson: it was ignored.",
        pinned: "Pinned scenario A: {problem}",
        unpinned: "The pinned scenario A was on another country or host, so it was unpinned.",
        from_link: "in the link",
        from_attribute: "in the page",
        from_message: "in a message from the page",
    },
    share: ShareTexts {
        button: "Share / embed",
        heading: "Share or embed this scenario",
        intro: "The link and the snippets below reproduce exactly what you see: country, host, every lever you moved and the view.",
        link: "Link to this scenario",
        script: "Embed in a page with a script",
        script_note: "Paste into any page; several widgets may share a page. No build step; works under a strict Content-Security-Policy.",
        iframe: "Embed in a page with an iframe",
        iframe_note: "The widget posts {type: \"migration-explorer:resize\", height} to the page so it can size the frame. To send it settings, add &allow-origin=https://your.site to the link.",
        copy: "Copy",
        copied: "Copied: {what}.",
        copy_failed: "The browser refused to copy: select the text and copy it by hand.",
        close: "Close",
    },
    lessons: super::en_lessons::LESSONS,
    lesson: super::en_lessons::lesson,
    step: super::en_lessons::step,
    compare: CompareTexts {
        pin: "Pin scenario",
        unpin: "Unpin",
        pinned: "Pinned scenario A",
    },
    present: PresentTexts {
        present: "Present",
        leave: "Leave presentation",
        levers: "Levers",
        close_levers: "Close levers",
        previous: "Previous chart",
        next: "Next chart",
        chart_of: "Chart {n} of {m}",
    },
    brief: BriefTexts {
        print_brief: "Print brief",
        print: "Print",
        heading: "Scenario brief",
        setting: "{preset}, host country {host}, {first}–{last}",
        dated: "{date}. Migration Explorer {version}, model version {model}, data of {data}.",
        levers_heading: "Levers moved from the baseline",
        lever_columns: ["Lever", "This scenario", "Baseline"],
        no_levers: "Every scenario lever is at its baseline value.",
        assumptions_heading: "Assumptions changed from their defaults (the baseline uses them too)",
        assumption_columns: ["Assumption", "Set to", "Default"],
        more_assumptions: "…and {n} more, set by the link below.",
        verdict: "The migration optimum",
        link: "This scenario, interactive:",
        charts_heading: "Charts",
        worksheet: "Worksheet",
        no_lesson: "A worksheet belongs to a lesson, and this link names none that Migration Explorer knows. Open a lesson in Migration Explorer and use its \"Print worksheet\" link.",
        back: "Open Migration Explorer",
    },
    drivers: DriversTexts {
        intro: "How much of the result comes from the levers you moved, and how much from assumptions nobody can pin down. Each bar sets one assumption to the low end of its range, then to the high end, everything else as set; the line marks this scenario.",
        computing: "Computing… {n} of {m}",
        low: "At the low end of its range",
        high: "At the high end of its range",
        central: "This scenario",
        quoted: "“{label}”",
        at: "{label}: {value}.",
        bar: "{label}: {low} to {high}.",
        unmoved: "These assumptions do not move it: {names}.",
        at_baseline: "This scenario is its baseline: its income effect is 0 whatever the assumptions, so there is no income tornado. Move a lever to see what drives its effect. The optimum's tornado still applies.",
        top: [
            "The income effect ({central} in this scenario) depends most on {first}: from {first_low} to {first_high} across its range.",
            "The income effect ({central} in this scenario) depends most on {first}, from {first_low} to {first_high} across its range, then on {second}, from {second_low} to {second_high}.",
            "The income effect ({central} in this scenario) depends most on {first}, from {first_low} to {first_high} across its range, then on {second}, from {second_low} to {second_high}, and on {third}, from {third_low} to {third_high}.",
        ],
        levers_heading: "How much comes from the levers you moved",
        lever: "{lever} at its default ({default}) instead of {value}: an income effect of {without}, against {central}.",
        no_levers: "You have moved no lever: each follows its default.",
        columns: ["Assumption", "Low end", "High end"],
        download_csv: "Download these numbers (CSV)",
    },
    error_heading: "Migration Explorer stopped",
    error_text: "An internal error stopped the widget. Reloading usually helps; the details are in the browser's console.",
    reload: "Reload",
    access: AccessTexts {
        share: "{value}",
        share_of: "{value} of {of}",
        per_year: "{value} a year",
        per_year_of: "{value} of {of} a year",
        years: "{value} years",
        ratio: "{value} times",
        number: "{value}",
        of: share_of,
        show_numbers: "Show the numbers",
        numbers_of: "{title}: the numbers",
        column: "{series} ({unit})",
    },
};

/// A parameter's words, by id: a language cannot miss one or give it another's.
fn param(id: ParamId) -> ParamText {
    match id {
        EmigRateUnskilled => ParamText {
            label: "Unskilled emigration rate",
            meaning: "Share of resident workers without tertiary education who emigrate each year.",
        },
        EmigRateSkilled => ParamText {
            label: "Skilled emigration rate",
            meaning: "Share of resident tertiary-educated workers who emigrate each year: the brain drain.",
        },
        RemitShareUnskilled => ParamText {
            label: "Remittances sent by unskilled migrants",
            meaning: "Share of their earnings abroad that migrants without tertiary education send home.",
        },
        RemitShareSkilled => ParamText {
            label: "Remittances sent by skilled migrants",
            meaning: "Share of their earnings abroad that tertiary-educated migrants send home.",
        },
        TransferCost => ParamText {
            label: "Transfer cost",
            meaning: "What banks and money-transfer operators take, as a share of the money sent.",
        },
        InvestedShare => ParamText {
            label: "Share of remittances invested",
            meaning: "Share of the remittances received that is invested (a business, land, a house) rather than consumed.",
        },
        ReturnRateUnskilled => ParamText {
            label: "Return rate of unskilled migrants",
            meaning: "Share of the unskilled diaspora coming home each year.",
        },
        ReturnRateSkilled => ParamText {
            label: "Return rate of skilled migrants",
            meaning: "Share of the skilled diaspora coming home each year.",
        },
        ReturnUpgrade => ParamText {
            label: "Returnees who come back skilled",
            meaning: "Share of returning unskilled migrants who bring back tertiary-level skills learnt abroad. No published rate exists: the default is none.",
        },
        DiasporaInvestment => ParamText {
            label: "Diaspora investment at home",
            meaning: "Share of the skilled diaspora's earnings invested at home: joint ventures, co-development projects.",
        },
        WageRatioUnskilled => ParamText {
            label: "Earnings abroad / at home, unskilled",
            meaning: "How many times more an unskilled migrant earns in the host country than at home.",
        },
        WageRatioSkilled => ParamText {
            label: "Earnings abroad / at home, skilled",
            meaning: "How many times more a skilled migrant earns in the host country than at home.",
        },
        IrregularShare => ParamText {
            label: "Irregular migration share",
            meaning: "Share of migrants without regular status. They earn less and, in this model, pay no taxes in the host country.",
        },
        IrregularPenalty => ParamText {
            label: "Earnings penalty of irregular status",
            meaning: "How much less a migrant without regular status earns.",
        },
        ProspectHorizon => ParamText {
            label: "Years a student looks ahead",
            meaning: "Years over which a student weighs the chance of one day emigrating.",
        },
        BrainGain => ParamText {
            label: "Brain gain: study encouraged by migration prospects",
            meaning: "How strongly the prospect of working abroad makes young people study. With none, skilled emigration only drains skills.",
        },
        MaxStudyShare => ParamText {
            label: "Highest share of newcomers who study",
            meaning: "Upper bound on the share of people entering the labour force with tertiary education.",
        },
        SkillSpillover => ParamText {
            label: "Productivity gain from a more skilled workforce",
            meaning: "How much a higher skilled share raises everyone's productivity: log points per unit of skilled share. The default, 0.7, keeps the gain within the published estimates.",
        },
        CapitalShare => ParamText {
            label: "Capital's share of output",
            meaning: "Share of output that pays for capital; the rest pays for work.",
        },
        SkillPremium => ParamText {
            label: "Skilled / unskilled wage at home",
            meaning: "How many times more a tertiary-educated worker earns at home, in the first year.",
        },
        SavingRate => ParamText {
            label: "Saving rate",
            meaning: "Share of output saved and invested at home.",
        },
        Depreciation => ParamText {
            label: "Depreciation of capital",
            meaning: "Share of the capital stock worn out each year.",
        },
        LabourGrowth => ParamText {
            label: "Labour-force growth",
            meaning: "Yearly growth of the native-born working population, at home and abroad; the default is the country's growth 2000–2022.",
        },
        Retirement => ParamText {
            label: "Retirement rate",
            meaning: "Share of workers, at home or abroad, who retire each year.",
        },
        RemitDecay => ParamText {
            label: "Yearly fall in remittances per migrant",
            meaning: "How fast a migrant's remittances fade as the years abroad pass.",
        },
        CostElasticity => ParamText {
            label: "Response of remittances to transfer costs",
            meaning: "How much more money migrants send, in per cent, for each percentage point that sending becomes cheaper.",
        },
        DiasporaProductivity => ParamText {
            label: "Productivity from diaspora business links",
            meaning: "How much a larger skilled diaspora, relative to the workers at home, raises productivity at home through trade, knowledge and business links. Smaller than the gain from skills at home: links offset part, not all, of what leaves.",
        },
        SkillsWeight => ParamText {
            label: "Weight of skills in the migration optimum",
            meaning: "How much the optimum's score values keeping skilled workers at home, against income: the document's guard against losing precious human resources.",
        },
        DiscountRate => ParamText {
            label: "Discount rate of the optimum's score",
            meaning: "How much less a later year counts in the migration optimum's score, per year.",
        },
        HorizonYears => ParamText {
            label: "Years simulated",
            meaning: "How many years the simulation runs from the base year.",
        },
        HostWageElasticity => ParamText {
            label: "Host wage response to immigration",
            meaning: "How much natives' wages fall, in the short run, when immigrants add to the labour supply.",
        },
        HostWageAdjustment => ParamText {
            label: "Yearly fading of the wage effect",
            meaning: "Share of the short-run wage effect on natives that capital adjustment removes each year.",
        },
        HostLabourShare => ParamText {
            label: "Labour's share of host output",
            meaning: "Share of the host country's output that pays for work.",
        },
        HostFiscalPerMigrant => ParamText {
            label: "Net fiscal contribution per regular migrant",
            meaning: "Taxes paid minus public spending received by one regular migrant, as a share of host GDP per worker.",
        },
    }
}

/// A tab's name, by view.
/// The model's own words: `SPECS` is written in English.
fn param_source(id: ParamId) -> &'static str {
    id.spec().source
}

fn view(view: View) -> &'static str {
    match view {
        View::Origin => "Origin country",
        View::Host => "Host country",
        View::Optimum => "Migration optimum",
        View::Drivers => "What drives this?",
        View::Themes => "The document's themes",
        View::Assumptions => "Assumptions and limits",
        View::Lessons => "Lessons",
    }
}

/// A named policy's words, by key.
fn policy(key: PolicyKey) -> &'static PolicyText {
    match key {
        PolicyKey::Sdg10c => &PolicyText {
                name: "Cheaper transfers (SDG 10.c)",
                description: "Bring the cost of sending money down to 3 %.",
        },
        PolicyKey::IloMobilisation => &PolicyText {
                name: "Remittances for investment (ILO)",
                description: "Credit and advice for small entrepreneurs, so that 40 % of remittances are invested.",
        },
        PolicyKey::CoDevelopment => &PolicyText {
                name: "Co-development",
                description: "More diaspora investment at home and more skilled migrants coming back, as in France's co-development policy.",
        },
        PolicyKey::ReturnWithSkills => &PolicyText {
                name: "Return with skills",
                description: "More migrants and former refugees come home, more of them with skills learnt abroad.",
        },
        PolicyKey::RegularChannels => &PolicyText {
                name: "Regular channels",
                description: "Regular routes instead of irregular migration: only 5 % of migrants without status.",
        },
    }
}

/// A chart's words, by id.
fn chart(id: ChartId) -> &'static ChartText {
    match id {
        ChartId::Income => &ChartText {
                title: "Income per worker at home",
                y_axis: "% against the baseline",
                note: "Income per worker (GDP + remittances): GDP plus remittances received, per resident worker; not GNI, and per worker, not per person. The line is the scenario's difference from the baseline, which stays at its base-year level: the model has no technical progress, so neither is a forecast.",
                at_zero: "No difference from the baseline: the levers as set do not change income.",
        },
        ChartId::Skills => &ChartText {
                title: "Skills kept at home",
                y_axis: "% of workers",
                note: "Tertiary-educated workers as a share of the workers at home.",
                at_zero: "",
        },
        ChartId::SkilledEmigration => &ChartText {
                title: "Skills abroad",
                y_axis: "% of skilled people",
                note: "The skilled emigration rate: the share of the country's tertiary-educated people who live abroad.",
                at_zero: "",
        },
        ChartId::Remittances => &ChartText {
                title: "Remittances received",
                y_axis: "% of GDP",
                note: "",
                at_zero: "No remittances: migrants send nothing home in this scenario.",
        },
        ChartId::TransferCosts => &ChartText {
                title: "What transfer costs take",
                y_axis: "% of GDP",
                note: "What migrants send minus what their families receive: fees and exchange margins.",
                at_zero: "Nothing is lost to transfer costs in this scenario.",
        },
        ChartId::Capital => &ChartText {
                title: "Capital",
                y_axis: "years of output",
                note: "The stock of capital, measured in years of the economy's output.",
                at_zero: "",
        },
        ChartId::HostImmigrants => &ChartText {
                title: "Immigrants among the host's workers",
                y_axis: "%",
                note: "",
                at_zero: "",
        },
        ChartId::HostSurplus => &ChartText {
                title: "Immigration surplus to natives",
                y_axis: "% of host GDP",
                note: "The gain to natives from immigration (Borjas 1995), for small immigrant shares.",
                at_zero: "No change in the surplus: every line stays at 0.",
        },
        ChartId::HostWages => &ChartText {
                title: "Natives' wages, short run",
                y_axis: "% change since the first year",
                note: "For natives who compete with the newcomers: each year's arrivals lower their wages at once, and capital adjustment removes part of the gap every year.",
                at_zero: "No change in natives' wages in this scenario.",
        },
        ChartId::HostFiscal => &ChartText {
                title: "Fiscal contribution of the corridor's migrants",
                y_axis: "% of host GDP",
                note: "Taxes paid minus public spending received. Irregular migrants are assumed to pay no taxes.",
                at_zero: "No fiscal effect with the default assumption: a regular migrant's net fiscal contribution is 0.",
        },
        ChartId::Optimum => &ChartText {
                title: "The migration optimum",
                y_axis: "score W",
                note: "",
                at_zero: "",
        },
        ChartId::DriversIncome => &ChartText {
                title: "What moves the income effect",
                y_axis: "Income per worker in the final year, % against the baseline",
                note: "",
                at_zero: "",
        },
        ChartId::DriversOptimum => &ChartText {
                title: "What moves the optimum",
                y_axis: "Skilled emigration rate at the optimum, % a year",
                note: "",
                at_zero: "",
        },
    }
}

/// A theme's words, by key.
fn theme(key: ThemeKey) -> &'static ThemeText {
    match key {
        ThemeKey::MissingLink => &ThemeText {
                title: "The missing link of globalisation",
                text: "Goods and money move freely; people much less. Migration has long helped rich countries prosper, and the event stressed its positive side for development.",
                in_model: "The model follows money sent home and skills moving between countries.",
        },
        ThemeKey::WhyPeopleLeave => &ThemeText {
                title: "Why people leave",
                text: "Poverty drives emigration, together with environmental, economic and political causes. Bangladesh and Mali received particular attention.",
                in_model: "In the model, how many people leave is a lever you set; its causes are not modelled.",
        },
        ThemeKey::SkillsLost => &ThemeText {
                title: "Skills and labour lost",
                text: "When workers leave, the country of origin loses skills and productive labour: the brain drain.",
                in_model: "Move the skilled emigration rate and watch the skilled share.",
        },
        ThemeKey::HostCountries => &ThemeText {
                title: "Host countries: gains and difficulties",
                text: "Immigrants have added to host countries' prosperity, but hosts also report economic and social difficulties.",
                in_model: "The host charts show the immigration surplus and the short-run pressure on natives' wages.",
        },
        ThemeKey::Irregular => &ThemeText {
                title: "Irregular migration",
                text: "Participants agreed that fighting illegal immigration matters a great deal.",
                in_model: "Migrants without regular status earn less, send less and, in this model, pay no taxes.",
        },
        ThemeKey::CoDevelopment => &ThemeText {
                title: "A positive vision: co-development",
                text: "Migration can benefit both ends of the route. Migrants learn, work and build trade and business links, joint ventures included, between home and host.",
                in_model: "Diaspora business links raise productivity at home; diaspora investment adds to capital.",
        },
        ThemeKey::ReturnWithSkills => &ThemeText {
                title: "Returning with skills",
                text: "Former refugees who went home voluntarily helped development with the skills and experience gained while away.",
                in_model: "Returning migrants may come back with skills learnt abroad.",
        },
        ThemeKey::Optimum => &ThemeText {
                title: "The migration optimum",
                text: "Each country can look for a level of departures that brings the most remittances and skills, without depriving it of the skilled people its productivity depends on.",
                in_model: "The optimum chart scores every skilled emigration rate and marks the best one.",
        },
        ThemeKey::Informing => &ThemeText {
                title: "Informing would-be migrants",
                text: "Many called for telling potential emigrants about the advantages and disadvantages of migration.",
                in_model: "Not modelled: the model has no information campaigns.",
        },
        ThemeKey::HostPolicies => &ThemeText {
                title: "Host policies: co-development and the EU",
                text: "France's co-development programme with four pilot countries, and the European Union's support for partnerships between emigrants and their host country.",
                in_model: "The fiscal chart shows what the corridor's migrants pay in the host country; the co-development policy applies diaspora levers.",
        },
        ThemeKey::Iom => &ThemeText {
                title: "IOM's three deliverables",
                text: "Migration management in national policies; mobilising migrants for their home country's development; women's entrepreneurship among immigrant women.",
                in_model: "How much migrants send home is a lever.",
        },
        ThemeKey::RemittancesInvested => &ThemeText {
                title: "Remittances for investment",
                text: "The ILO plans to help mobilise remittances and invest them at home, with credit for small entrepreneurs and access to technology.",
                in_model: "Move the invested share of remittances and the transfer cost.",
        },
        ThemeKey::RefugeeWomen => &ThemeText {
                title: "Refugee women and food security",
                text: "UNHCR and FAO plan a trust fund for refugee women: land rights, empowerment, micro-finance and food production.",
                in_model: "Not modelled: the model has no refugee or gender dimension.",
        },
    }
}

/// What a lever's share is of, as its slider says it, by lever.
fn share_of(id: ParamId) -> &'static str {
    match id {
        EmigRateUnskilled => "unskilled workers",
        EmigRateSkilled => "skilled workers",
        RemitShareUnskilled | RemitShareSkilled => "earnings abroad",
        TransferCost => "the amount sent",
        InvestedShare => "remittances",
        ReturnRateUnskilled => "the unskilled diaspora",
        ReturnRateSkilled => "the skilled diaspora",
        ReturnUpgrade => "returnees",
        DiasporaInvestment => "the skilled diaspora's earnings",
        IrregularShare => "migrants",
        IrregularPenalty => "earnings",
        MaxStudyShare => "newcomers to the labour force",
        CapitalShare | SavingRate => "output",
        Depreciation => "the capital stock",
        Retirement => "workers",
        HostWageAdjustment => "the wage effect",
        HostLabourShare => "host output",
        HostFiscalPerMigrant => "host GDP per worker",
        LabourGrowth | RemitDecay | DiscountRate => "",
        WageRatioUnskilled | WageRatioSkilled | SkillPremium => "",
        ProspectHorizon | HorizonYears => "",
        BrainGain | SkillSpillover | CostElasticity | DiasporaProductivity | SkillsWeight
        | HostWageElasticity => "",
    }
}
