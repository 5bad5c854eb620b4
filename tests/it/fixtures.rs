//! Every fixture directory, loaded and asserted: the demo reproduces the conference's figures,
//! the invalid set yields each error where `EXPECTED` says, the warnings set each warning.

use p06::load::{Dataset, Severity, Tally, load_dir};
use p06::model::Date;
use p06::rollup::{IncidentCounts, Ratio, roll_up};

use crate::common::fixture;

fn load(name: &str) -> Dataset {
    load_dir(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn demo_has_no_errors_and_shows_every_warning_path() {
    let ds = load("demo");
    let problems = ds.problems_at(ds.latest());
    let tally = Tally::of(&problems);
    assert_eq!(tally.errors, 0, "{problems:#?}");
    assert!(tally.warnings > 0 && tally.notes > 0, "{tally:?}");
    let has = |needle: &str| problems.iter().any(|p| p.english().contains(needle));
    for needle in [
        "listed twice",
        "has no `services` list",
        "but is not listed",
        "progress is taken as 100",
        "is not a task of the plan",
        "does not apply to CT",
        "unknown field",
        "CT is stale",
    ] {
        assert!(has(needle), "no demo problem contains {needle:?}");
    }
    assert_eq!(ds.latest(), Some(date("2025-02-14")));
    assert_eq!(ds.dates().len(), 14);
    assert_eq!(ds.catalogue.district_count(), 13);
}

#[test]
fn demo_reproduces_the_conference_figures_at_2024_12_31() {
    let ds = load("demo");
    let h = roll_up(&ds, date("2024-12-31")).headline;
    assert_eq!(
        h.plan_tasks,
        Ratio {
            complete: 34,
            total: 41
        }
    );
    assert_eq!(
        h.key_tasks,
        Ratio {
            complete: 0,
            total: 13
        }
    );
    assert_eq!(
        h.models_maintained,
        Ratio {
            complete: 33,
            total: 45
        }
    );
    assert_eq!(
        h.models_new,
        Ratio {
            complete: 9,
            total: 9
        }
    );
    assert_eq!(
        h.services,
        Ratio {
            complete: 43,
            total: 53
        }
    );
    assert_eq!(h.overdue_tasks, 5);
    assert_eq!((h.inspections, h.trainings, h.drills), (17, 16, 1));
    assert_eq!(h.population_data_pct, Some(100.0));
    assert_eq!(h.org_eid_applications, 512);
    assert_eq!(h.digital_signatures, 52_287);
    assert_eq!(h.four_layer_districts, 13);
    let am = h.anti_malware_pct.unwrap_or_default();
    assert!((98.0..99.5).contains(&am), "{am}");
    let IncidentCounts { detected, resolved } = h.incidents;
    assert!(resolved <= detected);
}

#[test]
fn the_bundled_demo_is_the_fixture() {
    let bundled = p06::demo::load().unwrap_or_else(|e| panic!("{e}"));
    let disk = load("demo");
    assert_eq!(bundled.files().len(), disk.files().len());
    assert_eq!(bundled.problems(), disk.problems());
    let r = date("2024-12-31");
    assert_eq!(roll_up(&bundled, r), roll_up(&disk, r));
}

/// Compares the problems of a fixture directory with its `EXPECTED` file, line by line.
fn assert_expected(name: &str) {
    let ds = load(name);
    let expected = std::fs::read_to_string(fixture(name).join("EXPECTED")).unwrap_or_else(|e| panic!("{e}"));
    let mut want: Vec<String> = expected
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let mut got: Vec<String> = ds
        .problems_at(ds.latest())
        .iter()
        .map(|p| {
            let head = p.to_string();
            // EXPECTED lists place and path, not the wording of messages.
            match &p.path {
                Some(path) => head[..head
                    .find(&format!(": {path}: "))
                    .map_or(head.len(), |i| i + path.len() + 2)]
                    .to_owned(),
                None => format!("{}{}: {}:", p.file, place(p), p.severity.as_str()),
            }
        })
        .collect();
    want.sort();
    got.sort();
    assert_eq!(got, want, "{name}: problems differ from EXPECTED");
}

fn place(p: &p06::load::Problem) -> String {
    match (p.line, p.column) {
        (Some(l), Some(c)) => format!(":{l}:{c}"),
        _ => String::new(),
    }
}

#[test]
fn invalid_fixtures_yield_their_errors_in_place() {
    assert_expected("invalid");
    let ds = load("invalid");
    // Every .json file except the good ones is rejected, and the hidden file is never read.
    for f in ds.files() {
        assert!(!f.file.contains(".hidden"), "hidden file was read");
        let rejected = f.problems.iter().any(|p| p.severity == Severity::Error) || f.record.is_none();
        assert_eq!(
            rejected || f.file.ends_with("duplicate-a.json") || f.file.ends_with("duplicate-b.json"),
            !f.file.contains("/good"),
            "{}",
            f.file
        );
    }
}

#[test]
fn warning_fixtures_yield_their_warnings() {
    assert_expected("warnings");
    let ds = load("warnings");
    assert_eq!(Tally::of(&ds.problems_at(ds.latest())).errors, 0);
}
