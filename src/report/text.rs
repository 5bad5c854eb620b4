//! The text report: a summary for an 80-column terminal. Columns are aligned by display width,
//! not by bytes or characters, so names with diacritics (or double-width characters) still line
//! up; every line is cut to fit.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use crate::load::Tally;
use crate::model::Area;
use crate::rollup::{ChangeKind, Coverage, Figure, ItemRollup, Value};

use super::ReportInput;
use crate::present::layout::{capitalised, fit, lpad, pad};
use crate::present::{Lang, figures, num};

/// The width every line fits in.
pub const WIDTH: usize = 80;

/// Renders the text report.
#[must_use]
pub fn render(input: &ReportInput, lang: Lang) -> String {
    let mut out = Vec::new();
    title(input, &mut out);
    headline(input, lang, &mut out);
    tasks(input, &mut out);
    districts(input, &mut out);
    changes(input, &mut out);
    problems(input, &mut out);
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

fn title(input: &ReportInput, out: &mut Vec<String>) {
    let plan = &input.ds.catalogue.plan;
    out.push(match &plan.title {
        Some(t) => format!("{} — {}", plan.province, t.get(input.lang())),
        None => plan.province.clone(),
    });
    let mut when = format!("Review date {}", input.now.as_of);
    if let Some(before) = input.before {
        let _ = write!(when, ", changes since {}", before.as_of);
    }
    out.push(when);
}

fn section(out: &mut Vec<String>, heading: &str) {
    out.push(String::new());
    out.push(heading.to_owned());
    out.push("-".repeat(heading.width()));
}

fn headline(input: &ReportInput, lang: Lang, out: &mut Vec<String>) {
    section(out, "Headline");
    // Labels are 30 columns wide, or as wide as the longest in the language.
    let label_w = Figure::ALL
        .iter()
        .map(|&f| figures::label(lang, f).width())
        .fold(30, usize::max);
    let row = |a: &str, b: &str, c: &str, d: &str| {
        format!("{} {} {} {}", pad(a, label_w), pad(b, 24), lpad(c, 10), d)
    };
    let change = if input.before.is_some() { "Change" } else { "" };
    out.push(row("Figure", "Value", change, "Target"));
    let h = &input.now.headline;
    for figure in Figure::ALL {
        let value = h.value(figure);
        let change = input
            .before
            .and_then(|b| figures::delta(lang, &value, &b.headline.value(figure)))
            .unwrap_or_default();
        let target = input
            .target(figure)
            .map_or_else(String::new, |t| target_cell(value, t));
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
pub(super) fn target_cell(value: Value, target: u64) -> String {
    let Value::Count(n) = value else {
        return target.to_string();
    };
    if n >= target {
        format!("{target} (met)")
    } else {
        format!("{target} ({} to go)", target - n)
    }
}

fn tasks(input: &ReportInput, out: &mut Vec<String>) {
    let overdue: Vec<&ItemRollup> = input.overdue().collect();
    let held: Vec<&ItemRollup> = input.held_up().collect();
    for (heading, list) in [
        (format!("Overdue tasks ({})", overdue.len()), overdue),
        (
            format!("Blocked or behind, not yet overdue ({})", held.len()),
            held,
        ),
    ] {
        section(out, &heading);
        if list.is_empty() {
            out.push("None.".into());
        }
        for it in list {
            task_entry(input, it, out);
        }
    }
}

fn task_entry(input: &ReportInput, it: &ItemRollup, out: &mut Vec<String>) {
    let task = input.task(it.index);
    let title: Vec<String> = task
        .title
        .get(input.lang())
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    wrap_words(&format!("{} ", pad(&task.id, 4)), &title, out);
    let mut facts = vec![it.status.label().to_owned()];
    if let Some(p) = it.progress {
        facts.push(format!("{p} %"));
    }
    if let Some(due) = task.due {
        facts.push(format!("due {due}"));
    }
    facts.push(format!(
        "{} of {} districts done",
        it.coverage.complete, it.coverage.applicable
    ));
    out.push(format!("     {}", facts.join(", ")));
    if let Some(lead) = &task.lead {
        out.push(format!("     Lead: {}", lead.get(input.lang())));
    }
    let back: Vec<String> = input
        .holding_back(it)
        .into_iter()
        .map(|(name, s)| format!("{name} ({})", s.label()))
        .collect();
    wrap_list("     Held back by: ", &back, out);
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

/// Columns a district row needs after the name: date, stale mark and three coverage cells.
const DISTRICT_FIGURES: usize = 1 + 10 + 1 + 5 + 3 * (2 + 13);

fn districts(input: &ReportInput, out: &mut Vec<String>) {
    section(out, "Districts");
    let names = &input.ds.catalogue.plan.districts;
    // The figures take 62 columns; a name longer than what is left is cut, so that the
    // line's own cut at WIDTH never falls on a figure.
    let w = names
        .iter()
        .map(|d| d.name.width())
        .max()
        .unwrap_or(0)
        .clamp(8, WIDTH - DISTRICT_FIGURES);
    let row = |name: &str, as_of: &str, stale: &str, cells: [String; 3]| {
        let [t, m, s] = cells;
        format!(
            "{} {} {}  {}  {}  {}",
            pad(&fit(name, w, "…"), w),
            pad(as_of, 10),
            pad(stale, 5),
            lpad(&t, 13),
            lpad(&m, 13),
            lpad(&s, 13)
        )
    };
    out.push(row(
        "District",
        "As of",
        "",
        ["Tasks".into(), "Models".into(), "Services".into()],
    ));
    for d in &input.now.districts {
        let as_of = d.as_of.map_or_else(|| "no report".to_owned(), |a| a.to_string());
        out.push(row(
            &names[d.index].name,
            &as_of,
            if d.stale { "stale" } else { "" },
            Area::ALL.map(|a| coverage_cell(d.area(a))),
        ));
    }
}

/// `39/41 95.1 %`; the share is left out when nothing applies.
pub(super) fn coverage_cell(c: Coverage) -> String {
    match c.pct() {
        Some(p) => format!("{}/{} {p:.1} %", c.complete, c.applicable),
        None => format!("{}/{}", c.complete, c.applicable),
    }
}

fn changes(input: &ReportInput, out: &mut Vec<String>) {
    let (Some(changes), Some(before)) = (input.changes, input.before) else {
        return;
    };
    section(out, &format!("Changes since {}", before.as_of));
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
                    out.push(format!("{} ({}):", capitalised(kind.label()), items.len()));
                    out.extend(items);
                }
            }
            ChangeKind::StatusChanged => {
                let groups = input.status_changes();
                if !groups.is_empty() {
                    any = true;
                    let count: usize = groups.iter().map(|g| g.districts.len()).sum();
                    out.push(format!("Status changes by district ({count}):"));
                    for g in groups {
                        let mut who = g.who();
                        if let Some(last) = who.last_mut() {
                            let _ = write!(last, ": {} -> {}", g.from.label(), g.to.label());
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
                    wrap_list(&format!("{}: ", capitalised(kind.label())), &names, out);
                }
            }
            ChangeKind::Headline => {}
        }
    }
    if !any {
        out.push("No item or district changed.".into());
    }
}

fn problems(input: &ReportInput, out: &mut Vec<String>) {
    let tally = Tally::of(input.problems);
    if tally != Tally::default() {
        out.push(String::new());
        out.push(format!("Data problems: {}; see `p06 check`.", tally.summary()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{data, dataset};

    #[test]
    fn headline_figures_follow_the_language() {
        let ds = dataset();
        let data = data(&ds);
        let vi = render(&data.input(&ds), Lang::Vi);
        assert!(vi.contains("\nNhiệm vụ theo Kế hoạch "), "{vi}");
        assert!(!vi.contains("\nPlan tasks "), "{vi}");
        for line in vi.lines() {
            assert!(line.width() <= WIDTH, "{line:?} is {} wide", line.width());
        }
    }

    #[test]
    fn every_line_fits_80_columns() {
        let ds = dataset();
        let data = data(&ds);
        let text = render(&data.input(&ds), Lang::En);
        for line in text.lines() {
            assert!(line.width() <= WIDTH, "{line:?} is {} wide", line.width());
        }
        assert!(
            text.starts_with("Test | Province — Plan 1\nReview date 2024-07-31, changes since 2024-06-30\n")
        );
        assert!(
            text.contains("\n  T2 Hạ Long: not started -> blocked\n"),
            "{text}"
        );
        assert!(text.contains("Security inspections"), "{text}");
        assert!(text.contains("2 (1 to go)"), "{text}");
        assert!(text.contains("     Held back by: Cô Tô (on track)\n"), "{text}");
    }

    #[test]
    fn cuts_and_pads_by_display_width() {
        assert_eq!(pad("Cô Tô", 7), "Cô Tô  ");
        assert_eq!(lpad("Hạ Long", 9), "  Hạ Long");
    }

    #[test]
    fn a_long_district_name_is_cut_never_the_figures() {
        let mut ds = dataset();
        ds.catalogue.plan.districts[0].name = "Thành phố Hạ Long mở rộng về phía tây".repeat(2);
        let data = data(&ds);
        let text = render(&data.input(&ds), Lang::En);
        let rows: Vec<&str> = text
            .lines()
            .skip_while(|l| *l != "Districts")
            .skip(2)
            .take(ds.catalogue.district_count() + 1)
            .collect();
        assert!(rows[0].starts_with("District "), "{text}");
        for row in &rows[1..] {
            assert!(row.width() <= WIDTH, "{row}");
            // The services cell is the last: a figure, not a cut.
            assert!(row.ends_with('%') || row.ends_with("/0"), "{row}");
        }
        assert!(
            rows[1].starts_with("Thành phố Hạ Long… 2024-07-31"),
            "{}",
            rows[1]
        );
    }

    #[test]
    fn long_lists_wrap_under_their_prefix() {
        let words: Vec<String> = (0..30).map(|i| format!("District{i}")).collect();
        let mut out = Vec::new();
        wrap_list("Held: ", &words, &mut out);
        assert!(out.len() > 1);
        assert!(out.iter().all(|l| l.width() <= WIDTH));
        assert!(out[1].starts_with("      District"));
        assert_eq!(out.join(" ").split_whitespace().count(), 31);
    }
}
