//! The notice as JSON (spec section 8): every direction in view with at least `ref`, `state`
//! and `follow_up`; also the listing's `--format json`.

use serde_json::{Value as Json, json};

use super::{Entry, Notice};

/// The format tag of the minutes' JSON.
pub const FORMAT: &str = "p06.minutes/1";

fn entry(e: &Entry<'_>) -> Json {
    let d = e.direction;
    json!({
        "ref": e.reference.to_string(),
        "meeting": e.reference.date,
        "id": d.id,
        "subject": d.subject,
        "text": d.text,
        "owner": d.owner,
        "due": d.due,
        "state": d.state,
        "closed_on": d.closed_on,
        "note": d.note,
        "follow_up": e.judgment.follow_up,
        "contradiction": e.judgment.contradiction,
    })
}

#[must_use]
pub fn value(n: &Notice<'_>) -> Json {
    let m = n.meeting;
    json!({
        "format": FORMAT,
        "province": n.province,
        "meeting": {
            "date": n.date,
            "title": m.and_then(|m| m.title.as_deref()),
            "chair": m.and_then(|m| m.chair.as_deref()),
            "review_date": m.and_then(|m| m.review_date),
            "since": m.and_then(|m| m.since),
            "data": n.data(),
        },
        "as_of": n.as_of,
        "since": n.since,
        "headline": n.headline.iter().map(|h| json!({
            "key": h.figure.key(),
            "value": h.value,
            // As the English report writes it; the machine figures are `value` and C's.
            "change": h.change(crate::present::Lang::En),
        })).collect::<Vec<_>>(),
        "follow_up": n.follow_up.iter().map(entry).collect::<Vec<_>>(),
        "directions": n.own.iter().map(entry).collect::<Vec<_>>(),
    })
}

#[must_use]
pub fn render(n: &Notice<'_>) -> String {
    serde_json::to_string_pretty(&value(n)).unwrap_or_default() + "\n"
}
