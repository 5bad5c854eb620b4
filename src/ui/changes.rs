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
use crate::present::num::plural;
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
    let title = match app.review.since {
        Some(c) => format!("Changes from {c} to {}", app.review.review),
        None => "Changes".to_owned(),
    };
    vec![table(app, v, 0, super::table_title(app, 0, &title), rest, buf)]
}

/// `3 became complete · 27 status changes in 9 districts · 12 figures moved`.
fn counts(app: &App) -> String {
    let rv = &app.review;
    let Some(c) = rv.since else {
        return "No comparison date: the data has no snapshot date before R.".to_owned();
    };
    let list = &rv.changes.list;
    if list.is_empty() {
        return format!("Nothing changed between {c} and {}.", rv.review);
    }
    let mut parts = Vec::new();
    for (kind, of_kind) in rv.changes.by_kind() {
        let n = of_kind.len();
        match kind {
            ChangeKind::BecameComplete | ChangeKind::NoLongerComplete | ChangeKind::BecameOverdue => {
                parts.push(format!("{n} {}", kind.label()));
            }
            ChangeKind::StatusChanged => {
                let districts: BTreeSet<&str> =
                    of_kind.iter().filter_map(|ch| ch.district.as_deref()).collect();
                parts.push(format!(
                    "{} in {}",
                    plural(n, "status change"),
                    plural(districts.len(), "district")
                ));
            }
            ChangeKind::StartedReporting | ChangeKind::WentStale | ChangeKind::ResumedReporting => {
                parts.push(format!("{} {}", plural(n, "district"), kind.label()));
            }
            ChangeKind::Headline => parts.push(format!("{} moved", plural(n, "figure"))),
        }
    }
    let dot = Theme::new(app.look).dot();
    parts.join(&format!(" {dot} "))
}
