//! Moving the review date R and the comparison date C with a selection, a filter and a detail
//! pane in place; the change markers, rank moves and trends that follow; the Changes panel.

use super::*;
use crate::model::Date;
use crate::rollup::{ChangeKind, Figure, ItemChange};

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn dates(app: &App) -> (String, Option<String>) {
    let rv = &app.review;
    (rv.review.to_string(), rv.since.map(|c| c.to_string()))
}

fn selected_id(app: &App) -> String {
    let t = app.table().unwrap();
    rows::key(t.id, &app.review, t.selected_row().unwrap())
}

#[test]
fn r_moves_by_snapshot_date_and_c_follows_as_the_last_meeting() {
    let mut app = demo();
    assert_eq!(dates(&app), ("2025-02-14".into(), Some("2025-01-31".into())));
    assert!(app.update(Action::PrevReview));
    assert_eq!(dates(&app), ("2025-01-31".into(), Some("2024-12-31".into())));
    assert_eq!(
        app.review.rollup.as_of,
        date("2025-01-31"),
        "every figure follows R"
    );
    app.update(Action::NextReview);
    assert!(app.live.notice.is_none());
    // At the latest date: nothing moves, and the status line says why.
    assert!(app.update(Action::NextReview), "the notice is news");
    assert_eq!(dates(&app).0, "2025-02-14");
    assert_eq!(
        app.live.notice.as_deref(),
        Some("R is already the latest snapshot date")
    );
    app.update(Action::Down);
    assert!(app.live.notice.is_none(), "a key clears the notice");
    for _ in 0..20 {
        app.update(Action::PrevReview);
    }
    assert_eq!(
        dates(&app),
        ("2024-01-31".into(), None),
        "the first date has nothing before it"
    );
    assert!(app.review.changes.list.is_empty() && app.review.rank_moves.is_empty());
    app.update(Action::PrevSince);
    assert!(
        app.live
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("no snapshot date before R")
    );
}

#[test]
fn a_chosen_c_stays_while_r_moves_and_resets_when_r_passes_it() {
    let mut app = demo();
    app.update(Action::PrevSince);
    app.update(Action::PrevSince);
    assert_eq!(dates(&app), ("2025-02-14".into(), Some("2024-11-30".into())));
    assert!(app.review.since_pinned);
    // C cannot reach R.
    app.update(Action::NextSince);
    app.update(Action::NextSince);
    assert_eq!(dates(&app).1.as_deref(), Some("2025-01-31"));
    app.update(Action::NextSince);
    assert!(
        app.live
            .notice
            .as_deref()
            .unwrap_or("")
            .starts_with("C must stay before R")
    );
    app.update(Action::PrevSince);
    app.update(Action::PrevSince);
    app.update(Action::PrevReview);
    assert_eq!(
        dates(&app),
        ("2025-01-31".into(), Some("2024-11-30".into())),
        "C kept"
    );
    app.update(Action::PrevReview);
    app.update(Action::PrevReview);
    assert_eq!(
        dates(&app),
        ("2024-11-30".into(), Some("2024-10-31".into())),
        "R reached C: C is the date before R again"
    );
    assert!(!app.review.since_pinned);
}

#[test]
fn selection_filter_and_detail_follow_the_item_not_the_row() {
    let mut app = demo();
    // The league reorders between dates: the selected district must stay selected.
    app.update(Action::Bottom);
    let district = selected_id(&app);
    let row = app.table().unwrap().selected;
    app.update(Action::PrevReview);
    app.update(Action::PrevReview);
    assert_eq!(selected_id(&app), district);
    assert_ne!(
        app.table().unwrap().selected,
        row,
        "it is on another row of the league now"
    );
    // Tasks, filtered, with the detail pane open on the selected task.
    app.update(Action::GoPanel(Panel::Tasks));
    app.update(Action::StartFilter);
    for c in "tax".chars() {
        app.update(Action::FilterPush(c));
    }
    app.update(Action::FilterAccept);
    app.update(Action::Down);
    let task = selected_id(&app);
    let shown = app.table().unwrap().rows.clone();
    app.update(Action::Open);
    let target = app.detail.map(|d| d.target);
    for action in [Action::NextReview, Action::NextReview, Action::PrevSince] {
        app.update(action);
        let t = app.table().unwrap();
        assert_eq!(t.filter, "tax");
        assert_eq!(selected_id(&app), task);
        assert_eq!(app.detail.map(|d| d.target), target, "the detail stays open");
    }
    assert_eq!(app.table().unwrap().rows, shown, "the same tasks match 'tax'");
    assert_eq!(app.mode(), Mode::Detail);
    assert_eq!(app.panel, Panel::Tasks);
    app.update(Action::GoPanel(Panel::Overview));
    assert_eq!(selected_id(&app), district);
}

#[test]
fn markers_ranks_and_trends_follow_c_and_r() {
    let mut app = demo();
    let cat = &app.review.ds.catalogue;
    let t32 = cat.item_index(Area::Task, "T32").unwrap();
    let k01 = cat.item_index(Area::Task, "K01").unwrap();
    assert_eq!(
        app.review.item_change(Area::Task, t32),
        Some(ItemChange::BecameComplete)
    );
    assert_eq!(
        app.review.item_change(Area::Task, k01),
        None,
        "one district moved, not the province"
    );
    assert!(
        app.review.rank_moves.iter().any(|&m| m != 0),
        "Cô Tô went stale: ranks moved"
    );
    assert_eq!(app.review.rank_moves.iter().sum::<i64>(), 0);
    let trend = app.review.trend(Figure::PlanTasks);
    assert_eq!(trend.len(), app.review.ds.dates().len());
    let h = &app.review.rollup.headline;
    assert_eq!(
        trend.last().copied(),
        Some(h.plan_tasks.complete as f64),
        "ends at the tile's value"
    );
    assert_eq!(app.review.district_trend(0).len(), trend.len());
    // R between two snapshot dates: the trend ends at R itself.
    app.reload(Review::new(
        crate::demo::load().unwrap(),
        Some(date("2024-12-20")),
        None,
    ));
    assert_eq!(app.review.trend(Figure::PlanTasks).len(), 12);
    let before = app
        .review
        .before
        .as_ref()
        .unwrap()
        .headline
        .value(Figure::PlanTasks);
    assert_eq!(app.review.since, Some(date("2024-11-30")));
    assert_eq!(before, app.review.history.headlines[10].value(Figure::PlanTasks));
    assert!(matches!(
        app.review.item_change(Area::Task, t32),
        None | Some(ItemChange::Status(_) | ItemChange::BecameOverdue)
    ));
}

#[test]
fn the_changes_panel_lists_filters_and_opens_what_changed() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Changes));
    let t = app.table().unwrap();
    assert_eq!(t.rows.len(), app.review.changes.list.len());
    let kinds: Vec<ChangeKind> = app.review.changes.list.iter().map(|c| c.kind).collect();
    assert!(kinds.contains(&ChangeKind::BecameComplete) && kinds.contains(&ChangeKind::WentStale));
    // Filter to one district's status changes, and open one: it is the item.
    app.update(Action::StartFilter);
    for c in "ha long status".chars() {
        app.update(Action::FilterPush(c));
    }
    app.update(Action::FilterAccept);
    let ids: Vec<String> = app
        .table()
        .unwrap()
        .rows
        .iter()
        .map(|&r| app.review.changes.list[r].id.clone().unwrap_or_default())
        .collect();
    assert_eq!(ids, ["K05", "K08"]);
    app.update(Action::Open);
    let k05 = app.review.ds.catalogue.item_index(Area::Task, "K05").unwrap();
    assert_eq!(app.detail.map(|d| d.target), Some(Target::Item(Area::Task, k05)));
    app.update(Action::CloseDetail);
    // A district's change opens the district; a figure's has nothing to open.
    app.update(Action::ClearFilter);
    app.update(Action::StartFilter);
    for c in "went stale".chars() {
        app.update(Action::FilterPush(c));
    }
    app.update(Action::Open);
    let ct = app.review.ds.catalogue.district_index("CT").unwrap();
    assert_eq!(app.detail.map(|d| d.target), Some(Target::District(ct)));
    // Moving C back lengthens the list; the filter stays.
    app.update(Action::CloseDetail);
    let n = app.review.changes.list.len();
    app.update(Action::PrevSince);
    assert!(app.review.changes.list.len() > n);
    assert_eq!(app.table().unwrap().filter, "went stale");
}

#[test]
fn a_future_dated_snapshot_never_moves_the_consoles_default_review_date() {
    let mut ds = crate::demo::load().unwrap();
    let bc = ds
        .files()
        .iter()
        .find(|f| f.file.ends_with("2025-02/BC.json"))
        .and_then(|f| f.record.clone())
        .unwrap();
    let typo = crate::load::Record {
        file: "snapshots/typo.json".into(),
        as_of: date("2205-02-14"),
        as_of_at: Some((4, 12)),
        ..bc
    };
    ds.put_file(crate::load::FileOutcome {
        file: typo.file.clone(),
        record: Some(typo),
        problems: Vec::new(),
    });
    ds.set_today(Some(date("2026-11-30")));
    let rv = Review::new(ds, None, None);
    assert_eq!(rv.review, date("2025-02-14"));
    let warned = rv
        .problems
        .iter()
        .find(|p| p.file == "snapshots/typo.json")
        .unwrap();
    assert_eq!((warned.line, warned.column), (Some(4), Some(12)));
    assert!(warned.message.contains("after today (2026-11-30)"), "{warned}");
    // Moving R forward still reaches it, as --as-of does.
    let mut app = App::new(rv, Look::default());
    assert!(app.update(Action::NextReview));
    assert_eq!(app.review.review, date("2205-02-14"));
    // A live change elsewhere leaves it there.
    app.review.update_data(None, |ds, _| {
        ds.remove_file("snapshots/2024-01/HL.json");
    });
    assert_eq!(app.review.review, date("2205-02-14"));
}

#[test]
fn a_whole_reload_keeps_the_machines_date() {
    let mut ds = crate::demo::load().unwrap();
    ds.set_today(Some(date("2024-12-31")));
    let found = crate::app::live::Found::All {
        result: Ok(Box::new(crate::demo::load().unwrap())),
        plan_changed: false,
        why: crate::present::notices::Why::Key,
    };
    crate::app::live::apply(&mut ds, &mut Vec::new(), found, crate::present::Lang::En);
    assert_eq!(ds.today(), Some(date("2024-12-31")));
    assert_eq!(ds.latest(), Some(date("2024-12-31")), "not 2025-02-14");
}
