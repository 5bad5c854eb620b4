//! Fuzzes the plan parser and its checks: any bytes must load or be refused, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = p06::load::load_plan(data);
});
