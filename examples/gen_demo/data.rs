//! Data tables for `gen_demo`: the districts, the catalogue of Plan 46/KH-UBND and the
//! exceptions ("holdouts") that keep some items from being complete at the review date.
//!
//! Month numbers: 1..=12 are the month-end snapshots of 2024, 13 is 2025-01-31 and 14 is
//! 2025-02-14. `0` in a `done` column means "not done within the demo period".

/// An empty `applies` list means `"all"`.
pub const ALL: &[&str] = &[];
const CITIES: &[&str] = &["HL", "MC", "CP", "UB", "DT", "QY"];
const COAST: &[&str] = &["HL", "MC", "CP", "QY", "TY", "DH", "HH", "VD", "CT"];
const BORDER: &[&str] = &["MC", "BL", "HH"];
const TOURISM: &[&str] = &["HL", "MC", "UB", "DT", "VD", "CT"];

pub struct District {
    pub code: &'static str,
    pub name: &'static str,
    pub kind: &'static str,
    /// (name, role, contact) of the reporting officer.
    pub reporter: (&'static str, &'static str, &'static str),
    pub residents: u64,
    /// Year-end (2024-12-31) figures that the headline must reproduce exactly.
    pub org_eid: u64,
    pub signatures: u64,
    pub endpoints: u64,
    pub protected: u64,
    pub incidents: u64,
}

macro_rules! d {
    ($c:literal, $n:literal, $k:literal, $rn:literal, $rr:literal, $rc:literal,
     $res:literal, $org:literal, $sig:literal, $ep:literal, $pr:literal, $inc:literal) => {
        District { code: $c, name: $n, kind: $k, reporter: ($rn, $rr, $rc), residents: $res,
                   org_eid: $org, signatures: $sig, endpoints: $ep, protected: $pr, incidents: $inc }
    };
}

// org eID applications sum to 512, digital signatures to 52,287, protected/endpoints 3090/3130.
pub const DISTRICTS: &[District] = &[
    d!("HL", "Hạ Long", "city", "Nguyễn Thị Thu Hà", "Deputy Chief, Hạ Long City Police", "p06.halong@congan.quangninh.gov.vn", 330_412, 138, 13_304, 640, 634, 9),
    d!("MC", "Móng Cái", "city", "Trần Văn Hùng", "Deputy Chief, Móng Cái City Police", "0203 3881 115", 112_638, 46, 4_415, 260, 257, 4),
    d!("CP", "Cẩm Phả", "city", "Phạm Minh Đức", "Head of Administrative Police Team, Cẩm Phả City Police", "p06.campha@congan.quangninh.gov.vn", 199_815, 74, 7_412, 410, 405, 5),
    d!("UB", "Uông Bí", "city", "Lê Thị Hồng Nhung", "Deputy Chief of Office, Uông Bí City People's Committee", "nhunglth@uongbi.quangninh.gov.vn", 125_274, 52, 5_106, 300, 296, 3),
    d!("DT", "Đông Triều", "city", "Vũ Đình Khánh", "Deputy Chief, Đông Triều City Police", "0203 3870 204", 182_106, 48, 5_873, 330, 325, 4),
    d!("QY", "Quảng Yên", "town", "Đỗ Thị Lan Anh", "Officer, Quảng Yên Town Police", "p06.quangyen@congan.quangninh.gov.vn", 155_392, 41, 5_262, 290, 286, 3),
    d!("BL", "Bình Liêu", "district", "Lục Văn Thắng", "Deputy Chief, Bình Liêu District Police", "0203 3878 321", 33_547, 13, 1_322, 120, 118, 1),
    d!("TY", "Tiên Yên", "district", "Bùi Quang Huy", "Head of Culture and Information Division, Tiên Yên District", "huybq@tienyen.quangninh.gov.vn", 53_281, 19, 2_034, 150, 148, 2),
    d!("DH", "Đầm Hà", "district", "Ngô Thị Mai", "Deputy Chief, Đầm Hà District Police", "0203 3880 009", 42_760, 15, 1_687, 130, 128, 1),
    d!("HH", "Hải Hà", "district", "Đặng Văn Toàn", "Deputy Chief, Hải Hà District Police", "p06.haiha@congan.quangninh.gov.vn", 66_913, 21, 2_506, 160, 158, 2),
    d!("BC", "Ba Chẽ", "district", "Triệu Thị Hương", "Officer, Ba Chẽ District People's Committee Office", "0203 3888 240", 24_318, 12, 1_005, 110, 108, 1),
    d!("VD", "Vân Đồn", "district", "Phan Thanh Tùng", "Deputy Chief, Vân Đồn District Police", "p06.vandon@congan.quangninh.gov.vn", 53_004, 24, 2_118, 170, 168, 2),
    d!("CT", "Cô Tô", "district", "Lý Văn Hải", "Officer, Cô Tô District Police", "0203 3889 116", 6_512, 9, 243, 60, 59, 0),
];

/// Hạ Long changed its reporting officer from July 2024 on.
pub const HL_REPORTER_FROM_JULY: (&str, &str, &str) =
    ("Đinh Quốc Bảo", "Deputy Chief, Hạ Long City Police", "p06.halong@congan.quangninh.gov.vn");

/// (id, title, group, lead, due, applies, month by which every non-holdout district is done)
pub type TaskRow = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static [&'static str], u32);

pub const PLAN_TASKS: &[TaskRow] = &[
    ("T01", "Clean and synchronise population data with the civil-status database", "ecosystem", "Provincial Police", "2024-03-31", ALL, 3),
    ("T02", "Issue chip-based ID cards to all eligible residents", "citizens", "Provincial Police", "2024-06-30", ALL, 6),
    ("T03", "Activate level-2 electronic identification (VNeID) accounts", "citizens", "Provincial Police", "2024-09-30", ALL, 10),
    ("T04", "Integrate VNeID login into the provincial public service portal", "procedures", "Department of Information and Communications", "2024-05-31", ALL, 5),
    ("T05", "Apply the 5-step electronic process with digital signatures at all three levels", "procedures", "Provincial Public Administration Service Centre", "2024-09-30", ALL, 9),
    ("T06", "Digitise incoming dossiers and return results electronically", "procedures", "Provincial Public Administration Service Centre", "2024-12-31", ALL, 12),
    ("T07", "Put the interconnected birth and death registration procedure groups online", "procedures", "Department of Justice", "2024-06-30", ALL, 7),
    ("T08", "Connect the provincial one-stop system with the national population database", "ecosystem", "Department of Information and Communications", "2024-04-30", ALL, 4),
    ("T09", "Accept chip ID cards in place of health insurance cards at medical facilities", "citizens", "Department of Health", "2024-06-30", ALL, 6),
    ("T10", "Issue free digital signatures to residents", "citizens", "Department of Information and Communications", "2024-12-31", ALL, 12),
    ("T11", "Pay social allowances without cash in urban wards", "economy", "Department of Labour, Invalids and Social Affairs", "2024-09-30", CITIES, 9),
    ("T12", "Accept online payment of fees and charges on the public service portal", "procedures", "Department of Finance", "2024-06-30", ALL, 6),
    ("T13", "Enter paper civil-status registers into the electronic civil-status database", "ecosystem", "Department of Justice", "2024-10-31", ALL, 10),
    ("T14", "Issue judicial record certificates online", "procedures", "Department of Justice", "2024-05-31", ALL, 6),
    ("T15", "Use VNeID for accommodation registration at hotels and homestays", "citizens", "Provincial Police", "2024-06-30", ALL, 6),
    ("T16", "Verify residence through VNeID instead of paper certificates", "procedures", "Provincial Police", "2024-04-30", ALL, 4),
    ("T17", "Share driver health-check data with the police and transport databases", "ecosystem", "Department of Health", "2024-09-30", ALL, 9),
    ("T18", "Link land records with residents' personal identification numbers", "ecosystem", "Department of Natural Resources and Environment", "2024-12-31", ALL, 12),
    ("T19", "Synchronise social insurance data with the national population database", "ecosystem", "Provincial Social Insurance", "2024-06-30", ALL, 6),
    ("T20", "Collect public school tuition fees without cash", "economy", "Department of Education and Training", "2024-09-30", ALL, 10),
    ("T21", "Collect hospital fees without cash at public health facilities", "economy", "Department of Health", "2024-09-30", ALL, 9),
    ("T22", "Set up community digital technology teams in every commune and ward", "direction", "Department of Information and Communications", "2024-03-31", ALL, 3),
    ("T23", "Train one-stop officials in handling online public services", "direction", "Department of Home Affairs", "2024-06-30", ALL, 6),
    ("T24", "Send monthly Project 06 progress reports to the provincial working group", "direction", "Provincial Police", "2024-02-29", ALL, 2),
    ("T25", "Review procedures that still require paper residence documents", "procedures", "Department of Justice", "2024-08-31", ALL, 9),
    ("T26", "Equip one-stop shops with chip ID card readers", "procedures", "Provincial Public Administration Service Centre", "2024-06-30", ALL, 6),
    ("T27", "Share immigration data at the Móng Cái, Hoành Mô and Bắc Phong Sinh border gates", "economy", "Provincial Border Guard Command", "2024-09-30", BORDER, 9),
    ("T28", "Manage fishing vessels and crews by personal identification number", "economy", "Department of Agriculture and Rural Development", "2024-09-30", COAST, 10),
    ("T29", "Electronic passenger manifests with ID numbers for island ferries", "citizens", "Department of Transport", "2024-06-30", &["VD", "CT"], 6),
    ("T30", "Connect the provincial intelligent operations centre to population data", "direction", "Department of Information and Communications", "2024-12-31", &["HL"], 11),
    ("T31", "Run the campaign on the benefits of VNeID in every residential area", "direction", "Provincial Police", "2024-12-31", ALL, 11),
    ("T32", "Connect electronic medical records software with VNeID", "citizens", "Department of Health", "2024-12-31", ALL, 12),
    ("T33", "Pay unemployment benefits without cash", "economy", "Provincial Social Insurance", "2024-09-30", ALL, 8),
    ("T34", "Exchange official documents between agencies with digital signatures", "direction", "Department of Information and Communications", "2024-06-30", ALL, 6),
    ("T35", "Use personal identification numbers as personal tax codes", "economy", "Provincial Tax Department", "2024-06-30", ALL, 7),
    ("T36", "Secure the population-data systems under the four-layer model", "ecosystem", "Provincial Police", "2024-12-31", ALL, 11),
    ("T37", "Provide IT equipment for commune one-stop shops", "direction", "Department of Finance", "2024-09-30", ALL, 9),
    ("T38", "Check social-policy beneficiaries against the population database", "ecosystem", "Department of Labour, Invalids and Social Affairs", "2024-10-31", ALL, 10),
    ("T39", "Online enrolment for grade 1 and grade 6 school admission", "citizens", "Department of Education and Training", "2024-07-31", ALL, 7),
    ("T40", "Household business registration with VNeID", "economy", "Department of Planning and Investment", "2024-11-30", ALL, 11),
    ("T41", "Report on the results and lessons of the Project 06 models", "direction", "Provincial Police", "2024-12-31", ALL, 12),
];

/// Key tasks registered with the national working group in December 2024 (month column unused).
pub const KEY_TASKS: &[TaskRow] = &[
    ("K01", "Electronic health book system and software", "citizens", "Department of Health", "2025-06-30", ALL, 0),
    ("K02", "Digital primary school transcripts pilot", "citizens", "Department of Education and Training", "2025-06-30", &["HL", "MC", "CP", "UB"], 0),
    ("K03", "Lump-sum tax collection for household businesses", "economy", "Provincial Tax Department", "2025-06-30", CITIES, 0),
    ("K04", "E-invoices generated from cash registers", "economy", "Provincial Tax Department", "2025-06-30", &["HL", "MC", "CP", "UB", "DT", "QY", "VD"], 0),
    ("K05", "Cashless payment of pensions and social insurance benefits every month", "citizens", "Provincial Social Insurance", "2025-12-31", ALL, 0),
    ("K06", "Digitise household registration records", "ecosystem", "Provincial Police", "2025-12-31", ALL, 0),
    ("K07", "Digitise the records and results of administrative procedures", "procedures", "Provincial Public Administration Service Centre", "2025-12-31", ALL, 0),
    ("K08", "Return judicial records via VNeID", "procedures", "Department of Justice", "2025-06-30", ALL, 0),
    ("K09", "Upgrade the one-stop electronic system and the provincial public service portal", "procedures", "Department of Information and Communications", "2025-06-30", ALL, 0),
    ("K10", "Reuse digitised data through connection and data sharing", "ecosystem", "Department of Information and Communications", "2025-12-31", ALL, 0),
    ("K11", "Cashless payment of social allowances to all beneficiaries", "citizens", "Department of Labour, Invalids and Social Affairs", "2025-12-31", ALL, 0),
    ("K12", "Electronic medical records at district health centres", "citizens", "Department of Health", "2025-12-31", ALL, 0),
    ("K13", "Connect land data with the national population database", "ecosystem", "Department of Natural Resources and Environment", "2025-12-31", ALL, 0),
];

/// (task, district, month completed). K03 and K04 become complete province-wide by 2025-02-14.
pub const KEY_DONE: &[(&str, &str, u32)] = &[
    ("K03", "HL", 13), ("K03", "CP", 13), ("K03", "UB", 13), ("K03", "MC", 14), ("K03", "DT", 14), ("K03", "QY", 14),
    ("K04", "HL", 13), ("K04", "MC", 13), ("K04", "CP", 14), ("K04", "UB", 14), ("K04", "DT", 14), ("K04", "QY", 14), ("K04", "VD", 14),
    ("K01", "CP", 14), ("K05", "HL", 14), ("K08", "UB", 13), ("K08", "HL", 14),
];

/// Districts holding a plan task back: (task, district, status, progress at 2024-12-31,
/// month the status turns behind/blocked, month done in 2025 or 0, blocker).
pub const TASK_HOLDOUTS: &[(&str, &str, &str, u32, u32, u32, &str)] = &[
    ("T13", "BC", "behind", 75, 11, 0, "Old paper registers of three communes are still being scanned"),
    ("T13", "CT", "blocked", 60, 10, 0, "Paper registers damaged by Typhoon Yagi; restoration under way"),
    ("T18", "DT", "blocked", 55, 10, 0, "Cadastral maps of four communes not yet digitised; waiting for the survey contractor"),
    ("T18", "VD", "behind", 70, 11, 0, "Land records of the island communes need field verification"),
    ("T18", "BL", "behind", 65, 12, 0, "Only two land officers for eight communes"),
    ("T21", "BL", "blocked", 45, 10, 0, "No bank card terminals at commune health stations; waiting for the bank"),
    ("T21", "BC", "behind", 60, 10, 0, "POS terminals installed at the district hospital only"),
    ("T28", "HH", "blocked", 50, 10, 0, "Vessel register software not yet connected to the national fisheries database"),
    ("T28", "CT", "behind", 80, 10, 0, "Crew lists of 35 offshore vessels still to be verified"),
    ("T32", "TY", "behind", 85, 12, 13, "Hospital software upgrade scheduled for January 2025"),
    ("T32", "DH", "behind", 70, 12, 14, "Licence renewal of the medical records software pending"),
    ("T37", "BC", "blocked", 40, 10, 14, "Procurement package awaiting budget allocation"),
    ("T40", "DH", "behind", 90, 12, 13, "Household businesses slow to create organisation eID accounts"),
    ("T40", "QY", "behind", 65, 12, 14, "Registration staff still being retrained"),
];

/// (id, title, new, group, applies, month by which every non-holdout district operates it)
pub type ModelRow = (&'static str, &'static str, bool, &'static str, &'static [&'static str], u32);

pub const MODELS: &[ModelRow] = &[
    ("M01", "Cashless payment at traditional markets", false, "economy", CITIES, 5),
    ("M02", "Chip ID cards for medical check-in at district hospitals", false, "citizens", ALL, 4),
    ("M03", "VNeID check-in for Hạ Long Bay cruise passengers", false, "economy", &["HL"], 3),
    ("M04", "Digital house numbers and addresses for households", false, "citizens", ALL, 10),
    ("M05", "Pension payment into bank accounts at post offices", false, "citizens", ALL, 6),
    ("M06", "Community digital technology teams", false, "direction", ALL, 2),
    ("M07", "Online medical appointment booking", false, "citizens", ALL, 7),
    ("M08", "Cashless school fee collection", false, "economy", ALL, 8),
    ("M09", "Smart parking with electronic payment", false, "economy", &["HL", "CP", "UB"], 6),
    ("M10", "Electronic identification at border gates", false, "economy", BORDER, 7),
    ("M11", "Cashless payment at the Móng Cái border market", false, "economy", &["MC"], 5),
    ("M12", "Security cameras linked to population data", false, "ecosystem", CITIES, 11),
    ("M13", "Commune-level digital civil-status desk", false, "procedures", ALL, 8),
    ("M14", "Electronic accommodation registration for homestays", false, "citizens", &["HL", "MC", "UB", "VD", "CT"], 7),
    ("M15", "Fishing port management by personal identification number", false, "economy", COAST, 9),
    ("M16", "Cashless payment at public hospitals", false, "economy", ALL, 9),
    ("M17", "Electronic notice boards for residential groups", false, "direction", ALL, 6),
    ("M18", "Digital hamlets in mountain communes", false, "citizens", &["BL", "TY", "DH", "BC"], 10),
    ("M19", "Cashless tuition in upper-secondary schools", false, "economy", ALL, 9),
    ("M20", "Cashless electricity and water bills", false, "economy", ALL, 5),
    ("M21", "Electronic health records for the elderly", false, "citizens", ALL, 11),
    ("M22", "Library cards on chip ID cards", false, "citizens", CITIES, 8),
    ("M23", "Traffic-violation notices via VNeID", false, "ecosystem", CITIES, 8),
    ("M24", "Digital archive of land records", false, "ecosystem", ALL, 12),
    ("M25", "Cashless bus tickets", false, "economy", &["HL", "CP", "UB", "DT", "QY"], 7),
    ("M26", "Electronic tickets at tourist sites", false, "economy", TOURISM, 10),
    ("M27", "Social assistance paid into bank accounts", false, "citizens", ALL, 8),
    ("M28", "Chip ID card access at industrial parks", false, "economy", &["HL", "MC", "DT", "QY"], 9),
    ("M29", "Citizen feedback via the Smart Quảng Ninh app", false, "direction", ALL, 5),
    ("M30", "Operations-centre dashboards for district leaders", false, "direction", &["HL", "MC", "CP", "UB"], 10),
    ("M31", "Digital commune health stations", false, "citizens", ALL, 11),
    ("M32", "Electronic vaccination records", false, "citizens", ALL, 10),
    ("M33", "Cashless payment at petrol stations", false, "economy", ALL, 6),
    ("M34", "OCOP products on e-commerce platforms", false, "economy", ALL, 11),
    ("M35", "Digital signatures for one-stop officials", false, "procedures", ALL, 4),
    ("M36", "Free Wi-Fi at one-stop shops", false, "procedures", ALL, 5),
    ("M37", "Voter lists drawn from the population database", false, "ecosystem", ALL, 3),
    ("M38", "VNeID boarding for island ferries", false, "citizens", &["HL", "VD", "CT"], 8),
    ("M39", "Electronic military-service registration", false, "direction", ALL, 10),
    ("M40", "Marital-status confirmation from electronic records", false, "procedures", ALL, 7),
    ("M41", "Poor-household review with population data", false, "ecosystem", ALL, 11),
    ("M42", "Cashless kindergarten fees", false, "economy", ALL, 10),
    ("M43", "Smart schools with ID-card attendance", false, "citizens", &["HL", "CP", "UB"], 11),
    ("M44", "E-invoices for market traders", false, "economy", &["HL", "MC", "CP"], 9),
    ("M45", "Land tax notices delivered electronically", false, "economy", ALL, 12),
    ("N01", "Electronic health book on VNeID", true, "citizens", ALL, 12),
    ("N02", "Digital primary school transcripts", true, "citizens", &["HL", "MC", "CP", "UB"], 11),
    ("N03", "Monthly cashless pension payment at commune level", true, "citizens", ALL, 10),
    ("N04", "Lump-sum tax notices for household businesses via VNeID", true, "economy", CITIES, 11),
    ("N05", "E-invoices from cash registers at petrol stations", true, "economy", ALL, 9),
    ("N06", "Judicial record certificates in VNeID", true, "procedures", ALL, 8),
    ("N07", "Digitised household registration archive", true, "ecosystem", ALL, 12),
    ("N08", "Land registration reusing population data", true, "procedures", ALL, 12),
    ("N09", "Cyber-safe commune model", true, "direction", &["HL", "MC", "CP", "UB", "VD"], 10),
];

/// Districts holding a model back: (model, district, status at 2024-12-31, month it starts
/// piloting (for `piloting`), month operating in 2025 or 0, note).
pub const MODEL_HOLDOUTS: &[(&str, &str, &str, u32, u32, &str)] = &[
    ("M04", "CT", "planned", 0, 0, "House-number plates for the island hamlets not yet ordered"),
    ("M04", "BC", "piloting", 9, 0, "Piloted in Ba Chẽ town only"),
    ("M12", "DT", "piloting", 8, 0, "Cameras installed in 2 of 6 wards"),
    ("M15", "HH", "piloting", 7, 0, "Piloted at Cái Chiên port"),
    ("M15", "CT", "planned", 0, 0, "Port office has no network connection yet"),
    ("M18", "BC", "piloting", 10, 0, "Weak mobile coverage in three hamlets"),
    ("M21", "TY", "piloting", 9, 0, "Piloted in Tiên Yên town"),
    ("M22", "QY", "suspended", 0, 0, "Card readers faulty; replacement requested"),
    ("M22", "MC", "planned", 0, 0, "Waiting for the provincial library software"),
    ("M26", "VD", "piloting", 8, 13, "Piloted at Quan Lạn beach"),
    ("M28", "DT", "piloting", 10, 0, "Piloted at Đông Triều industrial park"),
    ("M32", "BL", "planned", 0, 0, "Commune health stations lack computers"),
    ("M32", "BC", "piloting", 11, 0, "Piloted at the district health centre"),
    ("M34", "DH", "piloting", 9, 0, "Three OCOP producers listed so far"),
    ("M39", "BL", "piloting", 10, 0, "Piloted in Bình Liêu town"),
    ("M43", "UB", "piloting", 9, 0, "Piloted at two primary schools"),
];

/// (id, title, applies, month by which every non-holdout district has it online)
pub type ServiceRow = (&'static str, &'static str, &'static [&'static str], u32);

pub const SERVICES: &[ServiceRow] = &[
    ("S01", "Birth registration", ALL, 2),
    ("S02", "Death registration", ALL, 2),
    ("S03", "Marriage registration", ALL, 3),
    ("S04", "Permanent residence registration", ALL, 1),
    ("S05", "Temporary residence registration", ALL, 1),
    ("S06", "Notification of temporary absence", ALL, 1),
    ("S07", "Renewal of driving licences", ALL, 4),
    ("S08", "Reissue of lost driving licences", ALL, 5),
    ("S09", "First registration of motor vehicles", ALL, 6),
    ("S10", "Transfer of vehicle ownership", ALL, 8),
    ("S11", "Household business registration", ALL, 3),
    ("S12", "Changes to enterprise registration", ALL, 2),
    ("S13", "First issue of land-use right certificates", ALL, 10),
    ("S14", "Registration of land-use right transfers", ALL, 10),
    ("S15", "Construction permits for individual houses", ALL, 9),
    ("S16", "Application for monthly social allowances", ALL, 6),
    ("S17", "Application for funeral allowance", ALL, 7),
    ("S18", "Application for unemployment benefit", ALL, 5),
    ("S19", "Judicial record certificate", ALL, 3),
    ("S20", "Confirmation of marital status", ALL, 4),
    ("S21", "Health insurance cards for children under six", ALL, 5),
    ("S22", "Personal income tax finalisation", ALL, 3),
    ("S23", "Tax registration for individuals", ALL, 4),
    ("S24", "Certified copies from originals", ALL, 6),
    ("S25", "Extracts of civil-status records", ALL, 5),
    ("S26", "Issue of ordinary passports", ALL, 3),
    ("S27", "Reports on labour use", ALL, 6),
    ("S28", "Work permits for foreign workers", CITIES, 9),
    ("S29", "Food safety certificates", ALL, 8),
    ("S30", "Liquor retail licences", ALL, 9),
    ("S31", "Military service registration", ALL, 7),
    ("S32", "Registration of fishing vessels", COAST, 8),
    ("S33", "Fishing licences", COAST, 10),
    ("S34", "Grade 1 and grade 6 school admission", ALL, 7),
    ("S35", "Copies of diplomas and certificates", ALL, 8),
    ("S36", "Registration of religious activities", ALL, 10),
    ("S37", "Pharmacy practice certificates", ALL, 9),
    ("S38", "New electricity connections", ALL, 8),
    ("S39", "Clean-water connections", ALL, 11),
    ("S40", "Classification of tourist accommodation", TOURISM, 10),
    ("S41", "Border-resident permits", BORDER, 9),
    ("S42", "Environmental registration", ALL, 11),
    ("S43", "Tour guide cards", &["HL", "UB", "VD"], 9),
    ("S44", "Registration of adoption", ALL, 10),
    ("S45", "Registration of guardianship", ALL, 10),
    ("S46", "Changes to civil-status details", ALL, 8),
    ("S47", "Confirmation of residence information", ALL, 2),
    ("S48", "Payment of traffic fines", ALL, 7),
    ("S49", "Preferential allowances for people with meritorious services", ALL, 11),
    ("S50", "Voluntary social insurance for households", ALL, 9),
    ("S51", "Lump-sum social insurance benefit", ALL, 8),
    ("S52", "Temporary residence declarations for foreigners", ALL, 6),
    ("S53", "Replacement of health insurance cards", ALL, 4),
];

/// Districts holding a service back: (service, district, status at 2024-12-31, month it
/// turns partial (for `partial`), month online in 2025 or 0, note).
pub const SERVICE_HOLDOUTS: &[(&str, &str, &str, u32, u32, &str)] = &[
    ("S13", "BL", "partial", 6, 0, "Dossiers received online, certificates still returned on paper"),
    ("S13", "BC", "partial", 8, 0, "Cadastral data not yet online"),
    ("S14", "VD", "partial", 7, 0, "Land data of island communes not yet online"),
    ("S15", "CT", "offline", 0, 0, "No construction-permit software for the district yet"),
    ("S28", "DT", "partial", 9, 0, "Labour division still requires paper originals"),
    ("S32", "CT", "partial", 9, 0, "Vessel inspections still on paper"),
    ("S32", "HH", "partial", 8, 0, "Vessel register not yet connected"),
    ("S38", "BC", "partial", 10, 14, "Connection to the power company's portal pending"),
    ("S41", "BL", "partial", 7, 0, "Permits printed and signed by hand at the border post"),
    ("S42", "TY", "partial", 10, 0, "Environmental division short of staff"),
    ("S45", "DH", "partial", 9, 0, "Guardianship cases handled at the counter"),
    ("S50", "QY", "partial", 8, 0, "Payment gateway not yet enabled"),
    ("S50", "BL", "offline", 0, 0, "Collection agents still collect in cash"),
];

/// (district, unit, date, high, medium, low, resolved once followed up)
pub const INSPECTIONS: &[(&str, &str, &str, u64, u64, u64, u64)] = &[
    ("HL", "Finance and Planning Division of Hạ Long City", "2024-04-18", 1, 3, 4, 8),
    ("HL", "People's Committee of Bãi Cháy Ward", "2024-08-22", 0, 2, 5, 7),
    ("HL", "Hạ Long City Health Centre", "2024-11-14", 1, 2, 3, 6),
    ("MC", "People's Committee of Ka Long Ward", "2024-05-16", 0, 2, 3, 5),
    ("MC", "Economic Affairs Division of Móng Cái City", "2024-09-19", 1, 1, 2, 4),
    ("CP", "Internal Affairs Division of Cẩm Phả City", "2024-06-12", 0, 3, 3, 6),
    ("CP", "People's Committee of Cửa Ông Ward", "2024-10-09", 0, 1, 4, 4),
    ("UB", "Justice Division of Uông Bí City", "2024-05-23", 0, 2, 2, 4),
    ("UB", "People's Committee of Vàng Danh Ward", "2024-09-26", 1, 2, 1, 4),
    ("DT", "People's Committee of Mạo Khê Ward", "2024-07-11", 0, 2, 4, 6),
    ("QY", "Finance and Planning Division of Quảng Yên Town", "2024-06-20", 0, 1, 3, 4),
    ("BL", "People's Committee of Hoành Mô Commune", "2024-08-15", 0, 1, 2, 2),
    ("TY", "Office of the Tiên Yên District People's Committee", "2024-07-25", 0, 2, 3, 5),
    ("DH", "People's Committee of Quảng Tân Commune", "2024-09-12", 0, 1, 3, 4),
    ("HH", "People's Committee of Quảng Hà Town", "2024-10-17", 0, 2, 2, 4),
    ("BC", "People's Committee of Đạp Thanh Commune", "2024-11-07", 0, 1, 2, 3),
    ("VD", "People's Committee of Quan Lạn Commune", "2024-10-24", 0, 2, 3, 4),
];

/// (district, date, title, participants)
pub const TRAININGS: &[(&str, &str, &str, u64)] = &[
    ("HL", "2024-03-21", "Information security awareness for one-stop staff", 145),
    ("HL", "2024-09-05", "Protecting personal data in public services", 180),
    ("MC", "2024-04-11", "Recognising phishing and online fraud", 96),
    ("MC", "2024-10-15", "Secure use of VNeID for officials", 88),
    ("CP", "2024-05-09", "Information security for ward officials", 120),
    ("CP", "2024-11-20", "Backing up and restoring ward data", 64),
    ("UB", "2024-06-06", "Safe e-mail and document exchange", 72),
    ("DT", "2024-06-27", "Cyber-security basics for commune officials", 90),
    ("QY", "2024-07-18", "Password and account hygiene", 75),
    ("BL", "2024-08-08", "Safe use of social networks", 58),
    ("TY", "2024-08-29", "Information security for commune one-stop shops", 61),
    ("DH", "2024-09-24", "Handling malware incidents", 47),
    ("HH", "2024-10-03", "Data protection for civil-status officers", 52),
    ("BC", "2024-10-30", "Cyber-security awareness for hamlet digital teams", 66),
    ("VD", "2024-11-12", "Information security for island communes", 49),
    ("CT", "2024-12-05", "Secure use of shared computers at the one-stop shop", 31),
];

/// (district, date, title, unit): the province's one practical drill of 2024.
pub const DRILLS: &[(&str, &str, &str, &str)] = &[
    ("HL", "2024-10-24", "Practical cyber-attack response drill", "Department of Industry and Trade"),
];
