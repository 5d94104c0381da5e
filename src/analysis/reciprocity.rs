//! Whether support flows both ways: carers who only give, and relationships where
//! support goes back and forth.

use super::children::sorted;
use super::network::{Ix, Network};
use super::Insight;
use crate::model::{PersonKind, TieId};

/// From this many support ties given (with none received) a person may be carrying too much.
pub const MANY_SUPPORT_TIES: usize = 3;

pub(super) fn insights(network: &Network) -> Vec<Insight> {
    let mut found = givers_without_receiving(network);
    if !network.support_ties.is_empty() {
        found.push(mutual_support(network));
    }
    found
}

fn givers_without_receiving(network: &Network) -> Vec<Insight> {
    (0..network.len())
        .filter(|&ix| network.persons[ix].kind == PersonKind::Person && network.receives[ix].is_empty())
        .filter_map(|ix| {
            let ties = sorted(network.gives[ix].iter().map(|link| link.tie).collect());
            if ties.len() < MANY_SUPPORT_TIES {
                return None;
            }
            let mut receivers: Vec<Ix> = network.gives[ix].iter().map(|link| link.other).collect();
            crate::model::order::sort_by(&mut receivers, Ord::cmp);
            receivers.dedup();
            Some(Insight::GivesWithoutReceiving {
                person: network.persons[ix].id,
                receivers: receivers.into_iter().map(|r| network.persons[r].id).collect(),
                ties,
            })
        })
        .collect()
}

/// Pairs with support both ways: one mutual tie, or one tie each way.
fn mutual_support(network: &Network) -> Insight {
    // Every support direction, keyed by its unordered pair; bit 1 for low->high, 2 for back.
    let mut directions: Vec<(Ix, Ix, u8, TieId)> = network
        .gives
        .iter()
        .enumerate()
        .flat_map(|(giver, links)| {
            links.iter().map(move |link| {
                let way = if giver < link.other { 1 } else { 2 };
                (giver.min(link.other), giver.max(link.other), way, link.tie)
            })
        })
        .collect();
    crate::model::order::sort_by_key(&mut directions, |&(a, b, _, tie)| (a, b, tie));

    let mut pairs = Vec::new();
    let mut ties = Vec::new();
    for group in directions.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        let ways = group.iter().fold(0, |ways, d| ways | d.2);
        if ways == 3 {
            pairs.push((network.persons[group[0].0].id, network.persons[group[0].1].id));
            ties.extend(group.iter().map(|d| d.3));
        }
    }
    Insight::MutualSupport { pairs, ties: sorted(ties) }
}
