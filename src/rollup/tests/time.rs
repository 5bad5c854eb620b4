//! Roll-ups over time: the changes between C and R, rank changes, the history of every
//! figure, and the per-item change markers, on the tiny data sets of the parent module.

use super::*;

#[test]
fn changes_between_two_dates() {
    let ds = data(&[
        snap("HL", "2024-06-01", r#", "tasks":[{"id":"T1","status":"behind"}]"#),
        snap("HL", "2024-08-01", r#", "tasks":[{"id":"T1","status":"done"}]"#),
        snap(
            "CP",
            "2024-06-01",
            r#", "tasks":[{"id":"T1","status":"done"},{"id":"T2","status":"done"}]"#,
        ),
        snap("CT", "2024-08-01", r#", "tasks":[{"id":"T1","status":"done"}]"#),
    ]);
    let before = roll_up(&ds, d("2024-06-01"));
    let after = roll_up(&ds, d("2024-08-01"));
    let ch = changes(&ds, &before, &after);
    let kinds = |k: ChangeKind| ch.list.iter().filter(|c| c.kind == k).collect::<Vec<_>>();
    let complete = kinds(ChangeKind::BecameComplete);
    assert_eq!(complete.len(), 1);
    assert_eq!(complete[0].id.as_deref(), Some("T1"));
    assert!(
        kinds(ChangeKind::BecameOverdue).is_empty(),
        "T1 was complete by R"
    );
    let st = kinds(ChangeKind::StatusChanged);
    let hl = st
        .iter()
        .find(|c| c.district.as_deref() == Some("HL") && c.id.as_deref() == Some("T1"));
    let hl = hl.unwrap_or_else(|| panic!("{st:?}"));
    assert_eq!(
        (hl.from, hl.to),
        (
            Some(ChangeValue::Status(Status::Behind)),
            Some(ChangeValue::Status(Status::Done))
        )
    );
    assert_eq!(
        kinds(ChangeKind::StartedReporting)[0].district.as_deref(),
        Some("CT")
    );
    let fig = kinds(ChangeKind::Headline);
    assert!(fig.iter().any(|c| c.figure == Some("plan_tasks")));
    // Overdue appears when R passes the due date of an incomplete task.
    let ds = data(&[snap("HL", "2024-06-01", ""), snap("HL", "2024-07-15", "")]);
    let ch = changes(
        &ds,
        &roll_up(&ds, d("2024-06-01")),
        &roll_up(&ds, d("2024-07-15")),
    );
    assert!(
        ch.list
            .iter()
            .any(|c| c.kind == ChangeKind::BecameOverdue && c.id.as_deref() == Some("T1"))
    );
}

#[test]
fn league_ranks_by_overall_share_and_puts_silent_districts_last() {
    let ds = data(&[
        snap("HL", "2024-09-01", r#", "tasks":[{"id":"T1","status":"behind"}]"#),
        snap("CP", "2024-09-01", ALL_DONE_HL),
        snap("HL", "2024-10-01", ALL_DONE_HL),
        snap("CP", "2024-10-01", r#", "tasks":[{"id":"T1","status":"done"}]"#),
    ]);
    let before = roll_up(&ds, d("2024-09-01"));
    let after = roll_up(&ds, d("2024-10-01"));
    assert_eq!(
        league(&before),
        vec![1, 0, 2],
        "CP first, HL second, CT (no report) last"
    );
    assert_eq!(league(&after), vec![0, 1, 2]);
    assert_eq!(ranks(&after), vec![1, 2, 3]);
    assert_eq!(rank_changes(&before, &after), vec![1, -1, 0]);
}

#[test]
fn history_rolls_up_every_date() {
    let ds = data(&[
        snap("HL", "2024-09-01", r#", "tasks":[{"id":"T1","status":"behind"}]"#),
        snap("HL", "2024-10-01", ALL_DONE_HL),
        snap("CP", "2024-10-01", ALL_DONE_HL),
    ]);
    let h = history(&ds);
    assert_eq!(h.dates, vec![d("2024-09-01"), d("2024-10-01")]);
    assert_eq!(h.series(Figure::PlanTasks), vec![0.0, 1.0]);
    assert_eq!(h.district_tasks[0], vec![Some(0.0), Some(66.7)]);
    assert_eq!(
        h.district_tasks[1],
        vec![None, Some(66.7)],
        "CP had not reported in September"
    );
    assert_eq!(h.headlines[1], roll_up(&ds, d("2024-10-01")).headline);
}

/// Everything done, with no completion dates (which may not be after `as_of`).
const ALL_DONE: &str = r#", "tasks": [{"id":"T1","status":"done"},{"id":"T2","status":"done"},{"id":"K1","status":"done"}],
  "models": [{"id":"M1","status":"operating"},{"id":"N1","status":"operating"}], "services": [{"id":"S1","status":"online"}]"#;

#[test]
fn districts_that_go_stale_and_come_back_and_items_that_fall_back() {
    let ds = data(&[
        snap("HL", "2024-06-01", ALL_DONE),
        snap("CP", "2024-06-01", ALL_DONE),
        snap("CT", "2024-06-01", ALL_DONE),
        // CP says nothing until August, so it is stale in mid-July and current again after.
        snap("HL", "2024-07-15", ALL_DONE),
        snap(
            "CT",
            "2024-07-15",
            &ALL_DONE.replacen(r#""T1","status":"done""#, r#""T1","status":"behind""#, 1),
        ),
        snap("HL", "2024-08-01", ALL_DONE),
        snap("CP", "2024-08-01", ALL_DONE),
        snap("CT", "2024-08-01", ALL_DONE),
    ]);
    let (june, july, august) = (
        roll_up(&ds, d("2024-06-01")),
        roll_up(&ds, d("2024-07-15")),
        roll_up(&ds, d("2024-08-01")),
    );
    let of = |ch: &Changes, k: ChangeKind| -> Vec<String> {
        ch.list
            .iter()
            .filter(|c| c.kind == k)
            .map(|c| c.district.clone().or_else(|| c.id.clone()).unwrap_or_default())
            .collect()
    };
    let went = changes(&ds, &june, &july);
    assert_eq!(
        of(&went, ChangeKind::WentStale),
        ["CP"],
        "44 days without a report"
    );
    assert_eq!(
        of(&went, ChangeKind::NoLongerComplete),
        ["T1"],
        "CT fell behind on T1"
    );
    assert!(of(&went, ChangeKind::ResumedReporting).is_empty());
    let back = changes(&ds, &july, &august);
    assert_eq!(of(&back, ChangeKind::ResumedReporting), ["CP"]);
    assert!(of(&back, ChangeKind::WentStale).is_empty());
    assert_eq!(of(&back, ChangeKind::BecameComplete), ["T1"]);
    // A district that appears between C and R is in the list; nothing vanishes within one
    // data set, since a district reporting at C still has that report at R.
    let first = roll_up(&ds, d("2024-05-01"));
    let appear = changes(&ds, &first, &june);
    assert_eq!(of(&appear, ChangeKind::StartedReporting), ["HL", "CP", "CT"]);
}

#[test]
fn item_change_markers_put_province_events_first() {
    let ds = data(&[
        snap(
            "HL",
            "2024-06-01",
            r#", "tasks":[{"id":"T1","status":"behind"},{"id":"T2","status":"not_started"}]"#,
        ),
        snap(
            "CP",
            "2024-06-01",
            r#", "tasks":[{"id":"T1","status":"done"},{"id":"T2","status":"done"}]"#,
        ),
        snap("CT", "2024-06-01", r#", "tasks":[{"id":"T1","status":"done"}]"#),
        snap(
            "HL",
            "2024-07-15",
            r#", "tasks":[{"id":"T1","status":"blocked"},{"id":"T2","status":"done"}]"#,
        ),
    ]);
    let (before, after) = (roll_up(&ds, d("2024-06-01")), roll_up(&ds, d("2024-07-15")));
    let mark = |id: &str| {
        let i = ds
            .catalogue
            .item_index(Area::Task, id)
            .unwrap_or_else(|| panic!("{id}"));
        item_change(&before.items[i], &after.items[i])
    };
    assert_eq!(
        mark("T1"),
        Some(ItemChange::BecameOverdue),
        "behind -> blocked, and now past due"
    );
    assert_eq!(mark("T2"), Some(ItemChange::BecameComplete));
    assert_eq!(mark("K1"), None, "no report either time");
    let later = roll_up(&ds, d("2024-07-20"));
    assert_eq!(item_change(&after.items[0], &later.items[0]), None);
    // Only the status moved: the marker names the status it had at C.
    let ds = data(&[
        snap(
            "HL",
            "2024-06-01",
            r#", "tasks":[{"id":"K1","status":"not_started"}]"#,
        ),
        snap("HL", "2024-07-01", r#", "tasks":[{"id":"K1","status":"behind"}]"#),
    ]);
    let k1 = ds.catalogue.item_index(Area::Task, "K1").unwrap_or_default();
    let (b, a) = (roll_up(&ds, d("2024-06-01")), roll_up(&ds, d("2024-07-01")));
    assert_eq!(
        item_change(&b.items[k1], &a.items[k1]),
        Some(ItemChange::Status(Status::NoReport)),
        "CP and CT never reported, so the province status was no report, now behind"
    );
}

#[test]
fn rank_changes_follow_a_district_that_starts_reporting() {
    let ds = data(&[
        snap("HL", "2024-09-01", r#", "tasks":[{"id":"T1","status":"behind"}]"#),
        snap("CP", "2024-09-01", r#", "tasks":[{"id":"T1","status":"done"}]"#),
        snap("CT", "2024-10-01", ALL_DONE_HL),
    ]);
    let before = roll_up(&ds, d("2024-09-01"));
    let after = roll_up(&ds, d("2024-10-01"));
    assert_eq!(league(&before), vec![1, 0, 2], "CT silent: last");
    assert_eq!(league(&after), vec![2, 1, 0], "CT now has everything done");
    // HL 2nd -> 3rd, CP 1st -> 2nd, CT 3rd -> 1st.
    assert_eq!(rank_changes(&before, &after), vec![-1, -1, 2]);
}

#[test]
fn items_are_found_by_index_in_every_area() {
    let ds = data(&[snap("HL", "2024-12-31", ALL_DONE_HL)]);
    let r = roll_up(&ds, d("2024-12-31"));
    for area in Area::ALL {
        for i in 0..ds.catalogue.item_count(area) {
            let found = r.item(area, i).unwrap_or_else(|| panic!("{area:?} {i}"));
            assert_eq!((found.area, found.index), (area, i));
        }
        assert!(r.item(area, ds.catalogue.item_count(area)).is_none());
        assert_eq!(r.area(area).count(), ds.catalogue.item_count(area));
    }
}

#[test]
fn online_rates_and_anti_malware_per_district() {
    let ds = data(&[
        snap(
            "HL",
            "2024-12-31",
            r#", "services":[{"id":"S1","status":"online","applications":{"online":30,"total":40}}],
               "security":{"anti_malware":{"endpoints":200,"protected":199}}"#,
        ),
        snap(
            "CP",
            "2024-12-31",
            r#", "services":[{"id":"S1","status":"partial","applications":{"online":10,"total":60}}]"#,
        ),
    ]);
    let r = d("2024-12-31");
    assert_eq!(
        online_rates(&ds, r),
        vec![Some(40.0)],
        "40 / 100, not the mean of 75 % and 17 %"
    );
    assert_eq!(
        online_rates(&ds, d("2024-01-01")),
        vec![None],
        "nothing reported yet"
    );
    assert_eq!(anti_malware_pct(ds.effective(0, r)), Some(99.5));
    assert_eq!(
        anti_malware_pct(ds.effective(1, r)),
        None,
        "no anti-malware section"
    );
    assert_eq!(anti_malware_pct(None), None);
}
