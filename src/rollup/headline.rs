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
    /// A short human form: `34/41`, `17`, `98.7 %`, `41/39`.
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            Value::Ratio(r) => format!("{}/{}", r.complete, r.total),
            Value::Count(n) => group_thousands(*n),
            Value::Pct(Some(p)) => format!("{p:.1} %"),
            Value::Pct(None) => "n/a".into(),
            Value::Incidents(i) => format!(
                "{} detected, {} resolved",
                group_thousands(i.detected),
                group_thousands(i.resolved)
            ),
        }
    }

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

    /// The signed change from `before` to `self`, for `+3` style deltas, thousands grouped like
    /// the values (`+8,666`); `None` when equal. Incidents show both counts (`+4 / +3`).
    #[must_use]
    pub fn delta(&self, before: &Value) -> Option<String> {
        match (self, before) {
            (Value::Ratio(a), Value::Ratio(b)) => signed(a.complete, b.complete),
            (Value::Count(a), Value::Count(b)) => signed(*a, *b),
            (Value::Pct(Some(a)), Value::Pct(Some(b))) => {
                let d = ((a - b) * 10.0).round() / 10.0;
                (d != 0.0).then(|| format!("{d:+.1}"))
            }
            (Value::Incidents(a), Value::Incidents(b)) => (a != b).then(|| {
                let part = |x, y| signed(x, y).unwrap_or_else(|| "0".into());
                format!(
                    "{} / {}",
                    part(a.detected, b.detected),
                    part(a.resolved, b.resolved)
                )
            }),
            _ => (self != before).then(|| "changed".into()),
        }
    }
}

/// `after - before` with its sign and grouped thousands; `None` when equal.
fn signed(after: u64, before: u64) -> Option<String> {
    match after.cmp(&before) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(format!("+{}", group_thousands(after - before))),
        std::cmp::Ordering::Less => Some(format!("-{}", group_thousands(before - after))),
    }
}

/// `52287` -> `52,287`.
#[must_use]
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
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

    /// A label for people.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Figure::PlanTasks => "Plan tasks",
            Figure::KeyTasks => "Key tasks",
            Figure::ModelsMaintained => "Models to maintain",
            Figure::ModelsNew => "New models",
            Figure::Services => "Public services online",
            Figure::OverdueTasks => "Overdue tasks",
            Figure::Inspections => "Security inspections",
            Figure::Trainings => "Security trainings",
            Figure::Drills => "Cyber drills",
            Figure::OpenFindings => "Open findings",
            Figure::PopulationData => "Population data",
            Figure::ChipIdCards => "Chip ID cards",
            Figure::EidAccounts => "eID accounts",
            Figure::OrgEidApplications => "Organisation eID applications",
            Figure::DigitalSignatures => "Digital signatures",
            Figure::FourLayerDistricts => "Four-layer districts",
            Figure::AntiMalware => "Anti-malware coverage",
            Figure::Incidents => "Incidents",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_display_and_deltas() {
        let a = Value::Ratio(Ratio {
            complete: 34,
            total: 41,
        });
        let b = Value::Ratio(Ratio {
            complete: 31,
            total: 41,
        });
        assert_eq!(a.display(), "34/41");
        assert_eq!(a.delta(&b).as_deref(), Some("+3"));
        assert_eq!(b.delta(&a).as_deref(), Some("-3"));
        assert_eq!(a.delta(&a), None);
        assert_eq!(Value::Count(52_287).display(), "52,287");
        assert_eq!(
            Value::Pct(Some(98.7)).delta(&Value::Pct(Some(98.5))).as_deref(),
            Some("+0.2")
        );
        assert_eq!(group_thousands(1_021_400), "1,021,400");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(
            Value::Count(52_287).delta(&Value::Count(43_621)).as_deref(),
            Some("+8,666")
        );
        assert_eq!(
            Value::Count(1).delta(&Value::Count(1_234_568)).as_deref(),
            Some("-1,234,567")
        );
        let inc = |detected, resolved| Value::Incidents(IncidentCounts { detected, resolved });
        assert_eq!(inc(41, 39).delta(&inc(37, 39)).as_deref(), Some("+4 / 0"));
    }
}
