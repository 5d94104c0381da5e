//! Texts for keeping a map safe when it is open in two tabs (or windows) at once, and
//! when the browser was killed (the crash journal). Dutch on B1 level (the
//! default) and English; each language is an exhaustive `match`.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// Another tab saved this map while this tab had changes of its own.
    ChangedElsewhere,
    /// The button that loads the newest version and unblocks the tab.
    LoadNewest,
    /// The newest version could not be read.
    LoadNewestFailed,
    /// On start, the crash journal held changes that browser storage had lost or not yet
    /// written, and Kring put them back.
    Recovered,
    /// This browser has no Origin Private File System (or it is switched off): there is no
    /// crash journal. Said once on a device, quietly.
    Limited,
    /// Browser storage (IndexedDB) did not open; the map was opened from the crash journal,
    /// which keeps the changes for now.
    JournalOnly,
}

impl Text {
    pub const ALL: [Text; 6] = [
        Text::ChangedElsewhere,
        Text::LoadNewest,
        Text::LoadNewestFailed,
        Text::Recovered,
        Text::Limited,
        Text::JournalOnly,
    ];
}

pub fn text(lang: Lang, key: Text) -> &'static str {
    match lang {
        Lang::Nl => match key {
            Text::ChangedElsewhere => {
                "Deze kaart is net veranderd in een ander tabblad of venster. Hier kun je pas verder \
                 als je de nieuwste versie laadt. Wat je in dit tabblad nog niet had opgeslagen, \
                 gaat dan verloren."
            }
            Text::LoadNewest => "Nieuwste versie laden",
            Text::LoadNewestFailed => {
                "De nieuwste versie kon niet worden gelezen. Sluit dit tabblad en werk verder in het andere."
            }
            Text::Recovered => {
                "Kring vond wijzigingen die de opslag van deze browser kwijt was of nog niet had \
                 bewaard, bijvoorbeeld omdat de browser plotseling stopte. Kring heeft ze \
                 teruggezet uit zijn reservelogboek. Kijk even of alles er staat."
            }
            Text::Limited => {
                "Goed om te weten: in deze browser kan Kring je kaart minder goed beschermen als de \
                 browser plotseling stopt. Kring bewaart elke wijziging wel. Bewaar je kaart af en toe \
                 ook als bestand."
            }
            Text::JournalOnly => {
                "De opslag van deze browser ging net niet open. Kring heeft je kaart geopend uit zijn \
                 reservelogboek en bewaart je wijzigingen daar. Laad de pagina over een tijdje opnieuw. \
                 Blijft deze melding staan? Bewaar je kaart dan als bestand."
            }
        },
        Lang::En => match key {
            Text::ChangedElsewhere => {
                "This map was just changed in another tab or window. You can only go on here after \
                 loading the newest version. Anything in this tab that was not saved yet will then \
                 be lost."
            }
            Text::LoadNewest => "Load newest version",
            Text::LoadNewestFailed => {
                "The newest version could not be read. Close this tab and go on in the other one."
            }
            Text::Recovered => {
                "Kring found changes that this browser's storage had lost or not kept yet, for \
                 example because the browser stopped suddenly. Kring has put them back from its \
                 safety log. Please check that everything is there."
            }
            Text::Limited => {
                "Good to know: in this browser Kring cannot fully protect your map if the browser \
                 stops suddenly. Every change is still saved. Now and then, also save your map as a file."
            }
            Text::JournalOnly => {
                "This browser's storage did not open just now. Kring has opened your map from its \
                 safety log and keeps your changes there. Please reload the page in a while. If this \
                 message stays, save your map as a file."
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages_and_differs() {
        for key in Text::ALL {
            let (nl, en) = (text(Lang::Nl, key), text(Lang::En, key));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
            assert_ne!(nl, en, "{key:?} is not translated");
        }
    }
}
