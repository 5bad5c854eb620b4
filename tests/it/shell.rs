//! `p06 completions` and `p06 man` (issue 13): the scripts a shell loads and the page `man`
//! shows, checked with the shell itself where it is installed.

use crate::common::p06;

fn stdout_of(args: &[&str]) -> String {
    let out = p06().args(args).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn completion_scripts_name_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = stdout_of(&["completions", shell]);
        for sub in ["check", "report", "schema", "completions", "man"] {
            assert!(script.contains(sub), "{shell} script lacks {sub}");
        }
        assert!(script.contains("as-of"), "{shell} script lacks --as-of");
    }
}

#[test]
fn the_bash_script_is_valid_bash() {
    let script = stdout_of(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("p06.bash");
    std::fs::write(&file, &script).unwrap_or_else(|e| panic!("{e}"));
    let Ok(out) = std::process::Command::new("bash").arg("-n").arg(&file).output() else {
        eprintln!("no bash here; syntax not checked");
        return;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Loading it registers the completion function for p06.
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("source {} && complete -p p06", file.display()))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("p06"), "{out:?}");
}

#[test]
fn the_man_page_is_roff_for_p06() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH P06 1 "), "{}", &page[..page.len().min(300)]);
    for word in ["check", "report", "schema", "completions"] {
        assert!(page.contains(word), "man page lacks {word}");
    }
    assert!(
        page.contains(".SH NAME") || page.contains(".SH \"NAME\""),
        "no NAME section"
    );
}
