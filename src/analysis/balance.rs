//! How the network around the household is spread: which life areas are empty, and
//! whether professionals outnumber the family's own people.

use super::network::Network;
use super::Insight;
use crate::model::{PersonKind, Sector};

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
    found
}
