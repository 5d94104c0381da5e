//! Sentences for issue 8: what changed between two snapshots, protective adults then and
//! now, where perspectives disagree, and what a merge asks. Dutch on B1 level (the
//! default) and English; persons are called by their names. Every function matches
//! exhaustively per language, so a new kind of change does not compile until both
//! languages can say it.

use super::{t, Key, Lang};
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
                    Lang::Nl => format!("volgens {} {}", who.label(&n), join(lang, &clauses)),
                    Lang::En => format!("according to {}, {}", who.label(&n), join(lang, &clauses)),
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
        None => "niet gezegd".to_owned(),
    }
}

fn age_en(age: Option<Age>) -> String {
    match age {
        Some(Age::Years(1)) => "1 year".to_owned(),
        Some(Age::Years(years)) => format!("{years} years"),
        Some(Age::BirthYear(year)) => format!("born in {year}"),
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
    join(lang, &words)
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
        join(self.lang, parts)
    }
}

/// "A, B en C" / "A, B and C".
fn join(lang: Lang, parts: &[String]) -> String {
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    match parts {
        [] => String::new(),
        [only] => only.clone(),
        [first @ .., last] => format!("{}{and}{last}", first.join(", ")),
    }
}

fn counted(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
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
