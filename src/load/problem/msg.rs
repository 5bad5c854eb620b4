//! What a problem says, as data: one variant per message with the values it quotes (field
//! names, ids, dates, counts). `crate::present::problems` renders each whole in each language.
//! Texts written by serde (syntax errors, unexpected values) stay English details inside a
//! variant; a district officer still gets the sentence around them in their language.

use crate::model::{Area, Date, DateError};

/// The closed vocabularies of the contract a value must come from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Vocab {
    TaskStatus,
    ModelStatus,
    ServiceStatus,
    TaskKind,
    DistrictKind,
    Group,
}

/// Why a file or folder could not be read.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum IoReason {
    PermissionDenied,
    /// A broken link, or removed while reading.
    Gone,
    /// The operating system's own words.
    Other(String),
    Unknown,
}

/// What a JSON value should have been, in serde's terms, mapped to words an officer knows.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Expected {
    WholeNumber,
    Bool,
    Text,
    List,
    Object,
    /// serde's own words (an enum's variants, a date format).
    Other(String),
}

/// Which date of a snapshot must not be after its `as_of`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DateKind {
    Completion,
    Inspection,
    Training,
    Drill,
}

/// One message, with its values.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Msg {
    /// A meeting file's problem (spec section 8).
    Meeting(super::MeetingIssue),
    // Reading and parsing.
    /// UTF-16 or UTF-32.
    WideEncoding {
        encoding: &'static str,
    },
    NotUtf8,
    NotObject,
    /// `field` as serde quotes it, with backticks.
    MissingField {
        field: String,
    },
    DuplicateField {
        field: String,
    },
    CutOff,
    TrailingText,
    TooDeep,
    /// `found` is serde's description of the value, e.g. `string "x"`.
    Expected {
        expected: Expected,
        found: String,
    },
    LoneSurrogate,
    /// serde_json's syntax message, e.g. ``expected `,` or `}` ``.
    Syntax {
        detail: String,
    },
    /// Any other serde message (unknown enum variants, bad dates), as serde words it.
    Data {
        detail: String,
    },
    /// A word outside its vocabulary; `allowed` lists the codes, comma-separated.
    NotOneOf {
        value: String,
        vocab: Vocab,
        allowed: String,
    },
    BadDate {
        text: String,
        why: DateError,
    },
    TooLarge {
        number: String,
    },
    UnknownField {
        name: String,
        guess: Option<&'static str>,
    },
    // The snapshot's checks.
    NotSnapshotFormat {
        found: String,
    },
    NotPlanDistrict {
        code: String,
        codes: Vec<String>,
    },
    AfterAsOf {
        what: DateKind,
        date: Date,
        as_of: Date,
    },
    NotInPlan {
        area: Area,
        id: String,
    },
    NotApplicable {
        area: Area,
        id: String,
        district: String,
    },
    ListedTwice {
        id: String,
        list: &'static str,
        first: usize,
    },
    ProgressOver {
        progress: u64,
    },
    DoneButProgress {
        progress: u64,
    },
    CompletedOnNotDone {
        status: String,
    },
    OnlineOverTotal {
        online: u64,
        total: u64,
    },
    NoList {
        area: Area,
    },
    NotListed {
        area: Area,
        id: String,
        district: String,
    },
    OverMax {
        value: u64,
        max: u64,
    },
    PartOverWhole {
        part_name: &'static str,
        part: u64,
        whole_name: &'static str,
        whole: u64,
    },
    EmptyUnit,
    FindingsResolved {
        resolved: u64,
        found: u64,
    },
    ProtectedOverEndpoints {
        protected: u64,
        endpoints: u64,
    },
    IncidentsResolved {
        resolved: u64,
        detected: u64,
    },
    // The plan's checks.
    NotPlanFormat {
        found: String,
        want: &'static str,
    },
    EmptyProvince,
    NoDistricts,
    BadDistrictCode {
        code: String,
    },
    DistrictCodeTwice {
        code: String,
    },
    DistrictNeedsName {
        code: String,
    },
    EmptyId {
        area: Area,
    },
    IdTwice {
        area: Area,
        id: String,
    },
    NeedsTitle {
        area: Area,
        id: String,
    },
    AppliesToNone {
        area: Area,
        id: String,
    },
    NotDistrictOfThisPlan {
        code: String,
    },
    NoLanguages,
    EmptyText {
        tag: String,
    },
    BadTag {
        tag: String,
    },
    UnshownTag {
        tag: String,
    },
    // Walking and reading files.
    SnapshotsNotFolder,
    SnapshotsUnreadable {
        reason: IoReason,
    },
    FolderNamedJson,
    NotRegular,
    LinkLoop,
    Unreadable {
        reason: IoReason,
    },
    KernelFile,
    IsFolder,
    TooBig {
        bytes: u64,
        plan: bool,
    },
    // Across files and dates.
    Stale {
        code: String,
        as_of: Date,
        days: i64,
        review: Date,
        limit: i64,
    },
    Future {
        as_of: Date,
        today: Date,
    },
    /// `others` are the first few other files, `more` how many more there are; `copies` is
    /// every file of the run, this one included.
    Duplicate {
        others: Vec<String>,
        more: usize,
        code: String,
        as_of: Date,
        copies: usize,
    },
    // The console's live reload.
    /// A reload came out bad; the last good version is shown. `inner` is the bad version's
    /// error, or `None` when it had none of its own.
    Held {
        file: String,
        inner: Option<Box<Msg>>,
    },
    /// A whole reload failed and the data read before is kept.
    Keeping {
        plan: bool,
        inner: Box<Msg>,
    },
    DirGone {
        path: String,
    },
}
