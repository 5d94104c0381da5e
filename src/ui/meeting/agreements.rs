//! Agreements: who (on the map) does what, for whom, from and by when, how we know; the
//! ties they belong to; and the support they put on the map. One button puts that support
//! on the map as a single undoable step.

use super::edit::{person_from_key, who_from_key, who_key, MeetingEdit};
use super::fields::{checkbox, remove_button, select_field, text_area, text_field, PickSet};
use crate::i18n::meeting::{numbered, pack_text, section_title, text, tie_choice, ties_applied, PackText, Text};
use crate::i18n::review::{kept_name, repeat_name, status_name, text as rt, Text as RT};
use crate::i18n::{t, Key, Lang};
use crate::meeting::{
    participant_name, Agreement, AgreementOutcome, AgreementStatus, Kept, Meeting, Repeat, SectionKind, TieSuggestion,
    Who,
};
use crate::model::{Edit, FamilyMap, PersonId, SupportType, TieId};
use crate::ui::dom;
use crate::ui::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AgreementsProps {
    pub edit: MeetingEdit,
}

#[component]
pub fn Agreements(props: &AgreementsProps) -> Html {
    let edit = &props.edit;
    let lang = edit.state.lang;
    // What the last press of "put the support on the map" did, for the status line.
    let applied = use_state(|| None::<usize>);
    let Some(meeting) = edit.current() else { return html! {} };
    let Some(map) = edit.state.map() else { return html! {} };
    let persons: Vec<(String, String)> = map.persons().iter().map(|p| (p.id.0.to_string(), p.name.clone())).collect();
    let pending = meeting.agreements.iter().filter(|a| a.strengthens.is_some()).count();

    let on_add = {
        let edit = edit.clone();
        let next = meeting.agreements.len();
        // The first person on the invitation list is the likeliest to take something on.
        let who = meeting
            .participants
            .iter()
            .find_map(|p| p.person.filter(|id| map.contains_person(*id)))
            .or_else(|| map.persons().first().map(|p| p.id));
        Callback::from(move |_: MouseEvent| {
            let Some(who) = who else { return };
            edit.change(|m| m.agreements.push(Agreement::new(who, "")));
            dom::focus_id(&format!("mt-a{next}-what"));
        })
    };
    let on_apply = {
        let edit = edit.clone();
        let applied = applied.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(meeting) = edit.current() else { return };
            let Some((step, count)) = edit.state.map().and_then(|map| support_step(&map, &meeting)) else {
                applied.set(Some(0));
                return;
            };
            edit.on_action.emit(Action::Apply(step));
            applied.set(Some(count));
        })
    };
    let owners = owner_choices(&meeting, &map);
    let review = meeting.follows.is_some();
    let items: Vec<Html> = meeting
        .agreements
        .iter()
        .enumerate()
        .map(|(i, a)| agreement(lang, edit, &map, &persons, &owners, review, i, a))
        .collect();
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-agreements-title">
            <h3 id="mt-agreements-title">{ section_title(lang, SectionKind::Agreements) }</h3>
            <ol class="meeting-items">{ for items }</ol>
            if persons.is_empty() {
                <p class="hint">{ t(lang, Key::NoPersonsYet) }</p>
            } else {
                { super::fields::add_button(edit, "mt-add-agreement", text(lang, Text::AddAgreement),
                    super::fields::first_empty(&meeting.agreements, |a| &a.what, |i| format!("mt-a{i}-what"),
                        |i| crate::i18n::meeting::numbered(lang, SectionKind::Agreements, i)),
                    on_add) }
            }
            <div class="apply-ties">
                <button id="mt-apply-ties" type="button" class="primary" onclick={on_apply} disabled={pending == 0}
                    aria-describedby="mt-apply-help">{ text(lang, Text::ApplyTies) }</button>
                <p id="mt-apply-help" class="hint">{ text(lang, Text::ApplyTiesHelp) }</p>
                <p class="status" role="status">
                    { match *applied {
                        Some(0) => text(lang, Text::NothingToApply).to_owned(),
                        Some(n) => ties_applied(lang, n),
                        None => String::new(),
                    } }
                </p>
            </div>
        </section>
    }
}

/// The support every agreement asks for, as one step: the tie edits (worked out one after
/// the other, as `Meeting::tie_edits` does, so two agreements about the same pair build
/// on each other), and the meeting with each agreement now linked to its tie instead of
/// still asking for it, so pressing again does not strengthen the same tie twice.
fn support_step(map: &FamilyMap, meeting: &Meeting) -> Option<(Edit, usize)> {
    let mut scratch = map.clone();
    let mut edits = Vec::new();
    let mut updated = meeting.clone();
    for agreement in &mut updated.agreements {
        let Some(suggestion) = &agreement.strengthens else { continue };
        let Some(edit) = suggestion.edit(&scratch) else { continue };
        let tie = match &edit {
            Edit::AddTie { tie } | Edit::UpdateTie { tie } => tie.id,
            _ => continue,
        };
        if scratch.apply(edit.clone()).is_ok() {
            edits.push(edit);
            if !agreement.ties.contains(&tie) {
                agreement.ties.push(tie);
            }
            agreement.strengthens = None;
        }
    }
    let count = edits.len();
    if count == 0 {
        return None;
    }
    edits.push(Edit::SetMeeting { id: meeting.id, meeting: Some(updated) });
    Some((Edit::Batch { edits }, count))
}

/// Who can take on an agreement: everyone on the map, and everyone on the invitation list
/// who is not on it (an expert-by-experience).
fn owner_choices(meeting: &Meeting, map: &FamilyMap) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        map.persons().iter().map(|p| (who_key(Who::Person(p.id)), p.name.clone())).collect();
    for p in meeting.participants.iter().filter(|p| p.person.is_none_or(|id| !map.contains_person(id))) {
        out.push((who_key(Who::Participant(p.id)), participant_name(map, p)));
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn agreement(
    lang: Lang,
    edit: &MeetingEdit,
    map: &FamilyMap,
    persons: &[(String, String)],
    owners: &[(String, String)],
    review: bool,
    i: usize,
    a: &Agreement,
) -> Html {
    let title = numbered(lang, SectionKind::Agreements, i);
    let base = format!("mt-a{i}");
    let owner = a.owner_person();
    let about: Vec<PersonId> = owner.into_iter().chain(a.for_whom.iter().copied()).collect();
    let on_who = edit.on_value(move |m, v| {
        if let (Some(a), Some(who)) = (m.agreements.get_mut(i), who_from_key(&v)) {
            a.who = who;
            match (who, &mut a.strengthens) {
                (Who::Person(id), Some(s)) => {
                    s.from = id;
                    s.existing = None;
                }
                // Only someone on the map can have a tie on it.
                (Who::Participant(_), s) => *s = None,
                _ => {}
            }
        }
    });
    let typing = |field: &str, change: fn(&mut Agreement, String)| {
        edit.on_typing(&format!("{base}-{field}"), move |m, v| {
            if let Some(a) = m.agreements.get_mut(i) {
                change(a, v);
            }
        })
    };
    let picked_for: Vec<String> = a.for_whom.iter().map(|p| p.0.to_string()).collect();
    let tie_choices: Vec<(String, String)> = map
        .ties()
        .into_iter()
        .filter(|tie| owner.is_some_and(|o| tie.touches(o)) || a.ties.contains(&tie.id))
        .map(|tie| {
            let name = |id: PersonId| map.person(id).map(|p| p.name.clone()).unwrap_or_default();
            (tie.id.0.to_string(), tie_choice(lang, &name(tie.from), &name(tie.to), tie.mutual, tie.kind))
        })
        .collect();
    let picked_ties: Vec<String> = a.ties.iter().map(|t| t.0.to_string()).collect();
    let on_remove = edit.on(move |m: &mut Meeting| {
        if i < m.agreements.len() {
            m.agreements.remove(i);
        }
    });
    html! {
        <li class="meeting-item agreement">
            <h4>{ title.clone() }</h4>
            { select_field(&format!("{base}-who"), text(lang, Text::AgreementWho), owners, &who_key(a.who), on_who) }
            { PickSet {
                lang,
                id: &format!("{base}-also"),
                label: rt(lang, RT::Also),
                choices: &owners.iter().filter(|(k, _)| *k != who_key(a.who)).cloned().collect::<Vec<_>>(),
                picked: &a.also.iter().map(|w| who_key(*w)).collect::<Vec<_>>(),
                on_add: also_change(edit, i, true),
                on_remove: also_change(edit, i, false),
            }.view() }
            { text_field(&format!("{base}-org"), rt(lang, RT::Organisation), "text", &a.organisation, typing("org", |a, v| a.organisation = v), edit.seal()) }
            { text_area(&format!("{base}-what"), text(lang, Text::AgreementWhat), &a.what, typing("what", |a, v| a.what = v), edit.seal()) }
            { text_area(&format!("{base}-child"), rt(lang, RT::ChildWords), &a.child_words, typing("child", |a, v| a.child_words = v), edit.seal()) }
            { PickSet {
                lang,
                id: &format!("{base}-for"),
                label: pack_text(lang, PackText::ForWhom),
                choices: persons,
                picked: &picked_for,
                on_add: person_list_change(edit, i, true),
                on_remove: person_list_change(edit, i, false),
            }.view() }
            <div class="field-row">
                { text_field(&format!("{base}-from"), pack_text(lang, PackText::From), "date", &a.from, typing("from", |a, v| a.from = v), edit.seal()) }
                { text_field(&format!("{base}-by"), pack_text(lang, PackText::By), "date", &a.by, typing("by", |a, v| a.by = v), edit.seal()) }
                { select_field(&format!("{base}-repeat"), rt(lang, RT::Repeat), &repeat_options(lang),
                    &a.repeat.map(|r| format!("{r:?}")).unwrap_or_default(),
                    edit.on_value(move |m, v| {
                        if let Some(a) = m.agreements.get_mut(i) { a.repeat = Repeat::ALL.into_iter().find(|r| format!("{r:?}") == v); }
                    })) }
                { select_field(&format!("{base}-status"), rt(lang, RT::Status),
                    &AgreementStatus::ALL.iter().map(|s| (format!("{s:?}"), status_name(lang, *s).to_owned())).collect::<Vec<_>>(),
                    &format!("{:?}", a.status),
                    edit.on_value(move |m, v| {
                        if let (Some(a), Some(s)) = (m.agreements.get_mut(i), AgreementStatus::ALL.into_iter().find(|s| format!("{s:?}") == v)) { a.status = s; }
                    })) }
            </div>
            { text_area(&format!("{base}-how"), pack_text(lang, PackText::HowWeKnow), &a.how_we_know, typing("how", |a, v| a.how_we_know = v), edit.seal()) }
            { super::fields::item_readers(lang, edit, &base, &a.readers, map, &about, move |m, r| {
                if let Some(a) = m.agreements.get_mut(i) { a.readers = r; }
            }) }
            if !tie_choices.is_empty() {
                { PickSet {
                    lang,
                    id: &format!("{base}-ties"),
                    label: pack_text(lang, PackText::LinkedTies),
                    choices: &tie_choices,
                    picked: &picked_ties,
                    on_add: tie_list_change(edit, i, true),
                    on_remove: tie_list_change(edit, i, false),
                }.view() }
            }
            if owner.is_some() { { support(lang, edit, persons, i, a) } }
            if review || a.outcome.is_some() { { outcome(lang, edit, map, owners, i, a) } }
            <div class="actions">{ remove_button(lang, &title, on_remove) }</div>
        </li>
    }
}

fn repeat_options(lang: Lang) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), rt(lang, RT::NoRepeat).to_owned())];
    out.extend(Repeat::ALL.iter().map(|r| (format!("{r:?}"), repeat_name(lang, *r).to_owned())));
    out
}

fn also_change(edit: &MeetingEdit, i: usize, add: bool) -> Callback<String> {
    let edit = edit.clone();
    Callback::from(move |value: String| {
        let Some(who) = who_from_key(&value) else { return };
        edit.change(|m| {
            if let Some(a) = m.agreements.get_mut(i) {
                a.also.retain(|w| *w != who);
                if add && a.who != who {
                    a.also.push(who);
                }
            }
        });
    })
}

/// How it went, at the review: done, partly or not, what happened, who filled it in, and
/// who may read it.
fn outcome(
    lang: Lang,
    edit: &MeetingEdit,
    map: &FamilyMap,
    owners: &[(String, String)],
    i: usize,
    a: &Agreement,
) -> Html {
    let base = format!("mt-a{i}-out");
    let mut results = vec![(String::new(), rt(lang, RT::NoOutcomeYet).to_owned())];
    results.extend(Kept::ALL.iter().map(|k| (format!("{k:?}"), kept_name(lang, *k).to_owned())));
    let mut recorders = vec![(String::new(), text(lang, Text::Choose).to_owned())];
    recorders.extend(owners.iter().cloned());
    let on_result = edit.on_value(move |m, v| {
        let Some(a) = m.agreements.get_mut(i) else { return };
        match Kept::ALL.into_iter().find(|k| format!("{k:?}") == v) {
            Some(result) => match &mut a.outcome {
                Some(o) => o.result = result,
                None => {
                    a.outcome = Some(AgreementOutcome {
                        result,
                        what_happened: String::new(),
                        recorded_by: None,
                        readers: a.readers.clone(),
                    })
                }
            },
            None => a.outcome = None,
        }
    });
    let about: Vec<PersonId> = a.owner_person().into_iter().chain(a.for_whom.iter().copied()).collect();
    html! {
        <fieldset class="outcome">
            <legend>{ rt(lang, RT::Outcome) }</legend>
            { select_field(&format!("{base}-result"), rt(lang, RT::Outcome), &results,
                &a.outcome.as_ref().map(|o| format!("{:?}", o.result)).unwrap_or_default(), on_result) }
            if let Some(o) = &a.outcome {
                { text_area(&format!("{base}-what"), rt(lang, RT::WhatHappened), &o.what_happened,
                    edit.on_typing(&format!("{base}-what"), move |m, v| {
                        if let Some(o) = m.agreements.get_mut(i).and_then(|a| a.outcome.as_mut()) { o.what_happened = v; }
                    }), edit.seal()) }
                { select_field(&format!("{base}-by"), rt(lang, RT::RecordedBy), &recorders,
                    &o.recorded_by.map(who_key).unwrap_or_default(),
                    edit.on_value(move |m, v| {
                        if let Some(o) = m.agreements.get_mut(i).and_then(|a| a.outcome.as_mut()) { o.recorded_by = who_from_key(&v); }
                    })) }
                { super::fields::item_readers(lang, edit, &base, &o.readers, map, &about, move |m, r| {
                    if let Some(o) = m.agreements.get_mut(i).and_then(|a| a.outcome.as_mut()) { o.readers = r; }
                }) }
            }
        </fieldset>
    }
}

fn person_list_change(edit: &MeetingEdit, i: usize, add: bool) -> Callback<String> {
    let edit = edit.clone();
    Callback::from(move |value: String| {
        let Some(person) = person_from_key(&value) else { return };
        edit.change(|m| {
            if let Some(a) = m.agreements.get_mut(i) {
                a.for_whom.retain(|p| *p != person);
                if add {
                    a.for_whom.push(person);
                }
            }
        });
    })
}

fn tie_list_change(edit: &MeetingEdit, i: usize, add: bool) -> Callback<String> {
    let edit = edit.clone();
    Callback::from(move |value: String| {
        let Some(tie) = value.parse::<u32>().ok().map(TieId) else { return };
        edit.change(|m| {
            if let Some(a) = m.agreements.get_mut(i) {
                a.ties.retain(|t| *t != tie);
                if add {
                    a.ties.push(tie);
                }
            }
        });
    })
}

/// "This agreement puts support on the map": for whom, and what kind of support.
fn support(lang: Lang, edit: &MeetingEdit, persons: &[(String, String)], i: usize, a: &Agreement) -> Html {
    let base = format!("mt-a{i}");
    let Some(owner) = a.owner_person() else { return html! {} };
    let others: Vec<(String, String)> = persons.iter().filter(|(id, _)| *id != owner.0.to_string()).cloned().collect();
    let first_other = others.first().and_then(|(id, _)| person_from_key(id));
    let on_toggle = edit.on(move |m: &mut Meeting| {
        if let Some(a) = m.agreements.get_mut(i) {
            let Some(owner) = a.owner_person() else { return };
            a.strengthens = match a.strengthens {
                Some(_) => None,
                None => {
                    // Support for the first person it is for, else for anyone but the giver.
                    let to = a.for_whom.iter().copied().find(|p| *p != owner).or(first_other).unwrap_or(owner);
                    Some(TieSuggestion { from: owner, to, support: Default::default(), existing: None })
                }
            };
        }
    });
    html! {
        <div class="adds-support">
            <div class="checks">
                { checkbox(&format!("{base}-adds"), text(lang, Text::AddsSupport), a.strengthens.is_some(), on_toggle) }
            </div>
            if let Some(s) = &a.strengthens {
                { select_field(&format!("{base}-support-to"), text(lang, Text::SupportFor), &others, &s.to.0.to_string(),
                    edit.on_value(move |m, v| {
                        if let (Some(s), Some(to)) = (m.agreements.get_mut(i).and_then(|a| a.strengthens.as_mut()), person_from_key(&v)) {
                            s.to = to;
                            s.existing = None;
                        }
                    })) }
                <fieldset class="checks">
                    <legend>{ text(lang, Text::SupportKinds) }</legend>
                    { for SupportType::ALL.iter().map(|&kind| {
                        let onchange = edit.on(move |m: &mut Meeting| {
                            if let Some(s) = m.agreements.get_mut(i).and_then(|a| a.strengthens.as_mut()) {
                                if !s.support.remove(&kind) {
                                    s.support.insert(kind);
                                }
                            }
                        });
                        checkbox(&format!("{base}-support-{kind:?}"), t(lang, Key::SupportTypeName(kind)), s.support.contains(&kind), onchange)
                    }) }
                </fieldset>
            }
        </div>
    }
}
