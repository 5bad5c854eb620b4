//! Words about live watching of the data directory, for the console's header.

use super::Lang;

/// Shown in the header while the console is not watching DATA although it should (the
/// directory is gone, or the watcher could not start): changes will not show until it is back.
#[must_use]
pub fn not_watching(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "not watching",
        Lang::Vi => "không theo dõi",
    }
}
