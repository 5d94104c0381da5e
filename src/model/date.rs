//! Calendar dates as Kring stores them: `YYYY-MM-DD`, the form that sorts correctly as
//! text and that every spreadsheet reads.

/// Whether `text` is a real calendar date written as YYYY-MM-DD (29 February only in
/// leap years).
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// The calendar date `(year, month, day)` of a moment given as milliseconds since 1970
/// (already moved to the time zone whose date is wanted).
pub fn date_from_millis(millis: f64) -> (i64, u32, u32) {
    civil_from_days((millis / 86_400_000.0).floor() as i64)
}

/// The ISO date (YYYY-MM-DD) for milliseconds since 1970.
pub fn iso_date_from_millis(millis: f64) -> String {
    let (y, m, d) = date_from_millis(millis);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The year, month and day of a date written as YYYY-MM-DD, when it is a real date.
pub fn date_parts(text: &str) -> Option<(u16, u8, u8)> {
    if !is_iso_date(text) {
        return None;
    }
    let year = text.get(0..4)?.parse().ok()?;
    let month = text.get(5..7)?.parse().ok()?;
    let day = text.get(8..10)?.parse().ok()?;
    Some((year, month, day))
}

/// The day of the week of a date written as YYYY-MM-DD: 0 is Monday, 6 is Sunday.
pub fn weekday(text: &str) -> Option<u8> {
    let (year, month, day) = date_parts(text)?;
    // Days since 1970-01-01 (a Thursday), after Howard Hinnant's days_from_civil.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u8::try_from((days + 3).rem_euclid(7)).ok()
}

/// The day after a date written as YYYY-MM-DD (for an all-day event's end).
pub fn next_day(text: &str) -> Option<String> {
    let (mut year, mut month, mut day) = date_parts(text)?;
    day += 1;
    if !is_iso_date(&format!("{year:04}-{month:02}-{day:02}")) {
        day = 1;
        month += 1;
        if month > 12 {
            month = 1;
            year = year.checked_add(1)?;
        }
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}
