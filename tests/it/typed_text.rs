//! Text and numbers as people type them (issue 13): NFD and NFC load equal, and whole numbers
//! written as floats are whole numbers.

use p06::load::{Catalogue, Severity, load_plan, load_snapshot};
use p06::model::Area;
use p06::present::Lang;
use unicode_normalization::UnicodeNormalization;

use crate::common::fixture;

fn demo_plan_text() -> String {
    std::fs::read_to_string(fixture("demo/plan.json")).unwrap_or_else(|e| panic!("{e}"))
}

fn catalogue(text: &str) -> Catalogue {
    load_plan(text.as_bytes()).unwrap_or_else(|e| panic!("{e}")).0
}

#[test]
fn a_plan_written_in_nfd_loads_equal_to_nfc() {
    let nfc = demo_plan_text();
    let nfd: String = nfc.nfd().collect();
    assert_ne!(nfc, nfd, "the demo plan has diacritics to decompose");
    let (a, b) = (catalogue(&nfc), catalogue(&nfd));
    let names = |c: &Catalogue| {
        c.plan
            .districts
            .iter()
            .map(|d| d.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&a), names(&b));
    assert!(names(&b).iter().any(|n| n == "Hạ Long"));
    for lang in [Lang::En, Lang::Vi] {
        for i in 0..a.item_count(Area::Task) {
            assert_eq!(
                a.item_title(Area::Task, i, lang),
                b.item_title(Area::Task, i, lang)
            );
        }
    }
    // Sorting and filtering see the same strings, so they give the same answers.
    let sorted = |c: &Catalogue| {
        let mut n = names(c);
        n.sort();
        n
    };
    assert_eq!(sorted(&a), sorted(&b));
    let matching = |c: &Catalogue| names(c).into_iter().filter(|n| n.contains("Hạ")).count();
    assert_eq!((matching(&a), matching(&b)), (1, 1));
}

#[test]
fn a_snapshot_written_in_nfd_loads_equal_to_nfc() {
    let cat = catalogue(&demo_plan_text());
    let text =
        std::fs::read_to_string(fixture("demo/snapshots/2024-12/HL.json")).unwrap_or_else(|e| panic!("{e}"));
    let nfd: String = text.nfd().collect();
    assert_ne!(text, nfd);
    let (a, b) = (
        load_snapshot("a.json", text.as_bytes(), &cat),
        load_snapshot("b.json", nfd.as_bytes(), &cat),
    );
    let (a, b) = (
        a.record.unwrap_or_else(|| panic!("a")),
        b.record.unwrap_or_else(|| panic!("b")),
    );
    assert_eq!(a.reported_by, b.reported_by);
    assert!(a.reported_by.as_ref().and_then(|r| r.name.as_deref()) == Some("Đinh Quốc Bảo"));
    assert_eq!(a.tasks, b.tasks);
    assert_eq!(a.security, b.security);
}

const SNAP: &str = r#"{"format": "p06.snapshot/1", "district": "HL", "as_of": "2024-12-31",
  "tasks": [ { "id": "T02", "status": "behind", "progress": PROGRESS } ],
  "identity": { "residents": 1000.0 } }"#;

#[test]
fn a_whole_number_written_as_a_float_is_that_number() {
    let cat = catalogue(&demo_plan_text());
    let out = load_snapshot("s.json", SNAP.replace("PROGRESS", "70.0").as_bytes(), &cat);
    let rec = out.record.unwrap_or_else(|| panic!("{:#?}", out.problems));
    let t02 = cat.item_index(Area::Task, "T02").unwrap_or_else(|| panic!("T02"));
    let progress = rec
        .tasks
        .as_ref()
        .and_then(|t| t[t02].as_ref())
        .map(|t| t.progress);
    assert_eq!(progress, Some(70));
    assert_eq!(rec.identity.and_then(|i| i.residents), Some(1000));
}

#[test]
fn a_fraction_is_an_error_at_its_line_and_column() {
    let cat = catalogue(&demo_plan_text());
    let out = load_snapshot("s.json", SNAP.replace("PROGRESS", "70.5").as_bytes(), &cat);
    assert!(out.record.is_none());
    let p = &out.problems[0];
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(
        (p.line, p.column, p.path.as_deref()),
        (Some(2), Some(61), Some("tasks[0].progress"))
    );
    assert_eq!(
        p.english(),
        "expected a whole number, 0 or more, found floating point `70.5`"
    );
}

#[test]
fn bilingual_text_is_checked_as_the_contract_says() {
    let plan: serde_json::Value = serde_json::from_str(&demo_plan_text()).unwrap_or_else(|e| panic!("{e}"));
    let with = |value: &str| {
        let mut p = plan.clone();
        p["tasks"][0]["title"] = serde_json::from_str(value).unwrap_or_else(|e| panic!("{e}"));
        p.to_string()
    };
    let (cat, problems) =
        load_plan(with(r#"{"fr": "Un", "vi": "Một"}"#).as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cat.item_title(Area::Task, 0, Lang::En), "Một");
    assert!(
        problems
            .iter()
            .any(|p| p.severity == Severity::Note && p.path.as_deref() == Some("tasks[0].title.fr")),
        "{problems:#?}"
    );
    for bad in ["{}", r#"{"vi": ""}"#, r#""""#] {
        assert!(load_plan(with(bad).as_bytes()).is_err(), "{bad}");
    }
    // A malformed tag is an unknown tag: a note (section 2.1), never a fatal plan.
    let (cat, problems) =
        load_plan(with(r#"{"EN": "One", "vi": "Một"}"#).as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cat.item_title(Area::Task, 0, Lang::En), "Một");
    assert!(
        problems
            .iter()
            .any(|p| p.severity == Severity::Note && p.path.as_deref() == Some("tasks[0].title.EN")),
        "{problems:#?}"
    );
}
