//! `p06 report` on the demo: the JSON report carries the conference's figures in the contract's
//! shape, and the text and markdown reports are pinned by reviewed snapshots.

use serde_json::Value;

use crate::common::{fixture, p06};

/// Runs `p06 report fixtures/demo ARGS...` and returns its standard output.
fn report(args: &[&str]) -> String {
    let out = p06()
        .arg("report")
        .arg(fixture("demo"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

fn json(args: &[&str]) -> Value {
    let text = report(&[&["--format", "json"], args].concat());
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn ratio(v: &Value) -> (u64, u64) {
    (
        v["complete"].as_u64().unwrap_or(u64::MAX),
        v["total"].as_u64().unwrap_or(u64::MAX),
    )
}

#[test]
fn json_has_the_conference_figures_at_2024_12_31() {
    let v = json(&["--as-of", "2024-12-31"]);
    assert_eq!(v["format"], "p06.report/1");
    assert_eq!(v["as_of"], "2024-12-31");
    assert!(v["since"].is_null());
    let h = &v["headline"];
    assert_eq!(ratio(&h["plan_tasks"]), (34, 41));
    assert_eq!(ratio(&h["key_tasks"]), (0, 13));
    assert_eq!(ratio(&h["models_maintained"]), (33, 45));
    assert_eq!(ratio(&h["models_new"]), (9, 9));
    assert_eq!(ratio(&h["services"]), (43, 53));
    assert_eq!(h["overdue_tasks"], 5);
    assert_eq!(h["inspections"], 17);
    assert_eq!(h["trainings"], 16);
    assert_eq!(h["drills"], 1);
    assert_eq!(h["population_data_pct"].as_f64(), Some(100.0));
    assert_eq!(h["org_eid_applications"], 512);
    assert_eq!(h["digital_signatures"], 52_287);
    assert!(
        h["anti_malware_pct"].is_f64() && h["incidents"]["detected"].is_u64(),
        "{h}"
    );
    assert_eq!(v["changes"], serde_json::json!([]));
}

#[test]
fn json_follows_the_contract_shape() {
    let text = report(&[
        "--format",
        "json",
        "--as-of",
        "2024-12-31",
        "--since",
        "2024-11-30",
    ]);
    // serde_json's Value sorts keys, so the order is checked on the text.
    let top = [
        "format",
        "as_of",
        "since",
        "headline",
        "items",
        "districts",
        "changes",
        "problems",
    ];
    let at: Vec<usize> = top
        .iter()
        .map(|k| text.find(&format!("\n  \"{k}\": ")).unwrap_or(usize::MAX))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["since"], "2024-11-30");
    let items = v["items"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert_eq!(items.len(), 41 + 13 + 45 + 9 + 53);
    for it in items {
        let is_task = it["area"] == "task";
        assert!(["task", "model", "service"].contains(&it["area"].as_str().unwrap_or("")));
        assert_eq!(it.get("progress").is_some(), is_task, "{it}");
        let cov = &it["coverage"];
        assert_eq!(
            it["complete"].as_bool(),
            Some(cov["complete"] == cov["applicable"]),
            "{it}"
        );
        assert!(it["overdue"].is_boolean() && it["status"].is_string() && it["title"].is_string());
    }
    let districts = v["districts"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert_eq!(districts.len(), 13);
    assert_eq!(districts[0]["code"], "HL");
    assert_eq!(districts[0]["name"], "Hạ Long");
    let changes = v["changes"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert!(
        changes
            .iter()
            .any(|c| c["kind"] == "headline" && c["figure"] == "plan_tasks"),
        "{changes:?}"
    );
    assert!(
        v["problems"]
            .as_array()
            .is_some_and(|p| p.iter().all(|p| p["file"].is_string()))
    );
}

#[test]
fn text_report_with_changes() {
    let text = report(&["--as-of", "2024-12-31", "--since", "2024-11-30"]);
    for line in text.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "wider than 80 columns: {line:?}"
        );
    }
    insta::assert_snapshot!("demo_text_2024_12_31_since_2024_11_30", text);
}

#[test]
fn markdown_report_with_changes() {
    let md = report(&[
        "--format",
        "markdown",
        "--as-of",
        "2024-12-31",
        "--since",
        "2024-11-30",
    ]);
    insta::assert_snapshot!("demo_markdown_2024_12_31_since_2024_11_30", md);
}

#[test]
fn csv_has_one_row_per_item_and_applicable_district() {
    let csv = report(&["--format", "csv", "--as-of", "2024-12-31"]);
    let header = csv.lines().next().unwrap_or_default();
    insta::assert_snapshot!("demo_csv_header", header);
    // One row per applicable district of every item: the JSON report's coverage says how many.
    let v = json(&["--as-of", "2024-12-31"]);
    let expected: u64 = v["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{v}"))
        .iter()
        .map(|it| it["coverage"]["applicable"].as_u64().unwrap_or(0))
        .sum();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(rows.len() as u64, expected);
    assert!(rows.iter().all(|r| r.len() == 10));
    // A task row of a district with a late completion says so.
    let late: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[8] == "true").collect();
    assert!(
        late.iter()
            .all(|r| &r[0] == "task" && &r[4] == "done" && r[7] > r[6]),
        "{late:?}"
    );
}
