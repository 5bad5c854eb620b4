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
use crate::load::problem::plural;
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
    let count = |k: ChangeKind| list.iter().filter(|ch| ch.kind == k).count();
    let mut parts = Vec::new();
    for kind in [
        ChangeKind::BecameComplete,
        ChangeKind::BecameOverdue,
        ChangeKind::NoLongerComplete,
    ] {
        let n = count(kind);
        if n > 0 {
            parts.push(format!("{n} {}", kind.label()));
        }
    }
    let statuses = count(ChangeKind::StatusChanged);
    if statuses > 0 {
        let districts: BTreeSet<&str> = list
            .iter()
            .filter(|ch| ch.kind == ChangeKind::StatusChanged)
            .filter_map(|ch| ch.district.as_deref())
            .collect();
        parts.push(format!(
            "{} in {}",
            plural(statuses, "status change"),
            plural(districts.len(), "district")
        ));
    }
    for kind in [
        ChangeKind::StartedReporting,
        ChangeKind::WentStale,
        ChangeKind::ResumedReporting,
    ] {
        let n = count(kind);
        if n > 0 {
            parts.push(format!("{} {}", plural(n, "district"), kind.label()));
        }
    }
    let figures = count(ChangeKind::Headline);
    if figures > 0 {
        parts.push(format!("{} moved", plural(figures, "figure")));
    }
    let dot = Theme::new(app.look).dot();
    parts.join(&format!(" {dot} "))
}
