//! Each district's status of each item, month by month: the task, model and service entries
//! of a snapshot, following the plan's story (what is done when, who lags, the imperfections).

use super::data::*;
use super::shapes::*;
use super::{as_of, day_in, hash};

pub(crate) fn entry(id: &'static str, status: &'static str, progress: u32) -> TaskEntry {
    TaskEntry {
        id,
        status,
        progress,
        completed_on: None,
        note: None,
        blocker: None,
        remarks: None,
    }
}

pub(crate) fn done(id: &'static str, month: u32, h: u64) -> TaskEntry {
    TaskEntry {
        completed_on: Some(day_in(month, h)),
        ..entry(id, "done", 100)
    }
}

pub(crate) fn plan_task(t: &TaskRow, d: &str, m: u32) -> TaskEntry {
    let (id, _, _, _, due, _, fm) = *t;
    let h = hash(&[id, d]);
    let start = fm.saturating_sub(4).max(1);
    if let Some(&(_, _, status, p_dec, from, done_m, blocker)) =
        TASK_HOLDOUTS.iter().find(|x| x.0 == id && x.1 == d)
    {
        if done_m > 0 && m >= done_m {
            return done(id, done_m, h);
        }
        if m < start {
            return entry(id, "not_started", 0);
        }
        let progress = if m <= 12 {
            p_dec * (m - start + 1) / (12 - start + 1)
        } else {
            (p_dec + 8 * (m - 12)).min(95)
        };
        if m >= from {
            return TaskEntry {
                blocker: Some(blocker),
                ..entry(id, status, progress.max(10))
            };
        }
        return entry(id, "on_track", progress.max(10));
    }
    let cm = fm.saturating_sub((h % 3) as u32).max(start);
    if m >= cm {
        done(id, cm, h)
    } else if m < start {
        entry(id, "not_started", 0)
    } else {
        let progress = 10 + 80 * (m - start) / (cm - start);
        if as_of(m).as_str() > due {
            let note = "Past the due date; completion expected next month";
            TaskEntry {
                note: Some(note),
                ..entry(id, "behind", progress)
            }
        } else {
            entry(id, "on_track", progress)
        }
    }
}

pub(crate) fn key_task(id: &'static str, d: &str, m: u32) -> TaskEntry {
    let h = hash(&[id, d]);
    if let Some(&(_, _, dm)) = KEY_DONE.iter().find(|x| x.0 == id && x.1 == d) {
        if m >= dm {
            return done(id, dm, h);
        }
    }
    match m {
        ..=11 => entry(id, "not_started", 0),
        _ => entry(id, "on_track", 5 + (h % 26) as u32 + 7 * (m - 12)),
    }
}

pub(crate) fn model_state(md: &ModelRow, d: &str, m: u32) -> ModelEntry {
    let (id, _, new, _, _, fm) = *md;
    let h = hash(&[id, d]);
    let holdout = MODEL_HOLDOUTS.iter().find(|x| x.0 == id && x.1 == d);
    if let Some(&(_, _, status, from, done_m, note)) = holdout {
        let status = match status {
            _ if done_m > 0 && m >= done_m => {
                return ModelEntry {
                    id,
                    status: "operating",
                    note: None,
                };
            }
            "piloting" if m < from => "planned",
            s => s,
        };
        return ModelEntry {
            id,
            status,
            note: Some(note),
        };
    }
    let lo = if new { 3 } else { 1 };
    let om = if !new && h % 2 == 0 {
        1
    } else {
        fm.saturating_sub((h % 4) as u32).max(lo)
    };
    let status = if m >= om {
        "operating"
    } else if m + 2 >= om {
        "piloting"
    } else {
        "planned"
    };
    ModelEntry {
        id,
        status,
        note: None,
    }
}

pub(crate) fn service_status(s: &ServiceRow, d: &str, m: u32) -> (&'static str, Option<&'static str>) {
    let (id, _, _, fm) = *s;
    let h = hash(&[id, d]);
    if (id, d, m) == ("S05", "MC", 7) {
        return (
            "partial",
            Some("Link to the national population database down during the July system upgrade"),
        );
    }
    let holdout = SERVICE_HOLDOUTS.iter().find(|x| x.0 == id && x.1 == d);
    if let Some(&(_, _, status, from, done_m, note)) = holdout {
        return match status {
            _ if done_m > 0 && m >= done_m => ("online", None),
            "partial" if m < from => ("offline", Some(note)),
            s => (s, Some(note)),
        };
    }
    let om = if h % 3 != 0 {
        1
    } else {
        fm.saturating_sub((h % 3) as u32).max(1)
    };
    (
        if m >= om {
            "online"
        } else if m + 3 >= om {
            "partial"
        } else {
            "offline"
        },
        None,
    )
}

pub(crate) fn service_entry(s: &ServiceRow, d: &District, m: u32) -> ServiceEntry {
    let (id, ..) = *s;
    let h = hash(&[id, d.code]);
    let weight = 1 + hash(&[id]) % 8;
    let monthly = (d.residents * weight).div_ceil(4000);
    let (mut online, mut total) = (0, 0);
    for k in 1..=m {
        let month_total = if k == 14 { monthly / 2 } else { monthly };
        let share = match service_status(s, d.code, k).0 {
            "online" => 80 + h % 18,
            "partial" => 35 + h % 30,
            _ => 0,
        };
        total += month_total;
        online += month_total * share / 100;
    }
    let (status, note) = service_status(s, d.code, m);
    ServiceEntry {
        id,
        status,
        applications: Applications { online, total },
        note,
    }
}

// ---------------------------------------------------------------- identity and security
