//! Body of `examples/loadmem.rs` and `examples/loadmem_mimalloc.rs`: load a data directory,
//! roll it up at the latest date, and print counts, timings, the JSON bytes on disk and the
//! process's peak resident memory (VmHWM), so that peak memory can be compared with the JSON
//! size (target: at most 0.6x). `/usr/bin/time -v` gives the same peak as "Maximum resident
//! set size".

use std::path::PathBuf;
use std::time::Instant;

use p06::load::{Severity, load_dir};
use p06::rollup::roll_up;

fn json_bytes(dir: &std::path::Path) -> u64 {
    walkdir::WalkDir::new(dir.join("snapshots"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| e.metadata().map_or(0, |m| m.len()))
        .sum()
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

pub fn run(allocator: &str) -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).ok_or("usage: loadmem DATA_DIR")?);
    let bytes = json_bytes(&dir);
    let t = Instant::now();
    let ds = load_dir(&dir)?;
    let loaded = t.elapsed();
    let r = ds.latest().ok_or("no snapshot dates")?;
    let rollup = roll_up(&ds, r);
    let total = t.elapsed();
    let records = ds.files().iter().filter(|f| f.record.is_some()).count();
    let count = |s| ds.problems().iter().filter(|p| p.severity == s).count();
    println!("allocator          {allocator}");
    println!("files              {} ({records} accepted)", ds.files().len());
    println!(
        "problems           {} errors, {} warnings, {} notes",
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note)
    );
    println!(
        "items, districts   {}, {}",
        rollup.items.len(),
        rollup.districts.len()
    );
    println!(
        "load, + roll-up    {:.3} s, {:.3} s",
        loaded.as_secs_f64(),
        total.as_secs_f64()
    );
    println!("json on disk       {:.1} MB", bytes as f64 / 1e6);
    if let Some(kib) = peak_rss_kib() {
        let peak = kib as f64 * 1024.0;
        println!(
            "peak rss           {:.1} MB = {:.2}x the JSON",
            peak / 1e6,
            peak / bytes.max(1) as f64
        );
    }
    Ok(())
}
