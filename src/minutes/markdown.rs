//! The notice in Markdown, for pasting into the office's documents.

use std::fmt::Write as _;

use crate::present::Lang;
use crate::present::directions::{self as words, Words};
use crate::present::figures;
use crate::present::num::date;

use super::{Entry, Notice};

/// Markdown table cells hold one line and no bar.
fn cell(s: &str) -> String {
    crate::present::visible(s).replace('|', "\\|").replace('\n', " ")
}

fn due(w: Words, e: &Entry<'_>) -> String {
    e.direction
        .due
        .map_or_else(|| w.no_due().to_owned(), |d| date(w.lang, d))
}

fn judged(lang: Lang, e: &Entry<'_>) -> String {
    let mut s = words::follow_up(lang, e.judgment.follow_up).to_owned();
    if e.judgment.contradiction {
        let _ = write!(s, " (⚠ {})", words::contradiction(lang));
    }
    s
}

#[must_use]
pub fn render(n: &Notice<'_>, lang: Lang) -> String {
    let w = Words { lang };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", w.notice_title(n.date));
    if let Some(title) = n.meeting.and_then(|m| m.title.as_deref()) {
        let _ = writeln!(out, "**{}**\n", cell(title));
    }
    let _ = writeln!(out, "- {}: {}", w.province(), cell(n.province));
    let _ = writeln!(out, "- {}: {}", w.meeting(), date(lang, n.date));
    if let Some(chair) = n.meeting.and_then(|m| m.chair.as_deref()) {
        let _ = writeln!(out, "- {}: {}", w.chair(), cell(chair));
    }
    let data = match n.data() {
        Some(d) => w.data_reviewed(d.files, &cell(&d.sha256)),
        None => w.no_data_record().to_owned(),
    };
    let _ = writeln!(out, "- {data}\n");
    let _ = writeln!(out, "## {}\n", w.headline(n.as_of, n.since));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---:|---:|",
        w.figure(),
        w.value(),
        w.change()
    );
    for row in &n.headline {
        let change = row.change(lang).unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} | {change} |",
            figures::label(lang, row.figure),
            figures::value(lang, &row.value)
        );
    }
    let _ = writeln!(out, "\n## {}\n", w.follow_up_heading(n.as_of));
    if n.follow_up.is_empty() {
        let _ = writeln!(out, "{}", w.none());
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|---|",
            w.reference(),
            w.subject(),
            w.direction(),
            w.owner(),
            w.due(),
            w.recorded(),
            w.data_says()
        );
        for e in &n.follow_up {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                e.reference,
                cell(&words::subject(lang, &e.direction.subject)),
                cell(&e.direction.text),
                cell(&e.direction.owner),
                due(w, e),
                words::state(lang, e.direction.state),
                judged(lang, e)
            );
        }
    }
    let _ = writeln!(out, "\n## {}\n", w.this_meeting_heading());
    let groups = n.by_owner();
    if groups.is_empty() {
        let _ = writeln!(out, "{}", w.none());
    }
    for (owner, entries) in groups {
        let _ = writeln!(out, "### {}\n", cell(owner));
        for e in entries {
            let _ = writeln!(
                out,
                "- **{}** {} — {}: {} ({})",
                e.reference,
                cell(&e.direction.text),
                w.due(),
                due(w, e),
                cell(&words::subject(lang, &e.direction.subject))
            );
        }
        out.push('\n');
    }
    // A blank line parts the owners, and none trails the last: the notice ends with its text.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
