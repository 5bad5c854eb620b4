//! Presentation mode's state: which slide the shared screen shows, whether it is showing, and
//! how often it advances by itself. The slides are a list ([`SLIDES`]), in the order of the
//! conference, so one can be added (directions) without renumbering the others' code: a slide
//! is found by its place in the list, and every `match` on [`Slide`] is exhaustive.
//!
//! The directions slide is last and shown only when there are directions to follow up or
//! given at this meeting ([`super::App::slides`]): a slide saying "none" on the shared screen
//! would take the chair's time for nothing, and without a meetings directory there is no
//! directions work to speak of. The slide count in the corner says which it is (`/8`, `/9`).

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
    /// The follow-up of earlier directions and this meeting's own (issue 10).
    Directions,
}

/// The slides in the order of the conference; the last, directions, only when there are any
/// ([`super::App::slides`]).
pub const SLIDES: &[Slide] = &[
    Slide::Title,
    Slide::Plan,
    Slide::Models,
    Slide::Identity,
    Slide::Security,
    Slide::Attention,
    Slide::Districts,
    Slide::Changes,
    Slide::Directions,
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
    /// Position in `slides`, kept inside it (the list shrinks when the last direction goes).
    #[must_use]
    pub fn index(&self, slides: &[Slide]) -> usize {
        self.slide.min(slides.len().saturating_sub(1))
    }

    /// The slide on screen out of `slides`.
    #[must_use]
    pub fn current(&self, slides: &[Slide]) -> Slide {
        slides.get(self.index(slides)).copied().unwrap_or(Slide::Title)
    }

    /// The next slide; the last stays the last (the presenter's key), unless `wrap` (the
    /// lobby loop).
    pub fn next(&mut self, slides: &[Slide], wrap: bool) {
        let at = self.index(slides);
        self.slide = if at + 1 < slides.len() {
            at + 1
        } else if wrap {
            0
        } else {
            at
        };
    }

    pub fn prev(&mut self, slides: &[Slide]) {
        self.slide = self.index(slides).saturating_sub(1);
    }

    pub fn first(&mut self) {
        self.slide = 0;
    }

    pub fn last(&mut self, slides: &[Slide]) {
        self.slide = slides.len().saturating_sub(1);
    }
}

impl super::App {
    /// The slides of this conference: [`SLIDES`], without directions when there are none.
    #[must_use]
    pub fn slides(&self) -> &'static [Slide] {
        match SLIDES.split_last() {
            Some((Slide::Directions, rest)) if !self.directions.any() => rest,
            _ => SLIDES,
        }
    }

    /// The slide on screen.
    #[must_use]
    pub fn slide(&self) -> Slide {
        self.presentation.current(self.slides())
    }

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
        let all = SLIDES;
        let mut p = Presentation::default();
        p.prev(all);
        assert_eq!(p.current(all), Slide::Title);
        p.next(all, false);
        assert_eq!(p.current(all), Slide::Plan);
        p.last(all);
        assert_eq!(p.current(all), Slide::Directions);
        p.next(all, false);
        assert_eq!(p.current(all), Slide::Directions);
        p.next(all, true);
        assert_eq!(p.current(all), Slide::Title);
        p.last(all);
        p.first();
        assert_eq!(p.slide, 0);
    }

    #[test]
    fn the_directions_slide_only_with_directions_and_the_list_may_shrink_under_it() {
        let mut app = crate::app::directions::tests::app();
        assert_eq!(app.slides().len(), 8);
        assert!(!app.slides().contains(&Slide::Directions));
        let book = crate::app::directions::tests::book(&app);
        app.update(crate::app::Action::Meetings(Box::new(book)));
        assert_eq!(app.slides().len(), 9);
        assert_eq!(app.slides().last(), Some(&Slide::Directions));
        app.presentation.last(app.slides());
        assert_eq!(app.slide(), Slide::Directions);
        // The book emptied under the slide: the last slide left is shown, not a missing one.
        app.update(crate::app::Action::Meetings(Box::default()));
        assert_eq!(app.slide(), Slide::Changes);
        app.presentation.prev(app.slides());
        assert_eq!(app.slide(), Slide::Districts);
    }
}
