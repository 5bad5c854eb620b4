//! The one integration-test binary (so the crate links once): fixtures, CLI, end-to-end.

mod common;
