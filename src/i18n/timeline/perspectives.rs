//! Where perspectives disagree, in sentences.

use super::*;

// ---------------------------------------------------------------------------------------
// Perspectives
// ---------------------------------------------------------------------------------------

/// One sentence naming who says what: "Volgens Noah steunt Dennis hem; volgens Linda zijn
/// er zorgen over wat Dennis doet tegen Noah."
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
pub(super) fn ring_text(lang: Lang, ring: Ring) -> String {
    format!("ring {} ({})", ring.get(), lower_first(t(lang, Key::Ring(ring))))
}

/// Whose opinion: one perspective (whose holder can be "him" or "her") or several.
pub(super) struct Who {
    names: Vec<String>,
    /// The one holder, when one perspective with a holder says this.
    holder: Option<(PersonId, Gender)>,
}

impl Who {
    pub(super) fn new(ids: &[PerspectiveId], perspectives: &[Perspective], map: &FamilyMap) -> Who {
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

    pub(super) fn label(&self, n: &Names) -> String {
        n.join(&self.names)
    }

    /// The pronoun for `person` if it is this opinion's holder with a known gender.
    pub(super) fn pronoun(&self, lang: Lang, person: PersonId, subject: bool) -> Option<&'static str> {
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
pub(super) fn pair_clauses(lang: Lang, view: &PairView, a: PersonId, b: PersonId, who: &Who, n: &Names) -> Vec<String> {
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
        let wish = |from: PersonId| if from == a { view.forward.not_near } else { view.backward.not_near };
        let one_way = |from: PersonId, to: PersonId| match (lang, kind) {
            (Lang::Nl, TieKind::Risk) if wish(from) => {
                format!("wil {} {} liever niet dichtbij", subject(to), object(from))
            }
            (Lang::En, TieKind::Risk) if wish(from) => {
                format!("{} would rather not have {} near", subject(to), object(from))
            }
            (Lang::Nl, TieKind::Risk) => {
                format!("zijn er zorgen over wat {} doet tegen {}", subject(from), object(to))
            }
            (Lang::Nl, TieKind::Support) => format!("steunt {} {}", subject(from), object(to)),
            (Lang::Nl, TieKind::Contact) => format!("heeft {} contact met {}", subject(from), object(to)),
            (Lang::En, TieKind::Risk) => {
                format!("there are worries about what {} does to {}", subject(from), object(to))
            }
            (Lang::En, TieKind::Support) => format!("{} supports {}", subject(from), object(to)),
            (Lang::En, TieKind::Contact) => format!("{} is in touch with {}", subject(from), object(to)),
        };
        match (forward, backward) {
            (true, true) => clauses.push(match (lang, kind) {
                (Lang::Nl, TieKind::Risk) => format!("zijn er zorgen over wat {name_a} en {name_b} elkaar aandoen"),
                (Lang::Nl, TieKind::Support) => format!("steunen {name_a} en {name_b} elkaar"),
                (Lang::Nl, TieKind::Contact) => format!("hebben {name_a} en {name_b} contact met elkaar"),
                (Lang::En, TieKind::Risk) => {
                    format!("there are worries about what {name_a} and {name_b} do to each other")
                }
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
