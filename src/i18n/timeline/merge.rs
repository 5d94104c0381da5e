//! What a merge asks: doubtful matches and conflicts.

use super::*;

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
                    PersonField::Factors if p.factors.is_empty() => match lang {
                        Lang::Nl => "niets".to_owned(),
                        Lang::En => "nothing".to_owned(),
                    },
                    PersonField::Factors => {
                        crate::i18n::factors::factor_list(lang, &p.factors.iter().copied().collect::<Vec<_>>())
                            .to_lowercase()
                    }
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

pub(super) fn person_field_label(lang: Lang, field: PersonField) -> &'static str {
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
        (Lang::Nl, PersonField::Factors) => "wat er speelt",
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
        (Lang::En, PersonField::Factors) => "what plays a role",
        (Lang::En, PersonField::Other) => "other details",
    }
}

pub(super) fn tie_field_label(lang: Lang, field: TieField) -> &'static str {
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
