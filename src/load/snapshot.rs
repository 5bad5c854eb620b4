//! One snapshot file: parse, check every MUST and SHOULD of spec sections 3-4, and keep what is
//! needed for the roll-ups in a compact form indexed by plan position.

use crate::model::{Area, Date, Nfc, SNAPSHOT_FORMAT, Security, Snapshot, TaskStatus};

use super::catalogue::Catalogue;
use super::parse::{parse, place, text_of, unknown_field_note};
use super::problem::{JsonPath, Problem, Severity};
use super::record::{FileOutcome, ModelState, Record, ServiceState, TaskState};

mod figures;
pub use figures::MAX_COUNT;

fn boxed(s: Option<String>) -> Option<Box<str>> {
    s.map(String::into_boxed_str)
}

/// Drops the spare capacity serde's growing vectors leave in the event lists: records live as
/// long as the data set, tens of thousands of them at national scale.
fn compact(mut sec: Security) -> Security {
    if let Some(v) = &mut sec.inspections {
        v.shrink_to_fit();
    }
    if let Some(v) = &mut sec.trainings {
        v.shrink_to_fit();
    }
    if let Some(v) = &mut sec.drills {
        v.shrink_to_fit();
    }
    sec
}

/// Loads one snapshot file's bytes against the plan.
#[must_use]
pub fn load_snapshot(file: &str, bytes: &[u8], cat: &Catalogue) -> FileOutcome {
    let text = match text_of(file, bytes) {
        Ok(t) => t,
        Err(p) => return FileOutcome::failed(p),
    };
    let (snap, unknown) = match parse::<Snapshot>(file, text) {
        Ok((mut snap, unknown)) => {
            snap.nfc();
            (snap, unknown)
        }
        Err(p) => return FileOutcome::failed(wrong_format(file, text).unwrap_or(p)),
    };
    let mut check = Check {
        cat,
        issues: Vec::new(),
        as_of: snap.as_of,
    };
    check.issues.extend(unknown.into_iter().map(unknown_field_note));
    let mut record = check.snapshot(file, snap);
    if let Some(rec) = &mut record {
        let at = place(
            file,
            text,
            vec![(Severity::Note, JsonPath::root().key("as_of"), String::new())],
        );
        rec.as_of_at = at.first().and_then(|p| p.line.zip(p.column));
    }
    let problems = place(file, text, check.issues);
    let rejected = problems.iter().any(|p| p.severity == Severity::Error);
    FileOutcome {
        file: file.to_owned(),
        record: record.filter(|_| !rejected),
        problems,
    }
}

/// A file that fails to parse because it is some other kind of document (a plan, an old
/// format) is better told so than told which field it lacks.
fn wrong_format(file: &str, text: &str) -> Option<Problem> {
    #[derive(serde::Deserialize)]
    struct Head {
        format: Option<String>,
    }
    let head: Head = serde_json::from_str(text).ok()?;
    let format = head.format?;
    (format != SNAPSHOT_FORMAT).then(|| {
        let issue = (
            Severity::Error,
            JsonPath::root().key("format"),
            format_message(&format),
        );
        place(file, text, vec![issue]).remove(0)
    })
}

fn format_message(found: &str) -> String {
    format!("`{found}` is not a snapshot format; write \"{SNAPSHOT_FORMAT}\"")
}

struct Check<'a> {
    cat: &'a Catalogue,
    issues: Vec<(Severity, JsonPath, String)>,
    as_of: Date,
}

impl Check<'_> {
    fn error(&mut self, path: JsonPath, msg: String) {
        self.issues.push((Severity::Error, path, msg));
    }

    fn warn(&mut self, path: JsonPath, msg: String) {
        self.issues.push((Severity::Warning, path, msg));
    }

    /// `path` is built only for a problem: paths allocate, and most files have none.
    fn not_after_as_of(&mut self, path: impl FnOnce() -> JsonPath, what: &str, date: Date) {
        if date > self.as_of {
            self.error(
                path(),
                format!("the {what} {date} is after the snapshot date {}", self.as_of),
            );
        }
    }

    fn snapshot(&mut self, file: &str, snap: Snapshot) -> Option<Record> {
        let root = JsonPath::root();
        if snap.format != SNAPSHOT_FORMAT {
            self.error(root.key("format"), format_message(&snap.format));
        }
        let Some(district) = self.cat.district_index(&snap.district) else {
            let codes: Vec<&str> = self
                .cat
                .plan
                .districts
                .iter()
                .map(|d| d.code.as_str())
                .take(20)
                .collect();
            self.error(
                root.key("district"),
                format!(
                    "`{}` is not a district of the plan (codes: {})",
                    snap.district,
                    codes.join(", ")
                ),
            );
            return None;
        };
        let tasks = snap.tasks.map(|list| self.tasks(district, list));
        let models = snap.models.map(|list| self.models(district, list));
        let services = snap.services.map(|list| self.services(district, list));
        for (area, listed) in [
            (
                Area::Task,
                tasks
                    .as_ref()
                    .map(|l| l.iter().map(Option::is_some).collect::<Vec<_>>()),
            ),
            (
                Area::Model,
                models.as_ref().map(|l| l.iter().map(Option::is_some).collect()),
            ),
            (
                Area::Service,
                services.as_ref().map(|l| l.iter().map(Option::is_some).collect()),
            ),
        ] {
            self.missing(area, district, listed.as_deref());
        }
        if let Some(identity) = &snap.identity {
            self.identity(identity);
            self.identity_counts(identity);
        }
        if let Some(security) = &snap.security {
            self.security(security);
            self.security_counts(security);
        }
        Some(Record {
            file: file.to_owned(),
            district,
            as_of: snap.as_of,
            as_of_at: None,
            reported_by: snap.reported_by,
            tasks,
            models,
            services,
            identity: snap.identity,
            security: snap.security.map(compact),
        })
    }

    /// Resolves an entry's id to a plan index, warning when the plan does not know it, when it
    /// does not apply to this district, or when the list names it twice (the later entry wins).
    /// The warnings point at the entry itself (`tasks[3]`), as in the contract's example.
    fn resolve(
        &mut self,
        area: Area,
        district: usize,
        id: &str,
        seen: &mut [Option<usize>],
        index: usize,
    ) -> Option<usize> {
        let noun = area.as_str();
        let at = || JsonPath::root().key(area.list_name()).index(index);
        let Some(item) = self.cat.item_index(area, id) else {
            self.warn(
                at(),
                format!("`{id}` is not a {noun} of the plan; this entry is ignored"),
            );
            return None;
        };
        if !self.cat.applies(area, item, district) {
            let code = &self.cat.plan.districts[district].code;
            self.warn(
                at(),
                format!("{noun} `{id}` does not apply to {code}; this entry is ignored"),
            );
            return None;
        }
        if let Some(first) = seen[item].replace(index) {
            let list = area.list_name();
            self.warn(
                at(),
                format!("`{id}` is listed twice (also at {list}[{first}]); this later entry is used"),
            );
        }
        Some(item)
    }

    fn tasks(&mut self, district: usize, list: Vec<crate::model::TaskEntry>) -> Vec<Option<TaskState>> {
        let mut out = vec![None; self.cat.item_count(Area::Task)];
        let mut seen = vec![None; out.len()];
        for (i, e) in list.into_iter().enumerate() {
            let at = || JsonPath::root().key("tasks").index(i);
            let done = e.status == TaskStatus::Done;
            let mut progress = e.progress.unwrap_or(if done { 100 } else { 0 });
            if progress > 100 {
                self.error(
                    at().key("progress"),
                    format!("progress {progress} is over 100; give a percentage from 0 to 100"),
                );
            } else if done && progress < 100 {
                self.warn(
                    at().key("progress"),
                    format!("the status is done but progress is {progress}; progress is taken as 100"),
                );
                progress = 100;
            }
            if let Some(on) = e.completed_on {
                if done {
                    self.not_after_as_of(|| at().key("completed_on"), "completion date", on);
                } else {
                    self.error(
                        at().key("completed_on"),
                        format!(
                            "completed_on is only allowed when the status is done, not {}",
                            e.status
                        ),
                    );
                }
            }
            if let Some(item) = self.resolve(Area::Task, district, &e.id, &mut seen, i) {
                out[item] = Some(TaskState {
                    status: e.status,
                    progress: u8::try_from(progress.min(100)).unwrap_or(100),
                    completed_on: e.completed_on,
                    note: boxed(e.note),
                    blocker: boxed(e.blocker),
                });
            }
        }
        out
    }

    fn models(&mut self, district: usize, list: Vec<crate::model::ModelEntry>) -> Vec<Option<ModelState>> {
        let mut out = vec![None; self.cat.item_count(Area::Model)];
        let mut seen = vec![None; out.len()];
        for (i, e) in list.into_iter().enumerate() {
            if let Some(item) = self.resolve(Area::Model, district, &e.id, &mut seen, i) {
                out[item] = Some(ModelState {
                    status: e.status,
                    note: boxed(e.note),
                });
            }
        }
        out
    }

    fn services(
        &mut self,
        district: usize,
        list: Vec<crate::model::ServiceEntry>,
    ) -> Vec<Option<ServiceState>> {
        let mut out = vec![None; self.cat.item_count(Area::Service)];
        let mut seen = vec![None; out.len()];
        for (i, e) in list.into_iter().enumerate() {
            let at = || JsonPath::root().key("services").index(i);
            self.service_counts(i, &e);
            if let Some(a) = e.applications {
                if a.online > a.total {
                    self.error(
                        at().key("applications").key("online"),
                        format!(
                            "{} online applications is more than the total of {}",
                            a.online, a.total
                        ),
                    );
                }
            }
            if let Some(item) = self.resolve(Area::Service, district, &e.id, &mut seen, i) {
                out[item] = Some(ServiceState {
                    status: e.status,
                    applications: e.applications,
                    note: boxed(e.note),
                });
            }
        }
        out
    }

    /// One warning per applicable item a list leaves out, or one for a list left out whole.
    fn missing(&mut self, area: Area, district: usize, listed: Option<&[bool]>) {
        let list = area.list_name();
        let code = &self.cat.plan.districts[district].code;
        let Some(listed) = listed else {
            self.warn(
                JsonPath::root().key(list),
                format!(
                    "the snapshot has no `{list}` list; every applicable {} counts as not complete",
                    area.as_str()
                ),
            );
            return;
        };
        for (item, is_listed) in listed.iter().enumerate() {
            if !is_listed && self.cat.applies(area, item, district) {
                let id = self.cat.item_id(area, item).to_owned();
                self.warn(
                    JsonPath::root().key(list),
                    format!(
                        "{} `{id}` applies to {code} but is not listed; it counts as not complete",
                        area.as_str()
                    ),
                );
            }
        }
    }
}
