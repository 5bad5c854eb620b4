//! How the console's actions change the directions state: opening the form on the selected
//! row with its owner and due date pre-filled, the form's typing, and turning a submitted form
//! or a key on a direction into a [`Request`] for the event loop. No I/O.

use crate::meetings::clock::add_months;
use crate::model::{Area, DirectionState, Subject, SubjectArea};
use crate::present::directions as words;

use super::super::detail::{Detail, Target};
use super::super::{Action, App, Panel, rows};
use super::{Form, Request};

impl App {
    /// The directions' share of [`App::update`].
    pub(in crate::app) fn direct(&mut self, action: Action) {
        let lang = self.look.lang;
        match action {
            Action::AddDirection => self.open_form(),
            Action::FormPush(c) => self.with_form(|f| f.push(c)),
            Action::FormPop => self.with_form(Form::pop),
            Action::FormNext => self.with_form(|f| f.next(true)),
            Action::FormPrev => self.with_form(|f| f.next(false)),
            Action::FormCancel => self.directions.form = None,
            Action::FormSubmit => {
                let request = self.directions.form.as_mut().and_then(|f| f.submit(lang));
                if let Some(request) = request {
                    self.directions.form = None;
                    self.ask(request);
                }
            }
            Action::DirEdit => {
                if let Some((r, d)) = self.selected_direction() {
                    self.directions.form = Some(Form::edit(r, &d.text, &d.owner, d.due));
                }
            }
            Action::DirDrop => {
                if let Some((r, d)) = self.selected_direction() {
                    if d.state == DirectionState::Open {
                        self.directions.form = Some(Form::drop(r));
                    }
                }
            }
            Action::DirDone => {
                if let Some((r, _)) = self.selected_direction() {
                    self.ask(Request::Done(r));
                }
            }
            Action::DirReopen => {
                if let Some((r, _)) = self.selected_direction() {
                    self.ask(Request::Reopen(r));
                }
            }
            Action::Saved(result) => {
                self.live.notice = Some(match &result {
                    Ok(m) | Err(m) => m.clone(),
                });
                self.directions.status = Some(result);
                self.directions.generation += 1;
            }
            _ => {}
        }
    }

    fn with_form(&mut self, f: impl FnOnce(&mut Form)) {
        if let Some(form) = &mut self.directions.form {
            f(form);
        }
    }

    fn ask(&mut self, request: Request) {
        self.directions.pending = Some(request);
        let saving = words::saving(self.look.lang).to_owned();
        self.live.notice = Some(saving.clone());
        self.directions.status = Some(Ok(saving));
    }

    /// The selected direction of the Directions panel, cloned out of the book.
    fn selected_direction(&self) -> Option<(crate::meetings::DirRef, crate::model::Direction)> {
        if self.panel != Panel::Directions {
            return None;
        }
        let rows = self.directions.rows(&self.review.ds, self.review.review);
        let row = rows.get(self.directions.selected)?;
        Some((row.reference, row.direction.clone()))
    }

    pub(in crate::app) fn step_direction(&mut self, delta: isize) {
        let n = self.directions.rows(&self.review.ds, self.review.review).len();
        let at = self.directions.selected.saturating_add_signed(delta);
        self.directions.selected = at.min(n.saturating_sub(1));
    }

    /// Enter on a direction opens its subject's detail (an item or a district).
    pub(in crate::app) fn open_direction(&mut self) {
        let Some((_, d)) = self.selected_direction() else {
            return;
        };
        let cat = &self.review.ds.catalogue;
        let target = match (
            d.subject.area.item_area(),
            d.subject.id.as_deref(),
            d.subject.district.as_deref(),
        ) {
            (Some(area), Some(id), _) => cat.item_index(area, id).map(|i| Target::Item(area, i)),
            (None, _, Some(code)) => cat.district_index(code).map(Target::District),
            _ => None,
        };
        if let Some(target) = target {
            self.detail = Some(Detail { target, scroll: 0 });
        }
    }

    /// What `a` gives a direction about: the detail's subject, else the selected row's item or
    /// district; on the Overview, the Directions panel and rows of neither, a general one.
    fn subject_here(&self) -> Target {
        if let Some(d) = self.detail {
            return d.target;
        }
        if matches!(self.panel, Panel::Overview | Panel::Directions) {
            return Target::Problem(usize::MAX);
        }
        self.table()
            .and_then(|t| t.selected_row().and_then(|r| rows::target(t.id, &self.review, r)))
            .unwrap_or(Target::Problem(usize::MAX))
    }

    fn open_form(&mut self) {
        let Some(date) = self.directions.date else { return };
        let cat = &self.review.ds.catalogue;
        let plan = &cat.plan;
        let lang = self.look.lang;
        let (subject, owner) = match self.subject_here() {
            Target::Item(area, i) => {
                let owner = match area {
                    Area::Task => plan
                        .tasks
                        .get(i)
                        .and_then(|t| t.lead.as_ref())
                        .map(|l| l.get(lang).to_owned()),
                    _ => None,
                };
                let subject = Subject {
                    area: area.into(),
                    id: Some(cat.item_id(area, i).to_owned()),
                    district: None,
                };
                (subject, owner.unwrap_or_default())
            }
            Target::District(d) => {
                let district = plan.districts.get(d);
                let subject = Subject {
                    area: SubjectArea::District,
                    id: None,
                    district: district.map(|x| x.code.clone()),
                };
                (subject, district.map(|x| x.name.clone()).unwrap_or_default())
            }
            Target::Event(_) | Target::Problem(_) => (
                Subject {
                    area: SubjectArea::General,
                    id: None,
                    district: None,
                },
                String::new(),
            ),
        };
        self.directions.form = Some(Form::add(date, subject, owner, add_months(date, 1)));
    }
}
