//! The Directions panel: above, the follow-up of earlier meetings' directions still open when
//! this meeting began; below, this meeting's own. Each direction takes two lines: reference,
//! subject, owner, due date, the recorded state and the data's judgment at R (with the flag
//! when a direction recorded done is not complete in the data), then its text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::directions::{Row, Section};
use crate::app::table::Align;
use crate::present::directions::{self as words, Words};
use crate::present::num::date;
use crate::present::visible;
use crate::rollup::follow_up::FollowUp;

use super::table::{TableHit, fit_spans};
use super::theme::Theme;
use crate::present::layout::fit;

/// One screen line: text and style, or the index of the direction it belongs to.
struct Out {
    line: Line<'static>,
    row: Option<usize>,
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<TableHit> {
    let theme = Theme::new(app.look);
    let lang = app.look.lang;
    let w = Words { lang };
    let rv = &app.review;
    let rows = app.directions.rows(&rv.ds, rv.review);
    let width = usize::from(area.width);
    let ell = theme.ellipsis();
    let mut out: Vec<Out> = Vec::new();
    let heading = |text: String| Out {
        line: Line::styled(fit(&format!(" {text}"), width, ell), theme.heading()),
        row: None,
    };
    // A broken (hand-edited) meeting file is shown, never overwritten.
    let problems = app.directions.book.problems();
    if !problems.is_empty() {
        out.push(Out {
            line: Line::styled(
                fit(&format!(" {}", w.meetings_problems(problems.len())), width, ell),
                theme.overdue(),
            ),
            row: None,
        });
        for p in problems {
            out.push(plain(
                &format!("   {}", visible(&p.to_string())),
                width,
                ell,
                theme.overdue(),
            ));
        }
        out.push(blank());
    }
    if app.directions.date.is_none() || rows.is_empty() {
        let dir = app.directions.dir.display().to_string();
        out.push(heading(words::panel_empty(lang, &visible(&dir))));
    } else {
        let filter = &app.directions.filter;
        let shown = if filter.is_empty() {
            w.follow_up_heading(rv.review)
        } else {
            format!("{} · /{}", w.follow_up_heading(rv.review), visible(filter))
        };
        out.push(heading(shown));
        let mut seen_own = false;
        let follow = rows.iter().filter(|r| r.section == Section::FollowUp).count();
        if follow == 0 {
            out.push(plain(&format!("   {}", w.none()), width, ell, theme.dim()));
        }
        for (i, r) in rows.iter().enumerate() {
            if r.section == Section::Own && !seen_own {
                seen_own = true;
                out.push(blank());
                out.push(heading(match app.directions.date {
                    Some(d) => format!("{} ({})", w.this_meeting_heading(), date(lang, d)),
                    None => w.this_meeting_heading().to_owned(),
                }));
            }
            let selected = i == app.directions.selected;
            for line in direction_lines(app, &theme, r, width, selected) {
                out.push(Out { line, row: Some(i) });
            }
        }
        if !seen_own {
            out.push(blank());
            out.push(heading(w.this_meeting_heading().to_owned()));
            out.push(plain(&format!("   {}", w.none()), width, ell, theme.dim()));
        }
    }
    // Keep the selected direction on screen.
    let height = usize::from(area.height);
    let last_sel = out
        .iter()
        .rposition(|o| o.row == Some(app.directions.selected))
        .unwrap_or(0);
    let offset = (last_sel + 1).saturating_sub(height);
    for (i, o) in out.iter().skip(offset).take(height).enumerate() {
        let y = area.y + u16::try_from(i).unwrap_or(0);
        buf.set_line(area.x, y, &o.line, area.width);
    }
    Vec::new()
}

fn blank() -> Out {
    Out {
        line: Line::raw(""),
        row: None,
    }
}

fn plain(text: &str, width: usize, ell: &str, style: Style) -> Out {
    Out {
        line: Line::styled(fit(text, width, ell), style),
        row: None,
    }
}

fn direction_lines(
    app: &App,
    theme: &Theme,
    r: &Row<'_>,
    width: usize,
    selected: bool,
) -> Vec<Line<'static>> {
    let lang = app.look.lang;
    let w = Words { lang };
    let d = r.direction;
    let base = if selected {
        theme.selected()
    } else {
        Style::default()
    };
    let judged_style = match r.judgment.follow_up {
        FollowUp::Overdue => theme.overdue(),
        FollowUp::MetLate => theme.late(),
        FollowUp::Met => theme.fg(ratatui::style::Color::Green),
        FollowUp::Open | FollowUp::Manual => Style::default(),
    };
    let due = d.due.map_or_else(|| w.no_due().to_owned(), |x| date(lang, x));
    let mark = if selected { "▶" } else { " " };
    // The judgment comes early: on a narrow screen the owner is what gets cut.
    let spans = vec![
        Span::styled(format!("{mark} {} ", r.reference), base),
        Span::styled(format!("{} ", visible(&words::subject(lang, &d.subject))), base),
        Span::styled(format!("· {} ", words::state(lang, d.state)), base),
        Span::styled(
            format!("→ {} ", words::follow_up(lang, r.judgment.follow_up)),
            judged_style.patch(base),
        ),
        Span::styled(if r.judgment.contradiction { "⚠ " } else { "" }, theme.overdue()),
        Span::styled(format!("· {}: {due} ", w.due()), base),
        Span::styled(format!("· {}", visible(&d.owner)), base),
    ];
    let ell = theme.ellipsis();
    let head = Line::from(fit_spans(spans, width, Align::Left, ell));
    let mut text = format!(" {}", visible(&d.text));
    if let Some(note) = &d.note {
        text.push_str(&format!(" ({}: {})", w.note(), visible(note)));
    }
    // The flag is said first on the second line, where a narrow screen still shows it.
    let flag = if r.judgment.contradiction {
        format!("    ⚠ {}:", words::contradiction(lang))
    } else {
        "   ".to_owned()
    };
    let second = vec![
        Span::styled(flag, theme.overdue()),
        Span::styled(text, theme.dim()),
    ];
    vec![head, Line::from(fit_spans(second, width, Align::Left, ell))]
}

/// The Overview's one line about directions: open, overdue, met since the last meeting.
#[must_use]
pub fn overview_line(app: &App) -> Option<String> {
    let rv = &app.review;
    let rows = app.directions.rows(&rv.ds, rv.review);
    if rows.is_empty() {
        return None;
    }
    let (open, overdue, met) = app.directions.counts(&rv.ds, rv.review);
    let w = Words { lang: app.look.lang };
    Some(format!(
        " {}: {}",
        words::panel_title(w.lang),
        w.counts(open, overdue, met)
    ))
}

/// `lines` of a detail pane, followed by every direction about its subject from every meeting.
#[must_use]
pub fn detail_lines(
    app: &App,
    theme: &Theme,
    target: crate::app::Target,
    mut lines: Vec<Line<'static>>,
    width: usize,
) -> Vec<Line<'static>> {
    use crate::app::Target;
    use crate::model::SubjectArea;
    let cat = &app.review.ds.catalogue;
    let about = match target {
        Target::Item(area, i) => app
            .directions
            .about(area.into(), Some(cat.item_id(area, i)), None),
        Target::District(d) => {
            let code = cat.plan.districts.get(d).map(|x| x.code.as_str());
            app.directions.about(SubjectArea::District, None, code)
        }
        Target::Event(_) | Target::Problem(_) => return lines,
    };
    if about.is_empty() {
        return lines;
    }
    let lang = app.look.lang;
    let w = Words { lang };
    let ell = theme.ellipsis();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        fit(words::detail_heading(lang), width, ell),
        theme.heading(),
    ));
    for (r, d) in about {
        let due = d.due.map_or_else(|| w.no_due().to_owned(), |x| date(lang, x));
        let judged = crate::rollup::follow_up::judge_direction(&app.review.ds, app.review.review, d);
        let head = format!(
            "{r} {} · {} → {} · {}: {due} · {}",
            visible(&words::subject(lang, &d.subject)),
            words::state(lang, d.state),
            words::follow_up(lang, judged.follow_up),
            w.due(),
            visible(&d.owner)
        );
        lines.push(Line::raw(fit(&head, width, ell)));
        lines.push(Line::styled(
            fit(&format!("  {}", visible(&d.text)), width, ell),
            theme.dim(),
        ));
    }
    lines
}

#[cfg(test)]
#[path = "directions/tests.rs"]
mod tests;
