//! The data under review: the loaded data set, the review date R and comparison date C, and
//! everything computed from them. Built once per (data, R, C); `App::update` rebuilds it when
//! one of them changes (live reload and the date keys of the next issue), never the renderer.

use crate::load::{Dataset, Problem, Record};
use crate::model::{Area, Date, Inspection};
use crate::rollup::{ItemRollup, Rollup, Status, district_status, league, pct, roll_up};

/// The review date to use when the data has no snapshot at all: nothing is reported at any
/// date, so the roll-up is the same whichever date it is; the header says "no snapshots".
fn fallback_date(ds: &Dataset) -> Date {
    ds.catalogue
        .plan
        .issued
        .or_else(|| Date::new(2000, 1, 1))
        .unwrap_or_else(|| unreachable!("2000-01-01 is a real date"))
}

/// One security record of a district's effective snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Inspection,
    Training,
    Drill,
}

impl EventKind {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            EventKind::Inspection => "inspection",
            EventKind::Training => "training",
            EventKind::Drill => "drill",
        }
    }
}

/// Where one security event sits: a district's effective record, which list, which entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventRef {
    pub district: usize,
    pub kind: EventKind,
    pub index: usize,
}

/// The loaded data and every figure at R (and at C when there is one).
#[derive(Debug)]
pub struct Review {
    pub ds: Dataset,
    /// R: the review date.
    pub review: Date,
    /// C: the comparison date, before R.
    pub since: Option<Date>,
    pub rollup: Rollup,
    /// The roll-up at C, for the deltas on the Overview.
    pub before: Option<Rollup>,
    /// Load problems plus the stale warnings at R (what `p06 check` lists).
    pub problems: Vec<Problem>,
    /// Districts (plan indices) by overall completion, best first: the league table.
    pub league: Vec<usize>,
    /// Task indices that are overdue or blocked at R, in plan order.
    pub attention: Vec<usize>,
    /// Every inspection, training and drill in the effective snapshots, by date.
    pub events: Vec<EventRef>,
    /// Per service: Σ online / Σ total applications over the effective snapshots, in percent.
    pub online_rate: Vec<Option<f64>>,
}

impl Review {
    /// Rolls `ds` up at `review` (default: the latest snapshot date) and `since` (default: the
    /// snapshot date before R).
    #[must_use]
    pub fn new(ds: Dataset, review: Option<Date>, since: Option<Date>) -> Self {
        let review = review
            .or_else(|| ds.latest())
            .unwrap_or_else(|| fallback_date(&ds));
        let since = since.or_else(|| ds.dates().iter().rev().find(|&&d| d < review).copied());
        let rollup = roll_up(&ds, review);
        let before = since.map(|c| roll_up(&ds, c));
        let problems = ds.problems_at(Some(review));
        let mut rv = Self {
            ds,
            review,
            since,
            rollup,
            before,
            problems,
            league: Vec::new(),
            attention: Vec::new(),
            events: Vec::new(),
            online_rate: Vec::new(),
        };
        rv.league = league(&rv.rollup);
        rv.attention = rv
            .rollup
            .area(Area::Task)
            .filter(|it| it.overdue || it.status == Status::Blocked)
            .map(|it| it.index)
            .collect();
        rv.events = rv.compute_events();
        rv.online_rate = rv.compute_online_rate();
        rv
    }

    /// The roll-up of one item. `Rollup::items` holds tasks, then models, then services, each
    /// in plan order, so this is an index, not a search (tables with thousands of rows ask it
    /// once per visible row per frame).
    #[must_use]
    pub fn item(&self, area: Area, index: usize) -> Option<&ItemRollup> {
        let cat = &self.ds.catalogue;
        let offset = match area {
            Area::Task => 0,
            Area::Model => cat.item_count(Area::Task),
            Area::Service => cat.item_count(Area::Task) + cat.item_count(Area::Model),
        };
        self.rollup
            .items
            .get(offset + index)
            .filter(|it| it.area == area && it.index == index)
            .or_else(|| self.rollup.item(area, index))
    }

    /// The effective record of a district at R.
    #[must_use]
    pub fn record(&self, district: usize) -> Option<&Record> {
        self.ds.effective(district, self.review)
    }

    /// The status a district gives an item at R.
    #[must_use]
    pub fn district_status(&self, area: Area, item: usize, district: usize) -> Status {
        district_status(self.record(district), area, item)
    }

    /// The applicable districts that have not completed an item at R: those holding it back.
    #[must_use]
    pub fn holding_back(&self, area: Area, item: usize) -> Vec<usize> {
        let cat = &self.ds.catalogue;
        (0..cat.district_count())
            .filter(|&d| cat.applies(area, item, d) && !self.district_status(area, item, d).is_complete())
            .collect()
    }

    /// A district's code.
    #[must_use]
    pub fn code(&self, district: usize) -> &str {
        &self.ds.catalogue.plan.districts[district].code
    }

    /// A district's name.
    #[must_use]
    pub fn name(&self, district: usize) -> &str {
        &self.ds.catalogue.plan.districts[district].name
    }

    /// The inspection an event points at, when it is one.
    #[must_use]
    pub fn inspection(&self, e: EventRef) -> Option<&Inspection> {
        let sec = self.record(e.district)?.security.as_ref()?;
        match e.kind {
            EventKind::Inspection => sec.inspections.as_ref()?.get(e.index),
            _ => None,
        }
    }

    fn compute_events(&self) -> Vec<EventRef> {
        let mut events = Vec::new();
        for d in 0..self.ds.catalogue.district_count() {
            let Some(sec) = self.record(d).and_then(|r| r.security.as_ref()) else {
                continue;
            };
            let lists = [
                (
                    EventKind::Inspection,
                    sec.inspections.as_ref().map_or(0, Vec::len),
                ),
                (EventKind::Training, sec.trainings.as_ref().map_or(0, Vec::len)),
                (EventKind::Drill, sec.drills.as_ref().map_or(0, Vec::len)),
            ];
            for (kind, n) in lists {
                events.extend((0..n).map(|index| EventRef {
                    district: d,
                    kind,
                    index,
                }));
            }
        }
        events.sort_by_key(|&e| self.event_date(e));
        events
    }

    /// The date of a security event.
    #[must_use]
    pub fn event_date(&self, e: EventRef) -> Option<Date> {
        let sec = self.record(e.district)?.security.as_ref()?;
        match e.kind {
            EventKind::Inspection => sec.inspections.as_ref()?.get(e.index).map(|i| i.date),
            EventKind::Training => sec.trainings.as_ref()?.get(e.index).map(|t| t.date),
            EventKind::Drill => sec.drills.as_ref()?.get(e.index).map(|t| t.date),
        }
    }

    fn compute_online_rate(&self) -> Vec<Option<f64>> {
        let cat = &self.ds.catalogue;
        (0..cat.item_count(Area::Service))
            .map(|s| {
                let (mut online, mut total) = (0u64, 0u64);
                for d in (0..cat.district_count()).filter(|&d| cat.applies(Area::Service, s, d)) {
                    let apps = self
                        .record(d)
                        .and_then(|r| r.services.as_ref())
                        .and_then(|l| l[s].as_ref())
                        .and_then(|st| st.applications);
                    if let Some(a) = apps {
                        online += a.online;
                        total += a.total;
                    }
                }
                pct(online, total)
            })
            .collect()
    }
}
