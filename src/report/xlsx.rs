//! The workbook report (`--format xlsx`), what the office opens: a sheet for the headline, one
//! per area (tasks, models, services), the security events, the districts and, when comparing,
//! the changes. Cells are typed (counts as numbers, dates as Excel dates, shares as percentages)
//! and every sheet has a frozen, filtered header row; see [`cells`]. The bytes are built in
//! memory; writing them is the command's, through the one safe write path.

pub mod cells;

use rust_xlsxwriter::{Workbook, XlsxError};

use crate::model::Area;
use crate::present::Lang;
use crate::present::xlsx::{Col, EventKind, Sheet, event};
use crate::rollup::{ChangeValue, Coverage, Figure, ItemRollup, Value};

use super::ReportInput;
use cells::{Cell, add_sheet};

/// Renders the workbook, as the bytes of an .xlsx file.
pub fn render(input: &ReportInput, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    headline(input, lang, &mut wb)?;
    tasks(input, lang, &mut wb)?;
    for (area, sheet) in [(Area::Model, Sheet::Models), (Area::Service, Sheet::Services)] {
        others(input, lang, &mut wb, area, sheet)?;
    }
    security(input, lang, &mut wb)?;
    districts(input, lang, &mut wb)?;
    changes(input, lang, &mut wb)?;
    wb.save_to_buffer()
}

fn headline(input: &ReportInput, lang: Lang, wb: &mut Workbook) -> Result<(), XlsxError> {
    let mut cols = vec![
        Col::Figure,
        Col::Value,
        Col::Of,
        Col::Share,
        Col::Resolved,
        Col::Target,
    ];
    if input.before.is_some() {
        cols.push(Col::Change);
    }
    let h = &input.now.headline;
    let rows: Vec<Vec<Cell>> = Figure::ALL
        .iter()
        .map(|&figure| {
            let value = h.value(figure);
            let (shown, of, share, resolved) = match value {
                Value::Ratio(r) => (
                    Cell::Int(r.complete),
                    Cell::Int(r.total),
                    Cell::percent(r.pct()),
                    Cell::Empty,
                ),
                Value::Count(n) => (Cell::Int(n), Cell::Empty, Cell::Empty, Cell::Empty),
                Value::Pct(p) => (Cell::Empty, Cell::Empty, Cell::percent(p), Cell::Empty),
                Value::Incidents(i) => (
                    Cell::Int(i.detected),
                    Cell::Empty,
                    Cell::Empty,
                    Cell::Int(i.resolved),
                ),
            };
            let target = input.target(figure).map_or(Cell::Empty, Cell::Int);
            let mut row = vec![
                Cell::text(crate::present::figures::label(lang, figure)),
                shown,
                of,
                share,
                resolved,
                target,
            ];
            if let Some(before) = input.before {
                let then = before.headline.value(figure);
                // A change in points for a percentage, in units otherwise; none when either
                // side has no value.
                row.push(match crate::present::figures::delta(lang, &value, &then) {
                    Some(_) => Cell::Signed {
                        change: value.magnitude() - then.magnitude(),
                        points: matches!(value, Value::Pct(_)),
                    },
                    None => Cell::Empty,
                });
            }
            row
        })
        .collect();
    add_sheet(wb, lang, Sheet::Headline, &cols, &rows)
}

/// The coverage columns: districts complete, applicable, and the share.
fn coverage(c: Coverage) -> [Cell; 3] {
    [
        Cell::Int(c.complete as u64),
        Cell::Int(c.applicable as u64),
        Cell::percent(c.pct()),
    ]
}

fn tasks(input: &ReportInput, lang: Lang, wb: &mut Workbook) -> Result<(), XlsxError> {
    let cols = [
        Col::Id,
        Col::Title,
        Col::Kind,
        Col::Lead,
        Col::Due,
        Col::Status,
        Col::Progress,
        Col::Complete,
        Col::Overdue,
        Col::DistrictsComplete,
        Col::DistrictsApplicable,
        Col::Coverage,
        Col::LateDistricts,
    ];
    let rows: Vec<Vec<Cell>> = input
        .now
        .area(Area::Task)
        .map(|it: &ItemRollup| {
            let task = input.task(it.index);
            let mut row = vec![
                Cell::text(&task.id),
                Cell::text(task.title.get(lang)),
                Cell::text(task.kind.as_str()),
                Cell::text(task.lead.as_ref().map_or("", |l| l.get(lang))),
                Cell::date(task.due),
                Cell::text(it.status.label()),
                Cell::percent(it.progress.map(f64::from)),
                Cell::Bool(it.complete),
                Cell::Bool(it.overdue),
            ];
            row.extend(coverage(it.coverage));
            row.push(Cell::Int(it.late as u64));
            row
        })
        .collect();
    add_sheet(wb, lang, Sheet::Tasks, &cols, &rows)
}

fn others(
    input: &ReportInput,
    lang: Lang,
    wb: &mut Workbook,
    area: Area,
    sheet: Sheet,
) -> Result<(), XlsxError> {
    let cat = &input.ds.catalogue;
    let models = area == Area::Model;
    let mut cols = vec![Col::Id, Col::Title];
    if models {
        cols.push(Col::New);
    }
    cols.extend([
        Col::Status,
        Col::Complete,
        Col::DistrictsComplete,
        Col::DistrictsApplicable,
        Col::Coverage,
    ]);
    let rows: Vec<Vec<Cell>> = input
        .now
        .area(area)
        .map(|it| {
            let mut row = vec![
                Cell::text(cat.item_id(area, it.index)),
                Cell::text(cat.item_title(area, it.index, lang)),
            ];
            if models {
                row.push(Cell::Bool(cat.plan.models[it.index].new));
            }
            row.extend([Cell::text(it.status.label()), Cell::Bool(it.complete)]);
            row.extend(coverage(it.coverage));
            row
        })
        .collect();
    add_sheet(wb, lang, sheet, &cols, &rows)
}

/// Every inspection, training and drill in the districts' snapshots in effect at R.
fn security(input: &ReportInput, lang: Lang, wb: &mut Workbook) -> Result<(), XlsxError> {
    let cols = [
        Col::District,
        Col::Event,
        Col::Date,
        Col::Unit,
        Col::Title,
        Col::Findings,
        Col::OpenFindings,
        Col::Participants,
    ];
    let cat = &input.ds.catalogue;
    let mut rows = Vec::new();
    for d in 0..cat.district_count() {
        let Some(sec) = input
            .ds
            .effective(d, input.now.as_of)
            .and_then(|r| r.security.as_ref())
        else {
            continue;
        };
        let name = || Cell::text(&cat.plan.districts[d].name);
        let kind = |k| Cell::text(event(lang, k));
        let opt = |s: &Option<String>| Cell::text(s.as_deref().unwrap_or(""));
        for i in sec.inspections.iter().flatten() {
            rows.push(vec![
                name(),
                kind(EventKind::Inspection),
                Cell::Date(i.date),
                Cell::text(&i.unit),
                Cell::Empty,
                Cell::Int(i.findings.total()),
                Cell::Int(i.open_findings()),
                Cell::Empty,
            ]);
        }
        for t in sec.trainings.iter().flatten() {
            let people = t.participants.map_or(Cell::Empty, Cell::Int);
            rows.push(vec![
                name(),
                kind(EventKind::Training),
                Cell::Date(t.date),
                Cell::Empty,
                opt(&t.title),
                Cell::Empty,
                Cell::Empty,
                people,
            ]);
        }
        for x in sec.drills.iter().flatten() {
            rows.push(vec![
                name(),
                kind(EventKind::Drill),
                Cell::Date(x.date),
                opt(&x.unit),
                opt(&x.title),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ]);
        }
    }
    add_sheet(wb, lang, Sheet::SecurityEvents, &cols, &rows)
}

fn districts(input: &ReportInput, lang: Lang, wb: &mut Workbook) -> Result<(), XlsxError> {
    let cols = [
        Col::Code,
        Col::District,
        Col::AsOf,
        Col::Stale,
        Col::TasksComplete,
        Col::TasksApplicable,
        Col::TasksShare,
        Col::ModelsComplete,
        Col::ModelsApplicable,
        Col::ModelsShare,
        Col::ServicesComplete,
        Col::ServicesApplicable,
        Col::ServicesShare,
    ];
    let plan = &input.ds.catalogue.plan;
    let rows: Vec<Vec<Cell>> = input
        .now
        .districts
        .iter()
        .map(|d| {
            let district = &plan.districts[d.index];
            let mut row = vec![
                Cell::text(&district.code),
                Cell::text(&district.name),
                Cell::date(d.as_of),
                Cell::Bool(d.stale),
            ];
            for area in Area::ALL {
                row.extend(coverage(d.area(area)));
            }
            row
        })
        .collect();
    add_sheet(wb, lang, Sheet::Districts, &cols, &rows)
}

/// The changes between C and R, one per row; only when comparing.
fn changes(input: &ReportInput, lang: Lang, wb: &mut Workbook) -> Result<(), XlsxError> {
    let Some(changes) = input.changes else {
        return Ok(());
    };
    let cols = [
        Col::Kind,
        Col::Area,
        Col::Id,
        Col::Title,
        Col::District,
        Col::Figure,
        Col::From,
        Col::To,
    ];
    let cat = &input.ds.catalogue;
    let shown = |v: Option<ChangeValue>| match v {
        Some(ChangeValue::Status(s)) => Cell::text(s.label()),
        Some(ChangeValue::Figure(v)) => Cell::text(crate::present::figures::value(lang, &v)),
        None => Cell::Empty,
    };
    let rows: Vec<Vec<Cell>> = changes
        .list
        .iter()
        .map(|c| {
            let title = match (c.area, c.id.as_deref()) {
                (Some(area), Some(id)) => cat
                    .item_index(area, id)
                    .map_or("", |i| cat.item_title(area, i, lang)),
                _ => "",
            };
            let figure = c
                .figure
                .and_then(|key| Figure::ALL.into_iter().find(|f| f.key() == key))
                .map_or("", |f| crate::present::figures::label(lang, f));
            vec![
                Cell::text(c.kind.label()),
                Cell::text(c.area.map_or("", Area::as_str)),
                Cell::text(c.id.as_deref().unwrap_or("")),
                Cell::text(title),
                Cell::text(c.district.as_deref().map_or("", |code| input.district_name(code))),
                Cell::text(figure),
                shown(c.from),
                shown(c.to),
            ]
        })
        .collect();
    add_sheet(wb, lang, Sheet::Changes, &cols, &rows)
}

#[cfg(test)]
mod tests;
