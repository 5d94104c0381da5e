//! The device's clock, read in one place: today's date on the person's own calendar (local
//! time, not UTC: a snapshot made at 00:30 is today's) and new map ids.

/// Milliseconds since 1970 moved to the local time zone, so the date is the day on the
/// person's own calendar.
pub fn local_millis() -> f64 {
    let now = js_sys::Date::new_0();
    now.get_time() - now.get_timezone_offset() * 60_000.0
}

/// Today on this device, as `YYYY-MM-DD`.
pub fn today() -> String {
    crate::model::iso_date_from_millis(local_millis())
}

/// This year on this device: the year the consent age rules are judged in when nothing
/// else gives one.
pub fn this_year() -> u16 {
    u16::try_from(js_sys::Date::new_0().get_full_year()).unwrap_or(2026)
}

/// An id for a new map: the moment it was made, so ids never repeat on one device.
pub fn new_map_id() -> String {
    format!("map-{}", crate::storage::now() as u64)
}

/// A random key for a new meeting's calendar events (see `Meeting::calendar_key`): not a
/// secret, only different from every other meeting's.
pub fn calendar_key() -> String {
    let part = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{:08x}{:08x}{:x}", part(), part(), crate::storage::now() as u64)
}
