//! Reads the presets file into the preset types by hand, through
//! `serde_json::Value`, rather than with derived `Deserialize`: the derived
//! visitors cost the widget about 20 KB of its gzip download (measured), while
//! the `Value` parser is linked anyway (the widget reads the host page's
//! messages with it). Unknown fields are refused, as `deny_unknown_fields` did.

use crate::preset::{
    Catalog, Figure, FigureStatus, Host, HostFigures, OriginFigures, Preset, PresetError, Source,
};
use serde_json::{Map, Value};

type Read<T> = Result<T, PresetError>;

/// The fields of one JSON object, read by name; `at` names it in errors.
struct Fields<'a> {
    at: String,
    map: &'a Map<String, Value>,
    read: Vec<&'static str>,
}

fn error(at: &str, what: &str) -> PresetError {
    PresetError::Parse(format!("{at}: {what}"))
}

impl<'a> Fields<'a> {
    fn of(value: &'a Value, at: String) -> Read<Fields<'a>> {
        match value {
            Value::Object(map) => Ok(Fields {
                at,
                map,
                read: Vec::new(),
            }),
            _ => Err(error(&at, "expected an object")),
        }
    }

    fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.at)
    }

    fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.read.push(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn need(&mut self, key: &'static str) -> Read<&'a Value> {
        self.get(key)
            .ok_or_else(|| error(&self.at(key), "missing field"))
    }

    fn number(&mut self, key: &'static str) -> Read<f64> {
        let value = self.need(key)?;
        value
            .as_f64()
            .ok_or_else(|| error(&self.at(key), "expected a number"))
    }

    fn whole(&mut self, key: &'static str) -> Read<i32> {
        let value = self.need(key)?;
        value
            .as_i64()
            .and_then(|v| i32::try_from(v).ok())
            .ok_or_else(|| error(&self.at(key), "expected a whole number"))
    }

    fn text(&mut self, key: &'static str) -> Read<String> {
        self.text_or_none(key)?
            .ok_or_else(|| error(&self.at(key), "missing field"))
    }

    fn text_or_none(&mut self, key: &'static str) -> Read<Option<String>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(error(&self.at(key), "expected text")),
        }
    }

    fn list<T>(
        &mut self,
        key: &'static str,
        item: impl Fn(&Value, String) -> Read<T>,
    ) -> Read<Vec<T>> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| item(v, format!("{}[{i}]", self.at(key))))
                .collect(),
            Some(_) => Err(error(&self.at(key), "expected a list")),
        }
    }

    fn figure(&mut self, key: &'static str) -> Read<Figure> {
        self.figure_or_none(key)?
            .ok_or_else(|| error(&self.at(key), "missing field"))
    }

    fn figure_or_none(&mut self, key: &'static str) -> Read<Option<Figure>> {
        let at = self.at(key);
        self.get(key).map(|v| figure(v, at)).transpose()
    }

    /// Refuses the fields that were not read.
    fn done(self) -> Read<()> {
        match self.map.keys().find(|k| !self.read.contains(&k.as_str())) {
            Some(key) => Err(error(&self.at, &format!("unknown field `{key}`"))),
            None => Ok(()),
        }
    }
}

fn figure(value: &Value, at: String) -> Read<Figure> {
    let mut f = Fields::of(value, at)?;
    let status = match f.text("status")?.as_str() {
        "V" => FigureStatus::V,
        "D" => FigureStatus::D,
        "C" => FigureStatus::C,
        other => return Err(error(&f.at("status"), &format!("unknown status `{other}`"))),
    };
    let figure = Figure {
        value: f.number("value")?,
        year: f.whole("year")?,
        status,
        source: f.text("source")?,
        formula: f.text_or_none("formula")?,
        note: f.text_or_none("note")?,
    };
    f.done()?;
    Ok(figure)
}

fn host(value: &Value, at: String) -> Read<Host> {
    let mut h = Fields::of(value, at)?;
    let (id, name) = (h.text("id")?, h.text("name")?);
    let mut f = Fields::of(h.need("figures")?, h.at("figures"))?;
    let figures = HostFigures {
        labour_force: f.figure("labour_force")?,
        gdp_usd: f.figure("gdp_usd")?,
        immigrant_share: f.figure("immigrant_share")?,
        emigrants_from_origin: f.figure("emigrants_from_origin")?,
        corridor_share: f.figure("corridor_share")?,
        labour_growth: f.figure("labour_growth")?,
        send_cost: f.figure_or_none("send_cost")?,
    };
    f.done()?;
    h.done()?;
    Ok(Host { id, name, figures })
}

fn preset(value: &Value, at: String) -> Read<Preset> {
    let mut p = Fields::of(value, at)?;
    let (id, name, country) = (p.text("id")?, p.text("name")?, p.text("country")?);
    let base_year = p.whole("base_year")?;
    let mut f = Fields::of(p.need("figures")?, p.at("figures"))?;
    let figures = OriginFigures {
        labour_force: f.figure("labour_force")?,
        population: f.figure("population")?,
        gdp_usd: f.figure("gdp_usd")?,
        remittances_usd: f.figure("remittances_usd")?,
        rem_gdp0: f.figure("rem_gdp0")?,
        emigrant_stock: f.figure("emigrant_stock")?,
        d0: f.figure("d0")?,
        h0: f.figure("h0")?,
        m_s0: f.figure("m_s0")?,
        transfer_cost: f.figure("transfer_cost")?,
        wage_ratio_unskilled: f.figure("wage_ratio_unskilled")?,
        wage_ratio_skilled: f.figure("wage_ratio_skilled")?,
        labour_growth: f.figure("labour_growth")?,
        doctors_abroad: f.figure_or_none("doctors_abroad")?,
    };
    f.done()?;
    let preset = Preset {
        id,
        name,
        country,
        base_year,
        figures,
        hosts: p.list("hosts", host)?,
        notes: p.list("notes", |v, at| match v {
            Value::String(s) => Ok(s.clone()),
            _ => Err(error(&at, "expected text")),
        })?,
        observed_in: p.text_or_none("observed_in")?,
    };
    p.done()?;
    Ok(preset)
}

fn source(value: &Value, at: String) -> Read<Source> {
    let mut s = Fields::of(value, at)?;
    let source = Source {
        name: s.text("name")?,
        edition: s.text_or_none("edition")?,
        indicators: s.text_or_none("indicators")?,
        licence: s.text("licence")?,
    };
    s.done()?;
    Ok(source)
}

/// A presets file's text as a catalog, not yet validated.
pub(crate) fn catalog(text: &str) -> Read<Catalog> {
    let value: Value = serde_json::from_str(text).map_err(|e| PresetError::Parse(e.to_string()))?;
    let mut c = Fields::of(&value, "file".to_string())?;
    let sources = match c.need("sources")? {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| Ok((k.clone(), source(v, format!("sources.{k}"))?)))
            .collect::<Read<_>>()?,
        _ => return Err(error("file.sources", "expected an object")),
    };
    let catalog = Catalog {
        data_version: c.text("data_version")?,
        sources,
        presets: c.list("presets", preset)?,
    };
    c.done()?;
    Ok(catalog)
}
