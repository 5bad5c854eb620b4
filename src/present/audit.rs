//! A test that keeps the words in `present`: the console's drawing code (`src/ui`) and the key
//! table (`src/app/keymap.rs`) hold no string literal with letters in it, other than format
//! placeholders, key names and a short allowlist of symbols. A word added there instead of
//! here fails it, naming the file and the literal.

use std::path::{Path, PathBuf};

/// Literals with letters that are not words a person reads in one language: key names (as
/// printed on keyboards), ASCII stand-ins for symbols.
const ALLOWED: &[&str] = &[
    "Space",
    "Up",
    "Down",
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
];

/// The source files checked: every file under `src/ui` and the key table, without tests.
fn files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![root.join("app/keymap.rs")];
    let mut dirs = vec![root.join("ui")];
    out.push(root.join("ui.rs"));
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name == "tests" || name == "tests.rs" || name == "snapshots" {
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

#[test]
fn the_scan_finds_a_planted_word() {
    let src = "fn f() { let c = '\"'; // \"comment\"\n format!(\"{n} files\"); x(\"{a}/{b}\"); y(\"Esc\"); }";
    assert_eq!(words_in(src), ["{n} files"]);
    assert!(files().iter().any(|f| f.ends_with("ui/header.rs")));
}

#[test]
fn vietnamese_is_nfc_with_the_new_tone_placement() {
    use unicode_normalization::is_nfc;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/present");
    let mut bad = Vec::new();
    let mut todo = vec![dir];
    let mut paths = Vec::new();
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("src/present").flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("audit.rs") {
                paths.push(p);
            }
        }
    }
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
