//! Text as people type it: every string read from a data file is brought to Unicode NFC.
//!
//! Editors write "Hạ Long" precomposed (NFC) or as base letters plus combining marks (NFD);
//! both look the same but compare, sort, filter, align and `grep` differently. One pass after
//! parsing puts every string in NFC, so nothing downstream needs to care. Almost all text is
//! already NFC (or ASCII), and `is_nfc_quick` says so without allocating.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::{
    District, Drill, Inspection, LocalText, Model, ModelEntry, Plan, Reporter, Security, Service,
    ServiceEntry, Snapshot, Task, TaskEntry, Training,
};

/// Brings every string inside a value to NFC, in place.
pub trait Nfc {
    fn nfc(&mut self);
}

impl Nfc for String {
    fn nfc(&mut self) {
        if self.is_ascii() || is_nfc_quick(self.chars()) == IsNormalized::Yes {
            return;
        }
        *self = UnicodeNormalization::nfc(self.as_str()).collect();
    }
}

impl<T: Nfc> Nfc for Option<T> {
    fn nfc(&mut self) {
        if let Some(v) = self {
            v.nfc();
        }
    }
}

impl<T: Nfc> Nfc for Vec<T> {
    fn nfc(&mut self) {
        self.iter_mut().for_each(Nfc::nfc);
    }
}

/// Lists the string fields of a struct once, so adding a field is one word here.
macro_rules! nfc_fields {
    ($($ty:ty => $($field:ident),+;)+) => {
        $(impl Nfc for $ty {
            fn nfc(&mut self) {
                $(self.$field.nfc();)+
            }
        })+
    };
}

nfc_fields! {
    Plan => format, province, title, districts, tasks, models, services;
    District => code, name;
    Task => id, title, lead, applies_to;
    Model => id, title, applies_to;
    Service => id, title, applies_to;
    Snapshot => format, district, reported_by, tasks, models, services, security;
    Reporter => name, role, contact;
    TaskEntry => id, note, blocker;
    ModelEntry => id, note;
    ServiceEntry => id, note;
    Security => inspections, trainings, drills;
    Inspection => unit;
    Training => title;
    Drill => title, unit;
}

impl Nfc for super::AppliesTo {
    fn nfc(&mut self) {
        if let super::AppliesTo::Codes(codes) = self {
            codes.nfc();
        }
    }
}

impl Nfc for LocalText {
    fn nfc(&mut self) {
        match self {
            LocalText::Plain(s) => s.nfc(),
            LocalText::Langs(map) => map.iter_mut().for_each(|(tag, text)| {
                tag.nfc();
                text.nfc();
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Nfc;

    #[test]
    fn decomposed_text_is_composed_and_ascii_is_left_alone() {
        let mut s = String::from("Ha\u{323} Long");
        s.nfc();
        assert_eq!(s, "H\u{1ea1} Long");
        let mut a = String::from("Ha Long");
        a.nfc();
        assert_eq!(a, "Ha Long");
    }
}
