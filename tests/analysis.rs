//! The insights (analysis) on small hand-made maps with known answers, on the Bakker
//! family, and on pseudo-random maps checked against a slow, obviously-right search.

mod common;

use kring::analysis::{insights, Insight, Severity, MANY_SUPPORT_TIES};
use kring::i18n::{insights::sentence, Lang};
use kring::model::*;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

// ---------------------------------------------------------------------------------------
// A small builder: every test says only what matters to it.
// ---------------------------------------------------------------------------------------

struct Builder {
    map: FamilyMap,
}

impl Builder {
    fn new() -> Builder {
        Builder { map: FamilyMap::new("test") }
    }

    fn add(&mut self, name: &str, sector: Sector, change: impl FnOnce(&mut Person)) -> PersonId {
        let mut person = Person::new(self.map.next_person_id(), name, sector, Ring::CLOSEST);
        change(&mut person);
        let id = person.id;
        self.map.apply(Edit::AddPerson { person }).expect("valid person");
        id
    }

    /// A child who lives in the household.
    fn child(&mut self, name: &str) -> PersonId {
        self.add(name, Sector::Household, |p| p.child = true)
    }

    /// An adult who lives in the household.
    fn parent(&mut self, name: &str) -> PersonId {
        self.add(name, Sector::Household, |_| {})
    }

    /// An adult person outside the household.
    fn adult(&mut self, name: &str, sector: Sector) -> PersonId {
        self.add(name, sector, |_| {})
    }

    fn tie(&mut self, from: PersonId, to: PersonId, kind: TieKind, mutual: bool) -> TieId {
        let mut tie = Tie::new(self.map.next_tie_id(), from, to, kind);
        tie.mutual = mutual;
        let id = tie.id;
        self.map.apply(Edit::AddTie { tie }).expect("valid tie");
        id
    }

    fn support(&mut self, from: PersonId, to: PersonId) -> TieId {
        self.tie(from, to, TieKind::Support, false)
    }

    fn risk(&mut self, from: PersonId, to: PersonId) -> TieId {
        self.tie(from, to, TieKind::Risk, false)
    }

    fn build(&self) -> FamilyMap {
        self.map.clone()
    }
}

fn name(map: &FamilyMap, id: PersonId) -> String {
    map.person(id).map(|p| p.name.clone()).unwrap_or_default()
}

/// The one insight about protective adults for a child (each child gets exactly one).
fn protection_of(found: &[Insight], child: PersonId) -> Insight {
    let about: Vec<&Insight> = found
        .iter()
        .filter(|i| {
            matches!(i, Insight::NoProtectiveAdult { child: c, .. }
                | Insight::SinglePointOfFailure { child: c, .. }
                | Insight::ProtectiveAdults { child: c, .. } if *c == child)
        })
        .collect();
    assert_eq!(about.len(), 1, "exactly one protection insight for {child}: {found:#?}");
    about[0].clone()
}

fn adults_protecting(found: &[Insight], child: PersonId) -> Vec<PersonId> {
    match protection_of(found, child) {
        Insight::NoProtectiveAdult { .. } => vec![],
        Insight::SinglePointOfFailure { supporter, .. } => vec![supporter],
        Insight::ProtectiveAdults { adults, .. } => adults,
        other => panic!("not a protection insight: {other:?}"),
    }
}

fn bottleneck_of(found: &[Insight], child: PersonId) -> Option<(Vec<PersonId>, Vec<TieId>)> {
    found.iter().find_map(|i| match i {
        Insight::SupportBottleneck { child: c, through, bridges } if *c == child => {
            Some((through.clone(), bridges.clone()))
        }
        _ => None,
    })
}

// ---------------------------------------------------------------------------------------
// Protective adults per child
// ---------------------------------------------------------------------------------------

#[test]
fn a_child_with_no_adults_at_all_has_no_protective_adult() {
    let mut b = Builder::new();
    let sam = b.child("Sam");
    let found = insights(&b.build());
    assert_eq!(found[0], Insight::NoProtectiveAdult { child: sam, professionals: vec![] });
    assert_eq!(found[0].severity(), Severity::Urgent);
}

#[test]
fn a_child_without_protective_adults_comes_before_everything_else() {
    let mut b = Builder::new();
    // The well-supported child is added first, so only the ordering can put Sam first.
    let eva = b.child("Eva");
    let sam = b.child("Sam");
    let oma = b.adult("Oma", Sector::Family);
    let buur = b.adult("Buurvrouw", Sector::Community);
    b.support(oma, eva);
    b.support(buur, eva);
    let pros: Vec<_> = (0..3).map(|i| b.adult(&format!("Pro {i}"), Sector::Professionals)).collect();
    b.support(pros[0], eva);
    let found = insights(&b.build());
    assert_eq!(found[0], Insight::NoProtectiveAdult { child: sam, professionals: vec![] });
    assert!(matches!(found.last(), Some(i) if i.severity() >= Severity::Good));
}

#[test]
fn support_to_the_child_or_mutual_support_counts_but_support_from_the_child_does_not() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let oom = b.adult("Oom Piet", Sector::Family);
    let vriendin = b.adult("Fleur", Sector::Friends);
    let trainer = b.adult("Trainer", Sector::Community);
    b.support(oom, child);
    b.tie(child, vriendin, TieKind::Support, true);
    b.support(child, trainer); // Noor helps the trainer: that does not protect Noor.
    b.tie(trainer, child, TieKind::Contact, false); // being in touch is not support either
    let found = insights(&b.build());
    assert_eq!(adults_protecting(&found, child), vec![oom, vriendin]);
}

#[test]
fn a_deceased_supporter_is_not_counted() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let opa = b.add("Opa", Sector::Family, |p| p.deceased = true);
    let tante = b.adult("Tante", Sector::Family);
    b.support(opa, child);
    b.support(tante, child);
    let found = insights(&b.build());
    assert_eq!(
        protection_of(&found, child),
        Insight::SinglePointOfFailure { child, supporter: tante, ties: vec![TieId(2)] }
    );
}

#[test]
fn household_members_are_not_outside_support() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let moeder = b.parent("Moeder");
    let broer = b.add("Broer", Sector::Household, |p| p.child = true);
    // Someone who lives in the household but is drawn with another sector still lives there.
    let stiefvader = b.add("Stiefvader", Sector::Family, |p| p.household = true);
    for carer in [moeder, broer, stiefvader] {
        b.support(carer, child);
    }
    let found = insights(&b.build());
    assert_eq!(protection_of(&found, child), Insight::NoProtectiveAdult { child, professionals: vec![] });
}

#[test]
fn children_pets_and_organisations_outside_are_not_protective_adults() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let vriendje = b.add("Vriendje", Sector::Friends, |p| p.child = true);
    let hond = b.add("Hond", Sector::Friends, |p| p.kind = PersonKind::Pet);
    let club = b.add("Voetbalclub", Sector::Community, |p| p.kind = PersonKind::Organisation);
    for giver in [vriendje, hond, club] {
        b.support(giver, child);
    }
    let found = insights(&b.build());
    assert_eq!(protection_of(&found, child), Insight::NoProtectiveAdult { child, professionals: vec![] });
}

#[test]
fn two_protective_adults_are_named_as_a_strength() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let oma = b.adult("Oma", Sector::Family);
    let juf = b.adult("Juf", Sector::SchoolWork);
    let t1 = b.support(oma, child);
    let t2 = b.support(juf, child);
    let t3 = b.support(oma, child); // a second tie from the same adult
    let found = insights(&b.build());
    let protection = protection_of(&found, child);
    assert_eq!(protection, Insight::ProtectiveAdults { child, adults: vec![oma, juf], ties: vec![t1, t2, t3] });
    assert_eq!(protection.severity(), Severity::Good);
    assert_eq!(protection.persons(), vec![child, oma, juf]);
    assert_eq!(protection.ties(), vec![t1, t2, t3]);
}

#[test]
fn one_protective_adult_is_a_single_point_of_failure() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let coach = b.adult("Coach", Sector::Community);
    let tie = b.tie(coach, child, TieKind::Support, true);
    let found = insights(&b.build());
    let spof = Insight::SinglePointOfFailure { child, supporter: coach, ties: vec![tie] };
    assert_eq!(protection_of(&found, child), spof);
    assert_eq!(spof.severity(), Severity::Attention);
    assert_eq!(spof.persons(), vec![child, coach]);
    // The coach is the only route too, but that is already said: no second insight.
    assert_eq!(bottleneck_of(&found, child), None);
}

// ---------------------------------------------------------------------------------------
// Support and risk from the same person
// ---------------------------------------------------------------------------------------

#[test]
fn a_person_who_supports_and_harms_a_child_is_flagged_and_not_protective() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let vader = b.adult("Vader", Sector::Family);
    let oma = b.adult("Oma", Sector::Family);
    let support = b.support(vader, child);
    let risk = b.risk(vader, child);
    b.support(oma, child);
    let found = insights(&b.build());
    let flagged = Insight::SupportAndRisk {
        person: vader,
        child,
        support_ties: vec![support],
        risk_ties: vec![risk],
        otherwise_protective: true,
    };
    assert!(found.contains(&flagged), "{found:#?}");
    assert_eq!(flagged.severity(), Severity::Urgent);
    assert_eq!(flagged.ties(), vec![support, risk]);
    assert_eq!(adults_protecting(&found, child), vec![oma]);
}

#[test]
fn support_either_way_and_mutual_risk_count_for_support_and_risk() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let tante = b.adult("Tante", Sector::Family);
    let support = b.support(child, tante); // the child cares for her aunt
    let risk = b.tie(child, tante, TieKind::Risk, true); // and they hurt each other
    let found = insights(&b.build());
    assert!(found.contains(&Insight::SupportAndRisk {
        person: tante,
        child,
        support_ties: vec![support],
        risk_ties: vec![risk],
        otherwise_protective: false
    }));
}

#[test]
fn harm_from_the_child_to_a_supporter_is_not_risk_for_the_child() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let oom = b.adult("Oom", Sector::Family);
    b.support(oom, child);
    b.risk(child, oom);
    let found = insights(&b.build());
    assert!(!found.iter().any(|i| matches!(i, Insight::SupportAndRisk { .. })), "{found:#?}");
    assert_eq!(adults_protecting(&found, child), vec![oom]);
}

#[test]
fn a_household_member_can_support_and_harm_a_child() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let moeder = b.parent("Moeder");
    let support = b.support(moeder, child);
    let risk = b.risk(moeder, child);
    let found = insights(&b.build());
    let flagged = Insight::SupportAndRisk {
        person: moeder,
        child,
        support_ties: vec![support],
        risk_ties: vec![risk],
        otherwise_protective: false,
    };
    assert!(found.contains(&flagged), "{found:#?}");
    // She lives in the household, so she never counted as outside protection: don't say so.
    let map = b.build();
    assert_eq!(
        sentence(Lang::En, &flagged, &map),
        "Moeder helps Noor. There are also worries about what Moeder does to Noor."
    );
}

// ---------------------------------------------------------------------------------------
// Bottlenecks: who all outside support runs through
// ---------------------------------------------------------------------------------------

#[test]
fn all_outside_support_through_one_parent_is_a_bottleneck() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let moeder = b.parent("Moeder");
    let oma = b.adult("Oma", Sector::Family);
    let vriendin = b.adult("Vriendin", Sector::Friends);
    let bridge = b.support(moeder, child);
    b.support(oma, moeder);
    b.support(vriendin, moeder);
    let found = insights(&b.build());
    assert_eq!(protection_of(&found, child), Insight::NoProtectiveAdult { child, professionals: vec![] });
    assert_eq!(bottleneck_of(&found, child), Some((vec![moeder], vec![bridge])));
}

#[test]
fn two_parents_with_their_own_outside_support_are_no_bottleneck() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let moeder = b.parent("Moeder");
    let vader = b.parent("Vader");
    let oma = b.adult("Oma", Sector::Family);
    let buurman = b.adult("Buurman", Sector::Community);
    b.support(moeder, child);
    b.support(vader, child);
    b.support(oma, moeder);
    b.support(buurman, vader);
    assert_eq!(bottleneck_of(&insights(&b.build()), child), None);
}

#[test]
fn a_chain_names_every_person_on_it_nearest_the_child_first() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let moeder = b.parent("Moeder");
    let oom = b.adult("Oom", Sector::Family);
    let zijn_vriend = b.adult("Vriend van oom", Sector::Friends);
    let t1 = b.support(moeder, child);
    // Two ties between mother and uncle: losing one leaves the other, so neither is a bridge.
    b.support(oom, moeder);
    b.support(moeder, oom);
    b.support(zijn_vriend, oom);
    let found = insights(&b.build());
    // Without the uncle, the child cannot reach his friend either.
    assert_eq!(bottleneck_of(&found, child), Some((vec![moeder, oom], vec![t1])));
    let bottleneck = found.iter().find(|i| matches!(i, Insight::SupportBottleneck { .. })).cloned();
    assert_eq!(bottleneck.map(|i| i.persons()), Some(vec![child, moeder, oom]));
}

#[test]
fn support_through_a_harmful_relationship_is_not_a_route() {
    let mut b = Builder::new();
    let child = b.child("Noor");
    let moeder = b.parent("Moeder");
    let ex = b.adult("Ex", Sector::Family);
    b.support(moeder, child);
    b.support(ex, moeder);
    b.risk(ex, moeder);
    let found = insights(&b.build());
    assert_eq!(bottleneck_of(&found, child), None, "{found:#?}");
}

// ---------------------------------------------------------------------------------------
// The network as a whole
// ---------------------------------------------------------------------------------------

fn empty_sectors(found: &[Insight]) -> Vec<Sector> {
    found
        .iter()
        .filter_map(|i| match i {
            Insight::EmptySector { sector } => Some(*sector),
            _ => None,
        })
        .collect()
}

#[test]
fn everyone_in_one_sector_leaves_the_other_four_empty() {
    let mut b = Builder::new();
    b.child("Noor");
    for name in ["Oma", "Opa", "Tante"] {
        b.adult(name, Sector::Family);
    }
    let found = insights(&b.build());
    let mut empty = empty_sectors(&found);
    empty.sort();
    assert_eq!(empty, vec![Sector::Friends, Sector::Community, Sector::SchoolWork, Sector::Professionals]);
    // No professionals is a fact, not a weak spot; no friends is worth working on.
    assert_eq!(Insight::EmptySector { sector: Sector::Professionals }.severity(), Severity::Info);
    // An empty sector is a question to ask, not a warning.
    assert_eq!(Insight::EmptySector { sector: Sector::Friends }.severity(), Severity::Info);
}

#[test]
fn a_sector_with_only_the_deceased_is_empty_and_the_household_never_is_reported() {
    let mut b = Builder::new();
    b.child("Noor");
    b.add("Opa", Sector::Family, |p| p.deceased = true);
    b.add("Club", Sector::Community, |p| p.kind = PersonKind::Organisation);
    let found = insights(&b.build());
    let empty: BTreeSet<Sector> = empty_sectors(&found).into_iter().collect();
    assert!(empty.contains(&Sector::Family));
    assert!(!empty.contains(&Sector::Community), "an organisation fills its sector");
    assert!(!empty.contains(&Sector::Household));
    assert_eq!(empty.len(), 4);
}

#[test]
fn as_many_professionals_as_own_people_is_the_seed_problem() {
    let mut b = Builder::new();
    b.child("Noor");
    b.adult("Wijkcoach", Sector::Professionals);
    b.adult("Huisarts", Sector::Professionals);
    b.adult("Oma", Sector::Family);
    b.adult("Buurvrouw", Sector::Community);
    // Not people from the own network: an organisation, a pet, the household, the dead.
    b.add("Moskee", Sector::Community, |p| p.kind = PersonKind::Organisation);
    b.add("Kat", Sector::Friends, |p| p.kind = PersonKind::Pet);
    b.parent("Moeder");
    b.add("Opa", Sector::Family, |p| p.deceased = true);
    let found = insights(&b.build());
    let seed = Insight::ProfessionalsOutnumber { professionals: 2, informal: 2 };
    assert!(found.contains(&seed), "{found:#?}");
    assert_eq!(seed.severity(), Severity::Attention);

    b.adult("Vriendin", Sector::Friends);
    let found = insights(&b.build());
    assert!(found.contains(&Insight::InformalOutnumbers { professionals: 2, informal: 3 }), "{found:#?}");
    assert!(!found.iter().any(|i| matches!(i, Insight::ProfessionalsOutnumber { .. })));
}

#[test]
fn no_one_around_the_household_says_nothing_about_the_balance() {
    let mut b = Builder::new();
    b.child("Noor");
    let found = insights(&b.build());
    assert!(!found
        .iter()
        .any(|i| matches!(i, Insight::ProfessionalsOutnumber { .. } | Insight::InformalOutnumbers { .. })));
    assert_eq!(empty_sectors(&found).len(), 5);
}

#[test]
fn someone_who_gives_much_and_receives_nothing_is_flagged() {
    let mut b = Builder::new();
    let moeder = b.parent("Moeder");
    let kids: Vec<_> = ["Noor", "Sem", "Lot"].iter().map(|n| b.child(n)).collect();
    let oma = b.adult("Oma", Sector::Family);
    let ties: Vec<_> = kids.iter().map(|&k| b.support(moeder, k)).collect();
    b.support(oma, kids[0]); // Oma gives once: not "much"
    let found = insights(&b.build());
    let overload = Insight::GivesWithoutReceiving { person: moeder, receivers: kids.clone(), ties: ties.clone() };
    assert!(found.contains(&overload), "{found:#?}");
    assert_eq!(found.iter().filter(|i| matches!(i, Insight::GivesWithoutReceiving { .. })).count(), 1);
    assert_eq!(MANY_SUPPORT_TIES, 3);

    // As soon as someone supports her, she is no longer only giving.
    b.support(oma, moeder);
    assert!(!insights(&b.build()).iter().any(|i| matches!(i, Insight::GivesWithoutReceiving { .. })));
}

#[test]
fn two_support_ties_are_not_much_and_a_mutual_tie_is_receiving_too() {
    let mut b = Builder::new();
    let moeder = b.parent("Moeder");
    let kids: Vec<_> = ["Noor", "Sem", "Lot"].iter().map(|n| b.child(n)).collect();
    b.support(moeder, kids[0]);
    b.support(moeder, kids[1]);
    assert!(!insights(&b.build()).iter().any(|i| matches!(i, Insight::GivesWithoutReceiving { .. })));
    b.tie(moeder, kids[2], TieKind::Support, true);
    assert!(!insights(&b.build()).iter().any(|i| matches!(i, Insight::GivesWithoutReceiving { .. })));
}

#[test]
fn mutual_support_counts_mutual_ties_and_ties_each_way() {
    let mut b = Builder::new();
    let moeder = b.parent("Moeder");
    let oma = b.adult("Oma", Sector::Family);
    let buurvrouw = b.adult("Buurvrouw", Sector::Community);
    let juf = b.adult("Juf", Sector::SchoolWork);
    let mutual = b.tie(oma, moeder, TieKind::Support, true);
    let there = b.support(moeder, buurvrouw);
    let back = b.support(buurvrouw, moeder);
    b.support(juf, moeder); // one way only
    let found = insights(&b.build());
    let expected =
        Insight::MutualSupport { pairs: vec![(moeder, oma), (moeder, buurvrouw)], ties: vec![mutual, there, back] };
    assert!(found.contains(&expected), "{found:#?}");
    assert_eq!(expected.severity(), Severity::Good);
}

#[test]
fn one_way_support_only_is_reported_and_no_support_at_all_is_not() {
    let mut b = Builder::new();
    let moeder = b.parent("Moeder");
    let oma = b.adult("Oma", Sector::Family);
    assert!(!insights(&b.build()).iter().any(|i| matches!(i, Insight::MutualSupport { .. })));
    b.support(oma, moeder);
    let none = Insight::MutualSupport { pairs: vec![], ties: vec![] };
    assert!(insights(&b.build()).contains(&none));
    assert_eq!(none.severity(), Severity::Info);
}

// ---------------------------------------------------------------------------------------
// The Bakker family
// ---------------------------------------------------------------------------------------

fn id_of(map: &FamilyMap, name: &str) -> PersonId {
    map.persons().iter().find(|p| p.name == name).map(|p| p.id).expect("person in fixture")
}

/// The shared fixture with Noah (12) and Mila (7) marked as children, which it leaves out.
fn bakker_with_children() -> FamilyMap {
    let mut map = common::bakker();
    for (name, years) in [("Noah", 12), ("Mila", 7)] {
        let mut person = map.person(id_of(&map, name)).cloned().expect("in fixture");
        person.child = true;
        person.age = Some(Age::Years(years));
        map.apply(Edit::UpdatePerson { person }).expect("valid person");
    }
    map
}

/// The family as the scenario tells it: Noah witnessed his father's violence, so Dennis
/// is a risk to Noah as well as a support.
fn bakker_as_in_the_scenario() -> (FamilyMap, TieId) {
    let mut map = bakker_with_children();
    let mut risk = Tie::new(map.next_tie_id(), id_of(&map, "Dennis"), id_of(&map, "Noah"), TieKind::Risk);
    risk.risk.insert(RiskType::WitnessingViolence);
    let id = risk.id;
    map.apply(Edit::AddTie { tie: risk }).expect("valid tie");
    (map, id)
}

#[test]
fn bakker_mila_has_two_protective_adults_oma_ria_and_samira() {
    let (map, _) = bakker_as_in_the_scenario();
    let found = insights(&map);
    let mila = id_of(&map, "Mila");
    assert_eq!(adults_protecting(&found, mila), vec![id_of(&map, "Oma Ria"), id_of(&map, "Samira")]);
    assert_eq!(protection_of(&found, mila).severity(), Severity::Good);
}

#[test]
fn bakker_noah_rests_on_coach_bas_and_dennis_both_supports_and_harms_him() {
    let (map, risk) = bakker_as_in_the_scenario();
    let found = insights(&map);
    let (noah, dennis, bas) = (id_of(&map, "Noah"), id_of(&map, "Dennis"), id_of(&map, "Coach Bas"));
    assert!(matches!(protection_of(&found, noah),
        Insight::SinglePointOfFailure { child, supporter, .. } if child == noah && supporter == bas));
    let support =
        map.ties().iter().find(|t| t.from == dennis && t.to == noah && t.kind == TieKind::Support).map(|t| t.id);
    assert!(found.contains(&Insight::SupportAndRisk {
        person: dennis,
        child: noah,
        support_ties: support.into_iter().collect(),
        risk_ties: vec![risk],
        otherwise_protective: true
    }));
    // Risks come first: what Dennis does to Linda and to Noah, then that he does not count.
    assert!(matches!(found[0], Insight::SeriousRisk { person, .. } if person == dennis), "{found:#?}");
    let flagged = found.iter().find(|i| matches!(i, Insight::SupportAndRisk { .. })).expect("Dennis and Noah");
    assert_eq!(
        sentence(Lang::Nl, flagged, &map),
        "Dennis helpt Noah. Er zijn ook zorgen over wat Dennis doet tegen Noah. \
         Daarom telt Dennis nu niet als veilige volwassene voor Noah."
    );
}

#[test]
fn bakker_fixture_dennis_harms_linda_so_he_does_not_count_for_noah() {
    // The shared fixture draws Dennis as support for Noah and as a risk to Linda: someone
    // who harms the child's household is not a safe adult for the child.
    let map = bakker_with_children();
    let found = insights(&map);
    let (noah, dennis, linda) = (id_of(&map, "Noah"), id_of(&map, "Dennis"), id_of(&map, "Linda"));
    assert_eq!(adults_protecting(&found, noah), vec![id_of(&map, "Coach Bas")]);
    assert!(!found.iter().any(|i| matches!(i, Insight::SupportAndRisk { .. })));
    assert!(found.iter().any(|i| matches!(i, Insight::HarmsHousehold { person, child, harmed, .. }
        if *person == dennis && *child == noah && harmed == &vec![linda])));
}

#[test]
fn bakker_network_balance_and_empty_sectors() {
    let (map, _) = bakker_as_in_the_scenario();
    let found = insights(&map);
    // Dennis, Oma Ria, Opa Henk, Samira, Coach Bas, Meester Joost, Ellen against Karin and Omar.
    assert!(found.contains(&Insight::InformalOutnumbers { professionals: 2, informal: 7 }), "{found:#?}");
    assert_eq!(empty_sectors(&found), vec![Sector::Friends]);
}

#[test]
fn bakker_sentences_name_the_persons() {
    let (map, _) = bakker_as_in_the_scenario();
    let found = insights(&map);
    let spof = found.iter().find(|i| matches!(i, Insight::SinglePointOfFailure { .. })).expect("Noah's");
    assert_eq!(
        sentence(Lang::Nl, spof, &map),
        "Noah heeft maar één veilige volwassene buiten het gezin: Coach Bas. \
         Als Coach Bas er niet meer is, heeft Noah buiten het gezin niemand. Wie kan er nog bij?"
    );
    assert!(
        sentence(Lang::En, spof, &map).starts_with("Noah has only one safe adult outside the household: Coach Bas.")
    );
    let mila = found.iter().find(|i| matches!(i, Insight::ProtectiveAdults { .. })).expect("Mila's");
    assert_eq!(
        sentence(Lang::Nl, mila, &map),
        "Mila heeft twee veilige volwassenen buiten het gezin: Oma Ria en Samira."
    );
    assert_eq!(sentence(Lang::En, mila, &map), "Mila has two safe adults outside the household: Oma Ria and Samira.");
}

// ---------------------------------------------------------------------------------------
// Order and determinism
// ---------------------------------------------------------------------------------------

#[test]
fn insights_come_most_urgent_first() {
    let (map, _) = bakker_as_in_the_scenario();
    let found = insights(&map);
    let severities: Vec<Severity> = found.iter().map(Insight::severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert!(severities.contains(&Severity::Urgent) && severities.contains(&Severity::Good));
}

#[test]
fn the_result_depends_on_the_map_not_on_graph_slots() {
    // Removing persons frees graph slots that later persons reuse; ids keep their order.
    let mut b = Builder::new();
    let gone: Vec<_> = (0..3).map(|i| b.adult(&format!("Weg {i}"), Sector::Friends)).collect();
    for id in gone {
        b.map.apply(Edit::RemovePerson { id }).expect("remove");
    }
    let first = b.child("Anna");
    let second = b.child("Bram");
    let found = insights(&b.build());
    assert_eq!(found[0], Insight::NoProtectiveAdult { child: first, professionals: vec![] });
    assert_eq!(found[1], Insight::NoProtectiveAdult { child: second, professionals: vec![] });
    assert_eq!(found, insights(&b.build()));
}

// ---------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------

/// Every kind of insight, by name. An exhaustive match, so a new kind fails to compile
/// here until the showcase below produces it too.
fn kind(insight: &Insight) -> &'static str {
    match insight {
        Insight::NoProtectiveAdult { .. } => "NoProtectiveAdult",
        Insight::SupportAndRisk { .. } => "SupportAndRisk",
        Insight::SinglePointOfFailure { .. } => "SinglePointOfFailure",
        Insight::SupportBottleneck { .. } => "SupportBottleneck",
        Insight::ProfessionalsOutnumber { .. } => "ProfessionalsOutnumber",
        Insight::GivesWithoutReceiving { .. } => "GivesWithoutReceiving",
        Insight::EmptySector { .. } => "EmptySector",
        Insight::ProtectiveAdults { .. } => "ProtectiveAdults",
        Insight::InformalOutnumbers { .. } => "InformalOutnumbers",
        Insight::MutualSupport { .. } => "MutualSupport",
        Insight::SeriousRisk { .. } => "SeriousRisk",
        Insight::HarmsHousehold { .. } => "HarmsHousehold",
        Insight::KeptFromChild { .. } => "KeptFromChild",
        Insight::ChildRatherNotNear { .. } => "ChildRatherNotNear",
        Insight::ProtectingParent { .. } => "ProtectingParent",
        Insight::PlaysARole { .. } => "PlaysARole",
    }
}

/// Maps that between them produce every kind of insight.
fn showcase() -> Vec<FamilyMap> {
    let mut b = Builder::new();
    let moeder = b.parent("Moeder Yara");
    let kids: Vec<_> = ["Noor", "Sem", "Lot"].iter().map(|n| b.child(n)).collect();
    let oma = b.adult("Oma Fien", Sector::Family);
    let vader = b.adult("Vader Rob", Sector::Family);
    let juf = b.adult("Juf Anouk", Sector::SchoolWork);
    let pro = b.adult("Wijkcoach Tim", Sector::Professionals);
    for &kid in &kids {
        b.support(moeder, kid);
    }
    b.support(oma, kids[1]);
    b.support(juf, kids[1]);
    b.support(juf, kids[2]);
    b.support(vader, kids[0]);
    b.risk(vader, kids[0]);
    b.support(pro, vader);
    b.tie(oma, juf, TieKind::Support, true);
    let many_pros = {
        let mut b = Builder::new();
        b.child("Daan");
        let m = b.parent("Moeder Iris");
        let a = b.adult("Hulpverlener Joke", Sector::Professionals);
        b.tie(m, a, TieKind::Support, true);
        for id in [m, a] {
            let mut person = b.map.person(id).unwrap().clone();
            person.factors.insert(Factor::Debts);
            b.map.apply(Edit::UpdatePerson { person }).unwrap();
        }
        b.build()
    };
    let only_one_way = {
        let mut b = Builder::new();
        let kid = b.child("Daan");
        let bottleneck = b.parent("Moeder Iris");
        let friend = b.adult("Vriendin Els", Sector::Friends);
        b.support(bottleneck, kid);
        b.support(friend, bottleneck);
        b.build()
    };
    vec![b.build(), many_pros, only_one_way, safety_showcase()]
}

/// A household where the ex-partner threatens the mother and supports the child, a
/// grandfather may see the child only under supervision, and the child said in child mode
/// they would rather not have the uncle near.
fn safety_showcase() -> FamilyMap {
    let mut b = Builder::new();
    let kid = b.child("Noa");
    let mother = b.parent("Moeder Sanne");
    let ex = b.adult("Ex Marco", Sector::Family);
    let opa = b.adult("Opa Wim", Sector::Family);
    let oom = b.adult("Oom Kees", Sector::Family);
    b.support(ex, kid);
    b.risk(ex, mother);
    b.support(opa, kid);
    b.support(oom, kid);
    let mut opa_person = b.map.person(opa).unwrap().clone();
    opa_person.child_safety.insert(kid, ChildSafety::SupervisedOnly);
    b.map.apply(Edit::UpdatePerson { person: opa_person }).unwrap();
    let mut view = kring::timeline::Perspective::from_map(PerspectiveId(1), "Noa", Some(kid), &b.map);
    view.ties.clear();
    let mut answer = Tie::new(TieId(900), oom, kid, TieKind::Risk);
    answer.answer = Some(ChildAnswer::NotNear);
    view.ties.push(answer);
    b.map.apply(Edit::SetPerspective { id: view.id, perspective: Some(view) }).unwrap();
    b.build()
}

#[test]
fn every_kind_of_insight_has_a_sentence_naming_its_persons_in_every_language() {
    let mut kinds_seen = BTreeSet::new();
    for map in showcase().iter().chain([&bakker_with_children(), &bakker_as_in_the_scenario().0]) {
        for insight in insights(map) {
            kinds_seen.insert(kind(&insight));
            let mut by_lang = Vec::new();
            for lang in Lang::ALL {
                let text = sentence(lang, &insight, map);
                assert!(!text.trim().is_empty(), "{insight:?} has no {} sentence", lang.code());
                // A sentence, or (an empty sector) a question to ask the family.
                assert!(text.ends_with('.') || text.ends_with('?'), "{text}");
                for person in insight.persons() {
                    let name = name(map, person);
                    assert!(text.contains(&name), "{} sentence {text:?} misses {name}", lang.code());
                }
                if let Insight::EmptySector { .. } = insight {
                    assert!(text.ends_with('?'), "an empty sector is a question: {text}");
                }
                if let Insight::ProfessionalsOutnumber { professionals, informal }
                | Insight::InformalOutnumbers { professionals, informal } = insight
                {
                    // Zero is said in words ("no one"); other counts as digits.
                    for count in [professionals, informal].into_iter().filter(|&c| c > 0) {
                        assert!(text.contains(&count.to_string()), "{text}");
                    }
                }
                by_lang.push(text);
            }
            assert_ne!(by_lang[0], by_lang[1], "Dutch and English must differ for {insight:?}");
        }
    }
    let all = [
        "NoProtectiveAdult",
        "SupportAndRisk",
        "SinglePointOfFailure",
        "SupportBottleneck",
        "ProfessionalsOutnumber",
        "GivesWithoutReceiving",
        "EmptySector",
        "ProtectiveAdults",
        "InformalOutnumbers",
        "MutualSupport",
        "SeriousRisk",
        "HarmsHousehold",
        "KeptFromChild",
        "ChildRatherNotNear",
        "ProtectingParent",
        "PlaysARole",
    ];
    assert_eq!(kinds_seen, all.into_iter().collect(), "the showcase must produce every kind");
}

#[test]
fn long_name_lists_are_cut_short_and_many_pairs_are_counted() {
    let mut b = Builder::new();
    let moeder = b.parent("Moeder");
    let helped: Vec<_> = (1..=7).map(|i| b.adult(&format!("Persoon {i}"), Sector::Friends)).collect();
    for &p in &helped {
        b.support(moeder, p);
    }
    let map = b.build();
    let found = insights(&map);
    let overload = found.iter().find(|i| matches!(i, Insight::GivesWithoutReceiving { .. })).expect("flagged");
    let nl = sentence(Lang::Nl, overload, &map);
    assert!(nl.contains("Persoon 1, Persoon 2, Persoon 3, Persoon 4, Persoon 5 en 2 anderen"), "{nl}");
    assert!(sentence(Lang::En, overload, &map).contains("Persoon 5 and 2 others"));

    let pairs = Insight::MutualSupport { pairs: helped.iter().map(|&p| (moeder, p)).collect(), ties: vec![] };
    assert_eq!(sentence(Lang::Nl, &pairs, &map), "In 7 relaties gaat steun twee kanten op.");
    assert_eq!(sentence(Lang::En, &pairs, &map), "In 7 relationships support goes both ways.");
}

// ---------------------------------------------------------------------------------------
// Pseudo-random maps against a slow search that is plainly right
// ---------------------------------------------------------------------------------------

/// A tiny deterministic random generator, so no extra crate is needed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn random_map(seed: u64) -> FamilyMap {
    let mut rng = Lcg(seed);
    let mut b = Builder::new();
    let count = 4 + rng.below(14) as usize;
    let ids: Vec<PersonId> = (0..count)
        .map(|i| {
            let sector = Sector::ALL[rng.below(6) as usize];
            let child = rng.below(3) == 0;
            let deceased = rng.below(12) == 0;
            let kind =
                [PersonKind::Person, PersonKind::Person, PersonKind::Person, PersonKind::Pet, PersonKind::Organisation]
                    [rng.below(5) as usize];
            b.add(&format!("P{i}"), sector, |p| {
                p.child = child;
                p.deceased = deceased;
                p.kind = kind;
            })
        })
        .collect();
    for _ in 0..rng.below(3 * count as u64) {
        let from = ids[rng.below(count as u64) as usize];
        let to = ids[rng.below(count as u64) as usize];
        if from != to {
            let kind = [TieKind::Support, TieKind::Support, TieKind::Support, TieKind::Risk, TieKind::Contact]
                [rng.below(5) as usize];
            b.tie(from, to, kind, rng.below(4) == 0);
        }
    }
    b.build()
}

/// Directed (giver, receiver) or (harmer, harmed) pairs of living persons, mutual ties both ways.
fn directions(map: &FamilyMap, kind: TieKind) -> Vec<(PersonId, PersonId, TieId)> {
    let alive = |id| map.person(id).is_some_and(|p| !p.deceased);
    let mut out = Vec::new();
    for tie in map.ties().into_iter().filter(|t| t.kind == kind && alive(t.from) && alive(t.to)) {
        out.push((tie.from, tie.to, tie.id));
        if tie.mutual {
            out.push((tie.to, tie.from, tie.id));
        }
    }
    out
}

fn is_outside_adult(p: &Person) -> bool {
    p.kind == PersonKind::Person && !p.in_centre() && !p.child && !p.deceased
}

/// Whether `child` reaches a living outside adult over safe support ties, without `removed`.
fn reaches_outside_help(map: &FamilyMap, child: PersonId, removed: Option<PersonId>) -> bool {
    let risky: BTreeSet<(PersonId, PersonId)> =
        directions(map, TieKind::Risk).into_iter().flat_map(|(a, b, _)| [(a, b), (b, a)]).collect();
    let mut neighbours: BTreeMap<PersonId, Vec<PersonId>> = BTreeMap::new();
    for (a, b, _) in directions(map, TieKind::Support) {
        if !risky.contains(&(a, b)) {
            neighbours.entry(a).or_default().push(b);
            neighbours.entry(b).or_default().push(a);
        }
    }
    let mut seen = BTreeSet::from([child]);
    let mut queue = VecDeque::from([child]);
    while let Some(at) = queue.pop_front() {
        if at != child && map.person(at).is_some_and(is_outside_adult) {
            return true;
        }
        for &next in neighbours.get(&at).into_iter().flatten() {
            if Some(next) != removed && seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    false
}

#[test]
fn random_maps_agree_with_a_plain_search() {
    let mut bottlenecks_seen = 0;
    for seed in 0..400 {
        let map = random_map(seed);
        let found = insights(&map);
        let supports = directions(&map, TieKind::Support);
        let harms = directions(&map, TieKind::Risk);
        for child in map.persons().into_iter().filter(|p| p.in_centre() && p.child && !p.deceased).map(|p| p.id) {
            // Protective adults: outside adults, not professionals, who support the child and
            // do no serious harm to the child or anyone else at home.
            let at_home = |id: PersonId| map.person(id).is_some_and(|p| p.in_centre() && !p.deceased);
            let expected: BTreeSet<PersonId> = supports
                .iter()
                .filter(|(giver, receiver, _)| {
                    *receiver == child
                        && map.person(*giver).is_some_and(|p| is_outside_adult(p) && p.sector != Sector::Professionals)
                        && !harms.iter().any(|(h, v, t)| {
                            h == giver && (*v == child || at_home(*v)) && map.tie(*t).is_some_and(Tie::is_serious_risk)
                        })
                })
                .map(|(giver, _, _)| *giver)
                .collect();
            let actual = adults_protecting(&found, child);
            assert_eq!(actual, expected.iter().copied().collect::<Vec<_>>(), "seed {seed}, child {child}");

            // Bottlenecks: persons whose removal alone cuts the child off from outside help.
            let mut cut: Vec<PersonId> = Vec::new();
            if reaches_outside_help(&map, child, None) {
                for person in map.persons().into_iter().map(|p| p.id).filter(|&p| p != child) {
                    if !expected.contains(&person) && !reaches_outside_help(&map, child, Some(person)) {
                        cut.push(person);
                    }
                }
            }
            let reported: BTreeSet<PersonId> =
                bottleneck_of(&found, child).map(|(through, _)| through.into_iter().collect()).unwrap_or_default();
            assert_eq!(reported, cut.iter().copied().collect(), "seed {seed}, child {child}: {found:#?}");
            bottlenecks_seen += usize::from(!cut.is_empty());
        }
        let severities: Vec<Severity> = found.iter().map(Insight::severity).collect();
        assert!(severities.windows(2).all(|w| w[0] <= w[1]), "seed {seed}");
    }
    assert!(bottlenecks_seen > 10, "the random maps must exercise bottlenecks, saw {bottlenecks_seen}");
}

#[test]
fn the_seed_problem_reads_naturally_with_one_and_with_none() {
    let mut b = Builder::new();
    b.child("Daan");
    b.adult("Wijkcoach Tim", Sector::Professionals);
    let map = b.build();
    let seed = Insight::ProfessionalsOutnumber { professionals: 1, informal: 0 };
    assert!(insights(&map).contains(&seed));
    assert!(
        sentence(Lang::Nl, &seed, &map).starts_with("Het gezin heeft 1 professional en niemand uit het eigen netwerk.")
    );
    assert!(
        sentence(Lang::En, &seed, &map).starts_with("The family has 1 professional and no one from its own network.")
    );
    let many = Insight::ProfessionalsOutnumber { professionals: 5, informal: 2 };
    assert!(sentence(Lang::Nl, &many, &map).starts_with("Het gezin heeft 5 professionals en 2 personen uit"));
}

// ---------------------------------------------------------------------------------------
// Insights that protect: one test per rule
// ---------------------------------------------------------------------------------------

#[test]
fn rule_serious_risk_against_the_household_comes_first_with_who_said_so() {
    let mut b = Builder::new();
    let kid = b.child("Noor");
    let mother = b.parent("Moeder Sanne");
    let ex = b.adult("Ex Marco", Sector::Family);
    let oma = b.adult("Oma Fien", Sector::Family);
    b.support(oma, kid);
    let risk = b.risk(ex, mother);
    let mut tie = b.map.tie(risk).unwrap().clone();
    tie.risk.insert(RiskType::CoerciveControl);
    tie.according_to = "Sanne".into();
    b.map.apply(Edit::UpdateTie { tie }).unwrap();
    let map = b.build();
    let found = insights(&map);
    assert_eq!(
        found[0],
        Insight::SeriousRisk {
            person: ex,
            against: mother,
            risks: vec![RiskType::CoerciveControl],
            reported_by: vec!["Sanne".into()],
            ties: vec![risk]
        }
    );
    assert_eq!(
        sentence(Lang::Nl, &found[0], &map),
        format!(
            "Er zijn zorgen over wat Ex Marco doet tegen Moeder Sanne: {}. Dat zegt Sanne.",
            kring::i18n::t(Lang::Nl, kring::i18n::Key::RiskTypeName(RiskType::CoerciveControl)).to_lowercase()
        )
    );
}

#[test]
fn rule_someone_who_harms_anyone_at_home_is_not_a_safe_adult_for_the_child() {
    let map = safety_showcase();
    let (kid, ex) = (id_of(&map, "Noa"), id_of(&map, "Ex Marco"));
    let found = insights(&map);
    assert!(!adults_protecting(&found, kid).contains(&ex));
    let said = found.iter().find(|i| matches!(i, Insight::HarmsHousehold { .. })).expect("named");
    assert_eq!(
        sentence(Lang::Nl, said, &map),
        "Ex Marco helpt Noa. Er zijn ook zorgen over wat Ex Marco doet tegen Moeder Sanne. \
         Daarom telt Ex Marco nu niet als veilige volwassene voor Noa."
    );
}

#[test]
fn rule_no_contact_and_supervised_only_are_respected() {
    let map = safety_showcase();
    let (kid, opa) = (id_of(&map, "Noa"), id_of(&map, "Opa Wim"));
    let found = insights(&map);
    assert!(!adults_protecting(&found, kid).contains(&opa));
    assert!(found.contains(&Insight::KeptFromChild { person: opa, child: kid, safety: ChildSafety::SupervisedOnly }));
    // Without the mark he counts.
    let mut map = map;
    let mut p = map.person(opa).unwrap().clone();
    p.child_safety.clear();
    map.apply(Edit::UpdatePerson { person: p }).unwrap();
    assert!(adults_protecting(&insights(&map), kid).contains(&opa));
}

#[test]
fn rule_a_childs_not_near_answer_rules_someone_out_without_accusing_them() {
    let map = safety_showcase();
    let (kid, oom) = (id_of(&map, "Noa"), id_of(&map, "Oom Kees"));
    let found = insights(&map);
    assert!(!adults_protecting(&found, kid).contains(&oom));
    let said = found.iter().find(|i| matches!(i, Insight::ChildRatherNotNear { .. })).expect("named");
    let nl = sentence(Lang::Nl, said, &map);
    assert_eq!(nl, "Noa wil Oom Kees liever niet dichtbij. Praat met Noa over wat Noa nodig heeft.");
    for word in ["gevaar", "risico", "danger", "risk"] {
        assert!(!nl.to_lowercase().contains(word) && !sentence(Lang::En, said, &map).to_lowercase().contains(word));
    }
}

#[test]
fn rule_professionals_are_counted_apart() {
    let mut b = Builder::new();
    let kid = b.child("Sam");
    let pro = b.adult("Wijkcoach Tim", Sector::Professionals);
    b.support(pro, kid);
    let map = b.build();
    let found = insights(&map);
    assert_eq!(protection_of(&found, kid), Insight::NoProtectiveAdult { child: kid, professionals: vec![pro] });
    assert!(sentence(Lang::Nl, &found[0], &map).ends_with("Wie blijft er als de hulp stopt?"));
    assert!(sentence(Lang::En, &found[0], &map).ends_with("Who stays when the help stops?"));
}

#[test]
fn rule_a_protecting_parent_at_home_is_named() {
    let mut b = Builder::new();
    let kid = b.child("Sam");
    let mother = b.parent("Moeder Iris");
    let father = b.parent("Vader Rob");
    let tie = b.support(mother, kid);
    b.support(father, kid);
    b.risk(father, mother);
    let found = insights(&b.build());
    assert!(found.contains(&Insight::ProtectingParent { child: kid, parent: mother, ties: vec![tie] }));
    assert!(!found.iter().any(|i| matches!(i, Insight::ProtectingParent { parent, .. } if *parent == father)));
}

#[test]
fn rule_a_loyalty_conflict_is_not_serious_harm() {
    let mut b = Builder::new();
    let kid = b.child("Sam");
    let oma = b.adult("Oma Fien", Sector::Family);
    let support = b.support(oma, kid);
    let tension = b.risk(oma, kid);
    let mut tie = b.map.tie(tension).unwrap().clone();
    tie.risk.insert(RiskType::LoyaltyConflict);
    b.map.apply(Edit::UpdateTie { tie }).unwrap();
    let found = insights(&b.build());
    assert_eq!(
        protection_of(&found, kid),
        Insight::SinglePointOfFailure { child: kid, supporter: oma, ties: vec![support] }
    );
    assert!(!found.iter().any(|i| matches!(i, Insight::SupportAndRisk { .. } | Insight::SeriousRisk { .. })));
}

fn with_factors(b: &mut Builder, id: PersonId, factors: &[Factor]) {
    let mut person = b.map.person(id).unwrap().clone();
    person.factors.extend(factors.iter().copied());
    b.map.apply(Edit::UpdatePerson { person }).unwrap();
}

#[test]
fn what_plays_a_role_is_counted_against_the_professionals_there_for_it() {
    let mut b = Builder::new();
    let linda = b.parent("Linda");
    b.child("Noah");
    let henk = b.adult("Opa Henk", Sector::Family);
    let pros: Vec<_> = ["Karin", "Omar", "Schuldhulp", "Huisarts", "Therapeut"]
        .iter()
        .map(|n| b.adult(n, Sector::Professionals))
        .collect();
    with_factors(&mut b, linda, &[Factor::Debts, Factor::WorkStress]);
    with_factors(&mut b, henk, &[Factor::Tension]);
    for &pro in &pros[..3] {
        with_factors(&mut b, pro, &[Factor::Debts]);
    }
    let map = b.build();
    let found = insights(&map);
    let debts = found
        .iter()
        .find(|i| matches!(i, Insight::PlaysARole { factor: Factor::Debts, .. }))
        .expect("debts are counted");
    assert_eq!(
        debts,
        &Insight::PlaysARole {
            factor: Factor::Debts,
            persons: vec![linda],
            for_it: pros[..3].to_vec(),
            professionals: 5
        }
    );
    assert_eq!(debts.severity(), Severity::Info);
    assert_eq!(
        sentence(Lang::Nl, debts, &map),
        "Schulden: speelt bij Linda. 3 van de 5 professionals zijn hiervoor: Karin, Omar en Schuldhulp."
    );
    assert_eq!(
        sentence(Lang::En, debts, &map),
        "Debts: plays a role for Linda. 3 of the 5 professionals are there for it: Karin, Omar and Schuldhulp."
    );
    // Stress from work plays a role and no professional is there for it: worth attention.
    let work = found.iter().find(|i| matches!(i, Insight::PlaysARole { factor: Factor::WorkStress, .. })).unwrap();
    assert_eq!(work.severity(), Severity::Attention);
    assert!(sentence(Lang::Nl, work, &map).ends_with("Geen van de 5 professionals is hiervoor."));
    // Nothing is said of what plays a role for no one.
    assert!(!found.iter().any(|i| matches!(i, Insight::PlaysARole { factor: Factor::Housing, .. })));
}

#[test]
fn what_plays_a_role_stays_out_of_the_copy_of_a_reader_who_may_not_read_the_person() {
    use kring::meeting::readable_map;
    let mut b = Builder::new();
    let linda = b.parent("Linda");
    let dennis = b.adult("Dennis", Sector::Family);
    with_factors(&mut b, linda, &[Factor::MentalHealth]);
    let mut person = b.map.person(linda).unwrap().clone();
    person.readers = Readers::not_for([dennis], "niet voor Dennis");
    b.map.apply(Edit::UpdatePerson { person }).unwrap();
    let map = b.build();
    let shown = readable_map(&map, Reader::Person(dennis));
    assert!(shown.person(linda).unwrap().factors.is_empty());
    assert!(!insights(&shown).iter().any(|i| matches!(i, Insight::PlaysARole { .. })));
    assert!(insights(&map).iter().any(|i| matches!(i, Insight::PlaysARole { .. })));
}
