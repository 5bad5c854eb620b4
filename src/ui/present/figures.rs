//! The key figures of slides 2 to 5 as cards: a short label, the value (drawn big where it
//! fits), what it is measured against, and its change since C. Numbers are written the way
//! the interface language writes them (`present::num`), so Vietnamese reads `52.287`.

use ratatui::style::Style;

use crate::app::{App, Slide};
use crate::present::{Lang, num, slides};
use crate::rollup::{Figure, Headline, Ratio, Value};

use super::super::theme::Theme;

/// One key figure, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub label: &'static str,
    /// For narrow cards.
    pub short: &'static str,
    /// `34/41`, `82.9 %`, `52,287`: what the big digits show.
    pub value: String,
    /// `83 %`, `target 12`: what the value is measured against.
    pub sub: Option<String>,
    /// `+3` since C; `None` without C.
    pub delta: Option<String>,
    pub style: Style,
}

/// The figures a slide shows, in reading order; empty for the slides that are not cards.
#[must_use]
pub fn of_slide(slide: Slide) -> &'static [Figure] {
    match slide {
        Slide::Plan => &[Figure::PlanTasks, Figure::KeyTasks, Figure::OverdueTasks],
        Slide::Models => &[Figure::ModelsMaintained, Figure::ModelsNew, Figure::Services],
        Slide::Identity => &[
            Figure::PopulationData,
            Figure::ChipIdCards,
            Figure::EidAccounts,
            Figure::OrgEidApplications,
            Figure::DigitalSignatures,
        ],
        Slide::Security => &[
            Figure::Inspections,
            Figure::Trainings,
            Figure::Drills,
            Figure::FourLayerDistricts,
            Figure::AntiMalware,
            Figure::Incidents,
        ],
        Slide::Title | Slide::Attention | Slide::Districts | Slide::Changes | Slide::Directions => &[],
    }
}

/// A figure's value as the slides write it. Incidents read resolved of detected (`39/41`),
/// like a ratio.
#[must_use]
pub fn value_text(lang: Lang, v: Value) -> String {
    match v {
        Value::Ratio(r) => ratio(lang, r),
        Value::Count(n) => num::int(lang, n),
        Value::Pct(Some(p)) => num::pct(lang, p),
        Value::Pct(None) => "-".to_owned(),
        Value::Incidents(i) => format!("{}/{}", num::int(lang, i.resolved), num::int(lang, i.detected)),
    }
}

fn ratio(lang: Lang, r: Ratio) -> String {
    format!("{}/{}", num::int(lang, r.complete), num::int(lang, r.total))
}

/// `+3`, `-1.234`, `+0,2`, `±0`: the change from `before` to `now`.
#[must_use]
pub fn delta_text(lang: Lang, ascii: bool, now: Value, before: Value) -> String {
    let signed = |a: u64, b: u64| match a.cmp(&b) {
        std::cmp::Ordering::Greater => format!("+{}", num::int(lang, a - b)),
        std::cmp::Ordering::Less => format!("-{}", num::int(lang, b - a)),
        std::cmp::Ordering::Equal if ascii => "+0".to_owned(),
        std::cmp::Ordering::Equal => "±0".to_owned(),
    };
    match (now, before) {
        (Value::Ratio(a), Value::Ratio(b)) => signed(a.complete, b.complete),
        (Value::Count(a), Value::Count(b)) => signed(a, b),
        (Value::Pct(Some(a)), Value::Pct(Some(b))) => {
            let d = ((a - b) * 10.0).round() / 10.0;
            if d == 0.0 {
                signed(0, 0)
            } else {
                let sign = if d > 0.0 { "+" } else { "-" };
                format!("{sign}{}", num::dec1(lang, d.abs()))
            }
        }
        (Value::Incidents(a), Value::Incidents(b)) => {
            format!(
                "{} / {}",
                signed(a.resolved, b.resolved),
                signed(a.detected, b.detected)
            )
        }
        _ => String::new(),
    }
}

/// The percentage a ratio stands at, for its card's second line.
fn ratio_pct(lang: Lang, r: Ratio) -> Option<String> {
    r.pct().map(|p| format!("{} %", num::int(lang, p.round() as u64)))
}

/// The card of one headline figure at R.
#[must_use]
pub fn card(app: &App, f: Figure) -> Card {
    let lang = app.look.lang;
    let theme = Theme::new(app.look);
    let rv = &app.review;
    let h: &Headline = &rv.rollup.headline;
    let value = h.value(f);
    let targets = rv.ds.catalogue.plan.security.clone().unwrap_or_default();
    let target = |t: Option<u64>| t.map(|t| slides::target(lang, &num::int(lang, t)));
    let sub = match (f, value) {
        (_, Value::Ratio(r)) => ratio_pct(lang, r),
        (Figure::Inspections, _) => target(targets.inspection_target),
        (Figure::Trainings, _) => target(targets.training_target),
        (Figure::Drills, _) => target(targets.drill_target),
        (Figure::FourLayerDistricts, _) => Some(slides::of_districts(
            lang,
            &num::int(lang, rv.ds.catalogue.district_count() as u64),
        )),
        _ => None,
    };
    let grade = match value {
        Value::Ratio(r) => Some(r.pct()),
        Value::Pct(p) => Some(p),
        _ => None,
    };
    let style = match (f, grade) {
        (Figure::OverdueTasks, _) if value != Value::Count(0) => theme.overdue(),
        (_, Some(p)) => theme.grade(p),
        _ => Style::new(),
    }
    .patch(theme.heading());
    Card {
        label: slides::figure(lang, f, false),
        short: slides::figure(lang, f, true),
        value: value_text(lang, value),
        sub,
        delta: rv
            .before
            .as_ref()
            .map(|b| delta_text(lang, theme.ascii, value, b.headline.value(f))),
        style,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rollup::IncidentCounts;

    #[test]
    fn values_and_changes_in_both_languages() {
        let r = |complete, total| Value::Ratio(Ratio { complete, total });
        assert_eq!(value_text(Lang::En, r(34, 41)), "34/41");
        assert_eq!(value_text(Lang::Vi, Value::Count(52_287)), "52.287");
        assert_eq!(value_text(Lang::Vi, Value::Pct(Some(82.94))), "82,9 %");
        assert_eq!(value_text(Lang::En, Value::Pct(None)), "-");
        let inc = |detected, resolved| Value::Incidents(IncidentCounts { detected, resolved });
        assert_eq!(value_text(Lang::En, inc(41, 39)), "39/41");
        assert_eq!(delta_text(Lang::En, false, r(34, 41), r(31, 41)), "+3");
        assert_eq!(
            delta_text(Lang::Vi, false, Value::Count(1), Value::Count(1_235)),
            "-1.234"
        );
        assert_eq!(
            delta_text(Lang::En, false, Value::Count(7), Value::Count(7)),
            "±0"
        );
        assert_eq!(delta_text(Lang::En, true, Value::Count(7), Value::Count(7)), "+0");
        assert_eq!(
            delta_text(Lang::Vi, false, Value::Pct(Some(82.9)), Value::Pct(Some(82.7))),
            "+0,2"
        );
        assert_eq!(delta_text(Lang::En, false, inc(41, 39), inc(37, 39)), "±0 / +4");
    }
}
