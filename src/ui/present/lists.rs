//! Slides 6 and 8, the lists: the tasks that need attention (overdue or blocked, with their
//! lead agency and the districts holding them back) and what changed since C. A list longer
//! than the screen ends in `… and N more`; the console's panels have the whole of it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::table::Align;
use crate::model::Area;
use crate::present::{Lang, num, slides, visible};
use crate::rollup::{ChangeKind, Figure, Status};

use super::super::table::fit_spans;
use super::super::theme::Theme;
use super::figures::{delta_text, value_text};
use crate::present::layout::fit;

/// Where a list may be cut: the line an entry starts at, and whether it counts in `… and N
/// more` (an item does, a section heading does not).
pub(super) type Starts = Vec<(usize, bool)>;

/// Lines in `area`; when they do not all fit, cut before an entry (so none shows in part) and
/// end with `… and N more`.
pub(super) fn put(
    theme: &Theme,
    lang: Lang,
    lines: Vec<Line<'static>>,
    starts: &Starts,
    area: Rect,
    buf: &mut Buffer,
) {
    let rows = usize::from(area.height);
    let w = usize::from(area.width);
    let ell = theme.ellipsis();
    let (cut, more) = if lines.len() <= rows {
        (lines.len(), None)
    } else {
        let keep = rows.saturating_sub(1);
        let cut = starts
            .iter()
            .map(|s| s.0)
            .filter(|&s| s <= keep)
            .max()
            .unwrap_or(keep);
        let left = starts.iter().filter(|s| s.0 >= cut && s.1).count();
        (cut, Some(left))
    };
    for (i, l) in lines.into_iter().take(cut).enumerate() {
        let l = Line::from(fit_spans(l.spans, w, Align::Left, ell));
        buf.set_line(area.x, area.y + u16::try_from(i).unwrap_or(0), &l, area.width);
    }
    if let (Some(left), true) = (more, rows > 0) {
        let more = slides::and_more(lang, &num::int(lang, left as u64));
        let y = area.y + u16::try_from(cut).unwrap_or(0);
        let l = Line::styled(fit(&format!("{ell} {more}"), w, ell), theme.dim());
        buf.set_line(area.x, y, &l, area.width);
    }
}

pub fn attention(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.look.lang;
    let rv = &app.review;
    if rv.attention.is_empty() {
        let l = Line::styled(
            fit(
                slides::nothing_needs_attention(lang),
                usize::from(area.width),
                theme.ellipsis(),
            ),
            theme.heading(),
        );
        buf.set_line(area.x, area.y, &l, area.width);
        return;
    }
    let plan = &rv.ds.catalogue.plan;
    // Two lines per task (what, then who) when they fit, with a blank line between on tall
    // screens; one when they do not.
    let n = rv.attention.len();
    let rows = usize::from(area.height);
    let per = if rows >= 3 * n {
        3
    } else if rows >= 2 * n {
        2
    } else {
        1
    };
    let mut lines = Vec::new();
    let mut starts = Vec::new();
    for (row, &t) in rv.attention.iter().enumerate() {
        let task = &plan.tasks[t];
        let it = rv.item(Area::Task, t);
        let state = match it {
            Some(it) if it.status == Status::Blocked && it.overdue => {
                format!("{}, {}", slides::blocked(lang), slides::overdue(lang))
            }
            Some(it) if it.status == Status::Blocked => slides::blocked(lang).to_owned(),
            _ => slides::overdue(lang).to_owned(),
        };
        let lead = task
            .lead
            .as_ref()
            .map(|l| visible(l.get(lang)).into_owned())
            .unwrap_or_default();
        let held = rv.attention_held.get(row).cloned().unwrap_or_default();
        starts.push((lines.len(), true));
        let what = vec![
            Span::styled(format!("{}  ", visible(&task.id)), theme.heading()),
            Span::styled(format!("{state}  "), theme.overdue().patch(theme.heading())),
            Span::raw(visible(task.title.get(lang)).into_owned()),
        ];
        let who = vec![
            Span::raw(format!("      {}: ", slides::lead_agency(lang))),
            Span::styled(lead.clone(), theme.heading()),
            Span::raw(format!("   {}: ", slides::held_back_by(lang))),
            Span::styled(visible(&held).into_owned(), theme.heading()),
        ];
        if per == 1 {
            let mut spans = what;
            spans.push(Span::raw(format!("  ({lead}; {held})")));
            lines.push(Line::from(spans));
        } else {
            lines.push(Line::from(what));
            lines.push(Line::from(who));
            if per == 3 {
                lines.push(Line::raw(""));
            }
        }
    }
    put(theme, lang, lines, &starts, area, buf);
}

pub fn changes(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.look.lang;
    let rv = &app.review;
    let w = usize::from(area.width);
    let Some(before) = &rv.before else {
        let l = Line::styled(
            fit(slides::no_comparison(lang), w, theme.ellipsis()),
            theme.heading(),
        );
        buf.set_line(area.x, area.y, &l, area.width);
        return;
    };
    let since = rv
        .since
        .map(|c| slides::since(lang, &num::date(lang, c)))
        .unwrap_or_default();
    let mut lines = vec![Line::styled(since, theme.dim())];
    let mut starts = Vec::new();
    let list = &rv.changes.list;
    let cat = &rv.ds.catalogue;
    let mut any = false;
    for kind in [
        ChangeKind::BecameComplete,
        ChangeKind::BecameOverdue,
        ChangeKind::NoLongerComplete,
    ] {
        let items: Vec<_> = list
            .iter()
            .filter(|c| c.kind == kind)
            .filter_map(|c| {
                let area = c.area?;
                let i = cat.item_index(area, c.id.as_deref()?)?;
                Some((
                    cat.item_id(area, i).to_owned(),
                    cat.item_title(area, i, lang).to_owned(),
                ))
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        any = true;
        starts.push((lines.len(), false));
        lines.push(Line::styled(
            format!("{} ({})", slides::change(lang, kind), items.len()),
            theme.heading(),
        ));
        for (id, title) in items {
            starts.push((lines.len(), true));
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<5} ", visible(&id)), theme.heading()),
                Span::raw(visible(&title).into_owned()),
            ]));
        }
    }
    for kind in [
        ChangeKind::StartedReporting,
        ChangeKind::ResumedReporting,
        ChangeKind::WentStale,
    ] {
        let names: Vec<String> = list
            .iter()
            .filter(|c| c.kind == kind)
            .filter_map(|c| cat.district_index(c.district.as_deref()?))
            .map(|d| visible(rv.name(d)).into_owned())
            .collect();
        if names.is_empty() {
            continue;
        }
        any = true;
        starts.push((lines.len(), true));
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", slides::change(lang, kind)), theme.heading()),
            Span::raw(names.join(", ")),
        ]));
    }
    // The headline figures that moved, as the figure slides show them.
    let moved: Vec<Figure> = Figure::ALL
        .into_iter()
        .filter(|&f| rv.rollup.headline.value(f) != before.headline.value(f))
        .collect();
    if !moved.is_empty() {
        any = true;
        starts.push((lines.len(), false));
        lines.push(Line::styled(
            slides::change(lang, ChangeKind::Headline),
            theme.heading(),
        ));
        for f in moved {
            let (now, was) = (rv.rollup.headline.value(f), before.headline.value(f));
            starts.push((lines.len(), true));
            lines.push(Line::from(vec![
                Span::raw(format!("  {}  ", slides::figure(lang, f, false))),
                Span::styled(value_text(lang, now), theme.heading()),
                Span::raw("  "),
                Span::styled(delta_text(lang, theme.ascii, now, was), theme.heading()),
            ]));
        }
    }
    let status = list
        .iter()
        .filter(|c| c.kind == ChangeKind::StatusChanged)
        .count();
    if status > 0 {
        any = true;
        starts.push((lines.len(), true));
        lines.push(Line::raw(slides::status_changes(
            lang,
            &num::int(lang, status as u64),
        )));
    }
    if !any {
        lines.push(Line::styled(slides::nothing_changed(lang), theme.heading()));
    }
    put(theme, lang, lines, &starts, area, buf);
}
