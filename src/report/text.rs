//! The text report: a summary for an 80-column terminal. Columns are aligned by display width,
//! not by bytes or characters, so names with diacritics (or double-width characters) still line
//! up; every line is cut to fit.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::load::Tally;
use crate::model::Area;
use crate::rollup::{ChangeKind, Coverage, Figure, ItemRollup, Value};

use crate::present::report::{self as words, Col, Section};
use crate::present::status::{change_kind, status};

use super::ReportInput;
use crate::present::layout::{capitalised, fit, lpad, pad};
use crate::present::{Lang, figures, num};

/// The width every line fits in.
pub const WIDTH: usize = 80;

/// Renders the text report.
#[must_use]
pub fn render(input: &ReportInput, lang: Lang) -> String {
    let mut out = Vec::new();
    title(input, lang, &mut out);
    headline(input, lang, &mut out);
    tasks(input, lang, &mut out);
    districts(input, lang, &mut out);
    changes(input, lang, &mut out);
    problems(input, lang, &mut out);
    let mut text = String::new();
    for line in out {
        // Every line passes here, so no data text (titles, names, leads, ids) can reach a
        // terminal with a control character in it, whichever section put it there.
        let line = crate::present::visible(line.trim_end());
        text.push_str(fit(&line, WIDTH, "…").trim_end());
        text.push('\n');
    }
    text
}

fn title(input: &ReportInput, lang: Lang, out: &mut Vec<String>) {
    let plan = &input.ds.catalogue.plan;
    out.push(match &plan.title {
        Some(t) => format!("{} — {}", plan.province, t.get(input.lang())),
        None => plan.province.clone(),
    });
    out.push(words::review_line(
        lang,
        input.now.as_of,
        input.before.map(|b| b.as_of),
    ));
}

fn section(out: &mut Vec<String>, heading: &str) {
    out.push(String::new());
    out.push(heading.to_owned());
    out.push("-".repeat(heading.width()));
}

fn headline(input: &ReportInput, lang: Lang, out: &mut Vec<String>) {
    section(out, &words::section(lang, Section::Headline));
    // Labels are 30 columns wide, or as wide as the longest in the language.
    let label_w = Figure::ALL
        .iter()
        .map(|&f| figures::label(lang, f).width())
        .fold(30, usize::max);
    // Values are 24 columns wide, or as wide as the widest (incidents in words).
    let h = &input.now.headline;
    let value_w = Figure::ALL
        .iter()
        .map(|&f| value_cell(lang, h.value(f)).width())
        .fold(24, usize::max);
    let row = |a: &str, b: &str, c: &str, d: &str| {
        format!("{} {} {} {}", pad(a, label_w), pad(b, value_w), lpad(c, 10), d)
    };
    let target_w = WIDTH.saturating_sub(label_w + value_w + 10 + 3);
    let change = if input.before.is_some() {
        words::col(lang, Col::Change)
    } else {
        ""
    };
    out.push(row(
        words::col(lang, Col::Figure),
        words::col(lang, Col::Value),
        change,
        words::col(lang, Col::Target),
    ));
    for figure in Figure::ALL {
        let value = h.value(figure);
        let change = input
            .before
            .and_then(|b| figures::delta(lang, &value, &b.headline.value(figure)))
            .unwrap_or_default();
        let target = input.target(figure).map_or_else(String::new, |t| {
            // The last column has what is left of the line: a target whose progress does
            // not fit there shows the target alone rather than a word cut in half.
            let cell = target_cell(lang, value, t);
            if cell.width() > target_w {
                words::target(lang, t, None)
            } else {
                cell
            }
        });
        out.push(row(
            figures::label(lang, figure),
            &value_cell(lang, value),
            &change,
            &target,
        ));
    }
}

/// A figure's value, ratios with their share.
pub(super) fn value_cell(lang: Lang, value: Value) -> String {
    match value {
        Value::Ratio(r) => match r.pct() {
            Some(p) => format!("{}/{} ({})", r.complete, r.total, num::pct(lang, p)),
            None => figures::value(lang, &value),
        },
        other => figures::value(lang, &other),
    }
}

/// A security target and how far the count is from it.
pub(super) fn target_cell(lang: Lang, value: Value, target: u64) -> String {
    let count = match value {
        Value::Count(n) => Some(n),
        _ => None,
    };
    words::target(lang, target, count)
}

fn tasks(input: &ReportInput, lang: Lang, out: &mut Vec<String>) {
    let overdue: Vec<&ItemRollup> = input.overdue().collect();
    let held: Vec<&ItemRollup> = input.held_up().collect();
    for (heading, list) in [
        (Section::Overdue(overdue.len()), overdue),
        (Section::HeldUp(held.len()), held),
    ] {
        section(out, &words::section(lang, heading));
        if list.is_empty() {
            out.push(words::none(lang).into());
        }
        for it in list {
            task_entry(input, lang, it, out);
        }
    }
}

fn task_entry(input: &ReportInput, lang: Lang, it: &ItemRollup, out: &mut Vec<String>) {
    let task = input.task(it.index);
    let title: Vec<String> = task
        .title
        .get(input.lang())
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    wrap_words(&format!("{} ", pad(&task.id, 4)), &title, out);
    let mut facts = vec![status(lang, it.status).to_owned()];
    if let Some(p) = it.progress {
        facts.push(format!("{p} %"));
    }
    if let Some(due) = task.due {
        facts.push(words::due(lang, due));
    }
    facts.push(words::districts_done(
        lang,
        it.coverage.complete,
        it.coverage.applicable,
    ));
    out.push(format!("     {}", facts.join(", ")));
    if let Some(lead) = &task.lead {
        out.push(format!("     {}{}", words::lead(lang), lead.get(input.lang())));
    }
    let back: Vec<String> = input
        .holding_back(it)
        .into_iter()
        .map(|(name, s)| format!("{name} ({})", status(lang, s)))
        .collect();
    wrap_list(&format!("     {}", words::held_back_by(lang)), &back, out);
}

/// Appends `prefix` and the comma-separated entries, wrapped at [`WIDTH`] under the prefix.
fn wrap_list(prefix: &str, entries: &[String], out: &mut Vec<String>) {
    let n = entries.len();
    let words: Vec<String> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| if i + 1 < n { format!("{e},") } else { e.clone() })
        .collect();
    wrap_words(prefix, &words, out);
}

/// Appends `prefix` and the words separated by spaces, wrapped at [`WIDTH`] under the prefix.
/// A word never splits; one wider than a line is cut when the report is assembled.
fn wrap_words(prefix: &str, words: &[String], out: &mut Vec<String>) {
    out.extend(crate::present::layout::wrap_words(prefix, words, WIDTH));
}

/// Columns a district row needs after the name, but for the stale mark: date and three
/// coverage cells.
const DISTRICT_FIGURES: usize = 1 + 10 + 1 + 3 * (2 + 13);

fn districts(input: &ReportInput, lang: Lang, out: &mut Vec<String>) {
    section(out, &words::section(lang, Section::Districts));
    let names = &input.ds.catalogue.plan.districts;
    let stale_w = words::stale(lang).width().max(5);
    let as_of_w = words::col(lang, Col::AsOf).width().max(10);
    // The figures take 62 columns in English; a name longer than what is left is cut, so
    // that the line's own cut at WIDTH never falls on a figure.
    let w = names
        .iter()
        .map(|d| d.name.width())
        .max()
        .unwrap_or(0)
        .clamp(8, WIDTH - DISTRICT_FIGURES - stale_w - (as_of_w - 10));
    let row = |name: &str, as_of: &str, stale: &str, cells: [String; 3]| {
        let [t, m, s] = cells;
        format!(
            "{} {} {}  {}  {}  {}",
            pad(&fit(name, w, "…"), w),
            pad(as_of, as_of_w),
            pad(stale, stale_w),
            lpad(&t, 13),
            lpad(&m, 13),
            lpad(&s, 13)
        )
    };
    out.push(row(
        words::col(lang, Col::District),
        words::col(lang, Col::AsOf),
        "",
        [Col::Tasks, Col::Models, Col::Services].map(|c| words::col(lang, c).to_owned()),
    ));
    for d in &input.now.districts {
        let as_of = d.as_of.map_or_else(
            || status(lang, crate::rollup::Status::NoReport).to_owned(),
            |a| num::date(lang, a),
        );
        out.push(row(
            &names[d.index].name,
            &as_of,
            if d.stale { words::stale(lang) } else { "" },
            Area::ALL.map(|a| coverage_cell(lang, d.area(a))),
        ));
    }
}

/// `39/41 95.1 %`; the share is left out when nothing applies.
pub(super) fn coverage_cell(lang: Lang, c: Coverage) -> String {
    match c.pct() {
        Some(p) => format!("{}/{} {}", c.complete, c.applicable, num::pct(lang, p)),
        None => format!("{}/{}", c.complete, c.applicable),
    }
}

fn changes(input: &ReportInput, lang: Lang, out: &mut Vec<String>) {
    let (Some(changes), Some(before)) = (input.changes, input.before) else {
        return;
    };
    section(out, &words::section(lang, Section::ChangesSince(before.as_of)));
    let cat = &input.ds.catalogue;
    let mut any = false;
    for (kind, list) in changes.by_kind() {
        match kind {
            ChangeKind::BecameComplete | ChangeKind::NoLongerComplete | ChangeKind::BecameOverdue => {
                let items: Vec<String> = list
                    .iter()
                    .filter_map(|c| {
                        let (area, id) = (c.area?, c.id.as_deref()?);
                        let title = cat
                            .item_index(area, id)
                            .map_or("", |i| cat.item_title(area, i, input.lang()));
                        Some(format!("  {} {title}", pad(id, 4)))
                    })
                    .collect();
                if !items.is_empty() {
                    any = true;
                    out.push(format!(
                        "{} ({}):",
                        capitalised(change_kind(lang, kind)),
                        items.len()
                    ));
                    out.extend(items);
                }
            }
            ChangeKind::StatusChanged => {
                let groups = input.status_changes();
                if !groups.is_empty() {
                    any = true;
                    let count: usize = groups.iter().map(|g| g.districts.len()).sum();
                    out.push(format!("{}:", words::status_changes(lang, count)));
                    for g in groups {
                        let mut who = g.who(lang);
                        if let Some(last) = who.last_mut() {
                            let (from, to) = (status(lang, g.from), status(lang, g.to));
                            let _ = write!(last, ": {from} -> {to}");
                        }
                        wrap_list(&format!("  {} ", g.id), &who, out);
                    }
                }
            }
            ChangeKind::StartedReporting | ChangeKind::WentStale | ChangeKind::ResumedReporting => {
                let names: Vec<String> = list
                    .iter()
                    .filter_map(|c| Some(input.district_name(c.district.as_deref()?).to_owned()))
                    .collect();
                if !names.is_empty() {
                    any = true;
                    wrap_list(
                        &format!("{}: ", capitalised(change_kind(lang, kind))),
                        &names,
                        out,
                    );
                }
            }
            ChangeKind::Headline => {}
        }
    }
    if !any {
        out.push(words::no_change(lang).into());
    }
}

fn problems(input: &ReportInput, lang: Lang, out: &mut Vec<String>) {
    let tally = Tally::of(input.problems);
    if tally != Tally::default() {
        out.push(String::new());
        out.push(words::problems_line(lang, tally));
    }
}

#[cfg(test)]
mod tests;
