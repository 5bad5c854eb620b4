//! The JSON shapes `gen_demo` writes, in the key order of the data contract (`serde_json`
//! without `preserve_order` would sort the keys of a map, so these are structs).

use serde::Serialize;
use serde_json::Value;

/// Text in two languages (spec section 2.1), Vietnamese first: the province writes the plan.
#[derive(Serialize, Clone, Copy)]
pub struct Text {
    pub vi: &'static str,
    pub en: &'static str,
}

#[derive(Serialize)]
pub struct Plan {
    pub format: &'static str,
    pub province: &'static str,
    pub title: Text,
    pub issued: &'static str,
    pub districts: Vec<PlanDistrict>,
    pub tasks: Vec<PlanTask>,
    pub models: Vec<PlanModel>,
    pub services: Vec<PlanService>,
    pub security: Targets,
}

#[derive(Serialize)]
pub struct PlanDistrict {
    pub code: &'static str,
    pub name: &'static str,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct PlanTask {
    pub id: &'static str,
    pub title: Text,
    pub kind: &'static str,
    pub group: &'static str,
    pub lead: Text,
    pub due: &'static str,
    pub applies_to: Value,
}

#[derive(Serialize)]
pub struct PlanModel {
    pub id: &'static str,
    pub title: Text,
    pub new: bool,
    pub group: &'static str,
    pub applies_to: Value,
}

#[derive(Serialize)]
pub struct PlanService {
    pub id: &'static str,
    pub title: Text,
    pub applies_to: Value,
}

#[derive(Serialize)]
pub struct Targets {
    pub inspection_target: u32,
    pub training_target: u32,
    pub drill_target: u32,
}

#[derive(Serialize)]
pub struct Snapshot {
    pub format: &'static str,
    pub district: &'static str,
    pub as_of: String,
    pub reported_by: Reporter,
    pub tasks: Vec<TaskEntry>,
    pub models: Vec<ModelEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ServiceEntry>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
    pub security: Security,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<&'static str>,
}

#[derive(Serialize)]
pub struct Reporter {
    pub name: &'static str,
    pub role: &'static str,
    pub contact: &'static str,
}

#[derive(Serialize, Clone)]
pub struct TaskEntry {
    pub id: &'static str,
    pub status: &'static str,
    pub progress: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocker: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<&'static str>,
}

#[derive(Serialize)]
pub struct ModelEntry {
    pub id: &'static str,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

#[derive(Serialize)]
pub struct ServiceEntry {
    pub id: &'static str,
    pub status: &'static str,
    pub applications: Applications,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

#[derive(Serialize)]
pub struct Applications {
    pub online: u64,
    pub total: u64,
}

#[derive(Serialize)]
pub struct Identity {
    pub residents: u64,
    pub residents_in_database: u64,
    pub eligible_for_id: u64,
    pub chip_id_cards: u64,
    pub eid_accounts: u64,
    pub org_eid_applications: u64,
    pub digital_signatures: u64,
}

#[derive(Serialize)]
pub struct Security {
    pub inspections: Vec<Inspection>,
    pub trainings: Vec<Training>,
    pub drills: Vec<Drill>,
    pub four_layer: FourLayer,
    pub anti_malware: AntiMalware,
    pub incidents: Incidents,
}

#[derive(Serialize)]
pub struct Inspection {
    pub unit: &'static str,
    pub date: &'static str,
    pub findings: Findings,
    pub resolved: u64,
}

#[derive(Serialize)]
pub struct Findings {
    pub high: u64,
    pub medium: u64,
    pub low: u64,
}

#[derive(Serialize)]
pub struct Training {
    pub date: &'static str,
    pub title: &'static str,
    pub participants: u64,
}

#[derive(Serialize)]
pub struct Drill {
    pub date: &'static str,
    pub title: &'static str,
    pub unit: &'static str,
}

#[derive(Serialize)]
pub struct FourLayer {
    pub on_site: bool,
    pub monitoring: bool,
    pub inspection: bool,
    pub national_connection: bool,
}

#[derive(Serialize)]
pub struct AntiMalware {
    pub endpoints: u64,
    pub protected: u64,
    pub centrally_managed: bool,
}

#[derive(Serialize)]
pub struct Incidents {
    pub detected: u64,
    pub resolved: u64,
}
