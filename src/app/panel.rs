//! The console's panels (a closed set, so an enum and `match`, no trait objects) and which
//! tables each one shows.

use super::table::TableId;

/// One panel of the console, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    Overview,
    Tasks,
    Models,
    Services,
    Security,
    Districts,
    Data,
    /// What changed between C and R.
    Changes,
    /// The meeting's directions and the follow-up of earlier ones.
    Directions,
}

impl Panel {
    /// Every panel in tab order; the digit key of a panel is its position + 1.
    pub const ALL: [Panel; 9] = [
        Panel::Overview,
        Panel::Tasks,
        Panel::Models,
        Panel::Services,
        Panel::Security,
        Panel::Districts,
        Panel::Data,
        Panel::Changes,
        Panel::Directions,
    ];

    /// Position in tab order (0-based).
    #[must_use]
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }

    /// The panel of a digit key `1`..`8`.
    #[must_use]
    pub fn from_digit(c: char) -> Option<Panel> {
        let n = c.to_digit(10)? as usize;
        n.checked_sub(1).and_then(|i| Self::ALL.get(i)).copied()
    }

    #[must_use]
    pub fn next(self) -> Panel {
        Self::ALL[(self.index() + 1) % Self::ALL.len()]
    }

    #[must_use]
    pub fn prev(self) -> Panel {
        Self::ALL[(self.index() + Self::ALL.len() - 1) % Self::ALL.len()]
    }

    /// The tables the panel shows, in focus order (`v` moves between them).
    #[must_use]
    pub fn tables(self) -> &'static [TableId] {
        match self {
            Panel::Overview => &[TableId::League, TableId::Attention],
            Panel::Tasks => &[TableId::Tasks],
            Panel::Models => &[TableId::Models],
            Panel::Services => &[TableId::Services],
            Panel::Security => &[TableId::SecDistricts, TableId::SecEvents],
            Panel::Districts => &[TableId::Districts],
            Panel::Data => &[TableId::Problems, TableId::Freshness],
            Panel::Changes => &[TableId::Changes],
            // Drawn from the meetings book, not a generic table.
            Panel::Directions => &[],
        }
    }
}
