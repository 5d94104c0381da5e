//! A big picture for every person, so a child who does not read well still finds them:
//! the person's own emoji, or one that fits who they are.

use crate::model::{Gender, Person, PersonKind};
use yew::prelude::*;

pub fn emoji(person: &Person) -> String {
    if !person.avatar.trim().is_empty() {
        return person.avatar.clone();
    }
    let picture = match (person.kind, person.child, person.gender) {
        (PersonKind::Pet, _, _) => "🐾",
        (PersonKind::Organisation, _, _) => "🏫",
        (PersonKind::Person, true, Gender::Female) => "👧",
        (PersonKind::Person, true, Gender::Male) => "👦",
        (PersonKind::Person, true, _) => "🧒",
        (PersonKind::Person, false, Gender::Female) => "👩",
        (PersonKind::Person, false, Gender::Male) => "👨",
        (PersonKind::Person, false, _) => "🧑",
    };
    picture.to_owned()
}

/// The picture, hidden from screen readers: the name next to it says who it is.
pub fn avatar(person: &Person) -> Html {
    html! { <span class="avatar-big" aria-hidden="true">{ emoji(person) }</span> }
}
