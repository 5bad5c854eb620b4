//! The Changes panel, "since the last meeting": a line that counts what changed between C and
//! R, then every change, one row each (items that became complete or overdue, each district's
//! status changes, districts that started or stopped reporting, each headline figure that
//! moved), filterable and sortable like the other tables; Enter opens the item or district.

use std::collections::BTreeSet;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::table::Align;
use crate::present::console::{self, ChangeCount};
use crate::present::{num, status};
use crate::rollup::ChangeKind;

use super::table::{TableHit, fit_spans, render as table};
use super::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<TableHit> {
    let theme = Theme::new(app.look);
    let [summary, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let spans = fit_spans(
        vec![Span::raw(format!(" {}", counts(app)))],
        usize::from(summary.width),
        Align::Left,
        theme.ellipsis(),
    );
    buf.set_line(summary.x, summary.y, &Line::from(spans), summary.width);
    let Some(v) = app.view().tables.first() else {
        return Vec::new();
    };
    let lang = app.look.lang;
    let since = app.review.since.map(|c| num::date(lang, c));
    let title = console::changes_title(lang, since.as_deref(), &num::date(lang, app.review.review));
    vec![table(app, v, 0, super::table_title(app, 0, &title), rest, buf)]
}

/// `3 became complete · 27 status changes in 9 districts · 12 figures moved`.
fn counts(app: &App) -> String {
    let (rv, lang) = (&app.review, app.look.lang);
    let review = num::date(lang, rv.review);
    let Some(c) = rv.since else {
        return console::changes_none(lang, None, &review);
    };
    if rv.changes.list.is_empty() {
        return console::changes_none(lang, Some(&num::date(lang, c)), &review);
    }
    let mut parts = Vec::new();
    for (kind, of_kind) in rv.changes.by_kind() {
        let n = of_kind.len();
        let words = status::change_kind(lang, kind);
        let count = match kind {
            ChangeKind::BecameComplete | ChangeKind::NoLongerComplete | ChangeKind::BecameOverdue => {
                ChangeCount::Items(n, words)
            }
            ChangeKind::StatusChanged => {
                let districts: BTreeSet<&str> =
                    of_kind.iter().filter_map(|ch| ch.district.as_deref()).collect();
                ChangeCount::Statuses(n, districts.len())
            }
            ChangeKind::StartedReporting | ChangeKind::WentStale | ChangeKind::ResumedReporting => {
                ChangeCount::Districts(n, words)
            }
            ChangeKind::Headline => ChangeCount::Figures(n),
        };
        parts.push(console::change_count(lang, count));
    }
    let dot = Theme::new(app.look).dot();
    parts.join(&format!(" {dot} "))
}
