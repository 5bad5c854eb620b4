//! One synthetic district snapshot at one weekly date, as pretty JSON.
//!
//! Each (district, item) pair has a fixed schedule (start, completion week, trouble) drawn
//! from its own stream, so the snapshot at week `k` is the cumulative state at `k` and later
//! weeks only move forward, as real reports do.

use serde::Serialize;

use super::security::{Security, security};
use super::words::*;
use super::{District, MODELS_KEPT, PLAN_TASKS, Rng, Spec, ids, iso, item_applies, week_day};

#[derive(Serialize)]
struct Snapshot<'a> {
    format: &'static str,
    district: &'a str,
    as_of: String,
    reported_by: Reporter,
    tasks: Vec<Task>,
    models: Vec<Model>,
    services: Vec<Service>,
    identity: Identity,
    security: Security,
    /// Not in the contract: an unknown field, reported as a note.
    #[serde(skip_serializing_if = "Option::is_none")]
    remarks: Option<&'static str>,
}

#[derive(Serialize)]
struct Reporter {
    name: String,
    role: &'static str,
    contact: String,
}

#[derive(Serialize, Clone)]
struct Task {
    id: String,
    status: &'static str,
    progress: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    completed_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    blocker: Option<&'static str>,
}

#[derive(Serialize)]
struct Model {
    id: String,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'static str>,
}

#[derive(Serialize)]
struct Service {
    id: String,
    status: &'static str,
    applications: Applications,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'static str>,
}

#[derive(Serialize)]
struct Applications {
    online: u64,
    total: u64,
}

#[derive(Serialize)]
struct Identity {
    residents: u64,
    residents_in_database: u64,
    eligible_for_id: u64,
    chip_id_cards: u64,
    eid_accounts: u64,
    org_eid_applications: u64,
    digital_signatures: u64,
}

fn task(spec: &Spec, d: usize, i: usize, id: String, k: u64) -> Task {
    let weeks = spec.dates as u64;
    let mut r = Rng::new(&[spec.seed, 10, i as u64, d as u64]);
    let start = if i < PLAN_TASKS {
        r.below(weeks / 2 + 1)
    } else {
        weeks * 3 / 4 + r.below(weeks / 8 + 1)
    };
    let dur = 3 + r.below(weeks);
    let (trouble, early, note, blocker) = (
        r.below(100),
        r.below(6) as i64,
        r.pick(TASK_NOTES),
        r.pick(BLOCKERS),
    );
    let plain = |status, progress| Task {
        id: id.clone(),
        status,
        progress,
        completed_on: None,
        note: None,
        blocker: None,
    };
    if k < start {
        return plain("not_started", 0);
    }
    if k >= start + dur {
        let on = iso(week_day((start + dur) as usize) - early);
        let note = (trouble >= 70).then_some(DONE_NOTES[(trouble % 3) as usize]);
        return Task {
            completed_on: Some(on),
            note,
            ..plain("done", 100)
        };
    }
    let progress = 5 + 90 * (k - start) / dur;
    if trouble < 4 && k >= start + dur / 2 {
        Task {
            blocker: Some(blocker),
            ..plain("blocked", progress)
        }
    } else if trouble < 15 && k >= start + dur / 3 {
        Task {
            note: (trouble % 2 == 0).then_some(note),
            ..plain("behind", progress)
        }
    } else {
        Task {
            note: (trouble < 30).then_some(note),
            ..plain("on_track", progress)
        }
    }
}

fn model(spec: &Spec, d: usize, i: usize, id: String, k: u64) -> Model {
    let weeks = spec.dates as u64;
    let mut r = Rng::new(&[spec.seed, 11, i as u64, d as u64]);
    let from = if i < MODELS_KEPT {
        r.below(weeks + weeks / 3)
    } else {
        weeks / 4 + r.below(weeks)
    };
    let (trouble, note) = (r.below(100), r.pick(MODEL_NOTES));
    let (status, note) = if k >= from {
        match trouble {
            0..3 if (from + 5..from + 10).contains(&k) => ("suspended", Some(note)),
            _ => ("operating", (trouble >= 75).then_some(note)),
        }
    } else if k + 4 >= from {
        ("piloting", (trouble < 40).then_some(note))
    } else {
        ("planned", None)
    };
    Model { id, status, note }
}

fn service(spec: &Spec, d: usize, i: usize, id: String, k: u64) -> Service {
    let weeks = spec.dates as u64;
    let mut r = Rng::new(&[spec.seed, 12, i as u64, d as u64]);
    let from = r.below(weeks + weeks / 4);
    let (weekly, share, note) = (5 + r.below(400), 80 + r.below(20), r.pick(SERVICE_NOTES));
    let total = weekly * (k + 1);
    let (status, online, note) = if k >= from {
        ("online", total * share / 100, (share >= 97).then_some(note))
    } else if k + 6 >= from {
        (
            "partial",
            total * (share - 40) / 100,
            (share < 90).then_some(note),
        )
    } else {
        ("offline", 0, None)
    };
    Service {
        id,
        status,
        applications: Applications { online, total },
        note,
    }
}

fn identity(r: &mut Rng, k: u64) -> Identity {
    let residents = 20_000 + r.below(300_000);
    let eligible = residents * 74 / 100;
    let (org, sig) = (r.below(4), 10 + r.below(200));
    Identity {
        residents,
        residents_in_database: residents - residents * 20u64.saturating_sub(k) / 1000,
        eligible_for_id: eligible,
        chip_id_cards: eligible - eligible * 30u64.saturating_sub(k) * 3 / 1000,
        eid_accounts: residents * (30 + k.min(52) * 50 / 52) / 100,
        org_eid_applications: (k + 1) * org,
        digital_signatures: (k + 1) * sig,
    }
}

/// The snapshot of district `d` at weekly date `k`, pretty-printed with a final newline.
pub fn snapshot_json(ds: &[District], spec: &Spec, d: usize, k: usize) -> serde_json::Result<String> {
    let (seed, week) = (spec.seed, k as u64);
    let mut r = Rng::new(&[seed, 30, d as u64]);
    let applicable = |area: u64| {
        ids(area)
            .into_iter()
            .enumerate()
            .filter(move |(i, _)| item_applies(seed, area, *i, d))
    };
    let mut tasks: Vec<Task> = applicable(0).map(|(i, id)| task(spec, d, i, id, week)).collect();
    let models = applicable(1).map(|(i, id)| model(spec, d, i, id, week)).collect();
    let mut services: Vec<Service> = applicable(2)
        .map(|(i, id)| service(spec, d, i, id, week))
        .collect();
    let name = format!("{} {} {}", r.pick(FAMILY), r.pick(MIDDLE), r.pick(GIVEN));
    let contact = format!("p06.{}@congan.gov.vn", ds[d].code.to_lowercase());
    let reported_by = Reporter {
        name,
        role: r.pick(ROLES),
        contact,
    };
    let identity = identity(&mut r, week);
    // About one file in a hundred is imperfect, each way producing one warning or note.
    let mut remarks = None;
    match Rng::new(&[seed, 99, d as u64, week]).below(1000) {
        0..3 => {
            if let Some(t) = tasks.iter_mut().find(|t| t.status == "done") {
                t.progress = 90;
            }
        }
        3..6 => {
            services.pop();
        }
        6..9 => remarks = Some("Báo cáo gửi chậm hai ngày do mất điện"),
        9 => {
            if let Some(t) = tasks.first().cloned() {
                tasks.insert(
                    0,
                    Task {
                        status: "on_track",
                        progress: 50,
                        completed_on: None,
                        ..t
                    },
                );
            }
        }
        _ => {}
    }
    let snap = Snapshot {
        format: "p06.snapshot/1",
        district: &ds[d].code,
        as_of: iso(week_day(k)),
        reported_by,
        tasks,
        models,
        services,
        identity,
        security: security(spec, d, week),
        remarks,
    };
    let mut text = serde_json::to_string_pretty(&snap)?;
    text.push('\n');
    Ok(text)
}
