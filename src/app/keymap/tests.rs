//! The binding table: dispatch by mode and panel, the footer, the help, and the docs.

use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn dispatch_depends_on_mode_and_panel() {
    let q = key(KeyCode::Char('q'));
    assert_eq!(lookup(&q, Normal, Panel::Tasks), Some(Action::Quit));
    assert_eq!(lookup(&q, Filter, Panel::Tasks), Some(Action::FilterPush('q')));
    let f = key(KeyCode::Char('f'));
    assert_eq!(lookup(&f, Normal, Panel::Tasks), Some(Action::CycleStatus));
    assert_eq!(lookup(&f, Normal, Panel::Overview), None);
    let three = key(KeyCode::Char('3'));
    assert_eq!(
        lookup(&three, Normal, Panel::Tasks),
        Some(Action::GoPanel(Panel::Models))
    );
    assert_eq!(
        lookup(&key(KeyCode::Char('8')), Normal, Panel::Tasks),
        Some(Action::GoPanel(Panel::Changes))
    );
    assert_eq!(
        lookup(&key(KeyCode::Char('9')), Normal, Panel::Tasks),
        Some(Action::GoPanel(Panel::Directions))
    );
    assert_eq!(lookup(&key(KeyCode::Char('0')), Normal, Panel::Tasks), None);
    // Keys on a direction only on the Directions panel; typing goes to the form in Form mode.
    assert_eq!(
        lookup(&key(KeyCode::Char('d')), Normal, Panel::Directions),
        Some(Action::DirDone)
    );
    assert_eq!(lookup(&key(KeyCode::Char('d')), Normal, Panel::Tasks), None);
    assert_eq!(
        lookup(&key(KeyCode::Char('a')), Normal, Panel::Tasks),
        Some(Action::AddDirection)
    );
    assert_eq!(
        lookup(&key(KeyCode::Char('q')), Mode::Form, Panel::Tasks),
        Some(Action::FormPush('q'))
    );
    assert_eq!(
        lookup(&key(KeyCode::Tab), Mode::Form, Panel::Tasks),
        Some(Action::FormNext)
    );
    assert_eq!(
        lookup(&key(KeyCode::Esc), Mode::Form, Panel::Tasks),
        Some(Action::FormCancel)
    );
    assert_eq!(
        lookup(&key(KeyCode::Char('[')), Detail, Panel::Tasks),
        Some(Action::PrevReview)
    );
    assert_eq!(
        lookup(&key(KeyCode::Char('}')), Normal, Panel::Changes),
        Some(Action::NextSince)
    );
    assert_eq!(
        lookup(&key(KeyCode::Char('r')), Filter, Panel::Data),
        Some(Action::FilterPush('r'))
    );
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(lookup(&ctrl_c, Filter, Panel::Data), Some(Action::Quit));
    let shift_s = KeyEvent::new(KeyCode::Char('S'), KeyModifiers::SHIFT);
    assert_eq!(lookup(&shift_s, Normal, Panel::Tasks), Some(Action::ReverseSort));
    let esc = key(KeyCode::Esc);
    assert_eq!(lookup(&esc, Detail, Panel::Tasks), Some(Action::CloseDetail));
    assert_eq!(lookup(&esc, Filter, Panel::Tasks), Some(Action::ClearFilter));
    let back = KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT);
    assert_eq!(lookup(&back, Normal, Panel::Tasks), Some(Action::PrevPanel));
}

#[test]
fn docs_list_every_binding() {
    let docs = include_str!("../../../README.md");
    for b in BINDINGS {
        let keys: Vec<String> = b
            .keys
            .iter()
            .map(|k| format!("`{}`", k.name(Lang::En, false)))
            .collect();
        let listed = docs.lines().any(|l| {
            l.contains(&format!(" | {} |", b.help.text(Lang::En)))
                && keys.iter().all(|k| l.contains(k.as_str()))
        });
        assert!(
            listed,
            "README.md lacks a row: {} | {}",
            keys.join(" "),
            b.help.text(Lang::En)
        );
    }
}

#[test]
fn footer_and_help_come_from_the_same_table() {
    let footer = footer_entries(Normal, Panel::Tasks, Lang::En, false);
    let labels: Vec<String> = footer
        .iter()
        .map(|(k, l, _)| format!("{k} {}", l.text(Lang::En)))
        .collect();
    assert!(labels.contains(&"Tab/1-9 panel".to_owned()), "{labels:?}");
    assert!(labels.contains(&"[] R date".to_owned()), "{labels:?}");
    assert!(labels.contains(&"↑↓ move".to_owned()), "{labels:?}");
    assert!(labels.contains(&"f status".to_owned()), "{labels:?}");
    let help = help_lines(Normal, Panel::Tasks, Lang::En, true);
    assert!(
        help.iter()
            .any(|(k, h)| k == "Up k" && h.text(Lang::En) == "up one row")
    );
    let vi = footer_entries(Normal, Panel::Tasks, Lang::Vi, false);
    assert!(
        vi.iter()
            .any(|(k, l, _)| k == "f" && l.text(Lang::Vi) == "trạng thái")
    );
    let modes = [Normal, Filter, Detail, Help];
    for (mode, &panel) in modes.iter().flat_map(|&m| Panel::ALL.iter().map(move |p| (m, p))) {
        let help = help_lines(mode, panel, Lang::En, false);
        for (keys, label, _) in footer_entries(mode, panel, Lang::En, false) {
            let listed = |b: &&Binding| {
                let names: Vec<String> = b.keys.iter().map(|k| k.name(Lang::En, false)).collect();
                help.contains(&(names.join(" "), b.help))
            };
            let b = BINDINGS
                .iter()
                .filter(|b| {
                    b.footer.is_some_and(|f| f.0 == label)
                        && keys.starts_with(&b.keys[0].name(Lang::En, false))
                })
                .find(listed)
                .unwrap_or_else(|| {
                    panic!(
                        "{mode:?} {panel:?}: the footer shows `{keys} {}`, the help does not list it",
                        label.text(Lang::En)
                    )
                });
            let expected = match &b.does {
                Does::Act(a) => Some(a.clone()),
                Does::GoPanel => Some(Action::GoPanel(Panel::ALL[0])),
                Does::Type => Some(Action::FilterPush('x')),
            };
            assert_eq!(
                lookup(&press(b.keys[0]), mode, panel),
                expected,
                "{mode:?} {panel:?}: `{keys} {}`",
                label.text(Lang::En)
            );
        }
    }
}

/// A key press of a key as the table names it.
fn press(k: Key) -> KeyEvent {
    match k {
        Key::Char(c) => key(KeyCode::Char(c)),
        Key::Ctrl(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Code(code) => key(code),
        Key::PanelDigit => key(KeyCode::Char('1')),
        Key::AnyChar => key(KeyCode::Char('x')),
    }
}
