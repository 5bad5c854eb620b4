//! How `update` changes the data under review: moving R and C (`[` `]` `{` `}`), asking the
//! loader to read everything again (`r`), and applying what the loader read. Each goes through
//! [`App::refresh`], which keeps every table's selection, and the detail pane, on the same
//! item or district by its key, since rows move when the data or the dates do.

use super::App;
use super::detail::{Detail, Target};
use super::live::{self, Batch, Found, Request};
use super::review::Review;
use super::rows;
use super::table::TableId;
use crate::present::notices::Notice;

use crate::model::Area;

/// The table and row a detail pane's subject is shown in, to find it again by key.
fn anchor(rv: &Review, target: Target) -> Option<(TableId, usize)> {
    Some(match target {
        Target::Item(Area::Task, i) => (TableId::Tasks, i),
        Target::Item(Area::Model, i) => (TableId::Models, i),
        Target::Item(Area::Service, i) => (TableId::Services, i),
        Target::District(d) => (TableId::Districts, d),
        Target::Event(e) => (TableId::SecEvents, rv.events.iter().position(|&x| x == e)?),
        Target::Problem(p) => (TableId::Problems, p),
    })
}

impl App {
    /// Changes the review with `change`, then rebuilds every table, each keeping its selected
    /// row by key (or its position when that row is gone), and re-finds the detail pane's
    /// subject (closing the pane when it is gone).
    pub(super) fn refresh(&mut self, change: impl FnOnce(&mut Review)) {
        let rv = &self.review;
        let keys: Vec<Vec<Option<String>>> = self
            .views
            .iter()
            .map(|v| {
                v.tables
                    .iter()
                    .map(|t| t.selected_row().map(|r| rows::key(t.id, rv, r)))
                    .collect()
            })
            .collect();
        let detail = self.detail.and_then(|d| {
            let (table, row) = anchor(rv, d.target)?;
            Some((d, table, rows::key(table, rv, row)))
        });
        change(&mut self.review);
        let rv = &self.review;
        for (v, keys) in self.views.iter_mut().zip(keys) {
            for (t, key) in v.tables.iter_mut().zip(keys) {
                let keep = key.and_then(|k| rows::find(t.id, rv, &k));
                t.reload(rv, keep);
            }
        }
        self.detail = detail.and_then(|(d, table, key)| {
            let row = rows::find(table, rv, &key)?;
            Some(Detail {
                target: rows::target(table, rv, row)?,
                scroll: d.scroll,
            })
        });
    }

    /// `[` and `]`: R to the previous or next snapshot date. A C that was chosen stays while
    /// it is before R; otherwise C follows R as the date before it (the last meeting).
    pub(super) fn move_review(&mut self, later: bool) {
        let rv = &self.review;
        let to = if later {
            rv.date_after(rv.review)
        } else {
            rv.date_before(rv.review)
        };
        let Some(r) = to else {
            self.say(Notice::ReviewAtEnd { latest: later });
            return;
        };
        let (c, pinned) = (rv.since, rv.since_pinned);
        self.refresh(|rv| rv.set_dates(r, c, pinned));
    }

    /// `{` and `}`: C to the previous or next snapshot date, staying before R; C is then kept
    /// when R moves.
    pub(super) fn move_since(&mut self, later: bool) {
        let rv = &self.review;
        let Some(c) = rv.since else {
            self.say(Notice::NoSince);
            return;
        };
        let to = if later {
            rv.date_after(c).filter(|&d| d < rv.review)
        } else {
            rv.date_before(c)
        };
        let Some(c) = to else {
            self.say(if later {
                Notice::SinceBeforeReview
            } else {
                Notice::SinceAtStart
            });
            return;
        };
        let r = rv.review;
        self.refresh(|rv| rv.set_dates(r, Some(c), true));
    }

    /// `r`: asks the loader thread to read the whole directory again; the answer comes back as
    /// [`super::Action::Loaded`].
    pub(super) fn request_reload(&mut self) {
        let sent = self
            .live
            .loader
            .as_ref()
            .is_some_and(|tx| tx.send(Request::All).is_ok());
        self.say(match (&self.live.data, sent) {
            (None, _) => Notice::DemoBuiltIn,
            (Some(_), true) => Notice::Reloading,
            (Some(_), false) => Notice::LoaderDown,
        });
    }

    /// Puts a notice on the status line, in the interface language.
    fn say(&mut self, n: Notice) {
        self.live.notice = Some(n.text(self.look.lang).to_owned());
    }

    /// Applies what the loader read, and says what changed.
    pub(super) fn loaded(&mut self, batch: Batch) {
        if let Found::Watching(on) = batch.found {
            self.live.lost = !on;
            self.live.generation += 1;
            return;
        }
        let mut notice = None;
        let mut old = None;
        let lang = self.look.lang;
        let from = live::earliest_change(&self.review.ds, &batch.found);
        self.refresh(|rv| {
            rv.update_data(from, |ds, extra| match batch.found {
                Found::Applied(a) => {
                    let a = *a;
                    old = Some(std::mem::replace(ds, *a.ds));
                    *extra = a.extra;
                    notice = Some(a.notice);
                }
                found => notice = live::apply(ds, extra, found, lang),
            });
        });
        // Freeing a nation's data set takes a while: the loader thread does it.
        if let (Some(old), Some(tx)) = (old, &self.live.loader) {
            let _ = tx.send(Request::Discard(Box::new(old)));
        }
        if notice.is_some() {
            self.live.notice = notice;
        }
        self.live.generation += 1;
    }
}
