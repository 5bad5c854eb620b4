//! The validated plan: districts and items, indexed for the loader and the roll-ups.
//!
//! Snapshots name items by id and districts by code; everything downstream works with plan
//! indices instead, so ids are interned once here and lookups are a hash away.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::model::{AppliesTo, Area, LocalText, Plan, TextIssue};
use crate::present::Lang;

use super::problem::{JsonPath, Msg, Severity};

/// A plan whose MUSTs hold, with lookups by id and code.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub plan: Plan,
    districts: IdMap,
    items: [IdMap; 3],
    /// Per area, per item: which districts (by index) it applies to.
    applies: [Vec<Vec<bool>>; 3],
}

/// An item's id, title and applicability, whatever its area.
type ItemHead<'a> = (&'a str, &'a LocalText, &'a AppliesTo);

/// Ids and codes to plan indices. Every entry of every snapshot is looked up here, and the keys
/// are a few ASCII bytes, where SipHash's setup costs more than the hashing; FNV-1a is several
/// times faster. Keys are inserted only from the plan, so hash flooding is not a concern.
type IdMap = HashMap<String, usize, BuildHasherDefault<Fnv>>;

/// The 64-bit FNV-1a hash.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A plan problem before it is placed in the text: path, severity, message.
pub(crate) type PlanIssue = (Severity, JsonPath, Msg);

fn area_slot(area: Area) -> usize {
    match area {
        Area::Task => 0,
        Area::Model => 1,
        Area::Service => 2,
    }
}

impl Catalogue {
    /// Checks every MUST of spec section 2 and indexes the plan. Returns the catalogue (when
    /// there is no error) and every issue found.
    pub(crate) fn build(plan: Plan) -> (Option<Self>, Vec<PlanIssue>) {
        let mut issues = Vec::new();
        let mut texts = Vec::new();
        let root = JsonPath::root();
        let mut err = |path: JsonPath, msg: Msg| issues.push((Severity::Error, path, msg));

        if plan.format != crate::model::PLAN_FORMAT {
            err(
                root.key("format"),
                Msg::NotPlanFormat {
                    found: plan.format.clone(),
                    want: crate::model::PLAN_FORMAT,
                },
            );
        }
        if plan.province.trim().is_empty() {
            err(root.key("province"), Msg::EmptyProvince);
        }
        if plan.districts.is_empty() {
            err(root.key("districts"), Msg::NoDistricts);
        }
        let mut districts = IdMap::default();
        for (i, d) in plan.districts.iter().enumerate() {
            let at = root.key("districts").index(i);
            if !is_code(&d.code) {
                err(at.key("code"), Msg::BadDistrictCode { code: d.code.clone() });
            } else if districts.insert(d.code.clone(), i).is_some() {
                err(at.key("code"), Msg::DistrictCodeTwice { code: d.code.clone() });
            }
            if d.name.trim().is_empty() {
                err(at.key("name"), Msg::DistrictNeedsName { code: d.code.clone() });
            }
        }

        let entries: [(Area, Vec<ItemHead<'_>>); 3] = [
            (
                Area::Task,
                plan.tasks
                    .iter()
                    .map(|t| (t.id.as_str(), &t.title, &t.applies_to))
                    .collect(),
            ),
            (
                Area::Model,
                plan.models
                    .iter()
                    .map(|m| (m.id.as_str(), &m.title, &m.applies_to))
                    .collect(),
            ),
            (
                Area::Service,
                plan.services
                    .iter()
                    .map(|s| (s.id.as_str(), &s.title, &s.applies_to))
                    .collect(),
            ),
        ];
        if let Some(title) = &plan.title {
            text_issues(&mut texts, &root.key("title"), title);
        }
        for (i, t) in plan.tasks.iter().enumerate() {
            if let Some(lead) = &t.lead {
                text_issues(&mut texts, &root.key("tasks").index(i).key("lead"), lead);
            }
        }
        let mut items: [IdMap; 3] = Default::default();
        let mut applies: [Vec<Vec<bool>>; 3] = Default::default();
        for (area, list) in entries {
            let slot = area_slot(area);
            for (i, (id, title, applies_to)) in list.into_iter().enumerate() {
                let at = root.key(area.list_name()).index(i);
                if id.trim().is_empty() {
                    err(at.key("id"), Msg::EmptyId { area });
                } else if items[slot].insert(id.to_owned(), i).is_some() {
                    err(
                        at.key("id"),
                        Msg::IdTwice {
                            area,
                            id: id.to_owned(),
                        },
                    );
                }
                if title.is_blank() {
                    err(
                        at.key("title"),
                        Msg::NeedsTitle {
                            area,
                            id: id.to_owned(),
                        },
                    );
                }
                text_issues(&mut texts, &at.key("title"), title);
                let mut mask = vec![false; plan.districts.len()];
                match applies_to {
                    AppliesTo::All => mask.iter_mut().for_each(|m| *m = true),
                    AppliesTo::Codes(codes) if codes.is_empty() => err(
                        at.key("applies_to"),
                        Msg::AppliesToNone {
                            area,
                            id: id.to_owned(),
                        },
                    ),
                    AppliesTo::Codes(codes) => {
                        for (j, code) in codes.iter().enumerate() {
                            match districts.get(code) {
                                Some(&d) => mask[d] = true,
                                None => err(
                                    at.key("applies_to").index(j),
                                    Msg::NotDistrictOfThisPlan { code: code.clone() },
                                ),
                            }
                        }
                    }
                }
                applies[slot].push(mask);
            }
        }

        issues.extend(texts);
        let ok = !issues.iter().any(|(s, _, _)| *s == Severity::Error);
        let catalogue = ok.then_some(Self {
            plan,
            districts,
            items,
            applies,
        });
        (catalogue, issues)
    }

    /// Number of districts.
    #[must_use]
    pub fn district_count(&self) -> usize {
        self.plan.districts.len()
    }

    /// Index of a district code.
    #[must_use]
    pub fn district_index(&self, code: &str) -> Option<usize> {
        self.districts.get(code).copied()
    }

    /// Number of items in an area.
    #[must_use]
    pub fn item_count(&self, area: Area) -> usize {
        self.applies[area_slot(area)].len()
    }

    /// Index of an item id in its area.
    #[must_use]
    pub fn item_index(&self, area: Area, id: &str) -> Option<usize> {
        self.items[area_slot(area)].get(id).copied()
    }

    /// Whether item `item` of `area` applies to district `district`.
    #[must_use]
    pub fn applies(&self, area: Area, item: usize, district: usize) -> bool {
        self.applies[area_slot(area)][item][district]
    }

    /// How many districts an item applies to.
    #[must_use]
    pub fn applicable_count(&self, area: Area, item: usize) -> usize {
        self.applies[area_slot(area)][item].iter().filter(|&&a| a).count()
    }

    /// The id of an item.
    #[must_use]
    pub fn item_id(&self, area: Area, item: usize) -> &str {
        match area {
            Area::Task => &self.plan.tasks[item].id,
            Area::Model => &self.plan.models[item].id,
            Area::Service => &self.plan.services[item].id,
        }
    }

    /// The title of an item, in `lang` when the plan has it (spec section 2.1).
    #[must_use]
    pub fn item_title(&self, area: Area, item: usize, lang: Lang) -> &str {
        match area {
            Area::Task => self.plan.tasks[item].title.get(lang),
            Area::Model => self.plan.models[item].title.get(lang),
            Area::Service => self.plan.services[item].title.get(lang),
        }
    }
}

/// The MUSTs and notes of spec section 2.1 for one text in two languages.
fn text_issues(issues: &mut Vec<PlanIssue>, at: &JsonPath, text: &LocalText) {
    for issue in text.issues() {
        issues.push(match issue {
            TextIssue::NoEntries => (Severity::Error, at.clone(), Msg::NoLanguages),
            TextIssue::EmptyEntry(tag) => (Severity::Error, at.key(&tag), Msg::EmptyText { tag }),
            // Section 2.1 makes an unknown tag a note, and a malformed one (`EN`, `vie`) is an
            // unknown tag too: a broken plan is fatal, and a casing slip must not stop a review.
            TextIssue::BadTag(tag) => (Severity::Note, at.key(&tag), Msg::BadTag { tag }),
            TextIssue::UnshownTag(tag) => (Severity::Note, at.key(&tag), Msg::UnshownTag { tag }),
        });
    }
}

fn is_code(code: &str) -> bool {
    (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase())
}
