//! `update` sequences on the demo data, with no terminal: navigation, panels, filter, sort,
//! status filter, detail pane, clicks and paging. Moving R and C, and the Changes panel, are in
//! `tests/dates.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod dates;
mod edges;

use super::table::StatusFilter;
use super::*;
use crate::model::Area;

fn demo() -> App {
    let ds = crate::demo::load().expect("the bundled demo loads");
    App::new(Review::new(ds, None, None), Look::default())
}

fn names(app: &App) -> Vec<String> {
    let t = app.table().unwrap();
    t.rows.iter().map(|&d| app.review.name(d).to_owned()).collect()
}

#[test]
fn defaults_follow_the_data() {
    let app = demo();
    assert_eq!(app.review.review.to_string(), "2025-02-14");
    assert_eq!(
        app.review.since.map(|d| d.to_string()).as_deref(),
        Some("2025-01-31")
    );
    assert_eq!(app.panel, Panel::Overview);
    assert_eq!(app.mode(), Mode::Normal);
}

#[test]
fn review_date_can_be_set_and_the_headline_matches_the_report() {
    let ds = crate::demo::load().unwrap();
    let r = crate::model::Date::parse("2024-12-31").unwrap();
    let rv = Review::new(ds, Some(r), None);
    let h = &rv.rollup.headline;
    assert_eq!((h.plan_tasks.complete, h.plan_tasks.total), (34, 41));
    assert_eq!((h.services.complete, h.services.total), (43, 53));
    assert_eq!(rv.since.map(|d| d.to_string()).as_deref(), Some("2024-11-30"));
}

#[test]
fn panels_cycle_and_jump() {
    let mut app = demo();
    assert!(app.update(Action::PrevPanel));
    assert_eq!(app.panel, Panel::Directions);
    app.update(Action::NextPanel);
    assert_eq!(app.panel, Panel::Overview);
    app.update(Action::GoPanel(Panel::Districts));
    assert_eq!(app.panel, Panel::Districts);
    // Going elsewhere closes overlays.
    app.update(Action::Open);
    assert!(app.detail.is_some());
    app.update(Action::NextPanel);
    assert!(app.detail.is_none());
}

#[test]
fn rows_move_and_clamp() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    assert!(
        !app.update(Action::Up),
        "already at the top: nothing changes, no redraw"
    );
    for _ in 0..3 {
        app.update(Action::Down);
    }
    assert_eq!(app.table().unwrap().selected, 3);
    app.update(Action::Bottom);
    let last = app.table().unwrap().rows.len() - 1;
    assert_eq!(app.table().unwrap().selected, last);
    assert!(!app.update(Action::Down));
    app.update(Action::Top);
    assert_eq!(app.table().unwrap().selected, 0);
    // Paging uses the height the last frame measured: one screen less a row of context.
    app.update(Action::Viewport(Viewport {
        table_rows: [20, 0],
        ..Viewport::default()
    }));
    app.update(Action::PageDown);
    assert_eq!(app.table().unwrap().selected, 19);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    let t = app.table().unwrap();
    assert_eq!(t.selected, 53);
    assert_eq!(t.offset, 54 - 20, "the window ends at the last row");
    app.update(Action::PageUp);
    assert_eq!(app.table().unwrap().selected, 34);
}

#[test]
fn filter_ignores_case_and_diacritics_and_clears() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Districts));
    app.update(Action::StartFilter);
    assert_eq!(app.mode(), Mode::Filter);
    for c in "ha long".chars() {
        app.update(Action::FilterPush(c));
    }
    assert_eq!(names(&app), ["Hạ Long"]);
    app.update(Action::FilterAccept);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(names(&app), ["Hạ Long"], "accepting keeps the filter");
    app.update(Action::ClearFilter);
    assert_eq!(names(&app).len(), 13);
    app.update(Action::StartFilter);
    for c in "DONG TRIEU".chars() {
        app.update(Action::FilterPush(c));
    }
    assert_eq!(names(&app), ["Đông Triều"]);
    for _ in 0.."G TRIEU".len() {
        app.update(Action::FilterPop);
    }
    // "DON" also matches Vân Đồn (Đ folds to d, ồ to o).
    assert_eq!(names(&app), ["Đông Triều", "Vân Đồn"]);
    app.update(Action::ClearFilter);
    assert_eq!(app.mode(), Mode::Normal);
    assert!(app.table().unwrap().filter.is_empty());
}

#[test]
fn filter_matches_any_column_and_terms_combine() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    app.update(Action::StartFilter);
    for c in "justice blocked".chars() {
        app.update(Action::FilterPush(c));
    }
    let t = app.table().unwrap();
    let ids: Vec<&str> = t
        .rows
        .iter()
        .map(|&r| app.review.ds.catalogue.item_id(Area::Task, r))
        .collect();
    assert_eq!(ids, ["T13"], "lead and status columns, both terms");
}

#[test]
fn sort_cycles_columns_in_vietnamese_order_and_reverses() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Districts));
    app.update(Action::CycleSort); // Code
    app.update(Action::CycleSort); // District
    assert_eq!(app.table().unwrap().sort, Some(1));
    assert_eq!(
        names(&app),
        [
            "Ba Chẽ",
            "Bình Liêu",
            "Cẩm Phả",
            "Cô Tô",
            "Đầm Hà",
            "Đông Triều",
            "Hạ Long",
            "Hải Hà",
            "Móng Cái",
            "Quảng Yên",
            "Tiên Yên",
            "Uông Bí",
            "Vân Đồn"
        ]
    );
    app.update(Action::ReverseSort);
    assert_eq!(names(&app).first().map(String::as_str), Some("Vân Đồn"));
    // Past the last column, back to plan order.
    let cols = rows::columns(app.table().unwrap().id).len();
    for _ in 1..cols {
        app.update(Action::CycleSort);
    }
    assert_eq!(app.table().unwrap().sort, None);
    assert_eq!(names(&app).first().map(String::as_str), Some("Hạ Long"));
}

#[test]
fn ratios_sort_by_value_and_selection_follows_the_row() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    for _ in 0..12 {
        app.update(Action::Down);
    }
    assert_eq!(app.table().unwrap().selected_row(), Some(12)); // T13
    // Sort by coverage (column 8).
    for _ in 0..9 {
        app.update(Action::CycleSort);
    }
    let t = app.table().unwrap();
    assert_eq!(t.sort, Some(8));
    let pcts: Vec<f64> = t
        .rows
        .iter()
        .map(|&r| app.review.item(Area::Task, r).unwrap().coverage.pct().unwrap())
        .collect();
    assert!(pcts.windows(2).all(|w| w[0] <= w[1]), "{pcts:?}");
    assert_eq!(t.selected_row(), Some(12), "T13 is still selected after the sort");
}

#[test]
fn status_filter_cycles_on_item_panels_only() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    app.update(Action::CycleStatus);
    assert_eq!(app.status_filter(), StatusFilter::NotComplete);
    let incomplete = app
        .review
        .rollup
        .area(Area::Task)
        .filter(|it| !it.complete)
        .count();
    assert_eq!(app.table().unwrap().rows.len(), incomplete);
    app.update(Action::CycleStatus);
    assert_eq!(app.status_filter(), StatusFilter::Overdue);
    let overdue = usize::try_from(app.review.rollup.headline.overdue_tasks).unwrap();
    assert_eq!(app.table().unwrap().rows.len(), overdue);
    app.update(Action::CycleStatus);
    app.update(Action::CycleStatus);
    assert_eq!(app.status_filter(), StatusFilter::All);
    app.update(Action::GoPanel(Panel::Districts));
    assert!(!app.update(Action::CycleStatus), "no status filter on Districts");
}

#[test]
fn detail_opens_for_the_selected_row_and_closes() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(app.detail.map(|d| d.target), Some(Target::Item(Area::Task, 1)));
    assert_eq!(app.mode(), Mode::Detail);
    // Arrows scroll the pane, not the table.
    app.update(Action::Down);
    assert_eq!(app.detail.unwrap().scroll, 1);
    assert_eq!(app.table().unwrap().selected, 1);
    // Once a frame has measured the pane, scrolling stops at its end.
    app.update(Action::Viewport(Viewport {
        detail_rows: 10,
        detail_max_scroll: 4,
        ..Viewport::default()
    }));
    app.update(Action::Bottom);
    assert_eq!(app.detail.unwrap().scroll, 4);
    app.update(Action::CloseDetail);
    assert_eq!(app.mode(), Mode::Normal);
    app.update(Action::GoPanel(Panel::Overview));
    app.update(Action::Open);
    let first = app.review.league[0];
    assert_eq!(app.detail.map(|d| d.target), Some(Target::District(first)));
}

#[test]
fn sections_and_clicks() {
    let mut app = demo();
    app.update(Action::NextSection);
    assert_eq!(app.view().section, 1);
    app.update(Action::Click { section: 0, row: 2 });
    assert_eq!(app.view().section, 0);
    assert_eq!(app.table().unwrap().selected, 2);
    assert!(app.detail.is_none());
    app.update(Action::Click { section: 0, row: 2 });
    assert!(
        app.detail.is_some(),
        "a second click on the selected row opens it"
    );
    app.update(Action::CloseDetail);
    assert!(!app.update(Action::Click { section: 5, row: 0 }));
}

#[test]
fn help_and_quit() {
    let mut app = demo();
    app.update(Action::ToggleHelp);
    assert_eq!(app.mode(), Mode::Help);
    app.update(Action::CloseHelp);
    assert_eq!(app.mode(), Mode::Normal);
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn reload_keeps_the_selection_on_the_same_row() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    for _ in 0..5 {
        app.update(Action::Down);
    }
    let ds = crate::demo::load().unwrap();
    let r = crate::model::Date::parse("2024-12-31").unwrap();
    app.reload(Review::new(ds, Some(r), None));
    assert_eq!(app.table().unwrap().selected_row(), Some(5));
    assert_eq!(app.review.review, r);
}

/// Live reload keeps the history before the changed file's date and rolls up the rest again
/// (`history_from`); the result must be what a full recompute gives.
#[test]
fn live_reload_history_matches_a_full_recompute() {
    use super::live::{Batch, FileChange, Found};
    let same = |app: &App| {
        let full = crate::rollup::history(&app.review.ds);
        let h = &app.review.history;
        assert_eq!(h.dates, full.dates);
        assert_eq!(h.headlines, full.headlines);
        assert_eq!(h.district_tasks, full.district_tasks);
    };
    let mut app = demo();
    let dates = app.review.ds.dates().to_vec();
    let middle = dates[dates.len() / 2];
    let file = app
        .review
        .ds
        .files()
        .iter()
        .find(|f| f.record.as_ref().is_some_and(|r| r.as_of == middle))
        .unwrap()
        .clone();
    let send = |app: &mut App, seq, change| {
        let batch = Batch {
            seq,
            found: Found::Files(vec![change]),
        };
        app.update(Action::Loaded(Box::new(batch)));
    };
    send(&mut app, 1, FileChange::Gone(file.file.clone()));
    assert_ne!(
        app.review.history.headlines,
        demo().review.history.headlines,
        "the removal shows"
    );
    same(&app);
    send(&mut app, 2, FileChange::Put(Box::new(file)));
    same(&app);
    assert_eq!(app.review.history.headlines, demo().review.history.headlines);
}

#[test]
fn a_panel_laid_out_like_the_last_one_pages_by_the_measured_height() {
    // The event loop sends a viewport only when the layout changes; Tasks and Models have the
    // same layout, so Models must page by the height measured on Tasks.
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    app.update(Action::Viewport(Viewport {
        table_rows: [20, 0],
        ..Viewport::default()
    }));
    app.update(Action::GoPanel(Panel::Models));
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    let t = app.table().unwrap();
    assert_eq!(t.selected, 38);
    assert!(t.offset > 0, "the window follows the selection");
}
