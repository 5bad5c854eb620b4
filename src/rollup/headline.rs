//! The province's headline figures (spec 5.5), and a table of them by name so that reports,
//! tiles and change lists all walk the same list in the same order.

use serde::Serialize;

use crate::load::Record;
use crate::model::{Area, TaskKind};

use super::items::ItemRollup;
use super::pct;

/// Complete out of total items.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize)]
pub struct Ratio {
    pub complete: u64,
    pub total: u64,
}

impl Ratio {
    #[must_use]
    pub fn pct(self) -> Option<f64> {
        pct(self.complete, self.total)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize)]
pub struct IncidentCounts {
    pub detected: u64,
    pub resolved: u64,
}

/// The headline of spec section 5.5, serialised as in section 6.
#[derive(Clone, PartialEq, Debug, Default, Serialize)]
pub struct Headline {
    pub plan_tasks: Ratio,
    pub key_tasks: Ratio,
    pub models_maintained: Ratio,
    pub models_new: Ratio,
    pub services: Ratio,
    pub overdue_tasks: u64,
    pub inspections: u64,
    pub trainings: u64,
    pub drills: u64,
    pub open_findings: u64,
    pub population_data_pct: Option<f64>,
    pub chip_id_cards: u64,
    pub eid_accounts: u64,
    pub org_eid_applications: u64,
    pub digital_signatures: u64,
    pub four_layer_districts: u64,
    pub anti_malware_pct: Option<f64>,
    pub incidents: IncidentCounts,
}

/// Computes the headline from the rolled-up items and the districts' effective records.
pub(super) fn headline(
    plan: &crate::model::Plan,
    items: &[ItemRollup],
    effective: &[Option<&Record>],
) -> Headline {
    let mut h = Headline::default();
    for it in items {
        let ratio = match it.area {
            Area::Task if plan.tasks[it.index].kind == TaskKind::Plan => &mut h.plan_tasks,
            Area::Task => &mut h.key_tasks,
            Area::Model if plan.models[it.index].new => &mut h.models_new,
            Area::Model => &mut h.models_maintained,
            Area::Service => &mut h.services,
        };
        ratio.total += 1;
        ratio.complete += u64::from(it.complete);
        h.overdue_tasks += u64::from(it.overdue);
    }
    // Validation bounds every count (`load::MAX_COUNT`), so these sums cannot reach
    // `u64::MAX`; saturating anyway means a record that skipped validation can only pin a
    // figure at its ceiling, never wrap it round to a small number.
    let add = |sum: &mut u64, n: u64| *sum = sum.saturating_add(n);
    let (mut in_db, mut residents, mut protected, mut endpoints) = (0u64, 0u64, 0u64, 0u64);
    for rec in effective.iter().flatten() {
        if let Some(id) = &rec.identity {
            if let (Some(r), Some(d)) = (id.residents, id.residents_in_database) {
                add(&mut residents, r);
                add(&mut in_db, d);
            }
            add(&mut h.chip_id_cards, id.chip_id_cards.unwrap_or(0));
            add(&mut h.eid_accounts, id.eid_accounts.unwrap_or(0));
            add(&mut h.org_eid_applications, id.org_eid_applications.unwrap_or(0));
            add(&mut h.digital_signatures, id.digital_signatures.unwrap_or(0));
        }
        if let Some(sec) = &rec.security {
            let inspections = sec.inspections.as_deref().unwrap_or_default();
            add(&mut h.inspections, inspections.len() as u64);
            for ins in inspections {
                add(&mut h.open_findings, ins.open_findings());
            }
            add(
                &mut h.trainings,
                sec.trainings.as_ref().map_or(0, Vec::len) as u64,
            );
            add(&mut h.drills, sec.drills.as_ref().map_or(0, Vec::len) as u64);
            h.four_layer_districts += u64::from(sec.four_layer.is_some_and(|f| f.all()));
            if let Some(am) = sec.anti_malware {
                add(&mut protected, am.protected);
                add(&mut endpoints, am.endpoints);
            }
            if let Some(inc) = sec.incidents {
                add(&mut h.incidents.detected, inc.detected);
                add(&mut h.incidents.resolved, inc.resolved);
            }
        }
    }
    h.population_data_pct = pct(in_db, residents);
    h.anti_malware_pct = pct(protected, endpoints);
    h
}

/// The value of one headline figure.
#[derive(Clone, Copy, PartialEq, Debug, Serialize)]
#[serde(untagged)]
pub enum Value {
    Ratio(Ratio),
    Count(u64),
    Pct(Option<f64>),
    Incidents(IncidentCounts),
}

impl Value {
    /// The number a chart plots: a ratio's complete count, a count, a percentage (0 when
    /// there is nothing to divide by), incidents detected.
    #[must_use]
    pub fn magnitude(&self) -> f64 {
        match self {
            Value::Ratio(r) => r.complete as f64,
            Value::Count(n) => *n as f64,
            Value::Pct(p) => p.unwrap_or(0.0),
            Value::Incidents(i) => i.detected as f64,
        }
    }
}

/// Every headline figure, by its key in the JSON report, with a label for people.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Figure {
    PlanTasks,
    KeyTasks,
    ModelsMaintained,
    ModelsNew,
    Services,
    OverdueTasks,
    Inspections,
    Trainings,
    Drills,
    OpenFindings,
    PopulationData,
    ChipIdCards,
    EidAccounts,
    OrgEidApplications,
    DigitalSignatures,
    FourLayerDistricts,
    AntiMalware,
    Incidents,
}

impl Figure {
    pub const ALL: [Figure; 18] = [
        Figure::PlanTasks,
        Figure::KeyTasks,
        Figure::ModelsMaintained,
        Figure::ModelsNew,
        Figure::Services,
        Figure::OverdueTasks,
        Figure::Inspections,
        Figure::Trainings,
        Figure::Drills,
        Figure::OpenFindings,
        Figure::PopulationData,
        Figure::ChipIdCards,
        Figure::EidAccounts,
        Figure::OrgEidApplications,
        Figure::DigitalSignatures,
        Figure::FourLayerDistricts,
        Figure::AntiMalware,
        Figure::Incidents,
    ];

    /// The key in the JSON report's `headline`.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Figure::PlanTasks => "plan_tasks",
            Figure::KeyTasks => "key_tasks",
            Figure::ModelsMaintained => "models_maintained",
            Figure::ModelsNew => "models_new",
            Figure::Services => "services",
            Figure::OverdueTasks => "overdue_tasks",
            Figure::Inspections => "inspections",
            Figure::Trainings => "trainings",
            Figure::Drills => "drills",
            Figure::OpenFindings => "open_findings",
            Figure::PopulationData => "population_data_pct",
            Figure::ChipIdCards => "chip_id_cards",
            Figure::EidAccounts => "eid_accounts",
            Figure::OrgEidApplications => "org_eid_applications",
            Figure::DigitalSignatures => "digital_signatures",
            Figure::FourLayerDistricts => "four_layer_districts",
            Figure::AntiMalware => "anti_malware_pct",
            Figure::Incidents => "incidents",
        }
    }
}

impl Headline {
    /// The value of one figure.
    #[must_use]
    pub fn value(&self, figure: Figure) -> Value {
        match figure {
            Figure::PlanTasks => Value::Ratio(self.plan_tasks),
            Figure::KeyTasks => Value::Ratio(self.key_tasks),
            Figure::ModelsMaintained => Value::Ratio(self.models_maintained),
            Figure::ModelsNew => Value::Ratio(self.models_new),
            Figure::Services => Value::Ratio(self.services),
            Figure::OverdueTasks => Value::Count(self.overdue_tasks),
            Figure::Inspections => Value::Count(self.inspections),
            Figure::Trainings => Value::Count(self.trainings),
            Figure::Drills => Value::Count(self.drills),
            Figure::OpenFindings => Value::Count(self.open_findings),
            Figure::PopulationData => Value::Pct(self.population_data_pct),
            Figure::ChipIdCards => Value::Count(self.chip_id_cards),
            Figure::EidAccounts => Value::Count(self.eid_accounts),
            Figure::OrgEidApplications => Value::Count(self.org_eid_applications),
            Figure::DigitalSignatures => Value::Count(self.digital_signatures),
            Figure::FourLayerDistricts => Value::Count(self.four_layer_districts),
            Figure::AntiMalware => Value::Pct(self.anti_malware_pct),
            Figure::Incidents => Value::Incidents(self.incidents),
        }
    }
}
