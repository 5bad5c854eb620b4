//! Typed cells and the one way a sheet is laid out: a bold header row, frozen and filtered,
//! columns wide enough for their content, numbers as numbers, dates as Excel dates and shares
//! as percentage-formatted fractions.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use unicode_width::UnicodeWidthStr;

use crate::model::Date;
use crate::present::Lang;
use crate::present::xlsx::{Col, Sheet, column, sheet};

/// One cell's value, with its type.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// A count: a whole number with thousands grouped.
    Int(u64),
    /// A change that may be negative, shown with its sign: whole units, or percentage points
    /// with one decimal when `points`.
    Signed {
        change: f64,
        points: bool,
    },
    /// A share as a fraction (`0.987`), shown as `98.7%`.
    Pct(f64),
    Date(Date),
    Bool(bool),
    Empty,
}

impl Cell {
    /// Text, empty when there is none.
    pub fn text(s: impl Into<String>) -> Self {
        Cell::Text(s.into())
    }

    /// A percentage given in percent (`98.7`), stored as the fraction a spreadsheet expects.
    pub fn percent(p: Option<f64>) -> Self {
        p.map_or(Cell::Empty, |p| Cell::Pct(p / 100.0))
    }

    /// A date, empty when there is none.
    pub fn date(d: Option<Date>) -> Self {
        d.map_or(Cell::Empty, Cell::Date)
    }

    /// How wide the cell shows, in characters, for the column width.
    fn width(&self) -> usize {
        match self {
            Cell::Text(s) => s.width(),
            Cell::Int(n) => n.to_string().len() + n.to_string().len() / 3,
            Cell::Signed { .. } => 8,
            Cell::Pct(_) => 7,
            Cell::Date(_) => 10,
            Cell::Bool(_) => 5,
            Cell::Empty => 0,
        }
    }
}

/// The formats cells are shown with.
struct Formats {
    header: Format,
    int: Format,
    signed: Format,
    points: Format,
    pct: Format,
    date: Format,
}

impl Formats {
    fn new() -> Self {
        Self {
            header: Format::new().set_bold(),
            int: Format::new().set_num_format("#,##0"),
            signed: Format::new().set_num_format("+#,##0;-#,##0;0"),
            points: Format::new().set_num_format("+0.0;-0.0;0.0"),
            pct: Format::new().set_num_format("0.0%"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
        }
    }
}

/// Adds a sheet with its header row and rows.
pub fn add_sheet(
    wb: &mut Workbook,
    lang: Lang,
    name: Sheet,
    cols: &[Col],
    rows: &[Vec<Cell>],
) -> Result<(), XlsxError> {
    let f = Formats::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet(lang, name))?;
    let mut widths: Vec<usize> = cols.iter().map(|&c| column(lang, c).width()).collect();
    for (c, &col) in (0u16..).zip(cols) {
        ws.write_string_with_format(0, c, column(lang, col), &f.header)?;
    }
    for (r, row) in (1u32..).zip(rows) {
        for ((c, cell), w) in (0u16..).zip(row).zip(widths.iter_mut()) {
            *w = (*w).max(cell.width());
            match cell {
                Cell::Text(s) if s.is_empty() => {}
                Cell::Text(s) => {
                    ws.write_string(r, c, s)?;
                }
                // Counts above 2^53 lose precision in any spreadsheet; no district has them.
                #[allow(clippy::cast_precision_loss)]
                Cell::Int(n) => {
                    ws.write_number_with_format(r, c, *n as f64, &f.int)?;
                }
                Cell::Signed { change, points } => {
                    let format = if *points { &f.points } else { &f.signed };
                    ws.write_number_with_format(r, c, *change, format)?;
                }
                Cell::Pct(x) => {
                    ws.write_number_with_format(r, c, *x, &f.pct)?;
                }
                Cell::Date(d) => {
                    let excel = ExcelDateTime::from_ymd(d.year(), d.month(), d.day())?;
                    ws.write_datetime_with_format(r, c, &excel, &f.date)?;
                }
                Cell::Bool(b) => {
                    ws.write_boolean(r, c, *b)?;
                }
                Cell::Empty => {}
            }
        }
    }
    let last_col = u16::try_from(cols.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last_row, last_col)?;
    for (c, w) in (0u16..).zip(widths) {
        // Room for the filter button; long titles are capped and wrap nowhere, as in Excel.
        #[allow(clippy::cast_precision_loss)]
        ws.set_column_width(c, (w + 3).clamp(6, 60) as f64)?;
    }
    Ok(())
}
