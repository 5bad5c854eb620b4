//! `p06 schema`: the JSON Schema of a file kind, derived from the loader's own types so that
//! the published schema cannot drift from what the loader accepts.

use std::process::ExitCode;

use serde_json::{Value, json};

use crate::cli::{EXIT_OK, SchemaKind};
use crate::model::{MEETING_FORMAT, Meeting, PLAN_FORMAT, Plan, SNAPSHOT_FORMAT, Snapshot};

/// The schema of one file kind, as a JSON value (draft 2020-12).
#[must_use]
pub fn schema_of(kind: SchemaKind) -> Value {
    let (schema, title, description, format) = match kind {
        SchemaKind::Plan => (
            schemars::schema_for!(Plan),
            "p06 plan (plan.json)",
            "The provincial plan of Project 06: its districts and the catalogue of tasks, models \
             and services they report on. Some rules cannot be expressed here (unique ids and \
             codes, applies_to naming districts of the plan); `p06 check` checks them all.",
            PLAN_FORMAT,
        ),
        SchemaKind::Snapshot => (
            schemars::schema_for!(Snapshot),
            "p06 district snapshot",
            "One district's complete, cumulative state of Project 06 on one date. Some rules \
             need the plan or several fields (known ids, completed_on not after as_of, counts \
             not above their totals); `p06 check` checks them all.",
            SNAPSHOT_FORMAT,
        ),
        SchemaKind::Meeting => (
            schemars::schema_for!(Meeting),
            "p06 meeting record",
            "One review conference: the data it reviewed and the directions its chair gave, \
             with who must act and by when. Some rules need the plan or the whole directory \
             (subjects naming items and districts of the plan, unique ids and dates, closed_on \
             with done and dropped); p06 checks them all when it reads the meetings directory.",
            MEETING_FORMAT,
        ),
    };
    let mut value = schema.to_value();
    strip_nonstandard_formats(&mut value);
    if let Some(obj) = value.as_object_mut() {
        obj.insert("title".into(), json!(title));
        obj.insert("description".into(), json!(description));
        // The format tag is a plain String in the types; editors should still flag a wrong one.
        if let Some(f) = obj
            .get_mut("properties")
            .and_then(|p| p.get_mut("format"))
            .and_then(Value::as_object_mut)
        {
            f.insert("const".into(), json!(format));
        }
    }
    value
}

/// The `format` values of JSON Schema 2020-12 that p06's schemas use. schemars marks Rust
/// integer widths (`uint64`, `uint`), which strict validators (ajv in strict mode, jsonschema
/// with unknown formats refused) reject as unknown; `minimum: 0` already says what they mean.
const STANDARD_FORMATS: &[&str] = &["date"];

fn strip_nonstandard_formats(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            let drop = obj
                .get("format")
                .and_then(Value::as_str)
                .is_some_and(|f| !STANDARD_FORMATS.contains(&f));
            if drop {
                obj.remove("format");
            }
            // `properties` maps field names to schemas: a field named `format` is not a keyword.
            obj.values_mut().for_each(strip_nonstandard_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_nonstandard_formats),
        _ => {}
    }
}

pub fn schema(kind: SchemaKind, lang: crate::present::Lang) -> color_eyre::Result<ExitCode> {
    let text = serde_json::to_string_pretty(&schema_of(kind))? + "\n";
    if let Err(code) = crate::cli::stdout::write(&text, lang) {
        return Ok(code);
    }
    Ok(ExitCode::from(EXIT_OK))
}
