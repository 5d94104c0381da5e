//! Insights about a family's network, for the conversation about it: per child in the
//! household (who protects them, and does it rest on one person?) and for the map as a
//! whole (empty life areas, professionals against the family's own people, carers who
//! only give). Pure data: `i18n::insights` turns each insight into a sentence.
//!
//! The rules, in short:
//! - support from A to B is a support tie A->B, or a mutual support tie either way;
//!   harm from A to B likewise with risk ties;
//! - ties of a deceased person count for nothing: they are memories, not today's network;
//! - a protective adult for a child is a living adult person (not a pet, organisation or
//!   child) outside the household who supports the child and does not harm them.

mod balance;
mod children;
mod insight;
mod network;
mod reciprocity;
mod routes;

pub use insight::{Insight, Severity};
pub use reciprocity::MANY_SUPPORT_TIES;

use crate::model::FamilyMap;

/// Every insight about the map, most urgent first. The order is fixed by the map alone:
/// by severity, then by kind, then children and persons in id order.
pub fn insights(map: &FamilyMap) -> Vec<Insight> {
    let network = network::Network::new(map);
    let routes = routes::SupportRoutes::new(&network);
    let mut found = children::insights(&network, &routes);
    found.extend(balance::insights(&network));
    found.extend(reciprocity::insights(&network));
    // A stable sort keeps the id order in which each kind was found.
    crate::model::order::sort_by_key(&mut found, |insight| (insight.severity(), insight.rank_within_severity()));
    found
}
