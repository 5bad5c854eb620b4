//! The non-interactive views of a review: text for a terminal, markdown for meeting minutes, CSV
//! for spreadsheets and JSON for machines (spec section 6). Every renderer is a pure function of
//! a [`ReportInput`]; choosing dates, loading and writing belong to `commands`.
//!
//! [`ReportData::compute`] and [`resolve_dates`] are shared with the terminal UI, so that both
//! agree on which dates are valid and on what a review date shows.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod text;
pub mod xlsx;

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::load::{Dataset, Problem};
use crate::model::{Area, Date, Task};
use crate::rollup::{
    ChangeKind, ChangeValue, Changes, ItemRollup, Rollup, Status, changes, district_status, roll_up,
};

/// Everything a renderer reads: the data set, the roll-up at R, and optionally the roll-up at C
/// with the changes between them.
#[derive(Clone, Copy)]
pub struct ReportInput<'a> {
    pub ds: &'a Dataset,
    pub now: &'a Rollup,
    pub before: Option<&'a Rollup>,
    pub changes: Option<&'a Changes>,
    /// The problems at R, stale warnings included.
    pub problems: &'a [Problem],
    /// The interface language: which text of the plan's bilingual titles and leads to show.
    pub lang: crate::present::Lang,
}

/// The districts whose status of one item made the same move between C and R.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusChanges<'a> {
    pub area: Area,
    pub id: &'a str,
    pub from: Status,
    pub to: Status,
    /// Names, in plan order.
    pub districts: Vec<&'a str>,
    /// How many districts the item applies to.
    pub applicable: usize,
}

impl StatusChanges<'_> {
    /// The districts as words: their names, or `all 13 districts` when every applicable
    /// district made the move.
    #[must_use]
    pub fn who(&self) -> Vec<String> {
        if self.districts.len() > 1 && self.districts.len() == self.applicable {
            vec![format!("all {} districts", self.applicable)]
        } else {
            self.districts.iter().map(|&d| d.to_owned()).collect()
        }
    }
}

/// The owned results behind a [`ReportInput`], computed once per (R, C).
#[derive(Clone, Debug)]
pub struct ReportData {
    pub now: Rollup,
    pub before: Option<Rollup>,
    pub changes: Option<Changes>,
    pub problems: Vec<Problem>,
}

impl ReportData {
    /// Rolls up `ds` at `r`, and at `since` with the changes when one is given. The dates are
    /// taken as they are: check them with [`resolve_dates`] first.
    #[must_use]
    pub fn compute(ds: &Dataset, r: Date, since: Option<Date>) -> Self {
        let now = roll_up(ds, r);
        let before = since.map(|c| roll_up(ds, c));
        let changes = before.as_ref().map(|b| changes(ds, b, &now));
        Self {
            now,
            before,
            changes,
            problems: ds.problems_at(Some(r)),
        }
    }

    /// Borrows the results for a renderer.
    #[must_use]
    pub fn input<'a>(&'a self, ds: &'a Dataset) -> ReportInput<'a> {
        ReportInput {
            ds,
            now: &self.now,
            before: self.before.as_ref(),
            changes: self.changes.as_ref(),
            problems: &self.problems,
            lang: crate::present::Lang::En,
        }
    }
}

/// Settles the review date R (default: the latest snapshot not after today) and checks the comparison date C.
/// The error is a sentence for the user.
pub fn resolve_dates(
    ds: &Dataset,
    as_of: Option<Date>,
    since: Option<Date>,
) -> Result<(Date, Option<Date>), String> {
    let Some(&earliest) = ds.dates().first() else {
        return Err(format!(
            "{} has no usable snapshot, so there is nothing to report; run `p06 check` on it to see why",
            ds.source
        ));
    };
    let no_data = |d: Date| format!("no snapshot on or before {d}; the earliest is {earliest}");
    let r = match as_of {
        Some(r) if r < earliest => return Err(no_data(r)),
        Some(r) => r,
        None => match ds.latest() {
            Some(latest) => latest,
            // Only a future-dated snapshot can leave no default: never take one by default.
            None => {
                return Err(format!(
                    "every snapshot is dated after today ({}); give --as-of to review one",
                    ds.today().map_or_else(String::new, |t| t.to_string())
                ));
            }
        },
    };
    if let Some(c) = since {
        if c >= r {
            return Err(format!(
                "the comparison date {c} must be before the review date {r}"
            ));
        }
        if c < earliest {
            return Err(no_data(c));
        }
    }
    Ok((r, since))
}

impl ReportInput<'_> {
    /// The language of the plan's titles and leads (spec section 2.1), as `--lang` chose.
    #[must_use]
    pub fn lang(&self) -> crate::present::Lang {
        self.lang
    }

    /// This input, in `lang`.
    #[must_use]
    pub fn with_lang(self, lang: crate::present::Lang) -> Self {
        Self { lang, ..self }
    }

    /// The plan's entry of a task.
    #[must_use]
    pub fn task(&self, index: usize) -> &Task {
        &self.ds.catalogue.plan.tasks[index]
    }

    /// The tasks that are overdue at R, in plan order.
    pub fn overdue(&self) -> impl Iterator<Item = &ItemRollup> {
        self.now.area(Area::Task).filter(|it| it.overdue)
    }

    /// The tasks held up (blocked or behind) that are not overdue, in plan order.
    pub fn held_up(&self) -> impl Iterator<Item = &ItemRollup> {
        self.now
            .area(Area::Task)
            .filter(|it| !it.overdue && matches!(it.status, Status::Blocked | Status::Behind))
    }

    /// The applicable districts where an item is not complete at R, with their status, worst
    /// first (the order of spec 5.4), then in plan order.
    #[must_use]
    pub fn holding_back(&self, item: &ItemRollup) -> Vec<(&str, Status)> {
        let cat = &self.ds.catalogue;
        let order = Status::severity_order(item.area);
        let rank = |s: Status| order.iter().position(|&o| o == s).unwrap_or(order.len());
        let mut out: Vec<(usize, Status)> = (0..cat.district_count())
            .filter(|&d| cat.applies(item.area, item.index, d))
            .map(|d| {
                (
                    d,
                    district_status(self.ds.effective(d, self.now.as_of), item.area, item.index),
                )
            })
            .filter(|(_, s)| !s.is_complete())
            .collect();
        out.sort_by_key(|&(d, s)| (rank(s), d));
        out.into_iter()
            .map(|(d, s)| (cat.plan.districts[d].name.as_str(), s))
            .collect()
    }

    /// The plan's security target for a headline figure, where the plan sets one.
    #[must_use]
    pub fn target(&self, figure: crate::rollup::Figure) -> Option<u64> {
        use crate::rollup::Figure;
        let t = self.ds.catalogue.plan.security.as_ref()?;
        match figure {
            Figure::Inspections => t.inspection_target,
            Figure::Trainings => t.training_target,
            Figure::Drills => t.drill_target,
            _ => None,
        }
    }

    /// The per-district status changes, one group per item and transition (first seen first),
    /// so that thirteen districts making the same move read as one line, not thirteen.
    #[must_use]
    pub fn status_changes(&self) -> Vec<StatusChanges<'_>> {
        let cat = &self.ds.catalogue;
        let mut groups: Vec<StatusChanges<'_>> = Vec::new();
        let mut index: HashMap<(Area, &str, Status, Status), usize> = HashMap::new();
        let Some(changes) = self.changes else {
            return groups;
        };
        for c in changes
            .list
            .iter()
            .filter(|c| c.kind == ChangeKind::StatusChanged)
        {
            let (Some(area), Some(id), Some(code)) = (c.area, c.id.as_deref(), c.district.as_deref()) else {
                continue;
            };
            let (Some(ChangeValue::Status(from)), Some(ChangeValue::Status(to))) = (c.from, c.to) else {
                continue;
            };
            let name = self.district_name(code);
            // Indexed, because a large province can have tens of thousands of changes.
            match index.entry((area, id, from, to)) {
                Entry::Occupied(at) => groups[*at.get()].districts.push(name),
                Entry::Vacant(slot) => {
                    slot.insert(groups.len());
                    groups.push(StatusChanges {
                        area,
                        id,
                        from,
                        to,
                        districts: vec![name],
                        applicable: cat
                            .item_index(area, id)
                            .map_or(0, |i| cat.applicable_count(area, i)),
                    });
                }
            }
        }
        groups
    }

    /// A district's name by its code; the code itself when the plan does not know it.
    #[must_use]
    pub fn district_name<'s>(&'s self, code: &'s str) -> &'s str {
        let cat = &self.ds.catalogue;
        cat.district_index(code)
            .map_or(code, |d| cat.plan.districts[d].name.as_str())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    //! A tiny data set shared by the renderers' unit tests.

    use super::*;
    use crate::load::load_memory;

    const PLAN: &str = r#"{
      "format": "p06.plan/1", "province": "Test | Province", "title": "Plan 1",
      "districts": [
        {"code": "HL", "name": "Hạ Long", "kind": "city"},
        {"code": "CT", "name": "Cô Tô", "kind": "district"}
      ],
      "tasks": [
        {"id": "T1", "title": "Clean | data", "kind": "plan", "lead": "Police", "due": "2024-06-30"},
        {"id": "T2", "title": "Border gate", "kind": "key", "applies_to": ["HL"]}
      ],
      "models": [ {"id": "M1", "title": "Cashless pensions"} ],
      "services": [ {"id": "S1", "title": "Birth registration", "applies_to": ["CT"]} ],
      "security": { "inspection_target": 2 }
    }"#;

    const SNAPS: [(&str, &str); 3] = [
        (
            "snapshots/a.json",
            r#"{"format": "p06.snapshot/1", "district": "HL", "as_of": "2024-06-30",
          "tasks": [{"id": "T1", "status": "behind", "progress": 40}, {"id": "T2", "status": "not_started"}],
          "models": [{"id": "M1", "status": "piloting"}]}"#,
        ),
        (
            "snapshots/b.json",
            r#"{"format": "p06.snapshot/1", "district": "HL", "as_of": "2024-07-31",
          "tasks": [{"id": "T1", "status": "done", "completed_on": "2024-07-10"}, {"id": "T2", "status": "blocked", "blocker": "no link"}],
          "models": [{"id": "M1", "status": "operating"}]}"#,
        ),
        (
            "snapshots/c.json",
            r#"{"format": "p06.snapshot/1", "district": "CT", "as_of": "2024-06-30",
          "tasks": [{"id": "T1", "status": "on_track", "progress": 50}],
          "models": [{"id": "M1", "status": "operating"}], "services": [{"id": "S1", "status": "partial"}],
          "security": {"inspections": [{"unit": "Finance", "date": "2024-06-01"}]}}"#,
        ),
    ];

    pub(crate) fn dataset() -> Dataset {
        let files: Vec<(String, &[u8])> = SNAPS
            .iter()
            .map(|(p, s)| ((*p).to_owned(), s.as_bytes()))
            .collect();
        load_memory("test", PLAN.as_bytes(), &files).unwrap_or_else(|e| panic!("{e}"))
    }

    pub(crate) fn date(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The test data at 2024-07-31, since 2024-06-30.
    pub(crate) fn data(ds: &Dataset) -> ReportData {
        ReportData::compute(ds, date("2024-07-31"), Some(date("2024-06-30")))
    }

    #[test]
    fn dates_are_checked_against_the_data() {
        let ds = dataset();
        assert_eq!(resolve_dates(&ds, None, None), Ok((date("2024-07-31"), None)));
        assert_eq!(
            resolve_dates(&ds, Some(date("2023-01-01")), None),
            Err("no snapshot on or before 2023-01-01; the earliest is 2024-06-30".into())
        );
        assert_eq!(
            resolve_dates(&ds, None, Some(date("2024-06-01"))),
            Err("no snapshot on or before 2024-06-01; the earliest is 2024-06-30".into())
        );
        assert!(
            resolve_dates(&ds, Some(date("2024-06-30")), Some(date("2024-06-30")))
                .is_err_and(|e| e.contains("must be before"))
        );
        assert!(resolve_dates(&ds, Some(date("2025-01-01")), Some(date("2024-06-30"))).is_ok());
    }

    #[test]
    fn districts_holding_an_item_back_come_worst_first() {
        let ds = dataset();
        let data = data(&ds);
        let input = data.input(&ds);
        let t2 = &input.now.items[1];
        assert_eq!(input.holding_back(t2), vec![("Hạ Long", Status::Blocked)]);
        let t1 = &input.now.items[0];
        assert!(t1.overdue);
        assert_eq!(input.holding_back(t1), vec![("Cô Tô", Status::OnTrack)]);
        assert_eq!(input.held_up().map(|it| it.index).collect::<Vec<_>>(), vec![1]);
    }
}
