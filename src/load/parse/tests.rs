//! Parsing one file: placement, wording of serde's errors, encodings.

use super::*;
use crate::model::Snapshot;

fn fail(text: &str) -> Problem {
    match parse::<Snapshot>("s.json", text) {
        Ok(_) => panic!("expected a failure"),
        Err(p) => p,
    }
}

#[test]
fn a_bad_enum_is_placed_at_its_value_with_path() {
    let p = fail(
        "{\"format\":\"p06.snapshot/1\",\"district\":\"HL\",\"as_of\":\"2024-12-31\",\n\"tasks\":[{\"id\":\"T1\",\"status\":\"finished\"}]}",
    );
    assert_eq!((p.line, p.column), (Some(2), Some(30)));
    assert_eq!(p.path.as_deref(), Some("tasks[0].status"));
    assert!(
        p.message
            .starts_with("`finished` is not a task status; use one of done"),
        "{}",
        p.message
    );
}

#[test]
fn missing_field_points_at_the_object() {
    let p = fail(
        "{\"format\":\"p06.snapshot/1\",\"district\":\"HL\",\"as_of\":\"2024-12-31\",\"tasks\":[{\"id\":\"T1\"}]}",
    );
    assert_eq!(p.path.as_deref(), Some("tasks[0]"));
    assert_eq!(p.column, Some(74));
    assert_eq!(p.message, "the required field `status` is missing");
}

#[test]
fn negative_numbers_and_syntax_errors_read_plainly() {
    let p = fail(
        "{\"format\":\"p06.snapshot/1\",\"district\":\"HL\",\"as_of\":\"2024-12-31\",\"identity\":{\"residents\":-5}}",
    );
    assert_eq!(p.path.as_deref(), Some("identity.residents"));
    assert_eq!(
        p.message,
        "expected a whole number, 0 or more, found integer `-5`"
    );
    let p = fail("{\"format\": \"p06.snapshot/1\",\n  \"district\" \"HL\"}");
    assert_eq!((p.line, p.column, p.path.as_deref()), (Some(2), Some(14), None));
    let p = fail("{\"format\":\"p06.snapshot/1\",\"district\":\"HL\",\"as_of\":\"2024-12-31\"} x");
    assert!(p.message.contains("more text after"), "{}", p.message);
}

#[test]
fn unknown_fields_are_collected_with_paths_and_suggestions() {
    let text = "{\"format\":\"p06.snapshot/1\",\"district\":\"HL\",\"as_of\":\"2024-12-31\",\"tasks\":[{\"id\":\"T1\",\"status\":\"done\",\"stauts\":1}]}";
    let Ok((_, unknown)) = parse::<Snapshot>("s.json", text) else {
        panic!("parses")
    };
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].to_string(), "tasks[0].stauts");
    let (_, _, msg) = unknown_field_note(unknown[0].clone());
    assert_eq!(msg, "unknown field `stauts` is ignored; did you mean `status`?");
    let (_, _, msg) = unknown_field_note(JsonPath::root().key("remarks"));
    assert_eq!(msg, "unknown field `remarks` is ignored");
}

#[test]
fn encodings() {
    assert!(text_of("f", b"\xEF\xBB\xBF{}").is_ok());
    assert!(
        text_of("f", b"\xFF\xFE{\x00}\x00")
            .unwrap_err()
            .message
            .contains("UTF-16")
    );
    let p = text_of("f", b"{\n \"a\xE1\": 1}").unwrap_err();
    assert_eq!((p.line, p.column), (Some(2), Some(4)));
}

#[test]
fn utf32_is_not_called_utf16() {
    let le: Vec<u8> = "\u{feff}{}"
        .chars()
        .flat_map(|c| u32::from(c).to_le_bytes())
        .collect();
    let be: Vec<u8> = "\u{feff}{}"
        .chars()
        .flat_map(|c| u32::from(c).to_be_bytes())
        .collect();
    for bytes in [&le[..], &be[..], &le[4..], &be[4..]] {
        let p = text_of("f", bytes).unwrap_err();
        assert!(
            p.message.starts_with("the file is UTF-32;"),
            "{bytes:?}: {}",
            p.message
        );
    }
    let no_bom: Vec<u8> = "{}".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(text_of("f", &no_bom).unwrap_err().message.contains("UTF-16"));
}

#[test]
fn a_lone_surrogate_is_called_one() {
    for escape in ["\\ud800", "\\udc00", "\\ud800\\u0041"] {
        let p = fail(&format!(
            "{{\"format\":\"p06.snapshot/1\",\"district\":\"HL{escape}\",\"as_of\":\"2024-12-31\"}}"
        ));
        assert!(p.message.contains("lone surrogate"), "{escape}: {}", p.message);
        assert!(!p.message.contains("end of hex escape"), "{}", p.message);
    }
}

#[test]
fn a_number_beyond_u64_is_too_large_not_floating_point() {
    let at = |n: &str| {
        fail(&format!(
            "{{\"format\":\"p06.snapshot/1\",\"district\":\"HL\",\"as_of\":\"2024-12-31\",\"identity\":{{\"residents\":{n}}}}}"
        ))
    };
    let p = at("18446744073709551616");
    assert_eq!(
        p.message,
        "the number 18446744073709551616 is too large to be a count"
    );
    assert_eq!(p.path.as_deref(), Some("identity.residents"));
    let p = at("99999999999999999999999");
    assert!(p.message.contains("too large"), "{}", p.message);
    // A real fraction keeps saying what it is.
    assert!(at("1.5").message.contains("floating point"));
    assert!(at("1e30").message.contains("floating point"));
}
