//! The meeting record (spec section 8): one review conference, what data it reviewed, and the
//! directions its chair gave. These types say only what parses; `meetings` checks the rest
//! (unique dates and ids, subjects in the plan, `closed_on` rules, timestamps).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Area, Date, DirectionState, SubjectArea};

/// The `format` value a meeting file must carry.
pub const MEETING_FORMAT: &str = "p06.meeting/1";

/// One conference: `MEETINGS/<date>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Meeting {
    /// Must be `p06.meeting/1`.
    pub format: String,
    /// The meeting's date, unique in the meetings directory.
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<String>,
    /// The review date R on screen when the meeting was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<Date>,
    /// The comparison date C on screen, or null.
    #[serde(default)]
    pub since: Option<Date>,
    /// Which data was reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<DataDigest>,
    #[serde(default)]
    pub directions: Vec<Direction>,
}

/// How many files the data directory held and the digest of their contents (spec section 8).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct DataDigest {
    pub files: u64,
    /// Lower-case hex SHA-256 of the `PATH<TAB>SHA256<LF>` lines.
    pub sha256: String,
}

/// One direction of the chair.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Direction {
    /// Positive, unique in the meeting; the reference is `DATE#ID`.
    pub id: u64,
    pub subject: Subject,
    pub text: String,
    /// The agency that must act.
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    pub state: DirectionState,
    /// Required with `done` and `dropped`, absent with `open`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// RFC 3339 timestamp.
    pub created: String,
    /// RFC 3339 timestamp of the last change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

/// What a direction is about.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub struct Subject {
    pub area: SubjectArea,
    /// An item id of the plan; required for `task`, `model` and `service`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A district code of the plan; optional for items, required for `district`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
}

impl SubjectArea {
    /// The item area, for the three item subjects.
    #[must_use]
    pub fn item_area(self) -> Option<Area> {
        match self {
            SubjectArea::Task => Some(Area::Task),
            SubjectArea::Model => Some(Area::Model),
            SubjectArea::Service => Some(Area::Service),
            SubjectArea::District | SubjectArea::General => None,
        }
    }
}

impl From<Area> for SubjectArea {
    fn from(area: Area) -> Self {
        match area {
            Area::Task => SubjectArea::Task,
            Area::Model => SubjectArea::Model,
            Area::Service => SubjectArea::Service,
        }
    }
}
