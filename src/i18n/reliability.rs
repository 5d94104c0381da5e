//! Texts for keeping a map safe when it is open in two tabs (or windows) at once. Dutch on
//! B1 level (the default) and English; each language is an exhaustive `match`.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GuardText {
    /// Another tab saved this map while this tab had changes of its own.
    ChangedElsewhere,
    /// The button that loads the newest version and unblocks the tab.
    LoadNewest,
    /// The newest version could not be read.
    LoadNewestFailed,
}

impl GuardText {
    pub const ALL: [GuardText; 3] = [GuardText::ChangedElsewhere, GuardText::LoadNewest, GuardText::LoadNewestFailed];
}

pub fn text(lang: Lang, key: GuardText) -> &'static str {
    match lang {
        Lang::Nl => match key {
            GuardText::ChangedElsewhere => {
                "Deze kaart is net veranderd in een ander tabblad of venster. Hier kun je pas verder \
                 als je de nieuwste versie laadt. Wat je in dit tabblad nog niet had opgeslagen, \
                 gaat dan verloren."
            }
            GuardText::LoadNewest => "Nieuwste versie laden",
            GuardText::LoadNewestFailed => {
                "De nieuwste versie kon niet worden gelezen. Sluit dit tabblad en werk verder in het andere."
            }
        },
        Lang::En => match key {
            GuardText::ChangedElsewhere => {
                "This map was just changed in another tab or window. You can only go on here after \
                 loading the newest version. Anything in this tab that was not saved yet will then \
                 be lost."
            }
            GuardText::LoadNewest => "Load newest version",
            GuardText::LoadNewestFailed => {
                "The newest version could not be read. Close this tab and go on in the other one."
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages_and_differs() {
        for key in GuardText::ALL {
            let (nl, en) = (text(Lang::Nl, key), text(Lang::En, key));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
            assert_ne!(nl, en, "{key:?} is not translated");
        }
    }
}
