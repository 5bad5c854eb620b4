//! The words of the workbook (`p06 report --format xlsx`): sheet names and column headers, in
//! each language. The cells' values are the data's own; their number and date formats are the
//! workbook's, which the spreadsheet shows in its user's locale.

use super::Lang;

/// A sheet of the workbook.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sheet {
    Headline,
    Tasks,
    Models,
    Services,
    SecurityEvents,
    Districts,
    Changes,
}

/// A column header.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Col {
    Figure,
    Value,
    Of,
    Share,
    Resolved,
    Target,
    Change,
    Id,
    Title,
    Kind,
    Lead,
    Due,
    Status,
    Progress,
    Complete,
    Overdue,
    DistrictsComplete,
    DistrictsApplicable,
    Coverage,
    LateDistricts,
    New,
    Code,
    District,
    AsOf,
    Stale,
    TasksComplete,
    TasksApplicable,
    TasksShare,
    ModelsComplete,
    ModelsApplicable,
    ModelsShare,
    ServicesComplete,
    ServicesApplicable,
    ServicesShare,
    Event,
    Date,
    Unit,
    Findings,
    OpenFindings,
    Participants,
    Area,
    From,
    To,
}

/// A sheet's name on its tab (at most 31 characters, none of `[]:*?/\`).
#[must_use]
pub fn sheet(lang: Lang, sheet: Sheet) -> &'static str {
    match lang {
        Lang::En => match sheet {
            Sheet::Headline => "Headline",
            Sheet::Tasks => "Tasks",
            Sheet::Models => "Models",
            Sheet::Services => "Services",
            Sheet::SecurityEvents => "Security events",
            Sheet::Districts => "Districts",
            Sheet::Changes => "Changes",
        },
        Lang::Vi => match sheet {
            Sheet::Headline => "Chỉ tiêu chính",
            Sheet::Tasks => "Nhiệm vụ",
            Sheet::Models => "Mô hình",
            Sheet::Services => "Dịch vụ công",
            Sheet::SecurityEvents => "An toàn, an ninh mạng",
            Sheet::Districts => "Đơn vị cấp huyện",
            Sheet::Changes => "Thay đổi",
        },
    }
}

/// A column's header.
#[must_use]
pub fn column(lang: Lang, col: Col) -> &'static str {
    match lang {
        Lang::En => match col {
            Col::Figure => "Figure",
            Col::Value => "Value",
            Col::Of => "Of",
            Col::Share => "Share",
            Col::Resolved => "Resolved",
            Col::Target => "Target",
            Col::Change => "Change",
            Col::Id => "ID",
            Col::Title => "Title",
            Col::Kind => "Kind",
            Col::Lead => "Lead agency",
            Col::Due => "Due",
            Col::Status => "Status",
            Col::Progress => "Progress",
            Col::Complete => "Complete",
            Col::Overdue => "Overdue",
            Col::DistrictsComplete => "Districts complete",
            Col::DistrictsApplicable => "Districts applicable",
            Col::Coverage => "Coverage",
            Col::LateDistricts => "Completed late in",
            Col::New => "New model",
            Col::Code => "Code",
            Col::District => "District",
            Col::AsOf => "As of",
            Col::Stale => "Stale",
            Col::TasksComplete => "Tasks complete",
            Col::TasksApplicable => "Tasks applicable",
            Col::TasksShare => "Tasks %",
            Col::ModelsComplete => "Models complete",
            Col::ModelsApplicable => "Models applicable",
            Col::ModelsShare => "Models %",
            Col::ServicesComplete => "Services complete",
            Col::ServicesApplicable => "Services applicable",
            Col::ServicesShare => "Services %",
            Col::Event => "Event",
            Col::Date => "Date",
            Col::Unit => "Unit",
            Col::Findings => "Findings",
            Col::OpenFindings => "Open findings",
            Col::Participants => "Participants",
            Col::Area => "Area",
            Col::From => "From",
            Col::To => "To",
        },
        Lang::Vi => match col {
            Col::Figure => "Chỉ tiêu",
            Col::Value => "Giá trị",
            Col::Of => "Trên tổng số",
            Col::Share => "Tỷ lệ",
            Col::Resolved => "Đã xử lý",
            Col::Target => "Chỉ tiêu kế hoạch",
            Col::Change => "Thay đổi",
            Col::Id => "Mã",
            Col::Title => "Tên",
            Col::Kind => "Loại",
            Col::Lead => "Cơ quan chủ trì",
            Col::Due => "Thời hạn",
            Col::Status => "Tình trạng",
            Col::Progress => "Tiến độ",
            Col::Complete => "Hoàn thành",
            Col::Overdue => "Quá hạn",
            Col::DistrictsComplete => "Số đơn vị hoàn thành",
            Col::DistrictsApplicable => "Số đơn vị thực hiện",
            Col::Coverage => "Tỷ lệ hoàn thành",
            Col::LateDistricts => "Số đơn vị hoàn thành chậm",
            Col::New => "Mô hình xây dựng mới",
            Col::Code => "Mã đơn vị",
            Col::District => "Đơn vị",
            Col::AsOf => "Tính đến ngày",
            Col::Stale => "Quá hạn báo cáo",
            Col::TasksComplete => "Nhiệm vụ hoàn thành",
            Col::TasksApplicable => "Nhiệm vụ thực hiện",
            Col::TasksShare => "Nhiệm vụ %",
            Col::ModelsComplete => "Mô hình hoàn thành",
            Col::ModelsApplicable => "Mô hình thực hiện",
            Col::ModelsShare => "Mô hình %",
            Col::ServicesComplete => "Dịch vụ công hoàn thành",
            Col::ServicesApplicable => "Dịch vụ công thực hiện",
            Col::ServicesShare => "Dịch vụ công %",
            Col::Event => "Hoạt động",
            Col::Date => "Ngày",
            Col::Unit => "Đơn vị được kiểm tra",
            Col::Findings => "Tồn tại, hạn chế",
            Col::OpenFindings => "Tồn tại chưa khắc phục",
            Col::Participants => "Số người tham dự",
            Col::Area => "Lĩnh vực",
            Col::From => "Từ",
            Col::To => "Thành",
        },
    }
}

/// The kind of a security event, in the Events sheet.
#[must_use]
pub fn event(lang: Lang, kind: EventKind) -> &'static str {
    match (lang, kind) {
        (Lang::En, EventKind::Inspection) => "inspection",
        (Lang::En, EventKind::Training) => "training",
        (Lang::En, EventKind::Drill) => "drill",
        (Lang::Vi, EventKind::Inspection) => "kiểm tra, đánh giá",
        (Lang::Vi, EventKind::Training) => "tập huấn",
        (Lang::Vi, EventKind::Drill) => "diễn tập",
    }
}

/// The kinds of security event a snapshot records.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EventKind {
    Inspection,
    Training,
    Drill,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_for_excel() {
        for lang in [Lang::En, Lang::Vi] {
            for s in [
                Sheet::Headline,
                Sheet::Tasks,
                Sheet::Models,
                Sheet::Services,
                Sheet::SecurityEvents,
                Sheet::Districts,
                Sheet::Changes,
            ] {
                let name = sheet(lang, s);
                assert!(name.chars().count() <= 31 && !name.contains(['[', ']', ':', '*', '?', '/', '\\']));
            }
        }
    }
}
