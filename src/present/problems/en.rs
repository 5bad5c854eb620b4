//! Every problem message in English: the words `p06 check` has always printed.

use crate::load::{DateKind, Expected, IoReason, Msg, Vocab};
use crate::model::{Area, SNAPSHOT_FORMAT};
use crate::present::Lang;
use crate::present::num::int;

fn noun(area: Area) -> &'static str {
    area.as_str()
}

fn reason(r: &IoReason) -> String {
    match r {
        IoReason::PermissionDenied => "permission denied".into(),
        IoReason::Gone => "it is gone (a broken link, or removed while reading)".into(),
        IoReason::Other(s) => s.clone(),
        IoReason::Unknown => "unknown error".into(),
    }
}

fn expected(e: &Expected) -> &str {
    match e {
        Expected::WholeNumber => "a whole number, 0 or more",
        Expected::Bool => "true or false",
        Expected::Text => "a text in double quotes",
        Expected::List => "a list in [ ]",
        Expected::Object => "an object in { }",
        Expected::Other(s) => s,
    }
}

fn vocab_noun(v: Vocab) -> &'static str {
    match v {
        Vocab::TaskStatus => "task status",
        Vocab::ModelStatus => "model status",
        Vocab::ServiceStatus => "service status",
        Vocab::TaskKind => "task kind",
        Vocab::DistrictKind => "district kind",
        Vocab::Group => "utility group",
    }
}

fn date_kind(k: DateKind) -> &'static str {
    match k {
        DateKind::Completion => "completion date",
        DateKind::Inspection => "inspection date",
        DateKind::Training => "training date",
        DateKind::Drill => "drill date",
    }
}

pub(super) fn message(m: &Msg) -> String {
    match m {
        Msg::Meeting(issue) => crate::present::directions::issue(Lang::En, issue),
        Msg::WideEncoding { encoding } => format!(
            "the file is {encoding}; save it as UTF-8 (\"UTF-8\" or \"UTF-8 with BOM\" in the editor's encoding menu)"
        ),
        Msg::NotUtf8 => "the file is not valid UTF-8 here; save it as UTF-8 (it may be in a legacy encoding such as Windows-1258)".into(),
        Msg::NotObject => "the file must hold one JSON object, starting with `{`".into(),
        Msg::MissingField { field } => format!("the required field {field} is missing"),
        Msg::DuplicateField { field } => {
            format!("the field {field} appears twice in this object; keep one")
        }
        Msg::CutOff => "the file ends too early: a value, `]` or `}` is missing (was it cut off?)".into(),
        Msg::TrailingText => "there is more text after the end of the JSON document".into(),
        Msg::TooDeep => "the JSON is nested too deeply to be a p06 file".into(),
        Msg::Expected { expected: e, found } => format!("expected {}, found {found}", expected(e)),
        Msg::LoneSurrogate => "JSON syntax error: a lone surrogate: a `\\u` escape here is one half of a pair (such as \
                `\\ud800` alone); write the character itself, or both halves of its pair"
            .into(),
        Msg::Syntax { detail } => format!("JSON syntax error: {detail}"),
        Msg::Data { detail } => detail.clone(),
        Msg::TooLarge { number } => format!("the number {number} is too large to be a count"),
        Msg::NotOneOf {
            value,
            vocab,
            allowed,
        } => format!("`{value}` is not a {}; use one of {allowed}", vocab_noun(*vocab)),
        Msg::BadDate { text, why } => why.english(text),
        Msg::UnknownField { name, guess: Some(k) } => {
            format!("unknown field `{name}` is ignored; did you mean `{k}`?")
        }
        Msg::UnknownField { name, guess: None } => format!("unknown field `{name}` is ignored"),
        Msg::NotSnapshotFormat { found } => {
            format!("`{found}` is not a snapshot format; write \"{SNAPSHOT_FORMAT}\"")
        }
        Msg::NotPlanDistrict { code, codes } => format!(
            "`{code}` is not a district of the plan (codes: {})",
            codes.join(", ")
        ),
        Msg::AfterAsOf { what, date, as_of } => format!(
            "the {} {date} is after the snapshot date {as_of}",
            date_kind(*what)
        ),
        Msg::NotInPlan { area, id } => format!(
            "`{id}` is not a {} of the plan; this entry is ignored",
            noun(*area)
        ),
        Msg::NotApplicable { area, id, district } => format!(
            "{} `{id}` does not apply to {district}; this entry is ignored",
            noun(*area)
        ),
        Msg::ListedTwice { id, list, first } => {
            format!("`{id}` is listed twice (also at {list}[{first}]); this later entry is used")
        }
        Msg::ProgressOver { progress } => {
            format!("progress {progress} is over 100; give a percentage from 0 to 100")
        }
        Msg::DoneButProgress { progress } => {
            format!("the status is done but progress is {progress}; progress is taken as 100")
        }
        Msg::CompletedOnNotDone { status } => {
            format!("completed_on is only allowed when the status is done, not {status}")
        }
        Msg::OnlineOverTotal { online, total } => {
            format!("{online} online applications is more than the total of {total}")
        }
        Msg::NoList { area } => format!(
            "the snapshot has no `{}` list; every applicable {} counts as not complete",
            area.list_name(),
            noun(*area)
        ),
        Msg::NotListed { area, id, district } => format!(
            "{} `{id}` applies to {district} but is not listed; it counts as not complete",
            noun(*area)
        ),
        Msg::OverMax { value, max } => format!(
            "{value} is more than any district can have (at most {}); check the figure",
            int(Lang::En, *max)
        ),
        Msg::PartOverWhole {
            part_name,
            part,
            whole_name,
            whole,
        } => format!("{part_name} ({part}) is more than {whole_name} ({whole})"),
        Msg::EmptyUnit => "name the inspected unit; `unit` must not be empty".into(),
        Msg::FindingsResolved { resolved, found } => {
            format!("{resolved} findings resolved, but only {found} were found")
        }
        Msg::ProtectedOverEndpoints {
            protected,
            endpoints,
        } => format!("{protected} protected endpoints is more than the {endpoints} endpoints"),
        Msg::IncidentsResolved { resolved, detected } => {
            format!("{resolved} incidents resolved, but only {detected} detected")
        }
        Msg::NotPlanFormat { found, want } => {
            format!("`{found}` is not a plan format; write \"{want}\"")
        }
        Msg::EmptyProvince => "the province name must not be empty".into(),
        Msg::NoDistricts => "the plan must list at least one district".into(),
        Msg::BadDistrictCode { code } => format!(
            "`{code}` is not a district code; use 2 to 4 capital letters (A-Z), e.g. HL"
        ),
        Msg::DistrictCodeTwice { code } => format!("district code `{code}` is used twice"),
        Msg::DistrictNeedsName { code } => format!("district `{code}` needs a name"),
        Msg::EmptyId { area } => format!("every {} needs a non-empty id", noun(*area)),
        Msg::IdTwice { area, id } => format!("{} id `{id}` is used twice", noun(*area)),
        Msg::NeedsTitle { area, id } => format!("{} `{id}` needs a title", noun(*area)),
        Msg::AppliesToNone { area, id } => format!(
            "{} `{id}` applies to no district; use \"all\" or list district codes",
            noun(*area)
        ),
        Msg::NotDistrictOfThisPlan { code } => format!("`{code}` is not a district of this plan"),
        Msg::NoLanguages => {
            "an object of texts needs at least one language, e.g. {\"vi\": \"…\", \"en\": \"…\"}".into()
        }
        Msg::EmptyText { tag } => {
            format!("the `{tag}` text is empty; write it or leave the entry out")
        }
        Msg::BadTag { tag } => format!(
            "`{tag}` is not a language tag, so its text is not shown; use two lower-case letters such as \"vi\" or \"en\""
        ),
        Msg::UnshownTag { tag } => {
            format!("p06 shows \"vi\" and \"en\" texts; the `{tag}` text is kept but not shown")
        }
        Msg::SnapshotsNotFolder => "is not a folder, so no snapshot was read".into(),
        Msg::SnapshotsUnreadable { reason: r } => {
            format!("cannot be read, so no snapshot was read: {}", reason(r))
        }
        Msg::FolderNamedJson => "is a folder, not a file; the files in it are read".into(),
        Msg::NotRegular => {
            "is not a regular file (a named pipe, a device or a socket), so it was not read".into()
        }
        Msg::LinkLoop => {
            "a symbolic link here loops back to a folder above it; it is skipped".into()
        }
        Msg::Unreadable { reason: r } => format!("cannot be read: {}", reason(r)),
        Msg::KernelFile => {
            "cannot be read: it is a file of the running system (under /proc or /sys), not data"
                .into()
        }
        Msg::IsFolder => "is a folder, not a file".into(),
        Msg::TooBig { bytes, plan } => format!(
            "the file is {:.1} MiB; {} may be at most 16 MiB, so it was not read",
            *bytes as f64 / 1_048_576.0,
            if *plan { "the plan" } else { "a snapshot" }
        ),
        Msg::Stale {
            code,
            as_of,
            days,
            review,
            limit,
        } => format!(
            "{code} is stale: its latest snapshot ({as_of}) is {days} days older than the review date {review} (more than {limit})"
        ),
        Msg::Future { as_of, today } => format!(
            "the snapshot date {as_of} is after today ({today}); it is never the default review date (give --as-of {as_of} to review it)"
        ),
        Msg::Duplicate {
            others,
            more,
            code,
            as_of,
            copies,
        } => {
            let names = super::names(Lang::En, others, *more);
            if *copies == 2 {
                format!(
                    "{names} also has a snapshot for {code} on {as_of}; both are rejected until one is removed"
                )
            } else {
                format!(
                    "{names} also have a snapshot for {code} on {as_of}; all {copies} are rejected until only one is left"
                )
            }
        }
        Msg::Held { file, inner } => format!(
            "showing last good version of {file}: {}",
            inner.as_deref().map_or_else(|| "it cannot be used".to_owned(), message)
        ),
        Msg::Keeping { plan, inner } => format!(
            "{}: {}",
            crate::present::notices::keeping(Lang::En, *plan),
            message(inner)
        ),
        Msg::DirGone { path } => format!("{path} is gone or is not a folder"),
    }
}
