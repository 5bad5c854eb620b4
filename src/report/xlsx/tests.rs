//! The workbook read back by a real spreadsheet reader (calamine): the sheets, the header rows,
//! and that numbers, dates and shares arrive typed.

use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};

use super::*;
use crate::report::tests::{data, dataset, date};

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).unwrap()
}

fn sheet(wb: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Range<Data> {
    wb.worksheet_range(name).unwrap()
}

fn at(range: &Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

fn header(range: &Range<Data>) -> Vec<String> {
    range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn sheets_headers_and_typed_cells() {
    let ds = dataset();
    let data = data(&ds);
    let mut hostile = ds.clone();
    hostile.catalogue.plan.tasks[0].title = "Làm sạch dữ liệu dân cư, \"đúng, đủ, sạch, sống\"".into();
    let mut input = data.input(&ds);
    input.ds = &hostile;
    let mut wb = open(render(&input, Lang::En).unwrap());
    assert_eq!(
        wb.sheet_names(),
        [
            "Headline",
            "Tasks",
            "Models",
            "Services",
            "Security events",
            "Districts",
            "Changes"
        ]
    );

    let tasks = sheet(&mut wb, "Tasks");
    assert_eq!(
        header(&tasks),
        [
            "ID",
            "Title",
            "Kind",
            "Lead agency",
            "Due",
            "Status",
            "Progress",
            "Complete",
            "Overdue",
            "Districts complete",
            "Districts applicable",
            "Coverage",
            "Completed late in"
        ]
    );
    assert_eq!(at(&tasks, 1, 0), Data::String("T1".into()));
    assert_eq!(
        at(&tasks, 1, 1),
        Data::String("Làm sạch dữ liệu dân cư, \"đúng, đủ, sạch, sống\"".into())
    );
    // 2024-06-30 is Excel's day 45473, and shown as a date.
    match at(&tasks, 1, 4) {
        Data::DateTime(d) => assert!((d.as_f64() - 45473.0).abs() < 1e-9, "{d:?}"),
        other => panic!("due is {other:?}"),
    }
    // Shares are fractions (a percentage format shows 0.75 as 75.0%), counts are numbers.
    assert_eq!(at(&tasks, 1, 6), Data::Float(0.75));
    assert_eq!(at(&tasks, 1, 7), Data::Bool(false));
    assert_eq!(at(&tasks, 1, 8), Data::Bool(true));
    assert_eq!(at(&tasks, 1, 9), Data::Float(1.0));
    assert_eq!(at(&tasks, 1, 10), Data::Float(2.0));
    assert_eq!(at(&tasks, 1, 11), Data::Float(0.5));
    // T2 has no due date: an empty cell, not a text "".
    assert_eq!(at(&tasks, 2, 4), Data::Empty);

    let headline = sheet(&mut wb, "Headline");
    assert_eq!(
        header(&headline),
        ["Figure", "Value", "Of", "Share", "Resolved", "Target", "Change"]
    );
    let rows: Vec<&[Data]> = headline.rows().collect();
    let inspections = rows
        .iter()
        .find(|r| r[0] == Data::String("Security inspections".into()))
        .unwrap();
    assert_eq!(
        (&inspections[1], &inspections[5]),
        (&Data::Float(1.0), &Data::Float(2.0))
    );
    assert!(rows[1..].iter().all(|r| !matches!(r[1], Data::String(_))));
    let models = rows
        .iter()
        .find(|r| r[0] == Data::String("Models to maintain".into()))
        .unwrap();
    // 1 of 1 complete, up by one since C: numbers, and the share a fraction.
    assert_eq!(
        (&models[1], &models[2], &models[3], &models[6]),
        (
            &Data::Float(1.0),
            &Data::Float(1.0),
            &Data::Float(1.0),
            &Data::Float(1.0)
        )
    );

    let districts = sheet(&mut wb, "Districts");
    assert_eq!(at(&districts, 1, 1), Data::String("Hạ Long".into()));
    assert_eq!(at(&districts, 2, 1), Data::String("Cô Tô".into()));
    assert!(matches!(at(&districts, 1, 2), Data::DateTime(_)));

    let events = sheet(&mut wb, "Security events");
    assert_eq!(at(&events, 1, 0), Data::String("Cô Tô".into()));
    assert_eq!(at(&events, 1, 3), Data::String("Finance".into()));
    assert!(matches!(at(&events, 1, 2), Data::DateTime(_)));

    let changes = sheet(&mut wb, "Changes");
    assert!(changes.height() > 1);
}

#[test]
fn without_since_there_is_no_changes_sheet() {
    let ds = dataset();
    let data = crate::report::ReportData::compute(&ds, date("2024-07-31"), None);
    let mut wb = open(render(&data.input(&ds), Lang::En).unwrap());
    assert!(!wb.sheet_names().iter().any(|s| s == "Changes"));
    let headline = sheet(&mut wb, "Headline");
    assert_eq!(header(&headline).len(), 6);
}

#[test]
fn vietnamese_headers_come_from_the_presentation_layer() {
    let ds = dataset();
    let data = data(&ds);
    let mut wb = open(render(&data.input(&ds), Lang::Vi).unwrap());
    assert_eq!(wb.sheet_names()[1], "Nhiệm vụ");
    let tasks = sheet(&mut wb, "Nhiệm vụ");
    assert_eq!(header(&tasks)[3], "Cơ quan chủ trì");
}
