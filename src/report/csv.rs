//! The CSV report, for spreadsheets: one row per item per district it applies to, with that
//! district's status at R, and with `--since` its status at C in a trailing `status_since`
//! column (trailing, so that spreadsheets and scripts reading the first ten columns by position
//! keep working). Quoting is the `csv` crate's, so titles with commas or quotes survive.
//!
//! Text cells from the data (ids, titles, district codes) are made safe to open: control
//! characters visibly escaped, and a cell a spreadsheet would take for a formula (one starting
//! with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, as OWASP advises for CSV
//! injection. Numeric, date and yes/no columns are p06's own values and are left as they are, so
//! numbers stay numbers.

use crate::model::Area;
use crate::rollup::{district_progress, district_status, is_late, task_state};

use super::ReportInput;

/// The header row (without `--since`).
pub const HEADER: [&str; 10] = [
    "area",
    "id",
    "title",
    "district",
    "status",
    "progress",
    "due",
    "completed_on",
    "late",
    "overdue",
];

/// The column added after [`HEADER`] when comparing: the district's status at C.
pub const SINCE_COLUMN: &str = "status_since";

/// Renders the CSV report.
#[must_use]
pub fn render(input: &ReportInput) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    for row in rows(input) {
        // Writing to memory cannot fail; a failure would only lose that row.
        let _ = w.write_record(&row);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A text cell from the data, safe to show and never a formula.
#[must_use]
pub fn text_cell(s: &str) -> String {
    let shown = crate::present::visible(s);
    if shown.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{shown}")
    } else {
        shown.into_owned()
    }
}

/// The header and every data row, as cells.
#[must_use]
pub fn rows(input: &ReportInput) -> Vec<Vec<String>> {
    let ds = input.ds;
    let cat = &ds.catalogue;
    let mut header: Vec<String> = HEADER.map(str::to_owned).into();
    if input.before.is_some() {
        header.push(SINCE_COLUMN.to_owned());
    }
    let mut out = vec![header];
    for it in &input.now.items {
        let (area, item) = (it.area, it.index);
        let due = (area == Area::Task).then(|| cat.plan.tasks[item].due).flatten();
        for d in (0..cat.district_count()).filter(|&d| cat.applies(area, item, d)) {
            let rec = ds.effective(d, input.now.as_of);
            let status = district_status(rec, area, item);
            let (progress, completed_on, late) = if area == Area::Task {
                let state = task_state(rec, item);
                let completed_on = state.and_then(|s| s.completed_on);
                let late = is_late(state, due);
                (
                    district_progress(rec, item).to_string(),
                    completed_on.map(|c| c.to_string()).unwrap_or_default(),
                    late.to_string(),
                )
            } else {
                Default::default()
            };
            let mut row = vec![
                area.as_str().to_owned(),
                text_cell(cat.item_id(area, item)),
                text_cell(cat.item_title(area, item, input.lang())),
                text_cell(&cat.plan.districts[d].code),
                status.as_str().to_owned(),
                progress,
                due.map(|d| d.to_string()).unwrap_or_default(),
                completed_on,
                late,
                it.overdue.to_string(),
            ];
            if let Some(before) = input.before {
                let then = ds.effective(d, before.as_of);
                row.push(district_status(then, area, item).as_str().to_owned());
            }
            out.push(row);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{data, dataset};

    #[test]
    fn one_row_per_applicable_district() {
        let ds = dataset();
        let data = crate::report::ReportData::compute(&ds, crate::report::tests::date("2024-07-31"), None);
        let text = render(&data.input(&ds));
        let mut r = ::csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = r
            .headers()
            .map(|h| h.iter().map(str::to_owned).collect())
            .unwrap_or_default();
        assert_eq!(header, HEADER);
        let rows: Vec<::csv::StringRecord> = r.records().filter_map(Result::ok).collect();
        // T1 x2, T2 x1 (HL only), M1 x2, S1 x1 (CT only).
        assert_eq!(rows.len(), 6);
        let t1_hl = &rows[0];
        assert_eq!(
            t1_hl.iter().collect::<Vec<_>>(),
            [
                "task",
                "T1",
                "Clean | data",
                "HL",
                "done",
                "100",
                "2024-06-30",
                "2024-07-10",
                "true",
                "true"
            ]
        );
        let s1 = &rows[5];
        assert_eq!(
            s1.iter().collect::<Vec<_>>(),
            [
                "service",
                "S1",
                "Birth registration",
                "CT",
                "partial",
                "",
                "",
                "",
                "",
                "false"
            ]
        );
    }

    #[test]
    fn since_adds_the_status_at_c_as_a_trailing_column() {
        let ds = dataset();
        let data = data(&ds);
        let text = render(&data.input(&ds));
        let mut r = ::csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = r
            .headers()
            .map(|h| h.iter().map(str::to_owned).collect())
            .unwrap_or_default();
        assert_eq!(header[..10], HEADER);
        assert_eq!(header[10], SINCE_COLUMN);
        let rows: Vec<::csv::StringRecord> = r.records().filter_map(Result::ok).collect();
        // T1 in HL: behind at C (2024-06-30), done at R.
        assert_eq!((&rows[0][3], &rows[0][4], &rows[0][10]), ("HL", "done", "behind"));
        // S1 in CT: the same snapshot at both dates.
        assert_eq!((&rows[5][4], &rows[5][10]), ("partial", "partial"));
        assert!(rows.iter().all(|r| r.len() == 11));
    }

    #[test]
    fn commas_and_quotes_are_quoted() {
        let ds = dataset();
        let data = data(&ds);
        let mut input = data.input(&ds);
        let mut renamed = ds.clone();
        renamed.catalogue.plan.tasks[0].title = "Clean, \"sync\" data".into();
        input.ds = &renamed;
        let text = render(&input);
        assert!(text.contains(r#"task,T1,"Clean, ""sync"" data",HL,"#), "{text}");
    }

    #[test]
    fn text_cells_are_never_formulas_and_never_raw_controls() {
        assert_eq!(text_cell("=1+2"), "'=1+2");
        assert_eq!(text_cell("+84 phone"), "'+84 phone");
        assert_eq!(text_cell("-5 days"), "'-5 days");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("Hạ Long = city"), "Hạ Long = city");
        // A tab or CR is escaped visibly first, so it cannot start the cell either.
        assert_eq!(text_cell("\tx"), "\\u{9}x");
        assert_eq!(text_cell("a\u{1b}[2J"), "a\\u{1b}[2J");
        let ds = dataset();
        let data = data(&ds);
        let mut hostile = ds.clone();
        hostile.catalogue.plan.tasks[0].title = "=HYPERLINK(\"http://x\",\"y\")".into();
        hostile.catalogue.plan.tasks[1].title = "-1+2".into();
        let mut input = data.input(&ds);
        input.ds = &hostile;
        let text = render(&input);
        let mut r = ::csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<::csv::StringRecord> = r.records().filter_map(Result::ok).collect();
        assert_eq!(&rows[0][2], "'=HYPERLINK(\"http://x\",\"y\")");
        assert_eq!(&rows[2][2], "'-1+2");
        // Numbers stay plain numbers.
        assert_eq!(&rows[0][5], "100");
        for row in &rows {
            assert!(!row[2].starts_with(['=', '+', '-', '@', '\t', '\r']), "{row:?}");
        }
    }
}
