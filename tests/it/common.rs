//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

/// A path under the repository's `fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}
