//! The security section of a synthetic snapshot: a few dozen inspections, trainings and drills
//! a year per district (each listed once its date is reached), four-layer protection switching
//! on over the year, anti-malware coverage and incidents.

use serde::Serialize;

use super::words::*;
use super::{Rng, Spec, iso, week_day};

#[derive(Serialize)]
pub struct Security {
    inspections: Vec<Inspection>,
    trainings: Vec<Training>,
    drills: Vec<Drill>,
    four_layer: FourLayer,
    anti_malware: AntiMalware,
    incidents: Incidents,
}

#[derive(Serialize)]
struct Inspection {
    unit: String,
    date: String,
    findings: Findings,
    resolved: u64,
}

#[derive(Serialize)]
struct Findings {
    high: u64,
    medium: u64,
    low: u64,
}

#[derive(Serialize)]
struct Training {
    date: String,
    title: &'static str,
    participants: u64,
}

#[derive(Serialize)]
struct Drill {
    date: String,
    title: &'static str,
    unit: String,
}

#[derive(Serialize)]
struct FourLayer {
    on_site: bool,
    monitoring: bool,
    inspection: bool,
    national_connection: bool,
}

#[derive(Serialize)]
struct AntiMalware {
    endpoints: u64,
    protected: u64,
    centrally_managed: bool,
}

#[derive(Serialize)]
struct Incidents {
    detected: u64,
    resolved: u64,
}

pub fn security(spec: &Spec, d: usize, k: u64) -> Security {
    let mut r = Rng::new(&[spec.seed, 20, d as u64]);
    let today = week_day(k as usize);
    let year = 7 * spec.dates as u64;
    let (n_ins, n_tr, n_dr) = (8 + r.below(13), 10 + r.below(15), 2 + r.below(5));
    let day = |r: &mut Rng| week_day(0) - 6 + r.below(year) as i64;
    let mut inspections: Vec<(i64, Inspection)> = (0..n_ins)
        .map(|_| {
            let date = day(&mut r);
            let findings = Findings {
                high: r.below(2),
                medium: r.below(4),
                low: r.below(6),
            };
            let found = findings.high + findings.medium + findings.low;
            let resolved = if today - date > 28 { found } else { found / 2 };
            let unit = r.pick(UNITS).to_owned();
            (
                date,
                Inspection {
                    unit,
                    date: iso(date),
                    findings,
                    resolved,
                },
            )
        })
        .collect();
    let mut trainings: Vec<(i64, Training)> = (0..n_tr)
        .map(|_| {
            let date = day(&mut r);
            (
                date,
                Training {
                    date: iso(date),
                    title: r.pick(TRAININGS),
                    participants: 20 + r.below(200),
                },
            )
        })
        .collect();
    let mut drills: Vec<(i64, Drill)> = (0..n_dr)
        .map(|_| {
            let date = day(&mut r);
            (
                date,
                Drill {
                    date: iso(date),
                    title: r.pick(DRILLS),
                    unit: r.pick(UNITS).to_owned(),
                },
            )
        })
        .collect();
    fn upto<T>(v: &mut Vec<(i64, T)>, today: i64) -> Vec<T> {
        v.sort_by_key(|(d, _)| *d);
        v.drain(..).filter(|(d, _)| *d <= today).map(|(_, x)| x).collect()
    }
    let weeks = spec.dates as u64;
    let endpoints = 50 + r.below(600);
    let (mon, ins, nat) = (r.below(weeks / 2 + 1), r.below(weeks), r.below(weeks + 10));
    let detected = k * r.below(4) / 4;
    Security {
        inspections: upto(&mut inspections, today),
        trainings: upto(&mut trainings, today),
        drills: upto(&mut drills, today),
        four_layer: FourLayer {
            on_site: true,
            monitoring: k >= mon,
            inspection: k >= ins,
            national_connection: k >= nat,
        },
        anti_malware: AntiMalware {
            endpoints,
            protected: endpoints - endpoints * 20u64.saturating_sub(k) / 100,
            centrally_managed: r.below(3) > 0,
        },
        incidents: Incidents {
            detected,
            resolved: detected - u64::from(detected > 0 && r.below(4) == 0),
        },
    }
}
