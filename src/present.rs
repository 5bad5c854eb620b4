//! Presentation: the one place that owns what a person reads. The interface language
//! ([`Lang`]), numbers and dates in that language's convention ([`num`]), and the escaping that
//! keeps control characters from a data file out of anyone's terminal ([`escape`]).
//!
//! `rollup` and `load` return data; everything that turns data into words lives under here.

pub mod directions;
pub mod escape;
pub mod lang;
pub mod num;

pub use escape::visible;
pub use lang::Lang;
