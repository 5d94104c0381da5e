//! The invitation list: persons from the map and extra participants, their role in the
//! meeting, contact details (kept only here), whether they come, and their consent with the
//! Dutch age rule as guidance.

use super::edit::{person_from_key, MeetingEdit};
use super::fields::{checkbox, remove_button, select_field, text_field};
use crate::i18n::meeting::{
    add_consent_name, consent_guidance, consent_rule_text, invitation_name, pack_text, role_name, section_title, text,
    PackText, Text,
};
use crate::i18n::Lang;
use crate::meeting::{
    consent_complete, participant_name, participant_rule, ConsentRule, Invitation, Meeting, MeetingRole, Participant,
    ParticipantId, SectionKind,
};
use crate::model::{FamilyMap, Person};
use crate::ui::dom;
use yew::prelude::*;

pub fn view(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap, year: u16) -> Html {
    let not_invited: Vec<&Person> =
        map.persons().into_iter().filter(|p| meeting.participants_for(p.id).next().is_none()).collect();
    let select = NodeRef::default();
    let on_invite = {
        let edit = edit.clone();
        let select = select.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(el) = select.cast::<web_sys::HtmlSelectElement>() else { return };
            let Some(person) = person_from_key(&el.value()) else { return };
            let role = edit
                .state
                .map()
                .and_then(|map| map.person(person).map(MeetingRole::likely_for))
                .unwrap_or(MeetingRole::NetworkMember);
            edit.change(|m| {
                if m.participants_for(person).next().is_none() {
                    let id = m.next_participant_id();
                    m.participants.push(Participant::on_map(id, person, role));
                }
            });
            dom::focus_id("mt-invite");
        })
    };
    let on_extra = {
        let edit = edit.clone();
        Callback::from(move |_: MouseEvent| {
            let mut added = None;
            edit.change(|m| {
                let id = m.next_participant_id();
                m.participants.push(Participant::extra(id, "", MeetingRole::NetworkMember));
                added = Some(id);
            });
            if let Some(id) = added {
                dom::focus_id(&format!("mt-p{}-name", id.0));
            }
        })
    };
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-participants-title">
            <h3 id="mt-participants-title">{ section_title(lang, SectionKind::Participants) }</h3>
            <p class="hint">{ text(lang, Text::ContactOnlyHere) }</p>
            // The age rules at a glance; each person's own rule is shown again at their consent.
            <ul class="hint age-rules">
                { for [ConsentRule::ParentsDecide, ConsentRule::YoungPersonAndParents, ConsentRule::YoungPerson]
                    .into_iter().map(|rule| html! { <li>{ consent_rule_text(lang, rule) }</li> }) }
            </ul>
            if meeting.participants.is_empty() {
                <p class="empty">{ text(lang, Text::NobodyInvited) }</p>
            }
            <ol class="meeting-items">
                { for meeting.participants.iter().enumerate().map(|(i, p)| participant(lang, edit, map, i, p, year)) }
            </ol>
            <div class="invite-row">
                if not_invited.is_empty() {
                    <p class="hint">{ text(lang, Text::EveryoneInvited) }</p>
                } else {
                    <div class="field">
                        <label for="mt-invite">{ text(lang, Text::InviteFromMap) }</label>
                        <select id="mt-invite" ref={select}>
                            // Yew adds options last to first: say which one starts selected.
                            { for not_invited.iter().enumerate().map(|(i, p)| html! {
                                <option value={p.id.0.to_string()} selected={i == 0}>{ p.name.clone() }</option>
                            }) }
                        </select>
                    </div>
                    <button id="mt-invite-button" type="button" onclick={on_invite}>{ text(lang, Text::Invite) }</button>
                }
                <button id="mt-invite-extra" type="button" onclick={on_extra}>{ text(lang, Text::InviteExtra) }</button>
            </div>
        </section>
    }
}

fn participant(lang: Lang, edit: &MeetingEdit, map: &FamilyMap, index: usize, p: &Participant, year: u16) -> Html {
    let id = p.id;
    let base = format!("mt-p{}", id.0);
    let on_map = p.person.and_then(|person| map.person(person));
    let name = participant_name(map, p);
    let heading = if name.trim().is_empty() {
        crate::i18n::meeting::numbered(lang, SectionKind::Participants, index)
    } else {
        name.clone()
    };
    let seal = edit.seal();
    let with = move |change: fn(&mut Participant, String)| {
        move |m: &mut Meeting, value: String| {
            if let Some(p) = m.participants.iter_mut().find(|p| p.id == id) {
                change(p, value);
            }
        }
    };
    let roles: Vec<(String, String)> =
        MeetingRole::ALL.iter().map(|r| (role_key(*r).to_owned(), role_name(lang, *r).to_owned())).collect();
    let invitations: Vec<(String, String)> =
        Invitation::ALL.iter().map(|i| (invitation_key(*i).to_owned(), invitation_name(lang, *i).to_owned())).collect();
    let on_remove = edit.on(move |m: &mut Meeting| m.participants.retain(|p| p.id != id));
    html! {
        <li key={id.0} class="meeting-item participant">
            <h4 id={format!("{base}-title")}>{ heading.clone() }</h4>
            if on_map.is_none() {
                { text_field(&format!("{base}-name"), text(lang, Text::Name), "text", &p.name,
                    edit.on_typing(&format!("{base}-name"), with(|p, v| p.name = v)), seal.clone()) }
            }
            <div class="field-row">
                { select_field(&format!("{base}-role"), text(lang, Text::MeetingRoleLabel), &roles, role_key(p.role),
                    edit.on_value(with(|p, v| if let Some(r) = role_from_key(&v) { p.role = r }))) }
                { select_field(&format!("{base}-invitation"), text(lang, Text::InvitationLabel), &invitations,
                    invitation_key(p.invitation),
                    edit.on_value(with(|p, v| if let Some(i) = invitation_from_key(&v) { p.invitation = i }))) }
            </div>
            <div class="field-row">
                { text_field(&format!("{base}-phone"), pack_text(lang, PackText::Phone), "tel", &p.phone,
                    edit.on_typing(&format!("{base}-phone"), with(|p, v| p.phone = v)), seal.clone()) }
                { text_field(&format!("{base}-email"), pack_text(lang, PackText::Email), "email", &p.email,
                    edit.on_typing(&format!("{base}-email"), with(|p, v| p.email = v)), seal.clone()) }
            </div>
            { consent(lang, edit, map, p, year) }
            { preparation(lang, edit, map, p, year) }
            <div class="actions">{ remove_button(lang, &heading, on_remove) }</div>
        </li>
    }
}

/// Consent, with who decides by age in plain words, and suggestions for who gave it.
fn consent(lang: Lang, edit: &MeetingEdit, map: &FamilyMap, p: &Participant, year: u16) -> Html {
    let id = p.id;
    let base = format!("mt-p{}", id.0);
    let rule = participant_rule(map, p, year);
    let c = &p.consent;
    let with = move |change: fn(&mut Participant)| {
        move |m: &mut Meeting| {
            if let Some(p) = m.participants.iter_mut().find(|p| p.id == id) {
                change(p);
            }
        }
    };
    let given_field = format!("{base}-given");
    let on_given = edit.on_typing(&given_field, move |m, v| {
        if let Some(p) = find(m, id) {
            // Kept as typed while typing (so a comma can be followed by a space); tidied on leaving.
            p.consent.consent_given_by = v.split(',').map(str::to_owned).collect();
        }
    });
    let on_given_blur = {
        let edit = edit.clone();
        Callback::from(move |_: FocusEvent| {
            let tidy = |p: &mut Participant| {
                let names: Vec<String> =
                    p.consent.consent_given_by.iter().map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()).collect();
                p.consent.consent_given_by = names;
            };
            let needs = edit.current().and_then(|m| m.participant(id).cloned()).is_some_and(|mut p| {
                let before = p.consent.consent_given_by.clone();
                tidy(&mut p);
                before != p.consent.consent_given_by
            });
            if needs {
                edit.change(|m| {
                    if let Some(p) = find(m, id) {
                        tidy(p);
                    }
                });
            }
            edit.on_action.emit(crate::ui::state::Action::Seal);
        })
    };
    let given_text = c.consent_given_by.join(",");
    let present: Vec<String> = c.consent_given_by.iter().map(|n| n.trim().to_lowercase()).collect();
    let suggestions: Vec<String> =
        consent_names(map, p).into_iter().filter(|n| !present.contains(&n.trim().to_lowercase())).collect();
    let any_yes = c.may_appear_on_shared_map || c.may_receive_plan;
    let complete = consent_complete(map, p, year);
    html! {
        <fieldset class="consent" aria-describedby={format!("{base}-rule")}>
            <legend>{ text(lang, Text::Consent) }</legend>
            <p id={format!("{base}-rule")} class="rule">{ consent_guidance(lang, rule) }</p>
            <div class="checks">
                { checkbox(&format!("{base}-appear"), pack_text(lang, PackText::MayAppear), c.may_appear_on_shared_map,
                    edit.on(with(|p| p.consent.may_appear_on_shared_map = !p.consent.may_appear_on_shared_map))) }
                { checkbox(&format!("{base}-receive"), pack_text(lang, PackText::MayReceivePlan), c.may_receive_plan,
                    edit.on(with(|p| p.consent.may_receive_plan = !p.consent.may_receive_plan))) }
            </div>
            <div class="field-row">
                <div class="field">
                    <label for={given_field.clone()}>{ pack_text(lang, PackText::ConsentGivenBy) }</label>
                    <input autocomplete="off" spellcheck="false" id={given_field.clone()} type="text" value={given_text} oninput={on_given}
                        onblur={on_given_blur} aria-describedby={format!("{base}-given-help")} />
                    <span id={format!("{base}-given-help")} class="hint">{ text(lang, Text::ConsentNamesHelp) }</span>
                </div>
                { text_field(&format!("{base}-consent-date"), pack_text(lang, PackText::ConsentDate), "date", &c.consent_date,
                    edit.on_typing(&format!("{base}-consent-date"), move |m, v| {
                        if let Some(p) = find(m, id) { p.consent.consent_date = v; }
                    }), edit.seal()) }
            </div>
            if !suggestions.is_empty() {
                <div class="suggestions">
                    { for suggestions.into_iter().map(|name| {
                        let text = add_consent_name(lang, &name);
                        let onclick = edit.on(move |m: &mut Meeting| {
                            if let Some(p) = find(m, id) {
                                p.consent.consent_given_by.retain(|n| !n.trim().is_empty());
                                p.consent.consent_given_by.push(name.clone());
                            }
                        });
                        html! { <button type="button" class="small" {onclick}>{ text }</button> }
                    }) }
                </div>
            }
            if any_yes {
                <p class={classes!("consent-state", (!complete).then_some("incomplete"))}>
                    { pack_text(lang, if complete { PackText::ConsentComplete } else { PackText::ConsentIncomplete }) }
                </p>
            }
        </fieldset>
    }
}

/// The coordinator's preparation for one person: together, separately or not invited and
/// why, an interpreter, notes of the preparation talk (professionals only unless chosen
/// otherwise), and the invitation to print or copy.
fn preparation(lang: Lang, edit: &MeetingEdit, map: &FamilyMap, p: &Participant, year: u16) -> Html {
    use crate::i18n::review::{invitation_text, invite_mode_name, text as rt, Text as RT};
    use crate::meeting::{InviteMode, PrepNote};
    let id = p.id;
    let base = format!("mt-p{}-prep", id.0);
    let Some(meeting) = edit.current() else { return html! {} };
    let note = meeting.prep_for(id).cloned();
    let modes: Vec<(String, String)> =
        InviteMode::ALL.iter().map(|m| (format!("{m:?}"), invite_mode_name(lang, *m).to_owned())).collect();
    let note_field = move |change: fn(&mut PrepNote, String)| {
        move |m: &mut Meeting, value: String| {
            if !m.preparation.iter().any(|n| n.participant == id) {
                m.preparation.push(PrepNote::new(id));
            }
            if let Some(n) = m.preparation.iter_mut().find(|n| n.participant == id) {
                change(n, value);
            }
        }
    };
    let letter =
        crate::meeting::invitation::invitation(map, &meeting, id, year).map(|i| invitation_text(lang, &i).join("\n\n"));
    html! {
        <fieldset class="preparation">
            <legend>{ section_title(lang, SectionKind::Preparation) }</legend>
            <div class="field-row">
                { select_field(&format!("{base}-mode"), rt(lang, RT::InviteHow), &modes, &format!("{:?}", p.invite),
                    edit.on_value(move |m, v| {
                        if let (Some(p), Some(mode)) = (find(m, id), InviteMode::ALL.into_iter().find(|x| format!("{x:?}") == v)) {
                            p.invite = mode;
                        }
                    })) }
                { text_field(&format!("{base}-interpreter"), rt(lang, RT::Interpreter), "text", &p.interpreter,
                    edit.on_typing(&format!("{base}-interpreter"), move |m, v| {
                        if let Some(p) = find(m, id) { p.interpreter = v; }
                    }), edit.seal()) }
            </div>
            if p.invite != InviteMode::Together {
                { super::fields::text_area(&format!("{base}-why"), rt(lang, RT::WhyApart),
                    note.as_ref().map(|n| n.why_apart.as_str()).unwrap_or_default(),
                    edit.on_typing(&format!("{base}-why"), note_field(|n, v| n.why_apart = v)), edit.seal()) }
            }
            { super::fields::text_area(&format!("{base}-notes"), rt(lang, RT::PrepNotes),
                note.as_ref().map(|n| n.notes.as_str()).unwrap_or_default(),
                edit.on_typing(&format!("{base}-notes"), note_field(|n, v| n.notes = v)), edit.seal()) }
            if let Some(n) = &note {
                { super::fields::item_readers(lang, edit, &base, &n.readers, map, &p.person.into_iter().collect::<Vec<_>>(), move |m, r| {
                    if let Some(n) = m.preparation.iter_mut().find(|n| n.participant == id) { n.readers = r; }
                }) }
            }
            if let Some(letter) = letter {
                <details class="invitation">
                    <summary id={format!("{base}-invitation")}>{ rt(lang, RT::ShowInvitation) }</summary>
                    <label for={format!("{base}-letter")}>{ format!("{} {}", rt(lang, RT::LetterFor), participant_name(map, p)) }</label>
                    <textarea id={format!("{base}-letter")} class="invitation-text" readonly=true rows="12" value={letter.clone()} />
                    <p class="hint">{ rt(lang, RT::CopyInvitation) }</p>
                    <super::copy_button::CopyButton {lang} id={format!("{base}-copy")} field={format!("{base}-letter")} text={letter} />
                </details>
            }
        </fieldset>
    }
}

fn find(meeting: &mut Meeting, id: ParticipantId) -> Option<&mut Participant> {
    meeting.participants.iter_mut().find(|p| p.id == id)
}

/// Who may have given consent: the person themself and the adults at home (the parents,
/// for a child). Kring does not know who the parents are; the household is the best guess.
fn consent_names(map: &FamilyMap, p: &Participant) -> Vec<String> {
    let own = participant_name(map, p);
    let mut names = Vec::new();
    if !own.trim().is_empty() {
        names.push(own.clone());
    }
    let is_child = p.person.and_then(|id| map.person(id)).is_some_and(|person| person.child);
    if is_child {
        for person in map.persons() {
            if person.in_centre() && !person.child && !person.deceased && person.name != own {
                names.push(person.name.clone());
            }
        }
    }
    names
}

fn role_key(role: MeetingRole) -> &'static str {
    match role {
        MeetingRole::FamilyMember => "family_member",
        MeetingRole::NetworkMember => "network_member",
        MeetingRole::Professional => "professional",
        MeetingRole::ExpertByExperience => "expert_by_experience",
        MeetingRole::SupportFigure => "support_figure",
        MeetingRole::Chair => "chair",
    }
}

fn role_from_key(key: &str) -> Option<MeetingRole> {
    MeetingRole::ALL.into_iter().find(|r| role_key(*r) == key)
}

fn invitation_key(invitation: Invitation) -> &'static str {
    match invitation {
        Invitation::Invited => "invited",
        Invitation::Confirmed => "confirmed",
        Invitation::Declined => "declined",
    }
}

fn invitation_from_key(key: &str) -> Option<Invitation> {
    Invitation::ALL.into_iter().find(|i| invitation_key(*i) == key)
}
