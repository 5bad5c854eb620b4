//! Synthetic p06 data sets at any scale (issue 5), shared by `examples/synth.rs` and the benches.
//!
//! The plan has the real catalogue's shape (41 plan + 13 key tasks, 45 + 9 models, 53 services,
//! a few items for a subset of districts); each district sends one pretty-printed snapshot per
//! weekly date, cumulative as the contract requires, with Vietnamese names, notes, blockers and
//! a few dozen security events a year. About one file in a hundred carries a warning or a note
//! (done with progress below 100, an applicable service left out, an unknown field); none is
//! rejected, so every file counts in the load benchmarks.
//!
//! Deterministic by seed: every value comes from a SplitMix64 stream keyed by (seed, district,
//! item, ...) rather than from shared state, so files are written in parallel, in any order.

use std::fs;
use std::io;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

mod security;
mod snapshot;
mod words;

pub use snapshot::snapshot_json;
use words::*;

/// How many of each item the plan has (the shape of Plan 46/KH-UBND).
pub const PLAN_TASKS: usize = 41;
pub const KEY_TASKS: usize = 13;
pub const MODELS_KEPT: usize = 45;
pub const MODELS_NEW: usize = 9;
pub const SERVICES: usize = 53;

/// What to generate.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    pub districts: usize,
    /// Weekly snapshot dates, from 2024-01-07.
    pub dates: usize,
    pub seed: u64,
}

/// What was written.
#[derive(Clone, Copy, Debug, Default)]
pub struct Written {
    pub files: usize,
    pub bytes: u64,
}

/// SplitMix64: tiny, fast and good enough to make data look varied.
pub struct Rng(u64);

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A stream keyed by `parts`: the same parts always give the same stream.
    pub fn new(parts: &[u64]) -> Self {
        Self(parts.iter().fold(0x243F_6A88_85A3_08D3, |h, &p| mix(h ^ p)))
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// ISO text of a day number.
pub fn iso(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Day number of weekly date `k` (0-based): Sundays from 2024-01-07.
pub fn week_day(k: usize) -> i64 {
    days_from_civil(2024, 1, 7) + 7 * k as i64
}

/// A district of the synthetic plan.
#[derive(Clone, Debug)]
pub struct District {
    pub code: String,
    pub name: String,
    pub kind: &'static str,
}

/// Unique names and 3-4 letter codes (initials plus a disambiguating letter).
pub fn districts(n: usize) -> Vec<District> {
    let mut used = std::collections::HashSet::new();
    (0..n)
        .map(|i| {
            let (a, b) = (
                PLACE_A[i % PLACE_A.len()],
                PLACE_B[(i / PLACE_A.len()) % PLACE_B.len()],
            );
            let round = i / (PLACE_A.len() * PLACE_B.len());
            let name = if round == 0 {
                format!("{a} {b}")
            } else {
                format!("{a} {b} {}", round + 1)
            };
            let initials: String = [a, b].iter().map(|w| fold_initial(w)).collect();
            let code = (0..26 * 27)
                .map(|j| {
                    let extra = |k: usize| char::from(b'A' + k as u8);
                    if j < 26 {
                        format!("{initials}{}", extra(j))
                    } else {
                        format!("{initials}{}{}", extra(j / 26 - 1), extra(j % 26))
                    }
                })
                .find(|c| used.insert(c.clone()))
                .unwrap_or_default();
            let kind = match i % 10 {
                0 => "city",
                5 => "town",
                _ => "district",
            };
            District { code, name, kind }
        })
        .collect()
}

fn fold_initial(word: &str) -> char {
    match word.chars().next() {
        Some('Đ') => 'D',
        Some(c) => c.to_ascii_uppercase(),
        None => 'X',
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum Applies {
    All(&'static str),
    Codes(Vec<String>),
}

/// Items applying to a subset: every ninth, to about a third of the districts (always the
/// first, so the list is never empty).
pub fn item_applies(seed: u64, area: u64, item: usize, d: usize) -> bool {
    item % 9 != 4 || d == 0 || Rng::new(&[seed, area, item as u64, d as u64, 7]).below(3) == 0
}

fn applies(ds: &[District], seed: u64, area: u64, item: usize) -> Applies {
    if item % 9 != 4 {
        return Applies::All("all");
    }
    let codes = (0..ds.len()).filter(|&d| item_applies(seed, area, item, d));
    Applies::Codes(codes.map(|d| ds[d].code.clone()).collect())
}

/// The item ids of one area, in plan order.
pub fn ids(area: u64) -> Vec<String> {
    match area {
        0 => (1..=PLAN_TASKS)
            .map(|i| format!("T{i:02}"))
            .chain((1..=KEY_TASKS).map(|i| format!("K{i:02}")))
            .collect(),
        1 => (1..=MODELS_KEPT)
            .map(|i| format!("M{i:02}"))
            .chain((1..=MODELS_NEW).map(|i| format!("N{i:02}")))
            .collect(),
        _ => (1..=SERVICES).map(|i| format!("S{i:02}")).collect(),
    }
}

/// The plan as pretty JSON.
pub fn plan_json(ds: &[District], spec: &Spec) -> serde_json::Result<String> {
    #[derive(Serialize)]
    struct Item {
        id: String,
        title: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        kind: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        new: Option<bool>,
        #[serde(skip_serializing_if = "Option::is_none")]
        lead: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        due: Option<String>,
        applies_to: Applies,
    }
    let seed = spec.seed;
    let title = |list: &[&str], i: usize| format!("{} ({})", list[i % list.len()], i / list.len() + 1);
    let items = |area: u64| -> Vec<Item> {
        ids(area)
            .into_iter()
            .enumerate()
            .map(|(i, id)| {
                let mut r = Rng::new(&[seed, area, i as u64, 1]);
                Item {
                    title: title([TASK_TITLES, MODEL_TITLES, SERVICE_TITLES][area as usize], i),
                    kind: (area == 0).then_some(if i < PLAN_TASKS { "plan" } else { "key" }),
                    new: (area == 1 && i >= MODELS_KEPT).then_some(true),
                    lead: (area == 0).then(|| r.pick(AGENCIES)),
                    due: (area == 0).then(|| iso(week_day(8 + r.below(spec.dates as u64 + 4) as usize))),
                    applies_to: applies(ds, seed, area, i),
                    id,
                }
            })
            .collect()
    };
    let plan = serde_json::json!({
        "format": "p06.plan/1",
        "province": if ds.len() > 100 { "Toàn quốc (dữ liệu tổng hợp)" } else { "Quảng Ninh (dữ liệu tổng hợp)" },
        "title": "Synthetic plan for p06 benchmarks: implementing Project 06 in 2024",
        "issued": "2024-02-19",
        "districts": ds.iter().map(|d| serde_json::json!({"code": d.code, "name": d.name, "kind": d.kind})).collect::<Vec<_>>(),
        "tasks": items(0), "models": items(1), "services": items(2),
        "security": { "inspection_target": 17, "training_target": 16, "drill_target": 1 }
    });
    serde_json::to_string_pretty(&plan)
}

/// Written last by [`generate`]: a directory without it is incomplete (an interrupted run).
pub const COMPLETE_MARKER: &str = ".synth-complete";

/// Writes `OUT/plan.json` and `OUT/snapshots/YYYY-MM-DD/CODE.json` for every district and date,
/// then [`COMPLETE_MARKER`] (a hidden file, so the loader ignores it).
pub fn generate(out: &Path, spec: &Spec) -> io::Result<Written> {
    let ds = districts(spec.districts);
    let snaps = out.join("snapshots");
    fs::create_dir_all(&snaps)?;
    let plan = plan_json(&ds, spec).map_err(io::Error::other)?;
    fs::write(out.join("plan.json"), format!("{plan}\n"))?;
    for k in 0..spec.dates {
        fs::create_dir_all(snaps.join(iso(week_day(k))))?;
    }
    let written = (0..spec.districts * spec.dates)
        .into_par_iter()
        .map(|n| {
            let (d, k) = (n / spec.dates, n % spec.dates);
            let text = snapshot_json(&ds, spec, d, k).map_err(io::Error::other)?;
            let path = snaps.join(iso(week_day(k))).join(format!("{}.json", ds[d].code));
            fs::write(path, &text)?;
            Ok::<_, io::Error>(Written {
                files: 1,
                bytes: text.len() as u64,
            })
        })
        .try_reduce(Written::default, |a, b| {
            Ok(Written {
                files: a.files + b.files,
                bytes: a.bytes + b.bytes,
            })
        })?;
    fs::write(out.join(COMPLETE_MARKER), format!("{spec:?}\n"))?;
    Ok(written)
}
