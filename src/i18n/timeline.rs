//! Sentences for issue 8: what changed between two snapshots, protective adults then and
//! now, where perspectives disagree, and what a merge asks. Dutch on B1 level (the
//! default) and English; persons are called by their names. Every function matches
//! exhaustively per language, so a new kind of change does not compile until both
//! languages can say it.

use super::{counted, join_words, t, Key, Lang};
use crate::model::{
    Age, ChildSafety, FamilyMap, Frequency, Gender, PersonId, PersonKind, Ring, RiskType, Sector, Strength,
    SupportType, Tie, TieKind,
};
use crate::timeline::{
    Change, Conflict, Disagreement, DoubtReason, MergePlan, PairView, PersonDetail, PersonField, PersonMatch,
    PersonMatching, Perspective, PerspectiveId, ProtectiveAdultsThenAndNow, TieDetail, TieField,
};
use std::collections::{BTreeMap, BTreeSet};

// ---------------------------------------------------------------------------------------
// What changed
// ---------------------------------------------------------------------------------------

/// One sentence for one change between `before` and `after`.
pub fn change(lang: Lang, change: &Change, before: &FamilyMap, after: &FamilyMap) -> String {
    let n = Names { lang, maps: vec![after, before] };
    match lang {
        Lang::Nl => change_nl(change, &n),
        Lang::En => change_en(change, &n),
    }
}

fn change_nl(change: &Change, n: &Names) -> String {
    match change {
        Change::TitleChanged { before, after } => format!("De kaart heet nu ‘{after}’ (was ‘{before}’)."),
        Change::PersonJoined { person } => format!("Nieuw op de kaart: {} ({}).", n.one(*person), n.place(*person)),
        Change::PersonLeft { person } => format!("{} staat niet meer op de kaart.", n.one(*person)),
        Change::Renamed { before, after, .. } => format!("{before} heet nu {after}."),
        Change::JoinedHousehold { person } => format!("{} woont nu in het gezin.", n.one(*person)),
        Change::LeftHousehold { person } => format!("{} woont niet meer in het gezin.", n.one(*person)),
        Change::SectorChanged { person, before, after } => format!(
            "{} staat nu bij ‘{}’ (was ‘{}’).",
            n.one(*person),
            t(Lang::Nl, Key::Sector(*after)),
            t(Lang::Nl, Key::Sector(*before))
        ),
        Change::MovedCloser { person, before, after } => {
            format!("{} staat nu dichterbij (ring {} → {}).", n.one(*person), before.get(), after.get())
        }
        Change::MovedFurther { person, before, after } => {
            format!("{} staat nu verder weg (ring {} → {}).", n.one(*person), before.get(), after.get())
        }
        Change::PersonChanged { person, detail } => {
            let name = n.one(*person);
            match detail {
                PersonDetail::Kind { before, after } => {
                    format!(
                        "{name}: soort is nu ‘{}’ (was ‘{}’).",
                        kind_word(Lang::Nl, *after),
                        kind_word(Lang::Nl, *before)
                    )
                }
                PersonDetail::Child { now: true } => format!("{name} staat nu als kind op de kaart."),
                PersonDetail::Child { now: false } => format!("{name} staat niet meer als kind op de kaart."),
                PersonDetail::Age { before, after } => {
                    format!("{name}: leeftijd is nu {} (was {}).", age_nl(*after), age_nl(*before))
                }
                PersonDetail::Role { before, after } => {
                    format!("{name}: rol is nu {} (was {}).", quoted_nl(after), quoted_nl(before))
                }
                PersonDetail::Note => format!("{name}: de notitie is veranderd."),
                PersonDetail::Avatar { after, .. } if after.is_empty() => format!("{name} heeft geen plaatje meer."),
                PersonDetail::Avatar { .. } => format!("{name} heeft een ander plaatje."),
                PersonDetail::Gender { before, after } => {
                    format!(
                        "{name}: geslacht is nu {} (was {}).",
                        gender_word(Lang::Nl, *after),
                        gender_word(Lang::Nl, *before)
                    )
                }
                PersonDetail::Deceased { now: true } => format!("{name} is overleden."),
                PersonDetail::Deceased { now: false } => format!("{name} staat niet meer als overleden op de kaart."),
                PersonDetail::ChildSafety { child, before, after } => {
                    let child = n.one(*child);
                    match (before, after) {
                        (Some(b), None) => format!("Geen afspraak meer: {}.", arrangement(Lang::Nl, *b, &name, &child)),
                        (None, None) => format!("Geen afspraak over {name} en {child}."),
                        (None, Some(a)) => format!("Nieuwe afspraak: {}.", arrangement(Lang::Nl, *a, &name, &child)),
                        (Some(b), Some(a)) => format!(
                            "Andere afspraak: {} (was: {}).",
                            arrangement(Lang::Nl, *a, &name, &child),
                            lower_first(t(Lang::Nl, Key::ChildSafetyName(*b)))
                        ),
                    }
                }
                PersonDetail::Other => format!("Bij {name} is nog iets anders veranderd."),
            }
        }
        Change::TieAdded { tie } => format!("Nieuw: {}.", statement_nl(tie, n)),
        Change::TieRemoved { tie } => format!("Niet meer: {}.", statement_nl(tie, n)),
        Change::RiskBecameSupport { from, to, .. } => {
            format!("{}: van zorg naar steun voor {}.", n.one(*from), n.one(*to))
        }
        Change::SupportBecameRisk { from, to, .. } => {
            format!("{}: van steun naar zorg voor {}.", n.one(*from), n.one(*to))
        }
        Change::TieKindChanged { from, to, before, after, .. } => format!(
            "Tussen {} en {}: nu {} (was {}).",
            n.one(*from),
            n.one(*to),
            tie_kind_word(Lang::Nl, *after),
            tie_kind_word(Lang::Nl, *before)
        ),
        Change::TieChanged { from, to, detail, .. } => {
            let (a, b) = (n.one(*from), n.one(*to));
            match detail {
                TieDetail::Direction { after, .. } if after.mutual => {
                    format!("De verbinding tussen {a} en {b} gaat nu twee kanten op.")
                }
                TieDetail::Direction { .. } => format!("De verbinding tussen {a} en {b} gaat nu van {a} naar {b}."),
                TieDetail::SupportTypes { before, after } => format!(
                    "Soort steun tussen {a} en {b}: nu {} (was {}).",
                    support_list(Lang::Nl, after),
                    support_list(Lang::Nl, before)
                ),
                TieDetail::RiskTypes { before, after } => format!(
                    "Soort zorg tussen {a} en {b}: nu {} (was {}).",
                    risk_list(Lang::Nl, after),
                    risk_list(Lang::Nl, before)
                ),
                TieDetail::Strength { before, after } => format!(
                    "De verbinding tussen {a} en {b} is nu {} (was {}).",
                    strength_word(Lang::Nl, *after),
                    strength_word(Lang::Nl, *before)
                ),
                TieDetail::Frequency { before, after } => format!(
                    "Hoe vaak tussen {a} en {b}: nu {} (was {}).",
                    frequency_word(Lang::Nl, *after),
                    frequency_word(Lang::Nl, *before)
                ),
                TieDetail::AccordingTo { before, after } => {
                    format!("Wie zegt dit over {a} en {b}: nu {} (was {}).", said_nl(after), said_nl(before))
                }
                TieDetail::Note => format!("De notitie bij de verbinding tussen {a} en {b} is veranderd."),
                TieDetail::Other => format!("Aan de verbinding tussen {a} en {b} is nog iets anders veranderd."),
            }
        }
    }
}

fn change_en(change: &Change, n: &Names) -> String {
    match change {
        Change::TitleChanged { before, after } => format!("The map is now called ‘{after}’ (was ‘{before}’)."),
        Change::PersonJoined { person } => format!("New on the map: {} ({}).", n.one(*person), n.place(*person)),
        Change::PersonLeft { person } => format!("{} is no longer on the map.", n.one(*person)),
        Change::Renamed { before, after, .. } => format!("{before} is now called {after}."),
        Change::JoinedHousehold { person } => format!("{} now lives in the household.", n.one(*person)),
        Change::LeftHousehold { person } => format!("{} no longer lives in the household.", n.one(*person)),
        Change::SectorChanged { person, before, after } => format!(
            "{} is now in ‘{}’ (was ‘{}’).",
            n.one(*person),
            t(Lang::En, Key::Sector(*after)),
            t(Lang::En, Key::Sector(*before))
        ),
        Change::MovedCloser { person, before, after } => {
            format!("{} moved closer (ring {} → {}).", n.one(*person), before.get(), after.get())
        }
        Change::MovedFurther { person, before, after } => {
            format!("{} moved further away (ring {} → {}).", n.one(*person), before.get(), after.get())
        }
        Change::PersonChanged { person, detail } => {
            let name = n.one(*person);
            match detail {
                PersonDetail::Kind { before, after } => {
                    format!(
                        "{name}: kind is now ‘{}’ (was ‘{}’).",
                        kind_word(Lang::En, *after),
                        kind_word(Lang::En, *before)
                    )
                }
                PersonDetail::Child { now: true } => format!("{name} is now marked as a child."),
                PersonDetail::Child { now: false } => format!("{name} is no longer marked as a child."),
                PersonDetail::Age { before, after } => {
                    format!("{name}: age is now {} (was {}).", age_en(*after), age_en(*before))
                }
                PersonDetail::Role { before, after } => {
                    format!("{name}: role is now {} (was {}).", quoted_en(after), quoted_en(before))
                }
                PersonDetail::Note => format!("{name}: the note has changed."),
                PersonDetail::Avatar { after, .. } if after.is_empty() => format!("{name} no longer has a picture."),
                PersonDetail::Avatar { .. } => format!("{name} has a different picture."),
                PersonDetail::Gender { before, after } => {
                    format!(
                        "{name}: gender is now {} (was {}).",
                        gender_word(Lang::En, *after),
                        gender_word(Lang::En, *before)
                    )
                }
                PersonDetail::Deceased { now: true } => format!("{name} has died."),
                PersonDetail::Deceased { now: false } => format!("{name} is no longer marked as deceased."),
                PersonDetail::ChildSafety { child, before, after } => {
                    let child = n.one(*child);
                    match (before, after) {
                        (Some(b), None) => format!("No longer arranged: {}.", arrangement(Lang::En, *b, &name, &child)),
                        (None, None) => format!("No arrangement about {name} and {child}."),
                        (None, Some(a)) => format!("New arrangement: {}.", arrangement(Lang::En, *a, &name, &child)),
                        (Some(b), Some(a)) => format!(
                            "Changed arrangement: {} (was: {}).",
                            arrangement(Lang::En, *a, &name, &child),
                            lower_first(t(Lang::En, Key::ChildSafetyName(*b)))
                        ),
                    }
                }
                PersonDetail::Other => format!("Something else about {name} has changed."),
            }
        }
        Change::TieAdded { tie } => format!("New: {}.", statement_en(tie, n)),
        Change::TieRemoved { tie } => format!("No longer: {}.", statement_en(tie, n)),
        Change::RiskBecameSupport { from, to, .. } => {
            format!("{}: from risk to support for {}.", n.one(*from), n.one(*to))
        }
        Change::SupportBecameRisk { from, to, .. } => {
            format!("{}: from support to risk for {}.", n.one(*from), n.one(*to))
        }
        Change::TieKindChanged { from, to, before, after, .. } => format!(
            "Between {} and {}: now {} (was {}).",
            n.one(*from),
            n.one(*to),
            tie_kind_word(Lang::En, *after),
            tie_kind_word(Lang::En, *before)
        ),
        Change::TieChanged { from, to, detail, .. } => {
            let (a, b) = (n.one(*from), n.one(*to));
            match detail {
                TieDetail::Direction { after, .. } if after.mutual => {
                    format!("The tie between {a} and {b} now goes both ways.")
                }
                TieDetail::Direction { .. } => format!("The tie between {a} and {b} now goes from {a} to {b}."),
                TieDetail::SupportTypes { before, after } => format!(
                    "Kind of support between {a} and {b}: now {} (was {}).",
                    support_list(Lang::En, after),
                    support_list(Lang::En, before)
                ),
                TieDetail::RiskTypes { before, after } => format!(
                    "Kind of risk between {a} and {b}: now {} (was {}).",
                    risk_list(Lang::En, after),
                    risk_list(Lang::En, before)
                ),
                TieDetail::Strength { before, after } => format!(
                    "The tie between {a} and {b} is now {} (was {}).",
                    strength_word(Lang::En, *after),
                    strength_word(Lang::En, *before)
                ),
                TieDetail::Frequency { before, after } => format!(
                    "How often between {a} and {b}: now {} (was {}).",
                    frequency_word(Lang::En, *after),
                    frequency_word(Lang::En, *before)
                ),
                TieDetail::AccordingTo { before, after } => {
                    format!("Who says so about {a} and {b}: now {} (was {}).", said_en(after), said_en(before))
                }
                TieDetail::Note => format!("The note on the tie between {a} and {b} has changed."),
                TieDetail::Other => format!("Something else about the tie between {a} and {b} has changed."),
            }
        }
    }
}

/// What a tie says, as a clause: "Dennis steunt Noah".
fn statement_nl(tie: &Tie, n: &Names) -> String {
    let (a, b) = (n.one(tie.from), n.one(tie.to));
    match (tie.kind, tie.mutual) {
        (TieKind::Support, true) => format!("{a} en {b} steunen elkaar"),
        (TieKind::Support, false) => format!("{a} steunt {b}"),
        (TieKind::Risk, true) => format!("{a} en {b} zijn een gevaar voor elkaar"),
        (TieKind::Risk, false) => format!("{a} is een gevaar voor {b}"),
        (TieKind::Contact, true) => format!("{a} en {b} hebben contact met elkaar"),
        (TieKind::Contact, false) => format!("{a} heeft contact met {b}"),
    }
}

fn statement_en(tie: &Tie, n: &Names) -> String {
    let (a, b) = (n.one(tie.from), n.one(tie.to));
    match (tie.kind, tie.mutual) {
        (TieKind::Support, true) => format!("{a} and {b} support each other"),
        (TieKind::Support, false) => format!("{a} supports {b}"),
        (TieKind::Risk, true) => format!("{a} and {b} are a risk to each other"),
        (TieKind::Risk, false) => format!("{a} is a risk to {b}"),
        (TieKind::Contact, true) => format!("{a} and {b} are in touch with each other"),
        (TieKind::Contact, false) => format!("{a} is in touch with {b}"),
    }
}

/// Protective adults for one child, then and now.
pub fn protective_adults(
    lang: Lang,
    item: &ProtectiveAdultsThenAndNow,
    before: &FamilyMap,
    after: &FamilyMap,
) -> String {
    let n = Names { lang, maps: vec![after, before] };
    let child = n.one(item.child);
    match (lang, item.count_then(), item.count_now()) {
        (Lang::Nl, Some(then), Some(now)) => {
            format!("{child}: beschermende volwassenen buiten het gezin: toen {then}, nu {now}.")
        }
        (Lang::Nl, None, Some(now)) => format!(
            "{child}: toen geen kind in het gezin; nu {} buiten het gezin.",
            counted(now, "beschermende volwassene", "beschermende volwassenen")
        ),
        (Lang::Nl, Some(then), None) => format!(
            "{child}: toen {} buiten het gezin; nu geen kind in het gezin meer.",
            counted(then, "beschermende volwassene", "beschermende volwassenen")
        ),
        (Lang::Nl, None, None) => format!("{child}: geen kind in het gezin."),
        (Lang::En, Some(then), Some(now)) => {
            format!("{child}: protective adults outside the household: then {then}, now {now}.")
        }
        (Lang::En, None, Some(now)) => format!(
            "{child}: not a child in the household then; now {} outside the household.",
            counted(now, "protective adult", "protective adults")
        ),
        (Lang::En, Some(then), None) => format!(
            "{child}: {} outside the household then; no longer a child in the household now.",
            counted(then, "protective adult", "protective adults")
        ),
        (Lang::En, None, None) => format!("{child}: not a child in the household."),
    }
}

// ---------------------------------------------------------------------------------------
// Perspectives
// ---------------------------------------------------------------------------------------

/// One sentence naming who says what: "Volgens Noah steunt Dennis hem; volgens Linda is
/// Dennis een gevaar voor Noah."
pub fn disagreement(lang: Lang, disagreement: &Disagreement, map: &FamilyMap, perspectives: &[Perspective]) -> String {
    let n = Names { lang, maps: vec![map] };
    let parts: Vec<String> = match disagreement {
        Disagreement::Tie { a, b, opinions } => opinions
            .iter()
            .map(|opinion| {
                let who = Who::new(&opinion.perspectives, perspectives, map);
                let clauses = pair_clauses(lang, &opinion.view, *a, *b, &who, &n);
                match lang {
                    Lang::Nl => format!("volgens {} {}", who.label(&n), join_words(lang, &clauses)),
                    Lang::En => format!("according to {}, {}", who.label(&n), join_words(lang, &clauses)),
                }
            })
            .collect(),
        Disagreement::Closeness { person, opinions } => {
            let name = n.one(*person);
            opinions
                .iter()
                .enumerate()
                .map(|(i, opinion)| {
                    let who = Who::new(&opinion.perspectives, perspectives, map).label(&n);
                    let ring = ring_text(lang, opinion.ring);
                    match (lang, i) {
                        (Lang::Nl, 0) => format!("volgens {who} staat {name} in {ring}"),
                        (Lang::Nl, _) => format!("volgens {who} in {ring}"),
                        (Lang::En, 0) => format!("according to {who}, {name} is in {ring}"),
                        (Lang::En, _) => format!("according to {who}, in {ring}"),
                    }
                })
                .collect()
        }
    };
    capitalize(&parts.join("; ")) + "."
}

/// "ring 1 (heel dichtbij)".
fn ring_text(lang: Lang, ring: Ring) -> String {
    format!("ring {} ({})", ring.get(), lower_first(t(lang, Key::Ring(ring))))
}

/// Whose opinion: one perspective (whose holder can be "him" or "her") or several.
struct Who {
    names: Vec<String>,
    /// The one holder, when one perspective with a holder says this.
    holder: Option<(PersonId, Gender)>,
}

impl Who {
    fn new(ids: &[PerspectiveId], perspectives: &[Perspective], map: &FamilyMap) -> Who {
        let found: Vec<&Perspective> = ids.iter().filter_map(|id| perspectives.iter().find(|p| p.id == *id)).collect();
        let names = found
            .iter()
            .map(|p| match p.holder.and_then(|h| map.person(h)) {
                Some(holder) => holder.name.clone(),
                None => p.name.clone(),
            })
            .collect();
        let holder = match found.as_slice() {
            [only] => only.holder.and_then(|h| map.person(h)).map(|p| (p.id, p.gender)),
            _ => None,
        };
        Who { names, holder }
    }

    fn label(&self, n: &Names) -> String {
        n.join(&self.names)
    }

    /// The pronoun for `person` if it is this opinion's holder with a known gender.
    fn pronoun(&self, lang: Lang, person: PersonId, subject: bool) -> Option<&'static str> {
        let (holder, gender) = self.holder?;
        if holder != person {
            return None;
        }
        match (lang, gender, subject) {
            (Lang::Nl, Gender::Male, true) => Some("hij"),
            (Lang::Nl, Gender::Male, false) => Some("hem"),
            (Lang::Nl, Gender::Female, true) => Some("zij"),
            (Lang::Nl, Gender::Female, false) => Some("haar"),
            (Lang::En, Gender::Male, true) => Some("he"),
            (Lang::En, Gender::Male, false) => Some("him"),
            (Lang::En, Gender::Female, true) => Some("she"),
            (Lang::En, Gender::Female, false) => Some("her"),
            (_, Gender::Unknown | Gender::Other, _) => None,
        }
    }
}

/// The clauses one view says about a pair, risk first. Dutch clauses start with the verb,
/// as they follow "volgens Linda".
fn pair_clauses(lang: Lang, view: &PairView, a: PersonId, b: PersonId, who: &Who, n: &Names) -> Vec<String> {
    let subject = |id: PersonId| who.pronoun(lang, id, true).map_or_else(|| n.one(id), str::to_owned);
    let object = |id: PersonId| who.pronoun(lang, id, false).map_or_else(|| n.one(id), str::to_owned);
    let (name_a, name_b) = (n.one(a), n.one(b));
    let mut clauses = Vec::new();
    let kinds = [
        (TieKind::Risk, view.forward.risk, view.backward.risk),
        (TieKind::Support, view.forward.support, view.backward.support),
        (TieKind::Contact, view.forward.contact, view.backward.contact),
    ];
    for (kind, forward, backward) in kinds {
        let one_way = |from: PersonId, to: PersonId| match (lang, kind) {
            (Lang::Nl, TieKind::Risk) => format!("is {} een gevaar voor {}", subject(from), object(to)),
            (Lang::Nl, TieKind::Support) => format!("steunt {} {}", subject(from), object(to)),
            (Lang::Nl, TieKind::Contact) => format!("heeft {} contact met {}", subject(from), object(to)),
            (Lang::En, TieKind::Risk) => format!("{} is a risk to {}", subject(from), object(to)),
            (Lang::En, TieKind::Support) => format!("{} supports {}", subject(from), object(to)),
            (Lang::En, TieKind::Contact) => format!("{} is in touch with {}", subject(from), object(to)),
        };
        match (forward, backward) {
            (true, true) => clauses.push(match (lang, kind) {
                (Lang::Nl, TieKind::Risk) => format!("zijn {name_a} en {name_b} een gevaar voor elkaar"),
                (Lang::Nl, TieKind::Support) => format!("steunen {name_a} en {name_b} elkaar"),
                (Lang::Nl, TieKind::Contact) => format!("hebben {name_a} en {name_b} contact met elkaar"),
                (Lang::En, TieKind::Risk) => format!("{name_a} and {name_b} are a risk to each other"),
                (Lang::En, TieKind::Support) => format!("{name_a} and {name_b} support each other"),
                (Lang::En, TieKind::Contact) => format!("{name_a} and {name_b} are in touch with each other"),
            }),
            (true, false) => clauses.push(one_way(a, b)),
            (false, true) => clauses.push(one_way(b, a)),
            (false, false) => {}
        }
    }
    if clauses.is_empty() {
        clauses.push(match lang {
            Lang::Nl => format!("is er geen verbinding tussen {name_a} en {name_b}"),
            Lang::En => format!("there is no tie between {name_a} and {name_b}"),
        });
    }
    clauses
}

// ---------------------------------------------------------------------------------------
// Merging
// ---------------------------------------------------------------------------------------

/// The question for a doubtful match; `None` for a sure match or a new person.
pub fn merge_question(lang: Lang, plan: &MergePlan, m: &PersonMatch) -> Option<String> {
    let PersonMatching::Doubtful { ours, reason } = m.matching else { return None };
    let theirs_name = Names { lang, maps: vec![plan.theirs()] }.one(m.theirs);
    let ours_name = Names { lang, maps: vec![plan.ours()] }.one(ours);
    Some(match lang {
        Lang::Nl => {
            let why = match reason {
                DoubtReason::SimilarName(_) => "",
                DoubtReason::SameNameMoreThanOnce => " Deze naam komt vaker voor.",
                DoubtReason::SameIdOtherName => " Ze hebben hetzelfde nummer, maar een andere naam.",
            };
            format!("Is ‘{theirs_name}’ uit het andere bestand dezelfde persoon als ‘{ours_name}’ op deze kaart?{why}")
        }
        Lang::En => {
            let why = match reason {
                DoubtReason::SimilarName(_) => "",
                DoubtReason::SameNameMoreThanOnce => " This name appears more than once.",
                DoubtReason::SameIdOtherName => " They have the same number but a different name.",
            };
            format!("Is ‘{theirs_name}’ from the other file the same person as ‘{ours_name}’ on this map?{why}")
        }
    })
}

/// A conflict with both values: "Rol van Oma Ria: hier ‘oma’, in het andere bestand
/// ‘grootmoeder’."
pub fn conflict(lang: Lang, plan: &MergePlan, conflict: &Conflict) -> String {
    let ours = Names { lang, maps: vec![plan.ours()] };
    let theirs = Names { lang, maps: vec![plan.theirs()] };
    let (subject, here, there) = match conflict {
        Conflict::Title { ours, theirs } => {
            let subject = match lang {
                Lang::Nl => "Naam van de kaart".to_owned(),
                Lang::En => "Name of the map".to_owned(),
            };
            (subject, quoted(lang, ours), quoted(lang, theirs))
        }
        Conflict::Person { field: PersonField::Other, ours: person, .. } => {
            return match lang {
                Lang::Nl => {
                    format!("Bij {} verschilt nog iets anders tussen deze kaart en het andere bestand.", person.name)
                }
                Lang::En => {
                    format!("Something else about {} differs between this map and the other file.", person.name)
                }
            };
        }
        Conflict::Person { field, ours: o, theirs: th } => {
            let label = person_field_label(lang, *field);
            let subject = match lang {
                Lang::Nl => format!("{} van {}", capitalize(label), o.name),
                Lang::En => format!("{} of {}", capitalize(label), o.name),
            };
            let value = |p: &crate::model::Person, names: &Names| -> String {
                match field {
                    PersonField::Name => quoted(lang, &p.name),
                    PersonField::Placement if p.in_centre() => match lang {
                        Lang::Nl => "in het gezin".to_owned(),
                        Lang::En => "in the household".to_owned(),
                    },
                    PersonField::Placement => {
                        format!("{}, {}", t(lang, Key::Sector(p.sector)), ring_text(lang, p.ring))
                    }
                    PersonField::Kind => kind_word(lang, p.kind).to_owned(),
                    PersonField::Child => match (lang, p.child) {
                        (Lang::Nl, true) => "kind".to_owned(),
                        (Lang::Nl, false) => "geen kind".to_owned(),
                        (Lang::En, true) => "a child".to_owned(),
                        (Lang::En, false) => "not a child".to_owned(),
                    },
                    PersonField::Age => match lang {
                        Lang::Nl => age_nl(p.age),
                        Lang::En => age_en(p.age),
                    },
                    PersonField::Role => quoted(lang, &p.role),
                    PersonField::Note => quoted(lang, &p.note),
                    PersonField::Avatar => quoted(lang, &p.avatar),
                    PersonField::Gender => gender_word(lang, p.gender),
                    PersonField::Deceased => match (lang, p.deceased) {
                        (Lang::Nl, true) => "overleden".to_owned(),
                        (Lang::Nl, false) => "niet overleden".to_owned(),
                        (Lang::En, true) => "deceased".to_owned(),
                        (Lang::En, false) => "not deceased".to_owned(),
                    },
                    PersonField::ChildSafety => arrangements(lang, &p.child_safety, names),
                    PersonField::Other => String::new(),
                }
            };
            (subject, value(o, &ours), value(th, &theirs))
        }
        Conflict::Tie { field: TieField::Other, ours: tie, .. } => {
            let (a, b) = (ours.one(tie.from), ours.one(tie.to));
            return match lang {
                Lang::Nl => format!(
                    "Bij de verbinding tussen {a} en {b} verschilt nog iets anders tussen deze kaart en het andere bestand."
                ),
                Lang::En => {
                    format!("Something else about the tie between {a} and {b} differs between this map and the other file.")
                }
            };
        }
        Conflict::Tie { field, ours: o, theirs: th } => {
            let (a, b) = (ours.one(o.from), ours.one(o.to));
            let label = tie_field_label(lang, *field);
            let subject = match lang {
                Lang::Nl => format!("{} van de verbinding tussen {a} en {b}", capitalize(label)),
                Lang::En => format!("{} of the tie between {a} and {b}", capitalize(label)),
            };
            let value = |tie: &Tie, names: &Names| -> String {
                match field {
                    TieField::Kind => tie_kind_word(lang, tie.kind),
                    TieField::Direction => {
                        let (from, to) = (names.one(tie.from), names.one(tie.to));
                        match (lang, tie.mutual) {
                            (Lang::Nl, true) => "twee kanten op".to_owned(),
                            (Lang::Nl, false) => format!("van {from} naar {to}"),
                            (Lang::En, true) => "both ways".to_owned(),
                            (Lang::En, false) => format!("from {from} to {to}"),
                        }
                    }
                    TieField::SupportTypes => support_list(lang, &tie.support),
                    TieField::RiskTypes => risk_list(lang, &tie.risk),
                    TieField::Strength => strength_word(lang, tie.strength),
                    TieField::Frequency => frequency_word(lang, tie.frequency),
                    TieField::AccordingTo => quoted(lang, &tie.according_to),
                    TieField::Note => quoted(lang, &tie.note),
                    TieField::Other => String::new(),
                }
            };
            (subject, value(o, &ours), value(th, &theirs))
        }
    };
    match lang {
        Lang::Nl => format!("{subject}: hier {here}, in het andere bestand {there}."),
        Lang::En => format!("{subject}: here {here}, in the other file {there}."),
    }
}

fn person_field_label(lang: Lang, field: PersonField) -> &'static str {
    match (lang, field) {
        (Lang::Nl, PersonField::Name) => "naam",
        (Lang::Nl, PersonField::Placement) => "plaats",
        (Lang::Nl, PersonField::Kind) => "soort",
        (Lang::Nl, PersonField::Child) => "kind",
        (Lang::Nl, PersonField::Age) => "leeftijd",
        (Lang::Nl, PersonField::Role) => "rol",
        (Lang::Nl, PersonField::Note) => "notitie",
        (Lang::Nl, PersonField::Avatar) => "plaatje",
        (Lang::Nl, PersonField::Gender) => "geslacht",
        (Lang::Nl, PersonField::Deceased) => "overleden",
        (Lang::Nl, PersonField::ChildSafety) => "afspraken over kinderen",
        (Lang::Nl, PersonField::Other) => "andere gegevens",
        (Lang::En, PersonField::Name) => "name",
        (Lang::En, PersonField::Placement) => "place",
        (Lang::En, PersonField::Kind) => "kind",
        (Lang::En, PersonField::Child) => "child",
        (Lang::En, PersonField::Age) => "age",
        (Lang::En, PersonField::Role) => "role",
        (Lang::En, PersonField::Note) => "note",
        (Lang::En, PersonField::Avatar) => "picture",
        (Lang::En, PersonField::Gender) => "gender",
        (Lang::En, PersonField::Deceased) => "deceased",
        (Lang::En, PersonField::ChildSafety) => "arrangements for children",
        (Lang::En, PersonField::Other) => "other details",
    }
}

fn tie_field_label(lang: Lang, field: TieField) -> &'static str {
    match (lang, field) {
        (Lang::Nl, TieField::Kind) => "soort",
        (Lang::Nl, TieField::Direction) => "richting",
        (Lang::Nl, TieField::SupportTypes) => "soort steun",
        (Lang::Nl, TieField::RiskTypes) => "soort zorg",
        (Lang::Nl, TieField::Strength) => "hoe sterk",
        (Lang::Nl, TieField::Frequency) => "hoe vaak",
        (Lang::Nl, TieField::AccordingTo) => "volgens wie",
        (Lang::Nl, TieField::Note) => "notitie",
        (Lang::Nl, TieField::Other) => "andere gegevens",
        (Lang::En, TieField::Kind) => "kind",
        (Lang::En, TieField::Direction) => "direction",
        (Lang::En, TieField::SupportTypes) => "kind of support",
        (Lang::En, TieField::RiskTypes) => "kind of risk",
        (Lang::En, TieField::Strength) => "strength",
        (Lang::En, TieField::Frequency) => "how often",
        (Lang::En, TieField::AccordingTo) => "according to",
        (Lang::En, TieField::Note) => "note",
        (Lang::En, TieField::Other) => "other details",
    }
}

// ---------------------------------------------------------------------------------------
// Words for values
// ---------------------------------------------------------------------------------------

fn kind_word(lang: Lang, kind: PersonKind) -> &'static str {
    t(lang, Key::Kind(kind))
}

/// "steun", "zorg of gevaar", "contact".
fn tie_kind_word(lang: Lang, kind: TieKind) -> String {
    lower_first(t(lang, Key::TieKindName(kind)))
}

fn age_nl(age: Option<Age>) -> String {
    match age {
        Some(Age::Years(years)) => format!("{years} jaar"),
        Some(Age::BirthYear(year)) => format!("geboren in {year}"),
        Some(Age::Band { from, to }) => format!("{from} tot en met {to} jaar"),
        None => "niet gezegd".to_owned(),
    }
}

fn age_en(age: Option<Age>) -> String {
    match age {
        Some(Age::Years(1)) => "1 year".to_owned(),
        Some(Age::Years(years)) => format!("{years} years"),
        Some(Age::BirthYear(year)) => format!("born in {year}"),
        Some(Age::Band { from, to }) => format!("{from} to {to} years"),
        None => "not said".to_owned(),
    }
}

// The words for values are the editor's own (`Key::...Name`), lower-cased inside a
// sentence, so the list of changes says what the form said.

fn gender_word(lang: Lang, gender: Gender) -> String {
    lower_first(t(lang, Key::GenderName(gender)))
}

fn strength_word(lang: Lang, strength: Strength) -> String {
    lower_first(t(lang, Key::StrengthName(strength)))
}

fn frequency_word(lang: Lang, frequency: Option<Frequency>) -> String {
    match frequency {
        Some(frequency) => lower_first(t(lang, Key::FrequencyName(frequency))),
        None => not_said(lang).to_owned(),
    }
}

fn support_word(lang: Lang, support: SupportType) -> String {
    lower_first(t(lang, Key::SupportTypeName(support)))
}

fn risk_word(lang: Lang, risk: RiskType) -> String {
    lower_first(t(lang, Key::RiskTypeName(risk)))
}

/// What an arrangement means, as a clause: "Dennis mag Noah alleen onder toezicht zien".
fn arrangement(lang: Lang, safety: ChildSafety, person: &str, child: &str) -> String {
    match (lang, safety) {
        (Lang::Nl, ChildSafety::SafeAdult) => format!("{person} is een veilige volwassene voor {child}"),
        (Lang::Nl, ChildSafety::SupervisedOnly) => format!("{person} mag {child} alleen onder toezicht zien"),
        (Lang::Nl, ChildSafety::NoContact) => format!("{person} mag geen contact hebben met {child}"),
        (Lang::En, ChildSafety::SafeAdult) => format!("{person} is a safe adult for {child}"),
        (Lang::En, ChildSafety::SupervisedOnly) => format!("{person} may see {child} only under supervision"),
        (Lang::En, ChildSafety::NoContact) => format!("{person} may have no contact with {child}"),
    }
}

/// "veilige volwassene voor Noah, geen contact met Mila", or "geen afspraken".
fn arrangements(lang: Lang, safety: &BTreeMap<PersonId, ChildSafety>, names: &Names) -> String {
    if safety.is_empty() {
        return match lang {
            Lang::Nl => "geen afspraken".to_owned(),
            Lang::En => "no arrangements".to_owned(),
        };
    }
    let parts: Vec<String> = safety
        .iter()
        .map(|(child, value)| {
            let key = match value {
                ChildSafety::SafeAdult => Key::SafeAdultFor,
                ChildSafety::SupervisedOnly => Key::SupervisedOnlyFor,
                ChildSafety::NoContact => Key::NoContactWith,
            };
            format!("{} {}", lower_first(t(lang, key)), names.one(*child))
        })
        .collect();
    parts.join(", ")
}

fn support_list(lang: Lang, types: &BTreeSet<SupportType>) -> String {
    word_list(lang, types.iter().map(|s| support_word(lang, *s)).collect())
}

fn risk_list(lang: Lang, types: &BTreeSet<RiskType>) -> String {
    word_list(lang, types.iter().map(|r| risk_word(lang, *r)).collect())
}

fn word_list(lang: Lang, words: Vec<String>) -> String {
    if words.is_empty() {
        return not_said(lang).to_owned();
    }
    join_words(lang, &words)
}

fn not_said(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "niet gezegd",
        Lang::En => "not said",
    }
}

fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Nl => quoted_nl(text),
        Lang::En => quoted_en(text),
    }
}

fn quoted_nl(text: &str) -> String {
    if text.trim().is_empty() {
        "leeg".to_owned()
    } else {
        format!("‘{text}’")
    }
}

fn quoted_en(text: &str) -> String {
    if text.trim().is_empty() {
        "empty".to_owned()
    } else {
        format!("‘{text}’")
    }
}

fn said_nl(who: &str) -> String {
    if who.trim().is_empty() {
        "niet gezegd".to_owned()
    } else {
        format!("‘{who}’")
    }
}

fn said_en(who: &str) -> String {
    if who.trim().is_empty() {
        "not said".to_owned()
    } else {
        format!("‘{who}’")
    }
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// Looks persons up in the first map that has them (the later map first, for changes).
struct Names<'a> {
    lang: Lang,
    maps: Vec<&'a FamilyMap>,
}

impl Names<'_> {
    fn one(&self, id: PersonId) -> String {
        match self.maps.iter().find_map(|map| map.person(id)) {
            Some(person) => person.name.clone(),
            None => match self.lang {
                Lang::Nl => "iemand".to_owned(),
                Lang::En => "someone".to_owned(),
            },
        }
    }

    /// The life area a person is in: the household, or their sector.
    fn place(&self, id: PersonId) -> &'static str {
        let sector = match self.maps.iter().find_map(|map| map.person(id)) {
            Some(person) if person.in_centre() => Sector::Household,
            Some(person) => person.sector,
            None => Sector::Household,
        };
        t(self.lang, Key::Sector(sector))
    }

    fn join(&self, parts: &[String]) -> String {
        join_words(self.lang, parts)
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------
// Words on the screen: the "Over time" panel, its drawings and the merge step
// ---------------------------------------------------------------------------------------

/// Fixed words in the "Over time" panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiText {
    ClosenessInPerspective,
    AsOnTheMap,
    OverTime,
    OverTimeHelp,
    Snapshots,
    SaveSnapshot,
    SnapshotLabel,
    SnapshotLabelHint,
    SnapshotDate,
    SnapshotLabelRequired,
    BadDate,
    SnapshotSaved,
    NoSnapshotsYet,
    TimelineStrip,
    StripHelp,
    DeleteSnapshot,
    CompareWithNow,
    Compare,
    CompareHelp,
    Earlier,
    Later,
    Now,
    WhatChanged,
    NothingChanged,
    ProtectiveAdultsTitle,
    NoChildren,
    NeedSnapshotToCompare,
    MarksLegend,
    MarkJoined,
    MarkLeft,
    MarkCloser,
    MarkFurther,
    MarkPersonChanged,
    MarkTieAdded,
    MarkTieRemoved,
    MarkRiskToSupport,
    MarkSupportToRisk,
    MarkTieChanged,
    Perspectives,
    PerspectivesHelp,
    NewPerspective,
    PerspectiveName,
    PerspectiveHolder,
    NoHolder,
    CreatePerspective,
    PerspectiveCopyHint,
    PerspectiveNameRequired,
    ShowMapAs,
    AllTogether,
    Disagreements,
    DisagreementHint,
    NoDisagreements,
    NeedTwoPerspectives,
    DisagreementMarkLegend,
    TiesInPerspective,
    NoTiesInPerspective,
    AddTieToPerspective,
    DeletePerspective,
    PerspectiveDoesNotFit,
    PickTwoPersons,
    Merge,
    MergeHelp,
    MergeReading,
    MergeSealed,
    MergeQuestions,
    SamePerson,
    OtherPerson,
    Conflicts,
    KeepOurs,
    TakeTheirs,
    MergeNow,
    MergeUndecided,
    MergeDone,
    MergeMapChanged,
    MergeFailed,
    MergeNothingNew,
}

impl UiText {
    pub const ALL: [UiText; 76] = [
        UiText::ClosenessInPerspective,
        UiText::AsOnTheMap,
        UiText::OverTime,
        UiText::OverTimeHelp,
        UiText::Snapshots,
        UiText::SaveSnapshot,
        UiText::SnapshotLabel,
        UiText::SnapshotLabelHint,
        UiText::SnapshotDate,
        UiText::SnapshotLabelRequired,
        UiText::BadDate,
        UiText::SnapshotSaved,
        UiText::NoSnapshotsYet,
        UiText::TimelineStrip,
        UiText::StripHelp,
        UiText::DeleteSnapshot,
        UiText::CompareWithNow,
        UiText::Compare,
        UiText::CompareHelp,
        UiText::Earlier,
        UiText::Later,
        UiText::Now,
        UiText::WhatChanged,
        UiText::NothingChanged,
        UiText::ProtectiveAdultsTitle,
        UiText::NoChildren,
        UiText::NeedSnapshotToCompare,
        UiText::MarksLegend,
        UiText::MarkJoined,
        UiText::MarkLeft,
        UiText::MarkCloser,
        UiText::MarkFurther,
        UiText::MarkPersonChanged,
        UiText::MarkTieAdded,
        UiText::MarkTieRemoved,
        UiText::MarkRiskToSupport,
        UiText::MarkSupportToRisk,
        UiText::MarkTieChanged,
        UiText::Perspectives,
        UiText::PerspectivesHelp,
        UiText::NewPerspective,
        UiText::PerspectiveName,
        UiText::PerspectiveHolder,
        UiText::NoHolder,
        UiText::CreatePerspective,
        UiText::PerspectiveCopyHint,
        UiText::PerspectiveNameRequired,
        UiText::ShowMapAs,
        UiText::AllTogether,
        UiText::Disagreements,
        UiText::DisagreementHint,
        UiText::NoDisagreements,
        UiText::NeedTwoPerspectives,
        UiText::DisagreementMarkLegend,
        UiText::TiesInPerspective,
        UiText::NoTiesInPerspective,
        UiText::AddTieToPerspective,
        UiText::DeletePerspective,
        UiText::PerspectiveDoesNotFit,
        UiText::PickTwoPersons,
        UiText::Merge,
        UiText::MergeHelp,
        UiText::MergeReading,
        UiText::MergeSealed,
        UiText::MergeQuestions,
        UiText::SamePerson,
        UiText::OtherPerson,
        UiText::Conflicts,
        UiText::KeepOurs,
        UiText::TakeTheirs,
        UiText::MergeNow,
        UiText::MergeUndecided,
        UiText::MergeDone,
        UiText::MergeMapChanged,
        UiText::MergeFailed,
        UiText::MergeNothingNew,
    ];
}

pub fn ui(lang: Lang, text: UiText) -> &'static str {
    match lang {
        Lang::Nl => ui_nl(text),
        Lang::En => ui_en(text),
    }
}

fn ui_nl(text: UiText) -> &'static str {
    match text {
        UiText::OverTime => "In de tijd",
        UiText::OverTimeHelp => {
            "Bewaar hoe de kaart nu is, en kijk later wat er veranderd is. Of laat iedereen de kaart op zijn eigen manier zien."
        }
        UiText::Snapshots => "Momentopnamen",
        UiText::SaveSnapshot => "Momentopname bewaren",
        UiText::SnapshotLabel => "Waarom nu?",
        UiText::SnapshotLabelHint => "Bijvoorbeeld: voor het netwerkberaad van 12 maart",
        UiText::SnapshotDate => "Datum",
        UiText::SnapshotLabelRequired => "Schrijf er een paar woorden bij, zodat je hem later terugvindt.",
        UiText::BadDate => "Kies een datum die bestaat.",
        UiText::SnapshotSaved => "De momentopname is bewaard.",
        UiText::NoSnapshotsYet => "Er zijn nog geen momentopnamen.",
        UiText::TimelineStrip => "Momentopnamen op datum",
        UiText::StripHelp => {
            "Kies een momentopname om de kaart van toen te zien. Met de pijltjestoetsen ga je naar de vorige of de volgende."
        }
        UiText::DeleteSnapshot => "Momentopname weggooien",
        UiText::CompareWithNow => "Vergelijken met nu",
        UiText::Compare => "Vergelijken",
        UiText::CompareHelp => "Kies twee momenten. Je ziet wat er tussen die twee veranderd is.",
        UiText::Earlier => "Eerder moment",
        UiText::Later => "Later moment",
        UiText::Now => "Nu (de kaart zoals hij nu is)",
        UiText::WhatChanged => "Wat is er veranderd?",
        UiText::NothingChanged => "Er is niets veranderd.",
        UiText::ProtectiveAdultsTitle => "Beschermende volwassenen per kind",
        UiText::NoChildren => "Er staan geen kinderen in het gezin.",
        UiText::NeedSnapshotToCompare => "Bewaar eerst een momentopname. Daarna kun je vergelijken.",
        UiText::MarksLegend => "Tekens op de tekening",
        UiText::MarkJoined => "Nieuw op de kaart",
        UiText::MarkLeft => "Niet meer op de kaart (grijze stippelrand)",
        UiText::MarkCloser => "Dichterbij gekomen",
        UiText::MarkFurther => "Verder weg gegaan",
        UiText::MarkPersonChanged => "Iets anders veranderd (plek, naam of gegevens)",
        UiText::MarkTieAdded => "Nieuwe verbinding",
        UiText::MarkTieRemoved => "Verbinding is weg (dunne stippellijn)",
        UiText::MarkRiskToSupport => "Van zorg naar steun",
        UiText::MarkSupportToRisk => "Van steun naar zorg",
        UiText::MarkTieChanged => "Verbinding is anders",
        UiText::Perspectives => "Ieders kijk",
        UiText::PerspectivesHelp => {
            "Iedereen ziet het netwerk anders. Maak een perspectief voor een gezinslid, iemand uit het netwerk of een hulpverlener."
        }
        UiText::NewPerspective => "Nieuw perspectief",
        UiText::PerspectiveName => "Van wie is dit perspectief?",
        UiText::PerspectiveHolder => "Staat deze persoon op de kaart?",
        UiText::NoHolder => "Nee (bijvoorbeeld een hulpverlener)",
        UiText::CreatePerspective => "Perspectief maken",
        UiText::PerspectiveCopyHint => {
            "Het perspectief begint met de verbindingen die nu op de kaart staan. Pas daarna aan wat deze persoon anders ziet."
        }
        UiText::PerspectiveNameRequired => "Schrijf een naam op, of kies iemand van de kaart.",
        UiText::ShowMapAs => "Wiens kijk laat de kaart zien?",
        UiText::AllTogether => "Allemaal samen",
        UiText::Disagreements => "Waar zien ze het anders?",
        UiText::DisagreementHint => "Een verschil is geen fout. Het is iets om samen over te praten.",
        UiText::NoDisagreements => "Alle perspectieven zien de verbindingen hetzelfde.",
        UiText::NeedTwoPerspectives => "Met twee of meer perspectieven zie je hier waar ze verschillen.",
        UiText::DisagreementMarkLegend => "Op de kaart: ≠ en een streep-stippellijn waar perspectieven verschillen.",
        UiText::TiesInPerspective => "Verbindingen in dit perspectief",
        UiText::NoTiesInPerspective => "Dit perspectief heeft nog geen verbindingen.",
        UiText::ClosenessInPerspective => "Hoe dichtbij, in dit perspectief",
        UiText::AsOnTheMap => "Zoals op de kaart",
        UiText::AddTieToPerspective => "Verbinding toevoegen",
        UiText::DeletePerspective => "Perspectief weggooien",
        UiText::PerspectiveDoesNotFit => "Dit past niet bij de kaart. Kies twee personen die op de kaart staan.",
        UiText::PickTwoPersons => "Kies twee verschillende personen.",
        UiText::Merge => "Kaart samenvoegen",
        UiText::MergeHelp => {
            "Kies een Kring-bestand van een ander apparaat. Je ziet eerst wat er verschilt. Niets wordt zomaar overschreven."
        }
        UiText::MergeReading => "Het bestand wordt gelezen…",
        UiText::MergeSealed => {
            "Dit bestand is op slot gezet met een wachtwoord. Open het eerst via ‘Mijn kaarten’ en bewaar het zonder wachtwoord."
        }
        UiText::MergeQuestions => "Is dit dezelfde persoon?",
        UiText::SamePerson => "Ja, dezelfde persoon",
        UiText::OtherPerson => "Nee, iemand anders",
        UiText::Conflicts => "Wat verschilt er?",
        UiText::KeepOurs => "Houden wat hier staat",
        UiText::TakeTheirs => "Nemen uit het andere bestand",
        UiText::MergeNow => "Samenvoegen",
        UiText::MergeUndecided => "Geef eerst bij elke vraag een antwoord.",
        UiText::MergeDone => "De kaarten zijn samengevoegd. Met ‘Ongedaan maken’ draai je dit in één stap terug.",
        UiText::MergeMapChanged => "De kaart is intussen veranderd. Kies het bestand nog een keer.",
        UiText::MergeFailed => "Samenvoegen lukte niet. De kaart is niet veranderd.",
        UiText::MergeNothingNew => "Het andere bestand heeft niets wat hier nog niet staat.",
    }
}

fn ui_en(text: UiText) -> &'static str {
    match text {
        UiText::OverTime => "Over time",
        UiText::OverTimeHelp => {
            "Keep how the map is now, and see later what changed. Or let everyone show the map their own way."
        }
        UiText::Snapshots => "Snapshots",
        UiText::SaveSnapshot => "Save snapshot",
        UiText::SnapshotLabel => "Why now?",
        UiText::SnapshotLabelHint => "For example: before the network meeting on 12 March",
        UiText::SnapshotDate => "Date",
        UiText::SnapshotLabelRequired => "Write a few words, so you can find it again later.",
        UiText::BadDate => "Choose a date that exists.",
        UiText::SnapshotSaved => "The snapshot is saved.",
        UiText::NoSnapshotsYet => "There are no snapshots yet.",
        UiText::TimelineStrip => "Snapshots by date",
        UiText::StripHelp => {
            "Choose a snapshot to see the map as it was then. The arrow keys go to the previous or the next one."
        }
        UiText::DeleteSnapshot => "Delete snapshot",
        UiText::CompareWithNow => "Compare with now",
        UiText::Compare => "Compare",
        UiText::CompareHelp => "Choose two moments. You see what changed between them.",
        UiText::Earlier => "Earlier moment",
        UiText::Later => "Later moment",
        UiText::Now => "Now (the map as it is now)",
        UiText::WhatChanged => "What changed?",
        UiText::NothingChanged => "Nothing changed.",
        UiText::ProtectiveAdultsTitle => "Protective adults per child",
        UiText::NoChildren => "There are no children in the household.",
        UiText::NeedSnapshotToCompare => "Save a snapshot first. Then you can compare.",
        UiText::MarksLegend => "Signs on the drawing",
        UiText::MarkJoined => "New on the map",
        UiText::MarkLeft => "No longer on the map (grey dotted outline)",
        UiText::MarkCloser => "Moved closer",
        UiText::MarkFurther => "Moved further away",
        UiText::MarkPersonChanged => "Something else changed (place, name or details)",
        UiText::MarkTieAdded => "New tie",
        UiText::MarkTieRemoved => "Tie is gone (thin dotted line)",
        UiText::MarkRiskToSupport => "From risk to support",
        UiText::MarkSupportToRisk => "From support to risk",
        UiText::MarkTieChanged => "Tie is different",
        UiText::Perspectives => "Everyone's view",
        UiText::PerspectivesHelp => {
            "Everyone sees the network differently. Make a perspective for a household member, someone in the network or a professional."
        }
        UiText::NewPerspective => "New perspective",
        UiText::PerspectiveName => "Whose perspective is this?",
        UiText::PerspectiveHolder => "Is this person on the map?",
        UiText::NoHolder => "No (for example a professional)",
        UiText::CreatePerspective => "Make perspective",
        UiText::PerspectiveCopyHint => {
            "The perspective starts with the ties on the map now. Then change what this person sees differently."
        }
        UiText::PerspectiveNameRequired => "Write a name, or choose someone on the map.",
        UiText::ShowMapAs => "Whose view does the map show?",
        UiText::AllTogether => "All together",
        UiText::Disagreements => "Where do they see it differently?",
        UiText::DisagreementHint => "A difference is not a mistake. It is something to talk about together.",
        UiText::NoDisagreements => "All perspectives see the ties the same way.",
        UiText::NeedTwoPerspectives => "With two or more perspectives you see here where they differ.",
        UiText::DisagreementMarkLegend => "On the map: ≠ and a dash-dot line where perspectives differ.",
        UiText::TiesInPerspective => "Ties in this perspective",
        UiText::NoTiesInPerspective => "This perspective has no ties yet.",
        UiText::ClosenessInPerspective => "How close, in this perspective",
        UiText::AsOnTheMap => "As on the map",
        UiText::AddTieToPerspective => "Add tie",
        UiText::DeletePerspective => "Delete perspective",
        UiText::PerspectiveDoesNotFit => "This does not fit the map. Choose two persons who are on the map.",
        UiText::PickTwoPersons => "Choose two different persons.",
        UiText::Merge => "Merge a map",
        UiText::MergeHelp => {
            "Choose a Kring file from another device. You first see what differs. Nothing is overwritten without asking."
        }
        UiText::MergeReading => "Reading the file…",
        UiText::MergeSealed => {
            "This file is locked with a password. Open it through ‘My maps’ first and save it without a password."
        }
        UiText::MergeQuestions => "Is this the same person?",
        UiText::SamePerson => "Yes, the same person",
        UiText::OtherPerson => "No, someone else",
        UiText::Conflicts => "What differs?",
        UiText::KeepOurs => "Keep what is here",
        UiText::TakeTheirs => "Take from the other file",
        UiText::MergeNow => "Merge",
        UiText::MergeUndecided => "First answer every question.",
        UiText::MergeDone => "The maps are merged. ‘Undo’ takes this back in one step.",
        UiText::MergeMapChanged => "The map changed in the meantime. Choose the file again.",
        UiText::MergeFailed => "Merging did not work. The map has not changed.",
        UiText::MergeNothingNew => "The other file has nothing that is not here already.",
    }
}

/// A snapshot's day as people write it: 12-03-2026 (nl) or 12 Mar 2026 (en). A date that
/// is not `YYYY-MM-DD` is shown as it is.
pub fn date_text(lang: Lang, iso: &str) -> String {
    let parts: Vec<u32> = iso.split('-').filter_map(|part| part.parse().ok()).collect();
    let [year, month, day] = parts.as_slice() else { return iso.to_owned() };
    if !(1..=12).contains(month) {
        return iso.to_owned();
    }
    match lang {
        Lang::Nl => format!("{day:02}-{month:02}-{year}"),
        Lang::En => {
            const MONTHS: [&str; 12] =
                ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
            let name = MONTHS.get(*month as usize - 1).copied().unwrap_or("");
            format!("{day} {name} {year}")
        }
    }
}

/// A snapshot as named in the timeline strip and the compare choices: "12-03-2026: voor het
/// netwerkberaad".
pub fn snapshot_name(lang: Lang, date: &str, label: &str) -> String {
    format!("{}: {label}", date_text(lang, date))
}

/// What the read-only drawing of a snapshot shows, for screen readers.
pub fn snapshot_drawing_label(lang: Lang, date: &str, label: &str) -> String {
    match lang {
        Lang::Nl => format!("Tekening van de kaart op {} ({label}). Alleen om te bekijken.", date_text(lang, date)),
        Lang::En => format!("Drawing of the map on {} ({label}). For viewing only.", date_text(lang, date)),
    }
}

/// The heading above one shown snapshot.
pub fn snapshot_heading(lang: Lang, date: &str, label: &str) -> String {
    match lang {
        Lang::Nl => format!("De kaart op {}: {label}", date_text(lang, date)),
        Lang::En => format!("The map on {}: {label}", date_text(lang, date)),
    }
}

/// The drawing of a comparison: the later map with the changes marked.
pub fn comparison_drawing_label(lang: Lang, changes: usize) -> String {
    match lang {
        Lang::Nl => format!(
            "Tekening van de latere kaart met {} erop. De lijst hiernaast zegt hetzelfde in woorden.",
            counted(changes, "verandering", "veranderingen")
        ),
        Lang::En => format!(
            "Drawing of the later map with {} marked. The list says the same in words.",
            counted(changes, "change", "changes")
        ),
    }
}

/// "3 veranderingen" / "3 changes", above the list.
pub fn change_count(lang: Lang, changes: usize) -> String {
    match lang {
        Lang::Nl => counted(changes, "verandering", "veranderingen"),
        Lang::En => counted(changes, "change", "changes"),
    }
}

/// The caption on the map while it shows one perspective.
pub fn seen_by(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Zoals {name} het ziet"),
        Lang::En => format!("As {name} sees it"),
    }
}

/// The caption on the map in "all together" when perspectives differ.
pub fn differences_on_map(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Nl => format!("Allemaal samen: {} (≠)", counted(count, "verschil", "verschillen")),
        Lang::En => format!("All together: {} (≠)", counted(count, "difference", "differences")),
    }
}

/// A tie in a perspective's list: "Dennis → Noah (Praktische hulp)", with the types of
/// its kind when there are any, so two ties between the same persons can be told apart.
pub fn perspective_tie_name(lang: Lang, from: &str, to: &str, tie: &Tie) -> String {
    let arrow = if tie.mutual { "↔" } else { "→" };
    let types: Vec<String> = match tie.kind {
        TieKind::Support => tie.support.iter().map(|s| support_word(lang, *s)).collect(),
        TieKind::Risk => tie.risk.iter().map(|r| risk_word(lang, *r)).collect(),
        TieKind::Contact => Vec::new(),
    };
    if types.is_empty() {
        format!("{from} {arrow} {to}")
    } else {
        format!("{from} {arrow} {to} ({})", join_words(lang, &types))
    }
}

/// The kind of one tie in a perspective, as a form label: "Soort verbinding van Dennis
/// naar Noah (praktische hulp)".
pub fn perspective_tie_kind_label(lang: Lang, from: &str, to: &str, tie: &Tie) -> String {
    let name = perspective_tie_name(lang, from, to, tie);
    let details = name.find(" (").map_or("", |at| &name[at..]);
    match (lang, tie.mutual) {
        (Lang::Nl, false) => format!("Soort verbinding van {from} naar {to}{details}"),
        (Lang::Nl, true) => format!("Soort verbinding tussen {from} en {to}{details}"),
        (Lang::En, false) => format!("Kind of tie from {from} to {to}{details}"),
        (Lang::En, true) => format!("Kind of tie between {from} and {to}{details}"),
    }
}

/// The button that takes a tie out of one perspective.
pub fn remove_tie_from_perspective(lang: Lang, from: &str, to: &str, tie: &Tie, perspective: &str) -> String {
    let name = perspective_tie_name(lang, from, to, tie);
    match lang {
        Lang::Nl => format!("Verbinding {name} weghalen uit het perspectief van {perspective}"),
        Lang::En => format!("Remove the tie {name} from {perspective}'s perspective"),
    }
}

/// The heading above the ties of the perspective being shown.
pub fn perspective_heading(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Perspectief van {name}"),
        Lang::En => format!("{name}'s perspective"),
    }
}

/// The button that shows the persons of one disagreement on the map.
pub fn show_disagreement(lang: Lang, sentence: &str) -> String {
    match lang {
        Lang::Nl => format!("Laat zien op de kaart: {sentence}"),
        Lang::En => format!("Show on the map: {sentence}"),
    }
}

/// What a merge brings in besides the answers asked for.
pub fn merge_summary(lang: Lang, new_persons: usize, new_ties: usize, perspectives: usize) -> String {
    match lang {
        Lang::Nl => format!(
            "Nieuw uit het andere bestand: {}, {} en {}.",
            counted(new_persons, "persoon", "personen"),
            counted(new_ties, "verbinding", "verbindingen"),
            counted(perspectives, "perspectief", "perspectieven")
        ),
        Lang::En => format!(
            "New from the other file: {}, {} and {}.",
            counted(new_persons, "person", "persons"),
            counted(new_ties, "tie", "ties"),
            counted(perspectives, "perspective", "perspectives")
        ),
    }
}

#[cfg(test)]
mod ui_tests {
    use super::*;

    #[test]
    fn every_screen_text_exists_in_both_languages() {
        for text in UiText::ALL {
            assert!(!ui(Lang::Nl, text).trim().is_empty(), "{text:?} nl");
            assert!(!ui(Lang::En, text).trim().is_empty(), "{text:?} en");
        }
        assert_eq!(ui(Lang::En, UiText::OverTime), "Over time");
        assert_eq!(ui(Lang::Nl, UiText::OverTime), "In de tijd");
        assert_eq!(ui(Lang::Nl, UiText::Merge), "Kaart samenvoegen");
    }

    #[test]
    fn snapshot_dates_read_as_people_write_them() {
        assert_eq!(date_text(Lang::Nl, "2026-03-12"), "12-03-2026");
        assert_eq!(date_text(Lang::En, "2026-03-12"), "12 Mar 2026");
        assert_eq!(date_text(Lang::En, "gisteren"), "gisteren");
        assert_eq!(snapshot_name(Lang::Nl, "2026-03-12", "voor het beraad"), "12-03-2026: voor het beraad");
    }

    #[test]
    fn a_tie_in_a_perspective_is_named_with_its_types() {
        let mut tie = Tie::new(crate::model::TieId(1), PersonId(4), PersonId(2), TieKind::Support);
        tie.support.insert(SupportType::Practical);
        assert_eq!(perspective_tie_name(Lang::En, "Dennis", "Noah", &tie), "Dennis → Noah (practical help)");
        assert_eq!(
            perspective_tie_kind_label(Lang::Nl, "Dennis", "Noah", &tie),
            "Soort verbinding van Dennis naar Noah (praktische hulp)"
        );
        tie.kind = TieKind::Contact;
        tie.mutual = true;
        assert_eq!(perspective_tie_name(Lang::Nl, "Dennis", "Noah", &tie), "Dennis ↔ Noah");
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(change_count(Lang::Nl, 1), "1 verandering");
        assert_eq!(change_count(Lang::En, 3), "3 changes");
        assert_eq!(merge_summary(Lang::En, 1, 2, 0), "New from the other file: 1 person, 2 ties and 0 perspectives.");
    }
}
