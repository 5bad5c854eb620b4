//! The one integration-test binary (so the crate links once): fixtures, CLI, end-to-end.

mod awkward;
mod cli;
mod common;
mod docs;
mod fixtures;
mod frame_bytes;
mod fuzz_corpus;
mod hostile;
mod loader_props;
mod no_block;
mod out_paths;
mod pty;
mod pty_loading;
mod pty_reload;
mod pty_resize;
mod pty_restore;
mod pty_suspend;
mod readme;
mod readonly;
mod report;
mod rollup_props;
mod schema;
mod shell;
mod spreadsheet;
mod typed_text;
mod wrong_figures;
