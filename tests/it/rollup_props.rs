//! Property tests of the roll-up invariants on random valid data (issue 6): whatever the
//! districts report, the province's figures stay consistent with the per-district figures.

use p06::load::{Dataset, load_memory};
use p06::model::{Area, Date};
use p06::rollup::{Status, district_status, effective, roll_up};
use proptest::prelude::*;

const PLAN: &str = r#"{"format": "p06.plan/1", "province": "Test",
  "districts": [{"code": "HL", "name": "Hạ Long", "kind": "city"}, {"code": "CP", "name": "Cẩm Phả", "kind": "city"},
                {"code": "BL", "name": "Bình Liêu", "kind": "district"}, {"code": "CT", "name": "Cô Tô", "kind": "district"}],
  "tasks": [{"id": "T1", "title": "a", "kind": "plan", "due": "2024-03-31"}, {"id": "T2", "title": "b", "kind": "plan", "applies_to": ["HL", "CT"]},
            {"id": "T3", "title": "c", "kind": "key", "due": "2024-09-30"}, {"id": "T4", "title": "d", "kind": "plan", "applies_to": ["BL"]}],
  "models": [{"id": "M1", "title": "m"}, {"id": "N1", "title": "n", "new": true, "applies_to": ["CP", "BL"]}],
  "services": [{"id": "S1", "title": "s"}, {"id": "S2", "title": "t", "applies_to": ["CT"]}]}"#;

const CODES: [&str; 4] = ["HL", "CP", "BL", "CT"];
const DATES: [&str; 4] = ["2024-01-31", "2024-04-30", "2024-07-31", "2024-10-31"];
const TASKS: [&str; 4] = ["T1", "T2", "T3", "T4"];
const TASK_STATUS: [&str; 5] = ["done", "on_track", "behind", "blocked", "not_started"];
const MODEL_STATUS: [&str; 4] = ["operating", "piloting", "planned", "suspended"];
const SERVICE_STATUS: [&str; 3] = ["online", "partial", "offline"];

/// One snapshot's body: each entry is listed (with a status index and a progress) or left out.
type Entry = Option<(usize, u8)>;
/// Tasks, models and services entries, then residents, extra residents, inspections, signatures.
type Body = (Vec<Entry>, Vec<Entry>, Vec<Entry>, (u64, u64, u64, u64));

fn body() -> impl Strategy<Value = Body> {
    let entry = || prop::option::weighted(0.85, (0..5usize, 0..=100u8));
    (
        prop::collection::vec(entry(), 4),
        prop::collection::vec(entry(), 2),
        prop::collection::vec(entry(), 2),
        (0..1000u64, 0..1000u64, 0..5u64, 0..50u64),
    )
}

fn snapshot(code: &str, date: &str, b: &Body) -> String {
    let list = |ids: &[&str], entries: &[Entry], statuses: &[&str], task: bool| {
        let items: Vec<String> = ids
            .iter()
            .zip(entries)
            .filter_map(|(id, e)| {
                let (s, p) = (*e)?;
                let status = statuses[s % statuses.len()];
                Some(if task && status != "done" {
                    format!(r#"{{"id": "{id}", "status": "{status}", "progress": {p}}}"#)
                } else {
                    format!(r#"{{"id": "{id}", "status": "{status}"}}"#)
                })
            })
            .collect();
        format!("[{}]", items.join(", "))
    };
    let (residents, extra, inspections, signatures) = b.3;
    let insp: Vec<String> = (0..inspections)
        .map(|i| {
            format!(r#"{{"unit": "U{i}", "date": "2024-01-01", "findings": {{"high": {i}}}, "resolved": 0}}"#)
        })
        .collect();
    format!(
        r#"{{"format": "p06.snapshot/1", "district": "{code}", "as_of": "{date}",
        "tasks": {}, "models": {}, "services": {},
        "identity": {{"residents": {}, "residents_in_database": {residents}, "digital_signatures": {signatures}}},
        "security": {{"inspections": [{}]}}}}"#,
        list(&TASKS, &b.0, &TASK_STATUS, true),
        list(&["M1", "N1"], &b.1, &MODEL_STATUS, false),
        list(&["S1", "S2"], &b.2, &SERVICE_STATUS, false),
        residents + extra,
        insp.join(", "),
    )
}

fn data_set() -> impl Strategy<Value = Dataset> {
    prop::collection::vec((0..4usize, 0..4usize, body()), 1..10).prop_map(|snaps| {
        let mut seen = std::collections::HashSet::new();
        let texts: Vec<String> = snaps
            .iter()
            .filter(|(d, t, _)| seen.insert((*d, *t)))
            .map(|(d, t, b)| snapshot(CODES[*d], DATES[*t], b))
            .collect();
        let files: Vec<(String, &[u8])> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("snapshots/{i}.json"), t.as_bytes()))
            .collect();
        load_memory("prop", PLAN.as_bytes(), &files).unwrap_or_else(|e| panic!("{e}"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn roll_up_invariants_hold(ds in data_set(), r in 0..4usize) {
        prop_assert!(ds.problems().iter().all(|p| p.severity != p06::load::Severity::Error), "{:?}", ds.problems());
        let r = Date::parse(DATES[r]).unwrap_or_else(|e| panic!("{e}"));
        let roll = roll_up(&ds, r);
        let eff = effective(&ds, r);
        let cat = &ds.catalogue;
        let h = &roll.headline;
        for ratio in [h.plan_tasks, h.key_tasks, h.models_maintained, h.models_new, h.services] {
            prop_assert!(ratio.complete <= ratio.total);
        }
        for it in &roll.items {
            prop_assert!(it.coverage.complete <= it.coverage.applicable);
            prop_assert!(it.progress.unwrap_or(0) <= 100);
            let statuses: Vec<Status> = (0..cat.district_count())
                .filter(|&d| cat.applies(it.area, it.index, d))
                .map(|d| district_status(eff[d], it.area, it.index))
                .collect();
            // A province-complete item is complete in every district it applies to, and only then.
            prop_assert_eq!(it.complete, statuses.iter().all(|s| s.is_complete()));
            prop_assert_eq!(it.coverage.complete, statuses.iter().filter(|s| s.is_complete()).count());
            prop_assert!(!it.overdue || !it.complete);
        }
        // Headline and items agree with the per-district figures.
        for area in Area::ALL {
            let by_items: usize = roll.area(area).map(|it| it.coverage.complete).sum();
            let by_districts: usize = roll.districts.iter().map(|d| d.area(area).complete).sum();
            prop_assert_eq!(by_items, by_districts, "{:?}", area);
        }
        let complete_items = roll.items.iter().filter(|it| it.complete).count() as u64;
        prop_assert_eq!(complete_items, h.plan_tasks.complete + h.key_tasks.complete + h.models_maintained.complete + h.models_new.complete + h.services.complete);
        let recs: Vec<_> = eff.iter().flatten().collect();
        let signatures: u64 = recs.iter().filter_map(|r| r.identity.as_ref()?.digital_signatures).sum();
        prop_assert_eq!(h.digital_signatures, signatures);
        let inspections: u64 = recs.iter().map(|r| r.security.as_ref().and_then(|s| s.inspections.as_ref()).map_or(0, Vec::len) as u64).sum();
        prop_assert_eq!(h.inspections, inspections);
        if let Some(p) = h.population_data_pct {
            prop_assert!((0.0..=100.0).contains(&p));
        }
    }
}
