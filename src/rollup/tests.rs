//! Roll-up rules, one edge at a time, on tiny in-memory data sets. What moves between two
//! dates (changes, ranks, history) is in `tests/time.rs`; counts at their bounds in
//! `tests/bounds.rs`.

mod bounds;
mod time;

use super::*;
use crate::load::{Severity, load_memory};

const PLAN: &str = r#"{
  "format": "p06.plan/1", "province": "Test",
  "districts": [
    {"code": "HL", "name": "Hạ Long", "kind": "city"},
    {"code": "CP", "name": "Cẩm Phả", "kind": "city"},
    {"code": "CT", "name": "Cô Tô", "kind": "district"}
  ],
  "tasks": [
    {"id": "T1", "title": "Clean population data", "kind": "plan", "due": "2024-06-30"},
    {"id": "T2", "title": "Border gate data", "kind": "plan", "applies_to": ["HL", "CP"]},
    {"id": "K1", "title": "Electronic health book", "kind": "key", "due": "2025-06-30"}
  ],
  "models": [
    {"id": "M1", "title": "Cashless pensions"},
    {"id": "N1", "title": "Island eID kiosk", "new": true, "applies_to": ["CT"]}
  ],
  "services": [ {"id": "S1", "title": "Birth registration"} ]
}"#;

fn snap(district: &str, as_of: &str, body: &str) -> String {
    format!(r#"{{"format": "p06.snapshot/1", "district": "{district}", "as_of": "{as_of}"{body}}}"#)
}

fn data(snaps: &[String]) -> Dataset {
    let files: Vec<(String, &[u8])> = snaps
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("snapshots/{i:02}.json"), s.as_bytes()))
        .collect();
    load_memory("test", PLAN.as_bytes(), &files).unwrap_or_else(|e| panic!("{e}"))
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

const ALL_DONE_HL: &str = r#", "tasks": [{"id":"T1","status":"done","completed_on":"2024-07-02"},{"id":"T2","status":"done"},{"id":"K1","status":"on_track","progress":25}],
  "models": [{"id":"M1","status":"operating"}], "services": [{"id":"S1","status":"online"}]"#;

fn item<'a>(r: &'a Rollup, area: Area, id: &str, ds: &Dataset) -> &'a ItemRollup {
    let i = ds
        .catalogue
        .item_index(area, id)
        .unwrap_or_else(|| panic!("{id}"));
    r.item(area, i).unwrap_or_else(|| panic!("{id}"))
}

#[test]
fn a_district_without_a_report_holds_every_item_back() {
    let ds = data(&[
        snap("HL", "2024-12-31", ALL_DONE_HL),
        snap("CP", "2024-12-31", ALL_DONE_HL),
    ]);
    let r = roll_up(&ds, d("2024-12-31"));
    let t1 = item(&r, Area::Task, "T1", &ds);
    assert_eq!(
        t1.coverage,
        Coverage {
            complete: 2,
            applicable: 3
        }
    );
    assert!(!t1.complete);
    assert_eq!(t1.status, Status::NoReport);
    assert_eq!(t1.progress, Some(67)); // (100 + 100 + 0) / 3 = 66.67
    assert!(t1.overdue, "due 2024-06-30 before R and not complete");
    assert_eq!(t1.late, 2, "HL and CP completed on 2024-07-02 / without a date");
    // T2 applies to HL and CP only, so CT's silence does not matter.
    let t2 = item(&r, Area::Task, "T2", &ds);
    assert!(t2.complete);
    assert_eq!(t2.status, Status::Done);
    assert_eq!(
        r.headline.plan_tasks,
        Ratio {
            complete: 1,
            total: 2
        }
    );
    assert_eq!(
        r.headline.key_tasks,
        Ratio {
            complete: 0,
            total: 1
        }
    );
    assert_eq!(r.headline.overdue_tasks, 1);
    let ct = &r.districts[2];
    assert_eq!((ct.as_of, ct.stale), (None, false));
    assert_eq!(
        ct.tasks,
        Coverage {
            complete: 0,
            applicable: 2
        }
    );
}

#[test]
fn late_counts_only_dated_completions_after_due() {
    let ds = data(&[snap("HL", "2024-12-31", ALL_DONE_HL)]);
    let r = roll_up(&ds, d("2024-12-31"));
    assert_eq!(item(&r, Area::Task, "T1", &ds).late, 1);
}

#[test]
fn province_status_takes_the_worst_in_spec_order() {
    let body = |st: &str| format!(r#", "tasks": [{{"id":"T1","status":"{st}","progress":50}}]"#);
    let ds = data(&[
        snap("HL", "2024-12-31", &body("on_track")),
        snap("CP", "2024-12-31", &body("behind")),
        snap("CT", "2024-12-31", &body("not_started")),
    ]);
    let r = roll_up(&ds, d("2024-12-31"));
    assert_eq!(item(&r, Area::Task, "T1", &ds).status, Status::Behind);
    // K1 is listed nowhere: not listed counts as no report.
    assert_eq!(item(&r, Area::Task, "K1", &ds).status, Status::NoReport);
    // Without the behind district, no_report (CT has no models) outranks not_started.
    let ds = data(&[
        snap("HL", "2024-12-31", &body("not_started")),
        snap("CP", "2024-12-31", &body("on_track")),
    ]);
    let r = roll_up(&ds, d("2024-12-31"));
    assert_eq!(item(&r, Area::Task, "T1", &ds).status, Status::NoReport);
    let ds = data(&[
        snap("HL", "2024-12-31", &body("blocked")),
        snap("CP", "2024-12-31", &body("behind")),
        snap("CT", "2024-12-31", &body("done")),
    ]);
    let r = roll_up(&ds, d("2024-12-31"));
    assert_eq!(item(&r, Area::Task, "T1", &ds).status, Status::Blocked);
    assert_eq!(
        item(&r, Area::Task, "T1", &ds).progress,
        Some(67),
        "(50 + 50 + 100) / 3"
    );
}

#[test]
fn model_and_service_statuses_follow_section_6() {
    let ds = data(&[
        snap(
            "HL",
            "2024-12-31",
            r#", "models":[{"id":"M1","status":"piloting"}], "services":[{"id":"S1","status":"partial"}]"#,
        ),
        snap(
            "CP",
            "2024-12-31",
            r#", "models":[{"id":"M1","status":"planned"}], "services":[{"id":"S1","status":"online"}]"#,
        ),
        snap(
            "CT",
            "2024-12-31",
            r#", "models":[{"id":"M1","status":"operating"},{"id":"N1","status":"operating"}], "services":[{"id":"S1","status":"online"}]"#,
        ),
    ]);
    let r = roll_up(&ds, d("2024-12-31"));
    assert_eq!(item(&r, Area::Model, "M1", &ds).status, Status::Planned);
    assert_eq!(item(&r, Area::Model, "N1", &ds).status, Status::Operating);
    assert_eq!(item(&r, Area::Service, "S1", &ds).status, Status::Partial);
    assert_eq!(item(&r, Area::Service, "S1", &ds).progress, None);
    assert_eq!(
        r.headline.models_new,
        Ratio {
            complete: 1,
            total: 1
        }
    );
    assert_eq!(
        r.headline.models_maintained,
        Ratio {
            complete: 0,
            total: 1
        }
    );
    assert_eq!(
        r.headline.services,
        Ratio {
            complete: 0,
            total: 1
        }
    );
}

#[test]
fn effective_snapshot_is_the_latest_on_or_before_r_and_staleness_is_over_35_days() {
    let ds = data(&[
        snap("HL", "2024-10-31", r#", "tasks":[{"id":"T1","status":"behind"}]"#),
        snap("HL", "2024-11-25", r#", "tasks":[{"id":"T1","status":"done"}]"#),
        snap("CP", "2025-01-31", r#", "tasks":[{"id":"T1","status":"done"}]"#),
    ]);
    let r = roll_up(&ds, d("2024-12-31"));
    assert_eq!(r.districts[0].as_of, Some(d("2024-11-25")));
    assert!(r.districts[0].stale, "2024-11-25 to 2024-12-31 is 36 days");
    let r = roll_up(&ds, d("2024-12-30"));
    assert!(!r.districts[0].stale, "35 days is not more than 35");
    assert_eq!(r.districts[0].tasks.complete, 1);
    assert_eq!(r.districts[1].as_of, None, "CP's only snapshot is after R");
    let r = roll_up(&ds, d("2025-01-31"));
    assert!(r.districts[0].stale, "67 days");
    // Stale still counts.
    assert_eq!(r.districts[0].tasks.complete, 1);
    let stale = ds.stale_problems(d("2025-01-31"));
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0].file, "snapshots/01.json");
    assert_eq!(stale[0].severity, Severity::Warning);
}

#[test]
fn stale_boundary_is_exclusive() {
    let ds = data(&[snap("HL", "2024-11-25", "")]);
    assert!(!roll_up(&ds, d("2024-12-30")).districts[0].stale);
    assert!(roll_up(&ds, d("2024-12-31")).districts[0].stale);
}

#[test]
fn done_with_low_progress_counts_as_100_and_duplicates_use_the_later_entry() {
    let ds = data(&[
        snap(
            "HL",
            "2024-12-31",
            r#", "tasks":[{"id":"T2","status":"behind","progress":10},{"id":"T2","status":"done","progress":80},{"id":"T9","status":"done"}]"#,
        ),
        snap(
            "CP",
            "2024-12-31",
            r#", "tasks":[{"id":"T2","status":"on_track","progress":41}]"#,
        ),
    ]);
    let r = roll_up(&ds, d("2024-12-31"));
    let t2 = item(&r, Area::Task, "T2", &ds);
    assert_eq!(t2.coverage.complete, 1);
    assert_eq!(t2.progress, Some(71), "(100 + 41) / 2 = 70.5 rounds up");
    let warnings: Vec<&str> = ds.problems().iter().map(|p| p.message.as_str()).collect();
    assert!(
        warnings.iter().any(|m| m.contains("listed twice")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|m| m.contains("progress is taken as 100")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|m| m.contains("`T9` is not a task of the plan")),
        "{warnings:?}"
    );
}

#[test]
fn inapplicable_entries_are_ignored() {
    // N1 applies to CT only; HL's claim must not make it complete anywhere else.
    let ds = data(&[snap(
        "HL",
        "2024-12-31",
        r#", "models":[{"id":"N1","status":"operating"}]"#,
    )]);
    let r = roll_up(&ds, d("2024-12-31"));
    assert!(!item(&r, Area::Model, "N1", &ds).complete);
    assert!(
        ds.problems()
            .iter()
            .any(|p| p.message.contains("does not apply to HL"))
    );
}

#[test]
fn empty_lists_mean_nothing_done_and_absent_sections_add_nothing() {
    let ds = data(&[
        snap(
            "HL",
            "2024-12-31",
            r#", "tasks": [], "identity": {"residents": 100, "residents_in_database": 90, "digital_signatures": 7}"#,
        ),
        snap(
            "CP",
            "2024-12-31",
            r#", "identity": {"residents": 100, "digital_signatures": 5}"#,
        ),
    ]);
    let r = roll_up(&ds, d("2024-12-31"));
    assert_eq!(r.headline.plan_tasks.complete, 0);
    assert_eq!(
        r.headline.population_data_pct,
        Some(90.0),
        "CP lacks residents_in_database"
    );
    assert_eq!(r.headline.digital_signatures, 12);
    assert_eq!(r.headline.anti_malware_pct, None);
    assert_eq!(r.headline.inspections, 0);
}

#[test]
fn security_sums_and_percentages() {
    let sec = r#", "security": {
        "inspections": [{"unit":"Finance","date":"2024-03-01","findings":{"high":1,"medium":2},"resolved":2},
                        {"unit":"Police","date":"2024-04-01"}],
        "trainings": [{"date":"2024-05-01"}], "drills": [{"date":"2024-06-01"}],
        "four_layer": {"on_site":true,"monitoring":true,"inspection":true,"national_connection":true},
        "anti_malware": {"endpoints": 1000, "protected": 987}, "incidents": {"detected": 4, "resolved": 3}}"#;
    let ds = data(&[
        snap("HL", "2024-12-31", sec),
        snap(
            "CP",
            "2024-12-31",
            r#", "security": {"four_layer": {"on_site": true}, "anti_malware": {"endpoints": 3, "protected": 2}}"#,
        ),
    ]);
    let h = roll_up(&ds, d("2024-12-31")).headline;
    assert_eq!(
        (h.inspections, h.trainings, h.drills, h.open_findings),
        (2, 1, 1, 1)
    );
    assert_eq!(h.four_layer_districts, 1);
    assert_eq!(h.anti_malware_pct, Some(98.6), "989 / 1003 = 98.604");
    assert_eq!(
        h.incidents,
        IncidentCounts {
            detected: 4,
            resolved: 3
        }
    );
}
