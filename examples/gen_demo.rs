//! Generates the demo data directory (`fixtures/demo/`): a made-up but coherent Quảng Ninh
//! data set for Plan 46/KH-UBND (Project 06 in 2024), as described in section 7 of the data
//! contract.
//!
//! Usage: `cargo run --example gen_demo -- fixtures/demo`. It writes `OUT/plan.json` and
//! deletes and rewrites `OUT/snapshots/YYYY-MM/CODE.json`: one snapshot per district for each
//! month end of 2024, 2025-01-31 and 2025-02-14 (the conference sat on 2025-02-18).
//!
//! Nothing is random: every per-district variation comes from a hash of the item and district
//! codes, so the output is the same on every run. The figures are chosen so that at the review
//! date 2024-12-31 the province roll-up reproduces the conference report exactly: plan tasks
//! 34/41 (5 of the 7 incomplete ones overdue), key tasks 0/13 (registered in December), models
//! 33/45 maintained and 9/9 new, services 43/53, 17 inspections, 16 trainings, 1 drill (at the
//! Department of Industry and Trade), population data 100 %, 512 organisation eID
//! applications, 52,287 digital signatures. An item is held back only by the districts listed
//! in the holdout tables of `gen_demo/data.rs`; every other district completes it by the month
//! given in the catalogue table. Earlier months grow steadily towards those figures (with one
//! deliberate regression: temporary residence registration in Móng Cái drops to `partial` in
//! July 2024), and January–February 2025 finish a few more tasks.
//!
//! Some months are deliberately imperfect, so that every warning and note of `p06 check`
//! shows up (no file is rejected): see `imperfections` below, plus Vân Đồn sending no
//! November report and Cô Tô no 2025 report (stale at 2025-02-14). Since an unlisted item
//! counts as not complete (contract 5.2), Quảng Yên's missing `services` list makes every
//! service incomplete province-wide at 2024-04-30: that dip is the contract working, not a bug.

#[rustfmt::skip]
#[path = "gen_demo/data.rs"]
mod data;
#[path = "gen_demo/items.rs"]
mod items;
#[path = "gen_demo/shapes.rs"]
mod shapes;
#[path = "gen_demo/vi.rs"]
mod vi;

use data::*;
use items::*;
use serde::Serialize;
use serde_json::Value;
use shapes::*;
use std::error::Error;
use std::fs;
use std::path::Path;

type Res<T> = Result<T, Box<dyn Error>>;

/// Month 1..=12 is the end of that month of 2024; 13 is 2025-01-31 and 14 is 2025-02-14.
const MONTHS: u32 = 14;

fn year_month(m: u32) -> (u32, u32) {
    if m <= 12 { (2024, m) } else { (2025, m - 12) }
}

fn last_day(m: u32) -> u32 {
    match (m, year_month(m).1) {
        (14, _) => 14,
        (_, 2) if m <= 12 => 29,
        (_, 2) => 28,
        (_, 4 | 6 | 9 | 11) => 30,
        _ => 31,
    }
}

fn as_of(m: u32) -> String {
    let (y, mo) = year_month(m);
    format!("{y:04}-{mo:02}-{:02}", last_day(m))
}

/// A stable day within month `m` (never after that month's snapshot date).
fn day_in(m: u32, h: u64) -> String {
    let (y, mo) = year_month(m);
    format!("{y:04}-{mo:02}-{:02}", 1 + h % u64::from(last_day(m).min(28)))
}

/// Month number (as above) of an ISO date.
fn month_of(date: &str) -> u32 {
    let y: u32 = date[0..4].parse().unwrap_or(2024);
    let m: u32 = date[5..7].parse().unwrap_or(1);
    (y - 2024) * 12 + m
}

/// FNV-1a over the parts, then a xorshift finaliser: the only source of variation.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0xff]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

fn applies(list: &[&str], code: &str) -> bool {
    list.is_empty() || list.contains(&code)
}

fn applies_json(list: &[&str]) -> Value {
    if list.is_empty() {
        Value::from("all")
    } else {
        Value::from(list.to_vec())
    }
}

/// Cumulative share (percent) of the year-end figure reached by month `m`.
fn ramp(table: &[u64; 14], value: u64, m: u32) -> u64 {
    value * table[m as usize - 1] / 100
}

const ORG_EID_PCT: [u64; 14] = [5, 10, 18, 26, 35, 44, 53, 62, 71, 80, 90, 100, 108, 113];
const SIGNATURE_PCT: [u64; 14] = [2, 5, 9, 14, 20, 28, 37, 47, 58, 70, 84, 100, 106, 110];
const EID_PCT: [u64; 14] = [45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 102, 103];

fn identity(d: &District, m: u32) -> Identity {
    let h = hash(&[d.code, "identity"]);
    let r = d.residents;
    let eligible = r * 74 / 100;
    let db_done = 9 + (h % 4) as u32;
    let chip_done = 8 + (h / 7 % 5) as u32;
    Identity {
        residents: r,
        residents_in_database: r - r * u64::from(db_done.saturating_sub(m)) / 1000,
        eligible_for_id: eligible,
        chip_id_cards: eligible - eligible * u64::from(chip_done.saturating_sub(m)) * 4 / 1000,
        eid_accounts: ramp(&EID_PCT, r * 59 / 100, m),
        org_eid_applications: ramp(&ORG_EID_PCT, d.org_eid, m),
        digital_signatures: ramp(&SIGNATURE_PCT, d.signatures, m),
    }
}

fn security(d: &District, m: u32) -> Security {
    let h = hash(&[d.code, "security"]);
    let inspections = INSPECTIONS
        .iter()
        .filter(|x| x.0 == d.code && month_of(x.2) <= m)
        .map(|&(_, unit, date, high, medium, low, fin)| {
            let resolved = match m - month_of(date) {
                0 => fin / 3,
                1 => fin * 2 / 3,
                _ => fin,
            };
            Inspection {
                unit,
                date,
                findings: Findings { high, medium, low },
                resolved,
            }
        });
    let trainings = TRAININGS.iter().filter(|x| x.0 == d.code && month_of(x.1) <= m);
    let drills = DRILLS.iter().filter(|x| x.0 == d.code && month_of(x.1) <= m);
    let layer = |salt: u64, base: u32, spread: u64| m >= base + ((h / salt) % spread) as u32;
    let detected = d.incidents * u64::from(m.min(12)) / 12 + u64::from(m > 12 && h % 3 == 0);
    // one incident left open in the two big cities, and now and then elsewhere
    let open = matches!(d.code, "HL" | "CP") || (m % 4 == 1 && m < 12);
    let unresolved = u64::from(open).min(detected);
    Security {
        inspections: inspections.collect(),
        trainings: trainings
            .map(|&(_, date, title, participants)| Training {
                date,
                title,
                participants,
            })
            .collect(),
        drills: drills
            .map(|&(_, date, title, unit)| Drill { date, title, unit })
            .collect(),
        four_layer: FourLayer {
            on_site: true,
            monitoring: layer(3, 1, 4),
            inspection: layer(17, 3, 7),
            national_connection: layer(101, 5, 7),
        },
        anti_malware: AntiMalware {
            endpoints: d.endpoints,
            protected: d.protected - d.endpoints * u64::from(12u32.saturating_sub(m)) / 100,
            centrally_managed: layer(1009, 2, 4),
        },
        incidents: Incidents {
            detected,
            resolved: detected - unresolved,
        },
    }
}

// ---------------------------------------------------------------- snapshots

fn snapshot(d: &District, m: u32) -> Snapshot {
    let (name, role, contact) = if d.code == "HL" && m >= 7 {
        HL_REPORTER_FROM_JULY
    } else {
        d.reporter
    };
    let plan = PLAN_TASKS
        .iter()
        .filter(|t| applies(t.5, d.code))
        .map(|t| plan_task(t, d.code, m));
    let key = KEY_TASKS
        .iter()
        .filter(|t| applies(t.5, d.code))
        .map(|t| key_task(t.0, d.code, m));
    let models = MODELS
        .iter()
        .filter(|x| applies(x.4, d.code))
        .map(|x| model_state(x, d.code, m));
    let services = SERVICES
        .iter()
        .filter(|s| applies(s.2, d.code))
        .map(|s| service_entry(s, d, m));
    Snapshot {
        format: "p06.snapshot/1",
        district: d.code,
        as_of: as_of(m),
        reported_by: Reporter { name, role, contact },
        tasks: plan.chain(key).collect(),
        models: models.collect(),
        services: Some(services.collect()),
        identity: Some(identity(d, m)),
        security: security(d, m),
        remarks: None,
    }
}

/// The deliberate imperfections of section 7: each produces one warning (or note) in
/// `p06 check` and none touches the figures at 2024-12-31.
fn imperfections(s: &mut Snapshot, m: u32) -> Res<()> {
    match (m, s.district) {
        (2, "BL") => s.identity = None,
        (3, "BC") => {
            // the same id twice; the later entry is the one used
            let i = s
                .tasks
                .iter()
                .position(|t| t.id == "T22")
                .ok_or("BC has no T22")?;
            s.tasks.insert(i, entry("T22", "on_track", 50));
        }
        (4, "QY") => s.services = None,
        (5, "TY") => s.services.iter_mut().for_each(|v| v.retain(|x| x.id != "S36")),
        (6, "DH") => {
            let t = s
                .tasks
                .iter_mut()
                .find(|t| t.id == "T01" && t.status == "done")
                .ok_or("DH T01 not done")?;
            t.progress = 90;
        }
        (7, "HH") => s.tasks.push(entry("T99", "on_track", 50)),
        (8, "CT") => s.models.push(ModelEntry {
            id: "M09",
            status: "operating",
            note: None,
        }),
        (9, "UB") => {
            s.remarks = Some("Sent two days late because of Typhoon Yagi");
            if let Some(t) = s.tasks.first_mut() {
                t.remarks = Some("Figures confirmed by the commune one-stop shops");
            }
        }
        _ => {}
    }
    Ok(())
}

fn plan() -> Plan {
    let task = |t: &TaskRow, kind| {
        let (id, title, group, lead, due, applies, _) = *t;
        PlanTask {
            id,
            title: Text {
                vi: vi::title(id),
                en: title,
            },
            kind,
            group,
            lead: Text {
                vi: vi::lead(lead),
                en: lead,
            },
            due,
            applies_to: applies_json(applies),
        }
    };
    Plan {
        format: "p06.plan/1",
        province: "Quảng Ninh",
        title: Text {
            vi: vi::PLAN_TITLE,
            en: "Plan 46/KH-UBND: implementing Project 06 in 2024",
        },
        issued: "2024-02-19",
        districts: DISTRICTS
            .iter()
            .map(|d| PlanDistrict {
                code: d.code,
                name: d.name,
                kind: d.kind,
            })
            .collect(),
        tasks: PLAN_TASKS
            .iter()
            .map(|t| task(t, "plan"))
            .chain(KEY_TASKS.iter().map(|t| task(t, "key")))
            .collect(),
        models: MODELS
            .iter()
            .map(|&(id, title, new, group, applies, _)| PlanModel {
                id,
                title: Text {
                    vi: vi::title(id),
                    en: title,
                },
                new,
                group,
                applies_to: applies_json(applies),
            })
            .collect(),
        services: SERVICES
            .iter()
            .map(|&(id, title, applies, _)| PlanService {
                id,
                title: Text {
                    vi: vi::title(id),
                    en: title,
                },
                applies_to: applies_json(applies),
            })
            .collect(),
        security: Targets {
            inspection_target: 17,
            training_target: 16,
            drill_target: 1,
        },
    }
}

fn write_json<T: Serialize>(path: &Path, value: &T) -> Res<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    fs::write(path, text)?;
    Ok(())
}

fn main() -> Res<()> {
    let out = std::env::args()
        .nth(1)
        .ok_or("usage: gen_demo OUT_DIR (e.g. fixtures/demo)")?;
    let out = Path::new(&out);
    let snapshots = out.join("snapshots");
    if snapshots.exists() {
        fs::remove_dir_all(&snapshots)?;
    }
    fs::create_dir_all(&snapshots)?;
    write_json(&out.join("plan.json"), &plan())?;
    let mut files = 0;
    for m in 1..=MONTHS {
        let (y, mo) = year_month(m);
        let dir = snapshots.join(format!("{y:04}-{mo:02}"));
        fs::create_dir_all(&dir)?;
        for d in DISTRICTS {
            // late report: Vân Đồn sent nothing for November; stale: Cô Tô sent nothing in 2025
            if (d.code == "VD" && m == 11) || (d.code == "CT" && m > 12) {
                continue;
            }
            let mut s = snapshot(d, m);
            imperfections(&mut s, m)?;
            write_json(&dir.join(format!("{}.json", d.code)), &s)?;
            files += 1;
        }
    }
    println!("wrote {} plan.json and {files} snapshots", out.display());
    Ok(())
}
