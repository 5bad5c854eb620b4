//! The data under review: the loaded data set, the review date R and comparison date C, and
//! everything computed from them. Computed once per (data, R, C): `App::update` recomputes it
//! when one of them changes (the date keys, live reload), never the renderer. The history of
//! every figure over all dates depends on the data only, so moving R or C keeps it.

mod events;
mod time;

pub use events::{EventKind, EventRef};

use crate::load::{Dataset, Problem, Record};
use crate::model::{Area, Date};
use crate::rollup::{
    Changes, History, ItemChange, ItemRollup, Rollup, Status, changes, district_status, history,
    history_from, item_change, league, online_rates, rank_changes, roll_up,
};

/// The loaded data and every figure at R (and at C when there is one).
#[derive(Debug)]
pub struct Review {
    pub ds: Dataset,
    /// R: the review date.
    pub review: Date,
    /// C: the comparison date, before R.
    pub since: Option<Date>,
    /// C was chosen (`--since`, `{`, `}`) rather than left to default to the snapshot date
    /// before R. A chosen C stays put when R moves, as long as it stays before R.
    pub since_pinned: bool,
    pub rollup: Rollup,
    /// The roll-up at C, for the deltas on the Overview.
    pub before: Option<Rollup>,
    /// What changed from C to R (empty without C): the Changes panel.
    pub changes: Changes,
    /// Per area, per item (plan order): how it moved since C. Empty without C.
    item_changes: [Vec<Option<ItemChange>>; 3],
    /// Per district (plan order): places moved up the league since C (negative: down).
    /// Empty without C.
    pub rank_moves: Vec<i64>,
    /// Every figure at every snapshot date, for the trends.
    pub history: History,
    /// Load problems plus the stale warnings at R (what `p06 check` lists), plus `extra`;
    /// errors first.
    pub problems: Vec<Problem>,
    /// Problems that belong to no file's outcome: a plan that turned bad during live reload.
    pub extra: Vec<Problem>,
    /// Districts (plan indices) by overall completion, best first: the league table.
    pub league: Vec<usize>,
    /// Task indices that are overdue or blocked at R, in plan order.
    pub attention: Vec<usize>,
    /// Per task of `attention`: the codes of the districts holding it back, space-separated.
    /// Computed here, once per R, since each is a pass over every district: per frame it was
    /// most of the Overview's drawing time at nation scale.
    pub attention_held: Vec<String>,
    /// Every inspection, training and drill in the effective snapshots, by date.
    pub events: Vec<EventRef>,
    /// Per service: Σ online / Σ total applications over the effective snapshots, in percent.
    pub online_rate: Vec<Option<f64>>,
}

impl Review {
    /// Rolls `ds` up at `review` (default: the latest snapshot date not after today) and `since` (default: the
    /// snapshot date before R; one given here is pinned).
    #[must_use]
    pub fn new(ds: Dataset, review: Option<Date>, since: Option<Date>) -> Self {
        // Every snapshot dated after today: review at today, where none is effective yet.
        let review = review
            .or_else(|| ds.latest())
            .or_else(|| ds.today().filter(|_| !ds.dates().is_empty()))
            .unwrap_or_else(|| time::fallback_date(&ds));
        let rollup = roll_up(&ds, review);
        let history = history(&ds);
        let mut rv = Self {
            ds,
            review,
            since: None,
            since_pinned: false,
            rollup,
            before: None,
            changes: Changes::default(),
            item_changes: Default::default(),
            rank_moves: Vec::new(),
            history,
            problems: Vec::new(),
            extra: Vec::new(),
            league: Vec::new(),
            attention: Vec::new(),
            attention_held: Vec::new(),
            events: Vec::new(),
            online_rate: Vec::new(),
        };
        rv.derive(since, since.is_some());
        rv
    }

    /// Moves to other dates. `since` is kept when `pinned` and before R; otherwise C is the
    /// snapshot date before R.
    pub fn set_dates(&mut self, review: Date, since: Option<Date>, pinned: bool) {
        self.review = review;
        self.rollup = roll_up(&self.ds, review);
        self.derive(since, pinned);
    }

    /// Changes the data in place (live reload): `change` gets the data set and the extra
    /// problems. A review at the latest date stays at the latest date, so a new snapshot date
    /// moves R along; any other R stays. C follows the rules of [`Self::set_dates`].
    ///
    /// `from`: the change touched no record dated before it, so the history before it is
    /// kept ([`history_from`]); `None` when that is not known.
    pub fn update_data(&mut self, from: Option<Date>, change: impl FnOnce(&mut Dataset, &mut Vec<Problem>)) {
        // A review moved on purpose to a future-dated snapshot is not "at the latest".
        let at_latest =
            self.ds.latest().is_none_or(|latest| self.review >= latest) && !self.ds.is_future(self.review);
        change(&mut self.ds, &mut self.extra);
        self.history = history_from(&self.ds, &self.history, from);
        let review = match self.ds.latest() {
            Some(latest) if at_latest => latest,
            _ => self.review,
        };
        self.set_dates(review, self.since, self.since_pinned);
    }

    /// Everything that follows from the data, R and its roll-up, and the choice of C.
    fn derive(&mut self, since: Option<Date>, pinned: bool) {
        let ds = &self.ds;
        let chosen = since.filter(|&c| pinned && c < self.review);
        self.since = chosen.or_else(|| time::date_before(ds, self.review));
        self.since_pinned = chosen.is_some();
        self.before = self.since.map(|c| roll_up(ds, c));
        self.problems = ds.problems_at(Some(self.review));
        self.problems.extend(self.extra.iter().cloned());
        // The operator's worklist: errors first (a file that turned bad during live reload is
        // news), then warnings and notes, each by file and line.
        self.problems
            .sort_by(|a, b| (a.severity, a.sort_key()).cmp(&(b.severity, b.sort_key())));
        let now = &self.rollup;
        (self.changes, self.item_changes, self.rank_moves) = match &self.before {
            Some(b) => (
                changes(ds, b, now),
                Area::ALL.map(|a| {
                    b.area(a)
                        .zip(now.area(a))
                        .map(|(b, r)| item_change(b, r))
                        .collect()
                }),
                rank_changes(b, now),
            ),
            None => Default::default(),
        };
        self.league = league(now);
        self.attention = now
            .area(Area::Task)
            .filter(|it| it.overdue || it.status == Status::Blocked)
            .map(|it| it.index)
            .collect();
        self.attention_held = self
            .attention
            .iter()
            .map(|&t| super::rows::held_back_by(self, Area::Task, t))
            .collect();
        self.events = self.compute_events();
        self.online_rate = online_rates(&self.ds, self.review);
    }

    /// The roll-up of one item.
    #[must_use]
    pub fn item(&self, area: Area, index: usize) -> Option<&ItemRollup> {
        self.rollup.item(area, index)
    }

    /// How an item moved since C, if it did.
    #[must_use]
    pub fn item_change(&self, area: Area, index: usize) -> Option<ItemChange> {
        let slot = Area::ALL.iter().position(|&a| a == area)?;
        self.item_changes[slot].get(index).copied().flatten()
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
}
