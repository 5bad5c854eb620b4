//! The closed vocabularies of the contract (statuses, kinds, groups), each a one-byte enum.
//!
//! They deserialize by hand so that a wrong value gets a message an officer can act on
//! ("`finished` is not a task status; use one of done, on_track, ...") instead of serde's
//! "unknown variant".

/// Declares a string-valued enum with its wire names, a plain-words noun for messages, and
/// serde + JSON Schema impls that agree with each other.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident, $noun:literal, { $($(#[$vmeta:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in files and reports.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// Parses the wire name, or explains which values are allowed.
            pub fn parse(text: &str) -> Result<Self, String> {
                match text {
                    $($wire => Ok($name::$variant),)+
                    _ => Err(format!(
                        "`{}` is not a {}; use one of {}",
                        text, $noun, [$($wire),+].join(", ")
                    )),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "a {} ({})", $noun, [$($wire),+].join(", "))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        $name::parse(v).map_err(E::custom)
                    }
                }
                d.deserialize_str(V)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "enum": [$($wire),+] })
            }
        }
    };
}

string_enum!(
    /// How a district reports a task.
    TaskStatus, "task status", {
        Done = "done", OnTrack = "on_track", Behind = "behind", Blocked = "blocked",
        NotStarted = "not_started",
    }
);

string_enum!(
    /// How a district reports a utility model.
    ModelStatus, "model status", {
        Operating = "operating", Piloting = "piloting", Planned = "planned", Suspended = "suspended",
    }
);

string_enum!(
    /// How far a public service is online in a district.
    ServiceStatus, "service status", {
        /// Fully online on the national public service portal.
        Online = "online", Partial = "partial", Offline = "offline",
    }
);

string_enum!(
    /// Whether a task comes from the provincial plan or was registered as a key task.
    TaskKind, "task kind", { Plan = "plan", Key = "key" }
);

string_enum!(
    /// The kind of district-level unit.
    DistrictKind, "district kind", { City = "city", Town = "town", District = "district" }
);

string_enum!(
    /// The five utility groups of Project 06.
    Group, "utility group", {
        Procedures = "procedures", Economy = "economy", Citizens = "citizens",
        Ecosystem = "ecosystem", Direction = "direction",
    }
);

string_enum!(
    /// What a direction is about (spec section 8): an item, a district, or the whole programme.
    SubjectArea, "direction subject area", {
        Task = "task", Model = "model", Service = "service", District = "district",
        General = "general",
    }
);

string_enum!(
    /// The people's word on a direction (spec section 8).
    DirectionState, "direction state", { Open = "open", Done = "done", Dropped = "dropped" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_status_message_lists_the_allowed_values() {
        let err = serde_json::from_str::<TaskStatus>("\"finished\"").unwrap_err();
        assert!(
            err.to_string().starts_with(
                "`finished` is not a task status; use one of done, on_track, behind, blocked, not_started"
            ),
            "{err}"
        );
        assert_eq!(TaskStatus::parse("on_track"), Ok(TaskStatus::OnTrack));
        assert_eq!(ServiceStatus::Online.as_str(), "online");
    }
}
