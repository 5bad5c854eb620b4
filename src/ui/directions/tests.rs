//! Insta snapshots of the Directions panel (follow-up above, this meeting below, judgments and
//! the contradiction flag) and of the form, at 80x24 and 120x40.

#![allow(clippy::unwrap_used)]

use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::directions::tests::{app, book};
use crate::app::{Action, App, Panel};

fn frame(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    app.update(Action::Resize(w, h));
    let mut hits = crate::ui::Hits::default();
    t.draw(|f| hits = crate::ui::draw(app, f.area(), f.buffer_mut()))
        .unwrap();
    if app.update(Action::Viewport(hits.viewport)) {
        t.draw(|f| {
            crate::ui::draw(app, f.area(), f.buffer_mut());
        })
        .unwrap();
    }
    t
}

#[test]
fn the_panel_and_the_form() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app();
        let b = book(&a);
        a.update(Action::Meetings(Box::new(b)));
        a.update(Action::GoPanel(Panel::Directions));
        a.update(Action::Down);
        assert_snapshot!(format!("directions_panel_{w}x{h}"), frame(&mut a, w, h).backend());

        a.update(Action::GoPanel(Panel::Overview));
        let t = frame(&mut a, w, h);
        let text = format!("{:?}", t.backend());
        assert!(
            text.contains("Directions: 2 open, 1 overdue, 0 met since the last meeting"),
            "{text}"
        );

        a.update(Action::GoPanel(Panel::Tasks));
        for _ in 0..12 {
            a.update(Action::Down); // T13
        }
        // Its detail lists the directions about T13, from every meeting.
        a.update(Action::Open);
        a.update(Action::Bottom);
        let text = format!("{:?}", frame(&mut a, w, h).backend());
        assert!(text.contains("2025-02-18#1 task T13 in CT"), "{text}");
        assert!(text.contains("2025-03-20#2 task T13 in CT"), "{text}");
        a.update(Action::CloseDetail);
        a.update(Action::AddDirection);
        for c in "Finish entering the paper registers".chars() {
            a.update(Action::FormPush(c));
        }
        a.update(Action::FormNext);
        a.update(Action::FormNext);
        a.update(Action::FormPush('x'));
        a.update(Action::FormSubmit);
        assert_snapshot!(format!("directions_form_{w}x{h}"), frame(&mut a, w, h).backend());
    }
}

/// The same panel and form in Vietnamese: judgments, states, headings, the form's labels and
/// the footer's keys in the glossary's words.
#[test]
fn the_panel_and_the_form_in_vietnamese() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app();
        a.look.lang = crate::present::Lang::Vi;
        let b = book(&a);
        a.update(Action::Meetings(Box::new(b)));
        a.update(Action::GoPanel(Panel::Directions));
        a.update(Action::Down);
        assert_snapshot!(
            format!("vi_directions_panel_{w}x{h}"),
            frame(&mut a, w, h).backend()
        );

        a.update(Action::GoPanel(Panel::Tasks));
        for _ in 0..12 {
            a.update(Action::Down); // T13
        }
        a.update(Action::AddDirection);
        for c in "Hoàn thành nhập sổ hộ khẩu giấy".chars() {
            a.update(Action::FormPush(c));
        }
        a.update(Action::FormNext);
        a.update(Action::FormNext);
        a.update(Action::FormPush('x'));
        a.update(Action::FormSubmit);
        let t = frame(&mut a, w, h);
        let text = format!("{:?}", t.backend());
        assert!(text.contains("Chỉ đạo"), "{text}");
        assert_snapshot!(format!("vi_directions_form_{w}x{h}"), t.backend());
    }
}
