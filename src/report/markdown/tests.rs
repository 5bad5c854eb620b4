//! The markdown report, and its escaping proven by a real CommonMark/GFM parser
//! (pulldown-cmark, tables on): every data string comes back as the same text in the same cell.

use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::*;
use crate::report::tests::{data, dataset};

#[test]
fn pipes_in_cells_are_escaped() {
    assert_eq!(cell("a | b"), "a \\| b");
    assert_eq!(cell("two\nlines"), "two lines");
    let ds = dataset();
    let data = data(&ds);
    let md = render(&data.input(&ds), Lang::En);
    assert!(md.starts_with("# Test \\| Province — Plan 1\n"), "{md}");
    assert!(
        md.contains("| T1 | Clean \\| data | Police | 2024-06-30 | on track | 75 % | Cô Tô (on track) |\n"),
        "{md}"
    );
    // Every table row has as many cells as its header.
    for block in md.split("\n\n").filter(|b| b.starts_with('|')) {
        let cells = |l: &str| l.replace("\\|", "").matches('|').count();
        let header = cells(block.lines().next().unwrap_or_default());
        assert!(block.lines().all(|l| cells(l) == header), "{block}");
    }
}

#[test]
fn the_change_column_shows_only_when_comparing() {
    let ds = dataset();
    let data = crate::report::ReportData::compute(&ds, crate::report::tests::date("2024-07-31"), None);
    let md = render(&data.input(&ds), Lang::En);
    assert!(md.contains("| Figure | Value | Target |\n"), "{md}");
    assert!(!md.contains("Change"), "{md}");
    assert!(!md.contains("## Changes since"), "{md}");
}

/// What a parser makes of the markdown: headings' text, table rows' cells' text, and whether
/// anything became HTML.
#[derive(Default, Debug)]
struct Read {
    headings: Vec<String>,
    /// List items' text (markup such as `**` dropped, its text kept).
    items: Vec<String>,
    rows: Vec<Vec<String>>,
    html: Vec<String>,
    /// Markup found inside a table cell (emphasis, links, code, ...).
    markup_in_cells: Vec<String>,
}

fn read(md: &str) -> Read {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut out = Read::default();
    let (mut text, mut in_cell, mut in_heading, mut in_item) = (String::new(), false, false, false);
    let mut row: Vec<String> = Vec::new();
    for event in Parser::new_ext(md, opts) {
        match event {
            Event::Start(Tag::Heading { .. }) => (in_heading, text) = (true, String::new()),
            Event::End(TagEnd::Heading(_)) => {
                in_heading = false;
                out.headings.push(std::mem::take(&mut text));
            }
            Event::Start(Tag::Item) => (in_item, text) = (true, String::new()),
            Event::End(TagEnd::Item) => {
                in_item = false;
                out.items.push(std::mem::take(&mut text));
            }
            Event::Start(Tag::TableCell) => (in_cell, text) = (true, String::new()),
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                row.push(std::mem::take(&mut text));
            }
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => out.rows.push(std::mem::take(&mut row)),
            Event::Text(t) | Event::Code(t) if in_cell || in_heading || in_item => text.push_str(&t),
            Event::Html(h) | Event::InlineHtml(h) => out.html.push(h.to_string()),
            Event::Start(tag) if in_cell => out.markup_in_cells.push(format!("{tag:?}")),
            Event::Code(c) if in_cell => out.markup_in_cells.push(format!("code {c}")),
            _ => {}
        }
    }
    out
}

/// What a cell built from `s` must read as: one line, control characters visible, trimmed.
fn expected(s: &str) -> String {
    let flat: String = s
        .chars()
        .map(|c| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c })
        .collect();
    crate::present::visible(&flat).trim().to_owned()
}

/// Renders the test data with hostile text in the province, plan title, T1's title and lead,
/// and Cô Tô's name, and checks every place they appear, as the parser reads them.
fn check_literal(province: &str, title: &str, lead: &str, name: &str) -> Result<(), String> {
    let ds = dataset();
    let data = data(&ds);
    let mut hostile = ds.clone();
    let plan = &mut hostile.catalogue.plan;
    plan.province = province.to_owned();
    plan.title = Some(title.into());
    plan.tasks[0].title = title.into();
    plan.tasks[0].lead = Some(lead.into());
    plan.districts[1].name = name.to_owned();
    // M1 becomes complete between C and R: it is listed as "- **M1** title", as T1 is.
    plan.models[0].title = title.into();
    let mut input = data.input(&ds);
    input.ds = &hostile;
    let md = render(&input, Lang::En);
    let read = read(&md);
    let fail = |what: &str| Err(format!("{what}\n{md}\n{read:?}"));
    if !read.html.is_empty() || !read.markup_in_cells.is_empty() {
        return fail("markup");
    }
    let heading = format!("{} — {}", expected(province), expected(title));
    if read.headings.first().map(String::as_str) != Some(heading.trim()) {
        return fail("heading");
    }
    let Some(t1) = read.rows.iter().find(|r| r.first().is_some_and(|c| c == "T1")) else {
        return fail("no T1 row");
    };
    let held = expected(&format!("{name} (on track)"));
    if t1.len() != 7 || t1[1] != expected(title) || t1[2] != expected(lead) || t1[6] != held {
        return fail("T1 row");
    }
    // Listed: M1 became complete, T1 became overdue.
    let items = ["M1", "T1"].map(|id| format!("{id} {}", expected(title)).trim().to_owned());
    if read.items != items {
        return fail("list item");
    }
    let ct = expected(name);
    if !read
        .rows
        .iter()
        .any(|r| r.len() == 6 && r[0] == ct && r[1] == "2024-06-30")
    {
        return fail("district row");
    }
    Ok(())
}

#[test]
fn hand_picked_markup_comes_out_literally() {
    for s in [
        "a \\ b",
        "a | b",
        "*x* **y**",
        "_x_ __y__",
        "`code` ``x``",
        "<b>bold</b>",
        "[x](y)",
        "![i](j)",
        "# heading",
        "## x ##",
        "&amp; &lt; &#65;",
        "~~gone~~",
        "- item",
        "+ item",
        "1. one",
        "12) twelve",
        "> quote",
        "---",
        "===",
        "\\|",
        "\\\\|",
        "a\\",
        "<http://x.y>",
        "x\ny\r\nz\tw",
        "\u{1b}]52;c;eA==\u{7}",
        "\u{9b}2J \u{202e}evil",
        "[^1]",
        "- [ ] task",
        "Sở Thông tin & Truyền thông",
        "#",
        "\\#",
        "|",
        "||",
        "    code",
    ] {
        check_literal(s, s, s, s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
        check_literal("P", "T", "L", s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
    }
}

/// Text made of markup characters and fragments, with letters between them.
fn hostile() -> impl Strategy<Value = String> {
    let pieces: Vec<&str> = vec![
        "\\",
        "|",
        "*",
        "_",
        "`",
        "<",
        ">",
        "[",
        "]",
        "(",
        ")",
        "#",
        "&",
        ";",
        "!",
        "-",
        "+",
        "=",
        ".",
        "~",
        ":",
        "/",
        "\"",
        "'",
        " ",
        " ",
        "a",
        "b",
        "1",
        "2",
        "\n",
        "\r",
        "\t",
        "\u{1b}",
        "\u{9b}",
        "\u{202e}",
        "Đạ",
        "<b>",
        "</b>",
        "&amp;",
        "[x](y)",
        "**",
        "```",
        "www.x.vn",
        "http://a.b/c_d",
    ];
    prop::collection::vec(prop::sample::select(pieces), 1..16).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_markup_comes_out_literally(
        province in hostile(), title in hostile(), lead in hostile(), name in hostile(),
    ) {
        // A name that trims to nothing would leave an empty cell, as the data itself says.
        prop_assume!(!name.trim().is_empty());
        check_literal(&province, &title, &lead, &name).map_err(TestCaseError::fail)?;
    }
}
