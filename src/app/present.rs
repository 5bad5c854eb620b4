//! Presentation mode's state: which slide the shared screen shows, whether it is showing, and
//! how often it advances by itself. The slides are a list ([`SLIDES`]), in the order of the
//! conference, so one can be added (directions) without renumbering the others' code: a slide
//! is found by its place in the list, and every `match` on [`Slide`] is exhaustive.

use std::time::Duration;

use crate::model::Date;

/// One slide of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slide {
    /// Province, plan, review date R, comparison date C, meeting date.
    Title,
    /// Plan tasks, key tasks, overdue tasks.
    Plan,
    /// Utility models (to maintain, new) and essential public services.
    Models,
    /// Population data and electronic identification.
    Identity,
    /// Inspections, trainings, drills, four-layer districts, anti-malware, incidents.
    Security,
    /// Overdue and blocked tasks with their lead agency and the districts holding them back.
    Attention,
    /// The district league as horizontal bars.
    Districts,
    /// What changed since the last meeting (C).
    Changes,
}

/// The slides in the order of the conference.
pub const SLIDES: &[Slide] = &[
    Slide::Title,
    Slide::Plan,
    Slide::Models,
    Slide::Identity,
    Slide::Security,
    Slide::Attention,
    Slide::Districts,
    Slide::Changes,
];

/// Presentation mode: shown or not, the slide, the lobby loop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Presentation {
    /// The slides have the screen (the console keeps its state underneath).
    pub shown: bool,
    /// Position in [`SLIDES`]; kept when the console is shown, so `p` returns to it.
    pub slide: usize,
    /// `--interval`: advance by itself, looping after the last slide.
    pub interval: Option<Duration>,
    /// The meeting date for the title slide: today, read by the command line at start (the
    /// renderer never asks the clock).
    pub meeting: Option<Date>,
}

impl Presentation {
    /// The slide on screen.
    #[must_use]
    pub fn current(&self) -> Slide {
        SLIDES.get(self.slide).copied().unwrap_or(Slide::Title)
    }

    /// The next slide; the last stays the last (the presenter's key), unless `wrap` (the
    /// lobby loop).
    pub fn next(&mut self, wrap: bool) {
        self.slide = if self.slide + 1 < SLIDES.len() {
            self.slide + 1
        } else if wrap {
            0
        } else {
            SLIDES.len() - 1
        };
    }

    pub fn prev(&mut self) {
        self.slide = self.slide.saturating_sub(1);
    }

    pub fn first(&mut self) {
        self.slide = 0;
    }

    pub fn last(&mut self) {
        self.slide = SLIDES.len() - 1;
    }
}

impl super::App {
    /// Sets presentation mode up: shown at start or not (`p06 present`), its lobby loop and the
    /// meeting date for the title slide.
    #[must_use]
    pub fn with_presentation(
        mut self,
        shown: bool,
        interval: Option<Duration>,
        meeting: Option<Date>,
    ) -> Self {
        self.presentation = Presentation {
            shown,
            slide: 0,
            interval,
            meeting,
        };
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stop_at_the_ends_and_the_loop_wraps() {
        let mut p = Presentation::default();
        p.prev();
        assert_eq!(p.current(), Slide::Title);
        p.next(false);
        assert_eq!(p.current(), Slide::Plan);
        p.last();
        assert_eq!(p.current(), Slide::Changes);
        p.next(false);
        assert_eq!(p.current(), Slide::Changes);
        p.next(true);
        assert_eq!(p.current(), Slide::Title);
        p.last();
        p.first();
        assert_eq!(p.slide, 0);
    }
}
