//! The words of `p06 --help` and each command's help in Vietnamese. English help is clap's,
//! written as the doc comments of `cli::Cli` (so that the manual page and the completions
//! keep them too); these texts replace them when Vietnamese is chosen, and `cli::help`
//! applies them. A text missing here leaves the English one in place, which the help test
//! catches (it asks every command's help for its Vietnamese words).

use super::Lang;

/// A text of the help: the program's and each command's description, each option's help,
/// and clap's own headings.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Help<'a> {
    /// The one-line description of p06.
    About,
    /// The longer description of p06 (`--help`).
    LongAbout,
    /// A command's one-line description, by its name (`check`, `report`...).
    Command(&'a str),
    /// A command's longer description for `--help`, where it has one.
    CommandLong(&'a str),
    /// An argument's help, by the command's name and the argument's id.
    Arg(&'a str, &'a str),
    /// The help template: clap's `Usage:`, `Commands:`... headings in the language.
    Template,
    /// The heading of the commands.
    Commands,
    /// The heading of the positional arguments.
    Arguments,
    /// The heading of the options.
    Options,
}

/// The Vietnamese text of a help entry; `None` for English, whose texts are the doc comments.
#[must_use]
pub fn text(lang: Lang, h: Help<'_>) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Vi => vi(h),
    }
}

fn vi(h: Help<'_>) -> Option<&'static str> {
    Some(match h {
        Help::About => {
            "Rà soát tiến độ triển khai Đề án 06 (dữ liệu dân cư, định danh và xác thực điện tử \
             phục vụ chuyển đổi số) tại các huyện, thị xã, thành phố của tỉnh."
        }
        Help::LongAbout => {
            "Rà soát tiến độ triển khai Đề án 06 (dữ liệu dân cư, định danh và xác thực điện tử \
             phục vụ chuyển đổi số) tại các huyện, thị xã, thành phố của tỉnh.\n\n\
             Không có lệnh: mở màn hình rà soát trên DATA (thư mục số liệu gồm plan.json và \
             snapshots/), hoặc trên số liệu mẫu kèm theo khi không nêu DATA."
        }
        Help::Template => "{before-help}{about-with-newline}\nCách dùng: {usage}\n\n{all-args}{after-help}",
        Help::Commands => "Lệnh",
        Help::Arguments => "Đối số",
        Help::Options => "Tùy chọn",
        Help::Command(name) => command(name)?,
        Help::CommandLong(name) => command_long(name)?,
        Help::Arg(cmd, id) => arg(cmd, id)?,
    })
}

fn command(name: &str) -> Option<&'static str> {
    Some(match name {
        "check" => "Kiểm tra thư mục số liệu: liệt kê mọi lỗi, cảnh báo và ghi chú kèm tệp:dòng:cột",
        "report" => "In báo cáo số liệu toàn tỉnh tính đến ngày rà soát, kèm thay đổi so với ngày so sánh",
        "schema" => "In JSON Schema (draft 2020-12) của một loại tệp, dùng cho trình soạn thảo",
        "completions" => {
            "In tập lệnh tự hoàn thành cho shell, ví dụ `p06 completions bash > \
             ~/.local/share/bash-completion/completions/p06`"
        }
        "present" => {
            "Mở bảng điều khiển ở chế độ trình chiếu: từng trang lớn, rõ cho màn hình chia sẻ tới các điểm cầu"
        }
        "directions" => {
            "Liệt kê các chỉ đạo của hội nghị và theo dõi kết quả các chỉ đạo trước theo số liệu; \
             giao, ghi nhận hoàn thành, bỏ hoặc mở lại một chỉ đạo"
        }
        "add" => "Giao một chỉ đạo mới tại hội nghị",
        "done" => "Ghi nhận một chỉ đạo đã hoàn thành",
        "drop" => "Bỏ một chỉ đạo, kèm ghi chú lý do",
        "reopen" => "Mở lại một chỉ đạo đã ghi nhận hoàn thành hoặc đã bỏ",
        "minutes" => {
            "In Thông báo kết luận của hội nghị: số liệu chung, kết quả thực hiện các chỉ đạo \
             trước theo số liệu, và các chỉ đạo của hội nghị theo đơn vị thực hiện"
        }
        "man" => "In trang hướng dẫn (roff), ví dụ `p06 man > ~/.local/share/man/man1/p06.1`",
        "help" => "In trợ giúp này, hoặc trợ giúp của lệnh đã nêu",
        _ => return None,
    })
}

fn command_long(name: &str) -> Option<&'static str> {
    Some(match name {
        "check" => {
            "Kiểm tra thư mục số liệu: liệt kê mọi lỗi, cảnh báo và ghi chú kèm tệp:dòng:cột.\n\n\
             Mã thoát 0 khi không có lỗi, 1 khi có lỗi (hoặc có cảnh báo, với --strict), 2 khi \
             không chạy được (không có thư mục, plan.json hỏng)."
        }
        "directions" => {
            "Liệt kê các chỉ đạo của hội nghị và theo dõi kết quả các chỉ đạo trước theo số liệu; \
             giao, ghi nhận hoàn thành, bỏ hoặc mở lại một chỉ đạo.\n\n\
             Chỉ đạo được lưu trong thư mục hội nghị (--meetings, nếu không thì $P06_MEETINGS, \
             nếu không thì ./p06-meetings), mỗi hội nghị một tệp; hội nghị hiện tại là hội nghị \
             hôm nay (--meeting). Mỗi chỉ đạo có số hiệu NGÀY#SỐ, ví dụ 2025-02-18#1."
        }
        "present" => {
            "Mở bảng điều khiển ở chế độ trình chiếu: từng trang lớn, rõ cho màn hình chia sẻ \
             tới các điểm cầu.\n\n\
             Mỗi lần một trang, chữ số lớn, ít chữ. `Esc` trở lại bảng điều khiển, `p` trở lại \
             trình chiếu."
        }
        _ => return None,
    })
}

fn arg(cmd: &str, id: &str) -> Option<&'static str> {
    Some(match (cmd, id) {
        ("p06", "data") => "Thư mục số liệu (plan.json và snapshots/); mặc định là số liệu mẫu",
        (_, "data") => "Thư mục số liệu (plan.json và snapshots/).",
        (_, "as_of") => "Ngày rà soát R (YYYY-MM-DD); mặc định: ngày báo cáo gần nhất",
        ("report", "since") => "Ngày so sánh C (YYYY-MM-DD), trước R; mặc định: không so sánh",
        (_, "since") => "Ngày so sánh C (YYYY-MM-DD); mặc định: ngày báo cáo liền trước R",
        (_, "color") => "Dùng màu: auto (mặc định; theo NO_COLOR và TERM=dumb), always (luôn), never (không)",
        (_, "ascii") => "Chỉ vẽ bằng ký tự ASCII, cho màn hình cũ",
        (_, "no_watch") => "Không theo dõi thay đổi trong DATA",
        (_, "lang") => {
            "Ngôn ngữ giao diện: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định theo LC_ALL, \
             LC_MESSAGES hoặc LANG (locale vi là tiếng Việt). Đang dùng: tiếng Việt"
        }
        ("check", "format") => "Định dạng kết quả: text (mặc định) hoặc json",
        ("report", "format") => {
            "Định dạng báo cáo: text (mặc định), markdown, csv, json, hoặc xlsx (bảng tính \
             Excel: mỗi lĩnh vực một trang)"
        }
        (_, "strict") => "Coi cảnh báo cũng là lỗi (mã thoát 1)",
        (_, "out") => {
            "Ghi ra FILE thay vì đầu ra chuẩn (`-` là đầu ra chuẩn); không bao giờ ghi vào DATA. \
             xlsx: bắt buộc, trừ khi đầu ra chuẩn là ống dẫn hoặc tệp"
        }
        ("present", "interval") => {
            "Tự chuyển sang trang sau mỗi SECS giây, hết trang cuối thì quay lại đầu (màn hình \
             đặt ở sảnh); các phím vẫn dùng được"
        }
        (_, "meetings") => {
            "Thư mục hội nghị; mặc định $P06_MEETINGS, nếu không thì ./p06-meetings (chỉ được tạo \
             khi giao chỉ đạo đầu tiên)"
        }
        (_, "meeting") => "Ngày hội nghị (YYYY-MM-DD); mặc định: hôm nay",
        ("directions", "format") => "Định dạng kết quả: text (mặc định) hoặc json",
        ("minutes", "format") => {
            "Định dạng: markdown (mặc định, để dán vào văn bản), json, hoặc docx (văn bản Word \
             để phát hành)"
        }
        ("add", "subject") => {
            "Chỉ đạo về việc gì: mã nhiệm vụ, mô hình, dịch vụ (T13, M03, S01, hoặc task:ID, \
             model:ID, service:ID), district (kèm --district) hoặc general (chỉ đạo chung)"
        }
        ("add", "district") => "Mã đơn vị: nơi phải thực hiện, hoặc đơn vị mà chỉ đạo nói đến",
        ("add", "owner") => "Đơn vị thực hiện (cơ quan chủ trì)",
        ("add", "due") => "Thời hạn (YYYY-MM-DD)",
        ("add", "chair") => "Người chủ trì hội nghị, ghi vào tệp hội nghị",
        ("add", "title") => "Tên hội nghị, ghi vào tệp hội nghị",
        ("add", "text") => "Nội dung chỉ đạo",
        (_, "reference") => "Số hiệu chỉ đạo, dạng NGÀY#SỐ (ví dụ 2025-02-18#1)",
        (_, "note") => "Ghi chú khi đóng chỉ đạo",
        (_, "on") => "Ngày đóng chỉ đạo (YYYY-MM-DD); mặc định: hôm nay",
        (_, "bom") => "csv: thêm dấu BOM UTF-8 ở đầu tệp để bảng tính đọc đúng tiếng Việt",
        (_, "kind") => "Loại tệp: plan (kế hoạch) hoặc snapshot (báo cáo của đơn vị)",
        (_, "shell") => "Shell: bash, elvish, fish, powershell hoặc zsh",
        (_, "help") => "In trợ giúp",
        (_, "version") => "In số phiên bản",
        _ => return None,
    })
}
