//! A test that keeps the words in `present`: the console's drawing code (`src/ui`), the key
//! table (`src/app/keymap.rs`) and the text and markdown reports hold no string literal with
//! letters in it (escapes such as `\n` are not letters), other than format placeholders, key
//! names and a short allowlist of symbols. A word added there instead of here fails it, naming
//! the file and the literal. The loader and the commands (`src/load`, `src/commands`) hold keys
//! and file names, so there only sentences (three words or more) are banned, with serde's
//! matched words and the JSON Schema's texts allowed.

use std::path::{Path, PathBuf};

/// Literals with letters that are not words a person reads in one language: key names (as
/// printed on keyboards), ASCII stand-ins for symbols.
const ALLOWED: &[&str] = &[
    "Space",
    "Up",
    "Down",
    "Left",
    "Right",
    "Enter",
    "Esc",
    "Tab",
    "Shift-Tab",
    "PgUp",
    "PgDn",
    "Home",
    "End",
    "Backspace",
    "Ctrl-",
    "[x]",
    "v",
    // HTML entities the markdown report escapes `<` and `&` with.
    "&lt;",
    "&amp;",
];

/// The source files checked: every file under `src/ui`, the key table and the text and
/// markdown reports, without tests.
fn files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![
        root.join("app/keymap.rs"),
        root.join("report/text.rs"),
        root.join("report/markdown.rs"),
    ];
    out.extend(tree("ui", false));
    out
}

/// The string literals of some Rust source, comments and char literals skipped.
fn literals(src: &str) -> Vec<String> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '/' if c.get(i + 1) == Some(&'/') => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
            }
            '\'' if c.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            '\'' if c.get(i + 2) == Some(&'\'') => i += 3,
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < c.len() && c[i] != '"' {
                    if c[i] == '\\' {
                        i += 1;
                        // `\n`, `\t`, `\u{..}`: an escape is not a letter of a word.
                        match c.get(i) {
                            Some('n' | 't' | 'r' | '0') => {
                                s.push(' ');
                                i += 1;
                                continue;
                            }
                            Some('u') => {
                                while i < c.len() && c[i] != '}' {
                                    i += 1;
                                }
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    if let Some(&ch) = c.get(i) {
                        s.push(ch);
                    }
                    i += 1;
                }
                out.push(s);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// A literal with its `{placeholders}` taken out.
fn without_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for ch in s.chars() {
        match ch {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The literals of a file that a person would read, tests left out.
fn words_in(src: &str) -> Vec<String> {
    let code = src.split("#[cfg(test)]").next().unwrap_or(src);
    literals(code)
        .into_iter()
        .filter(|l| {
            let bare = without_placeholders(l);
            bare.chars().any(char::is_alphabetic) && !ALLOWED.contains(&bare.trim())
        })
        .collect()
}

#[test]
fn no_user_visible_literal_outside_present() {
    let mut found = Vec::new();
    for f in files() {
        let src = std::fs::read_to_string(&f).expect("source file readable");
        for w in words_in(&src) {
            found.push(format!("{}: {w:?}", f.display()));
        }
    }
    assert!(
        found.is_empty(),
        "words belong in src/present:\n{}",
        found.join("\n")
    );
}

/// Texts of `src/load` and `src/commands` that are not shown but matched: serde's own words,
/// which the loader recognises to type its problems.
const MATCHED: &[&str] = &[
    "EOF while parsing a value",
    "EOF while parsing",
    "recursion limit exceeded",
    "unexpected end of hex escape",
    "lone leading surrogate in hex escape",
    "a whole number, 0 or more",
    "` is not a",
];

/// Files whose sentences are part of a file format, not the interface: the JSON Schema's
/// titles and descriptions are written for editors, in English like the keys they describe.
const FORMAT_FILES: &[&str] = &["commands/schema.rs"];

/// The loader and the commands hold keys, file names and format ids, so every literal with a
/// letter cannot be banned there; a sentence can: three words or more.
fn sentences_in(src: &str) -> Vec<String> {
    let code = src.split("#[cfg(test)]").next().unwrap_or(src);
    literals(code)
        .into_iter()
        .filter(|l| {
            let bare = without_placeholders(l);
            let words = bare
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            words >= 3 && !MATCHED.contains(&bare.trim())
        })
        .collect()
}

/// Every `.rs` file under `src/<dir>` and `src/<dir>.rs`; test files too when `tests` says so.
fn tree(dir: &str, tests: bool) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![root.join(format!("{dir}.rs"))];
    let mut dirs = vec![root.join(dir)];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !tests && (name == "tests" || name == "tests.rs") {
                continue;
            }
            if p.is_dir() {
                dirs.push(p);
            } else if name.ends_with(".rs") {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn no_sentence_in_the_loader_or_the_commands() {
    let mut found = Vec::new();
    let files = tree("load", false).into_iter().chain(tree("commands", false));
    for f in files.filter(|f| !FORMAT_FILES.iter().any(|x| f.ends_with(x))) {
        let src = std::fs::read_to_string(&f).expect("source file readable");
        for w in sentences_in(&src) {
            found.push(format!("{}: {w:?}", f.display()));
        }
    }
    assert!(
        found.is_empty(),
        "sentences belong in src/present:\n{}",
        found.join("\n")
    );
    let planted = "fn f() { p(\"tasks\"); q(\"plan.json\"); r(\"{n} is not a task\"); }";
    assert_eq!(sentences_in(planted), ["{n} is not a task"]);
}

#[test]
fn the_scan_finds_a_planted_word() {
    let src = "fn f() { let c = '\"'; // \"comment\"\n format!(\"{n} files\"); x(\"{a}/{b}\"); y(\"Esc\"); }";
    assert_eq!(words_in(src), ["{n} files"]);
    assert!(files().iter().any(|f| f.ends_with("ui/header.rs")));
    assert!(files().iter().any(|f| f.ends_with("report/text.rs")));
}

#[test]
fn vietnamese_is_nfc_with_the_new_tone_placement() {
    use unicode_normalization::is_nfc;
    let mut bad = Vec::new();
    let paths: Vec<PathBuf> = tree("present", true)
        .into_iter()
        .filter(|p| !p.ends_with("audit.rs"))
        .collect();
    assert!(paths.len() > 10, "{paths:?}");
    for path in paths {
        let src = std::fs::read_to_string(&path).expect("readable");
        for l in literals(&src) {
            // Government documents write hóa, hòa, khỏe, thủy, ủy: in an open syllable the tone
            // sits on the first vowel (not hoá, khoẻ, thuỷ); `hoàn`, `thoát` are closed.
            let old_style = [
                "oá", "oà", "oả", "oã", "oạ", "oé", "oè", "oẻ", "oẽ", "oẹ", "uỷ", "uý",
            ];
            let old = l
                .split(|c: char| !c.is_alphabetic())
                .any(|w| old_style.iter().any(|o| w.ends_with(o)));
            if !is_nfc(&l) || old {
                bad.push(format!("{}: {l:?}", path.display()));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert!(
        "hoá đơn".split(' ').any(|w| w.ends_with("oá")),
        "the check can fail"
    );
}
