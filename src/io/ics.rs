//! iCalendar files (RFC 5545), written by Kring itself: all-day events for the review date
//! and for agreements with a date, to import in any calendar. No words of its own: the
//! titles and descriptions come in from the words layer (`present::calendar`).
//!
//! What the writer guarantees (and `tests/ics.rs` reads back strictly):
//! - every line ends in CRLF, and no line is longer than 75 octets: longer content lines
//!   are folded (CRLF and one space) without splitting a UTF-8 character;
//! - TEXT values escape backslash, semicolon, comma and line breaks;
//! - every event has a UID (stable for the same event, so importing again updates it), a
//!   DTSTAMP in UTC, an all-day DTSTART;VALUE=DATE and DTEND;VALUE=DATE (the next day);
//! - a repeat is an RRULE whose UNTIL is a DATE, like DTSTART.

use crate::model::{date_parts, next_day, Repeat};
use std::fmt;

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique and stable: the same event gets the same UID every time it is written.
    pub uid: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub summary: String,
    pub description: String,
    pub repeat: Option<Repeat>,
    /// YYYY-MM-DD: the last day a repeat can fall on.
    pub until: Option<String>,
    /// A reminder this many days before (0 is on the day itself).
    pub remind_days_before: Option<u8>,
}

/// When the file is written, in UTC (for DTSTAMP).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IcsError {
    /// An event's date (or its end of repeats) is not a real date written as YYYY-MM-DD.
    BadDate { uid: String, value: String },
    /// The stamp is not a real moment.
    BadStamp,
    /// A UID must not be empty.
    EmptyUid,
}

impl fmt::Display for IcsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IcsError::BadDate { uid, value } => write!(f, "event {uid}: ‘{value}’ is not a date"),
            IcsError::BadStamp => write!(f, "the time stamp is not a real moment"),
            IcsError::EmptyUid => write!(f, "an event has no UID"),
        }
    }
}

impl std::error::Error for IcsError {}

/// The PRODID of files Kring writes.
pub const PRODID: &str = "-//Kring//Kring netwerkkaart//NL";

/// Writes a calendar with these events. An empty list gives a valid, empty calendar.
pub fn write(events: &[Event], stamp: Stamp) -> Result<String, IcsError> {
    let stamp_text = stamp_text(stamp)?;
    let mut out = String::new();
    let mut line = |text: &str| fold_into(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for event in events {
        if event.uid.trim().is_empty() {
            return Err(IcsError::EmptyUid);
        }
        let date = ics_date(&event.uid, &event.date)?;
        let end = next_day(&event.date).ok_or_else(|| bad(&event.uid, &event.date))?;
        let end = ics_date(&event.uid, &end)?;
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&event.uid)));
        line(&format!("DTSTAMP:{stamp_text}"));
        line(&format!("DTSTART;VALUE=DATE:{date}"));
        line(&format!("DTEND;VALUE=DATE:{end}"));
        line(&format!("SUMMARY:{}", escape(&event.summary)));
        if !event.description.is_empty() {
            line(&format!("DESCRIPTION:{}", escape(&event.description)));
        }
        if let Some(repeat) = event.repeat {
            let (freq, interval) = match repeat {
                Repeat::Daily => ("DAILY", 1),
                Repeat::Weekly => ("WEEKLY", 1),
                Repeat::EveryTwoWeeks => ("WEEKLY", 2),
                Repeat::Monthly => ("MONTHLY", 1),
            };
            let mut rule = format!("RRULE:FREQ={freq}");
            if interval > 1 {
                rule += &format!(";INTERVAL={interval}");
            }
            if let Some(until) = &event.until {
                rule += &format!(";UNTIL={}", ics_date(&event.uid, until)?);
            }
            line(&rule);
        }
        line("TRANSP:TRANSPARENT");
        if let Some(days) = event.remind_days_before {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("DESCRIPTION:{}", escape(&event.summary)));
            line(&format!("TRIGGER:-P{days}D"));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    Ok(out)
}

fn bad(uid: &str, value: &str) -> IcsError {
    IcsError::BadDate { uid: uid.to_owned(), value: value.to_owned() }
}

/// YYYY-MM-DD as an iCalendar DATE: YYYYMMDD.
fn ics_date(uid: &str, date: &str) -> Result<String, IcsError> {
    let (y, m, d) = date_parts(date).ok_or_else(|| bad(uid, date))?;
    Ok(format!("{y:04}{m:02}{d:02}"))
}

fn stamp_text(s: Stamp) -> Result<String, IcsError> {
    let date = format!("{:04}-{:02}-{:02}", s.year, s.month, s.day);
    if date_parts(&date).is_none() || s.hour > 23 || s.minute > 59 || s.second > 60 {
        return Err(IcsError::BadStamp);
    }
    Ok(format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", s.year, s.month, s.day, s.hour, s.minute, s.second))
}

/// A TEXT value: backslash, semicolon and comma escaped, every line break as `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (the first line) and 74 octets after the
/// leading space (each continuation), never inside a UTF-8 character.
fn fold_into(out: &mut String, line: &str) {
    const MAX: usize = 75;
    let mut width = 0;
    let mut limit = MAX;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > limit {
            out.push_str("\r\n ");
            width = 0;
            limit = MAX - 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}
