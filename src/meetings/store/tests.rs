//! The store's rules on a real file system: first write records R, C and the digest; ids grow;
//! refusals write nothing; threads each with their own lock never lose a direction.

use std::path::Path;

use super::*;
use crate::meetings::check::tests::catalogue;
use crate::model::SubjectArea;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

fn init() -> MeetingInit {
    MeetingInit {
        review_date: d("2024-12-31"),
        since: Some(d("2024-11-30")),
        data: DataDigest {
            files: 2,
            sha256: "ab".into(),
        },
        title: None,
        chair: None,
    }
}

fn task(text: &str) -> NewDirection {
    NewDirection {
        subject: Subject {
            area: SubjectArea::Task,
            id: Some("T13".into()),
            district: Some("CT".into()),
        },
        text: text.into(),
        owner: "UBND huyện Cô Tô".into(),
        due: Some(d("2025-03-31")),
    }
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(Result::ok)
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn first_write_creates_the_directory_and_records_the_review() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("meetings");
    let cat = catalogue();
    let store = Store::open(&dir, Some(&data), &cat).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(!dir.exists(), "opening creates nothing");
    let date = d("2025-02-18");
    let r1 = store
        .add(date, init, task("one"))
        .unwrap_or_else(|e| panic!("{e:?}"));
    let r2 = store
        .add(date, || panic!("not called twice"), task("two"))
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        (r1.to_string(), r2.to_string()),
        ("2025-02-18#1".into(), "2025-02-18#2".into())
    );
    let text = std::fs::read_to_string(dir.join("2025-02-18.json")).unwrap_or_else(|e| panic!("{e}"));
    let m: Meeting = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(m.review_date, Some(d("2024-12-31")));
    assert_eq!(m.since, Some(d("2024-11-30")));
    assert_eq!(m.data.as_ref().map(|x| x.files), Some(2));
    assert_eq!(m.directions.len(), 2);
    assert!(crate::meetings::check::check_meeting(&m, &cat).is_empty());

    store
        .change(
            r1,
            Change::Done {
                on: d("2025-03-01"),
                note: Some("entered".into()),
            },
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(matches!(
        store.change(
            r1,
            Change::Done {
                on: d("2025-03-01"),
                note: None
            }
        ),
        Err(StoreError::AlreadyClosed(..))
    ));
    assert!(matches!(
        store.change(
            r2,
            Change::Drop {
                on: d("2025-03-01"),
                note: " ".into()
            }
        ),
        Err(StoreError::NoteRequired)
    ));
    store
        .change(r1, Change::Reopen)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(matches!(
        store.change(r1, Change::Reopen),
        Err(StoreError::NotClosed(_))
    ));
    let missing = DirRef { date, id: 9 };
    assert!(matches!(
        store.change(missing, Change::Reopen),
        Err(StoreError::NoSuchDirection(_))
    ));
    let book = crate::meetings::read(&dir, &cat);
    assert!(book.problems().is_empty(), "{:?}", book.problems());
    let m = book.meeting(date).unwrap_or_else(|| panic!("meeting"));
    assert_eq!(m.directions[0].state, DirectionState::Open);
    assert_eq!(m.directions[0].closed_on, None);
    assert!(m.directions[0].updated.is_some());
}

#[test]
fn refusals_write_nothing() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("snapshots")).unwrap_or_else(|e| panic!("{e}"));
    let cat = catalogue();
    // Inside DATA, however spelt.
    let link = tmp.path().join("link");
    std::os::unix::fs::symlink(&data, &link).unwrap_or_else(|e| panic!("{e}"));
    for dir in [
        data.join("m"),
        data.join("snapshots/../m"),
        tmp.path().join("x/../data/m"),
        link.join("m"),
        data.clone(),
    ] {
        let got = Store::open(&dir, Some(&data), &cat);
        assert!(
            matches!(got, Err(StoreError::InsideData { .. })),
            "{}: {got:?}",
            dir.display()
        );
    }
    let dir = tmp.path().join("meetings");
    let store = Store::open(&dir, Some(&data), &cat).unwrap_or_else(|e| panic!("{e:?}"));
    let date = d("2025-02-18");
    // Invalid directions.
    let mut bad = task("x");
    bad.subject.id = Some("T99".into());
    assert!(matches!(
        store.add(date, init, bad),
        Err(StoreError::Invalid(Issue::UnknownItem(..)))
    ));
    assert!(matches!(
        store.add(date, init, task("  ")),
        Err(StoreError::Invalid(Issue::EmptyText))
    ));
    // A broken meeting file is never overwritten.
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("2025-02-18.json"), "{ \"format\": broken").unwrap_or_else(|e| panic!("{e}"));
    let before = snapshot(&dir);
    assert!(matches!(
        store.add(date, init, task("x")),
        Err(StoreError::Broken { .. })
    ));
    // A symbolic link out of MEETINGS.
    std::fs::remove_file(dir.join("2025-02-18.json")).unwrap_or_else(|e| panic!("{e}"));
    let outside = data.join("snapshots/x.json");
    std::fs::write(&outside, "{}").unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&outside, dir.join("2025-02-18.json")).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        store.add(date, init, task("x")),
        Err(StoreError::Symlink(_))
    ));
    // A hard link to a file in DATA.
    std::fs::remove_file(dir.join("2025-02-18.json")).unwrap_or_else(|e| panic!("{e}"));
    store
        .add(date, init, task("x"))
        .unwrap_or_else(|e| panic!("{e:?}"));
    let good = std::fs::read(dir.join("2025-02-18.json")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_file(dir.join("2025-02-18.json")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&outside, &good).unwrap_or_else(|e| panic!("{e}"));
    std::fs::hard_link(&outside, dir.join("2025-02-18.json")).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        store.add(date, init, task("y")),
        Err(StoreError::HardLink(_))
    ));
    assert_eq!(
        std::fs::read(&outside).unwrap_or_default(),
        good,
        "DATA untouched"
    );
    let _ = before;
}

#[test]
fn threads_adding_at_once_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().join("meetings");
    let cat = catalogue();
    let date = d("2025-02-18");
    std::thread::scope(|s| {
        for t in 0..4 {
            let (dir, data, cat) = (&dir, &data, &cat);
            s.spawn(move || {
                let store = Store::open(dir, Some(data), cat).unwrap_or_else(|e| panic!("{e:?}"));
                for i in 0..25 {
                    store
                        .add(date, init, task(&format!("{t}-{i}")))
                        .unwrap_or_else(|e| panic!("{e:?}"));
                }
            });
        }
    });
    let book = crate::meetings::read(&dir, &cat);
    let m = book.meeting(date).unwrap_or_else(|| panic!("meeting"));
    assert_eq!(m.directions.len(), 100);
    let mut ids: Vec<u64> = m.directions.iter().map(|d| d.id).collect();
    ids.sort_unstable();
    assert_eq!(ids, (1..=100).collect::<Vec<_>>());
}
