//! The detail pane's state: what it shows and how far it is scrolled. Its content is built by
//! `ui::detail` from the [`super::review::Review`]; the state only names the subject.

use crate::model::Area;

use super::review::EventRef;

/// What a detail pane is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An item (by plan index): every applicable district with its status, progress,
    /// completion, note, blocker and source file.
    Item(Area, usize),
    /// A district (by plan index): its reporter and its own status of every item.
    District(usize),
    /// One inspection, training or drill.
    Event(EventRef),
    /// One problem of the Data panel (by position in `Review::problems`).
    Problem(usize),
}

/// An open detail pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detail {
    pub target: Target,
    /// First line shown; clamped to the content by `update` once a frame has measured it.
    pub scroll: u16,
}
