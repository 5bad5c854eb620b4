//! Slides of key figures: the cards laid out in the grid where all of them fit in big digits,
//! if there is one; otherwise all in normal text.
//! Nothing is cut: a label too long for its card takes its short form, then an ellipsis; a
//! card with no room at all is left out rather than drawn in part.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::theme::Theme;
use super::big::Big;
use super::figures::Card;
use crate::present::layout::fit;

/// Columns between cards, rows between rows of cards.
const GAP_X: u16 = 4;
const GAP_Y: u16 = 1;

/// Rows a card takes in big digits: the label, the digits, the line beneath.
fn big_height(big: Big) -> u16 {
    big.height() + 2
}

/// Whether a card shows in big digits in a `w` x `h` cell.
fn is_big(big: Big, card: &Card, w: u16, h: u16) -> bool {
    big.fits(&card.value, w, h.saturating_sub(2))
}

/// The grid: columns, and each cell's size. Chosen to show every card in big digits if any
/// grid can; among equals, cells nearest a landscape shape, which reads as a slide; then fewer columns.
/// `None` when no grid leaves every card two lines and its whole value.
fn grid(big: Big, cards: &[Card], area: Rect) -> Option<(u16, u16, u16)> {
    let n = u16::try_from(cards.len()).unwrap_or(1).max(1);
    let value_w = cards.iter().map(|c| c.value.width()).max().unwrap_or(0);
    let fits = |w: u16, h: u16| h >= 2 && usize::from(w) >= value_w;
    (1..=n)
        .map(|cols| {
            let rows = n.div_ceil(cols);
            let w = area.width.saturating_sub(GAP_X * (cols - 1)) / cols;
            let h = area.height.saturating_sub(GAP_Y * (rows - 1)) / rows;
            (cols, w, h)
        })
        .max_by(|a, b| {
            let score = |&(cols, w, h): &(u16, u16, u16)| {
                let fits = fits(w, h);
                let bigs = cards.iter().all(|c| is_big(big, c, w, h));
                // Terminal cells are about twice as tall as wide: 3:1 in cells is a landscape.
                let shape = -((f64::from(w) / f64::from(h.max(1) * 3)).ln().abs());
                (fits, bigs, shape, std::cmp::Reverse(cols))
            };
            let (sa, sb) = (score(a), score(b));
            (sa.0, sa.1)
                .cmp(&(sb.0, sb.1))
                .then(sa.2.total_cmp(&sb.2))
                .then(sa.3.cmp(&sb.3))
        })
        .filter(|&(_, w, h)| fits(w, h))
}

/// Draws `cards` in `area`.
pub fn render(theme: &Theme, cards: &[Card], area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 || cards.is_empty() {
        return;
    }
    let big = Big::new(theme.ascii);
    let Some((cols, w, h)) = grid(big, cards, area) else {
        // No room for cards: one line each, the value whole, as many as fit.
        for (i, card) in cards.iter().enumerate() {
            let y = area.y + u16::try_from(i).unwrap_or(u16::MAX);
            if y >= area.bottom() {
                break;
            }
            let r = Rect::new(area.x, y, area.width, 1);
            one_line(theme, card, r, buf);
        }
        return;
    };
    // All big or none: a slide of mixed sizes reads as if some figures mattered less.
    let all_big = cards.iter().all(|c| is_big(big, c, w, h)) && h >= big_height(big);
    // Every card as tall as the tallest, so cards side by side line up.
    let need = if all_big {
        big_height(big)
    } else {
        2 + u16::from(h >= 3 && cards.iter().any(|c| c.sub.is_some()))
    };
    for (i, card) in cards.iter().enumerate() {
        let i = u16::try_from(i).unwrap_or(u16::MAX);
        let (col, row) = (i % cols, i / cols);
        let cell = Rect::new(area.x + col * (w + GAP_X), area.y + row * (h + GAP_Y), w, h);
        draw_card(
            theme,
            all_big.then_some(big),
            card,
            (cell.intersection(area), need),
            buf,
        );
    }
}

/// A label in `w` columns: the full one, the short one, then cut with an ellipsis.
fn label(theme: &Theme, card: &Card, w: usize) -> String {
    if card.label.width() <= w {
        card.label.to_owned()
    } else {
        fit(card.short, w, theme.ellipsis())
    }
}

/// One card in cell `r`, centred as if it were `need` rows tall.
fn draw_card(theme: &Theme, big: Option<Big>, card: &Card, (r, need): (Rect, u16), buf: &mut Buffer) {
    if r.height == 0 || r.width == 0 {
        return;
    }
    if r.height == 1 {
        one_line(theme, card, r, buf);
        return;
    }
    // Plain: the label, the value and its change, then what it is against on a line of its own
    // where there is one.
    let sub_below = card.sub.is_some() && r.height >= 3;
    // The card in the middle of its cell, so the slide is balanced.
    let r = Rect {
        y: r.y + (r.height - need.min(r.height)) / 2,
        height: need.min(r.height),
        ..r
    };
    let w = usize::from(r.width);
    buf.set_line(
        r.x,
        r.y,
        &Line::styled(label(theme, card, w), theme.heading()),
        r.width,
    );
    let delta = card.delta.clone().unwrap_or_default();
    if let Some(big) = big {
        let digits = Rect::new(r.x, r.y + 1, big.width(&card.value), big.height());
        big.render(&card.value, card.style, digits, buf);
        // The change since C beside the digits, at their middle, where it fits.
        let beside = r.width.saturating_sub(digits.width + 3);
        let below_y = digits.bottom();
        let mut below: Vec<Span> = Vec::new();
        if !delta.is_empty() && usize::from(beside) >= delta.width() {
            let line = Line::styled(delta.clone(), theme.heading());
            buf.set_line(digits.right() + 3, digits.y + digits.height / 2, &line, beside);
        } else if !delta.is_empty() {
            below.push(Span::styled(delta.clone(), theme.heading()));
        }
        if let Some(sub) = &card.sub {
            if !below.is_empty() {
                below.push(Span::raw("  "));
            }
            below.push(Span::raw(sub.clone()));
        }
        set_fitted(theme, below, r.x, below_y, r.width, buf);
        return;
    }
    // Normal text: the value and its change on the second line, what it is against after.
    let mut spans = vec![Span::styled(card.value.clone(), card.style)];
    if !delta.is_empty() {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(delta, theme.heading()));
    }
    match &card.sub {
        Some(sub) if sub_below => {
            set_fitted(theme, vec![Span::raw(sub.clone())], r.x, r.y + 2, r.width, buf);
        }
        Some(sub) => {
            spans.push(Span::raw("  "));
            spans.push(Span::raw(sub.clone()));
        }
        None => {}
    }
    set_fitted(theme, spans, r.x, r.y + 1, r.width, buf);
}

/// A whole card on one line: `Plan tasks 34/41 +3`.
fn one_line(theme: &Theme, card: &Card, r: Rect, buf: &mut Buffer) {
    let mut right = vec![Span::styled(card.value.clone(), card.style)];
    if let Some(d) = &card.delta {
        right.push(Span::raw(" "));
        right.push(Span::styled(d.clone(), theme.heading()));
    }
    let right_w: usize = right.iter().map(|s| s.content.width()).sum();
    let room = usize::from(r.width).saturating_sub(right_w + 1);
    let mut spans = vec![Span::raw(format!("{} ", label(theme, card, room)))];
    spans.extend(right);
    set_fitted(theme, spans, r.x, r.y, r.width, buf);
}

/// Spans on one line: the first cut with an ellipsis if it must be, the others shown whole or
/// not at all, so that no figure is ever shown in part (`+3…` would misread).
fn set_fitted(theme: &Theme, spans: Vec<Span<'static>>, x: u16, y: u16, w: u16, buf: &mut Buffer) {
    let room = usize::from(w);
    let mut used = 0;
    let mut out: Vec<Span<'static>> = Vec::new();
    for (i, span) in spans.into_iter().enumerate() {
        let sw = span.content.width();
        if i == 0 {
            let text = fit(&span.content, room, theme.ellipsis());
            used = text.width();
            out.push(Span::styled(text, span.style));
        } else if used + sw <= room {
            used += sw;
            out.push(span);
        } else {
            break;
        }
    }
    // No separator left dangling at the end.
    while out.len() > 1 && out.last().is_some_and(|s| s.content.trim().is_empty()) {
        out.pop();
    }
    buf.set_line(x, y, &Line::from(out), w);
}
