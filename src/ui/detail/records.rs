//! Detail lines for a district (its reporter and its own status of every item), a security
//! event and a load problem.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::review::{EventKind, EventRef};
use crate::app::table::{Align, Cell, Fresh};
use crate::model::Area;
use crate::rollup::{district_progress, model_state, service_state, task_state};

use super::super::table::{cell_spans, fit_spans};
use super::super::theme::Theme;
use super::{para, row};
use crate::present::detail::{self as words, Word};
use crate::present::layout::pad;
use crate::present::{num, status};
use unicode_width::UnicodeWidthStr;

pub fn district_lines(app: &App, theme: &Theme, d: usize, width: usize) -> Vec<Line<'static>> {
    let (rv, lang) = (&app.review, theme.lang);
    let cat = &rv.ds.catalogue;
    let ell = theme.ellipsis();
    let dr = &rv.rollup.districts[d];
    let rec = rv.record(d);
    let kind = cat.plan.districts[d].kind;
    let mut out = vec![Line::styled(
        words::district_title(lang, rv.name(d), rv.code(d), kind),
        theme.heading(),
    )];
    let fresh = match (dr.as_of, dr.stale) {
        (None, _) => Fresh::NoReport,
        (Some(_), true) => Fresh::Stale,
        _ => Fresh::Current,
    };
    let as_of = dr.as_of.map(|a| num::date(lang, a));
    let mut spans = vec![Span::raw(words::report(lang, as_of.as_deref()))];
    spans.extend(cell_spans(&Cell::Fresh(fresh), theme));
    if let Some(r) = rec {
        spans.push(Span::styled(format!(" · {}", r.file), theme.dim()));
    }
    out.push(Line::from(fit_spans(spans, width, Align::Left, ell)));
    if let Some(p) = rec.and_then(|r| r.reported_by.as_ref()) {
        let who: Vec<&str> = [&p.name, &p.role, &p.contact]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        out.extend(para(
            &words::remark(lang, Word::ReportedBy, &who.join(", ")),
            width,
            0,
            Style::new(),
        ));
    }
    let cov = |c: crate::rollup::Coverage| {
        format!(
            "{}/{} ({})",
            c.complete,
            c.applicable,
            super::super::overview::pct_text(app.look.lang, c.pct())
        )
    };
    out.extend(para(
        &words::coverage_line(lang, &cov(dr.tasks), &cov(dr.models), &cov(dr.services)),
        width,
        0,
        Style::new(),
    ));
    // Statuses show whole: as wide as the widest one here, 13 at least.
    let sw = Area::ALL
        .iter()
        .flat_map(|&area| {
            (0..cat.item_count(area))
                .filter(move |&i| cat.applies(area, i, d))
                .map(move |i| (area, i))
        })
        .map(|(area, i)| {
            cell_spans(&Cell::Status(rv.district_status(area, i, d)), theme)
                .iter()
                .map(|s| s.content.width())
                .sum::<usize>()
        })
        .fold(13, usize::max);
    for area in Area::ALL {
        out.push(Line::raw(""));
        out.push(Line::styled(words::area_heading(lang, area), theme.heading()));
        for item in (0..cat.item_count(area)).filter(|&i| cat.applies(area, i, d)) {
            let status = rv.district_status(area, item, d);
            let (third, note, blocker) = match area {
                Area::Task => {
                    let st = task_state(rec, item);
                    (
                        format!("{} %", district_progress(rec, item)),
                        st.and_then(|s| s.note.clone()),
                        st.and_then(|s| s.blocker.clone()),
                    )
                }
                Area::Model => {
                    let st = model_state(rec, item);
                    (String::new(), st.and_then(|s| s.note.clone()), None)
                }
                Area::Service => {
                    let st = service_state(rec, item);
                    let apps = st
                        .and_then(|s| s.applications)
                        .map(|a| format!("{}/{}", a.online, a.total));
                    (apps.unwrap_or_default(), st.and_then(|s| s.note.clone()), None)
                }
            };
            // Progress for tasks, applications online/total for services.
            let third_w = match area {
                Area::Task => 5,
                Area::Model => 0,
                Area::Service => 13,
            };
            let title_w = width.saturating_sub(6 + sw + third_w + 3).max(4);
            out.push(row(
                vec![
                    (
                        vec![Span::raw(cat.item_id(area, item).to_owned())],
                        6,
                        Align::Left,
                    ),
                    (cell_spans(&Cell::Status(status), theme), sw, Align::Left),
                    (vec![Span::raw(third)], third_w, Align::Right),
                    (
                        vec![Span::raw(cat.item_title(area, item, app.look.lang).to_owned())],
                        title_w,
                        Align::Left,
                    ),
                ],
                ell,
            ));
            out.extend(super::remarks(theme, blocker, note, width, 7));
        }
    }
    out
}

pub fn event_lines(app: &App, e: EventRef, width: usize) -> Vec<Line<'static>> {
    let (rv, lang) = (&app.review, app.look.lang);
    let w = |w: Word| w.text(lang).to_owned();
    let rec = rv.record(e.district);
    let sec = rec.and_then(|r| r.security.as_ref());
    let mut facts: Vec<(String, String)> = vec![
        (
            w(Word::District),
            format!("{} ({})", rv.name(e.district), rv.code(e.district)),
        ),
        (w(Word::Kind), status::event_kind(lang, e.kind).into()),
        (
            w(Word::Date),
            rv.event_date(e).map(|d| num::date(lang, d)).unwrap_or_default(),
        ),
    ];
    match e.kind {
        EventKind::Inspection => {
            if let Some(i) = rv.inspection(e) {
                facts.push((w(Word::Unit), i.unit.clone()));
                let f = i.findings;
                facts.push((w(Word::Findings), words::findings(lang, f.high, f.medium, f.low)));
                facts.push((w(Word::Resolved), i.resolved.to_string()));
                facts.push((w(Word::Open), i.open_findings().to_string()));
            }
        }
        EventKind::Training => {
            if let Some(t) = sec
                .and_then(|s| s.trainings.as_ref())
                .and_then(|l| l.get(e.index))
            {
                facts.push((w(Word::Title), t.title.clone().unwrap_or_default()));
                facts.push((
                    w(Word::Participants),
                    t.participants.map(|p| p.to_string()).unwrap_or_default(),
                ));
            }
        }
        EventKind::Drill => {
            if let Some(d) = sec.and_then(|s| s.drills.as_ref()).and_then(|l| l.get(e.index)) {
                facts.push((w(Word::Title), d.title.clone().unwrap_or_default()));
                facts.push((w(Word::Unit), d.unit.clone().unwrap_or_default()));
            }
        }
    }
    facts.push((
        w(Word::SourceFile),
        rec.map(|r| r.file.clone()).unwrap_or_default(),
    ));
    // Values line up after the longest label, 13 cells at least.
    let kw = facts.iter().map(|(k, _)| k.width() + 1).fold(13, usize::max);
    facts
        .into_iter()
        .flat_map(|(k, v)| para(&format!("{}{v}", pad(&k, kw)), width, 0, Style::new()))
        .collect()
}

pub fn problem_lines(app: &App, theme: &Theme, p: usize, width: usize) -> Vec<Line<'static>> {
    let Some(p) = app.review.problems.get(p) else {
        return Vec::new();
    };
    let mut out = vec![Line::from(cell_spans(&Cell::Severity(p.severity), theme))];
    let place = match (p.line, p.column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}", p.file),
        (Some(l), None) => format!("{}:{l}", p.file),
        _ => p.file.clone(),
    };
    let lang = app.look.lang;
    out.extend(para(
        &words::problem_fact(lang, Word::File, &place),
        width,
        0,
        Style::new(),
    ));
    if let Some(path) = &p.path {
        out.extend(para(
            &words::problem_fact(lang, Word::Path, path),
            width,
            0,
            Style::new(),
        ));
    }
    out.push(Line::raw(""));
    out.extend(para(&p.message, width, 0, Style::new()));
    out
}
