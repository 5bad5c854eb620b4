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

/// Text for a table cell: see [`literal`].
#[must_use]
pub fn cell(s: &str) -> String {
    literal(s, false)
}

/// Text at the start of a line (a heading, a paragraph): see [`literal`].
fn line(s: &str) -> String {
    literal(s, true)
}

/// Text from the data made literal in CommonMark and GFM: whatever it holds, a renderer shows
/// exactly its characters, in the cell it was put in. Line breaks and tabs become spaces (a
/// break would end a table row), control characters are visibly escaped, the edges are
/// trimmed (a renderer trims them), `<` and `&` become entities (no HTML, no entity), and every
/// other character that can start markup inline (`\`, `` ` ``, `*`, `_`, `[`, `]`, `|`, `~`,
/// `#`) is backslash-escaped. At the start of a line, so are the characters that open a block
/// there: `-`, `+`, `=`, `>`, and the `.` or `)` after leading digits (a numbered list).
/// Other punctuation is left alone, so that the minutes stay readable as plain text.
#[must_use]
pub fn literal(s: &str, line_start: bool) -> String {
    let flat: String = s
        .chars()
        .map(|c| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c })
        .collect();
    let shown = crate::present::visible(flat.trim());
    let mut out = String::with_capacity(shown.len() + 8);
    let digits = shown.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in shown.chars().enumerate() {
        match c {
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' | '>' if line_start && i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if line_start && i == digits && digits > 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
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
        Some(t) => writeln!(md, "# {} — {}", line(&plan.province), line(t.get(input.lang())))?,
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
                    task.title.get(input.lang()),
                    task.lead.as_ref().map_or("", |l| l.get(input.lang())),
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
                            cat.item_index(area, id)
                                .map_or("", |i| cat.item_title(area, i, input.lang())),
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
mod tests;
