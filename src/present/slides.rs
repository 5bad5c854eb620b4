//! Every word of presentation mode, in English and Vietnamese (the glossary's terms, as the
//! province writes them in its own plans and conclusion notices). Few words, since they are
//! read from the back of a meeting room; the short forms are for small screens.

use crate::app::Slide;
use crate::rollup::{ChangeKind, Figure};

use super::Lang;

pub mod directions;

/// A slide's heading.
#[must_use]
pub fn heading(lang: Lang, slide: Slide) -> &'static str {
    match lang {
        Lang::En => match slide {
            Slide::Title => "Project 06: progress review",
            Slide::Plan => "The plan",
            Slide::Models => "Utility models and essential public services",
            Slide::Identity => "Population data and electronic identification",
            Slide::Security => "Cybersecurity",
            Slide::Attention => "Needs attention",
            Slide::Districts => "The districts",
            Slide::Changes => "Changes since the last meeting",
            Slide::Directions => "Directions",
        },
        Lang::Vi => match slide {
            Slide::Title => "Rà soát tiến độ triển khai Đề án 06",
            Slide::Plan => "Nhiệm vụ theo Kế hoạch",
            Slide::Models => "Mô hình điểm, mô hình tiện ích và dịch vụ công thiết yếu",
            Slide::Identity => "Dữ liệu dân cư, định danh và xác thực điện tử",
            Slide::Security => "An toàn, an ninh mạng",
            Slide::Attention => "Cần chỉ đạo, tháo gỡ",
            Slide::Districts => "Các huyện, thị xã, thành phố",
            Slide::Changes => "Thay đổi so với kỳ trước",
            Slide::Directions => "Chỉ đạo",
        },
    }
}

/// A headline figure's label on a slide; `short` for narrow cards.
#[must_use]
pub fn figure(lang: Lang, f: Figure, short: bool) -> &'static str {
    match (lang, short) {
        (Lang::En, false) => match f {
            Figure::PlanTasks => "Plan tasks complete",
            Figure::KeyTasks => "Key tasks complete",
            Figure::ModelsMaintained => "Models to maintain and replicate",
            Figure::ModelsNew => "New models",
            Figure::Services => "Essential public services online",
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
            Figure::FourLayerDistricts => "Districts with all four layers",
            Figure::AntiMalware => "Central anti-malware coverage",
            Figure::Incidents => "Incidents resolved / detected",
        },
        (Lang::En, true) => match f {
            Figure::PlanTasks => "Plan tasks",
            Figure::KeyTasks => "Key tasks",
            Figure::ModelsMaintained => "Models kept",
            Figure::ModelsNew => "New models",
            Figure::Services => "Services",
            Figure::OverdueTasks => "Overdue",
            Figure::Inspections => "Inspections",
            Figure::Trainings => "Trainings",
            Figure::Drills => "Drills",
            Figure::OpenFindings => "Findings",
            Figure::PopulationData => "Pop. data",
            Figure::ChipIdCards => "ID cards",
            Figure::EidAccounts => "eID",
            Figure::OrgEidApplications => "Org. eID",
            Figure::DigitalSignatures => "Signatures",
            Figure::FourLayerDistricts => "Four-layer",
            Figure::AntiMalware => "Anti-malware",
            Figure::Incidents => "Incidents",
        },
        (Lang::Vi, false) => match f {
            Figure::PlanTasks => "Nhiệm vụ theo Kế hoạch hoàn thành",
            Figure::KeyTasks => "Nhiệm vụ trọng tâm hoàn thành",
            Figure::ModelsMaintained => "Mô hình duy trì, nhân rộng",
            Figure::ModelsNew => "Mô hình xây dựng mới",
            Figure::Services => "Dịch vụ công thiết yếu trực tuyến toàn trình",
            Figure::OverdueTasks => "Nhiệm vụ quá hạn",
            Figure::Inspections => "Kiểm tra, đánh giá an toàn, an ninh mạng",
            Figure::Trainings => "Tập huấn",
            Figure::Drills => "Diễn tập thực chiến an ninh mạng",
            Figure::OpenFindings => "Tồn tại, hạn chế chưa khắc phục",
            Figure::PopulationData => "Dữ liệu dân cư",
            Figure::ChipIdCards => "Thẻ căn cước gắn chíp",
            Figure::EidAccounts => "Tài khoản định danh điện tử",
            Figure::OrgEidApplications => "Hồ sơ định danh điện tử cơ quan, tổ chức",
            Figure::DigitalSignatures => "Chữ ký số",
            Figure::FourLayerDistricts => "Đơn vị đủ mô hình bảo vệ 4 lớp",
            Figure::AntiMalware => "Phòng, chống mã độc tập trung",
            Figure::Incidents => "Sự cố đã xử lý / phát hiện",
        },
        (Lang::Vi, true) => match f {
            Figure::PlanTasks => "Nhiệm vụ KH",
            Figure::KeyTasks => "Trọng tâm",
            Figure::ModelsMaintained => "Duy trì",
            Figure::ModelsNew => "Xây dựng mới",
            Figure::Services => "Dịch vụ công",
            Figure::OverdueTasks => "Quá hạn",
            Figure::Inspections => "Kiểm tra",
            Figure::Trainings => "Tập huấn",
            Figure::Drills => "Diễn tập",
            Figure::OpenFindings => "Tồn tại",
            Figure::PopulationData => "Dữ liệu dân cư",
            Figure::ChipIdCards => "Thẻ căn cước",
            Figure::EidAccounts => "Định danh",
            Figure::OrgEidApplications => "ĐDĐT tổ chức",
            Figure::DigitalSignatures => "Chữ ký số",
            Figure::FourLayerDistricts => "Bảo vệ 4 lớp",
            Figure::AntiMalware => "Mã độc",
            Figure::Incidents => "Sự cố",
        },
    }
}

/// The title slide's lines: what each date is.
#[must_use]
pub fn review_date(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Review date",
        Lang::Vi => "Số liệu tính đến ngày",
    }
}

#[must_use]
pub fn compared_with(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "compared with",
        Lang::Vi => "so với ngày",
    }
}

#[must_use]
pub fn meeting(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Meeting",
        Lang::Vi => "Ngày họp",
    }
}

#[must_use]
pub fn province(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Province",
        Lang::Vi => "Tỉnh",
    }
}

/// `since 2024-11-30`, beside a change.
#[must_use]
pub fn since(lang: Lang, date: &str) -> String {
    match lang {
        Lang::En => format!("since {date}"),
        Lang::Vi => format!("so với {date}"),
    }
}

/// Said where a comparison would be, when there is no snapshot date before R.
#[must_use]
pub fn no_comparison(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "No earlier snapshot date to compare with.",
        Lang::Vi => "Chưa có số liệu kỳ trước để so sánh.",
    }
}

/// Beneath a count that has a plan target: `target 12`.
#[must_use]
pub fn target(lang: Lang, n: &str) -> String {
    match lang {
        Lang::En => format!("target {n}"),
        Lang::Vi => format!("chỉ tiêu {n}"),
    }
}

/// Beneath four-layer districts: `of 13 districts`.
#[must_use]
pub fn of_districts(lang: Lang, n: &str) -> String {
    match lang {
        Lang::En => format!("of {n} districts"),
        Lang::Vi => format!("trên {n} đơn vị cấp huyện"),
    }
}

/// Needs attention: the two states a task is listed for.
#[must_use]
pub fn overdue(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "overdue",
        Lang::Vi => "quá hạn",
    }
}

#[must_use]
pub fn blocked(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "blocked",
        Lang::Vi => "vướng mắc",
    }
}

#[must_use]
pub fn lead_agency(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Lead",
        Lang::Vi => "Chủ trì",
    }
}

#[must_use]
pub fn held_back_by(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Not done in",
        Lang::Vi => "Chưa xong",
    }
}

#[must_use]
pub fn nothing_needs_attention(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "No task is overdue or blocked.",
        Lang::Vi => "Không có nhiệm vụ quá hạn hoặc vướng mắc.",
    }
}

/// The last line of a list cut to the screen: `… and 4 more`.
#[must_use]
pub fn and_more(lang: Lang, n: &str) -> String {
    match lang {
        Lang::En => format!("and {n} more"),
        Lang::Vi => format!("và {n} mục khác"),
    }
}

/// The districts slide: a district's report is out of date, or missing.
#[must_use]
pub fn stale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "report out of date",
        Lang::Vi => "quá hạn báo cáo",
    }
}

#[must_use]
pub fn no_report(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "no report",
        Lang::Vi => "chưa báo cáo",
    }
}

/// The districts slide's note on what the bars are.
#[must_use]
pub fn league_note(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Items complete, of those that apply",
        Lang::Vi => "Tỷ lệ nhiệm vụ, mô hình, dịch vụ đã hoàn thành",
    }
}

/// A change since C, as a heading for the changes of that kind.
#[must_use]
pub fn change(lang: Lang, kind: ChangeKind) -> &'static str {
    match lang {
        Lang::En => match kind {
            ChangeKind::BecameComplete => "Completed",
            ChangeKind::NoLongerComplete => "No longer complete",
            ChangeKind::BecameOverdue => "Became overdue",
            ChangeKind::StatusChanged => "Status changes in districts",
            ChangeKind::StartedReporting => "Started reporting",
            ChangeKind::WentStale => "Report out of date",
            ChangeKind::ResumedReporting => "Reporting again",
            ChangeKind::Headline => "Figures",
        },
        Lang::Vi => match kind {
            ChangeKind::BecameComplete => "Đã hoàn thành",
            ChangeKind::NoLongerComplete => "Không còn hoàn thành",
            ChangeKind::BecameOverdue => "Trở thành quá hạn",
            ChangeKind::StatusChanged => "Thay đổi trạng thái tại đơn vị",
            ChangeKind::StartedReporting => "Bắt đầu báo cáo",
            ChangeKind::WentStale => "Quá hạn báo cáo",
            ChangeKind::ResumedReporting => "Báo cáo trở lại",
            ChangeKind::Headline => "Số liệu",
        },
    }
}

/// `12 status changes in districts`: the district-level changes, counted rather than listed.
#[must_use]
pub fn status_changes(lang: Lang, n: &str) -> String {
    match lang {
        Lang::En => format!("{n} status changes in districts (console, panel 8)"),
        Lang::Vi => format!("{n} thay đổi trạng thái tại đơn vị (bảng điều khiển, trang 8)"),
    }
}

#[must_use]
pub fn nothing_changed(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Nothing changed.",
        Lang::Vi => "Không có thay đổi.",
    }
}

/// What the screen says when it is too small for a slide at all.
#[must_use]
pub fn too_small(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Enlarge the window",
        Lang::Vi => "Hãy mở rộng cửa sổ",
    }
}
