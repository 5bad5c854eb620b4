//! The markdown report, ready to paste into meeting minutes: headings, the headline as a table
//! (with a Change column when comparing), overdue and held-up tasks with their lead agency, the
//! district table and the changes. Tables are GitHub-flavoured; cell text is escaped so that a
//! `|` in a title cannot split a row.

use std::fmt::Write;

use crate::load::Tally;
use crate::model::Area;
use crate::rollup::{ChangeKind, Figure, ItemRollup};

use super::ReportInput;
use super::text::{coverage_cell, target_cell, value_cell};
use crate::present::layout::capitalised;
use crate::present::{Lang, figures};

/// Renders the markdown report.
#[must_use]
pub fn render(input: &ReportInput, lang: Lang) -> String {
    let mut md = String::new();
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = write_all(input, lang, &mut md);
    md
}

/// Text for a table cell: `|` escaped, line breaks flattened (a break would end the row).
#[must_use]
pub fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// Text for a heading or list item: one line.
fn line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

fn row(md: &mut String, cells: &[&str]) -> std::fmt::Result {
    md.push('|');
    for c in cells {
        write!(md, " {} |", cell(c))?;
    }
    md.push('\n');
    Ok(())
}

fn write_all(input: &ReportInput, lang: Lang, md: &mut String) -> std::fmt::Result {
    let plan = &input.ds.catalogue.plan;
    match &plan.title {
        Some(t) => writeln!(md, "# {} — {}", line(&plan.province), line(t))?,
        None => writeln!(md, "# {}", line(&plan.province))?,
    }
    write!(md, "\nReview date: **{}**", input.now.as_of)?;
    if let Some(b) = input.before {
        write!(md, "; changes since **{}**", b.as_of)?;
    }
    md.push_str(".\n");
    headline(input, lang, md)?;
    tasks(input, md)?;
    districts(input, md)?;
    changes(input, md)?;
    let tally = Tally::of(input.problems);
    if tally != Tally::default() {
        writeln!(
            md,
            "\n## Data problems\n\n{} at {}; `p06 check` lists them.",
            tally.summary(),
            input.now.as_of
        )?;
    }
    Ok(())
}

fn headline(input: &ReportInput, lang: Lang, md: &mut String) -> std::fmt::Result {
    md.push_str("\n## Headline\n\n");
    let comparing = input.before.is_some();
    if comparing {
        md.push_str("| Figure | Value | Change | Target |\n|---|---:|---:|---:|\n");
    } else {
        md.push_str("| Figure | Value | Target |\n|---|---:|---:|\n");
    }
    let h = &input.now.headline;
    for figure in Figure::ALL {
        let value = h.value(figure);
        let target = input
            .target(figure)
            .map_or_else(String::new, |t| target_cell(value, t));
        let shown = value_cell(lang, value);
        match input.before {
            Some(b) => {
                let change = figures::delta(lang, &value, &b.headline.value(figure)).unwrap_or_default();
                row(md, &[figures::label(lang, figure), &shown, &change, &target])?;
            }
            None => row(md, &[figures::label(lang, figure), &shown, &target])?,
        }
    }
    Ok(())
}

fn tasks(input: &ReportInput, md: &mut String) -> std::fmt::Result {
    let overdue: Vec<&ItemRollup> = input.overdue().collect();
    let held: Vec<&ItemRollup> = input.held_up().collect();
    for (heading, list) in [
        ("Overdue tasks", overdue),
        ("Blocked or behind, not yet overdue", held),
    ] {
        writeln!(md, "\n## {heading} ({})\n", list.len())?;
        if list.is_empty() {
            md.push_str("None.\n");
            continue;
        }
        md.push_str("| Task | Title | Lead | Due | Status | Progress | Held back by |\n");
        md.push_str("|---|---|---|---|---|---:|---|\n");
        for it in list {
            let task = input.task(it.index);
            let back: Vec<String> = input
                .holding_back(it)
                .into_iter()
                .map(|(name, s)| format!("{name} ({})", s.label()))
                .collect();
            row(
                md,
                &[
                    &task.id,
                    &task.title,
                    task.lead.as_deref().unwrap_or(""),
                    &task.due.map(|d| d.to_string()).unwrap_or_default(),
                    it.status.label(),
                    &it.progress.map(|p| format!("{p} %")).unwrap_or_default(),
                    &back.join(", "),
                ],
            )?;
        }
    }
    Ok(())
}

fn districts(input: &ReportInput, md: &mut String) -> std::fmt::Result {
    md.push_str("\n## Districts\n\n");
    md.push_str("| District | As of | Stale | Tasks | Models | Services |\n");
    md.push_str("|---|---|---|---:|---:|---:|\n");
    let names = &input.ds.catalogue.plan.districts;
    for d in &input.now.districts {
        let [t, m, s] = Area::ALL.map(|a| coverage_cell(d.area(a)));
        row(
            md,
            &[
                &names[d.index].name,
                &d.as_of.map_or_else(|| "no report".to_owned(), |a| a.to_string()),
                if d.stale { "stale" } else { "" },
                &t,
                &m,
                &s,
            ],
        )?;
    }
    Ok(())
}

fn changes(input: &ReportInput, md: &mut String) -> std::fmt::Result {
    let (Some(changes), Some(before)) = (input.changes, input.before) else {
        return Ok(());
    };
    writeln!(md, "\n## Changes since {}", before.as_of)?;
    let cat = &input.ds.catalogue;
    let mut any = false;
    for (kind, list) in changes.by_kind() {
        match kind {
            ChangeKind::BecameComplete | ChangeKind::NoLongerComplete | ChangeKind::BecameOverdue => {
                let items: Vec<(&str, &str)> = list
                    .iter()
                    .filter_map(|c| {
                        let (area, id) = (c.area?, c.id.as_deref()?);
                        Some((
                            id,
                            cat.item_index(area, id).map_or("", |i| cat.item_title(area, i)),
                        ))
                    })
                    .collect();
                if items.is_empty() {
                    continue;
                }
                any = true;
                writeln!(md, "\n### {} ({})\n", capitalised(kind.label()), items.len())?;
                for (id, title) in items {
                    writeln!(md, "- **{}** {}", line(id), line(title))?;
                }
            }
            ChangeKind::StatusChanged => {
                let groups = input.status_changes();
                if !groups.is_empty() {
                    any = true;
                    let count: usize = groups.iter().map(|g| g.districts.len()).sum();
                    writeln!(md, "\n### Status changes by district ({count})\n")?;
                    md.push_str("| Item | Districts | From | To |\n|---|---|---|---|\n");
                    for g in groups {
                        row(md, &[g.id, &g.who().join(", "), g.from.label(), g.to.label()])?;
                    }
                }
            }
            ChangeKind::StartedReporting | ChangeKind::WentStale | ChangeKind::ResumedReporting => {
                let names: Vec<&str> = list
                    .iter()
                    .filter_map(|c| Some(input.district_name(c.district.as_deref()?)))
                    .collect();
                if !names.is_empty() {
                    any = true;
                    writeln!(
                        md,
                        "\n### {}\n\n{}",
                        capitalised(kind.label()),
                        line(&names.join(", "))
                    )?;
                }
            }
            ChangeKind::Headline => {}
        }
    }
    if !any {
        md.push_str("\nNo item or district changed.\n");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{data, dataset};

    #[test]
    fn pipes_in_cells_are_escaped() {
        assert_eq!(cell("a | b"), "a \\| b");
        assert_eq!(cell("two\nlines"), "two lines");
        let ds = dataset();
        let data = data(&ds);
        let md = render(&data.input(&ds), Lang::En);
        assert!(md.starts_with("# Test | Province — Plan 1\n"), "{md}");
        assert!(
            md.contains(
                "| T1 | Clean \\| data | Police | 2024-06-30 | on track | 75 % | Cô Tô (on track) |\n"
            ),
            "{md}"
        );
        // Every table row has as many cells as its header.
        for block in md.split("\n\n").filter(|b| b.starts_with('|')) {
            let cells = |l: &str| l.replace("\\|", "").matches('|').count();
            let header = cells(block.lines().next().unwrap_or_default());
            assert!(block.lines().all(|l| cells(l) == header), "{block}");
        }
    }

    #[test]
    fn the_change_column_shows_only_when_comparing() {
        let ds = dataset();
        let data = crate::report::ReportData::compute(&ds, crate::report::tests::date("2024-07-31"), None);
        let md = render(&data.input(&ds), Lang::En);
        assert!(md.contains("| Figure | Value | Target |\n"), "{md}");
        assert!(!md.contains("Change"), "{md}");
        assert!(!md.contains("## Changes since"), "{md}");
    }
}
