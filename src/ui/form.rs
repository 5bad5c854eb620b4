//! The direction form, drawn over the panel: one label and one input line per field, the
//! focused one with a cursor, the error in place, and the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

use crate::app::App;
use crate::app::directions::Form;
use crate::present::directions as words;
use crate::present::visible;

use super::theme::Theme;
use crate::present::layout::fit;

pub fn render(app: &App, form: &Form, area: Rect, buf: &mut Buffer) {
    let theme = Theme::new(app.look);
    let lang = app.look.lang;
    let width = area.width.saturating_sub(4).min(76);
    let rows = u16::try_from(form.fields.len() * 2 + 3).unwrap_or(u16::MAX);
    let height = (rows + 2).min(area.height);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(popup, buf);
    let title = format!(" {} ", visible(&words::form_title(lang, &form.kind)));
    let block = theme.block(true).title(Line::styled(
        fit(&title, usize::from(width.saturating_sub(2)), theme.ellipsis()),
        theme.heading(),
    ));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let w = usize::from(inner.width);
    let ell = theme.ellipsis();
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, f) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let label = words::field(lang, f.kind);
        lines.push(Line::styled(
            fit(&format!(" {label}"), w, ell),
            if focused { theme.heading() } else { theme.dim() },
        ));
        let cursor = if focused { "█" } else { "" };
        // The end of a long value stays in view, where the typing is.
        let shown = format!("{}{cursor}", visible(&f.value));
        let n = shown.chars().count();
        let room = w.saturating_sub(3);
        let tail: String = shown.chars().skip(n.saturating_sub(room)).collect();
        let style = if focused {
            theme.selected()
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::styled(format!(" > {tail}"), style));
    }
    lines.push(Line::raw(""));
    match &form.error {
        Some(e) => lines.push(Line::styled(fit(&format!(" {e}"), w, ell), theme.overdue())),
        None => lines.push(Line::raw("")),
    }
    lines.push(Line::styled(
        fit(&format!(" {}", words::form_hint(lang)), w, ell),
        theme.dim(),
    ));
    for (i, line) in lines.iter().take(usize::from(inner.height)).enumerate() {
        let y = inner.y + u16::try_from(i).unwrap_or(0);
        buf.set_line(inner.x, y, line, inner.width);
    }
}
