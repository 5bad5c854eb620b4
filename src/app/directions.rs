//! The console's directions (issue 10): the meetings book as last read, which direction is
//! selected on the Directions panel, the form being filled in, the write waiting for the event
//! loop, and the last word about it. Pure state: the disk is touched only by the event loop
//! (`meetings::console`), which reports back with [`super::Action::Saved`] once the change is
//! on disk, and by the meetings watcher, which sends [`super::Action::Meetings`].

pub mod form;
mod update;

use std::path::PathBuf;

use crate::load::Dataset;
use crate::meetings::{Book, DirRef};
use crate::model::{Date, Direction, DirectionState, Subject, SubjectArea};
use crate::rollup::follow_up::{FollowUp, Judgment, judge_direction};

pub use form::{Field, FieldKind, Form, FormKind};

/// A write the event loop must carry out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    Add {
        date: Date,
        subject: Subject,
        text: String,
        owner: String,
        due: Option<Date>,
    },
    Edit {
        r: DirRef,
        text: String,
        owner: String,
        due: Option<Date>,
    },
    Done(DirRef),
    Drop(DirRef, String),
    Reopen(DirRef),
}

/// The directions side of the console.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Directions {
    /// The meetings directory (`--meetings`, `P06_MEETINGS`, `./p06-meetings`).
    pub dir: PathBuf,
    /// The current meeting (`--meeting`, else today).
    pub date: Option<Date>,
    pub book: Book,
    /// Row selected on the Directions panel.
    pub selected: usize,
    pub form: Option<Form>,
    /// Taken by the event loop, which writes and answers with `Saved`.
    pub pending: Option<Request>,
    /// The last answer: `Ok(what was saved)` or `Err(why not)`.
    pub status: Option<Result<String, String>>,
    /// Counts the changes of what the panel shows (book, filter, sort), so a redraw follows.
    pub generation: u64,
    /// The panel's filter, as typed after `/`.
    pub filter: String,
    /// The panel's order within each list (`s` cycles, `S` reverses).
    pub sort: Sort,
    pub descending: bool,
}

/// How the Directions panel orders each of its two lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// As given: meeting, then id.
    #[default]
    Given,
    Due,
    Owner,
    /// By the data's judgment, overdue first.
    Judgment,
}

impl Sort {
    /// The next order for `s`.
    #[must_use]
    pub fn next(self) -> Sort {
        match self {
            Sort::Given => Sort::Due,
            Sort::Due => Sort::Owner,
            Sort::Owner => Sort::Judgment,
            Sort::Judgment => Sort::Given,
        }
    }
}

/// Overdue first, then open, met late, met, manual: what needs the chair's word first.
fn urgency(f: FollowUp) -> u8 {
    match f {
        FollowUp::Overdue => 0,
        FollowUp::Open => 1,
        FollowUp::MetLate => 2,
        FollowUp::Met => 3,
        FollowUp::Manual => 4,
    }
}

/// Open, overdue, and met since the last meeting (earlier directions the data now judges met
/// or met late) among `rows`: the Overview's counts and the directions slide's.
#[must_use]
pub fn count(rows: &[Row<'_>]) -> (usize, usize, usize) {
    let open = rows
        .iter()
        .filter(|x| x.direction.state == DirectionState::Open)
        .count();
    let overdue = rows
        .iter()
        .filter(|x| x.judgment.follow_up == FollowUp::Overdue)
        .count();
    let met = rows
        .iter()
        .filter(|x| x.section == Section::FollowUp)
        .filter(|x| matches!(x.judgment.follow_up, FollowUp::Met | FollowUp::MetLate))
        .count();
    (open, overdue, met)
}

/// Which list a row of the panel belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// An earlier meeting's direction still open when this one began.
    FollowUp,
    /// This meeting's.
    Own,
}

/// One row of the Directions panel.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    pub section: Section,
    pub reference: DirRef,
    pub direction: &'a Direction,
    pub judgment: Judgment,
}

impl Directions {
    /// Whether there is any direction to show: earlier ones still to follow up at this
    /// meeting, or this meeting's own. Decides whether presentation has a directions slide.
    #[must_use]
    pub fn any(&self) -> bool {
        self.date.is_some_and(|date| {
            !self.book.follow_up_of(date).is_empty()
                || self.book.meeting(date).is_some_and(|m| !m.directions.is_empty())
        })
    }

    /// Every row at review date `r`, the follow-up first, then this meeting's; in the given
    /// order, without the panel's filter (the slide shows them all).
    #[must_use]
    pub fn all_rows<'a>(&'a self, ds: &Dataset, r: Date) -> Vec<Row<'a>> {
        let Some(date) = self.date else {
            return Vec::new();
        };
        let row = |section, d: Date, dir: &'a Direction| Row {
            section,
            reference: DirRef { date: d, id: dir.id },
            direction: dir,
            judgment: judge_direction(ds, r, dir),
        };
        let mut out: Vec<Row<'a>> = self
            .book
            .follow_up_of(date)
            .into_iter()
            .map(|(d, dir)| row(Section::FollowUp, d, dir))
            .collect();
        if let Some(m) = self.book.meeting(date) {
            out.extend(m.directions.iter().map(|dir| row(Section::Own, date, dir)));
        }
        out
    }

    /// The slide's rows: as [`Self::all_rows`], the follow-up what needs the chair's word
    /// first (overdue, open, ...), so a list cut short on a small screen keeps the overdue.
    #[must_use]
    pub fn slide_rows<'a>(&'a self, ds: &Dataset, r: Date) -> Vec<Row<'a>> {
        let mut out = self.all_rows(ds, r);
        // Stable: within a judgment, the given order. This meeting's keep theirs.
        out.sort_by_key(|x| match x.section {
            Section::FollowUp => (false, urgency(x.judgment.follow_up)),
            Section::Own => (true, 0),
        });
        out
    }

    /// The panel's rows at review date `r`: the follow-up first, then this meeting's; the
    /// panel's filter and order applied.
    #[must_use]
    pub fn rows<'a>(&'a self, ds: &Dataset, r: Date) -> Vec<Row<'a>> {
        let mut out = self.all_rows(ds, r);
        let query = crate::app::text::fold(&self.filter);
        if !query.trim().is_empty() {
            out.retain(|r| {
                let d = r.direction;
                let hay = crate::app::text::fold(&format!(
                    "{} {} {} {} {} {} {}",
                    r.reference,
                    d.subject.id.as_deref().unwrap_or(""),
                    d.subject.district.as_deref().unwrap_or(""),
                    d.subject.area,
                    d.text,
                    d.owner,
                    r.judgment.follow_up.as_str()
                ));
                crate::app::text::matches(&hay, &query)
            });
        }
        if self.sort != Sort::Given || self.descending {
            // Stable, and within each list: the follow-up stays above this meeting's.
            out.sort_by(|a, b| {
                let key = match self.sort {
                    Sort::Given => std::cmp::Ordering::Equal,
                    Sort::Due => a.direction.due.cmp(&b.direction.due),
                    Sort::Owner => a.direction.owner.cmp(&b.direction.owner),
                    Sort::Judgment => urgency(a.judgment.follow_up).cmp(&urgency(b.judgment.follow_up)),
                };
                let key = if self.descending { key.reverse() } else { key };
                (a.section == Section::Own)
                    .cmp(&(b.section == Section::Own))
                    .then(key)
            });
        }
        out
    }

    /// The Overview's counts over the rows in view: open, overdue, and met since the last
    /// meeting (earlier directions the data now judges met or met late).
    #[must_use]
    pub fn counts(&self, ds: &Dataset, r: Date) -> (usize, usize, usize) {
        count(&self.rows(ds, r))
    }

    /// Every direction about a subject, from every meeting, for a detail pane.
    #[must_use]
    pub fn about(
        &self,
        area: SubjectArea,
        id: Option<&str>,
        district: Option<&str>,
    ) -> Vec<(DirRef, &Direction)> {
        self.book
            .about(area, id, district)
            .into_iter()
            .map(|(date, d)| (DirRef { date, id: d.id }, d))
            .collect()
    }
}

#[cfg(test)]
#[path = "directions/tests.rs"]
pub(crate) mod tests;
