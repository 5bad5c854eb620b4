//! The `?` overlay: every key of the current panel, then the keys that differ while typing a
//! filter or reading a detail pane, all from the binding table the dispatcher uses.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use crate::app::keymap::help_lines;
use crate::app::{App, Mode};

use super::theme::Theme;
use crate::present::console;
use crate::present::keys::{self, HelpText};
use crate::present::layout::fit;

/// The help's lines: (keys, description); a heading has empty keys and bold text.
fn entries(app: &App) -> Vec<(String, String, bool)> {
    let (lang, ascii) = (app.look.lang, app.look.ascii);
    let say = |t: HelpText| keys::help(lang, t, "");
    let normal = help_lines(Mode::Normal, app.panel, lang, ascii);
    let mut out: Vec<(String, String, bool)> = vec![(
        String::new(),
        keys::help_panel(lang, console::panel(lang, app.panel)),
        true,
    )];
    out.extend(
        normal
            .iter()
            .map(|(k, h)| (k.clone(), h.text(lang).to_owned(), false)),
    );
    for (mode, heading) in [
        (Mode::Filter, HelpText::WhileFiltering),
        (Mode::Detail, HelpText::InDetail),
    ] {
        // Only what differs from the panel's own keys.
        let extra: Vec<_> = help_lines(mode, app.panel, lang, ascii)
            .into_iter()
            .filter(|(_, h)| !normal.iter().any(|(_, n)| n == h))
            .collect();
        if !extra.is_empty() {
            out.push((String::new(), say(heading), true));
            out.extend(
                extra
                    .into_iter()
                    .map(|(k, h)| (k, h.text(lang).to_owned(), false)),
            );
        }
    }
    out.push((String::new(), say(HelpText::Mouse), true));
    out.push((say(HelpText::Click), say(HelpText::ClickDoes), false));
    out.push((say(HelpText::Wheel), say(HelpText::WheelDoes), false));
    out.push((String::new(), say(HelpText::Language), true));
    out.push((say(HelpText::LangFlag), say(HelpText::LangHow), false));
    out
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::new(app.look);
    let lines = entries(app);
    let inner_h = usize::from(area.height.saturating_sub(2)).max(1);
    // Two columns when one would not fit and the screen is wide enough.
    let ncols = if lines.len() > inner_h && area.width >= 76 {
        2
    } else {
        1
    };
    let per_col = lines.len().div_ceil(ncols);
    let col_w: u16 = 40;
    let width = (col_w * u16::try_from(ncols).unwrap_or(1) + 2).min(area.width);
    let height = (u16::try_from(per_col).unwrap_or(u16::MAX) + 2).min(area.height);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(popup, buf);
    let title = keys::help(app.look.lang, HelpText::Title, theme.dot());
    let block = theme.block(true).title(Line::styled(title, theme.heading()));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let cw = (inner.width / u16::try_from(ncols).unwrap_or(1)).max(1);
    let ell = theme.ellipsis();
    for (i, (keys, text, heading)) in lines.iter().enumerate() {
        let (col, row) = (i / per_col, i % per_col);
        let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
        if y >= inner.bottom() {
            continue;
        }
        let x = inner.x + u16::try_from(col).unwrap_or(0) * cw;
        let key_w = 11usize;
        let line = if *heading {
            Line::styled(fit(&format!(" {text}"), usize::from(cw), ell), theme.heading())
        } else {
            let rest = usize::from(cw).saturating_sub(key_w + 2);
            Line::from(vec![
                Span::styled(format!(" {:<key_w$} ", fit(keys, key_w, ell)), theme.heading()),
                Span::styled(fit(text, rest, ell), Style::new()),
            ])
        };
        buf.set_line(x, y, &line, cw);
    }
}
