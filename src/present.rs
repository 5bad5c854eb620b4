//! Presentation: the one place that owns what a person reads. The interface language
//! ([`Lang`]), numbers and dates in that language's convention ([`num`]), text laid out by
//! display width ([`layout`]), the headline figures in words ([`figures`]), the console's words
//! one file per area ([`console`], [`columns`], [`keys`], [`status`], [`detail`],
//! [`notices`], [`directions`]), the reports' words ([`report`]), the command line's help
//! ([`help`]), and the escaping that keeps control characters from a data file out of
//! anyone's terminal ([`escape`]).
//!
//! Every message is a function or an enum's `text(lang)` with an exhaustive `match lang`: a
//! message without a translation does not compile. `rollup` and `load` return data; everything
//! that turns data into words lives under here.

#[cfg(test)]
mod audit;
pub mod columns;
pub mod console;
pub mod detail;
pub mod directions;
pub mod errors;
pub mod escape;
pub mod figures;
pub mod help;
pub mod keys;
pub mod lang;
pub mod layout;
pub mod notices;
pub mod num;
pub mod problems;
pub mod report;
pub mod slides;
pub mod status;
pub mod watch;
pub mod xlsx;

pub use escape::{visible, visible_lines};
pub use lang::Lang;
