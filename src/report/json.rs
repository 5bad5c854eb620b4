//! The machine-readable report of spec section 6. The structs below fix the key order of the
//! contract (serde_json keeps struct field order); keys beyond the contract come after the
//! contract's own and are listed in the README (additions to the contract).

use serde::Serialize;

use crate::load::Problem;
use crate::model::{Area, Date, Group, TaskKind};
use crate::rollup::{Change, Coverage, DistrictJson, Headline, ItemRollup, Status};

use super::ReportInput;

/// The `format` value of a report.
pub const REPORT_FORMAT: &str = "p06.report/1";

/// The report object.
#[derive(Serialize)]
pub struct Report<'a> {
    pub format: &'static str,
    pub as_of: Date,
    pub since: Option<Date>,
    pub headline: &'a Headline,
    pub items: Vec<Item<'a>>,
    pub districts: Vec<DistrictJson<'a>>,
    pub changes: &'a [Change],
    pub problems: &'a [Problem],
}

/// One item of the report. The first eight keys are the contract's; the rest are additions.
#[derive(Serialize)]
pub struct Item<'a> {
    pub area: Area,
    pub id: &'a str,
    pub title: &'a str,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<u8>,
    pub complete: bool,
    pub overdue: bool,
    pub coverage: Coverage,
    /// Tasks: `plan` or `key`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<TaskKind>,
    /// Models: whether it is a new model (as opposed to one to maintain).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
    /// Tasks: the lead agency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead: Option<&'a str>,
    /// Tasks: the due date, `null` when the plan sets none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<Option<Date>>,
    /// Tasks: how many districts completed it after its due date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late_districts: Option<usize>,
}

static NO_CHANGES: [Change; 0] = [];

/// The report as a value, for callers that embed it.
#[must_use]
pub fn report<'a>(input: &ReportInput<'a>) -> Report<'a> {
    Report {
        format: REPORT_FORMAT,
        as_of: input.now.as_of,
        since: input.before.map(|b| b.as_of),
        headline: &input.now.headline,
        items: input.now.items.iter().map(|it| item(input, it)).collect(),
        districts: input.now.districts.iter().map(|d| d.to_json(input.ds)).collect(),
        changes: input.changes.map_or(&NO_CHANGES[..], |c| &c.list[..]),
        problems: input.problems,
    }
}

fn item<'a>(input: &ReportInput<'a>, it: &ItemRollup) -> Item<'a> {
    let plan = &input.ds.catalogue.plan;
    let mut out = Item {
        area: it.area,
        id: input.ds.catalogue.item_id(it.area, it.index),
        title: input.ds.catalogue.item_title(it.area, it.index, input.lang()),
        status: it.status,
        progress: it.progress,
        complete: it.complete,
        overdue: it.overdue,
        coverage: it.coverage,
        kind: None,
        new: None,
        group: None,
        lead: None,
        due: None,
        late_districts: None,
    };
    match it.area {
        Area::Task => {
            let t = &plan.tasks[it.index];
            out.kind = Some(t.kind);
            out.group = t.group;
            out.lead = t.lead.as_ref().map(|l| l.get(input.lang()));
            out.due = Some(t.due);
            out.late_districts = Some(it.late);
        }
        Area::Model => {
            let m = &plan.models[it.index];
            out.new = Some(m.new);
            out.group = m.group;
        }
        Area::Service => {}
    }
    out
}

/// Renders the JSON report, pretty-printed, with a final newline.
#[must_use]
pub fn render(input: &ReportInput) -> String {
    // Every value here serialises (string keys, finite numbers), so the fallback is unreachable.
    let mut text = crate::present::escape::json::to_string_pretty(&report(input)).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{data, dataset};

    #[test]
    fn keys_come_in_the_contract_order() {
        let ds = dataset();
        let data = data(&ds);
        let text = render(&data.input(&ds));
        let keys = [
            "\"format\"",
            "\"as_of\"",
            "\"since\"",
            "\"headline\"",
            "\"items\"",
            "\"districts\"",
            "\"changes\"",
            "\"problems\"",
        ];
        let at: Vec<usize> = keys.iter().map(|k| text.find(k).unwrap_or(usize::MAX)).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}\n{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(v["format"], "p06.report/1");
        assert_eq!(v["since"], "2024-06-30");
        let t1 = &v["items"][0];
        assert_eq!(t1["progress"], 75);
        assert_eq!(t1["coverage"]["applicable"], 2);
        assert_eq!(t1["late_districts"], 1);
        assert_eq!(t1["lead"], "Police");
        let t2 = &v["items"][1];
        assert_eq!(t2["due"], serde_json::Value::Null);
        assert_eq!(t2["kind"], "key");
        let m1 = &v["items"][2];
        assert!(m1.get("progress").is_none() && m1.get("due").is_none());
        assert_eq!(m1["new"], false);
        assert_eq!(v["headline"]["services"]["total"], 1);
        assert_eq!(v["headline"]["population_data_pct"], serde_json::Value::Null);
        assert!(v["changes"].as_array().is_some_and(|c| !c.is_empty()));
    }

    #[test]
    fn without_since_changes_are_empty_and_since_is_null() {
        let ds = dataset();
        let data = crate::report::ReportData::compute(&ds, crate::report::tests::date("2024-07-31"), None);
        let v: serde_json::Value = serde_json::from_str(&render(&data.input(&ds))).unwrap_or_default();
        assert_eq!(v["since"], serde_json::Value::Null);
        assert_eq!(v["changes"], serde_json::json!([]));
    }
}
