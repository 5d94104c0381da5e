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
