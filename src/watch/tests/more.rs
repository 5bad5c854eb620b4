//! Live reload under stress: a burst of files, DATA replaced or deleted and restored, and a
//! file name that is not UTF-8. Same set-up as the other watch tests: every wait polls the
//! app's channel with a generous deadline, and nothing asserts quickly that nothing happened.

use std::path::Path;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{HL, Watched, copy_dir};
use crate::app::App;
use crate::load::load_dir;

fn demo() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo")
}

/// The header's two lines as drawn.
fn header(app: &App) -> String {
    let area = Rect::new(0, 0, 160, 40);
    let mut buf = Buffer::empty(area);
    crate::ui::draw(app, area, &mut buf);
    (0..2)
        .flat_map(|y| (0..area.width).map(move |x| (x, y)))
        .map(|(x, y)| buf[(x, y)].symbol().to_owned())
        .collect()
}

/// HL's February snapshot moved to another date.
fn hl_on(w: &Watched, date: &str) -> String {
    w.read(HL).replace("\"2025-02-14\"", &format!("\"{date}\""))
}

/// Thousands of files copied in at once used to re-index the whole data set once per file, on
/// the UI thread. Now a burst is re-indexed once per batch the watcher delivers (a handful,
/// however many files), on the loader thread.
#[test]
fn a_burst_of_files_is_reindexed_a_few_times_off_the_ui_thread() {
    let mut w = Watched::start();
    let n = 300;
    let before = w.app.review.ds.files().len();
    let ui_before = crate::load::indexed_here();
    let reindexes_before = w.app.review.ds.reindexes();
    for i in 0..n {
        let date = format!("2026-{:02}-{:02}", 1 + i / 28, 1 + i % 28);
        w.write(&format!("snapshots/2025-02/burst-{i:03}.json"), &hl_on(&w, &date));
    }
    w.wait_until("every file of the burst", |a| {
        a.review.ds.files().len() == before + n
    });
    assert_eq!(crate::load::indexed_here(), ui_before, "the UI thread re-indexed");
    let reindexes = w.app.review.ds.reindexes().saturating_sub(reindexes_before);
    assert!(
        reindexes <= (n / 10) as u64,
        "{n} files landing took {reindexes} re-indexes"
    );
}

/// The atomic deploy: a fresh copy moved over DATA. The new directory is read and watched.
#[test]
fn a_data_directory_moved_over_is_read_and_watched() {
    let mut w = Watched::start();
    let new = w.data.with_file_name("new");
    copy_dir(&demo(), &new);
    std::fs::create_dir_all(new.join("snapshots/2025-03")).unwrap();
    std::fs::write(new.join("snapshots/2025-03/HL.json"), hl_on(&w, "2025-03-14")).unwrap();
    std::fs::rename(&w.data, w.data.with_file_name("old")).unwrap();
    std::fs::rename(&new, &w.data).unwrap();
    w.wait_until("the new directory to be read", |a| {
        a.review.review.to_string() == "2025-03-14"
    });
    // Watched: a change in the new directory shows.
    std::fs::remove_file(w.data.join("snapshots/2025-03/HL.json")).unwrap();
    w.wait_until("a change in the new directory", |a| {
        a.review.review.to_string() != "2025-03-14"
    });
    assert!(!w.app.live.lost);
    assert!(!header(&w.app).contains("not watching"), "{}", header(&w.app));
}

/// Deleted: the header says the console is not watching. Restored: it watches again.
#[test]
fn a_deleted_directory_is_not_watching_until_restored() {
    let mut w = Watched::start();
    std::fs::remove_dir_all(&w.data).unwrap();
    w.wait_until("watching to be lost", |a| a.live.lost);
    assert!(header(&w.app).contains("not watching"), "{}", header(&w.app));
    copy_dir(&demo(), &w.data);
    w.wait_until("watching again", |a| !a.live.lost);
    assert!(!header(&w.app).contains("not watching"), "{}", header(&w.app));
    let march = hl_on(&w, "2025-03-14");
    std::fs::create_dir_all(w.data.join("snapshots/2025-03")).unwrap();
    w.write("snapshots/2025-03/HL.json", &march);
    w.wait_until("a change in the restored directory", |a| {
        a.review.review.to_string() == "2025-03-14"
    });
}

/// A name with byte 0xff: shown lossily, but opened by its real name, so the console counts
/// it as `report` does.
#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let mut w = Watched::start();
    let name = std::ffi::OsStr::from_bytes(b"HL-\xff.json");
    let path = w.data.join("snapshots/2025-02").join(name);
    std::fs::write(path, hl_on(&w, "2025-03-14")).unwrap();
    w.wait_until("the file to count", |a| {
        a.review.review.to_string() == "2025-03-14"
    });
    let file = w
        .app
        .review
        .ds
        .files()
        .iter()
        .find(|f| f.file.contains('\u{fffd}'))
        .unwrap();
    assert!(file.record.is_some(), "{:?}", file.problems);
    let fresh = load_dir(&w.data).unwrap();
    let names = |files: &[crate::load::FileOutcome]| -> Vec<(String, bool)> {
        files
            .iter()
            .map(|f| (f.file.clone(), f.record.is_some()))
            .collect()
    };
    assert_eq!(
        names(fresh.files()),
        names(w.app.review.ds.files()),
        "as a fresh load reads it"
    );
}
