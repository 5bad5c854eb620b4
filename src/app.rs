//! The console's state and its one entry point for change, [`App::update`].
//!
//! `App` holds the data under review ([`review::Review`]), which panel is shown, one
//! [`view::PanelView`] per panel, the overlays (detail pane, help, filter typing) and the
//! live-reload state ([`live::Live`]). Keys become [`Action`]s through [`keymap`]; the file
//! watcher's loader thread sends [`Action::Loaded`]; `update` applies them; `ui::draw` reads
//! `&App` and never changes it. Nothing here touches the terminal or the disk, so every
//! behaviour is testable by feeding actions and looking at the state.

pub mod action;
pub mod detail;
pub mod directions;
mod fingerprint;
pub mod keymap;
pub mod live;
pub mod panel;
pub mod present;
mod refresh;
pub mod review;
pub mod rows;
pub mod spark;
pub mod table;
pub mod text;
pub mod view;

#[cfg(test)]
mod tests;

pub use action::{Action, Viewport};
pub use detail::{Detail, Target};
pub use directions::Directions;
pub use keymap::Mode;
pub use live::Live;
pub use panel::Panel;
pub use present::{Presentation, SLIDES, Slide};
pub use review::Review;

use table::StatusFilter;
use view::{PanelView, TableView};

/// How the console draws: decided once at start from `--color`, `NO_COLOR` and `--ascii`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Look {
    pub color: bool,
    pub ascii: bool,
    /// The interface language, from `--lang` or the locale.
    pub lang: crate::present::Lang,
}

/// The whole state of the console.
#[derive(Debug)]
pub struct App {
    pub review: Review,
    pub panel: Panel,
    /// One per panel, in `Panel::ALL` order.
    pub views: Vec<PanelView>,
    pub detail: Option<Detail>,
    pub help: bool,
    /// The filter line has the keyboard.
    pub typing: bool,
    pub look: Look,
    /// Terminal size in columns and rows, as last reported.
    pub size: (u16, u16),
    /// What the last frame measured; the event loop sends a new [`Action::Viewport`] when a
    /// frame measures something else.
    pub measured: Viewport,
    /// Set by [`Action::Quit`]; the event loop ends when it sees it.
    pub quit: bool,
    /// Where the data comes from, the loader thread, and the last reload's notice.
    pub live: Live,
    /// Presentation mode: the slides for the shared screen.
    pub presentation: Presentation,
    /// The meetings book, the Directions panel's selection, the form, the pending write.
    pub directions: Directions,
}

impl App {
    #[must_use]
    pub fn new(review: Review, look: Look) -> Self {
        let views = Panel::ALL
            .iter()
            .map(|p| PanelView::new(p.tables(), &review, look.lang))
            .collect();
        Self {
            review,
            panel: Panel::Overview,
            views,
            detail: None,
            help: false,
            typing: false,
            look,
            size: (0, 0),
            measured: Viewport::default(),
            quit: false,
            live: Live::default(),
            presentation: Presentation::default(),
            directions: Directions {
                ..Directions::default()
            },
        }
    }

    /// Says where directions live and which meeting is current; without it the console
    /// shows no directions and `a` does nothing.
    #[must_use]
    pub fn with_meetings(mut self, dir: std::path::PathBuf, date: crate::model::Date) -> Self {
        self.directions.dir = dir;
        self.directions.date = Some(date);
        self
    }

    /// Says which data directory the data came from (`None`: the bundled demo) and whether to
    /// watch it; [`crate::watch::attach`] starts the loader from this.
    #[must_use]
    pub fn with_source(mut self, data: Option<std::path::PathBuf>, watch: bool) -> Self {
        self.live.data = data;
        self.live.watch = watch;
        self
    }

    /// What has the keyboard now.
    #[must_use]
    pub fn mode(&self) -> Mode {
        if self.directions.form.is_some() {
            Mode::Form
        } else if self.help {
            Mode::Help
        } else if self.presentation.shown {
            Mode::Present
        } else if self.detail.is_some() {
            Mode::Detail
        } else if self.typing {
            Mode::Filter
        } else {
            Mode::Normal
        }
    }

    /// The current panel's view.
    #[must_use]
    pub fn view(&self) -> &PanelView {
        &self.views[self.panel.index()]
    }

    fn view_mut(&mut self) -> &mut PanelView {
        &mut self.views[self.panel.index()]
    }

    /// The table with the focus on the current panel.
    #[must_use]
    pub fn table(&self) -> Option<&TableView> {
        self.view().focused()
    }

    /// Applies one action. Returns whether anything visible changed, so the event loop can
    /// skip drawing when nothing did.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.fingerprint();
        self.apply(action);
        self.fingerprint() != before
    }

    fn apply(&mut self, action: Action) {
        // A notice stays until the user does something; then it has been seen.
        if !matches!(
            action,
            Action::Loaded(_)
                | Action::Viewport(_)
                | Action::Resize(..)
                | Action::Redraw
                | Action::AutoAdvance
                | Action::Meetings(_)
                | Action::Saved(_)
        ) {
            self.live.notice = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::NextPanel => self.go(self.panel.next()),
            Action::PrevPanel => self.go(self.panel.prev()),
            Action::GoPanel(p) => self.go(p),
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::Scroll(n) => self.step(isize::try_from(n).unwrap_or(0)),
            Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => self.jump(&action),
            Action::Open => self.open(),
            Action::CloseDetail => self.detail = None,
            Action::ToggleHelp => self.help = !self.help,
            Action::CloseHelp => self.help = false,
            Action::StartFilter => self.typing = true,
            Action::FilterPush(c) => self.edit_filter(|f| f.push(c)),
            Action::FilterPop => self.edit_filter(|f| {
                f.pop();
            }),
            Action::FilterAccept => self.typing = false,
            Action::ClearFilter => {
                self.typing = false;
                self.edit_filter(String::clear);
            }
            Action::CycleSort | Action::ReverseSort if self.panel == Panel::Directions => {
                let d = &mut self.directions;
                if action == Action::CycleSort {
                    d.sort = d.sort.next();
                } else {
                    d.descending = !d.descending;
                }
                d.selected = 0;
                d.generation += 1;
            }
            Action::CycleSort => self.resort(|t| t.sort = next_sort(t.sort, rows::columns(t.id).len())),
            Action::ReverseSort => self.resort(|t| t.descending = !t.descending),
            Action::CycleStatus => self.resort(|t| t.status = t.status.next(t.id)),
            Action::NextSection => {
                let v = self.view_mut();
                v.section = (v.section + 1) % v.tables.len().max(1);
            }
            Action::Click { section, row } => self.click(section, row),
            Action::Redraw | Action::Suspend => {}
            Action::Resize(w, h) => self.size = (w, h),
            Action::Viewport(vp) => self.measured(vp),
            Action::PrevReview => self.move_review(false),
            Action::NextReview => self.move_review(true),
            Action::PrevSince => self.move_since(false),
            Action::NextSince => self.move_since(true),
            Action::Reload => self.request_reload(),
            Action::Loaded(batch) => self.loaded(*batch),
            Action::TogglePresent => self.presentation.shown = !self.presentation.shown,
            Action::NextSlide => self.presentation.next(self.slides(), false),
            Action::AutoAdvance => self.presentation.next(self.slides(), true),
            Action::PrevSlide => self.presentation.prev(self.slides()),
            Action::FirstSlide => self.presentation.first(),
            Action::LastSlide => self.presentation.last(self.slides()),
            Action::Meetings(book) => {
                if self.directions.book != *book {
                    self.directions.book = *book;
                    self.directions.generation += 1;
                }
            }
            other => self.direct(other),
        }
    }

    fn go(&mut self, panel: Panel) {
        self.panel = panel;
        self.detail = None;
        self.help = false;
        self.typing = false;
        // The event loop reports a viewport only when the layout changes, so a panel laid out
        // like the last one would never learn its tables' heights; give it the last measure.
        self.apply_table_rows();
    }

    fn step(&mut self, delta: isize) {
        if self.panel == Panel::Directions && self.detail.is_none() {
            self.step_direction(delta);
            return;
        }
        let max = self.detail_max();
        if let Some(d) = &mut self.detail {
            d.scroll = d
                .scroll
                .saturating_add_signed(i16::try_from(delta).unwrap_or(0))
                .min(max);
            return;
        }
        if let Some(t) = self.view_mut().focused_mut() {
            t.move_by(delta);
        }
    }

    fn jump(&mut self, action: &Action) {
        let max = self.detail_max();
        if let Some(d) = &mut self.detail {
            // The pane's height is known once a frame has shown it; 10 lines until then.
            let page = match self.measured.detail_rows {
                0 => 10,
                rows => rows.saturating_sub(1).max(1),
            };
            d.scroll = match action {
                Action::PageUp => d.scroll.saturating_sub(page),
                Action::PageDown => d.scroll.saturating_add(page),
                Action::Top => 0,
                _ => u16::MAX,
            }
            .min(max);
            return;
        }
        if let Some(t) = self.view_mut().focused_mut() {
            match action {
                Action::PageUp => t.page_up(),
                Action::PageDown => t.page_down(),
                Action::Top => t.top(),
                _ => t.bottom(),
            }
        }
    }

    fn open(&mut self) {
        if self.panel == Panel::Directions {
            self.open_direction();
            return;
        }
        let Some(t) = self.table() else { return };
        let target = t.selected_row().and_then(|r| rows::target(t.id, &self.review, r));
        if let Some(target) = target {
            self.detail = Some(Detail { target, scroll: 0 });
        }
    }

    fn click(&mut self, section: usize, row: usize) {
        let v = self.view_mut();
        if section >= v.tables.len() {
            return;
        }
        let again = v.section == section && v.tables[section].selected == row;
        v.section = section;
        v.tables[section].select(row);
        if again {
            self.open();
        }
    }

    fn edit_filter(&mut self, edit: impl FnOnce(&mut String)) {
        if self.panel == Panel::Directions {
            edit(&mut self.directions.filter);
            self.directions.selected = 0;
            self.directions.generation += 1;
            return;
        }
        let Some(t) = self.views[self.panel.index()].focused_mut() else {
            return;
        };
        edit(&mut t.filter);
        t.requery(&self.review);
    }

    fn resort(&mut self, change: impl FnOnce(&mut TableView)) {
        let Some(t) = self.views[self.panel.index()].focused_mut() else {
            return;
        };
        change(t);
        t.requery(&self.review);
    }

    /// The largest useful detail scroll, once a frame has measured the pane.
    fn detail_max(&self) -> u16 {
        if self.measured.detail_rows == 0 {
            u16::MAX
        } else {
            self.measured.detail_max_scroll
        }
    }

    fn measured(&mut self, vp: Viewport) {
        self.measured = vp;
        self.apply_table_rows();
        if let (Some(d), true) = (&mut self.detail, vp.detail_rows > 0) {
            d.scroll = d.scroll.min(vp.detail_max_scroll);
        }
    }

    /// Gives the current panel's tables the heights the last frame measured.
    fn apply_table_rows(&mut self) {
        let rows = self.measured.table_rows;
        for (t, rows) in self.view_mut().tables.iter_mut().zip(rows) {
            t.set_page(usize::from(rows));
        }
    }

    /// Replaces the data under review and refreshes every table, keeping each selection on the
    /// same item or district where it still exists.
    pub fn reload(&mut self, review: Review) {
        self.refresh(|rv| *rv = review);
    }

    /// The status filter of the focused table (for titles).
    #[must_use]
    pub fn status_filter(&self) -> StatusFilter {
        self.table().map_or(StatusFilter::All, |t| t.status)
    }
}

/// The sort after `sort` on a table of `cols` columns: none, each column in turn, none again.
fn next_sort(sort: Option<usize>, cols: usize) -> Option<usize> {
    match sort {
        None if cols > 0 => Some(0),
        Some(c) if c + 1 < cols => Some(c + 1),
        _ => None,
    }
}
