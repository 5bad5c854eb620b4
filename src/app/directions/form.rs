//! The direction form: a few text fields, Tab between them, Enter to save, Esc to cancel.
//! Wrong input (an empty text, an impossible date) is said in place and what was typed stays.

use crate::meetings::DirRef;
use crate::model::{Date, Subject};
use crate::present::Lang;
use crate::present::directions as words;

use super::Request;

/// What the form does when saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormKind {
    /// A new direction about `subject` in the meeting of `date`.
    Add { date: Date, subject: Subject },
    /// Change a direction's text, owner and due date.
    Edit(DirRef),
    /// Drop a direction, with its closing note.
    Drop(DirRef),
}

/// Which field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Owner,
    Due,
    Note,
}

/// One field and what has been typed into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub kind: FieldKind,
    pub value: String,
}

/// An open form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// What is wrong, shown in place; the typing is kept.
    pub error: Option<String>,
}

impl Form {
    /// A form for a new direction, owner and due date pre-filled.
    #[must_use]
    pub fn add(date: Date, subject: Subject, owner: String, due: Date) -> Self {
        Self::with(
            FormKind::Add { date, subject },
            &[
                (FieldKind::Text, String::new()),
                (FieldKind::Owner, owner),
                (FieldKind::Due, due.to_string()),
            ],
        )
    }

    /// A form to edit a direction.
    #[must_use]
    pub fn edit(r: DirRef, text: &str, owner: &str, due: Option<Date>) -> Self {
        Self::with(
            FormKind::Edit(r),
            &[
                (FieldKind::Text, text.to_owned()),
                (FieldKind::Owner, owner.to_owned()),
                (FieldKind::Due, due.map(|d| d.to_string()).unwrap_or_default()),
            ],
        )
    }

    /// A form asking for the closing note of a drop.
    #[must_use]
    pub fn drop(r: DirRef) -> Self {
        Self::with(FormKind::Drop(r), &[(FieldKind::Note, String::new())])
    }

    fn with(kind: FormKind, fields: &[(FieldKind, String)]) -> Self {
        Self {
            kind,
            fields: fields
                .iter()
                .map(|(kind, value)| Field {
                    kind: *kind,
                    value: value.clone(),
                })
                .collect(),
            focus: 0,
            error: None,
        }
    }

    pub fn push(&mut self, c: char) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.value.push(c);
        }
        self.error = None;
    }

    pub fn pop(&mut self) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.value.pop();
        }
        self.error = None;
    }

    pub fn next(&mut self, forward: bool) {
        let n = self.fields.len().max(1);
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
    }

    fn value(&self, kind: FieldKind) -> &str {
        self.fields
            .iter()
            .find(|f| f.kind == kind)
            .map_or("", |f| f.value.trim())
    }

    fn fail(&mut self, kind: FieldKind, why: String) -> Option<Request> {
        self.focus = self.fields.iter().position(|f| f.kind == kind).unwrap_or(0);
        self.error = Some(why);
        None
    }

    /// The write the form asks for, or `None` with the error set and focus on the bad field.
    pub fn submit(&mut self, lang: Lang) -> Option<Request> {
        let due = match self.value(FieldKind::Due) {
            "" => None,
            text => match Date::parse(text) {
                Ok(d) => Some(d),
                Err(e) => return self.fail(FieldKind::Due, words::form_bad_date(lang, &e)),
            },
        };
        let (text, owner) = (
            self.value(FieldKind::Text).to_owned(),
            self.value(FieldKind::Owner).to_owned(),
        );
        let needs_text = !matches!(self.kind, FormKind::Drop(_));
        if needs_text && text.is_empty() {
            return self.fail(FieldKind::Text, words::form_empty(lang, FieldKind::Text));
        }
        if needs_text && owner.is_empty() {
            return self.fail(FieldKind::Owner, words::form_empty(lang, FieldKind::Owner));
        }
        match &self.kind {
            FormKind::Add { date, subject } => Some(Request::Add {
                date: *date,
                subject: subject.clone(),
                text,
                owner,
                due,
            }),
            FormKind::Edit(r) => Some(Request::Edit {
                r: *r,
                text,
                owner,
                due,
            }),
            FormKind::Drop(r) => {
                let note = self.value(FieldKind::Note).to_owned();
                if note.is_empty() {
                    return self.fail(FieldKind::Note, words::form_empty(lang, FieldKind::Note));
                }
                Some(Request::Drop(*r, note))
            }
        }
    }
}
