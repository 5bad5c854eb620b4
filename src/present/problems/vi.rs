//! Every problem message in Vietnamese, as a district officer reads it: the glossary's words
//! (tệp, báo cáo của đơn vị, Kế hoạch), dates as `31/12/2024`. Field names, codes and values
//! from the file stay as written there, so the officer can find them.

use crate::load::{DateKind, Expected, IoReason, Msg, Vocab};
use crate::model::{Area, Date, DateError, SNAPSHOT_FORMAT};
use crate::present::Lang;
use crate::present::num::{date, dec1, int};

fn noun(area: Area) -> &'static str {
    match area {
        Area::Task => "nhiệm vụ",
        Area::Model => "mô hình",
        Area::Service => "dịch vụ công",
    }
}

fn day(d: Date) -> String {
    date(Lang::Vi, d)
}

fn reason(r: &IoReason) -> String {
    match r {
        IoReason::PermissionDenied => "không có quyền truy cập".into(),
        IoReason::Gone => "tệp không còn (liên kết hỏng, hoặc bị xóa trong khi đọc)".into(),
        IoReason::Other(s) => s.clone(),
        IoReason::Unknown => "lỗi không xác định".into(),
    }
}

fn expected(e: &Expected) -> &str {
    match e {
        Expected::WholeNumber => "một số nguyên từ 0 trở lên",
        Expected::Bool => "true hoặc false",
        Expected::Text => "một đoạn văn bản trong dấu ngoặc kép",
        Expected::List => "một danh sách trong [ ]",
        Expected::Object => "một đối tượng trong { }",
        Expected::Other(s) => s,
    }
}

/// serde's words for the value found (`integer \`-5\``, `string "70"`), the kind named in
/// Vietnamese and the value kept as written.
fn found(serde_words: &str) -> String {
    const KINDS: [(&str, &str); 9] = [
        ("integer", "số nguyên"),
        ("floating point", "số thập phân"),
        ("string", "văn bản"),
        ("boolean", "giá trị true/false"),
        ("sequence", "danh sách"),
        ("map", "đối tượng"),
        ("null", "null"),
        ("unit value", "giá trị rỗng"),
        ("character", "ký tự"),
    ];
    for (en, vi) in KINDS {
        if let Some(rest) = serde_words.strip_prefix(en) {
            return format!("{vi}{rest}");
        }
    }
    serde_words.to_owned()
}

fn vocab_noun(v: Vocab) -> &'static str {
    match v {
        Vocab::TaskStatus => "trạng thái nhiệm vụ",
        Vocab::ModelStatus => "trạng thái mô hình",
        Vocab::ServiceStatus => "trạng thái dịch vụ công",
        Vocab::TaskKind => "loại nhiệm vụ",
        Vocab::DistrictKind => "loại đơn vị",
        Vocab::Group => "nhóm tiện ích",
    }
}

/// Why `text` is not a date, in Vietnamese.
pub(crate) fn bad_date(text: &str, why: DateError) -> String {
    match why {
        DateError::Shape => {
            format!("`{text}` không phải là ngày; hãy ghi theo dạng YYYY-MM-DD, ví dụ 2024-12-31")
        }
        DateError::NotADate => format!("`{text}` không phải là ngày"),
        DateError::NoMonth(month) => {
            format!("`{text}` không phải ngày có thật: không có tháng {month}")
        }
        DateError::ShortMonth { year, month, days } => {
            format!("`{text}` không phải ngày có thật: tháng {month}/{year} chỉ có {days} ngày")
        }
    }
}

/// The identity figures compared with each other, as the programme's reports name them.
fn figure(key: &str) -> &str {
    match key {
        "residents" => "số dân",
        "residents_in_database" => "số dân có trong Cơ sở dữ liệu quốc gia về dân cư",
        "eligible_for_id" => "số người đủ điều kiện cấp thẻ căn cước",
        "chip_id_cards" => "số thẻ căn cước gắn chíp đã cấp",
        other => other,
    }
}

fn date_kind(k: DateKind) -> &'static str {
    match k {
        DateKind::Completion => "ngày hoàn thành",
        DateKind::Inspection => "ngày kiểm tra",
        DateKind::Training => "ngày tập huấn",
        DateKind::Drill => "ngày diễn tập",
    }
}

pub(super) fn message(m: &Msg) -> String {
    match m {
        Msg::Meeting(issue) => crate::present::directions::issue(Lang::Vi, issue),
        Msg::WideEncoding { encoding } => format!(
            "tệp đang ở bảng mã {encoding}; hãy lưu lại theo bảng mã UTF-8 (chọn \"UTF-8\" hoặc \"UTF-8 with BOM\" trong mục Encoding của trình soạn thảo)"
        ),
        Msg::NotUtf8 => "tệp không đúng bảng mã UTF-8 tại vị trí này; hãy lưu lại theo UTF-8 (tệp có thể đang dùng bảng mã cũ như Windows-1258)".into(),
        Msg::NotObject => "tệp phải chứa một đối tượng JSON, bắt đầu bằng `{`".into(),
        Msg::MissingField { field } => format!("thiếu trường bắt buộc {field}"),
        Msg::DuplicateField { field } => {
            format!("trường {field} xuất hiện hai lần trong đối tượng này; chỉ giữ lại một")
        }
        Msg::CutOff => "tệp kết thúc quá sớm: thiếu một giá trị, `]` hoặc `}` (tệp có bị cắt mất phần cuối không?)".into(),
        Msg::TrailingText => "còn nội dung thừa sau phần kết thúc của văn bản JSON".into(),
        Msg::TooDeep => "JSON lồng nhiều cấp quá mức, không phải tệp của p06".into(),
        Msg::Expected { expected: e, found: f } => {
            format!("cần ghi {}, nhưng trong tệp là {}", expected(e), found(f))
        }
        Msg::LoneSurrogate => "sai cú pháp JSON: mã thoát `\\u` tại đây chỉ là một nửa của một cặp (như `\\ud800` đứng riêng); hãy viết thẳng ký tự đó, hoặc viết đủ cả hai nửa của cặp".into(),
        Msg::Syntax { detail } => format!("sai cú pháp JSON (chi tiết: {detail})"),
        Msg::Data { detail } => format!("giá trị không hợp lệ (chi tiết: {detail})"),
        Msg::NotOneOf {
            value,
            vocab,
            allowed,
        } => format!(
            "`{value}` không phải {} hợp lệ; hãy dùng một trong các giá trị: {allowed}",
            vocab_noun(*vocab)
        ),
        Msg::BadDate { text, why } => bad_date(text, *why),
        Msg::TooLarge { number } => format!("số {number} quá lớn, không thể là một số lượng"),
        Msg::UnknownField { name, guess: Some(k) } => format!(
            "trường `{name}` không có trong định dạng nên được bỏ qua; có phải định ghi `{k}` không?"
        ),
        Msg::UnknownField { name, guess: None } => {
            format!("trường `{name}` không có trong định dạng nên được bỏ qua")
        }
        Msg::NotSnapshotFormat { found } => format!(
            "`{found}` không phải định dạng báo cáo của đơn vị; hãy ghi \"{SNAPSHOT_FORMAT}\""
        ),
        Msg::NotPlanDistrict { code, codes } => format!(
            "`{code}` không phải đơn vị trong Kế hoạch (các mã đơn vị: {})",
            codes.join(", ")
        ),
        Msg::AfterAsOf { what, date: d, as_of } => format!(
            "{} {} muộn hơn ngày báo cáo {}",
            date_kind(*what),
            day(*d),
            day(*as_of)
        ),
        Msg::NotInPlan { area, id } => format!(
            "`{id}` không phải {} trong Kế hoạch; mục này bị bỏ qua",
            noun(*area)
        ),
        Msg::NotApplicable { area, id, district } => format!(
            "{} `{id}` không áp dụng cho {district}; mục này bị bỏ qua",
            noun(*area)
        ),
        Msg::ListedTwice { id, list, first } => format!(
            "`{id}` được ghi hai lần (lần trước tại {list}[{first}]); lấy theo mục ghi sau này"
        ),
        Msg::ProgressOver { progress } => {
            format!("tiến độ {progress} vượt quá 100; hãy ghi tỷ lệ phần trăm từ 0 đến 100")
        }
        Msg::DoneButProgress { progress } => format!(
            "trạng thái là done (hoàn thành) nhưng tiến độ ghi {progress}; tiến độ được tính là 100"
        ),
        Msg::CompletedOnNotDone { status } => format!(
            "chỉ ghi completed_on khi trạng thái là done (hoàn thành), không phải {status}"
        ),
        Msg::OnlineOverTotal { online, total } => format!(
            "số hồ sơ trực tuyến ({online}) nhiều hơn tổng số hồ sơ ({total})"
        ),
        Msg::NoList { area } => format!(
            "báo cáo không có danh sách `{}`; mọi {} áp dụng cho đơn vị được tính là chưa hoàn thành",
            area.list_name(),
            noun(*area)
        ),
        Msg::NotListed { area, id, district } => format!(
            "{} `{id}` áp dụng cho {district} nhưng không có trong báo cáo; được tính là chưa hoàn thành",
            noun(*area)
        ),
        Msg::OverMax { value, max } => format!(
            "{value} lớn hơn mức bất kỳ đơn vị cấp huyện nào có thể có (tối đa {}); hãy kiểm tra lại số liệu",
            int(Lang::Vi, *max)
        ),
        Msg::PartOverWhole {
            part_name,
            part,
            whole_name,
            whole,
        } => format!(
            "{} ({part_name}: {part}) lớn hơn {} ({whole_name}: {whole})",
            figure(part_name),
            figure(whole_name)
        ),
        Msg::EmptyUnit => "hãy ghi tên đơn vị được kiểm tra; `unit` không được để trống".into(),
        Msg::FindingsResolved { resolved, found } => format!(
            "đã khắc phục {resolved} tồn tại, hạn chế, nhưng chỉ phát hiện {found}"
        ),
        Msg::ProtectedOverEndpoints {
            protected,
            endpoints,
        } => format!(
            "số máy được bảo vệ chống mã độc ({protected}) nhiều hơn tổng số máy ({endpoints})"
        ),
        Msg::IncidentsResolved { resolved, detected } => {
            format!("đã xử lý {resolved} sự cố, nhưng chỉ phát hiện {detected}")
        }
        Msg::NotPlanFormat { found, want } => {
            format!("`{found}` không phải định dạng Kế hoạch; hãy ghi \"{want}\"")
        }
        Msg::EmptyProvince => "tên tỉnh không được để trống".into(),
        Msg::NoDistricts => "Kế hoạch phải có ít nhất một đơn vị cấp huyện".into(),
        Msg::BadDistrictCode { code } => format!(
            "`{code}` không phải mã đơn vị; hãy dùng 2 đến 4 chữ cái in hoa (A-Z), ví dụ HL"
        ),
        Msg::DistrictCodeTwice { code } => format!("mã đơn vị `{code}` bị dùng hai lần"),
        Msg::DistrictNeedsName { code } => format!("đơn vị `{code}` cần có tên"),
        Msg::EmptyId { area } => format!("mỗi {} cần có mã (id) không để trống", noun(*area)),
        Msg::IdTwice { area, id } => format!("mã {} `{id}` bị dùng hai lần", noun(*area)),
        Msg::NeedsTitle { area, id } => format!("{} `{id}` cần có tên", noun(*area)),
        Msg::AppliesToNone { area, id } => format!(
            "{} `{id}` không áp dụng cho đơn vị nào; hãy ghi \"all\" hoặc liệt kê mã các đơn vị",
            noun(*area)
        ),
        Msg::NotDistrictOfThisPlan { code } => {
            format!("`{code}` không phải đơn vị trong Kế hoạch này")
        }
        Msg::NoLanguages => "văn bản dạng đối tượng cần có ít nhất một ngôn ngữ, ví dụ {\"vi\": \"…\", \"en\": \"…\"}".into(),
        Msg::EmptyText { tag } => {
            format!("văn bản `{tag}` đang để trống; hãy ghi nội dung hoặc bỏ mục này")
        }
        Msg::BadTag { tag } => format!(
            "`{tag}` không phải mã ngôn ngữ nên văn bản này không được hiển thị; hãy dùng hai chữ cái thường như \"vi\" hoặc \"en\""
        ),
        Msg::UnshownTag { tag } => format!(
            "p06 hiển thị văn bản \"vi\" và \"en\"; văn bản `{tag}` được giữ lại nhưng không hiển thị"
        ),
        Msg::SnapshotsNotFolder => "không phải thư mục, nên chưa đọc được báo cáo nào".into(),
        Msg::SnapshotsUnreadable { reason: r } => {
            format!("không đọc được, nên chưa đọc được báo cáo nào: {}", reason(r))
        }
        Msg::FolderNamedJson => "là thư mục, không phải tệp; các tệp bên trong vẫn được đọc".into(),
        Msg::NotRegular => "không phải tệp thông thường (là ống dẫn, thiết bị hoặc socket), nên không được đọc".into(),
        Msg::LinkLoop => "liên kết tại đây trỏ ngược về một thư mục cấp trên; bỏ qua liên kết này".into(),
        Msg::Unreadable { reason: r } => format!("không đọc được: {}", reason(r)),
        Msg::KernelFile => "không đọc được: đây là tệp của hệ thống đang chạy (trong /proc hoặc /sys), không phải số liệu".into(),
        Msg::IsFolder => "là thư mục, không phải tệp".into(),
        Msg::TooBig { bytes, plan } => format!(
            "tệp có dung lượng {} MiB; {} chỉ được tối đa 16 MiB, nên không được đọc",
            dec1(Lang::Vi, *bytes as f64 / 1_048_576.0),
            if *plan { "tệp Kế hoạch" } else { "báo cáo của đơn vị" }
        ),
        Msg::Stale {
            code,
            as_of,
            days,
            review,
            limit,
        } => format!(
            "{code} quá hạn báo cáo: báo cáo gần nhất (ngày {}) cũ hơn ngày rà soát {} là {days} ngày (quá {limit} ngày)",
            day(*as_of),
            day(*review)
        ),
        Msg::Future { as_of, today } => format!(
            "ngày báo cáo {} muộn hơn hôm nay ({}); báo cáo này không được lấy làm ngày rà soát mặc định (muốn rà soát, hãy dùng --as-of {as_of})",
            day(*as_of),
            day(*today)
        ),
        Msg::Duplicate {
            others,
            more,
            code,
            as_of,
            copies,
        } => {
            let names = super::names(Lang::Vi, others, *more);
            if *copies == 2 {
                format!(
                    "{names} cũng là báo cáo của {code} ngày {}; cả hai tệp đều bị loại cho đến khi xóa bớt một tệp",
                    day(*as_of)
                )
            } else {
                format!(
                    "{names} cũng là báo cáo của {code} ngày {}; cả {} tệp đều bị loại cho đến khi chỉ còn một tệp",
                    day(*as_of),
                    int(Lang::Vi, *copies as u64)
                )
            }
        }
        Msg::Held { file, inner } => format!(
            "đang hiển thị bản hợp lệ gần nhất của {file}: {}",
            inner
                .as_deref()
                .map_or_else(|| "bản mới không dùng được".to_owned(), message)
        ),
        Msg::Keeping { plan, inner } => format!(
            "{}: {}",
            crate::present::notices::keeping(Lang::Vi, *plan),
            message(inner)
        ),
        Msg::DirGone { path } => format!("{path} không còn hoặc không phải thư mục"),
    }
}
