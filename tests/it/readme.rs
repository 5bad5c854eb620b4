//! Every ```console example in README.md, run against the real binary (issue 13), so the README
//! cannot drift from what p06 prints.
//!
//! A block is a series of `$ COMMAND` lines, each followed by the output it shows (stdout and
//! stderr together, as a terminal shows them). Commands run under `bash` in a scratch
//! directory holding `fixtures` (a link to the repository's) and the `broken-plan` the README
//! talks about, with the built `p06` first on PATH. In the expected output, a line `[…]` (or
//! `...`) stands for any number of lines, and `[..]` inside a line for any text.

use std::path::Path;

/// One `$ COMMAND` and the output the README shows for it.
struct Example {
    line: usize,
    command: String,
    expected: Vec<String>,
}

/// The console blocks, each a list of examples (a block runs in one shell, so `echo $?` sees
/// the command before it).
fn blocks(readme: &str) -> Vec<Vec<Example>> {
    let mut blocks: Vec<Vec<Example>> = Vec::new();
    let mut in_console = false;
    for (i, line) in readme.lines().enumerate() {
        if !in_console {
            in_console = line.trim_end() == "```console";
            if in_console {
                blocks.push(Vec::new());
            }
            continue;
        }
        let Some(block) = blocks.last_mut() else { continue };
        if line.starts_with("```") {
            in_console = false;
        } else if let Some(cmd) = line.strip_prefix("$ ") {
            block.push(Example {
                line: i + 1,
                command: cmd.to_owned(),
                expected: Vec::new(),
            });
        } else if let Some(ex) = block.last_mut() {
            ex.expected.push(line.to_owned());
        }
    }
    blocks
}

/// Runs a block's commands in one `bash`, each one's output (stdout and stderr together) apart.
fn run_block(block: &[Example], dir: &Path, path: &str) -> Vec<String> {
    const MARK: &str = "@@p06-readme-example@@";
    let mut script = String::new();
    for ex in block {
        // The marker must not change `$?`, which the next command may print.
        script.push_str(&format!(
            "__s=$?; printf '%s\\n' '{MARK}'; (exit $__s); {{ {}\n}} 2>&1\n",
            ex.command
        ));
    }
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .env("PATH", path)
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap_or_else(|e| panic!("bash: {e}"));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.split(&format!("{MARK}\n"))
        .skip(1)
        .map(str::to_owned)
        .collect()
}

fn is_gap(line: &str) -> bool {
    matches!(line.trim(), "[…]" | "...")
}

/// One line against its pattern, where `[..]` matches any text.
fn line_matches(pattern: &str, actual: &str) -> bool {
    let mut parts = pattern.split("[..]");
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = actual.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    for (i, part) in parts.iter().enumerate() {
        if i + 1 == parts.len() {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.is_empty()
}

/// The expected lines, with gaps, against the actual lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((gap, rest)) if is_gap(gap) => (0..=actual.len()).any(|skip| matches(rest, &actual[skip..])),
        Some((want, rest)) => actual
            .split_first()
            .is_some_and(|(got, more)| line_matches(want.trim_end(), got.trim_end()) && matches(rest, more)),
    }
}

fn scratch_dir(root: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(root.join("fixtures"), dir.path().join("fixtures"))
        .unwrap_or_else(|e| panic!("{e}"));
    let broken = dir.path().join("broken-plan");
    std::fs::create_dir(&broken).unwrap_or_else(|e| panic!("{e}"));
    let plan = "{\n  \"format\": \"p06.plan/1\",\n  \"province\": \"Quảng Ninh\",\n  \"districts\": [\n    { \"code\": \"hl\", \"name\": \"Hạ Long\", \"kind\": \"city\" }\n  ]\n}\n";
    std::fs::write(broken.join("plan.json"), plan).unwrap_or_else(|e| panic!("{e}"));
    dir
}

#[test]
fn every_console_example_in_the_readme_is_what_p06_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap_or_else(|e| panic!("{e}"));
    let blocks = blocks(&readme);
    assert!(blocks.len() >= 10, "only {} console blocks found", blocks.len());
    let bin = Path::new(env!("CARGO_BIN_EXE_p06"));
    let bin_dir = bin.parent().unwrap_or_else(|| panic!("{}", bin.display()));
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let dir = scratch_dir(root);
    let mut failures = Vec::new();
    for block in blocks.iter().filter(|b| !b.is_empty()) {
        let outputs = run_block(block, dir.path(), &path);
        assert_eq!(
            outputs.len(),
            block.len(),
            "README.md:{}: a command ate the markers",
            block[0].line
        );
        for (ex, text) in block.iter().zip(&outputs) {
            let actual: Vec<&str> = text.lines().collect();
            if !matches(&ex.expected, &actual) {
                failures.push(format!(
                    "README.md:{}: $ {}\n--- README shows\n{}\n--- p06 prints\n{}",
                    ex.line,
                    ex.command,
                    ex.expected.join("\n"),
                    text.trim_end()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_matcher_can_fail() {
    let exp = |s: &str| s.lines().map(str::to_owned).collect::<Vec<_>>();
    assert!(matches(&exp("a\n[…]\nd"), &["a", "b", "c", "d"]));
    assert!(matches(&exp("a\n...\nb"), &["a", "b"]));
    assert!(!matches(&exp("a\nd"), &["a", "b", "d"]));
    assert!(!matches(&exp("a"), &["a", "b"]));
    assert!(matches(&exp("x [..] z"), &["x y z"]));
    assert!(!matches(&exp("x [..] z"), &["x y w"]));
    let b = blocks("```console\n$ p06 a\nout\n$ p06 b\n```\n```sh\n$ no\n```\n");
    assert_eq!((b.len(), b[0].len(), b[0][0].expected.len()), (1, 2, 1));
}
