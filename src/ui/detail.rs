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
use crate::present::columns::Col;
use crate::present::detail::{self as words, Word};
use crate::present::layout::wrap;
use crate::present::num;
use unicode_width::UnicodeWidthStr;

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
    let (rv, lang) = (&app.review, app.look.lang);
    let cat = &rv.ds.catalogue;
    match t {
        Target::Item(area, i) => words::item(lang, area, cat.item_id(area, i)),
        Target::District(d) => format!("{} ({})", rv.name(d), rv.code(d)),
        Target::Event(e) => words::event_title(lang, e.kind, rv.name(e.district)),
        Target::Problem(_) => Word::Problem.text(lang).to_owned(),
    }
}

/// The display width of some spans.
fn span_width(spans: &[Span<'_>]) -> usize {
    spans.iter().map(|s| s.content.width()).sum()
}

/// A paragraph wrapped to the pane, every line in one style, indented by `indent` spaces.
pub(super) fn para(text: &str, width: usize, indent: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width.saturating_sub(indent))
        .into_iter()
        .map(|l| Line::styled(format!("{}{l}", " ".repeat(indent)), style))
        .collect()
}

/// A row's blocker and note, indented under it.
pub(super) fn remarks(
    theme: &Theme,
    blocker: Option<Box<str>>,
    note: Option<Box<str>>,
    width: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if let Some(b) = blocker {
        let text = words::remark(theme.lang, Word::Blocker, &b);
        out.extend(para(&text, width, indent, theme.overdue()));
    }
    if let Some(n) = note {
        let text = words::remark(theme.lang, Word::Note, &n);
        out.extend(para(&text, width, indent, Style::new()));
    }
    out
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
    let (rv, lang) = (&app.review, theme.lang);
    let cat = &rv.ds.catalogue;
    let ell = theme.ellipsis();
    let mut out = para(
        cat.item_title(area, item, app.look.lang),
        width,
        0,
        theme.heading(),
    );
    let mut facts = Vec::new();
    let mut due = None;
    match area {
        Area::Task => {
            let t = &cat.plan.tasks[item];
            due = t.due;
            facts.push(words::task_kind(lang, t.kind).to_owned());
            if let Some(g) = t.group {
                facts.push(words::group(lang, g));
            }
            if let Some(l) = &t.lead {
                facts.push(words::lead(lang, l.get(lang)));
            }
            if let Some(d) = t.due {
                facts.push(words::due(lang, &num::date(lang, d)));
            }
        }
        Area::Model => facts.push(words::model_kind(lang, cat.plan.models[item].new).into()),
        Area::Service => {}
    }
    out.extend(para(&facts.join(" · "), width, 0, Style::new()));
    if let Some(it) = rv.item(area, item) {
        let mut spans = vec![Span::raw(Word::Province.text(lang))];
        spans.extend(cell_spans(&Cell::Status(it.status), theme));
        spans.push(Span::raw(words::districts_complete(
            lang,
            it.coverage.complete,
            it.coverage.applicable,
        )));
        if let Some(p) = it.progress {
            spans.push(Span::raw(words::progress(lang, p)));
        }
        if it.overdue {
            spans.push(Span::styled(words::overdue(lang), theme.overdue()));
        }
        if it.late > 0 {
            spans.push(Span::styled(words::completed_late(lang, it.late), theme.late()));
        }
        out.push(Line::from(fit_spans(spans, width, Align::Left, ell)));
    }
    out.push(Line::raw(""));
    let task = area == Area::Task;
    let applicable = || (0..cat.district_count()).filter(|&d| cat.applies(area, item, d));
    // Statuses show whole: as wide as the widest one here, 13 at least.
    let sw = applicable()
        .map(|d| {
            span_width(&cell_spans(
                &Cell::Status(rv.district_status(area, item, d)),
                theme,
            ))
        })
        .fold(13, usize::max);
    let pw = if task {
        Col::Progress.text(lang, false).width().max(5)
    } else {
        0
    };
    let (dw, cw) = (14, if task { 15 } else { 0 });
    let fixed = dw + sw + pw + cw + 4;
    let src_w = width.saturating_sub(fixed).max(4);
    let third = match area {
        Area::Task => Col::Progress.text(lang, false),
        Area::Model => "",
        Area::Service => Word::OnlineTotal.text(lang),
    };
    let (pw, cw) = if area == Area::Service { (0, 15) } else { (pw, cw) };
    let head = |s: &str| vec![Span::styled(s.to_owned(), theme.heading())];
    let mut heading = vec![
        (head(Col::District.text(lang, false)), dw, Align::Left),
        (head(Col::Status.text(lang, false)), sw, Align::Left),
    ];
    if pw > 0 {
        heading.push((head(third), pw, Align::Right));
    }
    if cw > 0 {
        heading.push((
            head(if task { Word::Completed.text(lang) } else { third }),
            cw,
            Align::Left,
        ));
    }
    heading.push((head(Word::SourceFile.text(lang)), src_w, Align::Left));
    out.push(row(heading, ell));
    for d in applicable() {
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
                let mut c = vec![Span::raw(done.map(|d| num::date(lang, d)).unwrap_or_default())];
                if is_late(st, due) {
                    c.push(Span::styled(words::late_mark(lang), theme.late()));
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
        let src = rec.map_or_else(|| Word::NoReport.text(lang).to_owned(), |r| r.file.clone());
        cells.push((vec![Span::styled(src, theme.dim())], src_w, Align::Left));
        out.push(row(cells, ell));
        out.extend(remarks(theme, blocker, note, width, 4));
    }
    out
}
