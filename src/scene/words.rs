//! The words on a map and in its exports. The scene places them (their width decides where names go)
//! but does not choose them: the words layer (`i18n`) implements this for each language.

use crate::model::{Person, Ring, Sector, TieKind};

pub trait MapWords {
    /// A sector's name, written around the rings (and in the centre, for the household).
    fn sector(&self, sector: Sector) -> String;
    /// A ring's name, written on the ring.
    fn ring(&self, ring: Ring) -> String;
    /// What a screen reader says of a person on the map; starts with the full name.
    fn person(&self, person: &Person) -> String;
    /// The name of a kind of tie: in the legend, and in the label columns of exports.
    fn tie_kind(&self, kind: TieKind) -> String;
    /// What the badges on a person say, for a screen reader: a child, the age, and for
    /// which children this person is a safe adult (empty when there is nothing to say).
    fn badges(&self, child: bool, age: &str, safe_for: &[String]) -> String;
}

impl<W: MapWords + ?Sized> MapWords for &W {
    fn sector(&self, sector: Sector) -> String {
        (**self).sector(sector)
    }
    fn ring(&self, ring: Ring) -> String {
        (**self).ring(ring)
    }
    fn person(&self, person: &Person) -> String {
        (**self).person(person)
    }
    fn tie_kind(&self, kind: TieKind) -> String {
        (**self).tie_kind(kind)
    }
    fn badges(&self, child: bool, age: &str, safe_for: &[String]) -> String {
        (**self).badges(child, age, safe_for)
    }
}
