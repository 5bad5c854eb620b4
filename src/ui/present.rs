//! Presentation mode: one slide at a time, filling the terminal, for the screen the chair
//! shares with the district meeting rooms. Each slide is a heading, then its content; the
//! slide number sits in the bottom right corner and the keys of the binding table beside it.
//! Key figures are big where they fit ([`big`]), everything else is plain text, few words,
//! bold on the default colours so it carries on a projector and without colour.
//!
//! Like every panel it reads `&App` only. It adapts to any size down to 1x1: what does not
//! fit is left out whole (a card, a line of a list, the footer), never cut mid-glyph.

mod big;
mod cards;
mod directions;
pub mod figures;
mod league;
mod lists;
mod title;

#[cfg(test)]
mod tests;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Mode, Slide};
use crate::present::slides;

use super::theme::Theme;
use crate::present::layout::fit;

/// Draws the current slide of `app` into `area`.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let theme = Theme::new(app.look);
    let p = &app.presentation;
    let list = app.slides();
    let corner = format!(" {}/{}", p.index(list) + 1, list.len());
    let corner_w = u16::try_from(corner.width()).unwrap_or(u16::MAX);
    let bottom = area.bottom() - 1;
    if area.width >= corner_w {
        buf.set_line(
            area.right() - corner_w,
            bottom,
            &Line::styled(corner, theme.heading()),
            corner_w,
        );
    }
    if area.height < 2 {
        return;
    }
    footer(
        app,
        &theme,
        Rect::new(area.x, bottom, area.width.saturating_sub(corner_w + 1), 1),
        buf,
    );
    // Margins where there is room: a slide reads better off the edges of the screen.
    let (mx, my) = (
        if area.width >= 60 { 2 } else { 0 },
        if area.height >= 20 { 1 } else { 0 },
    );
    let body = Rect::new(
        area.x + mx,
        area.y + my,
        area.width.saturating_sub(2 * mx),
        area.height.saturating_sub(1 + my),
    );
    let slide = p.current(list);
    let lang = app.look.lang;
    let heading = fit(
        slides::heading(lang, slide),
        usize::from(body.width),
        theme.ellipsis(),
    );
    buf.set_line(
        body.x,
        body.y,
        &Line::styled(heading, theme.heading()),
        body.width,
    );
    // A blank line under the heading where there is room for it.
    let skip = if body.height >= 12 { 2 } else { 1 };
    let content = Rect::new(
        body.x,
        body.y + skip.min(body.height),
        body.width,
        body.height.saturating_sub(skip),
    );
    if content.height == 0 {
        return;
    }
    match slide {
        Slide::Title => title::render(app, &theme, content, buf),
        Slide::Plan | Slide::Models | Slide::Identity | Slide::Security => {
            let cards: Vec<figures::Card> = figures::of_slide(slide)
                .iter()
                .map(|&f| figures::card(app, f))
                .collect();
            let since = app.review.since.map_or_else(
                || slides::no_comparison(lang).to_owned(),
                |c| slides::since(lang, &crate::present::num::date(lang, c)),
            );
            // What the changes beside the figures are against, at the foot of the slide.
            let cards_area = if content.height >= 8 {
                let note = Line::styled(
                    fit(&since, usize::from(content.width), theme.ellipsis()),
                    theme.dim(),
                );
                buf.set_line(content.x, content.bottom() - 1, &note, content.width);
                Rect {
                    height: content.height - 2,
                    ..content
                }
            } else {
                content
            };
            cards::render(&theme, &cards, cards_area, buf);
        }
        Slide::Attention => lists::attention(app, &theme, content, buf),
        Slide::Districts => league::render(app, &theme, content, buf),
        Slide::Changes => lists::changes(app, &theme, content, buf),
        Slide::Directions => directions::render(app, &theme, content, buf),
    }
}

/// The keys of presentation mode from the binding table, dim, as many as fit; and a notice
/// (R moved, or could not) first, until the next key.
fn footer(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut width = usize::from(area.width);
    if let Some(notice) = &app.live.notice {
        let text = fit(notice, width, theme.ellipsis());
        width = width.saturating_sub(text.width() + 2);
        spans.push(Span::styled(text, theme.notice()));
        spans.push(Span::raw("  "));
    }
    let lang = app.look.lang;
    let mut entries = crate::app::keymap::footer_entries(Mode::Present, app.panel, lang, theme.ascii);
    entries.sort_by_key(|e| e.2);
    for (keys, label, _) in entries {
        let label = label.text(lang);
        let cost = keys.width() + 1 + label.width() + 2;
        if cost > width {
            break;
        }
        width -= cost;
        spans.push(Span::styled(keys, theme.dim()));
        spans.push(Span::styled(format!(" {label}  "), theme.dim()));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
