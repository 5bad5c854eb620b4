//! Word lists for the synthetic data: Vietnamese place and person names with diacritics, agency
//! and unit names, notes and blockers as district officers write them, and item titles in the
//! style of the demo catalogue. Realistic lengths and non-ASCII text matter for parsing speed.

/// First and second syllables of district names; 28 x 26 = 728 distinct names before numbering.
/// Every word starts with an ASCII letter or `Đ`, so codes fold to A-Z simply.
pub const PLACE_A: &[&str] = &[
    "Bình", "Tân", "Phú", "Hòa", "Long", "Vĩnh", "Quảng", "Đức", "Thạnh", "Hưng", "Mỹ", "Cẩm", "Gia", "Kim",
    "Lạc", "Nam", "Ninh", "Sơn", "Thanh", "Triệu", "Yên", "Đông", "Tây", "Bắc", "Hải", "Lộc", "Xuân", "Văn",
];
pub const PLACE_B: &[&str] = &[
    "Lương", "Thuận", "Giang", "Điền", "Xuyên", "Lâm", "Hà", "Phong", "Trạch", "Yên", "Định", "Khê", "Thủy",
    "Lợi", "Hội", "Châu", "Sơn", "Bảo", "Mỹ", "Tiến", "Hưng", "Đà", "Quan", "Cường", "Ninh", "Nghĩa",
];

pub const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý",
];
pub const MIDDLE: &[&str] = &["Văn", "Thị", "Minh", "Quốc", "Thanh", "Đức", "Ngọc", "Hữu", "Thu"];
pub const GIVEN: &[&str] = &[
    "Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Mai", "Khánh", "Nhung", "Thắng", "Hải", "Trang", "Phương",
    "Sơn", "Yến", "Toàn", "Bảo",
];
pub const ROLES: &[&str] = &[
    "Phó Trưởng Công an huyện",
    "Cán bộ Đội Cảnh sát quản lý hành chính về trật tự xã hội",
    "Phó Chánh Văn phòng HĐND và UBND",
    "Trưởng phòng Văn hóa và Thông tin",
    "Deputy Chief, District Police",
];

pub const AGENCIES: &[&str] = &[
    "Provincial Police",
    "Department of Information and Communications",
    "Provincial Public Administration Service Centre",
    "Department of Justice",
    "Department of Health",
    "Department of Finance",
    "Department of Labour, Invalids and Social Affairs",
    "Department of Education and Training",
    "Provincial Social Insurance",
];

pub const UNITS: &[&str] = &[
    "Phòng Tài chính - Kế hoạch",
    "Ủy ban nhân dân xã",
    "Trung tâm Y tế huyện",
    "Phòng Tư pháp",
    "Bộ phận Một cửa huyện",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Tài nguyên và Môi trường",
    "Chi cục Thuế khu vực",
    "Bảo hiểm xã hội huyện",
    "Kho bạc Nhà nước huyện",
];

pub const TASK_TITLES: &[&str] = &[
    "Clean and synchronise population data with the civil-status database",
    "Issue chip-based ID cards to all eligible residents",
    "Activate level-2 electronic identification (VNeID) accounts",
    "Integrate VNeID login into the public service portal",
    "Apply the 5-step electronic process with digital signatures at all three levels",
    "Digitise incoming dossiers and return results electronically",
    "Put the interconnected birth and death registration procedure groups online",
    "Connect the one-stop system with the national population database",
    "Accept chip ID cards in place of health insurance cards at medical facilities",
    "Issue free digital signatures to residents",
    "Pay social allowances without cash",
    "Accept online payment of fees and charges on the public service portal",
    "Enter paper civil-status registers into the electronic civil-status database",
    "Issue judicial record certificates online",
];
pub const MODEL_TITLES: &[&str] = &[
    "Cashless payment at traditional markets",
    "Chip ID cards for medical check-in at district hospitals",
    "Digital house numbers and addresses for households",
    "Pension payment into bank accounts at post offices",
    "Smart school gates with chip ID cards",
    "Electronic health books linked to VNeID",
    "Community digital technology teams in every commune",
    "Camera surveillance connected to the commune police",
];
pub const SERVICE_TITLES: &[&str] = &[
    "Birth registration",
    "Death registration",
    "Marriage registration",
    "Permanent residence registration",
    "Temporary residence registration",
    "Judicial record certificate",
    "Construction permit",
    "Business household registration",
    "Land-use right certificate",
    "Social allowance application",
    "Health insurance card renewal",
];

pub const TASK_NOTES: &[&str] = &[
    "Đã hoàn thành tại 12/14 xã, thị trấn; còn 2 xã vùng cao đang triển khai",
    "Đang phối hợp với Viettel lắp đặt thiết bị tại bộ phận một cửa",
    "Tiến độ chậm do thiếu cán bộ chuyên trách ở cấp xã",
    "Đã tổ chức tập huấn cho 45 cán bộ công chức cấp xã",
    "Completion expected next month after the provincial data link is upgraded",
    "Số liệu đã được Công an huyện rà soát, đối chiếu",
];
pub const DONE_NOTES: &[&str] = &[
    "Đã hoàn thành theo Kế hoạch số 46/KH-UBND; có văn bản báo cáo kết quả gửi Tổ công tác tỉnh",
    "Hoàn thành trước thời hạn; đã tổng kết, rút kinh nghiệm để nhân rộng",
    "Completed; results confirmed by the provincial working group's inspection team",
];
pub const BLOCKERS: &[&str] = &[
    "Chưa có kinh phí bố trí thiết bị đầu cuối cho cấp xã",
    "Đường truyền số liệu chuyên dùng chưa kết nối đến các xã đảo",
    "Phần mềm một cửa của tỉnh chưa kết nối với Cơ sở dữ liệu quốc gia về dân cư",
    "Waiting for the provincial data link",
    "Người dân vùng sâu chưa có điện thoại thông minh để kích hoạt tài khoản",
];
pub const MODEL_NOTES: &[&str] = &[
    "Đang thí điểm tại thị trấn, chuẩn bị nhân rộng ra các xã",
    "Tạm dừng do nhà cung cấp dịch vụ thay đổi hợp đồng",
    "Đã vận hành ổn định, 86% hộ kinh doanh tham gia",
    "Chờ hướng dẫn của Sở Thông tin và Truyền thông",
];
pub const SERVICE_NOTES: &[&str] = &[
    "Một phần hồ sơ vẫn phải nộp bản giấy để đối chiếu",
    "Cổng dịch vụ công bị gián đoạn trong thời gian nâng cấp hệ thống",
    "Chưa tích hợp thanh toán trực tuyến phí, lệ phí",
    "Đã cung cấp toàn trình trên Cổng dịch vụ công quốc gia từ quý II",
];
pub const TRAININGS: &[&str] = &[
    "Tập huấn kỹ năng sử dụng VNeID cho tổ công nghệ số cộng đồng",
    "Bồi dưỡng kiến thức an toàn thông tin cho cán bộ, công chức",
    "Phishing awareness for one-stop-shop staff",
    "Hướng dẫn quy trình số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
];
pub const DRILLS: &[&str] = &[
    "Diễn tập ứng cứu sự cố mã độc tống tiền",
    "Diễn tập phòng chống tấn công từ chối dịch vụ",
    "Ransomware response drill",
];
