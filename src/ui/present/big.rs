//! Figures in large digits, drawn by `tui-big-text` from its 8x8 font: half-height block
//! characters (`▀▄█`, in every terminal font) take 8 columns and 4 rows per character. With
//! `--ascii` the same glyphs are drawn at full height with `#`, 8 rows per character, which
//! any console shows. Used only where the whole figure fits; the caller falls back to normal
//! text otherwise, so a figure is never cut.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// How big figures are drawn in one look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Big {
    /// `#` instead of block characters.
    hash: bool,
}

/// Columns per character, whatever the pixel size: the font is 8 pixels wide, one per cell.
const CHAR_W: u16 = 8;

impl Big {
    #[must_use]
    pub fn new(ascii: bool) -> Self {
        Self { hash: ascii }
    }

    fn pixel(self) -> PixelSize {
        if self.hash {
            PixelSize::Full
        } else {
            PixelSize::HalfHeight
        }
    }

    /// Rows per character.
    #[must_use]
    pub fn height(self) -> u16 {
        if self.hash { 8 } else { 4 }
    }

    /// Columns `text` takes.
    #[must_use]
    pub fn width(self, text: &str) -> u16 {
        u16::try_from(text.chars().count())
            .unwrap_or(u16::MAX)
            .saturating_mul(CHAR_W)
    }

    /// Whether `text` fits whole in `w` x `h`.
    #[must_use]
    pub fn fits(self, text: &str, w: u16, h: u16) -> bool {
        self.width(text) <= w && self.height() <= h
    }

    /// Draws `text` at the top left of `area`; nothing unless it fits whole.
    pub fn render(self, text: &str, style: Style, area: Rect, buf: &mut Buffer) {
        if !self.fits(text, area.width, area.height) {
            return;
        }
        let area = Rect::new(area.x, area.y, self.width(text), self.height());
        BigText::builder()
            .pixel_size(self.pixel())
            .style(style)
            .lines(vec![Line::from(text.to_owned())])
            .build()
            .render(area, buf);
        if self.hash {
            for y in area.top()..area.bottom() {
                for x in area.left()..area.right() {
                    if let Some(cell) = buf.cell_mut((x, y)) {
                        if cell.symbol() != " " {
                            cell.set_symbol("#");
                        }
                    }
                }
            }
        }
    }
}

/// Reads big text back: each 8-column block compared to every candidate character's own
/// rendering; `?` for a block that matches none. For the tests, here and on whole slides.
#[cfg(test)]
pub mod read {
    use super::*;

    /// What figures are written with.
    pub const ALPHABET: &str = "0123456789/.,% +-";

    pub fn decode(big: Big, buf: &Buffer, area: Rect, alphabet: &str) -> String {
        let block = |b: &Buffer, x0: u16, y0: u16| -> Vec<String> {
            (0..big.height())
                .flat_map(|dy| (0..CHAR_W).map(move |dx| (x0 + dx, y0 + dy)))
                .map(|(x, y)| b[(x, y)].symbol().to_owned())
                .collect()
        };
        let patterns: Vec<(char, Vec<String>)> = alphabet
            .chars()
            .map(|c| {
                let r = Rect::new(0, 0, CHAR_W, big.height());
                let mut b = Buffer::empty(r);
                big.render(&c.to_string(), Style::new(), r, &mut b);
                (c, block(&b, 0, 0))
            })
            .collect();
        (0..area.width / CHAR_W)
            .map(|i| {
                let seen = block(buf, area.x + i * CHAR_W, area.y);
                patterns.iter().find(|(_, p)| *p == seen).map_or('?', |(c, _)| *c)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::read::{ALPHABET, decode};
    use super::*;

    #[test]
    fn big_digits_read_back_as_the_figure() {
        for ascii in [false, true] {
            let big = Big::new(ascii);
            for text in ["34/41", "52.287", "82,9 %", "1,021,400", "+3"] {
                let area = Rect::new(2, 1, big.width(text), big.height());
                let mut buf = Buffer::empty(Rect::new(0, 0, area.right() + 3, area.bottom() + 2));
                big.render(text, Style::new(), area, &mut buf);
                assert_eq!(decode(big, &buf, area, ALPHABET), text, "ascii {ascii}");
                // Nothing outside its area.
                let outside = buf
                    .content
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| {
                        let (x, y) = buf.pos_of(*i);
                        !(area.x..area.right()).contains(&x) || !(area.y..area.bottom()).contains(&y)
                    })
                    .any(|(_, c)| c.symbol() != " ");
                assert!(!outside, "{text} drew outside its area");
            }
        }
        // The digits differ from one another, so the read-back can fail.
        let big = Big::new(false);
        let r = Rect::new(0, 0, 16, 4);
        let mut buf = Buffer::empty(r);
        big.render("38", Style::new(), r, &mut buf);
        assert_eq!(decode(big, &buf, r, ALPHABET), "38");
        assert_ne!(decode(big, &buf, r, ALPHABET), "34");
    }

    #[test]
    fn ascii_uses_hashes_and_nothing_that_does_not_fit_is_drawn() {
        let big = Big::new(true);
        let r = Rect::new(0, 0, 40, 8);
        let mut buf = Buffer::empty(r);
        big.render("34/41", Style::new(), r, &mut buf);
        assert!(buf.content.iter().all(|c| c.symbol() == " " || c.symbol() == "#"));
        assert!(buf.content.iter().any(|c| c.symbol() == "#"));
        let mut small = Buffer::empty(Rect::new(0, 0, 39, 8));
        big.render("34/41", Style::new(), small.area, &mut small);
        assert!(small.content.iter().all(|c| c.symbol() == " "));
    }
}
