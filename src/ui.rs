//! Drawing. [`draw`] renders one frame from `&App` and returns where things landed ([`Hits`]),
//! which the event loop uses for mouse clicks and to tell `update` how large tables are. It
//! never changes the state, never does I/O and never asks the clock, so frames are
//! deterministic and testable on a `TestBackend`.
//!
//! One file per panel; `header`, `footer`, `help` and `detail` are shared; `table` is the table
//! renderer every panel uses; `theme` holds the styles and symbols.

mod changes;
mod data;
mod detail;
mod directions;
mod districts;
mod footer;
mod form;
mod header;
mod help;
mod loading;
mod models;
mod overview;
pub mod present;
mod security;
mod services;
pub mod table;
mod tasks;
pub mod theme;

#[cfg(test)]
mod tests;

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::app::{Action, App, Panel, Viewport};

use crate::present::layout::{fit, wrap};
pub use loading::draw as draw_loading;
use table::TableHit;
use theme::Theme;

/// The smallest terminal the console draws in; below it, it says how large it must be.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Where the last frame put things.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    /// Each tab's cells.
    pub tabs: Vec<(Rect, Panel)>,
    /// The current panel's tables.
    pub tables: Vec<TableHit>,
    /// The detail pane, when open.
    pub detail: Option<Rect>,
    /// What the frame measured, for [`Action::Viewport`].
    pub viewport: Viewport,
}

/// Draws one frame of `app` into `buf` (the whole of `area`).
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) -> Hits {
    let mut hits = Hits::default();
    if app.presentation.shown {
        // The slides fill the terminal, at any size; the console's state waits underneath,
        // its tables' measures too (a zero height would scroll them back to the top).
        hits.viewport = app.measured;
        present::draw(app, area, buf);
        if app.help {
            help::render(app, area, buf);
        }
        return hits;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, area, buf);
        return hits;
    }
    let [head, body, foot] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1), Constraint::Length(1)]).areas(area);
    hits.tabs = header::render(app, head, buf);
    hits.tables = match app.panel {
        Panel::Overview => match directions::overview_line(app) {
            // The directions' counts take the Overview's last line, only when there are any.
            Some(line) if body.height > 2 => {
                let [rest, last] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(body);
                let fitted = fit(&line, usize::from(last.width), Theme::new(app.look).ellipsis());
                buf.set_string(last.x, last.y, fitted, Theme::new(app.look).heading());
                overview::render(app, rest, buf)
            }
            _ => overview::render(app, body, buf),
        },
        Panel::Tasks => tasks::render(app, body, buf),
        Panel::Models => models::render(app, body, buf),
        Panel::Services => services::render(app, body, buf),
        Panel::Security => security::render(app, body, buf),
        Panel::Districts => districts::render(app, body, buf),
        Panel::Data => data::render(app, body, buf),
        Panel::Changes => changes::render(app, body, buf),
        Panel::Directions => directions::render(app, body, buf),
    };
    for t in &hits.tables {
        if let Some(slot) = hits.viewport.table_rows.get_mut(t.section) {
            *slot = t.body.height;
        }
    }
    footer::render(app, foot, buf);
    if let Some(d) = &app.detail {
        let (rect, rows, max) = detail::render(app, d, body, buf);
        hits.detail = Some(rect);
        hits.viewport.detail_rows = rows;
        hits.viewport.detail_max_scroll = max;
    }
    if app.help {
        help::render(app, area, buf);
    }
    if let Some(form) = &app.directions.form {
        form::render(app, form, body, buf);
    }
    hits
}

/// The message shown when the terminal is smaller than the minimum.
fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::new(app.look);
    let text =
        crate::present::console::too_small(app.look.lang, (area.width, area.height), (MIN_WIDTH, MIN_HEIGHT));
    let width = usize::from(area.width);
    let lines = wrap(&text, width);
    let top = area.y
        + area
            .height
            .saturating_sub(u16::try_from(lines.len()).unwrap_or(0))
            / 2;
    for (i, l) in lines.iter().enumerate() {
        let y = top + u16::try_from(i).unwrap_or(0);
        if y >= area.bottom() {
            break;
        }
        let line = Line::styled(fit(l, width, theme.ellipsis()), theme.heading());
        buf.set_line(area.x, y, &line, area.width);
    }
}

/// The action a mouse event asks for, given where the last frame put things.
#[must_use]
pub fn mouse_action(app: &App, hits: &Hits, ev: &MouseEvent) -> Option<Action> {
    let (x, y) = (ev.column, ev.row);
    if app.presentation.shown {
        // The wheel turns the slides; nothing on a slide is clickable.
        return match ev.kind {
            MouseEventKind::ScrollDown => Some(Action::NextSlide),
            MouseEventKind::ScrollUp => Some(Action::PrevSlide),
            _ => None,
        };
    }
    match ev.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            if let Some((_, p)) = hits.tabs.iter().find(|(r, _)| contains(*r, x, y)) {
                return Some(Action::GoPanel(*p));
            }
            if app.detail.is_some() || app.help {
                return None;
            }
            hits.tables.iter().find_map(|t| {
                let rows = app.view().tables.get(t.section)?.rows.len();
                let row = t.row_at(rows, x, y)?;
                Some(Action::Click {
                    section: t.section,
                    row,
                })
            })
        }
        MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
        MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
        _ => None,
    }
}

fn contains(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.right() && y >= r.y && y < r.bottom()
}

/// The two tables of a panel (Security, Data), titled `names`, in `areas`; the second only when
/// it has room for a row.
fn two_tables(
    app: &App,
    areas: [Rect; 2],
    names: [crate::present::console::Table; 2],
    buf: &mut Buffer,
) -> Vec<TableHit> {
    let views = &app.view().tables;
    let mut hits = Vec::new();
    for (section, (area, name)) in areas.into_iter().zip(names).enumerate() {
        let Some(v) = views.get(section) else { continue };
        if section > 0 && area.height < 3 {
            continue;
        }
        let title = table_title(app, section, crate::present::console::table(app.look.lang, name));
        hits.push(table::render(app, v, section, title, area, buf));
    }
    hits
}

/// A table's title: its name, how many rows show out of how many, and the active filter,
/// status filter and sort, so the state of the table is always on screen.
#[must_use]
pub fn table_title(app: &App, section: usize, name: &str) -> Line<'static> {
    let theme = Theme::new(app.look);
    let Some(view) = app.view().tables.get(section) else {
        return Line::from(name.to_owned());
    };
    let total = crate::app::rows::len(view.id, &app.review);
    let mut parts = vec![Span::styled(format!(" {name} "), theme.heading())];
    let count = crate::present::console::row_count(app.look.lang, view.rows.len(), total);
    parts.push(Span::raw(format!("{count} ")));
    if view.status != crate::app::table::StatusFilter::All {
        parts.push(Span::styled(
            format!(
                "[{}] ",
                crate::present::status::status_filter(app.look.lang, view.status, view.id)
            ),
            theme.heading(),
        ));
    }
    if !view.filter.is_empty() || (app.typing && app.view().section == section) {
        parts.push(Span::raw(format!("/{} ", view.filter)));
    }
    Line::from(parts)
}
