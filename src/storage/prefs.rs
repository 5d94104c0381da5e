//! Small preferences kept in localStorage, because they are needed before the first paint
//! (IndexedDB only answers asynchronously).

use crate::i18n::Lang;

const LANG_KEY: &str = "kring.lang";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
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
