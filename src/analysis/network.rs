//! A read-only view of a map, built once per analysis, in which every question the
//! insights ask is a lookup instead of a search: persons get compact indices (in id
//! order, so every result comes out in the same order every time) and support and risk
//! are split into "who gives to whom" and "who harms whom", with mutual ties counted in
//! both directions.

use crate::model::{ChildAnswer, ChildSafety, FamilyMap, Person, PersonKind, Sector, TieId, TieKind};
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
    map: &'a FamilyMap,
    /// Every person, in id order.
    pub persons: Vec<&'a Person>,
    pub support_ties: Vec<SupportTie>,
    /// Support each person gives, per tie direction.
    pub gives: Vec<Vec<Link>>,
    /// Support each person receives, per tie direction.
    pub receives: Vec<Vec<Link>>,
    /// Risk ties against each person (from the one who harms them).
    pub harmed_by: Vec<Vec<Link>>,
    /// Serious risk ties against each person (see `Tie::is_serious_risk`): only these rule
    /// someone out as a safe adult.
    pub seriously_harmed_by: Vec<Vec<Link>>,
    /// Per child: whom the child said, in child mode, they would rather not have near.
    pub not_near: Vec<Vec<Ix>>,
    /// Unordered pairs with a risk tie between them in either direction, sorted.
    risk_pairs: Vec<(Ix, Ix)>,
}

impl<'a> Network<'a> {
    pub fn new(map: &'a FamilyMap) -> Network<'a> {
        let graph = map.graph();
        let mut nodes: Vec<_> = graph.node_indices().filter_map(|ix| Some((ix, graph.node_weight(ix)?))).collect();
        crate::model::order::sort_by_key(&mut nodes, |(_, person)| person.id);
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
        crate::model::order::sort_by_key(&mut ties, |(tie, _, _)| tie.id);

        let count = persons.len();
        let mut network = Network {
            map,
            persons,
            support_ties: Vec::new(),
            gives: vec![Vec::new(); count],
            receives: vec![Vec::new(); count],
            harmed_by: vec![Vec::new(); count],
            seriously_harmed_by: vec![Vec::new(); count],
            not_near: vec![Vec::new(); count],
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
                        if tie.is_serious_risk() {
                            network.seriously_harmed_by[harmed].push(Link { other: harmer, tie: tie.id });
                        }
                    }
                }
                TieKind::Contact => {}
            }
        }
        // A child's own answers live in the child's perspective, marked as answers.
        let index_of = |id| network.persons.iter().position(|p| p.id == id);
        let mut not_near: Vec<(Ix, Ix)> = Vec::new();
        for perspective in map.perspectives() {
            let Some(child) = perspective.holder.and_then(index_of) else { continue };
            for tie in &perspective.ties {
                if tie.answer == Some(ChildAnswer::NotNear) && tie.to == network.persons[child].id {
                    if let Some(person) = index_of(tie.from) {
                        not_near.push((child, person));
                    }
                }
            }
        }
        for (child, person) in not_near {
            if !network.not_near[child].contains(&person) {
                network.not_near[child].push(person);
            }
        }
        crate::model::order::sort_by(&mut network.risk_pairs, Ord::cmp);
        network.risk_pairs.dedup();
        network
    }

    pub fn tie(&self, id: TieId) -> Option<&'a crate::model::Tie> {
        self.map.tie(id)
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

    /// A professional: someone in the professionals' sector. Paid help is counted apart.
    pub fn is_professional(&self, ix: Ix) -> bool {
        self.persons[ix].sector == Sector::Professionals && !self.persons[ix].in_centre()
    }

    /// The person may see the child only under supervision, or not at all.
    pub fn kept_from(&self, ix: Ix, child: Ix) -> Option<ChildSafety> {
        let safety = self.persons[ix].child_safety.get(&self.persons[child].id).copied();
        safety.filter(|s| matches!(s, ChildSafety::SupervisedOnly | ChildSafety::NoContact))
    }

    /// Lives in the household (the centre of the map), alive.
    pub fn in_household(&self, ix: Ix) -> bool {
        self.persons[ix].in_centre() && !self.persons[ix].deceased
    }

    /// A living adult person outside the household: someone who could be a protective
    /// adult for a child. Pets and organisations are not; neither are other children.
    pub fn is_outside_adult(&self, ix: Ix) -> bool {
        let person = self.persons[ix];
        person.kind == PersonKind::Person && !person.in_centre() && !person.child && !person.deceased
    }
}
