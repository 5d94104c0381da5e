//! A read-only view of a map, built once per analysis, in which every question the
//! insights ask is a lookup instead of a search: persons get compact indices (in id
//! order, so every result comes out in the same order every time) and support and risk
//! are split into "who gives to whom" and "who harms whom", with mutual ties counted in
//! both directions.

use crate::model::{FamilyMap, Person, PersonKind, TieId, TieKind};
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};

/// A compact person index: the position in `Network::persons`.
pub(super) type Ix = usize;

/// One direction of a tie: `other` is the giver in an incoming list and the receiver in an
/// outgoing one.
#[derive(Clone, Copy, Debug)]
pub(super) struct Link {
    pub other: Ix,
    pub tie: TieId,
}

/// A support tie between two living persons, as drawn (one entry even when mutual).
#[derive(Clone, Copy, Debug)]
pub(super) struct SupportTie {
    pub tie: TieId,
    pub from: Ix,
    pub to: Ix,
}

pub(super) struct Network<'a> {
    /// Every person, in id order.
    pub persons: Vec<&'a Person>,
    pub support_ties: Vec<SupportTie>,
    /// Support each person gives, per tie direction.
    pub gives: Vec<Vec<Link>>,
    /// Support each person receives, per tie direction.
    pub receives: Vec<Vec<Link>>,
    /// Risk ties against each person (from the one who harms them).
    pub harmed_by: Vec<Vec<Link>>,
    /// Unordered pairs with a risk tie between them in either direction, sorted.
    risk_pairs: Vec<(Ix, Ix)>,
}

impl<'a> Network<'a> {
    pub fn new(map: &'a FamilyMap) -> Network<'a> {
        let graph = map.graph();
        let mut nodes: Vec<_> = graph.node_indices().filter_map(|ix| Some((ix, graph.node_weight(ix)?))).collect();
        nodes.sort_by_key(|(_, person)| person.id);
        // petgraph slot -> compact index; slots of removed persons stay unused.
        let mut compact = vec![usize::MAX; graph.node_bound()];
        for (position, (ix, _)) in nodes.iter().enumerate() {
            compact[ix.index()] = position;
        }
        let persons: Vec<&Person> = nodes.into_iter().map(|(_, person)| person).collect();

        let mut ties: Vec<_> = graph
            .edge_references()
            .map(|edge| (edge.weight(), compact[edge.source().index()], compact[edge.target().index()]))
            .collect();
        ties.sort_by_key(|(tie, _, _)| tie.id);

        let count = persons.len();
        let mut network = Network {
            persons,
            support_ties: Vec::new(),
            gives: vec![Vec::new(); count],
            receives: vec![Vec::new(); count],
            harmed_by: vec![Vec::new(); count],
            risk_pairs: Vec::new(),
        };
        for (tie, from, to) in ties {
            // The ties of someone who has died are memories, not support or risk today.
            if network.persons[from].deceased || network.persons[to].deceased {
                continue;
            }
            let both_ways = [(from, to), (to, from)];
            let directions = &both_ways[..if tie.mutual { 2 } else { 1 }];
            match tie.kind {
                TieKind::Support => {
                    network.support_ties.push(SupportTie { tie: tie.id, from, to });
                    for &(giver, receiver) in directions {
                        network.gives[giver].push(Link { other: receiver, tie: tie.id });
                        network.receives[receiver].push(Link { other: giver, tie: tie.id });
                    }
                }
                TieKind::Risk => {
                    network.risk_pairs.push((from.min(to), from.max(to)));
                    for &(harmer, harmed) in directions {
                        network.harmed_by[harmed].push(Link { other: harmer, tie: tie.id });
                    }
                }
                TieKind::Contact => {}
            }
        }
        network.risk_pairs.sort_unstable();
        network.risk_pairs.dedup();
        network
    }

    pub fn len(&self) -> usize {
        self.persons.len()
    }

    /// Whether there is harm between two persons, either way.
    pub fn has_risk_between(&self, a: Ix, b: Ix) -> bool {
        self.risk_pairs.binary_search(&(a.min(b), a.max(b))).is_ok()
    }

    /// Children who live in the household, in id order.
    pub fn household_children(&self) -> impl Iterator<Item = Ix> + '_ {
        (0..self.len()).filter(|&ix| {
            let person = self.persons[ix];
            person.in_centre() && person.child && !person.deceased
        })
    }

    /// A living adult person outside the household: someone who could be a protective
    /// adult for a child. Pets and organisations are not; neither are other children.
    pub fn is_outside_adult(&self, ix: Ix) -> bool {
        let person = self.persons[ix];
        person.kind == PersonKind::Person && !person.in_centre() && !person.child && !person.deceased
    }
}
