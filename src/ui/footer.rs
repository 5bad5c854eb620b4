//! The footer, the console's status line: the notice of the last reload or date key, then the
//! main keys of the current mode and panel, from the binding table; while typing a filter, the
//! filter line itself comes first.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::footer_entries;
use crate::app::{App, Mode};

use super::theme::Theme;
use crate::present::keys::Foot;
use crate::present::layout::fit;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::new(app.look);
    let mode = app.mode();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut width = usize::from(area.width);
    if mode == Mode::Filter {
        let text = match app.panel {
            crate::app::Panel::Directions => app.directions.filter.clone(),
            _ => app.table().map(|t| t.filter.clone()).unwrap_or_default(),
        };
        let cursor = if theme.ascii { "_" } else { "▏" };
        let prompt = fit(
            &format!("/{text}"),
            width.saturating_sub(20).max(8),
            theme.ellipsis(),
        );
        let w = prompt.width() + 3;
        spans.push(Span::styled(prompt, theme.heading()));
        spans.push(Span::styled(cursor.to_owned(), theme.heading()));
        spans.push(Span::raw("  "));
        width = width.saturating_sub(w);
    }
    // What the last reload (or date key) has to say comes first, until the next key.
    if let (Some(notice), Mode::Normal | Mode::Detail) = (&app.live.notice, mode) {
        let text = fit(notice, width.saturating_sub(10).max(8), theme.ellipsis());
        width = width.saturating_sub(text.width() + 2);
        spans.push(Span::styled(text, theme.notice()));
        spans.push(Span::raw("  "));
    }
    let mut entries = footer_entries(mode, app.panel, theme.lang, theme.ascii);
    let cost = |e: &(String, Foot, u8)| e.0.width() + 1 + e.1.text(theme.lang).width() + 2;
    // Drop the least important entries until the rest fit.
    while entries.iter().map(cost).sum::<usize>() > width + 2 {
        let Some(worst) = entries
            .iter()
            .enumerate()
            .max_by_key(|(i, e)| (e.2, *i))
            .map(|(i, _)| i)
        else {
            break;
        };
        entries.remove(worst);
    }
    for (i, (keys, label, _)) in entries.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(keys, theme.heading()));
        spans.push(Span::raw(format!(" {}", label.text(theme.lang))));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
