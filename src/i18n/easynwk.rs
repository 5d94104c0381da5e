//! What a person reads when an easyNWK file cannot be imported, or was imported with
//! changes. Dutch on B1 level and English; every error and warning matched exhaustively.

use super::Lang;
use crate::io::easynwk::{EasyNwkError, EasyNwkWarning, JsonType};

// --- texts for people ---

fn type_name(lang: Lang, t: JsonType) -> &'static str {
    match (lang, t) {
        (Lang::Nl, JsonType::Object) => "een groep gegevens",
        (Lang::Nl, JsonType::List) => "een lijst",
        (Lang::Nl, JsonType::Text) => "tekst",
        (Lang::Nl, JsonType::Number) => "een getal",
        (Lang::Nl, JsonType::YesNo) => "ja of nee",
        (Lang::En, JsonType::Object) => "a group of fields",
        (Lang::En, JsonType::List) => "a list",
        (Lang::En, JsonType::Text) => "text",
        (Lang::En, JsonType::Number) => "a number",
        (Lang::En, JsonType::YesNo) => "yes or no",
    }
}

/// The text a person reads when an easyNWK file cannot be imported.
pub fn message(lang: Lang, err: &EasyNwkError) -> String {
    match lang {
        Lang::Nl => match err {
            EasyNwkError::TooLarge { bytes } => format!(
                "Dit bestand is te groot ({} MB). Een easyNWK-bestand is meestal kleiner dan 1 MB. Kies het goede bestand.",
                bytes / (1024 * 1024)
            ),
            EasyNwkError::NotJson { .. } => "Kring kan dit bestand niet lezen. Het is geen easyNWK-bestand, of het is beschadigd. Open het in easyNWK en sla het opnieuw op.".to_owned(),
            EasyNwkError::NotEasyNwk => "Dit is geen easyNWK-bestand. Kies het bestand dat easyNWK heeft opgeslagen.".to_owned(),
            EasyNwkError::NoVersions => "Dit easyNWK-bestand is leeg: er staat geen netwerkkaart in.".to_owned(),
            EasyNwkError::WrongType { field, expected } => format!(
                "In dit easyNWK-bestand klopt iets niet: bij „{field}” hoort {}. Open het in easyNWK en sla het opnieuw op.",
                type_name(lang, *expected)
            ),
            EasyNwkError::Invalid { .. } => "Kring kan deze netwerkkaart niet overnemen. Er zit een fout in het bestand.".to_owned(),
            EasyNwkError::TooMany(too_many) => super::files::too_many_message(lang, too_many),
        },
        Lang::En => match err {
            EasyNwkError::TooLarge { bytes } => format!(
                "This file is too large ({} MB). An easyNWK file is usually smaller than 1 MB. Please choose the right file.",
                bytes / (1024 * 1024)
            ),
            EasyNwkError::NotJson { .. } => "Kring cannot read this file. It is not an easyNWK file, or it is damaged. Open it in easyNWK and save it again.".to_owned(),
            EasyNwkError::NotEasyNwk => "This is not an easyNWK file. Please choose the file that easyNWK saved.".to_owned(),
            EasyNwkError::NoVersions => "This easyNWK file is empty: there is no network map in it.".to_owned(),
            EasyNwkError::WrongType { field, expected } => format!(
                "Something is wrong in this easyNWK file: “{field}” should be {}. Open it in easyNWK and save it again.",
                type_name(lang, *expected)
            ),
            EasyNwkError::Invalid { .. } => "Kring cannot take over this network map. There is a mistake in the file.".to_owned(),
            EasyNwkError::TooMany(too_many) => super::files::too_many_message(lang, too_many),
        },
    }
}

/// The text a person reads for something the import did not take over exactly.
pub fn warning_message(lang: Lang, warning: &EasyNwkWarning) -> String {
    match lang {
        Lang::Nl => match warning {
            EasyNwkWarning::CurrentVersionNotFound { .. } => {
                "easyNWK gaf niet goed aan welke versie open stond. Kring laat de laatste versie zien.".to_owned()
            }
            EasyNwkWarning::Unplaced { name } => {
                format!("{name} had in easyNWK nog geen plek op de kaart. Kring zet {name} in de buitenste ring.")
            }
            EasyNwkWarning::MissingName { name } => {
                format!("Iemand had in easyNWK geen naam. Kring noemt deze persoon „{name}”.")
            }
            EasyNwkWarning::DuplicateAlterId { name, .. } => {
                format!("{name} had in easyNWK hetzelfde nummer als iemand anders. Kring houdt ze apart.")
            }
            EasyNwkWarning::UnknownSupportValue { name, value, .. } => {
                format!("Bij {name} stond steun die Kring niet begrijpt („{value}”). Die steun is niet overgenomen.")
            }
            EasyNwkWarning::AgeNotUnderstood { name, age } => {
                format!("De leeftijd van {name} („{age}”) is geen getal. De leeftijd is niet overgenomen.")
            }
            EasyNwkWarning::BadConnection { .. } => {
                "Een lijn tussen twee mensen wees naar iemand die er niet is. Die lijn is niet overgenomen.".to_owned()
            }
        },
        Lang::En => {
            match warning {
                EasyNwkWarning::CurrentVersionNotFound { .. } => {
                    "easyNWK did not say clearly which version was open. Kring shows the last version.".to_owned()
                }
                EasyNwkWarning::Unplaced { name } => {
                    format!("{name} had no place on the easyNWK map yet. Kring puts {name} in the outer ring.")
                }
                EasyNwkWarning::MissingName { name } => {
                    format!("Someone had no name in easyNWK. Kring calls this person “{name}”.")
                }
                EasyNwkWarning::DuplicateAlterId { name, .. } => {
                    format!("{name} had the same number as someone else in easyNWK. Kring keeps them apart.")
                }
                EasyNwkWarning::UnknownSupportValue { name, value, .. } => {
                    format!("{name} had support that Kring does not understand (“{value}”). That support was not taken over.")
                }
                EasyNwkWarning::AgeNotUnderstood { name, age } => {
                    format!("The age of {name} (“{age}”) is not a number. The age was not taken over.")
                }
                EasyNwkWarning::BadConnection { .. } => {
                    "A line between two people pointed at someone who is not there. That line was not taken over."
                        .to_owned()
                }
            }
        }
    }
}
