//! The conclusion notice of a meeting (issue 10): province, date, chair, the data reviewed, the
//! headline at R with its change since C, the follow-up of earlier directions judged from the
//! data, and this meeting's directions grouped by owner. Computed once here; `markdown`,
//! `json`, `docx` and the `directions` listing (`text`) only render it.

pub mod docx;
pub mod json;
pub mod markdown;
pub mod text;

use crate::load::Dataset;
use crate::meetings::{Book, DirRef};
use crate::model::{DataDigest, Date, Direction, Meeting};
use crate::rollup::follow_up::{Judgment, judge_direction};
use crate::rollup::{Figure, Value, roll_up};

/// One direction with its reference and the data's judgment at R.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub reference: DirRef,
    pub direction: &'a Direction,
    pub judgment: Judgment,
}

/// One headline figure at R and its change since C.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlineRow {
    pub figure: Figure,
    pub value: Value,
    /// The value at C, when there is a C.
    pub before: Option<Value>,
}

impl HeadlineRow {
    /// The change since C in `lang`'s number format; `None` with no C or no change.
    #[must_use]
    pub fn change(&self, lang: crate::present::Lang) -> Option<String> {
        let before = self.before.as_ref()?;
        crate::present::figures::delta(lang, &self.value, before)
    }
}

/// Everything the notice says.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice<'a> {
    pub province: &'a str,
    pub date: Date,
    /// The meeting's record, when it has been written.
    pub meeting: Option<&'a Meeting>,
    pub as_of: Date,
    pub since: Option<Date>,
    pub headline: Vec<HeadlineRow>,
    /// Earlier meetings' directions still open when this one began.
    pub follow_up: Vec<Entry<'a>>,
    /// This meeting's own directions, in the order given.
    pub own: Vec<Entry<'a>>,
}

impl<'a> Notice<'a> {
    /// The notice of the meeting of `date`, judged at `r` (changes since `c`).
    #[must_use]
    pub fn compute(ds: &'a Dataset, book: &'a Book, date: Date, r: Date, c: Option<Date>) -> Self {
        let meeting = book.meeting(date);
        let entry = |d: Date, dir: &'a Direction| Entry {
            reference: DirRef { date: d, id: dir.id },
            direction: dir,
            judgment: judge_direction(ds, r, dir),
        };
        let after = roll_up(ds, r);
        let before = c.map(|c| roll_up(ds, c));
        let headline = Figure::ALL
            .iter()
            .map(|&figure| {
                let value = after.headline.value(figure);
                HeadlineRow {
                    figure,
                    value,
                    before: before.as_ref().map(|b| b.headline.value(figure)),
                }
            })
            .collect();
        Self {
            province: &ds.catalogue.plan.province,
            date,
            meeting,
            as_of: r,
            since: c,
            headline,
            follow_up: book
                .follow_up_of(date)
                .into_iter()
                .map(|(d, dir)| entry(d, dir))
                .collect(),
            own: meeting
                .map(|m| m.directions.iter().map(|dir| entry(date, dir)).collect())
                .unwrap_or_default(),
        }
    }

    /// The meeting's recorded data digest.
    #[must_use]
    pub fn data(&self) -> Option<&'a DataDigest> {
        self.meeting.and_then(|m| m.data.as_ref())
    }

    /// This meeting's directions grouped by owner (owners in order of first appearance).
    #[must_use]
    pub fn by_owner(&self) -> Vec<(&'a str, Vec<&Entry<'a>>)> {
        let mut groups: Vec<(&'a str, Vec<&Entry<'a>>)> = Vec::new();
        for e in &self.own {
            let owner = e.direction.owner.as_str();
            match groups.iter_mut().find(|(o, _)| *o == owner) {
                Some((_, list)) => list.push(e),
                None => groups.push((owner, vec![e])),
            }
        }
        groups
    }
}

/// R and C for a meeting's notice: R is `--as-of` when given, else the R recorded in the
/// meeting, else the latest data. C is the recorded `since` when R is the recorded R; else the
/// recorded R (the change since what this meeting saw); for a meeting not yet written, the R
/// of the last meeting before it (the change since the last meeting).
#[must_use]
pub fn dates_for(
    book: &Book,
    date: Date,
    as_of: Option<Date>,
    latest: Option<Date>,
) -> Option<(Date, Option<Date>)> {
    let meeting = book.meeting(date);
    let recorded = meeting.and_then(|m| m.review_date);
    let r = as_of.or(recorded).or(latest)?;
    let previous = || {
        book.previous(date)
            .and_then(|d| book.meeting(d))
            .and_then(|m| m.review_date)
    };
    let c = match recorded {
        Some(rec) if rec == r => meeting.and_then(|m| m.since),
        Some(rec) => Some(rec),
        None => previous(),
    };
    Some((r, c.filter(|&c| c < r)))
}
