//! Text in two languages (spec section 2.1): a plain string, or an object mapping two-letter
//! language tags to the text in that language. The plan's titles and lead agencies use it.
//!
//! Entries keep the order they were written in, because "the first entry" is the last fallback.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::present::Lang;

/// Text meant for people, possibly in several languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalText {
    /// One text, whatever the language.
    Plain(String),
    /// (language tag, text) pairs, in file order.
    Langs(Vec<(String, String)>),
}

/// What may be wrong with one text, for the loader to place and word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextIssue {
    /// `{}`: an object with no entries.
    NoEntries,
    /// The entry for this tag is empty or blank.
    EmptyEntry(String),
    /// A tag that is not two lower-case letters.
    BadTag(String),
    /// A well-formed tag p06 does not show (neither `vi` nor `en`).
    UnshownTag(String),
}

impl Default for LocalText {
    fn default() -> Self {
        LocalText::Plain(String::new())
    }
}

impl From<&str> for LocalText {
    fn from(s: &str) -> Self {
        LocalText::Plain(s.to_owned())
    }
}

impl From<String> for LocalText {
    fn from(s: String) -> Self {
        LocalText::Plain(s)
    }
}

impl LocalText {
    /// The text in `lang`, else in Vietnamese (the plan's own language), else the first entry.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            LocalText::Plain(s) => s,
            LocalText::Langs(entries) => {
                let find = |tag: &str| entries.iter().find(|(t, _)| t == tag).map(|(_, s)| s.as_str());
                find(lang.tag())
                    .or_else(|| find(Lang::Vi.tag()))
                    .or_else(|| entries.first().map(|(_, s)| s.as_str()))
                    .unwrap_or("")
            }
        }
    }

    /// Whether there is no text to show at all (an empty string, or no non-blank entry).
    #[must_use]
    pub fn is_blank(&self) -> bool {
        match self {
            LocalText::Plain(s) => s.trim().is_empty(),
            LocalText::Langs(entries) => entries.iter().all(|(_, s)| s.trim().is_empty()),
        }
    }

    /// Every problem with this text, beyond blankness of a plain string (the caller's rule).
    #[must_use]
    pub fn issues(&self) -> Vec<TextIssue> {
        let LocalText::Langs(entries) = self else {
            return Vec::new();
        };
        if entries.is_empty() {
            return vec![TextIssue::NoEntries];
        }
        let mut out = Vec::new();
        for (tag, text) in entries {
            if !(tag.len() == 2 && tag.bytes().all(|b| b.is_ascii_lowercase())) {
                out.push(TextIssue::BadTag(tag.clone()));
            } else if tag != Lang::Vi.tag() && tag != Lang::En.tag() {
                out.push(TextIssue::UnshownTag(tag.clone()));
            }
            if text.trim().is_empty() {
                out.push(TextIssue::EmptyEntry(tag.clone()));
            }
        }
        out
    }
}

impl Serialize for LocalText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            LocalText::Plain(text) => s.serialize_str(text),
            LocalText::Langs(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (tag, text) in entries {
                    map.serialize_entry(tag, text)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for LocalText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LocalText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a text, or an object of texts by language such as {\"vi\": \"…\", \"en\": \"…\"}",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<LocalText, E> {
                Ok(LocalText::Plain(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<LocalText, E> {
                Ok(LocalText::Plain(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocalText, A::Error> {
                let mut entries: Vec<(String, String)> = Vec::new();
                while let Some((tag, text)) = map.next_entry::<String, String>()? {
                    // The same tag twice: the later one wins, as with the contract's duplicate ids.
                    match entries.iter_mut().find(|(t, _)| *t == tag) {
                        Some(slot) => slot.1 = text,
                        None => entries.push((tag, text)),
                    }
                }
                Ok(LocalText::Langs(entries))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for LocalText {
    fn schema_name() -> Cow<'static, str> {
        "LocalText".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text for people: a string, or an object mapping two-letter language tags (vi, en, …) to the text in that language. p06 shows the interface language, else vi, else the first entry.",
            "oneOf": [
                { "type": "string", "minLength": 1, "pattern": "\\S" },
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": { "pattern": "^[a-z]{2}$" },
                    "additionalProperties": { "type": "string", "minLength": 1, "pattern": "\\S" }
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(json: &str) -> LocalText {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_interface_language_then_vietnamese_then_the_first_entry() {
        let both = t(r#"{"vi": "Sở Tư pháp", "en": "Department of Justice"}"#);
        assert_eq!(both.get(Lang::En), "Department of Justice");
        assert_eq!(both.get(Lang::Vi), "Sở Tư pháp");
        assert_eq!(
            t(r#"{"fr": "Justice", "vi": "Tư pháp"}"#).get(Lang::En),
            "Tư pháp"
        );
        assert_eq!(t(r#"{"fr": "Justice", "de": "Justiz"}"#).get(Lang::Vi), "Justice");
        assert_eq!(t(r#""Plain""#).get(Lang::Vi), "Plain");
        assert!(serde_json::from_str::<LocalText>("3").is_err());
    }

    #[test]
    fn it_writes_back_what_it_read() {
        let text = r#"{"vi":"Một","en":"One"}"#;
        assert_eq!(serde_json::to_string(&t(text)).ok().as_deref(), Some(text));
        assert_eq!(
            serde_json::to_string(&t(r#""x""#)).ok().as_deref(),
            Some(r#""x""#)
        );
    }

    #[test]
    fn empty_objects_empty_entries_and_odd_tags_are_issues() {
        assert_eq!(t("{}").issues(), vec![TextIssue::NoEntries]);
        assert_eq!(
            t(r#"{"vi": " ", "fr": "Justice", "EN": "x"}"#).issues(),
            vec![
                TextIssue::EmptyEntry("vi".into()),
                TextIssue::UnshownTag("fr".into()),
                TextIssue::BadTag("EN".into())
            ]
        );
        assert!(t(r#"{"vi": "a", "en": "b"}"#).issues().is_empty());
        assert!(t("{}").is_blank() && t(r#""  ""#).is_blank() && !t(r#""a""#).is_blank());
    }
}
