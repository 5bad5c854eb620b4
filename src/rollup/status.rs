//! The status vocabulary of the roll-ups: a district's status of an item, and the province
//! status that summarises them (spec section 5.4 and section 6).

use serde::Serialize;

use crate::load::{ModelState, Record, ServiceState, TaskState};
use crate::model::{Area, Date, ModelStatus, ServiceStatus, TaskStatus};

/// A status as shown for an item, at district or province level.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Done,
    OnTrack,
    Behind,
    Blocked,
    NotStarted,
    Operating,
    Piloting,
    Planned,
    Suspended,
    Online,
    Partial,
    Offline,
    /// The district has no snapshot at the review date, or its snapshot does not list the item.
    NoReport,
}

impl Status {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::OnTrack => "on_track",
            Status::Behind => "behind",
            Status::Blocked => "blocked",
            Status::NotStarted => "not_started",
            Status::Operating => "operating",
            Status::Piloting => "piloting",
            Status::Planned => "planned",
            Status::Suspended => "suspended",
            Status::Online => "online",
            Status::Partial => "partial",
            Status::Offline => "offline",
            Status::NoReport => "no_report",
        }
    }

    /// Whether this status counts as complete (spec section 5.2).
    #[must_use]
    pub fn is_complete(self) -> bool {
        matches!(self, Status::Done | Status::Operating | Status::Online)
    }

    /// The province status of an incomplete item is the first status of this order that any
    /// applicable district shows (spec 5.4 for tasks, section 6 for models and services).
    #[must_use]
    pub fn severity_order(area: Area) -> &'static [Status] {
        match area {
            Area::Task => &[
                Status::Blocked,
                Status::Behind,
                Status::NoReport,
                Status::NotStarted,
                Status::OnTrack,
            ],
            Area::Model => &[
                Status::Suspended,
                Status::NoReport,
                Status::Planned,
                Status::Piloting,
            ],
            Area::Service => &[Status::Offline, Status::NoReport, Status::Partial],
        }
    }

    /// The complete status of an area.
    #[must_use]
    pub fn complete_for(area: Area) -> Status {
        match area {
            Area::Task => Status::Done,
            Area::Model => Status::Operating,
            Area::Service => Status::Online,
        }
    }
}

impl From<TaskStatus> for Status {
    fn from(s: TaskStatus) -> Self {
        match s {
            TaskStatus::Done => Status::Done,
            TaskStatus::OnTrack => Status::OnTrack,
            TaskStatus::Behind => Status::Behind,
            TaskStatus::Blocked => Status::Blocked,
            TaskStatus::NotStarted => Status::NotStarted,
        }
    }
}

impl From<ModelStatus> for Status {
    fn from(s: ModelStatus) -> Self {
        match s {
            ModelStatus::Operating => Status::Operating,
            ModelStatus::Piloting => Status::Piloting,
            ModelStatus::Planned => Status::Planned,
            ModelStatus::Suspended => Status::Suspended,
        }
    }
}

impl From<ServiceStatus> for Status {
    fn from(s: ServiceStatus) -> Self {
        match s {
            ServiceStatus::Online => Status::Online,
            ServiceStatus::Partial => Status::Partial,
            ServiceStatus::Offline => Status::Offline,
        }
    }
}

/// The status a district's record gives an item; `NoReport` when there is no record or the
/// record does not list the item.
#[must_use]
pub fn district_status(record: Option<&Record>, area: Area, item: usize) -> Status {
    let Some(rec) = record else {
        return Status::NoReport;
    };
    let listed = match area {
        Area::Task => task_state(Some(rec), item).map(|s| s.status.into()),
        Area::Model => model_state(Some(rec), item).map(|s| s.status.into()),
        Area::Service => service_state(Some(rec), item).map(|s| s.status.into()),
    };
    listed.unwrap_or(Status::NoReport)
}

/// A district's reported state of a task, if its record lists it.
#[must_use]
pub fn task_state(record: Option<&Record>, item: usize) -> Option<&TaskState> {
    record?.tasks.as_ref()?.get(item)?.as_ref()
}

/// A district's reported state of a model, if its record lists it.
#[must_use]
pub fn model_state(record: Option<&Record>, item: usize) -> Option<&ModelState> {
    record?.models.as_ref()?.get(item)?.as_ref()
}

/// A district's reported state of a service, if its record lists it.
#[must_use]
pub fn service_state(record: Option<&Record>, item: usize) -> Option<&ServiceState> {
    record?.services.as_ref()?.get(item)?.as_ref()
}

/// Whether a district completed a task after its due date (spec 5.4: "late"; official reports
/// count on-time and late completions apart). Only a dated `done` can be late.
#[must_use]
pub fn is_late(state: Option<&TaskState>, due: Option<Date>) -> bool {
    match (state, due) {
        (Some(s), Some(due)) => s.status == TaskStatus::Done && s.completed_on.is_some_and(|on| on > due),
        _ => false,
    }
}

/// A task's progress in a district: 0 when there is no report or the task is not listed.
#[must_use]
pub fn district_progress(record: Option<&Record>, item: usize) -> u8 {
    task_state(record, item).map_or(0, |s| s.progress)
}
