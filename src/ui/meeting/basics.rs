//! The meeting itself: date, place, chair, purpose, and whether the family shares the
//! risks on the map with the network.

use super::edit::MeetingEdit;
use super::fields::{checkbox, household, item_readers, text_area, text_field};
use crate::i18n::meeting::{pack_text, text, PackText, Text};
use crate::i18n::Lang;
use crate::meeting::Meeting;
use crate::model::FamilyMap;
use yew::prelude::*;

/// The place (it can be a safe address) and the purpose each have their own readership.
pub fn view(lang: Lang, edit: &MeetingEdit, meeting: &Meeting, map: &FamilyMap) -> Html {
    let seal = edit.seal();
    html! {
        <section class="panel meeting-section" aria-labelledby="mt-basics-title">
            <h3 id="mt-basics-title">{ text(lang, Text::TheMeeting) }</h3>
            <div class="field-row">
                { text_field("mt-date", pack_text(lang, PackText::Date), "date", &meeting.date,
                    edit.on_typing("date", |m, v| m.date = v), seal.clone()) }
                { text_field("mt-place", pack_text(lang, PackText::Place), "text", &meeting.place,
                    edit.on_typing("place", |m, v| m.place = v), seal.clone()) }
                { text_field("mt-chair", pack_text(lang, PackText::Chair), "text", &meeting.chair,
                    edit.on_typing("chair", |m, v| m.chair = v), seal.clone()) }
            </div>
            { item_readers(lang, edit, "mt-place", &meeting.place_readers, map, &household(map),
                |m, r| m.place_readers = r) }
            { text_area("mt-purpose", pack_text(lang, PackText::Purpose), &meeting.purpose,
                edit.on_typing("purpose", |m, v| m.purpose = v), seal) }
            { item_readers(lang, edit, "mt-purpose", &meeting.purpose_readers, map, &household(map),
                |m, r| m.purpose_readers = r) }
            <div class="checks">
                { checkbox("mt-share-risks", text(lang, Text::ShareRisks), meeting.share_risks_with_network,
                    edit.on(|m: &mut Meeting| m.share_risks_with_network = !m.share_risks_with_network)) }
            </div>
            <p class="hint">{ text(lang, Text::ShareRisksHelp) }</p>
        </section>
    }
}
