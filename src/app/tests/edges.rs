//! Edges a mutation sample (cargo-mutants, issue 9) found untested: each key of the detail
//! pane's paging, a first click on another row of the focused table, and sorting a table that
//! has no column to sort by.

use super::*;

/// The demo on Tasks with the second task's detail open, its pane measured as 10 rows (a page
/// of 9) with 100 lines to scroll.
fn detail_open() -> App {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    app.update(Action::Down);
    app.update(Action::Open);
    assert!(app.detail.is_some());
    app.update(Action::Viewport(Viewport {
        detail_rows: 10,
        detail_max_scroll: 100,
        ..Viewport::default()
    }));
    app
}

fn scroll(app: &App) -> u16 {
    app.detail.map_or(u16::MAX, |d| d.scroll)
}

#[test]
fn the_detail_pane_pages_by_its_height_and_goes_to_its_top() {
    let mut app = detail_open();
    app.update(Action::PageDown);
    assert_eq!(scroll(&app), 9, "one page, not the end");
    app.update(Action::PageDown);
    assert_eq!(scroll(&app), 18);
    app.update(Action::PageUp);
    assert_eq!(scroll(&app), 9, "one page back, not the end");
    app.update(Action::Down);
    app.update(Action::Top);
    assert_eq!(scroll(&app), 0, "the top, not the end");
    app.update(Action::Bottom);
    assert_eq!(scroll(&app), 100);
    app.update(Action::PageUp);
    assert_eq!(scroll(&app), 91);
    // The table under the pane did not move.
    assert_eq!(app.table().unwrap().selected, 1);
}

#[test]
fn a_first_click_only_selects_even_in_the_focused_table() {
    let mut app = demo();
    app.update(Action::GoPanel(Panel::Tasks));
    assert_eq!((app.view().section, app.table().unwrap().selected), (0, 0));
    // Same table, another row: select it, do not open it.
    app.update(Action::Click { section: 0, row: 3 });
    assert_eq!(app.table().unwrap().selected, 3);
    assert!(app.detail.is_none(), "a first click opened the row");
    app.update(Action::Click { section: 0, row: 3 });
    assert!(app.detail.is_some(), "the second click opens it");
    app.update(Action::CloseDetail);
    // Another table whose selected row is the one clicked: focus it, do not open it.
    app.update(Action::GoPanel(Panel::Overview));
    assert_eq!(app.view().section, 0);
    app.update(Action::Click { section: 1, row: 0 });
    assert_eq!(app.view().section, 1);
    assert!(
        app.detail.is_none(),
        "a click that only moved the focus opened the row"
    );
}

#[test]
fn sorting_cycles_through_the_columns_and_a_table_without_columns_stays_unsorted() {
    assert_eq!(next_sort(None, 3), Some(0));
    assert_eq!(next_sort(Some(0), 3), Some(1));
    assert_eq!(next_sort(Some(2), 3), None);
    assert_eq!(next_sort(None, 0), None, "no column 0 to sort by");
    assert_eq!(next_sort(Some(0), 1), None);
}
