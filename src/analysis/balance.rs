//! How the network around the household is spread: which life areas are empty, and
//! whether professionals outnumber the family's own people.

use super::network::Network;
use super::Insight;
use crate::model::{Factor, PersonKind, Sector};

pub(super) fn insights(network: &Network) -> Vec<Insight> {
    // Only the living outside the household fill the rings around it.
    let around = || network.persons.iter().filter(|p| !p.in_centre() && !p.deceased);

    let mut found: Vec<Insight> = Sector::OUTER
        .into_iter()
        .filter(|&sector| !around().any(|p| p.sector == sector))
        .map(|sector| Insight::EmptySector { sector })
        .collect();

    // People only, on both sides: a club or a pet is not someone who can step in, and an
    // agency drawn next to its worker would count the same help twice.
    let people = || around().filter(|p| p.kind == PersonKind::Person);
    let professionals = people().filter(|p| p.sector == Sector::Professionals).count();
    let informal = people().filter(|p| p.sector != Sector::Professionals).count();
    if professionals > 0 && professionals >= informal {
        found.push(Insight::ProfessionalsOutnumber { professionals, informal });
    } else if informal > professionals {
        found.push(Insight::InformalOutnumbers { professionals, informal });
    }
    found.extend(plays_a_role(network, professionals));
    found
}

/// Per factor, who it plays a role for (anyone living who is not a professional, the
/// household included) and which professionals are there for it; in the order of
/// `Factor::ALL`, only factors someone has.
fn plays_a_role(network: &Network, professionals: usize) -> Vec<Insight> {
    let living = || network.persons.iter().filter(|p| !p.deceased);
    // Counted as the professionals above are: people, not the agencies drawn beside them.
    let is_professional =
        |p: &crate::model::Person| p.sector == Sector::Professionals && !p.in_centre() && p.kind == PersonKind::Person;
    Factor::ALL
        .into_iter()
        .filter_map(|factor| {
            let persons: Vec<_> = living()
                .filter(|p| p.sector != Sector::Professionals || p.in_centre())
                .filter(|p| p.factors.contains(&factor))
                .map(|p| p.id)
                .collect();
            let for_it: Vec<_> =
                living().filter(|p| is_professional(p) && p.factors.contains(&factor)).map(|p| p.id).collect();
            (!persons.is_empty() || !for_it.is_empty()).then_some(Insight::PlaysARole {
                factor,
                persons,
                for_it,
                professionals,
            })
        })
        .collect()
}
