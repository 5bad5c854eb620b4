//! Rates that are not headline figures but follow the same rules (spec 5.1, 5.5): a service's
//! online application rate over the districts' effective snapshots, and one district's
//! anti-malware coverage. The views show them; they are computed here so that every view (and
//! any report that adds them later) agrees on what they mean.

use crate::load::{Catalogue, Dataset, Record};
use crate::model::{Area, Date};

use super::pct;
use super::status::service_state;

/// Σ online / Σ total applications of one service over its applicable districts' effective
/// records, in percent; `None` when no district reported applications for it.
#[must_use]
pub fn online_rate(cat: &Catalogue, effective: &[Option<&Record>], service: usize) -> Option<f64> {
    let (mut online, mut total) = (0u64, 0u64);
    for (d, rec) in effective.iter().enumerate() {
        if !cat.applies(Area::Service, service, d) {
            continue;
        }
        let apps = service_state(*rec, service).and_then(|s| s.applications);
        if let Some(a) = apps {
            online = online.saturating_add(a.online);
            total = total.saturating_add(a.total);
        }
    }
    pct(online, total)
}

/// [`online_rate`] of every service at review date `r`, in plan order.
#[must_use]
pub fn online_rates(ds: &Dataset, r: Date) -> Vec<Option<f64>> {
    let eff = super::effective(ds, r);
    (0..ds.catalogue.item_count(Area::Service))
        .map(|s| online_rate(&ds.catalogue, &eff, s))
        .collect()
}

/// A district's anti-malware coverage (protected / endpoints) in percent; `None` when its
/// record has no anti-malware section or counts no endpoints.
#[must_use]
pub fn anti_malware_pct(record: Option<&Record>) -> Option<f64> {
    let am = record?.security.as_ref()?.anti_malware?;
    pct(am.protected, am.endpoints)
}
