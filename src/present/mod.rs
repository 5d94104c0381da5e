//! The outputs that carry words: the printed meeting pack as text and the SVG picture with
//! its legend. They sit in the words layer, beside `i18n`, and use the same words as the
//! screen, so what is exported is what was seen. Below them, `scene`, `meeting` and `io`
//! give typed values only.

pub mod calendar;
pub mod pack_text;
pub mod svg;

use crate::i18n::Lang;
use crate::meeting::consent::rule_year;
use crate::meeting::{base_for, pack, readable_map, Audience, Base, LeftOut, Meeting};
use crate::model::{Edit, FamilyMap, Reader};

/// Which version of the pack a reader gets (a person's own, the network's, everything).
pub fn audience_of(reader: Reader) -> Audience {
    match reader {
        Reader::Professionals => Audience::Professionals,
        Reader::Network => Audience::Network,
        Reader::Person(id) => Audience::Person(id),
    }
}

/// The meeting whose plan the lens and "Export for" show: the latest by date (then by id).
pub fn latest_meeting(map: &FamilyMap) -> Option<&Meeting> {
    map.meetings().iter().max_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)))
}

/// The plan of the latest meeting as `reader`'s printout has it, as plain text for a file
/// ("Export for"), with every name this reader may not see named replaced by how the
/// printout shows that person (the preview's one-step fix, always applied in a file), and
/// what it left out (numbers, for the screen only). `None` with no meeting yet. Ages are
/// judged in the meeting's year, as on the printout (`today` only while it has no date).
pub fn plan_for(map: &FamilyMap, reader: Reader, lang: Lang, today: u16) -> Option<(String, LeftOut)> {
    let meeting = latest_meeting(map)?;
    let mut view = pack(map, meeting, audience_of(reader), rule_year(meeting, today));
    view.replace_names(lang);
    Some((view.render_text(lang), view.left_out))
}

/// What `reader`'s copy leaves out, in numbers: of the latest meeting's plan and the map
/// together, or of the map alone when there is no meeting yet.
pub fn left_out_for(map: &FamilyMap, reader: Reader) -> LeftOut {
    match latest_meeting(map) {
        Some(meeting) => crate::meeting::readable_meeting(map, meeting, reader).1,
        None => crate::meeting::readers::readable_map_counted(map, reader).1,
    }
}

/// The map as `reader`'s printout draws it, for the "Show as" lens: the map page of their
/// version of the latest meeting (persons named as that version names them), or, with no
/// meeting yet, what they may read of the map. Never more than `readable_map` holds. Ages
/// are judged in the meeting's year, exactly as on the printout (see
/// `meeting::consent::rule_year` for why); `today` counts only while it has no date.
pub fn shown_to(map: &FamilyMap, reader: Reader, lang: Lang, today: u16) -> FamilyMap {
    match latest_meeting(map) {
        Some(meeting) if reader != Reader::Professionals => {
            let audience = audience_of(reader);
            let mut shown = pack(map, meeting, audience, rule_year(meeting, today)).to_map(lang);
            // A person with the family's rules also gets their own view of the perspectives
            // (a child's own answers among them); the network gets none.
            if base_for(map, meeting, audience) == Base::Family {
                for perspective in readable_map(map, reader).perspectives() {
                    let edit = Edit::SetPerspective { id: perspective.id, perspective: Some(perspective.clone()) };
                    // A refused edit leaves the perspective out, never more.
                    let _ = shown.apply(edit);
                }
            }
            shown
        }
        _ => readable_map(map, reader),
    }
}

/// The map an export writes: everything (for professionals only), or, made for one reader,
/// the map as their printout draws it (see [`shown_to`]). The pseudonymise preview is made
/// from this same map, so it lists exactly what the file will hold.
pub fn export_map(map: &FamilyMap, for_reader: Option<Reader>, lang: Lang, today: u16) -> FamilyMap {
    match for_reader {
        Some(reader) => shown_to(map, reader, lang, today),
        None => map.clone(),
    }
}
