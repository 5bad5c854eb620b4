//! p06: review the progress of Project 06 across a province's districts.
//!
//! Data flows one way: [`model`] (the file formats) -> [`load`] (read and check a data
//! directory) -> [`rollup`] (the province's figures, pure functions) -> consumers: `report`
//! (text, markdown, csv, json) and the terminal UI. [`cli`] and `commands` wire them to the
//! command line; [`watch`] reads changed files while the terminal UI runs.

pub mod app;
pub mod cli;
mod commands;
pub mod demo;
pub mod load;
pub mod meetings;
pub mod minutes;
pub mod model;
pub mod present;
pub mod report;
pub mod rollup;
pub mod safe_write;
pub mod tui;
pub mod ui;
pub mod watch;
