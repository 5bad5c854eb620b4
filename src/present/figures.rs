//! The province's headline figures in words: their labels (full, and short for narrow tiles),
//! their values (`34/41`, `52.287`, `98,7 %`) and their changes (`+3`, `+8.666`), in the
//! interface language. `rollup` computes the numbers; only this module writes them.

use crate::rollup::{Figure, Value};

use super::Lang;
use super::num;

/// A figure's label for people.
#[must_use]
pub fn label(lang: Lang, f: Figure) -> &'static str {
    match lang {
        Lang::En => match f {
            Figure::PlanTasks => "Plan tasks",
            Figure::KeyTasks => "Key tasks",
            Figure::ModelsMaintained => "Models to maintain",
            Figure::ModelsNew => "New models",
            Figure::Services => "Public services online",
            Figure::OverdueTasks => "Overdue tasks",
            Figure::Inspections => "Security inspections",
            Figure::Trainings => "Security trainings",
            Figure::Drills => "Cyber drills",
            Figure::OpenFindings => "Open findings",
            Figure::PopulationData => "Population data",
            Figure::ChipIdCards => "Chip ID cards",
            Figure::EidAccounts => "eID accounts",
            Figure::OrgEidApplications => "Organisation eID applications",
            Figure::DigitalSignatures => "Digital signatures",
            Figure::FourLayerDistricts => "Four-layer districts",
            Figure::AntiMalware => "Anti-malware coverage",
            Figure::Incidents => "Incidents",
        },
        Lang::Vi => match f {
            Figure::PlanTasks => "Nhiệm vụ theo Kế hoạch",
            Figure::KeyTasks => "Nhiệm vụ trọng tâm",
            Figure::ModelsMaintained => "Mô hình duy trì, nhân rộng",
            Figure::ModelsNew => "Mô hình xây dựng mới",
            Figure::Services => "Dịch vụ công thiết yếu trực tuyến",
            Figure::OverdueTasks => "Nhiệm vụ quá hạn",
            Figure::Inspections => "Kiểm tra an toàn, an ninh mạng",
            Figure::Trainings => "Tập huấn an toàn, an ninh mạng",
            Figure::Drills => "Diễn tập thực chiến",
            Figure::OpenFindings => "Tồn tại, hạn chế chưa khắc phục",
            Figure::PopulationData => "Dữ liệu dân cư",
            Figure::ChipIdCards => "Thẻ căn cước gắn chíp",
            Figure::EidAccounts => "Tài khoản định danh điện tử",
            Figure::OrgEidApplications => "Hồ sơ định danh điện tử tổ chức",
            Figure::DigitalSignatures => "Chữ ký số",
            Figure::FourLayerDistricts => "Đơn vị có mô hình bảo vệ 4 lớp",
            Figure::AntiMalware => "Phòng, chống mã độc tập trung",
            Figure::Incidents => "Sự cố an ninh mạng",
        },
    }
}

/// A label of 13 cells or less, for narrow tiles where the full one would be cut.
#[must_use]
pub fn short_label(lang: Lang, f: Figure) -> &'static str {
    match lang {
        Lang::En => match f {
            Figure::ModelsMaintained => "Models maint.",
            Figure::Services => "Services",
            Figure::Inspections => "Inspections",
            Figure::Trainings => "Trainings",
            Figure::Drills => "Drills",
            Figure::PopulationData => "Pop. data",
            Figure::OrgEidApplications => "Org. eID apps",
            Figure::DigitalSignatures => "Signatures",
            Figure::FourLayerDistricts => "Four-layer",
            Figure::AntiMalware => "Anti-malware",
            other => label(lang, other),
        },
        Lang::Vi => match f {
            Figure::PlanTasks => "NV Kế hoạch",
            Figure::KeyTasks => "NV trọng tâm",
            Figure::ModelsMaintained => "MH duy trì",
            Figure::ModelsNew => "MH mới",
            Figure::Services => "Dịch vụ công",
            Figure::OverdueTasks => "NV quá hạn",
            Figure::Inspections => "Kiểm tra",
            Figure::Trainings => "Tập huấn",
            Figure::Drills => "Diễn tập",
            Figure::OpenFindings => "Lỗ hổng",
            Figure::PopulationData => "CSDL dân cư",
            Figure::ChipIdCards => "Thẻ căn cước",
            Figure::EidAccounts => "TK định danh",
            Figure::OrgEidApplications => "ĐDĐT tổ chức",
            Figure::DigitalSignatures => "Chữ ký số",
            Figure::FourLayerDistricts => "Bảo vệ 4 lớp",
            Figure::AntiMalware => "Chống mã độc",
            Figure::Incidents => "Sự cố",
        },
    }
}

/// What stands for a share that has nothing to divide by.
#[must_use]
pub fn not_available(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "n/a",
        Lang::Vi => "chưa có",
    }
}

/// A value's short form: `34/41`, `52,287` (en) / `52.287` (vi), `98.7 %`, incidents in words.
#[must_use]
pub fn value(lang: Lang, v: &Value) -> String {
    match v {
        Value::Ratio(r) => format!("{}/{}", r.complete, r.total),
        Value::Count(n) => num::int(lang, *n),
        Value::Pct(Some(p)) => num::pct(lang, *p),
        Value::Pct(None) => not_available(lang).into(),
        Value::Incidents(i) => {
            let (d, r) = (num::int(lang, i.detected), num::int(lang, i.resolved));
            match lang {
                Lang::En => format!("{d} detected, {r} resolved"),
                Lang::Vi => format!("phát hiện {d}, đã xử lý {r}"),
            }
        }
    }
}

/// Incidents resolved out of detected, shorter and shorter, for tiles with less room:
/// `39/41 resolved`, `39/41 res.` (en).
#[must_use]
pub fn incidents_short(lang: Lang, resolved: u64, detected: u64) -> [String; 2] {
    let (r, d) = (num::int(lang, resolved), num::int(lang, detected));
    match lang {
        Lang::En => [format!("{r}/{d} resolved"), format!("{r}/{d} res.")],
        Lang::Vi => [format!("đã xử lý {r}/{d}"), format!("xử lý {r}/{d}")],
    }
}

/// The signed change from `before` to `after` (`+3`, `+8,666`, `+0.2`); `None` when equal.
/// Incidents show both counts (`+4 / 0`).
#[must_use]
pub fn delta(lang: Lang, after: &Value, before: &Value) -> Option<String> {
    let signed = |a: u64, b: u64| num::signed(lang, a, b);
    match (after, before) {
        (Value::Ratio(a), Value::Ratio(b)) => signed(a.complete, b.complete),
        (Value::Count(a), Value::Count(b)) => signed(*a, *b),
        (Value::Pct(Some(a)), Value::Pct(Some(b))) => {
            let d = ((a - b) * 10.0).round() / 10.0;
            (d != 0.0).then(|| {
                let s = format!("{d:+.1}");
                match lang {
                    Lang::En => s,
                    Lang::Vi => s.replace('.', ","),
                }
            })
        }
        (Value::Incidents(a), Value::Incidents(b)) => (a != b).then(|| {
            let part = |x, y| signed(x, y).unwrap_or_else(|| "0".into());
            format!(
                "{} / {}",
                part(a.detected, b.detected),
                part(a.resolved, b.resolved)
            )
        }),
        _ => (after != before).then(|| {
            match lang {
                Lang::En => "changed",
                Lang::Vi => "thay đổi",
            }
            .into()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rollup::{IncidentCounts, Ratio};

    #[test]
    fn values_and_deltas_in_both_languages() {
        let a = Value::Ratio(Ratio {
            complete: 34,
            total: 41,
        });
        let b = Value::Ratio(Ratio {
            complete: 31,
            total: 41,
        });
        let en = Lang::En;
        assert_eq!(value(en, &a), "34/41");
        assert_eq!(delta(en, &a, &b).as_deref(), Some("+3"));
        assert_eq!(delta(en, &b, &a).as_deref(), Some("-3"));
        assert_eq!(delta(en, &a, &a), None);
        assert_eq!(value(en, &Value::Count(52_287)), "52,287");
        assert_eq!(value(Lang::Vi, &Value::Count(52_287)), "52.287");
        assert_eq!(value(Lang::Vi, &Value::Pct(Some(98.74))), "98,7 %");
        let (p1, p0) = (Value::Pct(Some(98.7)), Value::Pct(Some(98.5)));
        assert_eq!(delta(en, &p1, &p0).as_deref(), Some("+0.2"));
        assert_eq!(delta(Lang::Vi, &p1, &p0).as_deref(), Some("+0,2"));
        let (c1, c0) = (Value::Count(52_287), Value::Count(43_621));
        assert_eq!(delta(en, &c1, &c0).as_deref(), Some("+8,666"));
        assert_eq!(delta(Lang::Vi, &c1, &c0).as_deref(), Some("+8.666"));
        assert_eq!(
            delta(en, &Value::Count(1), &Value::Count(1_234_568)).as_deref(),
            Some("-1,234,567")
        );
        let inc = |detected, resolved| Value::Incidents(IncidentCounts { detected, resolved });
        assert_eq!(delta(en, &inc(41, 39), &inc(37, 39)).as_deref(), Some("+4 / 0"));
        assert_eq!(value(Lang::Vi, &inc(41, 39)), "phát hiện 41, đã xử lý 39");
    }

    #[test]
    fn short_labels_fit_a_narrow_tile() {
        use unicode_width::UnicodeWidthStr;
        for lang in [Lang::En, Lang::Vi] {
            for f in Figure::ALL {
                let l = short_label(lang, f);
                assert!(l.width() <= 13, "{lang:?} {l}");
            }
        }
    }
}
