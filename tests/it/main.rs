//! The one integration-test binary (so the crate links once): fixtures, CLI, end-to-end.

mod awkward;
mod cli;
mod common;
mod directions;
mod directions_safety;
mod docs;
mod fixtures;
mod frame_bytes;
mod fuzz_corpus;
mod loader_props;
mod pty;
mod pty_directions;
mod pty_loading;
mod pty_reload;
mod pty_resize;
mod pty_restore;
mod pty_suspend;
mod readonly;
mod report;
mod rollup_props;
mod schema;
