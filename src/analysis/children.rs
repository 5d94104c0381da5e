//! Insights per child in the household: who protects them from outside the household,
//! whether that rests on one person, who both supports and harms them, and the serious
//! harm against anyone at home, named first.
//!
//! Safety decides who counts as a protective adult. Someone is ruled out for a child when
//! they do serious harm (see `Tie::is_serious_risk`) to the child or to anyone in the
//! child's household, when the child said in child mode they would rather not have them
//! near, or when they may see the child only under supervision or not at all. A tension or
//! conflict tie rules no one out. Professionals are counted apart: paid help is not the
//! network that stays.

use super::network::{Ix, Link, Network};
use super::routes::SupportRoutes;
use super::Insight;
use crate::model::TieId;
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn insights(network: &Network, routes: &SupportRoutes) -> Vec<Insight> {
    let mut found = serious_risks(network);
    let household: Vec<Ix> = (0..network.len()).filter(|&ix| network.in_household(ix)).collect();
    for child in network.household_children() {
        let child_id = network.persons[child].id;
        let harmers = by_person(&network.seriously_harmed_by[child]);
        let household_harmers = household_harmers(network, &household, child);
        let not_near: BTreeSet<Ix> = network.not_near[child].iter().copied().collect();
        let ruled_out = |ix: Ix| {
            harmers.contains_key(&ix)
                || household_harmers.contains_key(&ix)
                || not_near.contains(&ix)
                || network.kept_from(ix, child).is_some()
        };
        let mut protective: BTreeMap<Ix, Vec<TieId>> = BTreeMap::new();
        let mut professionals: BTreeSet<Ix> = BTreeSet::new();
        for link in &network.receives[child] {
            if !network.is_outside_adult(link.other) || ruled_out(link.other) {
                continue;
            }
            if network.is_professional(link.other) {
                professionals.insert(link.other);
            } else {
                protective.entry(link.other).or_default().push(link.tie);
            }
        }

        found.push(match (protective.len(), protective.iter().next()) {
            (0, _) => Insight::NoProtectiveAdult {
                child: child_id,
                professionals: professionals.iter().map(|&ix| network.persons[ix].id).collect(),
            },
            (1, Some((&supporter, ties))) => Insight::SinglePointOfFailure {
                child: child_id,
                supporter: network.persons[supporter].id,
                ties: sorted(ties.clone()),
            },
            _ => Insight::ProtectiveAdults {
                child: child_id,
                adults: protective.keys().map(|&ix| network.persons[ix].id).collect(),
                ties: sorted(protective.values().flatten().copied().collect()),
            },
        });

        found.extend(support_and_risk(network, child, &harmers));
        found.extend(harms_household(network, child, &harmers, &household_harmers));
        for &person in &network.not_near[child] {
            found.push(Insight::ChildRatherNotNear { child: child_id, person: network.persons[person].id });
        }
        for link in &network.receives[child] {
            let other = link.other;
            if let Some(safety) = network.kept_from(other, child) {
                let insight = Insight::KeptFromChild { person: network.persons[other].id, child: child_id, safety };
                if !found.contains(&insight) {
                    found.push(insight);
                }
            }
        }
        found.extend(protecting_parents(network, &household, child, &household_harmers));

        // With one protective adult, that adult is the only possible bottleneck and the
        // single-point-of-failure insight already says so; name anyone else.
        let cut = routes.cut_off(child);
        let through: Vec<_> =
            cut.persons.iter().filter(|ix| !protective.contains_key(ix)).map(|&ix| network.persons[ix].id).collect();
        if !through.is_empty() {
            found.push(Insight::SupportBottleneck { child: child_id, through, bridges: cut.bridges });
        }
    }
    found
}

/// Ties per person, in id order.
fn by_person(links: &[Link]) -> BTreeMap<Ix, Vec<TieId>> {
    let mut out: BTreeMap<Ix, Vec<TieId>> = BTreeMap::new();
    for link in links {
        out.entry(link.other).or_default().push(link.tie);
    }
    out
}

/// Everyone who does serious harm to someone else in the child's household, with whom
/// they harm and those ties.
fn household_harmers(network: &Network, household: &[Ix], child: Ix) -> BTreeMap<Ix, (Vec<Ix>, Vec<TieId>)> {
    let mut out: BTreeMap<Ix, (Vec<Ix>, Vec<TieId>)> = BTreeMap::new();
    for &member in household.iter().filter(|&&m| m != child) {
        for link in &network.seriously_harmed_by[member] {
            let entry = out.entry(link.other).or_default();
            if !entry.0.contains(&member) {
                entry.0.push(member);
            }
            entry.1.push(link.tie);
        }
    }
    out
}

/// Serious harm against a child or a household member, one insight per pair, first of all.
fn serious_risks(network: &Network) -> Vec<Insight> {
    let mut found = Vec::new();
    for target in 0..network.len() {
        let person = network.persons[target];
        if person.deceased || !(person.in_centre() || person.child) {
            continue;
        }
        for (harmer, ties) in by_person(&network.seriously_harmed_by[target]) {
            let ties = sorted(ties);
            let mut risks = BTreeSet::new();
            let mut reported_by: Vec<String> = Vec::new();
            for tie in ties.iter().filter_map(|id| network.tie(*id)) {
                risks.extend(tie.risk.iter().copied().filter(|r| r.is_serious()));
                let who = tie.according_to.trim();
                if !who.is_empty() && !reported_by.iter().any(|r| r == who) {
                    reported_by.push(who.to_owned());
                }
            }
            found.push(Insight::SeriousRisk {
                person: network.persons[harmer].id,
                against: person.id,
                risks: risks.into_iter().collect(),
                reported_by,
                ties,
            });
        }
    }
    found
}

/// Persons with both a support tie (either way) and a serious risk tie against the child.
fn support_and_risk(network: &Network, child: Ix, harmers: &BTreeMap<Ix, Vec<TieId>>) -> Vec<Insight> {
    if harmers.is_empty() {
        return Vec::new();
    }
    // All support between the child and each other person, given or received.
    let support = all_support(network, child);
    let givers: BTreeSet<Ix> = network.receives[child].iter().map(|link| link.other).collect();
    harmers
        .iter()
        .filter_map(|(harmer, risk_ties)| {
            let support_ties = support.get(harmer)?;
            Some(Insight::SupportAndRisk {
                otherwise_protective: givers.contains(harmer) && network.is_outside_adult(*harmer),
                person: network.persons[*harmer].id,
                child: network.persons[child].id,
                support_ties: sorted(support_ties.clone()),
                risk_ties: sorted(risk_ties.clone()),
            })
        })
        .collect()
}

/// Someone who supports the child and seriously harms others at home (and not the child:
/// that is `SupportAndRisk`).
fn harms_household(
    network: &Network,
    child: Ix,
    harmers: &BTreeMap<Ix, Vec<TieId>>,
    household_harmers: &BTreeMap<Ix, (Vec<Ix>, Vec<TieId>)>,
) -> Vec<Insight> {
    let support = all_support(network, child);
    household_harmers
        .iter()
        .filter(|(harmer, _)| !harmers.contains_key(harmer) && !network.in_household(**harmer))
        .filter_map(|(harmer, (harmed, risk_ties))| {
            let support_ties = support.get(harmer)?;
            Some(Insight::HarmsHousehold {
                person: network.persons[*harmer].id,
                child: network.persons[child].id,
                harmed: harmed.iter().map(|&ix| network.persons[ix].id).collect(),
                support_ties: sorted(support_ties.clone()),
                risk_ties: sorted(risk_ties.clone()),
            })
        })
        .collect()
}

/// Adults at home who support the child and harm no one at home.
fn protecting_parents(
    network: &Network,
    household: &[Ix],
    child: Ix,
    household_harmers: &BTreeMap<Ix, (Vec<Ix>, Vec<TieId>)>,
) -> Vec<Insight> {
    let mut ties: BTreeMap<Ix, Vec<TieId>> = BTreeMap::new();
    for link in &network.receives[child] {
        let parent = link.other;
        let person = network.persons[parent];
        if household.contains(&parent)
            && person.kind == crate::model::PersonKind::Person
            && !person.child
            && !household_harmers.contains_key(&parent)
            && !network.seriously_harmed_by[child].iter().any(|l| l.other == parent)
        {
            ties.entry(parent).or_default().push(link.tie);
        }
    }
    ties.into_iter()
        .map(|(parent, ties)| Insight::ProtectingParent {
            child: network.persons[child].id,
            parent: network.persons[parent].id,
            ties: sorted(ties),
        })
        .collect()
}

fn all_support(network: &Network, child: Ix) -> BTreeMap<Ix, Vec<TieId>> {
    let mut support: BTreeMap<Ix, Vec<TieId>> = BTreeMap::new();
    for link in network.receives[child].iter().chain(&network.gives[child]) {
        support.entry(link.other).or_default().push(link.tie);
    }
    support
}

/// Ties in id order, each once (a mutual tie shows up in both directions).
pub(super) fn sorted(mut ties: Vec<TieId>) -> Vec<TieId> {
    crate::model::order::sort_by(&mut ties, Ord::cmp);
    ties.dedup();
    ties
}
