//! The security records of the districts' effective snapshots as one list, by date: what the
//! Security panel's lower table shows and what its detail pane opens.

use crate::model::{Date, Inspection};

use super::Review;

/// One security record of a district's effective snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Inspection,
    Training,
    Drill,
}

/// Where one security event sits: a district's effective record, which list, which entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventRef {
    pub district: usize,
    pub kind: EventKind,
    pub index: usize,
}

impl Review {
    /// The inspection an event points at, when it is one.
    #[must_use]
    pub fn inspection(&self, e: EventRef) -> Option<&Inspection> {
        let sec = self.record(e.district)?.security.as_ref()?;
        match e.kind {
            EventKind::Inspection => sec.inspections.as_ref()?.get(e.index),
            _ => None,
        }
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

    pub(super) fn compute_events(&self) -> Vec<EventRef> {
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
}
