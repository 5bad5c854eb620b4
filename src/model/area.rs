//! The three areas of the plan's catalogue: tasks, models and services.

use serde::Serialize;

/// The three areas items belong to.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Task,
    Model,
    Service,
}

impl Area {
    pub const ALL: [Area; 3] = [Area::Task, Area::Model, Area::Service];

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Area::Task => "task",
            Area::Model => "model",
            Area::Service => "service",
        }
    }

    /// The list name in a snapshot (`tasks`, `models`, `services`).
    #[must_use]
    pub fn list_name(self) -> &'static str {
        match self {
            Area::Task => "tasks",
            Area::Model => "models",
            Area::Service => "services",
        }
    }
}
