//! The checks on a snapshot's figures: parts not over their wholes (spec section 4), and the
//! upper bound on every count (an addition to the data contract): no district has a billion
//! residents, endpoints, applications or findings, so a larger number is a typing or export
//! error, and rejecting it keeps every province sum far from overflowing.

use crate::model::{Identity, Security, ServiceEntry};

use super::{Check, JsonPath};

/// The largest count a snapshot may report: 10^9. Thirteen districts (or ten thousand) of such
/// counts still sum far below `u64::MAX`, and the roll-ups saturate besides.
pub const MAX_COUNT: u64 = 1_000_000_000;
/// [`MAX_COUNT`] as a person reads it.
const MAX_COUNT_TEXT: &str = "1,000,000,000";

impl Check<'_> {
    /// An error at `path` when `value` is over [`MAX_COUNT`].
    fn bounded(&mut self, path: impl FnOnce() -> JsonPath, value: u64) {
        if value > MAX_COUNT {
            self.error(
                path(),
                format!(
                    "{value} is more than any district can have (at most {MAX_COUNT_TEXT}); check the figure"
                ),
            );
        }
    }

    pub(super) fn identity_counts(&mut self, id: &Identity) {
        let at = |key: &str| JsonPath::root().key("identity").key(key);
        for (key, value) in [
            ("residents", id.residents),
            ("residents_in_database", id.residents_in_database),
            ("eligible_for_id", id.eligible_for_id),
            ("chip_id_cards", id.chip_id_cards),
            ("eid_accounts", id.eid_accounts),
            ("org_eid_applications", id.org_eid_applications),
            ("digital_signatures", id.digital_signatures),
        ] {
            if let Some(v) = value {
                self.bounded(|| at(key), v);
            }
        }
    }

    pub(super) fn service_counts(&mut self, index: usize, entry: &ServiceEntry) {
        if let Some(a) = entry.applications {
            let at = |key: &str| {
                JsonPath::root()
                    .key("services")
                    .index(index)
                    .key("applications")
                    .key(key)
            };
            self.bounded(|| at("online"), a.online);
            self.bounded(|| at("total"), a.total);
        }
    }

    pub(super) fn security_counts(&mut self, sec: &Security) {
        let at = || JsonPath::root().key("security");
        for (i, ins) in sec.inspections.iter().flatten().enumerate() {
            let here = || at().key("inspections").index(i);
            let f = ins.findings;
            for (key, v) in [("high", f.high), ("medium", f.medium), ("low", f.low)] {
                self.bounded(|| here().key("findings").key(key), v);
            }
            self.bounded(|| here().key("resolved"), ins.resolved);
        }
        for (i, t) in sec.trainings.iter().flatten().enumerate() {
            if let Some(p) = t.participants {
                self.bounded(|| at().key("trainings").index(i).key("participants"), p);
            }
        }
        if let Some(am) = sec.anti_malware {
            self.bounded(|| at().key("anti_malware").key("endpoints"), am.endpoints);
            self.bounded(|| at().key("anti_malware").key("protected"), am.protected);
        }
        if let Some(inc) = sec.incidents {
            self.bounded(|| at().key("incidents").key("detected"), inc.detected);
            self.bounded(|| at().key("incidents").key("resolved"), inc.resolved);
        }
    }

    pub(super) fn identity(&mut self, id: &Identity) {
        let at = || JsonPath::root().key("identity");
        let pairs = [
            (
                id.residents_in_database,
                id.residents,
                "residents_in_database",
                "residents",
            ),
            (
                id.chip_id_cards,
                id.eligible_for_id,
                "chip_id_cards",
                "eligible_for_id",
            ),
        ];
        for (part, whole, part_name, whole_name) in pairs {
            if let (Some(part), Some(whole)) = (part, whole) {
                if part > whole {
                    self.error(
                        at().key(part_name),
                        format!("{part_name} ({part}) is more than {whole_name} ({whole})"),
                    );
                }
            }
        }
    }

    pub(super) fn security(&mut self, sec: &Security) {
        let at = || JsonPath::root().key("security");
        for (i, ins) in sec.inspections.iter().flatten().enumerate() {
            let here = || at().key("inspections").index(i);
            if ins.unit.trim().is_empty() {
                self.error(
                    here().key("unit"),
                    "name the inspected unit; `unit` must not be empty".into(),
                );
            }
            self.not_after_as_of(|| here().key("date"), "inspection date", ins.date);
            let found = ins.findings.total();
            if ins.resolved > found {
                self.error(
                    here().key("resolved"),
                    format!("{} findings resolved, but only {found} were found", ins.resolved),
                );
            }
        }
        for (i, t) in sec.trainings.iter().flatten().enumerate() {
            self.not_after_as_of(
                || at().key("trainings").index(i).key("date"),
                "training date",
                t.date,
            );
        }
        for (i, d) in sec.drills.iter().flatten().enumerate() {
            self.not_after_as_of(|| at().key("drills").index(i).key("date"), "drill date", d.date);
        }
        if let Some(am) = sec.anti_malware {
            if am.protected > am.endpoints {
                self.error(
                    at().key("anti_malware").key("protected"),
                    format!(
                        "{} protected endpoints is more than the {} endpoints",
                        am.protected, am.endpoints
                    ),
                );
            }
        }
        if let Some(inc) = sec.incidents {
            if inc.resolved > inc.detected {
                self.error(
                    at().key("incidents").key("resolved"),
                    format!(
                        "{} incidents resolved, but only {} detected",
                        inc.resolved, inc.detected
                    ),
                );
            }
        }
    }
}
