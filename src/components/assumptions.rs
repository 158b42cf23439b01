//! Every lever with its value, range and source; every preset figure with
//! its source and status; what the model leaves out.

use super::hooks::catalogue;
use crate::config::Settings;
use crate::format;
use crate::i18n::{fill, Lang, Role, Texts};
use crate::results::{Results, Shared};
use migration_model::{
    Catalogue, Figure, FigureStatus, Host, Kind as ModelKind, ParamId, Preset, Quantity, Status,
    MODEL_VERSION, SPECS,
};
use yew::prelude::*;

fn status_of_param(texts: &Texts, status: Status) -> &'static str {
    match status {
        Status::Verified => texts.status_verified,
        Status::Derived => texts.status_derived,
        Status::Calibration => texts.status_calibration,
        Status::FromPreset => texts.status_preset,
    }
}

fn status_of_figure(texts: &Texts, status: FigureStatus) -> &'static str {
    match status {
        FigureStatus::V => texts.status_verified,
        FigureStatus::D => texts.status_derived,
        FigureStatus::C => texts.status_calibration,
    }
}

/// How a figure reads: shares as percentages, money and people with scale words.
enum Kind {
    People,
    Usd,
    Share,
    Ratio,
}

fn figure_value(lang: Lang, kind: &Kind, value: f64) -> String {
    match kind {
        Kind::People => format::people(lang, value),
        Kind::Usd => format::usd(lang, value),
        Kind::Share => format::percent(lang, value, 2),
        Kind::Ratio => format!("{}×", format::number(lang, value, 1)),
    }
}

fn figure_row(lang: Lang, label: String, kind: Kind, figure: &Figure) -> Html {
    let texts = lang.texts();
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td>{ figure_value(lang, &kind, figure.value) }</td>
            <td>{ figure.year }</td>
            <td>{ status_of_figure(texts, figure.status) }</td>
            // The source's key (WDI, DESA…), which the list under the table
            // spells out; a formula names figures by their keys, as code.
            <td>
                { &figure.source }
                if let Some(formula) = &figure.formula { { "; " }<code>{ formula }</code> }
                if let Some(note) = &figure.note { { format!(". {}", lang.pick(note)) } }
            </td>
        </tr>
    }
}

fn origin_rows(lang: Lang, preset: &Preset) -> Html {
    let (f, l) = (&preset.figures, &lang.texts().figures);
    let row = |label: &str, kind, figure| figure_row(lang, label.to_string(), kind, figure);
    html! {
        <>
            { row(l.labour_force, Kind::People, &f.labour_force) }
            { row(l.population, Kind::People, &f.population) }
            { row(l.gdp_usd, Kind::Usd, &f.gdp_usd) }
            { row(l.remittances_usd, Kind::Usd, &f.remittances_usd) }
            { row(l.rem_gdp0, Kind::Share, &f.rem_gdp0) }
            { row(l.emigrant_stock, Kind::People, &f.emigrant_stock) }
            { row(l.d0, Kind::Share, &f.d0) }
            { row(l.h0, Kind::Share, &f.h0) }
            { row(l.m_s0, Kind::Share, &f.m_s0) }
            { row(l.transfer_cost, Kind::Share, &f.transfer_cost) }
            { row(l.wage_ratio_unskilled, Kind::Ratio, &f.wage_ratio_unskilled) }
            { row(l.wage_ratio_skilled, Kind::Ratio, &f.wage_ratio_skilled) }
            { row(l.labour_growth, Kind::Share, &f.labour_growth) }
            { for f.doctors_abroad.as_ref().map(|d| row(l.doctors_abroad, Kind::Share, d)) }
        </>
    }
}

fn host_rows(lang: Lang, preset: &Preset, host: &Host) -> Html {
    let (f, l) = (&host.figures, &lang.texts().figures);
    let origin = lang.place_holes(Role::Origin, &preset.country);
    let row = |label: &str, kind, figure| figure_row(lang, fill(label, &origin), kind, figure);
    html! {
        <>
            { row(l.host_labour_force, Kind::People, &f.labour_force) }
            { row(l.host_gdp_usd, Kind::Usd, &f.gdp_usd) }
            { row(l.host_immigrant_share, Kind::Share, &f.immigrant_share) }
            { row(l.host_emigrants_from_origin, Kind::People, &f.emigrants_from_origin) }
            { row(l.host_corridor_share, Kind::Share, &f.corridor_share) }
            { row(l.host_corridor_remittance_share, Kind::Share, &f.corridor_remittance_share) }
            { row(l.host_displacement, Kind::Share, &f.host_displacement) }
            { row(l.host_labour_growth, Kind::Share, &f.labour_growth) }
            { for f.send_cost.as_ref().map(|c| row(l.host_send_cost, Kind::Share, c)) }
        </>
    }
}

/// Every source (those `cited` says, for the brief) with its edition,
/// indicators and terms, then whose the results are, the version and how to
/// cite it. `heading` is its heading's tag: `h4` in the view, `h2` in the brief.
pub fn sources_section(
    lang: Lang,
    catalogue: &Catalogue,
    cited: &dyn Fn(&str) -> bool,
    heading: &'static str,
) -> Html {
    let texts = lang.texts();
    let words = &texts.attribution;
    let versions = [
        ("version", env!("CARGO_PKG_VERSION")),
        ("model", &MODEL_VERSION.to_string()),
        ("data", catalogue.data_version.as_str()),
    ];
    html! {
        <section class="mx-attribution" aria-labelledby="mx-sources-heading">
            <@{heading} id="mx-sources-heading">{ texts.sources_heading }</@>
            <dl class="mx-sources">
                { for catalogue.sources.iter().filter(|(key, _)| cited(key)).map(|(key, source)| html! {
                    <>
                        <dt>{ key }</dt>
                        <dd>
                            { lang.pick(&source.name) }
                            if let Some(edition) = &source.edition {
                                <br />{ format!("{} {}", words.edition, lang.pick(edition)) }
                            }
                            if let Some(indicators) = &source.indicators {
                                <br />{ format!("{} {}", words.indicators, lang.pick(indicators)) }
                            }
                            <br />{ format!("{} {}", words.terms, lang.pick(&source.licence)) }
                        </dd>
                    </>
                }) }
            </dl>
            <p>{ words.results_ours }</p>
            <p id="mx-version">{ fill(words.version, &versions) }</p>
            <p id="mx-cite">{ fill(words.cite, &versions) }</p>
        </section>
    }
}

/// κ_R and the effective remittance shares (docs/model.md §3).
fn kappa_section(lang: Lang, results: &Results, preset: &Preset) -> Html {
    let texts = lang.texts();
    let kappa = results.calibration.kappa_r;
    // The shares that reproduce the observed remittances: κ_R times the
    // default levers, which the calibration reads (the model's one formula).
    let defaults = &results.scenario.defaults;
    let share = |v: f64| format::percent(lang, v, 1);
    let (r_u, r_s) = (
        defaults[ParamId::RemitShareUnskilled],
        defaults[ParamId::RemitShareSkilled],
    );
    let [eff_u, eff_s] = results.calibration.effective_remit_shares(defaults);
    let numbers = [
        ("kappa", format::number(lang, kappa, 2)),
        (
            "share",
            format::percent(lang, preset.figures.rem_gdp0.value, 2),
        ),
        ("year", preset.base_year.to_string()),
        ("r_u", share(r_u)),
        ("r_s", share(r_s)),
        ("eff_u", share(eff_u)),
        ("eff_s", share(eff_s)),
        ("sent", format::percent(lang, results.share_sent, 0)),
    ];
    let mut values = lang.place_holes(Role::Origin, &preset.country).to_vec();
    values.extend(numbers.iter().map(|(k, v)| (*k, v.as_str())));
    let text = fill(texts.kappa.text, &values);
    html! {
        <section class="mx-kappa" aria-labelledby="mx-kappa-heading">
            <h4 id="mx-kappa-heading">{ texts.kappa.heading }</h4>
            <p>{ text }</p>
            <p>{ texts.kappa.caveat }</p>
        </section>
    }
}

/// The history check: each earlier preset's run against later data (§5).
fn history_section(lang: Lang, catalogue: &'static Catalogue) -> Html {
    let texts = lang.texts();
    let words = &texts.history;
    let rows = crate::results::history(catalogue);
    let value = |quantity: Quantity, v: f64| match quantity {
        Quantity::RemittancesToGdp | Quantity::SkilledShare => format::percent(lang, v, 2),
        Quantity::DiasporaPeople => format::people(lang, v),
    };
    let label = |quantity: Quantity| match quantity {
        Quantity::RemittancesToGdp => words.remittances_to_gdp,
        Quantity::SkilledShare => words.skilled_share,
        Quantity::DiasporaPeople => words.diaspora_people,
    };
    html! {
        // Not a landmark: its table's scrolling region is one, of the same name.
        <section class="mx-history">
            <h4 id="mx-history-heading">{ words.heading }</h4>
            <p>{ words.intro }</p>
            <div class="mx-table-wrap" tabindex="0" role="region" aria-labelledby="mx-history-heading">
                <table class="mx-table">
                    <thead><tr>{ for words.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ lang.pick(&r.preset.name) }</th>
                                <td>{ label(r.quantity) }</td>
                                <td>{ r.year }</td>
                                <td>{ value(r.quantity, r.model) }</td>
                                <td>{ value(r.quantity, r.observed) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The settings (preset, host, language) and the results whose values it lists.
#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub settings: Settings,
    pub results: Shared<Results>,
}

#[component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    let (settings, results) = (&props.settings, &*props.results);
    let lang = settings.lang;
    let texts = lang.texts();
    let defaults = &results.scenario.defaults;
    let (preset, host) = (settings.preset, settings.host);
    html! {
        <section class="mx-assumptions" aria-labelledby="mx-assumptions-heading">
            <h3 id="mx-assumptions-heading">{ texts.assumptions_heading }</h3>
            <h4>{ texts.assumptions_levers }</h4>
            <div class="mx-table-wrap" tabindex="0" role="region" aria-label={texts.assumptions_levers}>
                <table class="mx-table">
                    <thead><tr>{ for texts.lever_columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                    <tbody>
                        { for SPECS.iter().map(|spec| {
                            let (min, max) = format::lever_range(lang, spec);
                            html! {
                                <tr>
                                    <th scope="row">{ texts.param(spec.id).label }<br /><code>{ spec.name }</code></th>
                                    <td>{ match spec.kind { ModelKind::Scenario => texts.kind_scenario, ModelKind::Assumption => texts.kind_assumption } }</td>
                                    <td>{ format::lever_value(lang, spec, results.scenario.params[spec.id]) }</td>
                                    <td>{ format!("{min} – {max}") }</td>
                                    <td>{ format::lever_value(lang, spec, defaults[spec.id]) }</td>
                                    <td>{ status_of_param(texts, spec.status) }</td>
                                    <td>{ texts.param_source(spec.id) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <h4>{ fill(texts.assumptions_data_of, &[("preset", lang.pick(&preset.name).as_str()), ("host", &lang.pick(&host.country).name)]) }</h4>
            <div class="mx-table-wrap" tabindex="0" role="region" aria-label={texts.assumptions_data}>
                <table class="mx-table">
                    <thead><tr>{ for texts.figure_columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                    <tbody>
                        { origin_rows(lang, preset) }
                        <tr><th scope="rowgroup" colspan="5">{ &lang.pick(&host.country).name }</th></tr>
                        { host_rows(lang, preset, host) }
                    </tbody>
                </table>
            </div>
            { kappa_section(lang, results, preset) }
            { history_section(lang, catalogue()) }
            if !preset.notes.is_empty() {
                <h4>{ texts.notes }</h4>
                <ul>{ for preset.notes.iter().map(|n| html! { <li>{ lang.pick(n) }</li> }) }</ul>
            }
            <h4>{ texts.limits_heading }</h4>
            <ul class="mx-limits">{ for texts.limits.iter().map(|l| html! { <li>{ *l }</li> }) }</ul>
            { sources_section(lang, catalogue(), &|_| true, "h4") }
        </section>
    }
}
