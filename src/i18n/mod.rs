//! Every text a person reads goes through here. Texts are looked up by typed keys; each
//! language is one exhaustive `match`, so a key without a translation does not compile.
//! Sentences with parts in them (names, numbers) are built here too, never in components.

mod en;
pub mod files;
pub mod insights;
mod nl;

use crate::model::{PersonKind, Ring, Sector, TieKind};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a language code such as `en`, `EN` or `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Text direction, for `dir` on the document. Ready for Arabic and the like.
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    /// The language's own name, shown on the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    AppName,
    AppTagline,
    NetworkMap,
    AddPerson,
    Undo,
    Redo,
    Name,
    SectorLabel,
    ClosenessLabel,
    Save,
    Cancel,
    ListView,
    Persons,
    Ties,
    Language,
    Saved,
    Saving,
    NotSavedYet,
    SaveFailed,
    StorageFull,
    StorageUnavailable,
    LoadFailed,
    NoPersonsYet,
    NameRequired,
    Role,
    Household,
    Child,
    Yes,
    No,
    Sector(Sector),
    Ring(Ring),
    Kind(PersonKind),
    TieKindName(TieKind),
    PersonTableCaption,
    TieTableCaption,
    From,
    To,
    TieKindLabel,
    UntitledMap,
}

impl Key {
    /// Every key, for the completeness test.
    pub fn all() -> Vec<Key> {
        let mut keys = vec![
            Key::AppName, Key::AppTagline, Key::NetworkMap, Key::AddPerson, Key::Undo, Key::Redo,
            Key::Name, Key::SectorLabel, Key::ClosenessLabel, Key::Save, Key::Cancel, Key::ListView,
            Key::Persons, Key::Ties, Key::Language, Key::Saved, Key::Saving, Key::NotSavedYet,
            Key::SaveFailed, Key::StorageFull, Key::StorageUnavailable, Key::LoadFailed,
            Key::NoPersonsYet, Key::NameRequired, Key::Role, Key::Household, Key::Child, Key::Yes,
            Key::No, Key::PersonTableCaption, Key::TieTableCaption, Key::From, Key::To,
            Key::TieKindLabel, Key::UntitledMap,
        ];
        keys.extend(Sector::ALL.map(Key::Sector));
        keys.extend(Ring::all().map(Key::Ring));
        keys.extend([PersonKind::Person, PersonKind::Pet, PersonKind::Organisation].map(Key::Kind));
        keys.extend([TieKind::Support, TieKind::Risk, TieKind::Contact].map(Key::TieKindName));
        keys
    }
}

/// The text for a key in a language.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::Nl => nl::text(key),
        Lang::En => en::text(key),
    }
}

/// What a screen reader says for a person on the map. Starts with the name, so a person
/// is found by typing or listening for their name.
pub fn person_accessible_name(lang: Lang, name: &str, sector: Sector, ring: Ring, in_centre: bool) -> String {
    if in_centre {
        format!("{name}, {}", t(lang, Key::Sector(Sector::Household)))
    } else {
        format!("{name}, {}, {}", t(lang, Key::Sector(sector)), t(lang, Key::Ring(ring)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_text_in_every_language() {
        for lang in Lang::ALL {
            for key in Key::all() {
                assert!(!t(lang, key).trim().is_empty(), "{key:?} has no {} text", lang.code());
            }
        }
    }

    #[test]
    fn dutch_and_english_differ_where_words_differ() {
        assert_ne!(t(Lang::Nl, Key::AddPerson), t(Lang::En, Key::AddPerson));
        assert_eq!(t(Lang::En, Key::AddPerson), "Add person");
        assert_eq!(t(Lang::En, Key::NetworkMap), "Network map");
    }

    #[test]
    fn language_codes_are_read_loosely() {
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::default(), Lang::Nl);
    }

    #[test]
    fn accessible_name_starts_with_the_name() {
        let label = person_accessible_name(Lang::En, "Oma Joke", Sector::Family, Ring::CLOSEST, false);
        assert!(label.starts_with("Oma Joke"));
        assert!(label.contains("Family"));
    }
}
