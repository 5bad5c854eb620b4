//! `cargo bench --bench rollup`: `roll_up` at a review date other than the latest (the user
//! picks a new R), and `changes` between two roll-ups (C four weeks before R), per size.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[allow(dead_code)]
mod support;

use std::path::Path;

use divan::Bencher;
use p06::load::{Dataset, load_dir};
use p06::rollup::{changes, roll_up};

fn main() {
    support::main();
}

fn data(dir: &Path) -> Dataset {
    load_dir(dir).expect("load")
}

fn at_new_date(b: Bencher, ds: &Dataset) {
    let dates = ds.dates();
    let r = dates[dates.len() / 2];
    b.bench(|| roll_up(ds, r));
}

fn changes_since(b: Bencher, ds: &Dataset) {
    let dates = ds.dates();
    let (c, r) = (dates[dates.len() - 5], dates[dates.len() - 1]);
    let (before, after) = (roll_up(ds, c), roll_up(ds, r));
    b.bench(|| changes(ds, &before, &after));
}

#[divan::bench_group]
mod province {
    use super::*;

    #[divan::bench]
    fn roll_up_new_date(b: Bencher) {
        at_new_date(b, &data(&support::province()));
    }

    #[divan::bench]
    fn changes(b: Bencher) {
        changes_since(b, &data(&support::province()));
    }
}

#[divan::bench_group(sample_count = 20)]
mod nation {
    use super::*;

    #[divan::bench]
    fn roll_up_new_date(b: Bencher) {
        at_new_date(b, &data(&support::nation()));
    }

    #[divan::bench]
    fn changes(b: Bencher) {
        changes_since(b, &data(&support::nation()));
    }
}
