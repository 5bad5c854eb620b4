//! Counts at the edge of `u64`: validation rejects any count over `MAX_COUNT`, and the sums
//! saturate for a record that never met validation, so no figure wraps round.

use super::*;
use crate::load::MAX_COUNT;
use crate::model::{AntiMalware, Identity, Incidents, Security};

/// A record built by hand, as no loaded file can carry counts this large.
fn record(district: usize, n: u64) -> Record {
    Record {
        file: format!("snapshots/{district}.json"),
        district,
        as_of: d("2024-12-31"),
        as_of_at: None,
        reported_by: None,
        tasks: None,
        models: None,
        services: None,
        identity: Some(Identity {
            residents: Some(n),
            residents_in_database: Some(n),
            digital_signatures: Some(n),
            chip_id_cards: Some(n),
            ..Identity::default()
        }),
        security: Some(Security {
            anti_malware: Some(AntiMalware {
                endpoints: n,
                protected: n,
                centrally_managed: None,
            }),
            incidents: Some(Incidents {
                detected: n,
                resolved: n,
            }),
            ..Security::default()
        }),
    }
}

#[test]
fn headline_sums_saturate_instead_of_wrapping() {
    let ds = data(&[]);
    let half = u64::MAX / 2 + 1;
    let (a, b) = (record(0, half), record(1, half));
    let h = headline::headline(&ds.catalogue.plan, &[], &[Some(&a), Some(&b), None]);
    // Wrapping would give 0 for each of these.
    assert_eq!(h.digital_signatures, u64::MAX);
    assert_eq!(h.chip_id_cards, u64::MAX);
    assert_eq!(h.incidents.detected, u64::MAX);
    assert_eq!(h.incidents.resolved, u64::MAX);
    assert_eq!(h.population_data_pct, Some(100.0));
    assert_eq!(h.anti_malware_pct, Some(100.0), "never above 100 %");
    // One more district with a small count still cannot bring the sum back down.
    let c = record(2, 7);
    let h = headline::headline(&ds.catalogue.plan, &[], &[Some(&a), Some(&b), Some(&c)]);
    assert_eq!(h.digital_signatures, u64::MAX);
}

#[test]
fn counts_over_the_bound_reject_the_file_and_the_bound_itself_is_accepted() {
    let body = |n: u64| format!(r#", "identity": {{"digital_signatures": {n}}}"#);
    let ds = data(&[
        snap("HL", "2024-12-31", &body(MAX_COUNT)),
        snap("CP", "2024-12-31", &body(u64::MAX - 1)),
    ]);
    let errors: Vec<_> = ds
        .problems()
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let e = errors[0];
    assert_eq!(e.file, "snapshots/01.json");
    assert_eq!(e.path.as_deref(), Some("identity.digital_signatures"));
    assert_eq!((e.line, e.column), (Some(1), Some(106)), "{e}");
    assert!(e.message.contains("18446744073709551614"), "{e}");
    let h = roll_up(&ds, d("2024-12-31")).headline;
    assert_eq!(h.digital_signatures, MAX_COUNT, "only HL's accepted file counts");
}
