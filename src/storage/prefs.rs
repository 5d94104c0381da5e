//! Small preferences kept in localStorage, because they are needed before the first paint
//! (IndexedDB only answers asynchronously).

use crate::i18n::Lang;

const LANG_KEY: &str = "kring.lang";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The map Kring is opening right now; removed once it has been drawn.
const STARTING_KEY: &str = "kring.starting";

/// Notes that map `id` is about to be opened. If Kring stops before `started` (a panic
/// aborts the page), the next start sees it in `failed_start` and does not try again.
pub fn mark_starting(id: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STARTING_KEY, id);
    }
}

/// The map opened and was drawn.
pub fn started() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(STARTING_KEY);
    }
}

/// A map that once failed to open: never opened again by itself, only when chosen.
const AVOID_KEY: &str = "kring.avoid";

/// The map that was being opened when Kring last stopped, if it never got drawn. Reading
/// it clears it (the next start is a normal one again) and remembers it in `avoided`.
pub fn failed_start() -> Option<String> {
    let storage = local_storage()?;
    let id = storage.get_item(STARTING_KEY).ok()??;
    let _ = storage.remove_item(STARTING_KEY);
    let _ = storage.set_item(AVOID_KEY, &id);
    Some(id)
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
