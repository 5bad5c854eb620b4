//! The vocabulary of the console's tables: which tables exist, their columns (with the
//! priority that decides which columns a narrow terminal drops), and the typed cells rows are
//! made of. A cell knows its plain text (what the filter matches) and its sort key (ratios sort
//! by value, names in Vietnamese order); how it looks is the renderer's business.

use std::cmp::Ordering;

use crate::load::Severity;
use crate::model::Date;
use crate::present::columns::Col;
use crate::present::{Lang, num, status as words};
use crate::rollup::{Coverage, DistrictRollup, ItemChange, Status};

use super::spark::spark;
use super::text::{CollationKey, collation_key};

/// Every table the console shows. Each belongs to one panel (see [`super::panel::Panel::tables`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TableId {
    /// Overview: districts ranked by overall completion.
    League,
    /// Overview: overdue and blocked tasks.
    Attention,
    Tasks,
    Models,
    Services,
    /// Security: per district, the four layers, anti-malware, incidents and counts.
    SecDistricts,
    /// Security: every inspection, training and drill.
    SecEvents,
    /// Districts: the districts x areas matrix.
    Districts,
    /// Data: every problem from the loader.
    Problems,
    /// Data: per district, the last report and its freshness.
    Freshness,
    /// Changes: what changed between C and R.
    Changes,
}

/// How a column's text sits in its cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// One column of a table.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub title: Col,
    /// Narrowest useful width; a column that cannot get it is dropped.
    pub min: u16,
    /// Widest it grows to when there is room (`u16::MAX` for titles, which take the rest); never
    /// narrower than its heading in the interface language.
    pub max: u16,
    /// Lower is more important: when columns do not fit, the highest numbers go first.
    pub priority: u8,
    pub align: Align,
    /// Its words are never cut (statuses): it gets the width of its widest cell, up to `max`,
    /// or is dropped.
    pub whole: bool,
}

impl Column {
    pub(crate) const fn new(title: Col, min: u16, max: u16, priority: u8, align: Align) -> Self {
        Self {
            title,
            min,
            max,
            priority,
            align,
            whole: false,
        }
    }

    /// The same column, never cut (see [`Column::whole`]).
    pub(crate) const fn whole(mut self) -> Self {
        self.whole = true;
        self
    }

    /// The heading as drawn.
    #[must_use]
    pub fn title(&self, lang: Lang, ascii: bool) -> &'static str {
        self.title.text(lang, ascii)
    }
}

/// A task's warning markers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Marks {
    pub overdue: bool,
    /// Districts that completed it after its due date.
    pub late: usize,
}

/// One cell of a row, typed so that filter, sort and style agree on what it is.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Status(Status),
    /// Complete out of applicable districts or items.
    Coverage(Coverage),
    /// A percentage with one decimal; `None` when there was nothing to divide by.
    Pct(Option<f64>),
    /// The same, shown as a whole percentage for compact tables (never rounded up to 100 or
    /// down to 0 when it is not there yet).
    Share(Option<f64>),
    Count(u64),
    Date(Option<Date>),
    Marks(Marks),
    /// A task's province progress, 0..=100.
    Progress(u8),
    /// How current a district's report is at the review date.
    Fresh(Fresh),
    /// A yes/no such as one of the four security layers; `None` when not reported.
    Flag(Option<bool>),
    Severity(Severity),
    /// An item's move since C: `+ complete`, `+ overdue`, `- complete`, `was ▲ behind`.
    Moved(Option<ItemChange>),
    /// Places moved up the league since C (negative: down): `▲2`, `▼1`.
    Rank(Option<i64>),
    /// A percentage over the dates up to R, as a sparkline on a 0..100 scale (so districts
    /// compare down the column); `None` where there was no report yet.
    Trend(Vec<Option<f64>>),
    /// Nothing to show (a training has no findings).
    Empty,
}

/// How current a district's report is at the review date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fresh {
    /// Reported within 35 days of R.
    Current,
    /// The latest report is more than 35 days older than R; it still counts.
    Stale,
    /// No snapshot on or before R.
    NoReport,
}

impl Fresh {
    /// How current a district's effective report is in a roll-up.
    #[must_use]
    pub fn of(d: &DistrictRollup) -> Self {
        match (d.as_of, d.stale) {
            (None, _) => Fresh::NoReport,
            (Some(_), true) => Fresh::Stale,
            (Some(_), false) => Fresh::Current,
        }
    }
}

impl Cell {
    /// The plain words of the cell: what the filter matches and what monochrome shows after
    /// the symbol.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Status(s) => words::status(lang, *s).to_owned(),
            Cell::Coverage(c) => format!("{}/{}", c.complete, c.applicable),
            Cell::Pct(Some(p)) => num::pct(lang, *p),
            Cell::Pct(None) | Cell::Share(None) | Cell::Date(None) => "-".to_owned(),
            Cell::Share(Some(p)) => whole_pct(*p),
            Cell::Count(n) => num::int(lang, *n),
            Cell::Date(Some(d)) => num::date(lang, *d),
            Cell::Marks(m) => {
                let mut marks = Vec::new();
                if m.overdue {
                    marks.push(words::overdue(lang).to_owned());
                }
                if m.late > 0 {
                    marks.push(words::late(lang, m.late));
                }
                marks.join(" ")
            }
            Cell::Progress(p) => format!("{p} %"),
            Cell::Fresh(f) => words::fresh(lang, *f).to_owned(),
            Cell::Empty => String::new(),
            Cell::Flag(f) => words::flag(lang, *f).to_owned(),
            Cell::Severity(s) => words::severity(lang, *s).to_owned(),
            Cell::Moved(m) => m.map_or_else(String::new, |m| words::moved(lang, m)),
            Cell::Rank(Some(n)) if *n > 0 => format!("▲{n}"),
            Cell::Rank(Some(n)) if *n < 0 => format!("▼{}", n.unsigned_abs()),
            Cell::Rank(_) => String::new(),
            Cell::Trend(points) => spark(points, false),
        }
    }

    /// What the column sorts by.
    #[must_use]
    pub fn sort_key(&self) -> SortKey {
        match self {
            Cell::Text(s) => SortKey::Text(collation_key(s)),
            Cell::Status(s) => SortKey::Num(f64::from(status_rank(*s))),
            Cell::Coverage(c) => c.pct().map_or(SortKey::Missing, SortKey::Num),
            Cell::Pct(p) | Cell::Share(p) => p.map_or(SortKey::Missing, SortKey::Num),
            Cell::Count(n) => SortKey::Num(*n as f64),
            Cell::Date(d) => d.map_or(SortKey::Missing, |d| SortKey::Num(d.day_number() as f64)),
            // Overdue first, then the most late completions.
            Cell::Marks(m) => SortKey::Num(-(f64::from(u8::from(m.overdue)) * 1e6 + m.late as f64)),
            Cell::Progress(p) => SortKey::Num(f64::from(*p)),
            // Worst first, like statuses.
            Cell::Fresh(f) => SortKey::Num(match f {
                Fresh::NoReport => 0.0,
                Fresh::Stale => 1.0,
                Fresh::Current => 2.0,
            }),
            Cell::Empty => SortKey::Missing,
            Cell::Flag(f) => f.map_or(SortKey::Missing, |b| SortKey::Num(f64::from(u8::from(b)))),
            Cell::Severity(s) => SortKey::Num(*s as u8 as f64),
            // Province events first, then status changes, then nothing.
            Cell::Moved(m) => m.map_or(SortKey::Missing, |m| {
                SortKey::Num(match m {
                    ItemChange::BecameComplete => 0.0,
                    ItemChange::BecameOverdue => 1.0,
                    ItemChange::NoLongerComplete => 2.0,
                    ItemChange::Status(_) => 3.0,
                })
            }),
            // The biggest climb first.
            Cell::Rank(n) => n.map_or(SortKey::Missing, |n| SortKey::Num(-(n as f64))),
            // By where the trend ends: the share at R.
            Cell::Trend(points) => points
                .last()
                .copied()
                .flatten()
                .map_or(SortKey::Missing, SortKey::Num),
        }
    }
}

/// `83 %`: a whole percentage that never claims 100 (or 0) before it is so: 99.6 % of
/// districts done is not all of them.
#[must_use]
pub fn whole_pct(p: f64) -> String {
    let mut r = p.round();
    if r >= 100.0 && p < 100.0 {
        r = 99.0;
    } else if r <= 0.0 && p > 0.0 {
        r = 1.0;
    }
    format!("{r:.0} %")
}

/// Statuses sort worst first: what holds the province back comes to the top.
#[must_use]
pub fn status_rank(s: Status) -> u8 {
    match s {
        Status::Blocked | Status::Suspended | Status::Offline => 0,
        Status::Behind => 1,
        Status::NoReport => 2,
        Status::NotStarted | Status::Planned => 3,
        Status::OnTrack | Status::Piloting | Status::Partial => 4,
        Status::Done | Status::Operating | Status::Online => 5,
    }
}

/// A sort key. Missing values (`-`, `n/a`) sort last in both directions.
#[derive(Clone, Debug)]
pub enum SortKey {
    Num(f64),
    Text(CollationKey),
    Missing,
}

impl SortKey {
    /// Compares two keys; `descending` reverses values but keeps missing ones last.
    #[must_use]
    pub fn compare(&self, other: &SortKey, descending: bool) -> Ordering {
        let ord = match (self, other) {
            (SortKey::Missing, SortKey::Missing) => return Ordering::Equal,
            (SortKey::Missing, _) => return Ordering::Greater,
            (_, SortKey::Missing) => return Ordering::Less,
            (SortKey::Num(a), SortKey::Num(b)) => a.total_cmp(b),
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
            // A column holds one kind of cell; numbers before text if one ever mixes them.
            (SortKey::Num(_), SortKey::Text(_)) => Ordering::Less,
            (SortKey::Text(_), SortKey::Num(_)) => Ordering::Greater,
        };
        if descending { ord.reverse() } else { ord }
    }
}

/// The status filter of the item panels (`f`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    All,
    NotComplete,
    /// Tasks only: due before the review date and not complete.
    Overdue,
    /// Tasks: blocked or behind; models: suspended; services: offline.
    Lagging,
}

impl StatusFilter {
    /// The filters a table cycles through; one entry means the table has no status filter.
    #[must_use]
    pub fn cycle(table: TableId) -> &'static [StatusFilter] {
        use StatusFilter::{All, Lagging, NotComplete, Overdue};
        match table {
            TableId::Tasks => &[All, NotComplete, Overdue, Lagging],
            TableId::Models | TableId::Services => &[All, NotComplete, Lagging],
            _ => &[All],
        }
    }

    /// The filter after this one for `table`.
    #[must_use]
    pub fn next(self, table: TableId) -> StatusFilter {
        let cycle = Self::cycle(table);
        let at = cycle.iter().position(|&f| f == self).unwrap_or(0);
        cycle[(at + 1) % cycle.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_sort_by_value_and_missing_last() {
        let mut keys = [Some(19.0), None, Some(5.0), Some(11.0)];
        keys.sort_by(|a, b| Cell::Pct(*a).sort_key().compare(&Cell::Pct(*b).sort_key(), false));
        assert_eq!(keys, [Some(5.0), Some(11.0), Some(19.0), None]);
        keys.sort_by(|a, b| Cell::Pct(*a).sort_key().compare(&Cell::Pct(*b).sort_key(), true));
        assert_eq!(keys, [Some(19.0), Some(11.0), Some(5.0), None]);
    }

    #[test]
    fn status_filter_cycles_per_table() {
        let t = TableId::Tasks;
        assert_eq!(StatusFilter::All.next(t), StatusFilter::NotComplete);
        assert_eq!(StatusFilter::Lagging.next(t), StatusFilter::All);
        assert_eq!(
            StatusFilter::NotComplete.next(TableId::Models),
            StatusFilter::Lagging
        );
        assert_eq!(StatusFilter::All.next(TableId::League), StatusFilter::All);
    }
}
