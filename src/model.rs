//! Serde types for the two file kinds of the data contract (spec sections 2 and 3), exactly as
//! they appear on disk. Validation lives in `load`; these types only say what parses.
//!
//! The same types feed `p06 schema`, so the published JSON Schema cannot drift from the loader.

mod date;
mod enums;
mod meeting;
mod nfc;
mod security;
mod text;
mod whole;

mod area;

pub use area::Area;
pub use date::{Date, DateError};
pub use enums::{
    DirectionState, DistrictKind, Group, ModelStatus, ServiceStatus, SubjectArea, TaskKind, TaskStatus,
};
pub use meeting::{DataDigest, Direction, MEETING_FORMAT, Meeting, Subject};
pub use nfc::Nfc;
pub use security::{AntiMalware, Drill, Findings, FourLayer, Incidents, Inspection, Security, Training};
pub use text::{LocalText, TextIssue};

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize};

/// The `format` value a plan must carry.
pub const PLAN_FORMAT: &str = "p06.plan/1";
/// The `format` value a snapshot must carry.
pub const SNAPSHOT_FORMAT: &str = "p06.snapshot/1";

/// `plan.json`: the province's districts and the catalogue of items they report on.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct Plan {
    /// Must be `p06.plan/1`.
    pub format: String,
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub province: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<Date>,
    #[schemars(length(min = 1))]
    pub districts: Vec<District>,
    #[serde(default)]
    pub tasks: Vec<Task>,
    #[serde(default)]
    pub models: Vec<Model>,
    #[serde(default)]
    pub services: Vec<Service>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<SecurityTargets>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct District {
    /// Two to four capital letters, unique in the plan.
    #[schemars(regex(pattern = r"^[A-Z]{2,4}$"))]
    pub code: String,
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub name: String,
    pub kind: DistrictKind,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct Task {
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub id: String,
    pub title: LocalText,
    pub kind: TaskKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
    /// The lead agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub applies_to: AppliesTo,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct Model {
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub id: String,
    pub title: LocalText,
    /// A model to be built this period, as opposed to one to maintain and replicate.
    #[serde(default)]
    pub new: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
    #[serde(default)]
    pub applies_to: AppliesTo,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct Service {
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub id: String,
    pub title: LocalText,
    #[serde(default)]
    pub applies_to: AppliesTo,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
pub struct SecurityTargets {
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inspection_target: Option<u64>,
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub training_target: Option<u64>,
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub drill_target: Option<u64>,
}

/// Which districts an item applies to: `"all"` or a list of district codes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum AppliesTo {
    #[default]
    All,
    Codes(Vec<String>),
}

impl Serialize for AppliesTo {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            AppliesTo::All => s.serialize_str("all"),
            AppliesTo::Codes(codes) => codes.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for AppliesTo {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = AppliesTo;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("\"all\" or a list of district codes")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<AppliesTo, E> {
                if v == "all" {
                    Ok(AppliesTo::All)
                } else {
                    Err(E::custom(format!(
                        "`{v}` is not a valid applies_to; use \"all\" or a list of district codes such as [\"{v}\"]"
                    )))
                }
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<AppliesTo, A::Error> {
                let mut codes = Vec::new();
                while let Some(code) = seq.next_element::<String>()? {
                    codes.push(code);
                }
                Ok(AppliesTo::Codes(codes))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for AppliesTo {
    fn schema_name() -> Cow<'static, str> {
        "AppliesTo".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "\"all\" or a non-empty list of district codes of the plan.",
            "oneOf": [
                { "const": "all" },
                { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Z]{2,4}$" } }
            ]
        })
    }
}

/// A district snapshot: the district's complete, cumulative state on one date.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct Snapshot {
    /// Must be `p06.snapshot/1`.
    pub format: String,
    /// A district code of the plan.
    #[schemars(regex(pattern = r"^[A-Z]{2,4}$"))]
    pub district: String,
    pub as_of: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<Reporter>,
    /// Absent means "not reported", never "none".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<TaskEntry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<ModelEntry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ServiceEntry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Reporter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct TaskEntry {
    pub id: String,
    pub status: TaskStatus,
    /// 0..=100; defaults to 100 when done, else 0.
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(range(max = 100))]
    pub progress: Option<u64>,
    /// Only with `done`, and not after the snapshot's `as_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocker: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct ModelEntry {
    pub id: String,
    pub status: ModelStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
pub struct ServiceEntry {
    pub id: String,
    pub status: ServiceStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applications: Option<Applications>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Applications {
    #[serde(deserialize_with = "whole::u64")]
    pub online: u64,
    /// At least `online`.
    #[serde(deserialize_with = "whole::u64")]
    pub total: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Identity {
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub residents: Option<u64>,
    /// At most `residents`.
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub residents_in_database: Option<u64>,
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eligible_for_id: Option<u64>,
    /// At most `eligible_for_id`.
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub chip_id_cards: Option<u64>,
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eid_accounts: Option<u64>,
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub org_eid_applications: Option<u64>,
    #[serde(
        deserialize_with = "whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub digital_signatures: Option<u64>,
}
