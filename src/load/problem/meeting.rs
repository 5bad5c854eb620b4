//! What can be wrong in a meeting file (spec section 8). The meetings module finds these with
//! the loader's machinery; they live here, beside the other problem kinds, so that a problem
//! stays typed data whichever file kind it is about.

use crate::model::{Date, DirectionState, SubjectArea};

/// What can be wrong in a meeting file; worded by `present::directions::issue`; a problem kind of its own ([`super::Msg::Meeting`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingIssue {
    Format(String),
    Symlink,
    HardLink,
    TooLarge,
    Unreadable(String),
    DuplicateDate { date: Date, others: String },
    IdZero,
    DuplicateId(u64),
    ItemIdMissing(SubjectArea),
    UnknownItem(SubjectArea, String),
    IdNotAllowed(SubjectArea),
    DistrictMissing,
    UnknownDistrict(String),
    EmptyText,
    EmptyOwner,
    ClosedOnMissing(DirectionState),
    ClosedOnWithOpen,
    BadTimestamp(String),
}
