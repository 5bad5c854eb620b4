//! The notice as a Word document (`.docx`), which is what the provincial office circulates.
//! Built with docx-rs; the words are the Markdown notice's, laid out as headings, lines and
//! tables.

use std::io::Cursor;

use docx_rs::{Docx, Paragraph, Run, Table, TableCell, TableRow};

use crate::present::Lang;
use crate::present::directions::{self as words, Words};
use crate::present::figures;
use crate::present::num::date;

use super::Notice;

/// XML 1.0 cannot hold most control characters; a data file's stray ones become spaces.
fn clean(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(clean(text)))
}

fn heading(text: &str, size: usize) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(clean(text)).bold().size(size))
}

fn table(header: &[&str], rows: Vec<Vec<String>>) -> Table {
    let row = |cells: Vec<String>, bold: bool| {
        TableRow::new(
            cells
                .into_iter()
                .map(|c| {
                    let run = Run::new().add_text(clean(&c));
                    TableCell::new().add_paragraph(Paragraph::new().add_run(if bold {
                        run.bold()
                    } else {
                        run
                    }))
                })
                .collect(),
        )
    };
    let mut all = vec![row(header.iter().map(|h| (*h).to_owned()).collect(), true)];
    all.extend(rows.into_iter().map(|r| row(r, false)));
    Table::new(all)
}

/// The document's bytes.
pub fn render(n: &Notice<'_>, lang: Lang) -> Result<Vec<u8>, String> {
    let w = Words { lang };
    let due = |d: Option<crate::model::Date>| d.map_or_else(|| w.no_due().to_owned(), |x| date(lang, x));
    let mut doc = Docx::new().add_paragraph(heading(&w.notice_title(n.date), 32));
    if let Some(title) = n.meeting.and_then(|m| m.title.as_deref()) {
        doc = doc.add_paragraph(heading(title, 26));
    }
    doc = doc
        .add_paragraph(para(&format!("{}: {}", w.province(), n.province)))
        .add_paragraph(para(&format!("{}: {}", w.meeting(), date(lang, n.date))));
    if let Some(chair) = n.meeting.and_then(|m| m.chair.as_deref()) {
        doc = doc.add_paragraph(para(&format!("{}: {chair}", w.chair())));
    }
    let data = match n.data() {
        Some(d) => w.data_reviewed(d.files, &d.sha256),
        None => w.no_data_record().to_owned(),
    };
    doc = doc
        .add_paragraph(para(&data))
        .add_paragraph(heading(&w.headline(n.as_of, n.since), 28))
        .add_table(table(
            &[w.figure(), w.value(), w.change()],
            n.headline
                .iter()
                .map(|h| {
                    vec![
                        figures::label(lang, h.figure).to_owned(),
                        figures::value(lang, &h.value),
                        h.change(lang).unwrap_or_default(),
                    ]
                })
                .collect(),
        ))
        .add_paragraph(heading(&w.follow_up_heading(n.as_of), 28));
    if n.follow_up.is_empty() {
        doc = doc.add_paragraph(para(w.none()));
    } else {
        let rows = n
            .follow_up
            .iter()
            .map(|e| {
                let mut judged = words::follow_up(lang, e.judgment.follow_up).to_owned();
                if e.judgment.contradiction {
                    judged = format!("{judged} ({})", words::contradiction(lang));
                }
                vec![
                    e.reference.to_string(),
                    e.direction.text.clone(),
                    e.direction.owner.clone(),
                    due(e.direction.due),
                    words::state(lang, e.direction.state).to_owned(),
                    judged,
                ]
            })
            .collect();
        doc = doc.add_table(table(
            &[
                w.reference(),
                w.direction(),
                w.owner(),
                w.due(),
                w.recorded(),
                w.data_says(),
            ],
            rows,
        ));
    }
    doc = doc.add_paragraph(heading(w.this_meeting_heading(), 28));
    let groups = n.by_owner();
    if groups.is_empty() {
        doc = doc.add_paragraph(para(w.none()));
    }
    for (owner, entries) in groups {
        doc = doc.add_paragraph(heading(owner, 24));
        for e in entries {
            doc = doc.add_paragraph(para(&format!(
                "{}. {} — {}: {}",
                e.reference,
                e.direction.text,
                w.due(),
                due(e.direction.due)
            )));
        }
    }
    let mut out = Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}
