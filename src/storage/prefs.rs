//! Small preferences kept in localStorage, because they are needed before the first paint
//! (IndexedDB only answers asynchronously).

use crate::i18n::Lang;

const LANG_KEY: &str = "kring.lang";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The map Kring is opening right now, with a token for this one opening.
const STARTING_KEY: &str = "kring.starting";
/// The IndexedDB setting that holds the token of the last opening that got drawn.
pub const STARTED_SETTING: &str = "started";

/// Notes that map `id` is about to be opened, and returns the token of this opening. If
/// Kring stops before the map is drawn (a panic aborts the page), the next start finds the
/// token without its confirmation (`STARTED_SETTING`) and does not open that map again.
///
/// The confirmation lives in IndexedDB, not here: Chromium writes localStorage to disk in
/// batches, so a browser killed seconds after a map was drawn (a crash, a power cut) could
/// come back with "starting" still set, and Kring would wrongly report that the map stopped
/// it. The soak test saw exactly that once in 164 kills.
pub fn mark_starting(id: &str) -> String {
    let token = format!("{id} {}", js_sys::Date::now());
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STARTING_KEY, &token);
    }
    token
}

/// The token of the last opening, if it was marked (whether or not it got drawn). Reading
/// it clears it: the next start is a normal one again.
pub fn last_start() -> Option<String> {
    let storage = local_storage()?;
    let token = storage.get_item(STARTING_KEY).ok()??;
    let _ = storage.remove_item(STARTING_KEY);
    Some(token)
}

/// Takes the mark away when an opening cannot be confirmed in IndexedDB (it did not open,
/// or refused the write): best effort, as before there was a confirmation, rather than a
/// certain false alarm at the next start.
pub fn forget_start() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(STARTING_KEY);
    }
}

/// The map of an opening's token.
pub fn map_of_start(token: &str) -> &str {
    token.rsplit_once(' ').map_or(token, |(id, _)| id)
}

/// When an opening began (milliseconds), from its token.
fn stamp_of_start(token: &str) -> Option<f64> {
    token.rsplit_once(' ').and_then(|(_, stamp)| stamp.parse().ok())
}

/// Whether the opening marked `mark` stopped Kring: no opening was confirmed as drawn since
/// it began. A confirmation of a later opening counts too: localStorage may come back from a
/// killed browser with an older mark than the one it last held, while IndexedDB holds the
/// confirmation of the newest opening. No confirmation at all is no evidence: a killed
/// browser can come back with IndexedDB emptied (the crash journal then brings the maps
/// back), and every device confirms its first opening (a new empty map) long before a file
/// could stop Kring.
pub fn opening_failed(mark: &str, confirmed: Option<&str>) -> bool {
    let Some(confirmed) = confirmed else { return false };
    match (stamp_of_start(mark), stamp_of_start(confirmed)) {
        (Some(began), Some(drawn)) => began > drawn,
        _ => confirmed != mark,
    }
}

/// A map that once failed to open: never opened again by itself, only when chosen.
const AVOID_KEY: &str = "kring.avoid";

/// Remembers that map `id` stopped Kring while opening (see `avoided`).
pub fn avoid(id: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(AVOID_KEY, id);
    }
}

/// The map not to open by itself at the start (see `failed_start`).
pub fn avoided() -> Option<String> {
    local_storage()?.get_item(AVOID_KEY).ok()?
}

/// The person chose that map themselves: it may open by itself again.
pub fn stop_avoiding(id: &str) {
    if let Some(storage) = local_storage() {
        if storage.get_item(AVOID_KEY).ok().flatten().as_deref() == Some(id) {
            let _ = storage.remove_item(AVOID_KEY);
        }
    }
}

pub fn load_lang() -> Option<Lang> {
    Lang::from_code(&local_storage()?.get_item(LANG_KEY).ok()??)
}

pub fn save_lang(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

const LIMITED_KEY: &str = "kring.protection-limited-said";

/// Whether Kring has told this device once that its crash protection is limited here.
pub fn said_protection_limited() -> bool {
    local_storage().and_then(|s| s.get_item(LIMITED_KEY).ok().flatten()).is_some()
}

pub fn remember_protection_limited() {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LIMITED_KEY, "1");
    }
}

/// Child mode, kept so that a reload (or a new tab) opens it again: a child cannot leave it
/// by reloading the page. The adult's PIN, if set, is kept as a salted digest only.
const CHILD_ROOM_KEY: &str = "kring.child-room";

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChildRoom {
    /// Salt and digest of the PIN (`io::crypto::pin_digest`); `None` without a PIN.
    pub pin: Option<(Vec<u8>, Vec<u8>)>,
}

impl ChildRoom {
    /// Whether leaving asks for a PIN.
    pub fn has_pin(&self) -> bool {
        self.pin.is_some()
    }

    /// Whether `typed` is the PIN (true when there is none).
    pub fn pin_matches(&self, typed: &str) -> bool {
        match &self.pin {
            Some((salt, digest)) => crate::io::crypto::pin_matches(typed, salt, digest),
            None => true,
        }
    }
}

/// Enters child mode, with the adult's PIN if one was chosen; returns the room.
pub fn enter_child_room(pin: Option<&str>) -> ChildRoom {
    let pin = pin.and_then(|pin| {
        let mut salt = [0u8; 16];
        web_sys::window()?.crypto().ok()?.get_random_values_with_u8_array(&mut salt).ok()?;
        let digest = crate::io::crypto::pin_digest(pin, &salt)?;
        Some((salt.to_vec(), digest.to_vec()))
    });
    let room = ChildRoom { pin };
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(&room)) {
        let _ = storage.set_item(CHILD_ROOM_KEY, &text);
    }
    room
}

/// Child mode as it was left by the last page, if it was not left by an adult.
pub fn child_room() -> Option<ChildRoom> {
    let text = local_storage()?.get_item(CHILD_ROOM_KEY).ok()??;
    // Anything unreadable still counts as child mode, without a PIN: leaving then needs
    // the adult's press and hold, never nothing.
    Some(serde_json::from_str(&text).unwrap_or(ChildRoom { pin: None }))
}

/// An adult left child mode.
pub fn leave_child_room() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(CHILD_ROOM_KEY);
    }
}
