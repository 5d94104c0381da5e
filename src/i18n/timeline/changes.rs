//! What changed between two maps, in sentences, and safe adults then and now.

use super::*;

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

pub(super) fn change_nl(change: &Change, n: &Names) -> String {
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
                PersonDetail::Factors { added, gone } => factors_changed(Lang::Nl, &name, added, gone),
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

pub(super) fn change_en(change: &Change, n: &Names) -> String {
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
                PersonDetail::Factors { added, gone } => factors_changed(Lang::En, &name, added, gone),
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

/// "Bij Linda speelt nu ook: schulden. Niet meer: scheiding."
fn factors_changed(lang: Lang, name: &str, added: &[crate::model::Factor], gone: &[crate::model::Factor]) -> String {
    let list = |f: &[crate::model::Factor]| crate::i18n::factors::factor_list(lang, f).to_lowercase();
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(match lang {
            Lang::Nl => format!("Bij {name} speelt nu ook: {}.", list(added)),
            Lang::En => format!("Now also plays a role for {name}: {}.", list(added)),
        });
    }
    if !gone.is_empty() {
        parts.push(match lang {
            Lang::Nl => format!("Bij {name} speelt niet meer: {}.", list(gone)),
            Lang::En => format!("No longer plays a role for {name}: {}.", list(gone)),
        });
    }
    parts.join(" ")
}

/// What a tie says, as a clause: "Dennis steunt Noah".
pub(super) fn statement_nl(tie: &Tie, n: &Names) -> String {
    let (a, b) = (n.one(tie.from), n.one(tie.to));
    if tie.answer == Some(ChildAnswer::NotNear) {
        return format!("{b} wil {a} liever niet dichtbij");
    }
    match (tie.kind, tie.mutual) {
        (TieKind::Support, true) => format!("{a} en {b} steunen elkaar"),
        (TieKind::Support, false) => format!("{a} steunt {b}"),
        // What someone does, not what someone is.
        (TieKind::Risk, true) => format!("er zijn zorgen over wat {a} en {b} elkaar aandoen"),
        (TieKind::Risk, false) => format!("er zijn zorgen over wat {a} doet tegen {b}"),
        (TieKind::Contact, true) => format!("{a} en {b} hebben contact met elkaar"),
        (TieKind::Contact, false) => format!("{a} heeft contact met {b}"),
    }
}

pub(super) fn statement_en(tie: &Tie, n: &Names) -> String {
    let (a, b) = (n.one(tie.from), n.one(tie.to));
    if tie.answer == Some(ChildAnswer::NotNear) {
        return format!("{b} would rather not have {a} near");
    }
    match (tie.kind, tie.mutual) {
        (TieKind::Support, true) => format!("{a} and {b} support each other"),
        (TieKind::Support, false) => format!("{a} supports {b}"),
        (TieKind::Risk, true) => format!("there are worries about what {a} and {b} do to each other"),
        (TieKind::Risk, false) => format!("there are worries about what {a} does to {b}"),
        (TieKind::Contact, true) => format!("{a} and {b} are in touch with each other"),
        (TieKind::Contact, false) => format!("{a} is in touch with {b}"),
    }
}

/// Safe adults for one child, then and now.
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
            format!("{child}: veilige volwassenen buiten het gezin: toen {then}, nu {now}.")
        }
        (Lang::Nl, None, Some(now)) => format!(
            "{child}: toen geen kind in het gezin; nu {} buiten het gezin.",
            counted(now, "veilige volwassene", "veilige volwassenen")
        ),
        (Lang::Nl, Some(then), None) => format!(
            "{child}: toen {} buiten het gezin; nu geen kind in het gezin meer.",
            counted(then, "veilige volwassene", "veilige volwassenen")
        ),
        (Lang::Nl, None, None) => format!("{child}: geen kind in het gezin."),
        (Lang::En, Some(then), Some(now)) => {
            format!("{child}: safe adults outside the household: then {then}, now {now}.")
        }
        (Lang::En, None, Some(now)) => format!(
            "{child}: not a child in the household then; now {} outside the household.",
            counted(now, "safe adult", "safe adults")
        ),
        (Lang::En, Some(then), None) => format!(
            "{child}: {} outside the household then; no longer a child in the household now.",
            counted(then, "safe adult", "safe adults")
        ),
        (Lang::En, None, None) => format!("{child}: not a child in the household."),
    }
}
