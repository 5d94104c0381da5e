//! Keeping the plan alive: red flags and who calls whom, "how safe is it now?" per
//! participant, who keeps an eye on the plan and when it is reviewed, and the children's
//! own words.

use super::edit::{person_from_key, who_choices, who_from_key, who_key, MeetingEdit};
use super::fields::{household, item_readers, remove_button, select_field, text_area, text_field};
use crate::i18n::meeting::{numbered, pack_text, section_title, text, PackText, Text};
use crate::i18n::Lang;
use crate::meeting::{participant_name, ChildVoice, Meeting, RedFlag, RedFlagStep, ScaleScore, SectionKind};
use crate::model::FamilyMap;
use crate::ui::dom;
use yew::prelude::*;

pub fn red_flags(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    let choices: Vec<(String, String)> =
        who_choices(meeting, map).into_iter().map(|(who, name)| (who_key(who), name)).collect();
    let mut calls_choices = vec![(String::new(), text(lang, Text::Nobody).to_owned())];
    calls_choices.extend(choices.iter().cloned());
    let first = who_choices(meeting, map).into_iter().next().map(|(who, _)| who);
    let on_add = {
        let edit = edit.clone();
        let next = meeting.red_flags.len();
        Callback::from(move |_: MouseEvent| {
            edit.change(|m| m.red_flags.push(RedFlag::default()));
            dom::focus_id(&format!("mt-r{next}-sign"));
        })
    };
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-flags-title">
            <h3 id="mt-flags-title">{ section_title(lang, SectionKind::RedFlags) }</h3>
            <ol class="meeting-items">
                { for meeting.red_flags.iter().enumerate().map(|(i, flag)| {
                    let title = numbered(lang, SectionKind::RedFlags, i);
                    let base = format!("mt-r{i}");
                    let on_sign = edit.on_typing(&format!("{base}-sign"), move |m, v| {
                        if let Some(f) = m.red_flags.get_mut(i) { f.sign = v; }
                    });
                    let steps = flag.steps.len();
                    let on_add_step = {
                        let edit = edit.clone();
                        Callback::from(move |_: MouseEvent| {
                            let Some(who) = first else { return };
                            edit.change(|m| {
                                if let Some(f) = m.red_flags.get_mut(i) {
                                    f.steps.push(RedFlagStep { who, does: String::new(), calls: None });
                                }
                            });
                            dom::focus_id(&format!("mt-r{i}-s{steps}-who"));
                        })
                    };
                    html! {
                        <li class="meeting-item">
                            <h4>{ title.clone() }</h4>
                            { text_area(&format!("{base}-sign"), text(lang, Text::RedFlagSign), &flag.sign, on_sign, edit.seal()) }
                            { item_readers(lang, edit, &base, &flag.readers, map, &household(map), move |m, r| {
                                if let Some(f) = m.red_flags.get_mut(i) { f.readers = r; }
                            }) }
                            <ul class="steps">
                                { for flag.steps.iter().enumerate().map(|(j, step)| {
                                    let sid = format!("{base}-s{j}");
                                    let step_title = format!("{title}, {} {}", text(lang, Text::StepWho).to_lowercase(), j + 1);
                                    html! {
                                        <li class="step">
                                            <div class="field-row">
                                                { select_field(&format!("{sid}-who"), text(lang, Text::StepWho), &choices, &who_key(step.who),
                                                    edit.on_value(move |m, v| {
                                                        if let (Some(s), Some(who)) = (step_mut(m, i, j), who_from_key(&v)) { s.who = who; }
                                                    })) }
                                                { text_field(&format!("{sid}-does"), pack_text(lang, PackText::Does), "text", &step.does,
                                                    edit.on_typing(&format!("{sid}-does"), move |m, v| {
                                                        if let Some(s) = step_mut(m, i, j) { s.does = v; }
                                                    }), edit.seal()) }
                                                { select_field(&format!("{sid}-calls"), pack_text(lang, PackText::Calls), &calls_choices,
                                                    &step.calls.map(who_key).unwrap_or_default(),
                                                    edit.on_value(move |m, v| {
                                                        if let Some(s) = step_mut(m, i, j) { s.calls = who_from_key(&v); }
                                                    })) }
                                            </div>
                                            { remove_button(lang, &step_title, edit.on(move |m: &mut Meeting| {
                                                if let Some(f) = m.red_flags.get_mut(i) { if j < f.steps.len() { f.steps.remove(j); } }
                                            })) }
                                        </li>
                                    }
                                }) }
                            </ul>
                            <div class="actions">
                                if first.is_some() {
                                    { super::fields::add_button_named(edit, &format!("{base}-add-step"), text(lang, Text::AddStep),
                                        Some(format!("{}: {title}", text(lang, Text::AddStep))),
                                        super::fields::first_empty(&flag.steps, |s| &s.does, |j| format!("{base}-s{j}-does"),
                                            |j| crate::i18n::review::step_title(lang, &title, j + 1)),
                                        on_add_step) }
                                }
                                { remove_button(lang, &title, edit.on(move |m: &mut Meeting| { if i < m.red_flags.len() { m.red_flags.remove(i); } })) }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            { super::fields::add_button(edit, "mt-add-red-flag", text(lang, Text::AddRedFlag),
                super::fields::first_empty(&meeting.red_flags, |f| &f.sign, |i| format!("mt-r{i}-sign"),
                    |i| numbered(lang, SectionKind::RedFlags, i)),
                on_add) }
        </section>
    }
}

fn step_mut(m: &mut Meeting, flag: usize, step: usize) -> Option<&mut RedFlagStep> {
    m.red_flags.get_mut(flag).and_then(|f| f.steps.get_mut(step))
}

pub fn scales(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    use crate::i18n::review::{child_own_score, text as rt, trend_text, Text as RT};
    let mut options = vec![(String::new(), text(lang, Text::NotAsked).to_owned())];
    options.extend((0..=ScaleScore::MAX).map(|n| (n.to_string(), n.to_string())));
    let trends = crate::meeting::scale_trends(map, map.meetings(), meeting);
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-scales-title">
            <h3 id="mt-scales-title">{ section_title(lang, SectionKind::Scales) }</h3>
            <p class="hint">{ text(lang, Text::ScalesHelp) }</p>
            <div class="field-row">
                { text_field("mt-scale-zero", rt(lang, RT::ScaleZero), "text", &meeting.scale_anchors.zero,
                    edit.on_typing("scale-zero", |m, v| m.scale_anchors.zero = v), edit.seal()) }
                { text_field("mt-scale-ten", rt(lang, RT::ScaleTen), "text", &meeting.scale_anchors.ten,
                    edit.on_typing("scale-ten", |m, v| m.scale_anchors.ten = v), edit.seal()) }
            </div>
            { item_readers(lang, edit, "mt-scale-anchors", &meeting.scale_anchors.readers, map, &household(map),
                |m, r| m.scale_anchors.readers = r) }
            if meeting.participants.is_empty() {
                <p class="empty">{ text(lang, Text::NobodyInvited) }</p>
            }
            <ol class="meeting-items scales">
                { for meeting.participants.iter().map(|p| {
                    let id = p.id;
                    let name = participant_name(map, p);
                    let own = meeting.scales.iter().find(|s| s.participant == id);
                    let current = own.map(|s| s.score.to_string()).unwrap_or_default();
                    let onchange = edit.on_value(move |m, v| {
                        let kept = m.scales.iter().find(|s| s.participant == id).cloned();
                        m.scales.retain(|s| s.participant != id);
                        if let Ok(score) = v.parse::<u8>() {
                            let mut new = ScaleScore::new(id, score);
                            if let Some(k) = kept {
                                (new.why, new.one_higher, new.readers) = (k.why, k.one_higher, k.readers);
                            }
                            m.scales.push(new);
                        }
                    });
                    let trend = trends.iter().find(|t| t.participant == id);
                    html! {
                        <li class="meeting-item scale">
                            <div class="field-row">
                                { select_field(&format!("mt-scale-{}", id.0), &name, &options, &current, onchange) }
                                if let Some(t) = trend.filter(|t| t.points.len() > 1 || own.is_none()) {
                                    <p class="trend-line">
                                        { super::trend::trend_svg(&t.points) }
                                        <span>{ format!("{}: {}", rt(lang, RT::Trend), trend_text(lang, &t.points, t.direction)) }</span>
                                    </p>
                                }
                                if trend.is_some_and(|t| t.child) { <p class="hint">{ child_own_score(lang) }</p> }
                            </div>
                            if own.is_some() {
                                <div class="field-row">
                                    { text_field(&format!("mt-scale-{}-why", id.0), rt(lang, RT::Why), "text",
                                        own.map(|s| s.why.as_str()).unwrap_or_default(),
                                        edit.on_typing(&format!("scale-{}-why", id.0), move |m, v| {
                                            if let Some(s) = m.scales.iter_mut().find(|s| s.participant == id) { s.why = v; }
                                        }), edit.seal()) }
                                    { text_field(&format!("mt-scale-{}-up", id.0), rt(lang, RT::OneHigher), "text",
                                        own.map(|s| s.one_higher.as_str()).unwrap_or_default(),
                                        edit.on_typing(&format!("scale-{}-up", id.0), move |m, v| {
                                            if let Some(s) = m.scales.iter_mut().find(|s| s.participant == id) { s.one_higher = v; }
                                        }), edit.seal()) }
                                </div>
                                { item_readers(lang, edit, &format!("mt-scale-{}", id.0), own.map(|s| &s.readers).unwrap_or(&Default::default()),
                                    map, &p.person.into_iter().collect::<Vec<_>>(), move |m, r| {
                                        if let Some(s) = m.scales.iter_mut().find(|s| s.participant == id) { s.readers = r; }
                                    }) }
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

pub fn monitoring(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    let mut keepers = vec![(String::new(), text(lang, Text::Choose).to_owned())];
    keepers.extend(who_choices(meeting, map).into_iter().map(|(who, name)| (who_key(who), name)));
    let m = &meeting.monitoring;
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-monitoring-title">
            <h3 id="mt-monitoring-title">{ section_title(lang, SectionKind::Monitoring) }</h3>
            <div class="field-row">
                { select_field("mt-keeper", pack_text(lang, PackText::Keeper), &keepers, &m.keeper.map(who_key).unwrap_or_default(),
                    edit.on_value(|m, v| m.monitoring.keeper = who_from_key(&v))) }
                { text_field("mt-review", pack_text(lang, PackText::ReviewDate), "date", &m.review_date,
                    edit.on_typing("review", |m, v| m.monitoring.review_date = v), edit.seal()) }
            </div>
            { text_area("mt-if-not-kept", pack_text(lang, PackText::IfNotKept), &m.if_not_kept,
                edit.on_typing("if-not-kept", |m, v| m.monitoring.if_not_kept = v), edit.seal()) }
            { item_readers(lang, edit, "mt-monitoring", &m.readers, map, &household(map),
                |m, r| m.monitoring.readers = r) }
            <p class="hint">{ crate::i18n::readers::text(lang, crate::i18n::readers::Text::MonitoringReadersHelp) }</p>
        </section>
    }
}

pub fn child_voice(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    let children: Vec<(String, String)> = map
        .persons()
        .into_iter()
        .filter(|p| super::is_young(p))
        .map(|p| (p.id.0.to_string(), p.name.clone()))
        .collect();
    let first = children.first().and_then(|(id, _)| person_from_key(id));
    let on_add = {
        let edit = edit.clone();
        let next = meeting.child_voice.len();
        Callback::from(move |_: MouseEvent| {
            let Some(child) = first else { return };
            edit.change(|m| {
                m.child_voice.push(ChildVoice { child, words: String::new(), readers: Default::default() })
            });
            dom::focus_id(&format!("mt-v{next}-words"));
        })
    };
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-voice-title">
            <h3 id="mt-voice-title">{ section_title(lang, SectionKind::ChildVoice) }</h3>
            <ol class="meeting-items">
                { for meeting.child_voice.iter().enumerate().map(|(i, v)| {
                    let title = numbered(lang, SectionKind::ChildVoice, i);
                    let base = format!("mt-v{i}");
                    html! {
                        <li class="meeting-item">
                            <h4>{ title.clone() }</h4>
                            { select_field(&format!("{base}-child"), text(lang, Text::Child), &children, &v.child.0.to_string(),
                                edit.on_value(move |m, value| {
                                    if let (Some(v), Some(child)) = (m.child_voice.get_mut(i), person_from_key(&value)) { v.child = child; }
                                })) }
                            { text_area(&format!("{base}-words"), text(lang, Text::Words), &v.words,
                                edit.on_typing(&format!("{base}-words"), move |m, value| {
                                    if let Some(v) = m.child_voice.get_mut(i) { v.words = value; }
                                }), edit.seal()) }
                            { item_readers(lang, edit, &base, &v.readers, map, &[v.child], move |m, r| {
                                if let Some(v) = m.child_voice.get_mut(i) { v.readers = r; }
                            }) }
                            <div class="actions">
                                { remove_button(lang, &title, edit.on(move |m: &mut Meeting| { if i < m.child_voice.len() { m.child_voice.remove(i); } })) }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            if children.is_empty() {
                <p class="hint">{ text(lang, Text::NoChildOnMap) }</p>
            } else {
                { super::fields::add_button(edit, "mt-add-voice", text(lang, Text::AddChildVoice),
                    super::fields::first_empty(&meeting.child_voice, |v| &v.words, |i| format!("mt-v{i}-words"),
                        |i| numbered(lang, SectionKind::ChildVoice, i)),
                    on_add) }
            }
        </section>
    }
}

/// Notes for the plan with a readership of their own: a safe address, a preparation note.
pub fn notes(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    use crate::i18n::readers::{text as rt, Text as RT};
    let on_add = {
        let edit = edit.clone();
        let next = meeting.notes.len();
        Callback::from(move |_: MouseEvent| {
            edit.change(|m| {
                m.notes.push(crate::model::PlanNote {
                    text: String::new(),
                    readers: crate::model::Readers::professionals_only(""),
                })
            });
            dom::focus_id(&format!("mt-n{next}-text"));
        })
    };
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-notes-title">
            <h3 id="mt-notes-title">{ section_title(lang, SectionKind::Notes) }</h3>
            <p class="hint">{ rt(lang, RT::NotesHelp) }</p>
            <ol class="meeting-items">
                { for meeting.notes.iter().enumerate().map(|(i, n)| {
                    let title = numbered(lang, SectionKind::Notes, i);
                    let base = format!("mt-n{i}");
                    html! {
                        <li class="meeting-item">
                            <h4>{ title.clone() }</h4>
                            { text_area(&format!("{base}-text"), rt(lang, RT::NoteText), &n.text,
                                edit.on_typing(&format!("{base}-text"), move |m, value| {
                                    if let Some(n) = m.notes.get_mut(i) { n.text = value; }
                                }), edit.seal()) }
                            { item_readers(lang, edit, &base, &n.readers, map, &household(map), move |m, r| {
                                if let Some(n) = m.notes.get_mut(i) { n.readers = r; }
                            }) }
                            <div class="actions">
                                { remove_button(lang, &title, edit.on(move |m: &mut Meeting| { if i < m.notes.len() { m.notes.remove(i); } })) }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            { super::fields::add_button(edit, "mt-add-note", rt(lang, RT::AddNote),
                super::fields::first_empty(&meeting.notes, |n| &n.text, |i| format!("mt-n{i}-text"),
                    |i| numbered(lang, SectionKind::Notes, i)),
                on_add) }
        </section>
    }
}
