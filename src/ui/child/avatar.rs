//! A big picture for every person, so a child who does not read well still finds them.
//! Kring draws them itself (SVG): emoji look different on every device, and some devices
//! show them as empty boxes.

use crate::model::{Gender, Person, PersonKind};
use yew::prelude::*;

/// Which picture a person gets: from who they are (a pet, a place, a child or an adult,
/// and how they are described).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    Pet,
    Place,
    Girl,
    Boy,
    Child,
    Woman,
    Man,
    Adult,
}

pub fn picture_of(person: &Person) -> Picture {
    match (person.kind, person.child, person.gender) {
        (PersonKind::Pet, _, _) => Picture::Pet,
        (PersonKind::Organisation, _, _) => Picture::Place,
        (PersonKind::Person, true, Gender::Female) => Picture::Girl,
        (PersonKind::Person, true, Gender::Male) => Picture::Boy,
        (PersonKind::Person, true, _) => Picture::Child,
        (PersonKind::Person, false, Gender::Female) => Picture::Woman,
        (PersonKind::Person, false, Gender::Male) => Picture::Man,
        (PersonKind::Person, false, _) => Picture::Adult,
    }
}

/// The picture, hidden from screen readers: the name next to it says who it is.
pub fn avatar(person: &Person) -> Html {
    picture(picture_of(person), "avatar-big")
}

/// A picture drawn on a 48 × 48 grid: head and body for a person (a child smaller, with
/// a larger head), a paw for a pet, a house for a place.
pub fn picture(picture: Picture, class: &'static str) -> Html {
    let body = match picture {
        Picture::Pet => html! {
            <g class="pic-pet">
                <ellipse cx="24" cy="31" rx="10" ry="8" />
                <circle cx="13" cy="19" r="4.5" /><circle cx="20" cy="13" r="4.5" />
                <circle cx="28" cy="13" r="4.5" /><circle cx="35" cy="19" r="4.5" />
            </g>
        },
        Picture::Place => html! {
            <g class="pic-place">
                <path d="M6 22L24 7L42 22Z" />
                <rect x="10" y="22" width="28" height="20" />
                <rect class="pic-door" x="20" y="30" width="8" height="12" />
            </g>
        },
        Picture::Girl | Picture::Boy | Picture::Child => {
            let body = match picture {
                Picture::Girl => "M15 44L19 27H29L33 44Z",
                Picture::Boy => "M16 44V31Q16 26 21 26H27Q32 26 32 31V44Z",
                _ => "M15 44Q15 26 24 26Q33 26 33 44Z",
            };
            html! {
                <g class="pic-child">
                    <circle cx="24" cy="16" r="9" />
                    <path d={body} />
                </g>
            }
        }
        Picture::Woman | Picture::Man | Picture::Adult => {
            let body = match picture {
                Picture::Woman => "M12 46L17 22H31L36 46Z",
                Picture::Man => "M12 46V26Q12 20 18 20H30Q36 20 36 26V46Z",
                _ => "M12 46Q12 20 24 20Q36 20 36 46Z",
            };
            html! {
                <g class="pic-adult">
                    <circle cx="24" cy="10" r="7" />
                    <path d={body} />
                </g>
            }
        }
    };
    html! {
        <svg class={classes!("picture", class)} viewBox="0 0 48 48" aria-hidden="true" focusable="false">{ body }</svg>
    }
}
