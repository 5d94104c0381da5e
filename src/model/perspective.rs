//! A perspective as stored in the Kring file: whose view of the network it is. Who exists
//! and who lives in the household are shared facts and stay in the common map; each
//! perspective holds its own ties and its own closeness. The logic about perspectives
//! (applying one, comparing them) is in `timeline`.

use super::{PersonId, Ring, Tie};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PerspectiveId(pub u32);

impl fmt::Display for PerspectiveId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

/// One view of the map. `holder` is whose view it is when that person is on the map (the
/// child, the mother); a professional's view may have no holder and just a name.
/// `closeness` holds only the persons this view places; everyone else is drawn where the
/// common map has them, and counts for nothing when views are compared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    pub id: PerspectiveId,
    pub name: String,
    #[serde(default)]
    pub holder: Option<PersonId>,
    #[serde(default)]
    pub ties: Vec<Tie>,
    #[serde(default)]
    pub closeness: BTreeMap<PersonId, Ring>,
    /// How safe the holder says they feel, 0 (not at all) to 10 (completely): the path
    /// to the safety house in child mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<u8>,
}
