//! Insights per child in the household: who protects them from outside the household,
//! whether that rests on one person, and who both supports and harms them.

use super::network::{Ix, Network};
use super::routes::SupportRoutes;
use super::Insight;
use crate::model::TieId;
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn insights(network: &Network, routes: &SupportRoutes) -> Vec<Insight> {
    let mut found = Vec::new();
    for child in network.household_children() {
        let child_id = network.persons[child].id;
        let harmers = harmers_of(network, child);
        let protective = protective_adults(network, child, &harmers);

        found.push(match (protective.len(), protective.iter().next()) {
            (0, _) => Insight::NoProtectiveAdult { child: child_id },
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

/// Everyone with a risk tie against the child, with those ties, in id order.
fn harmers_of(network: &Network, child: Ix) -> BTreeMap<Ix, Vec<TieId>> {
    let mut harmers: BTreeMap<Ix, Vec<TieId>> = BTreeMap::new();
    for link in &network.harmed_by[child] {
        harmers.entry(link.other).or_default().push(link.tie);
    }
    harmers
}

/// Living adults outside the household who give the child support and do not harm them:
/// someone who harms a child is not a safe adult for that child, whatever else they do.
fn protective_adults(network: &Network, child: Ix, harmers: &BTreeMap<Ix, Vec<TieId>>) -> BTreeMap<Ix, Vec<TieId>> {
    let mut adults: BTreeMap<Ix, Vec<TieId>> = BTreeMap::new();
    for link in &network.receives[child] {
        if network.is_outside_adult(link.other) && !harmers.contains_key(&link.other) {
            adults.entry(link.other).or_default().push(link.tie);
        }
    }
    adults
}

/// Persons with both a support tie (either way) and a risk tie against the child.
fn support_and_risk(network: &Network, child: Ix, harmers: &BTreeMap<Ix, Vec<TieId>>) -> Vec<Insight> {
    if harmers.is_empty() {
        return Vec::new();
    }
    // All support between the child and each other person, given or received.
    let mut support: BTreeMap<Ix, Vec<TieId>> = BTreeMap::new();
    for link in network.receives[child].iter().chain(&network.gives[child]) {
        support.entry(link.other).or_default().push(link.tie);
    }
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

/// Ties in id order, each once (a mutual tie shows up in both directions).
pub(super) fn sorted(mut ties: Vec<TieId>) -> Vec<TieId> {
    ties.sort();
    ties.dedup();
    ties
}
