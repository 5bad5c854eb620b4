//! A snapshot's `security` section (contract section 3): inspections, trainings, drills, the
//! four-layer model, anti-malware coverage and incidents.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Date;

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Security {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspections: Option<Vec<Inspection>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainings: Option<Vec<Training>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drills: Option<Vec<Drill>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub four_layer: Option<FourLayer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anti_malware: Option<AntiMalware>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incidents: Option<Incidents>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Inspection {
    #[schemars(length(min = 1), regex(pattern = r"\S"))]
    pub unit: String,
    pub date: Date,
    #[serde(default)]
    pub findings: Findings,
    /// At most the sum of findings.
    #[serde(deserialize_with = "super::whole::u64", default)]
    pub resolved: u64,
}

impl Inspection {
    /// Findings not yet resolved (never negative: validation rejects resolved > findings).
    #[must_use]
    pub fn open_findings(&self) -> u64 {
        self.findings.total().saturating_sub(self.resolved)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Findings {
    #[serde(deserialize_with = "super::whole::u64", default)]
    pub high: u64,
    #[serde(deserialize_with = "super::whole::u64", default)]
    pub medium: u64,
    #[serde(deserialize_with = "super::whole::u64", default)]
    pub low: u64,
}

impl Findings {
    #[must_use]
    pub fn total(&self) -> u64 {
        self.high.saturating_add(self.medium).saturating_add(self.low)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Training {
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(
        deserialize_with = "super::whole::opt_u64",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub participants: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Drill {
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// The four-layer protection model; an absent layer is `false`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct FourLayer {
    #[serde(default)]
    pub on_site: bool,
    #[serde(default)]
    pub monitoring: bool,
    #[serde(default)]
    pub inspection: bool,
    #[serde(default)]
    pub national_connection: bool,
}

impl FourLayer {
    #[must_use]
    pub fn all(&self) -> bool {
        self.on_site && self.monitoring && self.inspection && self.national_connection
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct AntiMalware {
    #[serde(deserialize_with = "super::whole::u64")]
    pub endpoints: u64,
    /// At most `endpoints`.
    #[serde(deserialize_with = "super::whole::u64")]
    pub protected: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centrally_managed: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Incidents {
    #[serde(deserialize_with = "super::whole::u64")]
    pub detected: u64,
    /// At most `detected`.
    #[serde(deserialize_with = "super::whole::u64")]
    pub resolved: u64,
}
