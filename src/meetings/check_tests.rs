//! Meeting-file rules of section 8, each placed at its JSON path.

use super::*;
use crate::load::load_plan;
use crate::present::Lang;

const PLAN: &str = r#"{"format": "p06.plan/1", "province": "Test",
  "districts": [{"code": "CT", "name": "Cô Tô", "kind": "district"}],
  "tasks": [{"id": "T13", "title": "Registers", "kind": "plan"}]}"#;

pub(crate) fn catalogue() -> Catalogue {
    load_plan(PLAN.as_bytes()).unwrap_or_else(|e| panic!("{e}")).0
}

fn problems(text: &str) -> Vec<String> {
    parse_meeting("m.json", text.as_bytes(), &catalogue())
        .problems
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_good_meeting_has_no_problems() {
    let text = r#"{"format": "p06.meeting/1", "date": "2025-02-18", "review_date": "2024-12-31", "since": null,
  "data": {"files": 2, "sha256": "00"},
  "directions": [
    {"id": 1, "subject": {"area": "task", "id": "T13", "district": "CT"}, "text": "Finish", "owner": "UBND huyện Cô Tô",
     "due": "2025-03-31", "state": "open", "created": "2025-02-18T09:41:00+07:00"},
    {"id": 2, "subject": {"area": "general"}, "text": "Report monthly", "owner": "Sở", "state": "done",
     "closed_on": "2025-03-01", "created": "2025-02-18T09:41:00Z", "updated": "2025-03-01T10:00:00.5-01:30"}
  ]}"#;
    assert_eq!(problems(text), Vec::<String>::new());
}

#[test]
fn every_rule_is_reported_at_its_path() {
    let text = r#"{"format": "p06.meeting/2", "date": "2025-02-18",
"directions": [
 {"id": 0, "subject": {"area": "task"}, "text": " ", "owner": "", "state": "done", "created": "yesterday"},
 {"id": 2, "subject": {"area": "model", "id": "M9"}, "text": "x", "owner": "y", "state": "open", "closed_on": "2025-02-19", "created": "2025-02-18T25:00:00Z"},
 {"id": 2, "subject": {"area": "district"}, "text": "x", "owner": "y", "state": "open", "created": "2025-02-18T09:00:00+07:00"},
 {"id": 3, "subject": {"area": "general", "id": "T13", "district": "ZZ"}, "text": "x", "owner": "y", "state": "open", "created": "2025-02-18T09:00:00+07:00"}
]}"#;
    let got = problems(text);
    let want = [
        "m.json:1:12: error: format: format must be `p06.meeting/1`, not `p06.meeting/2`",
        "m.json:3:9: error: directions[0].id: a direction's id must be a positive whole number",
        "m.json:3:23: error: directions[0].subject: a task direction needs `id`, the item of the plan",
        "m.json:3:49: error: directions[0].text: the direction's text is empty; say what must be done",
        "m.json:3:63: error: directions[0].owner: the owner is empty; name the agency that must act",
        "m.json:3:76: error: directions[0].state: a direction recorded done needs `closed_on`, the date it was closed",
        "m.json:3:95: error: directions[0].created: `yesterday` is not an RFC 3339 timestamp such as 2025-02-18T09:41:00+07:00",
        "m.json:4:23: error: directions[1].subject: the plan has no model `M9`",
        "m.json:4:111: error: directions[1].closed_on: an open direction has no `closed_on`; remove it or close the direction",
        "m.json:4:136: error: directions[1].created: `2025-02-18T25:00:00Z` is not an RFC 3339 timestamp such as 2025-02-18T09:41:00+07:00",
        "m.json:5:9: error: directions[2].id: another direction of this meeting already has id 2",
        "m.json:5:23: error: directions[2].subject: a district direction needs `district`, a code of the plan",
        "m.json:6:23: error: directions[3].subject: a general direction has no item `id`",
    ];
    assert_eq!(got, want);
}

#[test]
fn a_broken_file_has_no_meeting_and_one_placed_error() {
    let f = parse_meeting(
        "m.json",
        b"{\"format\": \"p06.meeting/1\",\n \"date\": \"2025-02-30\"}",
        &catalogue(),
    );
    assert!(f.meeting.is_none());
    assert_eq!(f.problems.len(), 1);
    assert_eq!(
        (f.problems[0].line, f.problems[0].path.as_deref()),
        (Some(2), Some("date"))
    );
    let f = parse_meeting("m.json", b"{\"format\": ", &catalogue());
    assert!(f.meeting.is_none());
}

#[test]
fn unknown_district_and_vietnamese_words() {
    let s = Subject {
        area: SubjectArea::District,
        id: None,
        district: Some("ZZ".into()),
    };
    assert_eq!(
        check_subject(&s, &catalogue()),
        Some(Issue::UnknownDistrict("ZZ".into()))
    );
    let vi = crate::present::directions::issue(Lang::Vi, &Issue::UnknownDistrict("ZZ".into()));
    assert_eq!(vi, "Kế hoạch không có đơn vị `ZZ`");
}

#[test]
fn rfc3339_shapes() {
    for ok in [
        "2025-02-18T09:41:00+07:00",
        "2025-02-18t09:41:00z",
        "2025-02-18T09:41:00.123Z",
    ] {
        assert!(is_rfc3339(ok), "{ok}");
    }
    for bad in [
        "2025-02-18 09:41:00Z",
        "2025-02-30T09:41:00Z",
        "2025-02-18T09:41:00",
        "2025-02-18T09:41:00+0700",
        "2025-02-18T09:41:00.Z",
        "2025-02-18T09:60:00Z",
    ] {
        assert!(!is_rfc3339(bad), "{bad}");
    }
}
