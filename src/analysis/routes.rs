//! Who a child's support from outside the household depends on.
//!
//! Picture the support ties as an undirected network (support that flows to a parent
//! reaches the child through that parent too). Add one imaginary point, "outside help",
//! joined to every living adult outside the household. A person is a bottleneck for a
//! child when every route from the child to outside help runs through them; a tie is a
//! bridge when every route uses it.
//!
//! petgraph's `articulation_points` and `bridges` answer a different question (which
//! persons split the network anywhere, for anyone), and would need one extra search per
//! child and candidate to narrow that down. Instead, one depth-first search rooted at
//! "outside help", keeping Tarjan's low-links, answers it for every child at once: a
//! person `x` on the search path above the child cuts the child off exactly when nothing
//! below `x` (on the child's side) reaches above `x` without passing `x`.
//! That is O(persons + ties) for the whole map, however many children there are.
//!
//! A support tie between two persons with harm between them (a risk tie either way) is
//! left out: a route through a harmful relationship is not a safe route.

use super::network::{Ix, Network};
use crate::model::TieId;

const UNSEEN: u32 = u32::MAX;
const NONE: usize = usize::MAX;

pub(super) struct SupportRoutes {
    /// The "outside help" point: one past the last person.
    outside_help: Ix,
    /// The tie behind each undirected edge; `None` for edges to "outside help".
    edge_ties: Vec<Option<TieId>>,
    discovered: Vec<u32>,
    low: Vec<u32>,
    parent: Vec<Ix>,
    parent_edge: Vec<usize>,
}

/// What a child's outside support hangs on.
#[derive(Debug, Default)]
pub(super) struct CutOff {
    /// Persons whose loss alone cuts the child off, nearest the child first.
    pub persons: Vec<Ix>,
    pub bridges: Vec<TieId>,
}

impl SupportRoutes {
    pub fn new(network: &Network) -> SupportRoutes {
        let outside_help = network.len();
        let mut adjacency: Vec<Vec<(Ix, usize)>> = vec![Vec::new(); outside_help + 1];
        let mut edge_ties = Vec::with_capacity(network.support_ties.len() + outside_help);
        let mut connect = |a: Ix, b: Ix, tie: Option<TieId>, edge_ties: &mut Vec<Option<TieId>>| {
            let edge = edge_ties.len();
            edge_ties.push(tie);
            adjacency[a].push((b, edge));
            adjacency[b].push((a, edge));
        };
        for support in &network.support_ties {
            if !network.has_risk_between(support.from, support.to) {
                connect(support.from, support.to, Some(support.tie), &mut edge_ties);
            }
        }
        for person in (0..network.len()).filter(|&ix| network.is_outside_adult(ix)) {
            connect(outside_help, person, None, &mut edge_ties);
        }

        let mut routes = SupportRoutes {
            outside_help,
            edge_ties,
            discovered: vec![UNSEEN; outside_help + 1],
            low: vec![UNSEEN; outside_help + 1],
            parent: vec![NONE; outside_help + 1],
            parent_edge: vec![NONE; outside_help + 1],
        };
        routes.search_from_outside_help(&adjacency);
        routes
    }

    /// Tarjan's depth-first search with low-links, without recursion so a long chain of
    /// persons cannot overflow the (small, in wasm) stack.
    fn search_from_outside_help(&mut self, adjacency: &[Vec<(Ix, usize)>]) {
        let root = self.outside_help;
        let mut clock = 0;
        self.discovered[root] = clock;
        self.low[root] = clock;
        // Each frame: a person and how far through their neighbours the search is.
        let mut stack: Vec<(Ix, usize)> = vec![(root, 0)];
        while let Some(&(node, next)) = stack.last() {
            if let Some(&(neighbour, edge)) = adjacency[node].get(next) {
                if let Some(frame) = stack.last_mut() {
                    frame.1 += 1;
                }
                // Skip only the very edge we came in by: a second tie between the same two
                // persons is another route, so it must count.
                if edge == self.parent_edge[node] {
                    continue;
                }
                if self.discovered[neighbour] == UNSEEN {
                    clock += 1;
                    self.discovered[neighbour] = clock;
                    self.low[neighbour] = clock;
                    self.parent[neighbour] = node;
                    self.parent_edge[neighbour] = edge;
                    stack.push((neighbour, 0));
                } else {
                    self.low[node] = self.low[node].min(self.discovered[neighbour]);
                }
            } else {
                stack.pop();
                let parent = self.parent[node];
                if parent != NONE {
                    self.low[parent] = self.low[parent].min(self.low[node]);
                }
            }
        }
    }

    /// The persons and ties that all of a child's outside support runs through. Empty when
    /// the child has no route to outside support at all, or more than one disjoint route.
    pub fn cut_off(&self, child: Ix) -> CutOff {
        let mut cut = CutOff::default();
        if self.discovered.get(child).is_none_or(|&d| d == UNSEEN) {
            return cut;
        }
        // Walk up the search tree from the child towards "outside help". Every route from
        // the child must pass each ancestor `above` that nothing below it can bypass.
        let mut below = child;
        loop {
            let above = self.parent[below];
            if above == self.outside_help || above == NONE {
                break;
            }
            if self.low[below] >= self.discovered[above] {
                cut.persons.push(above);
            }
            if self.low[below] > self.discovered[above] {
                if let Some(Some(tie)) = self.edge_ties.get(self.parent_edge[below]) {
                    cut.bridges.push(*tie);
                }
            }
            below = above;
        }
        crate::model::order::sort_by(&mut cut.bridges, Ord::cmp);
        cut
    }
}
