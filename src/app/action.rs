//! What the user or the file watcher asks the console to do. Keys become actions through
//! [`super::keymap`]; mouse events through the hit map the last frame returned; the watcher's
//! loader thread sends [`Action::Loaded`]; and [`super::App::update`] is the only place an
//! action changes state.

use super::live::Batch;
use super::panel::Panel;

/// One request to the console. Every state change goes through one of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leave the console (`q`, Ctrl-C).
    Quit,
    /// Show the next panel, wrapping after the last.
    NextPanel,
    /// Show the previous panel, wrapping before the first.
    PrevPanel,
    /// Show one panel (digits 1..8, or a click on its tab).
    GoPanel(Panel),
    /// Move the selection (or scroll the detail pane) one row up.
    Up,
    /// Move the selection (or scroll the detail pane) one row down.
    Down,
    /// Move one screenful up.
    PageUp,
    /// Move one screenful down.
    PageDown,
    /// Jump to the first row.
    Top,
    /// Jump to the last row.
    Bottom,
    /// Open the detail pane for the selected row.
    Open,
    /// Close the detail pane.
    CloseDetail,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Close the help overlay.
    CloseHelp,
    /// Start typing a filter for the current table (keeps any text already there).
    StartFilter,
    /// Add a character to the filter; the table narrows as you type.
    FilterPush(char),
    /// Remove the last character of the filter.
    FilterPop,
    /// Stop typing and keep the filter applied.
    FilterAccept,
    /// Clear the filter (and stop typing).
    ClearFilter,
    /// Sort by the next column; after the last column, back to plan order.
    CycleSort,
    /// Reverse the sort direction.
    ReverseSort,
    /// Cycle the status filter of an item panel (all, not complete, overdue, ...).
    CycleStatus,
    /// Move the focus to the next table of a panel that has two (Overview, Security, Data).
    NextSection,
    /// Focus a table of the current panel and select one of its rows (a mouse click).
    /// Clicking the row that is already selected opens it.
    Click {
        /// Which table of the panel, 0 or 1.
        section: usize,
        /// The row's position in the table as shown (after filter and sort).
        row: usize,
    },
    /// Scroll the table (or detail pane) under the mouse by this many rows (wheel).
    Scroll(i32),
    /// Move the review date R to the previous snapshot date in the data (`[`). Every panel
    /// follows; selections stay on the same item or district.
    PrevReview,
    /// Move R to the next snapshot date (`]`).
    NextReview,
    /// Move the comparison date C to the previous snapshot date (`{`); C is then kept when R
    /// moves, as long as it stays before R.
    PrevSince,
    /// Move C to the next snapshot date before R (`}`).
    NextSince,
    /// Read the whole data directory again (`r`), on the loader thread.
    Reload,
    /// What the loader thread read after files changed, or after `r`: applied as it stands,
    /// so `update` does no I/O.
    Loaded(Box<Batch>),
    /// Repaint the whole screen from scratch (Ctrl-L); the event loop clears the terminal.
    Redraw,
    /// Give the terminal back to the shell and stop (Ctrl-Z); `fg` resumes with a full
    /// repaint. The event loop does it; the state does not change.
    Suspend,
    /// The terminal has a new size, in columns and rows.
    Resize(u16, u16),
    /// What the last frame could show: rows per table and the detail pane's scroll range.
    /// The event loop sends it after a frame whose layout changed, so paging and scrolling
    /// match the screen without the renderer ever mutating the state.
    Viewport(Viewport),
    /// Switch between the console and presentation mode (`p`; `Esc` in presentation). The
    /// console's state is kept as it was.
    TogglePresent,
    /// The next slide (`→`, Space, PgDn); the last stays the last.
    NextSlide,
    /// The previous slide (`←`, PgUp).
    PrevSlide,
    /// The first slide (Home).
    FirstSlide,
    /// The last slide (End).
    LastSlide,
    /// `--interval` elapsed: the next slide, the first after the last (a lobby loop).
    AutoAdvance,
    /// Open the direction form about the selected row (`a`; on the Overview, a general one).
    AddDirection,
    /// Type into the form's focused field.
    FormPush(char),
    /// Delete the last character of the focused field.
    FormPop,
    /// Focus the form's next field (`Tab`).
    FormNext,
    /// Focus the form's previous field (`Shift-Tab`).
    FormPrev,
    /// Check the form and ask the event loop to save it (`Enter`).
    FormSubmit,
    /// Close the form without saving (`Esc`).
    FormCancel,
    /// Edit the selected direction (`e`).
    DirEdit,
    /// Record the selected direction done (`d`).
    DirDone,
    /// Drop the selected direction, with a closing note (`x`).
    DirDrop,
    /// Reopen the selected direction (`o`).
    DirReopen,
    /// The meetings directory as the poller read it.
    Meetings(Box<crate::meetings::Book>),
    /// The event loop's answer to a write: what was saved, or why not.
    Saved(Result<String, String>),
}

/// Sizes measured while drawing a frame, fed back to [`super::App::update`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Viewport {
    /// Visible body rows of each table of the current panel (0 when not shown).
    pub table_rows: [u16; 2],
    /// Rows the detail pane shows, and the most it can scroll.
    pub detail_rows: u16,
    /// The largest useful scroll offset of the detail pane.
    pub detail_max_scroll: u16,
}
