//! The `p06 directions` listing for a terminal: the follow-up of earlier directions, then this
//! meeting's, one block per direction. Data text is escaped.

use std::fmt::Write as _;

use crate::present::Lang;
use crate::present::directions::{self as words, Words};
use crate::present::num::date;
use crate::present::visible;

use super::{Entry, Notice};

fn block(out: &mut String, lang: Lang, e: &Entry<'_>) {
    let w = Words { lang };
    let d = e.direction;
    let due = d.due.map_or_else(|| w.no_due().to_owned(), |x| date(lang, x));
    let _ = writeln!(
        out,
        "  {}  {}  [{}: {}]  {}: {}  {}: {}",
        e.reference,
        visible(&words::subject(lang, &d.subject)),
        w.recorded(),
        words::state(lang, d.state),
        w.data_says(),
        words::follow_up(lang, e.judgment.follow_up),
        w.due(),
        due
    );
    let _ = writeln!(out, "      {}", visible(&d.text));
    let _ = writeln!(out, "      {}: {}", w.owner(), visible(&d.owner));
    if let Some(note) = &d.note {
        let _ = writeln!(out, "      {}: {}", w.note(), visible(note));
    }
    if e.judgment.contradiction {
        let _ = writeln!(out, "      ! {}", words::contradiction(lang));
    }
}

#[must_use]
pub fn render(n: &Notice<'_>, lang: Lang) -> String {
    let w = Words { lang };
    let mut out = String::new();
    let _ = writeln!(out, "{} {}", w.meeting(), date(lang, n.date));
    let _ = writeln!(out, "{}", w.follow_up_heading(n.as_of));
    if n.follow_up.is_empty() {
        let _ = writeln!(out, "  {}", w.none());
    }
    for e in &n.follow_up {
        block(&mut out, lang, e);
    }
    let _ = writeln!(out, "{}", w.this_meeting_heading());
    if n.own.is_empty() {
        let _ = writeln!(out, "  {}", w.none());
    }
    for e in &n.own {
        block(&mut out, lang, e);
    }
    out
}
