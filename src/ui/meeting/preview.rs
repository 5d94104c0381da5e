//! The print preview of one version of the pack: exactly the `PackView`, laid out for A4.
//! What is on screen here is what is printed (print.css hides everything else).
//!
//! Every page repeats a header (map, meeting date, version) and the footer "Confidential":
//! each printed part is a table whose header and footer groups the browser repeats on
//! every page. Plan pages are portrait; the map page is a named landscape page.

use super::map_page::map_page;
use crate::i18n::meeting::{
    age_text, audience_name, invitation_name, left_out_text, name_flag_text, pack_text, print_version, role_name,
    section_title, shown, text, PackText, Text,
};
use crate::i18n::readers::{text as rt, Text as RT};
use crate::i18n::review::{
    child_own_score, date_text, interpreter_text, invite_mode_name, kept_name, my_score_text, text as rv, trend_text,
    Text as RV,
};
use crate::i18n::{t, Key, Lang};
use crate::meeting::{
    AgreementLine, Audience, ConsentLine, HelperLine, InviteMode, PackView, ScaleLine, Section, SectionKind, Shown,
    StatementLine, TieLine,
};
use crate::model::{Sector, TieKind};
use crate::present::pack_text::{agreement_dates, owners_text};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PackPreviewProps {
    pub lang: Lang,
    pub view: Rc<PackView>,
    /// Whom the version is for, by name (empty for the network and professionals).
    #[prop_or_default]
    pub reader_name: String,
    /// Shown under the "Show as" lens, where the reader may be watching: only the printout,
    /// with names they may not see named already replaced, and none of the professional's
    /// controls (no counts of what was left out, no flagged names).
    #[prop_or_default]
    pub lens: bool,
}

#[component]
pub fn PackPreview(props: &PackPreviewProps) -> Html {
    let lang = props.lang;
    // Names in free text replaced for this printout only (one step, the stored plan stays).
    let replaced = use_state(|| false);
    let view: &PackView = &props.view;
    let fixed;
    let view = if *replaced || props.lens {
        let mut copy = view.clone();
        copy.replace_names(lang);
        fixed = copy;
        &fixed
    } else {
        view
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            // The print window may be refused (a kiosk, a test); nothing is lost then.
            let _ = window.print();
        }
    });
    let version = audience_name(lang, view.audience);
    let child = matches!(view.audience, Audience::Child(_));
    let page_header = page_header(lang, view);
    html! {
        <section class="pack-area" aria-labelledby="pack-title">
            if !props.lens {
            <div class="pack-controls no-print">
                <p class="hint">{ text(lang, Text::PrintHint) }</p>
                <button id="mt-print" type="button" class="primary" onclick={on_print}>{ print_version(lang, view.audience) }</button>
                <section class="left-out" aria-labelledby="mt-left-out-title">
                    <h4 id="mt-left-out-title">{ rt(lang, RT::LeftOutTitle) }</h4>
                    { for left_out_text(lang, view.left_out, view.audience, &props.reader_name).into_iter().map(|line| html! {
                        <p class="left-out-line">{ line }</p>
                    }) }
                </section>
                if !view.name_flags.is_empty() {
                    <section class="name-flags" aria-labelledby="mt-names-title" role="alert">
                        <h4 id="mt-names-title">{ rt(lang, RT::NamesInText) }</h4>
                        <ul>
                            { for view.name_flags.iter().map(|f| html! {
                                <li>{ name_flag_text(lang, &f.name, f.section, &shown(lang, &f.shown)) }</li>
                            }) }
                        </ul>
                        <button id="mt-replace-names" type="button" onclick={{
                            let replaced = replaced.clone();
                            Callback::from(move |_: MouseEvent| replaced.set(true))
                        }}>{ rt(lang, RT::ReplaceAll) }</button>
                    </section>
                }
            </div>
            }
            <article class={classes!("pack-print", child.then_some("child-pack"))} data-audience={audience_key(view.audience)}>
                { frame(lang, &page_header, "pack-plan", html! {
                    <>
                        { title_block(lang, view, version) }
                        { for view.sections.iter().map(|s| section(lang, view, s)) }
                    </>
                }) }
                if !child {
                    { frame(lang, &page_header, "pack-map-page", map_page(lang, view)) }
                }
            </article>
        </section>
    }
}

fn audience_key(audience: Audience) -> &'static str {
    match audience {
        Audience::Professionals => "professionals",
        Audience::Person(_) => "person",
        Audience::Network => "network",
        Audience::Child(_) => "child",
    }
}

/// "Familie Bakker · Datum: 2025-05-12 · Versie: Voor het netwerk".
fn page_header(lang: Lang, view: &PackView) -> String {
    let h = &view.header;
    format!(
        "{} · {}: {} · {}: {}",
        h.map_title,
        pack_text(lang, PackText::Date),
        date_text(lang, &h.meeting_date),
        text(lang, Text::Version),
        audience_name(lang, view.audience)
    )
}

/// One printed part with the header and footer that repeat on each of its pages.
fn frame(lang: Lang, header: &str, class: &'static str, content: Html) -> Html {
    html! {
        <div class={classes!("pack-part", class)}>
            <table class="print-frame" role="presentation">
                <thead><tr><td class="page-header">{ header.to_owned() }</td></tr></thead>
                <tfoot><tr><td class="page-footer">{ pack_text(lang, PackText::Confidential) }</td></tr></tfoot>
                <tbody><tr><td class="page-body">{ content }</td></tr></tbody>
            </table>
        </div>
    }
}

fn title_block(lang: Lang, view: &PackView, version: &str) -> Html {
    let h = &view.header;
    let field = |name: PackText, value: Option<String>| match value.filter(|v| !v.trim().is_empty()) {
        Some(value) => html! { <><dt>{ pack_text(lang, name) }</dt><dd>{ value }</dd></> },
        None => html! {},
    };
    html! {
        <header class="pack-title">
            <h3 id="pack-title">{ format!("{} — {version}", h.map_title) }</h3>
            <dl class="pack-facts">
                { field(PackText::For, h.for_person.as_ref().map(|c| shown(lang, c))) }
                { field(PackText::Date, Some(date_text(lang, &h.meeting_date))) }
                { field(PackText::Place, h.place.clone()) }
                { field(PackText::Chair, h.chair.as_ref().map(|c| shown(lang, c))) }
                { field(PackText::Purpose, h.purpose.clone()) }
            </dl>
            if let Some(previous) = &h.reviews {
                <p class="pack-reviews">{ format!("{} {}", rv(lang, RV::ReviewOf), date_text(lang, previous)) }</p>
            }
            if let Some(anchors) = &h.scale_anchors {
                <dl class="pack-facts pack-anchors">
                    if !anchors.zero.trim().is_empty() { <dt>{ rv(lang, RV::ScaleZero) }</dt><dd>{ anchors.zero.clone() }</dd> }
                    if !anchors.ten.trim().is_empty() { <dt>{ rv(lang, RV::ScaleTen) }</dt><dd>{ anchors.ten.clone() }</dd> }
                </dl>
            }
            if h.full {
                <p class="pack-full"><strong>{ crate::i18n::meeting::full_version_note(lang) }</strong></p>
            }
            if let Some(review) = h.review_date.as_ref().filter(|r| !r.trim().is_empty()) {
                <p class="pack-review">{ pack_text(lang, PackText::ReviewDate) }{ ": " }<strong>{ date_text(lang, review) }</strong></p>
            }
        </header>
    }
}

fn section(lang: Lang, view: &PackView, section: &Section) -> Html {
    let kind = section.kind();
    // The child's safe house is drawn even before anyone is in it: the path to its door
    // holds the child's own score.
    let house = kind == SectionKind::WhoICanGoTo && matches!(view.audience, Audience::Child(_));
    let body = if section.is_empty() && !house {
        html! { <p class="empty">{ pack_text(lang, PackText::NothingYet) }</p> }
    } else {
        section_body(lang, view, section)
    };
    html! {
        <section class={classes!("pack-section", format!("pack-{}", kind_class(kind)))}>
            <h4>{ child_icon(kind) }{ section_title(lang, kind) }</h4>
            { body }
        </section>
    }
}

fn section_body(lang: Lang, view: &PackView, section: &Section) -> Html {
    let names = |list: &[Shown]| list.iter().map(|s| shown(lang, s)).collect::<Vec<_>>().join(", ");
    match section {
        Section::Participants(lines) => {
            let consent = lines.iter().any(|p| p.consent.is_some());
            html! {
                <table class={classes!("pack-table", "pack-participants", consent.then_some("with-consent"))}>
                    <thead><tr>
                        <th scope="col">{ format!("{} / {}", text(lang, Text::Name), text(lang, Text::MeetingRoleLabel)) }</th>
                        <th scope="col">{ text(lang, Text::InvitationLabel) }</th>
                        <th scope="col">{ format!("{} / {}", pack_text(lang, PackText::Phone), pack_text(lang, PackText::Email)) }</th>
                        if consent { <th scope="col">{ text(lang, Text::Consent) }</th> }
                    </tr></thead>
                    <tbody>
                        { for lines.iter().map(|p| html! {
                            <tr>
                                <td>
                                    <strong>{ shown(lang, &p.label) }</strong><div>{ role_name(lang, p.role) }</div>
                                    if p.invite != InviteMode::Together { <div>{ invite_mode_name(lang, p.invite) }</div> }
                                    if let Some(language) = &p.interpreter { <div>{ interpreter_text(lang, language) }</div> }
                                </td>
                                <td>{ invitation_name(lang, p.invitation) }</td>
                                <td>
                                    { for p.phone.iter().map(|v| html! { <div class="phone">{ v.clone() }</div> }) }
                                    { for p.email.iter().map(|v| html! { <div class="email">{ v.clone() }</div> }) }
                                </td>
                                if consent {
                                    <td>{ for p.consent.iter().map(|c| consent_cell(lang, c)) }</td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        }
        Section::Persons(lines) => {
            // A column nobody has anything in (notes, in the network version) is left out.
            let notes = lines.iter().any(|p| p.note.is_some());
            html! {
                <table class="pack-table">
                    <thead><tr>
                        <th scope="col">{ text(lang, Text::Name) }</th>
                        <th scope="col">{ t(lang, Key::SectorLabel) }</th>
                        <th scope="col">{ pack_text(lang, PackText::Role) }</th>
                        if notes { <th scope="col">{ pack_text(lang, PackText::Note) }</th> }
                    </tr></thead>
                    <tbody>
                        { for lines.iter().map(|p| {
                            let sector = if p.household { Sector::Household } else { p.sector };
                            let place = if sector == Sector::Household {
                                t(lang, Key::Sector(sector)).to_owned()
                            } else {
                                format!("{} · {}", t(lang, Key::Sector(sector)), t(lang, Key::Ring(p.ring)))
                            };
                            let mut role = p.role.clone().unwrap_or_default();
                            if let Some(age) = p.age {
                                role = [role, age_text(lang, age)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ");
                            }
                            let deceased = if p.deceased { format!(" ({})", pack_text(lang, PackText::Deceased)) } else { String::new() };
                            let professional = crate::model::Reader::is_professional(p.sector, p.household);
                            html! {
                                <tr>
                                    <td>{ shown(lang, &p.label) }{ deceased }</td>
                                    <td>{ place }</td>
                                    <td>
                                        { role }
                                        if !p.factors.is_empty() {
                                            <div class="pack-detail">{ crate::i18n::factors::factors_phrase(lang, &p.factors, professional) }</div>
                                        }
                                    </td>
                                    if notes { <td>{ p.note.clone().unwrap_or_default() }</td> }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        }
        Section::Ties(lines) | Section::TiesWithRisks(lines) => {
            let according = lines.iter().any(|tie| tie.according_to.is_some());
            html! {
                <table class="pack-table pack-ties">
                    <thead><tr>
                        <th scope="col">{ t(lang, Key::Ties) }</th>
                        <th scope="col">{ t(lang, Key::KindLabel) }</th>
                        <th scope="col">{ t(lang, Key::StrengthLabel) }</th>
                        if according { <th scope="col">{ pack_text(lang, PackText::AccordingTo) }</th> }
                    </tr></thead>
                    <tbody>{ for lines.iter().map(|tie| tie_row(lang, tie, according)) }</tbody>
                </table>
            }
        }
        Section::Worries(lines) => html! {
            <ul class="pack-list">
                { for lines.iter().map(|w| html! {
                    <li>
                        <p class="pack-text">{ w.text.clone() }</p>
                        if !w.shared_by.is_empty() {
                            <p class="pack-detail">{ format!("{}: {}", pack_text(lang, PackText::SharedBy), names(&w.shared_by)) }</p>
                        }
                        if !w.not_shared_by.is_empty() {
                            <p class="pack-detail">{ format!("{}: {}", pack_text(lang, PackText::NotSharedBy), names(&w.not_shared_by)) }</p>
                        }
                    </li>
                }) }
            </ul>
        },
        Section::GoingWell(lines) | Section::MyWords(lines) | Section::Notes(lines) => html! {
            <ul class="pack-list">{ for lines.iter().map(|text| html! { <li><p class="pack-text">{ text.clone() }</p></li> }) }</ul>
        },
        Section::BottomLines(lines) => html! {
            <ul class="pack-list bottom-lines">
                { for lines.iter().map(|b| html! {
                    <li>
                        <p class="pack-text"><span class="badge">{ text(lang, Text::NonNegotiable) }</span>{ " " }{ b.text.clone() }</p>
                        <p class="pack-detail">{ format!("{}: {}", pack_text(lang, PackText::SetBy), shown(lang, &b.set_by)) }</p>
                    </li>
                }) }
            </ul>
        },
        Section::Agreements(lines) => html! {
            <table class="pack-table pack-agreements">
                <thead><tr>
                    <th scope="col">{ text(lang, Text::StepWho) }</th>
                    <th scope="col">{ text(lang, Text::AgreementWhat) }</th>
                    <th scope="col">{ pack_text(lang, PackText::ForWhom) }</th>
                    <th scope="col">{ format!("{} / {}", pack_text(lang, PackText::From), pack_text(lang, PackText::By)) }</th>
                    <th scope="col">{ pack_text(lang, PackText::HowWeKnow) }</th>
                </tr></thead>
                <tbody>{ for lines.iter().map(|a| agreement_row(lang, view, a)) }</tbody>
            </table>
        },
        Section::AgreementsAboutMe(lines) => html! {
            <ul class="pack-list">
                { for lines.iter().map(|a| html! {
                    <li>
                        <p class="pack-text"><strong>{ owners_text(lang, a) }</strong>{ format!(": {}", a.what) }</p>
                        if !a.for_whom.is_empty() {
                            <p class="pack-detail">{ format!("{}: {}", pack_text(lang, PackText::ForWhom), names(&a.for_whom)) }</p>
                        }
                        if !(a.from.is_empty() && a.by.is_empty() && a.repeat.is_none()) {
                            <p class="pack-detail">{ agreement_dates(lang, a) }</p>
                        }
                    </li>
                }) }
            </ul>
        },
        Section::RedFlags(lines) => html! {
            <table class="pack-table pack-flags">
                <thead><tr>
                    <th scope="col">{ text(lang, Text::RedFlagSign) }</th>
                    <th scope="col">{ text(lang, Text::StepWho) }</th>
                    <th scope="col">{ pack_text(lang, PackText::Does) }</th>
                    <th scope="col">{ pack_text(lang, PackText::Calls) }</th>
                </tr></thead>
                <tbody>
                    { for lines.iter().flat_map(|flag| {
                        let sign = flag.sign.clone();
                        let rows: Vec<Html> = if flag.steps.is_empty() {
                            vec![html! { <tr><td>{ sign }</td><td></td><td></td><td></td></tr> }]
                        } else {
                            flag.steps.iter().enumerate().map(|(j, step)| html! {
                                <tr>
                                    // The sign on every row, so a row that starts a page still says which sign.
                                    <td>{ if j == 0 { sign.clone() } else { format!("({sign})") } }</td>
                                    <td>{ shown(lang, &step.who) }</td>
                                    <td>{ step.does.clone() }</td>
                                    <td>{ step.calls.as_ref().map(|c| shown(lang, c)).unwrap_or_default() }</td>
                                </tr>
                            }).collect()
                        };
                        rows
                    }) }
                </tbody>
            </table>
        },
        Section::Scales(lines) => html! {
            <table class="pack-table pack-scales">
                <thead><tr>
                    <th scope="col">{ text(lang, Text::Name) }</th>
                    <th scope="col">{ "0–10" }</th>
                    <th scope="col">{ rv(lang, RV::Trend) }</th>
                    <th scope="col">{ format!("{} / {}", rv(lang, RV::Why), rv(lang, RV::OneHigher)) }</th>
                </tr></thead>
                <tbody>{ for lines.iter().map(|s| scale_row(lang, s)) }</tbody>
            </table>
        },
        Section::MyScore(lines) => html! {
            <ul class="pack-list my-score">
                { for lines.iter().map(|s| html! {
                    <li>
                        <p class="pack-text big-score">{ my_score_text(lang, s) }</p>
                        { super::trend::trend_svg(&s.trend) }
                    </li>
                }) }
            </ul>
        },
        Section::DangerStatements(lines) | Section::SafetyGoals(lines) => html! {
            <ul class="pack-list">{ for lines.iter().map(|l| statement(lang, l)) }</ul>
        },
        Section::Preparation(lines) => html! {
            <ul class="pack-list pack-preparation">
                { for lines.iter().map(|p| html! {
                    <li>
                        <p class="pack-text"><strong>{ shown(lang, &p.participant) }</strong>{ format!(" · {}", invite_mode_name(lang, p.invite)) }</p>
                        if let Some(language) = &p.interpreter { <p class="pack-detail">{ interpreter_text(lang, language) }</p> }
                        if let Some(why) = &p.why_apart { <p class="pack-detail">{ format!("{}: {why}", rv(lang, RV::WhyApart)) }</p> }
                        if let Some(notes) = &p.notes { <p class="pack-detail">{ format!("{}: {notes}", rv(lang, RV::PrepNotes)) }</p> }
                    </li>
                }) }
            </ul>
        },
        Section::WhoICanCall(lines) => html! {
            <ul class="pack-list helpers calls">
                { for lines.iter().map(|c| html! {
                    <li><p class="pack-text"><strong>{ shown(lang, &c.label) }</strong>
                        if let Some(phone) = &c.phone { { ": " }<span class="phone">{ phone.clone() }</span> }
                    </p></li>
                }) }
            </ul>
        },
        Section::Monitoring(m) => html! {
            <dl class="pack-facts">
                if let Some(keeper) = &m.keeper {
                    <dt>{ pack_text(lang, PackText::Keeper) }</dt><dd>{ shown(lang, keeper) }</dd>
                }
                if !m.review_date.is_empty() {
                    <dt>{ pack_text(lang, PackText::ReviewDate) }</dt><dd><strong>{ date_text(lang, &m.review_date) }</strong></dd>
                }
                if !m.if_not_kept.is_empty() {
                    <dt>{ pack_text(lang, PackText::IfNotKept) }</dt><dd>{ m.if_not_kept.clone() }</dd>
                }
            </dl>
        },
        Section::ChildVoice(lines) => html! {
            <ul class="pack-list">
                { for lines.iter().map(|v| html! {
                    <li><p class="pack-text"><strong>{ shown(lang, &v.child) }</strong>{ format!(": “{}”", v.words) }</p></li>
                }) }
            </ul>
        },
        Section::WhoICanGoTo(lines) if matches!(view.audience, Audience::Child(_)) => {
            // The child's own plan draws them in "my safe house", with the child's score
            // on the path to its door.
            let names: Vec<String> = lines.iter().map(|h| shown(lang, &h.label)).collect();
            let score = view.sections.iter().find_map(|s| match s {
                Section::MyScore(scores) => scores.last().map(|s| s.score),
                _ => None,
            });
            html! {
                <div class="house-and-list">
                    { super::safe_house::safe_house(lang, &names, score) }
                    if lines.is_empty() {
                        <p class="empty">{ pack_text(lang, PackText::NothingYet) }</p>
                    } else {
                        <ul class="pack-list helpers">{ for lines.iter().map(|h| helper(lang, h)) }</ul>
                    }
                </div>
            }
        }
        Section::WhoHelpsMe(lines) | Section::WhoICanGoTo(lines) => html! {
            <ul class="pack-list helpers">{ for lines.iter().map(|h| helper(lang, h)) }</ul>
        },
    }
}

/// A consent record on one or two lines: what was agreed, by whom, when, and whether that
/// is enough for the person's age.
fn consent_cell(lang: Lang, c: &ConsentLine) -> Html {
    let yes_no = |b: bool| t(lang, if b { Key::Yes } else { Key::No });
    let mut parts = vec![
        format!("{}: {}", pack_text(lang, PackText::MayAppear), yes_no(c.may_appear_on_shared_map)),
        format!("{}: {}", pack_text(lang, PackText::MayReceivePlan), yes_no(c.may_receive_plan)),
    ];
    if !c.given_by.is_empty() {
        parts.push(format!("{}: {}", pack_text(lang, PackText::ConsentGivenBy), c.given_by.join(", ")));
    }
    if !c.date.is_empty() {
        parts.push(format!("{}: {}", pack_text(lang, PackText::ConsentDate), date_text(lang, &c.date)));
    }
    html! {
        <>
            <div>{ parts.join(" · ") }</div>
            if c.may_appear_on_shared_map || c.may_receive_plan {
                <div class={classes!("consent-state", (!c.complete).then_some("incomplete"))}>
                    { pack_text(lang, if c.complete { PackText::ConsentComplete } else { PackText::ConsentIncomplete }) }
                </div>
            }
        </>
    }
}

fn tie_row(lang: Lang, tie: &TieLine, according: bool) -> Html {
    let arrow = if tie.mutual { "↔" } else { "→" };
    let mut kinds = vec![t(lang, Key::TieKindName(tie.kind)).to_owned()];
    let types: Vec<&str> = tie
        .support
        .iter()
        .map(|s| t(lang, Key::SupportTypeName(*s)))
        .chain(tie.risk.iter().map(|r| t(lang, Key::RiskTypeName(*r))))
        .collect();
    if !types.is_empty() {
        kinds = vec![format!("{}: {}", kinds[0], types.join(", "))];
    }
    let strength = if tie.kind == TieKind::Risk {
        // A risk tie is described as the practice asks, never by a strength.
        crate::i18n::factors::risk_details(
            lang,
            tie.seriousness,
            tie.frequency,
            tie.situation.as_deref(),
            tie.last.as_deref(),
        )
    } else {
        let mut strength = t(lang, Key::StrengthName(tie.strength)).to_owned();
        if let Some(f) = tie.frequency {
            strength += &format!(", {}", t(lang, Key::FrequencyName(f)).to_lowercase());
        }
        strength
    };
    html! {
        <tr class={format!("pack-tie-{}", tie_kind_class(tie.kind))}>
            <td>{ format!("{} {arrow} {}", shown(lang, &tie.from_label), shown(lang, &tie.to_label)) }</td>
            <td>
                { kinds.join("") }
                if let Some(note) = &tie.note { <div class="pack-detail">{ format!("{}: {note}", pack_text(lang, PackText::Note)) }</div> }
            </td>
            <td>{ strength }</td>
            if according { <td>{ tie.according_to.clone().unwrap_or_default() }</td> }
        </tr>
    }
}

fn agreement_row(lang: Lang, view: &PackView, a: &AgreementLine) -> Html {
    let names = |list: &[Shown]| list.iter().map(|s| shown(lang, s)).collect::<Vec<_>>().join(", ");
    let linked: Vec<String> = a
        .ties
        .iter()
        .filter_map(|id| view.ties().iter().find(|t| t.id == *id))
        .map(|tie| {
            let arrow = if tie.mutual { "↔" } else { "→" };
            format!("{} {arrow} {}", shown(lang, &tie.from_label), shown(lang, &tie.to_label))
        })
        .collect();
    html! {
        <tr>
            <td>{ owners_text(lang, a) }</td>
            <td>
                { a.what.clone() }
                if let Some(o) = &a.outcome {
                    <div class={classes!("pack-outcome", format!("kept-{:?}", o.result).to_lowercase())}>
                        <strong>{ format!("{}: {}", rv(lang, RV::Outcome), kept_name(lang, o.result)) }</strong>
                        if let Some(what) = &o.what_happened { { format!(". {what}") } }
                        if let Some(by) = &o.recorded_by { { format!(" ({}: {})", rv(lang, RV::RecordedBy), shown(lang, by)) } }
                    </div>
                }
                if !linked.is_empty() {
                    <div class="pack-detail">{ format!("{}: {}", pack_text(lang, PackText::LinkedTies), linked.join("; ")) }</div>
                }
                if let Some(s) = &a.strengthens {
                    <div class="pack-detail">{ format!("{}: {} → {}{}", pack_text(lang, PackText::AddsSupportTie), shown(lang, &s.from), shown(lang, &s.to),
                        if s.support.is_empty() { String::new() } else {
                            format!(" ({})", s.support.iter().map(|k| t(lang, Key::SupportTypeName(*k))).collect::<Vec<_>>().join(", "))
                        }) }</div>
                }
            </td>
            <td>{ names(&a.for_whom) }</td>
            <td>{ agreement_dates(lang, a) }</td>
            <td>{ a.how_we_know.clone().unwrap_or_default() }</td>
        </tr>
    }
}

fn scale_row(lang: Lang, s: &ScaleLine) -> Html {
    html! {
        <tr>
            <td>
                { shown(lang, &s.participant) }
                if s.child { <div class="pack-detail">{ child_own_score(lang) }</div> }
            </td>
            <td>{ format!("{}/10", s.score) }<div class="pack-detail">{ date_text(lang, &s.date) }</div></td>
            <td>
                if s.trend.len() > 1 {
                    { super::trend::trend_svg(&s.trend) }
                    <div class="pack-detail">{ trend_text(lang, &s.trend, s.direction) }</div>
                }
            </td>
            <td>
                if let Some(why) = &s.why { <div>{ format!("{}: {why}", rv(lang, RV::Why)) }</div> }
                if let Some(up) = &s.one_higher { <div>{ format!("{}: {up}", rv(lang, RV::OneHigher)) }</div> }
            </td>
        </tr>
    }
}

fn statement(lang: Lang, l: &StatementLine) -> Html {
    let names: Vec<String> = l.agreed_by.iter().map(|s| shown(lang, s)).collect();
    html! {
        <li>
            <p class="pack-text">{ l.text.clone() }</p>
            if let Some(how_long) = &l.how_long { <p class="pack-detail">{ format!("{}: {how_long}", rv(lang, RV::HowLong)) }</p> }
            if !names.is_empty() { <p class="pack-detail">{ format!("{}: {}", rv(lang, RV::AgreedBy), names.join(", ")) }</p> }
        </li>
    }
}

fn helper(lang: Lang, h: &HelperLine) -> Html {
    let kinds: Vec<&str> = h.support.iter().map(|s| t(lang, Key::SupportTypeName(*s))).collect();
    html! {
        <li>
            <p class="pack-text"><strong>{ shown(lang, &h.label) }</strong>
                if !kinds.is_empty() { { format!(": {}", kinds.join(", ")) } }
            </p>
        </li>
    }
}

/// A small drawing in front of the child version's headings: simple pictures help a
/// young reader find their way. Outlines only, so they print in black and white.
fn child_icon(kind: SectionKind) -> Html {
    let path = match kind {
        // A heart.
        SectionKind::WhoHelpsMe => "M12 21s-7-4.5-9-9.5C1.5 7.5 4 4 7.5 4c2 0 3.5 1.2 4.5 2.8C13 5.2 14.5 4 16.5 4 20 4 22.5 7.5 21 11.5 19 16.5 12 21 12 21z",
        // A house.
        SectionKind::WhoICanGoTo => "M3 11L12 3l9 8M5 10v10h5v-6h4v6h5V10",
        // A list with ticks.
        SectionKind::AgreementsAboutMe => "M4 6l2 2 3-4M4 13l2 2 3-4M4 20l2 2 3-4M12 6h9M12 13h9M12 20h9",
        // A speech bubble.
        SectionKind::MyWords => "M4 4h16v12H9l-5 4z",
        // A telephone handset.
        SectionKind::WhoICanCall => "M5 3h4l2 5-2.5 1.5a11 11 0 005 5L15 12l5 2v4a2 2 0 01-2 2A16 16 0 013 5a2 2 0 012-2z",
        // A path of steps to a number.
        SectionKind::MyScore => "M3 20h4v-4h4v-4h4V8h4V4",
        _ => return html! {},
    };
    html! {
        <svg class="child-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round" />
        </svg>
    }
}

fn kind_class(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Participants => "participants",
        SectionKind::Persons => "persons",
        SectionKind::Ties => "ties",
        SectionKind::TiesWithRisks => "ties-with-risks",
        SectionKind::Worries => "worries",
        SectionKind::GoingWell => "going-well",
        SectionKind::BottomLines => "bottom-lines",
        SectionKind::Agreements => "agreements",
        SectionKind::RedFlags => "red-flags",
        SectionKind::Scales => "scales",
        SectionKind::Monitoring => "monitoring",
        SectionKind::Notes => "notes",
        SectionKind::ChildVoice => "child-voice",
        SectionKind::WhoHelpsMe => "who-helps-me",
        SectionKind::WhoICanGoTo => "who-i-can-go-to",
        SectionKind::AgreementsAboutMe => "agreements-about-me",
        SectionKind::MyWords => "my-words",
        SectionKind::Preparation => "preparation",
        SectionKind::DangerStatements => "danger-statements",
        SectionKind::SafetyGoals => "safety-goals",
        SectionKind::WhoICanCall => "who-i-can-call",
        SectionKind::MyScore => "my-score",
    }
}

fn tie_kind_class(kind: crate::model::TieKind) -> &'static str {
    match kind {
        crate::model::TieKind::Support => "support",
        crate::model::TieKind::Risk => "risk",
        crate::model::TieKind::Contact => "contact",
    }
}
