//! The detail pane over the current panel: for an item, every applicable district with its
//! status, progress, completion, note, blocker and source file; for a district, its reporter
//! and its own status of every item; for a security event or a problem, all its fields.
//! Content is built as lines at the pane's width (notes wrap) and scrolled by `Detail::scroll`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use crate::app::table::{Align, Cell};
use crate::app::{App, Detail, Target};
use crate::model::Area;
use crate::rollup::{district_progress, is_late, model_state, service_state, task_state};

use super::table::{cell_spans, fit_spans};
use super::theme::Theme;
use super::wrap;

mod records;

/// Draws the pane over `area`; returns its rectangle, visible rows and largest useful scroll.
pub fn render(app: &App, d: &Detail, area: Rect, buf: &mut Buffer) -> (Rect, u16, u16) {
    let theme = Theme::new(app.look);
    Clear.render(area, buf);
    let block = theme.block(true).title(Line::styled(
        format!(" {} ", title(app, d.target)),
        theme.heading(),
    ));
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let lines = match d.target {
        Target::Item(area, item) => item_lines(app, &theme, area, item, width),
        Target::District(dist) => records::district_lines(app, &theme, dist, width),
        Target::Event(e) => records::event_lines(app, e, width),
        Target::Problem(p) => records::problem_lines(app, &theme, p, width),
    };
    let lines = super::directions::detail_lines(app, &theme, d.target, lines, width);
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let max = total.saturating_sub(inner.height);
    let scroll = d.scroll.min(max);
    for (i, line) in lines
        .iter()
        .skip(usize::from(scroll))
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + u16::try_from(i).unwrap_or(0);
        buf.set_line(inner.x, y, line, inner.width);
    }
    (area, inner.height, max)
}

fn title(app: &App, t: Target) -> String {
    let rv = &app.review;
    let cat = &rv.ds.catalogue;
    match t {
        Target::Item(area, i) => format!("{} {}", area.as_str(), cat.item_id(area, i)),
        Target::District(d) => format!("{} ({})", rv.name(d), rv.code(d)),
        Target::Event(e) => format!("{} in {}", e.kind.label(), rv.name(e.district)),
        Target::Problem(_) => "problem".to_owned(),
    }
}

/// A paragraph wrapped to the pane, every line in one style, indented by `indent` spaces.
pub(super) fn para(text: &str, width: usize, indent: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width.saturating_sub(indent))
        .into_iter()
        .map(|l| Line::styled(format!("{}{l}", " ".repeat(indent)), style))
        .collect()
}

/// One row of fixed-width cells.
pub(super) fn row(cells: Vec<(Vec<Span<'static>>, usize, Align)>, ell: &str) -> Line<'static> {
    let mut spans = Vec::new();
    // A zero-width cell is a column this area does not have (models have no progress).
    for (i, (content, w, align)) in cells.into_iter().filter(|c| c.1 > 0).enumerate() {
        if i > 0 {
            spans.push(Span::raw(" "));
        }
        spans.extend(fit_spans(content, w, align, ell));
    }
    Line::from(spans)
}

fn item_lines(app: &App, theme: &Theme, area: Area, item: usize, width: usize) -> Vec<Line<'static>> {
    let rv = &app.review;
    let cat = &rv.ds.catalogue;
    let ell = theme.ellipsis();
    let mut out = para(cat.item_title(area, item), width, 0, theme.heading());
    let mut facts = Vec::new();
    let mut due = None;
    match area {
        Area::Task => {
            let t = &cat.plan.tasks[item];
            due = t.due;
            facts.push(format!("{} task", t.kind));
            if let Some(g) = t.group {
                facts.push(format!("group {g}"));
            }
            if let Some(l) = &t.lead {
                facts.push(format!("lead: {l}"));
            }
            if let Some(d) = t.due {
                facts.push(format!("due {d}"));
            }
        }
        Area::Model => facts.push(
            if cat.plan.models[item].new {
                "new model"
            } else {
                "model to maintain"
            }
            .into(),
        ),
        Area::Service => {}
    }
    out.extend(para(&facts.join(" · "), width, 0, Style::new()));
    if let Some(it) = rv.item(area, item) {
        let mut spans = vec![Span::raw("Province: ")];
        spans.extend(cell_spans(&Cell::Status(it.status), theme));
        spans.push(Span::raw(format!(
            " · {}/{} districts complete",
            it.coverage.complete, it.coverage.applicable
        )));
        if let Some(p) = it.progress {
            spans.push(Span::raw(format!(" · progress {p} %")));
        }
        if it.overdue {
            spans.push(Span::styled(" · overdue", theme.overdue()));
        }
        if it.late > 0 {
            spans.push(Span::styled(
                format!(" · completed late in {}", it.late),
                theme.late(),
            ));
        }
        out.push(Line::from(fit_spans(spans, width, Align::Left, ell)));
    }
    out.push(Line::raw(""));
    let task = area == Area::Task;
    let (dw, sw, pw, cw) = (14, 13, if task { 5 } else { 0 }, if task { 15 } else { 0 });
    let fixed = dw + sw + pw + cw + 4;
    let src_w = width.saturating_sub(fixed).max(4);
    let third = match area {
        Area::Task => "Prog.",
        Area::Model => "",
        Area::Service => "Online/total",
    };
    let (pw, cw) = if area == Area::Service { (0, 15) } else { (pw, cw) };
    let head = |s: &str| vec![Span::styled(s.to_owned(), theme.heading())];
    let mut heading = vec![
        (head("District"), dw, Align::Left),
        (head("Status"), sw, Align::Left),
    ];
    if pw > 0 {
        heading.push((head(third), pw, Align::Right));
    }
    if cw > 0 {
        heading.push((head(if task { "Completed" } else { third }), cw, Align::Left));
    }
    heading.push((head("Source file"), src_w, Align::Left));
    out.push(row(heading, ell));
    for d in (0..cat.district_count()).filter(|&d| cat.applies(area, item, d)) {
        let rec = rv.record(d);
        let status = rv.district_status(area, item, d);
        let mut cells = vec![
            (vec![Span::raw(rv.name(d).to_owned())], dw, Align::Left),
            (cell_spans(&Cell::Status(status), theme), sw, Align::Left),
        ];
        let (note, blocker) = match area {
            Area::Task => {
                let st = task_state(rec, item);
                let progress = district_progress(rec, item);
                cells.push((vec![Span::raw(format!("{progress} %"))], pw, Align::Right));
                let done = st.and_then(|s| s.completed_on);
                let mut c = vec![Span::raw(done.map(|d| d.to_string()).unwrap_or_default())];
                if is_late(st, due) {
                    c.push(Span::styled(" late", theme.late()));
                }
                cells.push((c, cw, Align::Left));
                (
                    st.and_then(|s| s.note.clone()),
                    st.and_then(|s| s.blocker.clone()),
                )
            }
            Area::Model => {
                let st = model_state(rec, item);
                (st.and_then(|s| s.note.clone()), None)
            }
            Area::Service => {
                let st = service_state(rec, item);
                let apps = st
                    .and_then(|s| s.applications)
                    .map(|a| format!("{}/{}", a.online, a.total));
                cells.push((vec![Span::raw(apps.unwrap_or_default())], cw, Align::Left));
                (st.and_then(|s| s.note.clone()), None)
            }
        };
        let src = rec.map_or_else(|| "(no report)".to_owned(), |r| r.file.clone());
        cells.push((vec![Span::styled(src, theme.dim())], src_w, Align::Left));
        out.push(row(cells, ell));
        if let Some(b) = blocker {
            out.extend(para(&format!("blocker: {b}"), width, 4, theme.overdue()));
        }
        if let Some(n) = note {
            out.extend(para(&format!("note: {n}"), width, 4, Style::new()));
        }
    }
    out
}
