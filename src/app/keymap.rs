//! The one key-binding table. Dispatch, the footer and the `?` overlay all read [`BINDINGS`],
//! so what the screen says a key does is what it does.
//!
//! A binding is in scope in some modes and, optionally, only on some panels. Lookup takes the
//! first binding in scope whose key matches. The order is also the order of the footer and the
//! help, so it reads from the most used keys to the least.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::present::Lang;
use crate::present::keys::{Foot, KeyDoes, any_char};

use super::action::Action;
use super::panel::Panel;

/// What has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Browsing a table.
    Normal,
    /// Typing a filter.
    Filter,
    /// A detail pane is open.
    Detail,
    /// The help overlay is open.
    Help,
    /// Presentation mode: the slides have the screen.
    Present,
    /// The direction form is open.
    Form,
}

/// A key as the table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A character, as typed (`S` is shift-s).
    Char(char),
    /// Ctrl and a letter.
    Ctrl(char),
    /// A named key (arrows, Enter, Esc, Tab, PgUp, ...).
    Code(KeyCode),
    /// Any digit from 1 to the number of panels.
    PanelDigit,
    /// Any printable character (filter typing).
    AnyChar,
}

/// What a matching key does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Does {
    Act(Action),
    /// Go to the panel of the digit typed.
    GoPanel,
    /// Type the character into the filter.
    Type,
}

/// One line of the table.
#[derive(Clone, Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub does: Does,
    /// What it does, for the help overlay.
    pub help: KeyDoes,
    /// A short label for the footer, and its rank there (lower stays longer on narrow screens).
    /// Adjacent bindings with the same label share one footer entry (`↑↓ move`).
    pub footer: Option<(Foot, u8)>,
    pub modes: &'static [Mode],
    /// `None`: every panel.
    pub panels: Option<&'static [Panel]>,
}

use Mode::{Detail, Filter, Form, Help, Normal, Present};

const ALL_MODES: &[Mode] = &[Normal, Filter, Detail, Help, Present, Form];
const DIRECTIONS: &[Panel] = &[Panel::Directions];
const BROWSE: &[Mode] = &[Normal, Detail, Help];
const ITEM_PANELS: &[Panel] = &[Panel::Tasks, Panel::Models, Panel::Services];
const TWO_TABLE_PANELS: &[Panel] = &[Panel::Overview, Panel::Security, Panel::Data];

const fn bind(
    keys: &'static [Key],
    action: Action,
    help: KeyDoes,
    footer: Option<(Foot, u8)>,
    modes: &'static [Mode],
) -> Binding {
    Binding {
        keys,
        does: Does::Act(action),
        help,
        footer,
        modes,
        panels: None,
    }
}

const fn on(mut b: Binding, panels: &'static [Panel]) -> Binding {
    b.panels = Some(panels);
    b
}

/// Every key binding of the console. One line per binding so the table reads as a table.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    // Panels.
    bind(&[Key::Code(KeyCode::Tab)], Action::NextPanel, KeyDoes::NextPanel, Some((Foot::Panel, 2)), BROWSE),
    bind(&[Key::Code(KeyCode::BackTab)], Action::PrevPanel, KeyDoes::PrevPanel, None, BROWSE),
    Binding { keys: &[Key::PanelDigit], does: Does::GoPanel, help: KeyDoes::GoPanel, footer: Some((Foot::Panel, 2)), modes: BROWSE, panels: None },
    // Rows (in a detail pane, lines); while typing a filter only the arrows move, since
    // letters are text.
    bind(&[Key::Code(KeyCode::Up), Key::Char('k')], Action::Up, KeyDoes::UpRow, Some((Foot::Move, 3)), &[Normal, Detail]),
    bind(&[Key::Code(KeyCode::Down), Key::Char('j')], Action::Down, KeyDoes::DownRow, Some((Foot::Move, 3)), &[Normal, Detail]),
    bind(&[Key::Code(KeyCode::Up)], Action::Up, KeyDoes::UpRow, Some((Foot::Move, 4)), &[Filter]),
    bind(&[Key::Code(KeyCode::Down)], Action::Down, KeyDoes::DownRow, Some((Foot::Move, 4)), &[Filter]),
    bind(&[Key::Code(KeyCode::PageUp)], Action::PageUp, KeyDoes::UpScreen, None, &[Normal, Filter, Detail]),
    bind(&[Key::Code(KeyCode::PageDown)], Action::PageDown, KeyDoes::DownScreen, None, &[Normal, Filter, Detail]),
    bind(&[Key::Code(KeyCode::Home), Key::Char('g')], Action::Top, KeyDoes::FirstRow, None, &[Normal, Detail]),
    bind(&[Key::Code(KeyCode::End), Key::Char('G')], Action::Bottom, KeyDoes::LastRow, None, &[Normal, Detail]),
    bind(&[Key::Code(KeyCode::Enter)], Action::Open, KeyDoes::Open, Some((Foot::Open, 2)), &[Normal]),
    // Table tools.
    bind(&[Key::Char('/')], Action::StartFilter, KeyDoes::Filter, Some((Foot::Filter, 2)), &[Normal]),
    bind(&[Key::Code(KeyCode::Esc)], Action::ClearFilter, KeyDoes::ClearFilter, None, &[Normal]),
    bind(&[Key::Char('s')], Action::CycleSort, KeyDoes::Sort, Some((Foot::Sort, 4)), &[Normal]),
    bind(&[Key::Char('S')], Action::ReverseSort, KeyDoes::ReverseSort, None, &[Normal]),
    on(bind(&[Key::Char('f')], Action::CycleStatus, KeyDoes::CycleStatus, Some((Foot::Status, 5)), &[Normal]), ITEM_PANELS),
    on(bind(&[Key::Char('v')], Action::NextSection, KeyDoes::OtherTable, Some((Foot::Table, 6)), &[Normal]), TWO_TABLE_PANELS),
    // Dates and data: every panel follows at once, selections stay on the same item.
    bind(&[Key::Char('[')], Action::PrevReview, KeyDoes::PrevReview, Some((Foot::ReviewDate, 3)), &[Normal, Detail, Present]),
    bind(&[Key::Char(']')], Action::NextReview, KeyDoes::NextReview, Some((Foot::ReviewDate, 3)), &[Normal, Detail, Present]),
    bind(&[Key::Char('{')], Action::PrevSince, KeyDoes::PrevSince, None, &[Normal, Detail, Present]),
    bind(&[Key::Char('}')], Action::NextSince, KeyDoes::NextSince, None, &[Normal, Detail, Present]),
    bind(&[Key::Char('r')], Action::Reload, KeyDoes::Reload, None, &[Normal, Detail]),
    // Directions: give one about the row (or the detail's subject), and act on one.
    bind(&[Key::Char('a')], Action::AddDirection, KeyDoes::AddDirection, Some((Foot::Direct, 5)), &[Normal, Detail]),
    on(bind(&[Key::Char('e')], Action::DirEdit, KeyDoes::EditDirection, Some((Foot::Edit, 5)), &[Normal]), DIRECTIONS),
    on(bind(&[Key::Char('d')], Action::DirDone, KeyDoes::DirectionDone, Some((Foot::Done, 5)), &[Normal]), DIRECTIONS),
    on(bind(&[Key::Char('x')], Action::DirDrop, KeyDoes::DropDirection, Some((Foot::Drop, 6)), &[Normal]), DIRECTIONS),
    on(bind(&[Key::Char('o')], Action::DirReopen, KeyDoes::ReopenDirection, Some((Foot::Reopen, 6)), &[Normal]), DIRECTIONS),
    // In the direction form.
    bind(&[Key::Code(KeyCode::Enter)], Action::FormSubmit, KeyDoes::SaveDirection, Some((Foot::Save, 1)), &[Form]),
    bind(&[Key::Code(KeyCode::Esc)], Action::FormCancel, KeyDoes::Cancel, Some((Foot::Cancel, 1)), &[Form]),
    bind(&[Key::Code(KeyCode::Tab)], Action::FormNext, KeyDoes::NextField, Some((Foot::Field, 2)), &[Form]),
    bind(&[Key::Code(KeyCode::BackTab)], Action::FormPrev, KeyDoes::PrevField, None, &[Form]),
    bind(&[Key::Code(KeyCode::Backspace)], Action::FormPop, KeyDoes::DeleteChar, None, &[Form]),
    Binding { keys: &[Key::AnyChar], does: Does::Type, help: KeyDoes::TypeField, footer: None, modes: &[Form], panels: None },
    // While typing a filter.
    bind(&[Key::Code(KeyCode::Enter)], Action::FilterAccept, KeyDoes::KeepFilter, Some((Foot::Keep, 1)), &[Filter]),
    bind(&[Key::Code(KeyCode::Esc)], Action::ClearFilter, KeyDoes::StopFilter, Some((Foot::Clear, 1)), &[Filter]),
    bind(&[Key::Code(KeyCode::Backspace)], Action::FilterPop, KeyDoes::DeleteChar, Some((Foot::Delete, 3)), &[Filter]),
    Binding { keys: &[Key::AnyChar], does: Does::Type, help: KeyDoes::Narrows, footer: None, modes: &[Filter], panels: None },
    // Overlays.
    bind(&[Key::Code(KeyCode::Esc), Key::Code(KeyCode::Enter)], Action::CloseDetail, KeyDoes::CloseDetail, Some((Foot::Close, 1)), &[Detail]),
    bind(&[Key::Code(KeyCode::Esc), Key::Char('?')], Action::CloseHelp, KeyDoes::CloseHelp, Some((Foot::Close, 1)), &[Help]),
    bind(&[Key::Char('?')], Action::ToggleHelp, KeyDoes::Help, Some((Foot::Help, 0)), &[Normal]),
    // Presentation: slides for the shared screen. The date keys above work there too (the
    // slides follow); panels, rows and tables stay as they were, for `Esc` to return to.
    // `?` and `q` have their own lines here since a footer rank is per binding: on a slide's
    // one footer line, turning slides outranks help and quit.
    bind(&[Key::Char('p')], Action::TogglePresent, KeyDoes::Present, Some((Foot::Present, 5)), &[Normal]),
    bind(&[Key::Code(KeyCode::Left), Key::Code(KeyCode::PageUp)], Action::PrevSlide, KeyDoes::PrevSlide, Some((Foot::Slide, 1)), &[Present]),
    bind(&[Key::Code(KeyCode::Right), Key::Char(' '), Key::Code(KeyCode::PageDown)], Action::NextSlide, KeyDoes::NextSlide, Some((Foot::Slide, 1)), &[Present]),
    bind(&[Key::Code(KeyCode::Home)], Action::FirstSlide, KeyDoes::FirstSlide, None, &[Present]),
    bind(&[Key::Code(KeyCode::End)], Action::LastSlide, KeyDoes::LastSlide, None, &[Present]),
    bind(&[Key::Code(KeyCode::Esc), Key::Char('p')], Action::TogglePresent, KeyDoes::BackToConsole, Some((Foot::Console, 0)), &[Present]),
    bind(&[Key::Char('?')], Action::ToggleHelp, KeyDoes::Help, Some((Foot::Help, 2)), &[Present]),
    bind(&[Key::Char('q')], Action::Quit, KeyDoes::Quit, Some((Foot::Quit, 4)), &[Present]),
    // Always.
    bind(&[Key::Char('q')], Action::Quit, KeyDoes::Quit, Some((Foot::Quit, 0)), BROWSE),
    bind(&[Key::Ctrl('c')], Action::Quit, KeyDoes::Quit, None, ALL_MODES),
    bind(&[Key::Ctrl('l')], Action::Redraw, KeyDoes::Redraw, None, ALL_MODES),
    bind(&[Key::Ctrl('z')], Action::Suspend, KeyDoes::Suspend, None, ALL_MODES),
];

impl Binding {
    /// Whether the binding applies in `mode` on `panel`.
    #[must_use]
    pub fn in_scope(&self, mode: Mode, panel: Panel) -> bool {
        self.modes.contains(&mode) && self.panels.is_none_or(|ps| ps.contains(&panel))
    }
}

impl Key {
    /// Whether a key press is this key; returns the character for the parametrised keys.
    fn matches(self, ev: &KeyEvent) -> Option<char> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        match (self, ev.code) {
            (Key::Ctrl(c), KeyCode::Char(k)) if ctrl && k.eq_ignore_ascii_case(&c) => Some(c),
            (Key::Char(c), KeyCode::Char(k)) if !ctrl && !alt && k == c => Some(c),
            // Some terminals send Shift-Tab as Tab with the shift modifier.
            (Key::Code(KeyCode::BackTab), KeyCode::Tab) if ev.modifiers.contains(KeyModifiers::SHIFT) => {
                Some('\t')
            }
            (Key::Code(KeyCode::Tab), KeyCode::Tab) if ev.modifiers.contains(KeyModifiers::SHIFT) => None,
            (Key::Code(code), k) if code == k && !ctrl => Some(' '),
            (Key::PanelDigit, KeyCode::Char(k)) if !ctrl && !alt && Panel::from_digit(k).is_some() => Some(k),
            (Key::AnyChar, KeyCode::Char(k)) if !ctrl && !alt && !k.is_control() => Some(k),
            _ => None,
        }
    }

    /// How the key is written in the footer and the help (`ascii` for consoles without arrows).
    #[must_use]
    pub fn name(self, lang: Lang, ascii: bool) -> String {
        let named = match self {
            Key::Char(' ') => "Space",
            Key::Char(c) => return c.to_string(),
            Key::Ctrl(c) => return format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::PanelDigit => return format!("1-{}", Panel::ALL.len()),
            Key::AnyChar => any_char(lang),
            Key::Code(KeyCode::Up) if !ascii => "↑",
            Key::Code(KeyCode::Down) if !ascii => "↓",
            Key::Code(KeyCode::Left) if !ascii => "←",
            Key::Code(KeyCode::Right) if !ascii => "→",
            Key::Code(KeyCode::Up) => "Up",
            Key::Code(KeyCode::Left) => "Left",
            Key::Code(KeyCode::Right) => "Right",
            Key::Code(KeyCode::Down) => "Down",
            Key::Code(KeyCode::Enter) => "Enter",
            Key::Code(KeyCode::Esc) => "Esc",
            Key::Code(KeyCode::Tab) => "Tab",
            Key::Code(KeyCode::BackTab) => "Shift-Tab",
            Key::Code(KeyCode::PageUp) => "PgUp",
            Key::Code(KeyCode::PageDown) => "PgDn",
            Key::Code(KeyCode::Home) => "Home",
            Key::Code(KeyCode::End) => "End",
            Key::Code(KeyCode::Backspace) => "Backspace",
            Key::Code(_) => "?",
        };
        named.to_owned()
    }
}

/// The action a key press asks for in `mode` on `panel`, if any.
#[must_use]
pub fn lookup(ev: &KeyEvent, mode: Mode, panel: Panel) -> Option<Action> {
    // Key releases and repeats of non-navigation keys would double every action on terminals
    // that report them (Windows); presses only.
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    BINDINGS.iter().filter(|b| b.in_scope(mode, panel)).find_map(|b| {
        let c = b.keys.iter().find_map(|k| k.matches(ev))?;
        Some(match &b.does {
            Does::Act(a) => a.clone(),
            Does::GoPanel => Action::GoPanel(Panel::from_digit(c)?),
            Does::Type if mode == Mode::Form => Action::FormPush(c),
            Does::Type => Action::FilterPush(c),
        })
    })
}

/// The help overlay's lines for `mode` on `panel`: keys, and what they do.
#[must_use]
pub fn help_lines(mode: Mode, panel: Panel, lang: Lang, ascii: bool) -> Vec<(String, KeyDoes)> {
    BINDINGS
        .iter()
        .filter(|b| b.in_scope(mode, panel))
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| k.name(lang, ascii)).collect();
            (keys.join(" "), b.help)
        })
        .collect()
}

/// The footer's entries for `mode` on `panel`: `(keys, label, rank)`, adjacent bindings with
/// the same label merged (`↑↓ move`, `Tab/1-7 panel`).
#[must_use]
pub fn footer_entries(mode: Mode, panel: Panel, lang: Lang, ascii: bool) -> Vec<(String, Foot, u8)> {
    let mut out: Vec<(String, Foot, u8)> = Vec::new();
    for b in BINDINGS.iter().filter(|b| b.in_scope(mode, panel)) {
        let (Some((label, rank)), Some(key)) = (b.footer, b.keys.first()) else {
            continue;
        };
        let name = key.name(lang, ascii);
        match out.last_mut() {
            Some(last) if last.1 == label => {
                // Single arrows read well side by side; words need a separator.
                let arrows = !ascii && name.chars().count() == 1 && last.0.chars().count() == 1;
                if !arrows {
                    last.0.push('/');
                }
                last.0.push_str(&name);
            }
            _ => out.push((name, label, rank)),
        }
    }
    out
}

#[cfg(test)]
mod tests;
