//! Update sequences of the directions: the form (pre-filled, Tab, wrong input kept in place,
//! Enter turning into a request, Esc), the keys on a direction, and the book arriving.

use super::*;
use crate::app::{Action, App, Look, Panel, Review};
use crate::meetings::check::parse_meeting;
use crate::model::SubjectArea;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

pub(crate) fn app() -> App {
    let ds = crate::demo::load().unwrap_or_else(|e| panic!("{e}"));
    App::new(Review::new(ds, None, None), Look::default()).with_meetings("m".into(), d("2025-03-20"))
}

/// A book with the meeting of 2025-02-18 (two directions, one closed before 2025-03-20) and
/// the current one of 2025-03-20.
pub(crate) fn book(app: &App) -> Book {
    let earlier = r#"{"format": "p06.meeting/1", "date": "2025-02-18", "review_date": "2024-12-31",
      "directions": [
        {"id": 1, "subject": {"area": "task", "id": "T13", "district": "CT"}, "text": "Finish the civil-status registers",
         "owner": "UBND huyện Cô Tô", "due": "2025-01-31", "state": "open", "created": "2025-02-18T09:41:00+07:00"},
        {"id": 2, "subject": {"area": "task", "id": "T01"}, "text": "Keep population data clean", "owner": "Công an tỉnh",
         "state": "done", "closed_on": "2025-03-01", "created": "2025-02-18T09:42:00+07:00"},
        {"id": 3, "subject": {"area": "general"}, "text": "Name focal points in every department", "owner": "Sở, ban, ngành",
         "due": "2025-03-15", "state": "done", "closed_on": "2025-03-25", "created": "2025-02-18T09:43:00+07:00"}
      ]}"#;
    let current = r#"{"format": "p06.meeting/1", "date": "2025-03-20", "review_date": "2025-02-14",
      "directions": [
        {"id": 2, "subject": {"area": "task", "id": "T13", "district": "CT"}, "text": "Report T13 done in Cô Tô",
         "owner": "UBND huyện Cô Tô", "state": "done", "closed_on": "2025-03-20", "created": "2025-03-20T09:00:00+07:00"},
        {"id": 1, "subject": {"area": "district", "district": "BL"}, "text": "Report every month", "owner": "UBND huyện Bình Liêu",
         "due": "2025-04-20", "state": "open", "created": "2025-03-20T09:00:00+07:00"}
      ]}"#;
    let cat = &app.review.ds.catalogue;
    Book {
        files: vec![
            parse_meeting("2025-02-18.json", earlier.as_bytes(), cat),
            parse_meeting("2025-03-20.json", current.as_bytes(), cat),
        ],
        dir_problems: Vec::new(),
    }
}

#[test]
fn the_form_opens_prefilled_on_a_task_and_keeps_wrong_input() {
    let mut app = app();
    app.update(Action::GoPanel(Panel::Tasks));
    assert!(app.update(Action::AddDirection));
    assert_eq!(app.mode(), crate::app::Mode::Form);
    let form = app.directions.form.clone().unwrap_or_else(|| panic!("form"));
    assert_eq!(form.fields[1].value, "Provincial Police", "T01's lead agency");
    assert_eq!(form.fields[2].value, "2025-04-20", "a month after the meeting");
    assert!(matches!(&form.kind, FormKind::Add { subject, .. } if subject.id.as_deref() == Some("T01")));
    // Empty text: said in place.
    app.update(Action::FormSubmit);
    let form = app
        .directions
        .form
        .clone()
        .unwrap_or_else(|| panic!("still open"));
    assert_eq!(form.error.as_deref(), Some("Direction is required"));
    assert!(app.directions.pending.is_none());
    for c in "Push".chars() {
        app.update(Action::FormPush(c));
    }
    app.update(Action::FormNext);
    app.update(Action::FormNext);
    for _ in 0..10 {
        app.update(Action::FormPop);
    }
    for c in "2025-02-30".chars() {
        app.update(Action::FormPush(c));
    }
    app.update(Action::FormSubmit);
    let form = app
        .directions
        .form
        .clone()
        .unwrap_or_else(|| panic!("still open"));
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("February 2025 has 28 days")),
        "{:?}",
        form.error
    );
    assert_eq!(form.fields[0].value, "Push", "what was typed stays");
    assert_eq!(form.focus, 2, "the focus is on the wrong field");
    app.update(Action::FormPop);
    app.update(Action::FormPop);
    app.update(Action::FormPush('2'));
    app.update(Action::FormPush('8'));
    app.update(Action::FormSubmit);
    assert!(app.directions.form.is_none());
    assert_eq!(
        app.directions.pending,
        Some(Request::Add {
            date: d("2025-03-20"),
            subject: Subject {
                area: SubjectArea::Task,
                id: Some("T01".into()),
                district: None
            },
            text: "Push".into(),
            owner: "Provincial Police".into(),
            due: Some(d("2025-02-28")),
        })
    );
    assert_eq!(app.live.notice.as_deref(), Some("saving…"));
    app.directions.pending = None;
    app.update(Action::Saved(Ok("saved 2025-03-20#2 in m".into())));
    assert_eq!(app.live.notice.as_deref(), Some("saved 2025-03-20#2 in m"));
}

#[test]
fn overview_gives_general_and_districts_give_their_name_and_esc_cancels() {
    let mut app = app();
    app.update(Action::AddDirection);
    let form = app.directions.form.clone().unwrap_or_else(|| panic!("form"));
    assert!(matches!(&form.kind, FormKind::Add { subject, .. } if subject.area == SubjectArea::General));
    app.update(Action::FormCancel);
    assert!(app.directions.form.is_none());
    assert!(app.directions.pending.is_none());
    app.update(Action::GoPanel(Panel::Districts));
    app.update(Action::AddDirection);
    let form = app.directions.form.clone().unwrap_or_else(|| panic!("form"));
    assert_eq!(form.fields[1].value, "Hạ Long");
    assert!(matches!(&form.kind, FormKind::Add { subject, .. } if subject.district.as_deref() == Some("HL")));
    // Without a meetings directory configured, `a` does nothing.
    let ds = crate::demo::load().unwrap_or_else(|e| panic!("{e}"));
    let mut bare = App::new(Review::new(ds, None, None), Look::default());
    assert!(!bare.update(Action::AddDirection));
}

#[test]
fn keys_on_a_direction_ask_for_writes_and_the_book_fills_the_panel() {
    let mut app = app();
    let b = book(&app);
    assert!(app.update(Action::Meetings(Box::new(b.clone()))));
    assert!(
        !app.update(Action::Meetings(Box::new(b))),
        "the same book changes nothing"
    );
    let rows = app.directions.rows(&app.review.ds, app.review.review);
    let refs: Vec<String> = rows.iter().map(|r| r.reference.to_string()).collect();
    // #2 was closed before 2025-03-20; #3 after it began, so it is still followed up.
    assert_eq!(
        refs,
        ["2025-02-18#1", "2025-02-18#3", "2025-03-20#2", "2025-03-20#1"]
    );
    assert_eq!(rows[0].judgment.follow_up, FollowUp::Overdue);
    assert_eq!(rows[1].judgment.follow_up, FollowUp::Manual);
    assert!(
        rows[2].judgment.contradiction,
        "recorded done, T13 not complete in CT"
    );
    assert_eq!(
        app.directions.counts(&app.review.ds, app.review.review),
        (2, 1, 0)
    );
    // Keys act only on the Directions panel.
    app.update(Action::DirDone);
    assert!(app.directions.pending.is_none());
    app.update(Action::GoPanel(Panel::Directions));
    app.update(Action::DirDone);
    assert_eq!(
        app.directions.pending,
        Some(Request::Done(DirRef {
            date: d("2025-02-18"),
            id: 1
        }))
    );
    app.directions.pending = None;
    app.update(Action::Down);
    app.update(Action::DirReopen);
    assert_eq!(
        app.directions.pending,
        Some(Request::Reopen(DirRef {
            date: d("2025-02-18"),
            id: 3
        }))
    );
    app.directions.pending = None;
    for _ in 0..3 {
        app.update(Action::Down);
    }
    assert_eq!(app.directions.selected, 3, "stops at the last");
    app.update(Action::DirDrop);
    assert!(matches!(
        app.directions.form.as_ref().map(|f| &f.kind),
        Some(FormKind::Drop(_))
    ));
    app.update(Action::FormSubmit);
    assert!(
        app.directions.form.as_ref().is_some_and(|f| f.error.is_some()),
        "a drop needs a note"
    );
    for c in "merged".chars() {
        app.update(Action::FormPush(c));
    }
    app.update(Action::FormSubmit);
    assert_eq!(
        app.directions.pending,
        Some(Request::Drop(
            DirRef {
                date: d("2025-03-20"),
                id: 1
            },
            "merged".into()
        ))
    );
    app.directions.pending = None;
    app.update(Action::DirEdit);
    let form = app.directions.form.clone().unwrap_or_else(|| panic!("form"));
    assert_eq!(form.fields[0].value, "Report every month");
    app.update(Action::FormCancel);
    // Enter opens the subject: a district here.
    app.update(Action::Open);
    assert_eq!(
        app.detail.map(|x| x.target),
        Some(crate::app::Target::District(6))
    );
}

#[test]
fn the_panel_filters_and_sorts_within_each_list() {
    let mut app = app();
    let b = book(&app);
    app.update(Action::Meetings(Box::new(b)));
    app.update(Action::GoPanel(Panel::Directions));
    let refs = |app: &App| -> Vec<String> {
        app.directions
            .rows(&app.review.ds, app.review.review)
            .iter()
            .map(|r| r.reference.to_string())
            .collect()
    };
    app.update(Action::StartFilter);
    assert_eq!(app.mode(), crate::app::Mode::Filter);
    for c in "co to".chars() {
        app.update(Action::FilterPush(c));
    }
    assert_eq!(refs(&app), ["2025-02-18#1", "2025-03-20#2"], "diacritics folded");
    app.update(Action::ClearFilter);
    assert_eq!(refs(&app).len(), 4);
    // By judgment: overdue first, the follow-up still above this meeting's.
    app.update(Action::CycleSort); // due
    app.update(Action::CycleSort); // owner
    assert_eq!(
        refs(&app),
        ["2025-02-18#3", "2025-02-18#1", "2025-03-20#1", "2025-03-20#2"]
    );
    app.update(Action::CycleSort); // judgment
    assert_eq!(
        refs(&app),
        ["2025-02-18#1", "2025-02-18#3", "2025-03-20#2", "2025-03-20#1"]
    );
    app.update(Action::ReverseSort);
    assert_eq!(
        refs(&app),
        ["2025-02-18#3", "2025-02-18#1", "2025-03-20#1", "2025-03-20#2"]
    );
}

#[test]
fn a_broken_meeting_file_is_a_problem_on_the_panel() {
    let mut app = app();
    let mut b = book(&app);
    let cat = app.review.ds.catalogue.clone();
    b.files.push(parse_meeting(
        "2025-04-01.json",
        b"{\"format\": \"p06.meeting/1\",\n \"date\": }",
        &cat,
    ));
    app.update(Action::Meetings(Box::new(b)));
    assert_eq!(app.directions.book.problems().len(), 1);
    app.update(Action::GoPanel(Panel::Directions));
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap_or_else(|e| panic!("{e}"));
    t.draw(|f| {
        crate::ui::draw(&app, f.area(), f.buffer_mut());
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let text = format!("{:?}", t.backend());
    assert!(text.contains("1 problem(s) in the meetings directory:"), "{text}");
    assert!(
        text.contains("2025-04-01.json:2:10: error: JSON syntax error"),
        "{text}"
    );
}
