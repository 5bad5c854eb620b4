//! Slide 1: the province, the plan, the review date R in big digits, the comparison date C and
//! the meeting date. The province's name and the plan's title come from the data and are
//! shown escaped.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::present::{num, slides, visible};

use super::super::theme::Theme;
use super::big::Big;
use crate::present::layout::fit;

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.look.lang;
    let rv = &app.review;
    let plan = &rv.ds.catalogue.plan;
    let w = usize::from(area.width);
    let ell = theme.ellipsis();
    let review = num::date(lang, rv.review);
    let mut lines: Vec<Line<'static>> = vec![Line::styled(
        fit(&visible(&plan.province), w, ell),
        theme.heading(),
    )];
    if let Some(t) = &plan.title {
        lines.push(Line::raw(fit(&visible(t.get(lang)), w, ell)));
    }
    lines.push(Line::raw(""));
    let mut after = Vec::new();
    if let Some(c) = rv.since {
        after.push(Line::from(vec![
            Span::raw(format!("{} ", slides::compared_with(lang))),
            Span::styled(num::date(lang, c), theme.heading()),
        ]));
    }
    if let Some(m) = app.presentation.meeting {
        after.push(Line::raw(""));
        after.push(Line::from(vec![
            Span::raw(format!("{} ", slides::meeting(lang))),
            Span::styled(num::date(lang, m), theme.heading()),
        ]));
    }
    lines.push(Line::styled(
        fit(slides::review_date(lang), w, ell),
        theme.heading(),
    ));
    let big_at = lines.len();
    let big = Big::new(theme.ascii);
    // R in big digits when they fit with every other line; in normal text otherwise.
    let others = u16::try_from(lines.len() + after.len()).unwrap_or(u16::MAX);
    let fits_big = big.fits(&review, area.width, area.height.saturating_sub(others + 1));
    if !fits_big {
        lines.push(Line::styled(review.clone(), theme.heading()));
    }
    // The block in the middle of the screen, as a title slide stands.
    let big_rows = if fits_big { big.height() + 1 } else { 0 };
    let total = u16::try_from(lines.len() + after.len())
        .unwrap_or(u16::MAX)
        .saturating_add(big_rows);
    let mut y = area.y + area.height.saturating_sub(total) / 3;
    for (i, line) in lines.iter().enumerate() {
        if y >= area.bottom() {
            return;
        }
        buf.set_line(area.x, y, line, area.width);
        y += 1;
        if i + 1 == big_at && fits_big {
            big.render(
                &review,
                theme.heading(),
                Rect::new(area.x, y, area.width, area.bottom() - y),
                buf,
            );
            y += big.height() + 1;
        }
    }
    for line in after {
        if y >= area.bottom() {
            return;
        }
        let line = fit_line(line, w, ell);
        buf.set_line(area.x, y, &line, area.width);
        y += 1;
    }
}

fn fit_line(line: Line<'static>, w: usize, ell: &str) -> Line<'static> {
    Line::from(super::super::table::fit_spans(
        line.spans,
        w,
        crate::app::table::Align::Left,
        ell,
    ))
}
