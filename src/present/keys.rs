//! The words of the key bindings: what each key does (the `?` help) and its short label (the
//! footer), plus the help's own headings. The binding table in `app::keymap` names these; a
//! binding without words in every language does not compile.

use super::Lang;

/// What a key does, as the help says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyDoes {
    NextPanel,
    PrevPanel,
    GoPanel,
    UpRow,
    DownRow,
    UpScreen,
    DownScreen,
    FirstRow,
    LastRow,
    Open,
    Filter,
    ClearFilter,
    Sort,
    ReverseSort,
    CycleStatus,
    OtherTable,
    PrevReview,
    NextReview,
    PrevSince,
    NextSince,
    Reload,
    KeepFilter,
    StopFilter,
    DeleteChar,
    Narrows,
    CloseDetail,
    CloseHelp,
    Help,
    Quit,
    Redraw,
    Suspend,
    Present,
    PrevSlide,
    NextSlide,
    FirstSlide,
    LastSlide,
    BackToConsole,
    AddDirection,
    EditDirection,
    DirectionDone,
    DropDirection,
    ReopenDirection,
    SaveDirection,
    Cancel,
    NextField,
    PrevField,
    TypeField,
}

impl KeyDoes {
    #[must_use]
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                KeyDoes::NextPanel => "next panel",
                KeyDoes::PrevPanel => "previous panel",
                KeyDoes::GoPanel => "go to panel 1 to 9",
                KeyDoes::UpRow => "up one row",
                KeyDoes::DownRow => "down one row",
                KeyDoes::UpScreen => "up one screen",
                KeyDoes::DownScreen => "down one screen",
                KeyDoes::FirstRow => "first row",
                KeyDoes::LastRow => "last row",
                KeyDoes::Open => "open the selected row",
                KeyDoes::Filter => "filter as you type",
                KeyDoes::ClearFilter => "clear the filter",
                KeyDoes::Sort => "sort by the next column",
                KeyDoes::ReverseSort => "reverse the sort",
                KeyDoes::CycleStatus => "cycle the status filter",
                KeyDoes::OtherTable => "focus the other table",
                KeyDoes::PrevReview => "R to the previous date",
                KeyDoes::NextReview => "R to the next date",
                KeyDoes::PrevSince => "C to the previous date",
                KeyDoes::NextSince => "C to the next date, before R",
                KeyDoes::Reload => "reload the data directory",
                KeyDoes::KeepFilter => "keep the filter",
                KeyDoes::StopFilter => "clear it, stop typing",
                KeyDoes::DeleteChar => "delete a character",
                KeyDoes::Narrows => "narrows as you type",
                KeyDoes::CloseDetail => "close the detail",
                KeyDoes::CloseHelp => "close the help",
                KeyDoes::Help => "this help",
                KeyDoes::Quit => "quit",
                KeyDoes::Redraw => "redraw the screen",
                KeyDoes::Suspend => "suspend (fg resumes)",
                KeyDoes::Present => "presentation: slides for the meeting",
                KeyDoes::PrevSlide => "previous slide",
                KeyDoes::NextSlide => "next slide",
                KeyDoes::FirstSlide => "first slide",
                KeyDoes::LastSlide => "last slide",
                KeyDoes::BackToConsole => "back to the console",
                KeyDoes::AddDirection => "give a direction about this row",
                KeyDoes::EditDirection => "edit the direction",
                KeyDoes::DirectionDone => "record the direction done",
                KeyDoes::DropDirection => "drop the direction, with a note",
                KeyDoes::ReopenDirection => "reopen the direction",
                KeyDoes::SaveDirection => "save the direction",
                KeyDoes::Cancel => "cancel",
                KeyDoes::NextField => "next field",
                KeyDoes::PrevField => "previous field",
                KeyDoes::TypeField => "type into the field",
            },
            Lang::Vi => match self {
                KeyDoes::NextPanel => "sang trang sau",
                KeyDoes::PrevPanel => "về trang trước",
                KeyDoes::GoPanel => "đến trang 1 đến 9",
                KeyDoes::UpRow => "lên một dòng",
                KeyDoes::DownRow => "xuống một dòng",
                KeyDoes::UpScreen => "lên một màn hình",
                KeyDoes::DownScreen => "xuống một màn hình",
                KeyDoes::FirstRow => "dòng đầu tiên",
                KeyDoes::LastRow => "dòng cuối cùng",
                KeyDoes::Open => "mở dòng đang chọn",
                KeyDoes::Filter => "lọc theo chữ gõ vào",
                KeyDoes::ClearFilter => "bỏ bộ lọc",
                KeyDoes::Sort => "sắp xếp theo cột kế tiếp",
                KeyDoes::ReverseSort => "đảo chiều sắp xếp",
                KeyDoes::CycleStatus => "lọc theo trạng thái",
                KeyDoes::OtherTable => "chuyển sang bảng kia",
                KeyDoes::PrevReview => "R lùi về ngày trước",
                KeyDoes::NextReview => "R sang ngày sau",
                KeyDoes::PrevSince => "C lùi về ngày trước",
                KeyDoes::NextSince => "C sang ngày sau, trước R",
                KeyDoes::Reload => "đọc lại thư mục dữ liệu",
                KeyDoes::KeepFilter => "giữ bộ lọc",
                KeyDoes::StopFilter => "bỏ lọc, thôi gõ",
                KeyDoes::DeleteChar => "xóa một ký tự",
                KeyDoes::Narrows => "thu hẹp dần khi gõ",
                KeyDoes::CloseDetail => "đóng khung chi tiết",
                KeyDoes::CloseHelp => "đóng trợ giúp",
                KeyDoes::Help => "trợ giúp này",
                KeyDoes::Quit => "thoát",
                KeyDoes::Redraw => "vẽ lại màn hình",
                KeyDoes::Suspend => "tạm dừng (fg để tiếp tục)",
                KeyDoes::Present => "trình chiếu: các trang chiếu cho hội nghị",
                KeyDoes::PrevSlide => "trang chiếu trước",
                KeyDoes::NextSlide => "trang chiếu sau",
                KeyDoes::FirstSlide => "trang chiếu đầu",
                KeyDoes::LastSlide => "trang chiếu cuối",
                KeyDoes::BackToConsole => "trở lại bảng điều khiển",
                KeyDoes::AddDirection => "giao chỉ đạo về dòng này",
                KeyDoes::EditDirection => "sửa chỉ đạo",
                KeyDoes::DirectionDone => "ghi nhận chỉ đạo đã hoàn thành",
                KeyDoes::DropDirection => "bỏ chỉ đạo, kèm ghi chú",
                KeyDoes::ReopenDirection => "mở lại chỉ đạo",
                KeyDoes::SaveDirection => "lưu chỉ đạo",
                KeyDoes::Cancel => "hủy",
                KeyDoes::NextField => "sang ô sau",
                KeyDoes::PrevField => "về ô trước",
                KeyDoes::TypeField => "gõ vào ô",
            },
        }
    }
}

/// A key's short label in the footer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Foot {
    Panel,
    Move,
    Open,
    Filter,
    Sort,
    Status,
    Table,
    ReviewDate,
    Keep,
    Clear,
    Delete,
    Close,
    Help,
    Quit,
    Present,
    Slide,
    Console,
    Direct,
    Edit,
    Done,
    Drop,
    Reopen,
    Save,
    Cancel,
    Field,
}

impl Foot {
    #[must_use]
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                Foot::Panel => "panel",
                Foot::Move => "move",
                Foot::Open => "open",
                Foot::Filter => "filter",
                Foot::Sort => "sort",
                Foot::Status => "status",
                Foot::Table => "table",
                Foot::ReviewDate => "R date",
                Foot::Keep => "keep",
                Foot::Clear => "clear",
                Foot::Delete => "delete",
                Foot::Close => "close",
                Foot::Help => "help",
                Foot::Quit => "quit",
                Foot::Present => "present",
                Foot::Slide => "slide",
                Foot::Console => "console",
                Foot::Direct => "direct",
                Foot::Edit => "edit",
                Foot::Done => "done",
                Foot::Drop => "drop",
                Foot::Reopen => "reopen",
                Foot::Save => "save",
                Foot::Cancel => "cancel",
                Foot::Field => "field",
            },
            Lang::Vi => match self {
                Foot::Panel => "trang",
                Foot::Move => "chọn dòng",
                Foot::Open => "mở",
                Foot::Filter => "lọc",
                Foot::Sort => "sắp xếp",
                Foot::Status => "trạng thái",
                Foot::Table => "bảng",
                Foot::ReviewDate => "ngày R",
                Foot::Keep => "giữ",
                Foot::Clear => "bỏ lọc",
                Foot::Delete => "xóa",
                Foot::Close => "đóng",
                Foot::Help => "trợ giúp",
                Foot::Quit => "thoát",
                Foot::Present => "trình chiếu",
                Foot::Slide => "trang chiếu",
                Foot::Console => "bảng điều khiển",
                Foot::Direct => "chỉ đạo",
                Foot::Edit => "sửa",
                Foot::Done => "hoàn thành",
                Foot::Drop => "bỏ",
                Foot::Reopen => "mở lại",
                Foot::Save => "lưu",
                Foot::Cancel => "hủy",
                Foot::Field => "ô",
            },
        }
    }
}

/// The name of the "any character" key in the help.
#[must_use]
pub fn any_char(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "text",
        Lang::Vi => "chữ",
    }
}

/// A heading or a fixed line of the `?` help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpText {
    /// The overlay's title, around the separator dot: ` Keys · Esc or ? closes `.
    Title,
    WhileFiltering,
    InDetail,
    InPresentation,
    Mouse,
    Click,
    ClickDoes,
    Wheel,
    WheelDoes,
    /// The interface language, and how it was chosen.
    Language,
    LangFlag,
    LangHow,
}

/// The help's fixed words.
#[must_use]
pub fn help(lang: Lang, t: HelpText, dot: &str) -> String {
    let s = match lang {
        Lang::En => match t {
            HelpText::Title => return format!(" Keys {dot} Esc or ? closes "),
            HelpText::WhileFiltering => "While typing a filter",
            HelpText::InDetail => "In a detail pane",
            HelpText::InPresentation => "In presentation",
            HelpText::Mouse => "Mouse",
            HelpText::Click => "click",
            HelpText::ClickDoes => "a tab, a row; again: open",
            HelpText::Wheel => "wheel",
            HelpText::WheelDoes => "scroll",
            HelpText::Language => "Language: English",
            HelpText::LangFlag => "--lang",
            HelpText::LangHow => "vi or en; default: LANG",
        },
        Lang::Vi => match t {
            HelpText::Title => return format!(" Phím tắt {dot} Esc hoặc ? để đóng "),
            HelpText::WhileFiltering => "Khi đang gõ bộ lọc",
            HelpText::InDetail => "Trong khung chi tiết",
            HelpText::InPresentation => "Khi trình chiếu",
            HelpText::Mouse => "Chuột",
            HelpText::Click => "nhấp",
            HelpText::ClickDoes => "chọn trang, dòng; nhấp lại: mở",
            HelpText::Wheel => "con lăn",
            HelpText::WheelDoes => "cuộn",
            HelpText::Language => "Ngôn ngữ: tiếng Việt",
            HelpText::LangFlag => "--lang",
            HelpText::LangHow => "vi hoặc en; mặc định: LANG",
        },
    };
    s.to_owned()
}

/// The help's first heading: the panel it is about.
#[must_use]
pub fn help_panel(lang: Lang, panel: &str) -> String {
    match lang {
        Lang::En => format!("{panel} panel"),
        Lang::Vi => format!("Trang {panel}"),
    }
}
