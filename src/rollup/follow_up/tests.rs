//! Section 8's judgments, table by table: every judgment, with and without a district, for
//! tasks, models, services, districts and general directions, on a tiny in-memory data set.

use super::*;
use crate::load::load_memory;
use crate::model::Subject;

const PLAN: &str = r#"{
  "format": "p06.plan/1", "province": "Test",
  "districts": [
    {"code": "HL", "name": "Hạ Long", "kind": "city"},
    {"code": "CT", "name": "Cô Tô", "kind": "district"}
  ],
  "tasks": [
    {"id": "T1", "title": "Done everywhere", "kind": "plan"},
    {"id": "T2", "title": "Still going", "kind": "plan"},
    {"id": "T3", "title": "Done without a date", "kind": "plan", "applies_to": ["HL"]}
  ],
  "models": [ {"id": "M1", "title": "Operating in HL only"} ],
  "services": [ {"id": "S1", "title": "Online in HL only"} ]
}"#;

const HL: &str = r#"{"format": "p06.snapshot/1", "district": "HL", "as_of": "2025-03-31",
  "tasks": [{"id":"T1","status":"done","completed_on":"2025-03-10"},
            {"id":"T2","status":"on_track","progress":50},
            {"id":"T3","status":"done"}],
  "models": [{"id":"M1","status":"operating"}], "services": [{"id":"S1","status":"online"}]}"#;

const CT: &str = r#"{"format": "p06.snapshot/1", "district": "CT", "as_of": "2025-03-31",
  "tasks": [{"id":"T1","status":"done","completed_on":"2025-03-25"},
            {"id":"T2","status":"behind","progress":10}],
  "models": [{"id":"M1","status":"planned"}], "services": [{"id":"S1","status":"partial"}]}"#;

fn ds() -> Dataset {
    let files: Vec<(String, &[u8])> = vec![
        ("snapshots/hl.json".into(), HL.as_bytes()),
        ("snapshots/ct.json".into(), CT.as_bytes()),
    ];
    let ds = load_memory("test", PLAN.as_bytes(), &files).unwrap_or_else(|e| panic!("{e}"));
    assert!(ds.problems().is_empty(), "{:?}", ds.problems());
    ds
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

const R: &str = "2025-03-31";

/// (area, id, district, due, state, follow-up, contradiction)
type Row = (
    SubjectArea,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    DirectionState,
    FollowUp,
    bool,
);

fn check(rows: &[Row]) {
    let ds = ds();
    for (n, &(area, id, district, due, state, want, contradiction)) in rows.iter().enumerate() {
        let direction = Direction {
            id: 1,
            subject: Subject {
                area,
                id: id.map(str::to_owned),
                district: district.map(str::to_owned),
            },
            text: "x".into(),
            owner: "y".into(),
            due: due.map(d),
            state,
            closed_on: (state != DirectionState::Open).then(|| d(R)),
            note: None,
            created: "2025-02-18T09:00:00+07:00".into(),
            updated: None,
        };
        let got = judge_direction(&ds, d(R), &direction);
        assert_eq!(
            got,
            Judgment {
                follow_up: want,
                contradiction
            },
            "row {n}: {area} {id:?} in {district:?}, due {due:?}, {state}"
        );
    }
}

use DirectionState::{Done, Dropped, Open};
use FollowUp::{Manual, Met, MetLate, Open as StillOpen, Overdue};
use SubjectArea::{District, General, Model, Service, Task};

#[test]
fn tasks_in_a_district_are_judged_by_its_completed_on() {
    check(&[
        (Task, Some("T1"), Some("HL"), None, Open, Met, false),
        (Task, Some("T1"), Some("HL"), Some("2025-03-10"), Open, Met, false),
        (
            Task,
            Some("T1"),
            Some("HL"),
            Some("2025-03-09"),
            Open,
            MetLate,
            false,
        ),
        (
            Task,
            Some("T1"),
            Some("HL"),
            Some("2025-03-09"),
            Done,
            MetLate,
            false,
        ),
        // A missing completed_on counts as on time.
        (Task, Some("T3"), Some("HL"), Some("2024-01-01"), Open, Met, false),
        (
            Task,
            Some("T2"),
            Some("HL"),
            Some("2025-03-30"),
            Open,
            Overdue,
            false,
        ),
        (Task, Some("T2"), Some("HL"), Some(R), Open, StillOpen, false),
        (Task, Some("T2"), Some("HL"), None, Open, StillOpen, false),
        (Task, Some("T2"), Some("HL"), None, Done, StillOpen, true),
        (
            Task,
            Some("T2"),
            Some("HL"),
            Some("2025-01-31"),
            Done,
            Overdue,
            true,
        ),
        (Task, Some("T2"), Some("HL"), None, Dropped, StillOpen, false),
        // T3 does not apply to CT: it is never complete there.
        (Task, Some("T3"), Some("CT"), None, Open, StillOpen, false),
    ]);
}

#[test]
fn tasks_for_the_province_take_the_latest_completion() {
    check(&[
        (Task, Some("T1"), None, Some("2025-03-25"), Open, Met, false),
        (Task, Some("T1"), None, Some("2025-03-24"), Open, MetLate, false),
        (Task, Some("T1"), None, None, Done, Met, false),
        (Task, Some("T3"), None, Some("2024-01-01"), Done, Met, false),
        (Task, Some("T2"), None, Some("2025-03-01"), Open, Overdue, false),
        (Task, Some("T2"), None, Some("2025-04-30"), Open, StillOpen, false),
        (Task, Some("T2"), None, Some("2025-04-30"), Done, StillOpen, true),
    ]);
}

#[test]
fn models_and_services_are_never_late() {
    check(&[
        (
            Model,
            Some("M1"),
            Some("HL"),
            Some("2024-01-01"),
            Open,
            Met,
            false,
        ),
        (
            Model,
            Some("M1"),
            Some("CT"),
            Some("2025-03-01"),
            Open,
            Overdue,
            false,
        ),
        (Model, Some("M1"), Some("CT"), None, Done, StillOpen, true),
        (Model, Some("M1"), None, None, Open, StillOpen, false),
        (Model, Some("M1"), None, Some("2025-03-30"), Done, Overdue, true),
        (
            Service,
            Some("S1"),
            Some("HL"),
            Some("2024-01-01"),
            Done,
            Met,
            false,
        ),
        (
            Service,
            Some("S1"),
            Some("CT"),
            Some("2025-04-01"),
            Open,
            StillOpen,
            false,
        ),
        (
            Service,
            Some("S1"),
            None,
            Some("2025-03-01"),
            Open,
            Overdue,
            false,
        ),
        (Service, Some("S1"), None, None, Open, StillOpen, false),
    ]);
}

#[test]
fn districts_and_general_directions_are_manual_and_never_contradicted() {
    check(&[
        (
            District,
            None,
            Some("CT"),
            Some("2025-01-01"),
            Open,
            Manual,
            false,
        ),
        (District, None, Some("HL"), None, Done, Manual, false),
        (General, None, None, Some("2025-01-01"), Open, Manual, false),
        (General, None, None, None, Done, Manual, false),
        (General, None, Some("HL"), None, Dropped, Manual, false),
        // An item the plan does not know cannot be judged from the data.
        (Task, Some("T99"), None, Some("2025-01-01"), Done, Manual, false),
    ]);
}

#[test]
fn judge_alone_on_bare_facts() {
    let done = |on: Option<&str>| Completion {
        complete: true,
        completed_on: on.map(d),
    };
    let r = d(R);
    assert_eq!(judge(None, None, Open, r).follow_up, Manual);
    let due = Some(d("2025-03-01"));
    assert_eq!(
        judge(Some((Area::Task, done(Some("2025-03-02")))), due, Open, r).follow_up,
        MetLate
    );
    assert_eq!(
        judge(Some((Area::Task, done(Some("2025-03-01")))), due, Open, r).follow_up,
        Met
    );
    assert_eq!(judge(Some((Area::Task, done(None))), due, Open, r).follow_up, Met);
    assert_eq!(
        judge(Some((Area::Model, done(Some("2025-03-02")))), due, Open, r).follow_up,
        Met
    );
    let not = Completion {
        complete: false,
        completed_on: None,
    };
    assert_eq!(judge(Some((Area::Service, not)), due, Open, r).follow_up, Overdue);
    assert!(judge(Some((Area::Service, not)), due, Done, r).contradiction);
}

#[test]
fn open_at_a_meeting_means_open_or_closed_that_day_or_later() {
    let mut dir = Direction {
        id: 1,
        subject: Subject {
            area: General,
            id: None,
            district: None,
        },
        text: "x".into(),
        owner: "y".into(),
        due: None,
        state: Open,
        closed_on: None,
        note: None,
        created: "2025-02-18T09:00:00+07:00".into(),
        updated: None,
    };
    let meeting = d("2025-03-20");
    assert!(open_at(&dir, meeting));
    dir.state = Done;
    dir.closed_on = Some(d("2025-03-20"));
    assert!(open_at(&dir, meeting));
    dir.closed_on = Some(d("2025-03-19"));
    assert!(!open_at(&dir, meeting));
    dir.state = Dropped;
    dir.closed_on = Some(d("2025-04-01"));
    assert!(open_at(&dir, meeting));
}
