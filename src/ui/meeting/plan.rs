//! Worries (with who shares them and who does not), what is going well, and the bottom
//! lines for safety set by the responsible professional.

use super::edit::{who_choices, who_from_key, who_key, MeetingEdit};
use super::fields::{add_button, first_empty, household, item_readers, remove_button, select_field, text_area};
use crate::i18n::meeting::{numbered, pack_text, section_title, text, PackText, Text};
use crate::i18n::Lang;
use crate::meeting::{
    participant_name, BottomLine, GoingWell, Meeting, MeetingRole, ParticipantId, SectionKind, Who, Worry,
};
use crate::model::{FamilyMap, Sector};
use crate::ui::dom;
use yew::prelude::*;

pub fn worries(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    let on_add = {
        let edit = edit.clone();
        let next = meeting.worries.len();
        Callback::from(move |_: MouseEvent| {
            edit.change(|m| m.worries.push(Worry::default()));
            dom::focus_id(&format!("mt-w{next}-text"));
        })
    };
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-worries-title">
            <h3 id="mt-worries-title">{ section_title(lang, SectionKind::Worries) }</h3>
            <ol class="meeting-items">
                { for meeting.worries.iter().enumerate().map(|(i, w)| worry(lang, edit, meeting, map, i, w)) }
            </ol>
            { add_button(edit, "mt-add-worry", text(lang, Text::AddWorry),
                first_empty(&meeting.worries, |w| &w.text, |i| format!("mt-w{i}-text"), |i| numbered(lang, SectionKind::Worries, i)),
                on_add) }
        </section>
    }
}

fn worry(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap, i: usize, w: &Worry) -> Html {
    let title = numbered(lang, SectionKind::Worries, i);
    let base = format!("mt-w{i}");
    let on_text = edit.on_typing(&format!("{base}-text"), move |m, v| {
        if let Some(w) = m.worries.get_mut(i) {
            w.text = v;
        }
    });
    let options = vec![
        (String::new(), text(lang, Text::NotSaid).to_owned()),
        ("yes".to_owned(), text(lang, Text::Shares).to_owned()),
        ("no".to_owned(), text(lang, Text::DoesNotShare).to_owned()),
    ];
    let share = |p: ParticipantId| {
        let current = if w.shared_by.contains(&p) {
            "yes"
        } else if w.not_shared_by.contains(&p) {
            "no"
        } else {
            ""
        };
        let onchange = edit.on_value(move |m, v| {
            if let Some(w) = m.worries.get_mut(i) {
                w.shared_by.retain(|x| *x != p);
                w.not_shared_by.retain(|x| *x != p);
                match v.as_str() {
                    "yes" => w.shared_by.push(p),
                    "no" => w.not_shared_by.push(p),
                    _ => {}
                }
            }
        });
        (current, onchange)
    };
    html! {
        <li class="meeting-item">
            <h4>{ title.clone() }</h4>
            { text_area(&format!("{base}-text"), text(lang, Text::WorryText), &w.text, on_text, edit.seal()) }
            { item_readers(lang, edit, &base, &w.readers, map, &household(map), move |m, r| {
                if let Some(w) = m.worries.get_mut(i) { w.readers = r; }
            }) }
            if !meeting.participants.is_empty() {
                <fieldset class="shares">
                    <legend>{ text(lang, Text::WhoSharesIt) }</legend>
                    <div class="field-row">
                        { for meeting.participants.iter().map(|p| {
                            let (current, onchange) = share(p.id);
                            select_field(&format!("{base}-share-{}", p.id.0), &participant_name(map, p), &options, current, onchange)
                        }) }
                    </div>
                </fieldset>
            }
            <div class="actions">
                { remove_button(lang, &title, edit.on(move |m: &mut Meeting| { if i < m.worries.len() { m.worries.remove(i); } })) }
            </div>
        </li>
    }
}

pub fn going_well(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    let on_add = {
        let edit = edit.clone();
        let next = meeting.going_well.len();
        Callback::from(move |_: MouseEvent| {
            edit.change(|m| m.going_well.push(GoingWell::default()));
            dom::focus_id(&format!("mt-g{next}"));
        })
    };
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-well-title">
            <h3 id="mt-well-title">{ section_title(lang, SectionKind::GoingWell) }</h3>
            <ol class="meeting-items">
                { for meeting.going_well.iter().enumerate().map(|(i, item)| {
                    let title = numbered(lang, SectionKind::GoingWell, i);
                    let on_text = edit.on_typing(&format!("mt-g{i}"), move |m, v| {
                        if let Some(g) = m.going_well.get_mut(i) { g.text = v; }
                    });
                    html! {
                        <li class="meeting-item">
                            { text_area(&format!("mt-g{i}"), &title, &item.text, on_text, edit.seal()) }
                            { item_readers(lang, edit, &format!("mt-g{i}"), &item.readers, map, &household(map), move |m, r| {
                                if let Some(g) = m.going_well.get_mut(i) { g.readers = r; }
                            }) }
                            <div class="actions">
                                { remove_button(lang, &title, edit.on(move |m: &mut Meeting| { if i < m.going_well.len() { m.going_well.remove(i); } })) }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            { add_button(edit, "mt-add-going-well", text(lang, Text::AddGoingWell),
                first_empty(&meeting.going_well, |g| &g.text, |i| format!("mt-g{i}"), |i| numbered(lang, SectionKind::GoingWell, i)),
                on_add) }
        </section>
    }
}

pub fn bottom_lines(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    let choices: Vec<(String, String)> =
        who_choices(meeting, map).into_iter().map(|(who, name)| (who_key(who), name)).collect();
    let on_add = {
        let edit = edit.clone();
        let next = meeting.bottom_lines.len();
        let default = responsible_professional(meeting, map);
        Callback::from(move |_: MouseEvent| {
            let Some(set_by) = default else { return };
            edit.change(|m| {
                m.bottom_lines.push(BottomLine { text: String::new(), set_by, readers: Default::default() })
            });
            dom::focus_id(&format!("mt-b{next}-text"));
        })
    };
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-bottom-title">
            <h3 id="mt-bottom-title">{ section_title(lang, SectionKind::BottomLines) }</h3>
            <ol class="meeting-items">
                { for meeting.bottom_lines.iter().enumerate().map(|(i, b)| {
                    let title = numbered(lang, SectionKind::BottomLines, i);
                    let base = format!("mt-b{i}");
                    let on_text = edit.on_typing(&format!("{base}-text"), move |m, v| {
                        if let Some(b) = m.bottom_lines.get_mut(i) { b.text = v; }
                    });
                    let on_set_by = edit.on_value(move |m, v| {
                        if let (Some(b), Some(who)) = (m.bottom_lines.get_mut(i), who_from_key(&v)) { b.set_by = who; }
                    });
                    html! {
                        <li class="meeting-item bottom-line">
                            <h4>{ title.clone() }{ " " }<span class="badge">{ text(lang, Text::NonNegotiable) }</span></h4>
                            { text_area(&format!("{base}-text"), text(lang, Text::BottomLineText), &b.text, on_text, edit.seal()) }
                            { select_field(&format!("{base}-set-by"), pack_text(lang, PackText::SetBy), &choices, &who_key(b.set_by), on_set_by) }
                            { item_readers(lang, edit, &base, &b.readers, map, &household(map), move |m, r| {
                                if let Some(b) = m.bottom_lines.get_mut(i) { b.readers = r; }
                            }) }
                            <div class="actions">
                                { remove_button(lang, &title, edit.on(move |m: &mut Meeting| { if i < m.bottom_lines.len() { m.bottom_lines.remove(i); } })) }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            if choices.is_empty() {
                <p class="hint">{ text(lang, Text::NobodyInvited) }</p>
            } else {
                { add_button(edit, "mt-add-bottom-line", text(lang, Text::AddBottomLine),
                    first_empty(&meeting.bottom_lines, |b| &b.text, |i| format!("mt-b{i}-text"), |i| numbered(lang, SectionKind::BottomLines, i)),
                    on_add) }
            }
        </section>
    }
}

/// Bottom lines are set by the responsible professional: the first professional on the
/// invitation list, else the first professional on the map, else anyone.
fn responsible_professional(meeting: &Meeting, map: &FamilyMap) -> Option<Who> {
    let professional_person = |p: &crate::meeting::Participant| {
        p.person.and_then(|id| map.person(id)).is_some_and(|x| x.sector == Sector::Professionals)
    };
    meeting
        .participants
        .iter()
        .find(|p| p.role == MeetingRole::Professional || professional_person(p))
        .map(|p| Who::Participant(p.id))
        .or_else(|| map.persons().into_iter().find(|p| p.sector == Sector::Professionals).map(|p| Who::Person(p.id)))
        .or_else(|| who_choices(meeting, map).into_iter().next().map(|(who, _)| who))
}

/// Danger statements (`goals` false) or safety goals (`goals` true): each in the family's
/// words, with who agrees, and for a goal how long it must be seen.
pub fn statements(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap, goals: bool) -> Html {
    use crate::i18n::review::{text as rt, Text as RT};
    use crate::meeting::Statement;
    fn list(m: &mut Meeting, goals: bool) -> &mut Vec<Statement> {
        if goals {
            &mut m.safety_goals
        } else {
            &mut m.danger_statements
        }
    }
    let (kind, key, items) = if goals {
        (SectionKind::SafetyGoals, "goal", &meeting.safety_goals)
    } else {
        (SectionKind::DangerStatements, "danger", &meeting.danger_statements)
    };
    let on_add = {
        let edit = edit.clone();
        let next = items.len();
        Callback::from(move |_: MouseEvent| {
            edit.change(|m| list(m, goals).push(Statement::default()));
            dom::focus_id(&format!("mt-{key}{next}-text"));
        })
    };
    let options = vec![
        (String::new(), text(lang, Text::NotSaid).to_owned()),
        ("yes".to_owned(), text(lang, Text::Shares).to_owned()),
    ];
    html! {
        <section class="panel meeting-section" aria-labelledby={format!("mt-{key}s-title")}>
            <h3 id={format!("mt-{key}s-title")}>{ section_title(lang, kind) }</h3>
            <ol class="meeting-items">
                { for items.iter().enumerate().map(|(i, s)| {
                    let title = numbered(lang, kind, i);
                    let base = format!("mt-{key}{i}");
                    let on_text = edit.on_typing(&format!("{base}-text"), move |m, v| {
                        if let Some(s) = list(m, goals).get_mut(i) { s.text = v; }
                    });
                    html! {
                        <li class="meeting-item">
                            <h4>{ title.clone() }</h4>
                            { text_area(&format!("{base}-text"), rt(lang, if goals { RT::GoalText } else { RT::DangerText }), &s.text, on_text, edit.seal()) }
                            if goals {
                                { super::fields::text_field(&format!("{base}-long"), rt(lang, RT::HowLong), "text", &s.how_long,
                                    edit.on_typing(&format!("{base}-long"), move |m, v| {
                                        if let Some(s) = list(m, goals).get_mut(i) { s.how_long = v; }
                                    }), edit.seal()) }
                            }
                            { item_readers(lang, edit, &base, &s.readers, map, &household(map), move |m, r| {
                                if let Some(s) = list(m, goals).get_mut(i) { s.readers = r; }
                            }) }
                            if !meeting.participants.is_empty() {
                                <fieldset class="shares">
                                    <legend>{ rt(lang, RT::AgreedBy) }</legend>
                                    <div class="field-row">
                                        { for meeting.participants.iter().map(|p| {
                                            let pid = p.id;
                                            let current = if s.agreed_by.contains(&pid) { "yes" } else { "" };
                                            let onchange = edit.on_value(move |m, v| {
                                                if let Some(s) = list(m, goals).get_mut(i) {
                                                    s.agreed_by.retain(|x| *x != pid);
                                                    if v == "yes" { s.agreed_by.push(pid); }
                                                }
                                            });
                                            select_field(&format!("{base}-agree-{}", pid.0), &participant_name(map, p), &options, current, onchange)
                                        }) }
                                    </div>
                                </fieldset>
                            }
                            <div class="actions">
                                { remove_button(lang, &title, edit.on(move |m: &mut Meeting| {
                                    let l = list(m, goals);
                                    if i < l.len() { l.remove(i); }
                                })) }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            { add_button(edit, &format!("mt-add-{key}"), rt(lang, if goals { RT::AddGoal } else { RT::AddDanger }),
                first_empty(items, |s| &s.text, |i| format!("mt-{key}{i}-text"), |i| numbered(lang, kind, i)),
                on_add) }
        </section>
    }
}
