//! The calendar file for a meeting's plan: the review date and every agreement with a date,
//! with titles in the reader's language. Only what `reader` may read goes in, so a file
//! made for everyone can be passed on.

use crate::i18n::review::{calendar_agreement_title, calendar_description, calendar_review_title};
use crate::i18n::Lang;
use crate::io::ics::{self, Event, IcsError, Stamp};
use crate::meeting::readable_meeting;
use crate::model::{is_iso_date, AgreementStatus, FamilyMap, Meeting, Reader};

/// A stable prefix for the UIDs of one meeting's cycle: its random calendar key (kept by
/// every review), so the same event gets the same UID each time it is written, whatever
/// the map is called and wherever the item is in its list. A meeting from before the key
/// (no key) falls back to a hash (FNV-1a) of the map's title and the meeting's id and date.
fn uid_base(map: &FamilyMap, meeting: &Meeting) -> String {
    let key: String = meeting.calendar_key.chars().filter(char::is_ascii_alphanumeric).take(32).collect();
    if !key.is_empty() {
        return format!("kring-{key}");
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in map.title().bytes().chain(meeting.date.bytes()).chain(meeting.id.0.to_le_bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("kring-{hash:016x}")
}

/// The events of a meeting's plan for `reader`.
pub fn events(map: &FamilyMap, meeting: &Meeting, reader: Reader, lang: Lang) -> Vec<Event> {
    // A meeting as the map holds it has ids on every agreement; one made in code may not.
    let mut numbered = meeting.clone();
    numbered.number_agreements();
    let (meeting, _) = readable_meeting(map, &numbered, reader);
    let base = uid_base(map, &meeting);
    let description = calendar_description(lang, &meeting.date);
    let mut out = Vec::new();
    let review = meeting.monitoring.review_date.trim();
    if is_iso_date(review) {
        out.push(Event {
            uid: format!("{base}-m{}-review@kring.local", meeting.id.0),
            date: review.to_owned(),
            summary: calendar_review_title(lang, map.title()),
            description: description.clone(),
            repeat: None,
            until: None,
            remind_days_before: Some(7),
        });
    }
    for a in &meeting.agreements {
        if a.status == AgreementStatus::Stopped || a.what.trim().is_empty() {
            continue;
        }
        let from = a.from.trim();
        let by = a.by.trim();
        let (date, repeat, until) = match a.repeat {
            Some(repeat) if is_iso_date(from) => (from, Some(repeat), is_iso_date(by).then(|| by.to_owned())),
            _ if is_iso_date(by) => (by, None, None),
            _ if is_iso_date(from) => (from, None, None),
            _ => continue,
        };
        out.push(Event {
            // By the agreement's id: the same agreement is the same event in every
            // meeting of the cycle and for every reader, whatever its place in the list.
            uid: format!("{base}-a{}@kring.local", a.id),
            date: date.to_owned(),
            summary: calendar_agreement_title(lang, map.title(), a.what.trim()),
            description: description.clone(),
            repeat,
            until,
            remind_days_before: repeat.is_none().then_some(1),
        });
    }
    out
}

/// The whole calendar file.
pub fn calendar(
    map: &FamilyMap,
    meeting: &Meeting,
    reader: Reader,
    lang: Lang,
    stamp: Stamp,
) -> Result<String, IcsError> {
    ics::write(&events(map, meeting, reader, lang), stamp)
}
