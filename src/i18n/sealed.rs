//! What a person reads when a protected (sealed) Kring file cannot be opened or made.

use super::Lang;
use crate::io::crypto::CryptoError;

/// The text a person reads for an error, in plain language.
pub fn message(lang: Lang, err: &CryptoError) -> String {
    match lang {
        Lang::Nl => match err {
            CryptoError::NotSealed => "Dit is geen beveiligd Kring-bestand.".to_owned(),
            CryptoError::TooLarge { bytes } => format!(
                "Dit bestand is te groot ({} MB). Een beveiligd Kring-bestand is nooit zo groot.",
                bytes / (1024 * 1024)
            ),
            CryptoError::Truncated { .. } => {
                "Dit bestand is niet compleet. Misschien ging er iets mis bij het kopiëren of downloaden. Probeer het bestand opnieuw te halen.".to_owned()
            }
            CryptoError::UnsupportedVersion { version } => format!(
                "Dit bestand is gemaakt met een nieuwere versie van Kring (bestandsversie {version}). Gebruik de nieuwste versie van Kring."
            ),
            CryptoError::UnsupportedKdf { .. } | CryptoError::BadParameters { .. } => {
                "Dit bestand is beveiligd op een manier die deze versie van Kring niet kent. Gebruik de nieuwste versie van Kring.".to_owned()
            }
            CryptoError::WrongPassword => "Het wachtwoord klopt niet. Probeer het nog een keer.".to_owned(),
            CryptoError::Damaged => {
                "Het wachtwoord klopt, maar het bestand is beschadigd of veranderd. Kring opent het daarom niet.".to_owned()
            }
            CryptoError::NotText => "Het bestand is open, maar er staat geen netwerkkaart in.".to_owned(),
            CryptoError::Internal => "Er ging iets mis bij het beveiligen. Probeer het nog een keer.".to_owned(),
        },
        Lang::En => match err {
            CryptoError::NotSealed => "This is not a protected Kring file.".to_owned(),
            CryptoError::TooLarge { bytes } => format!(
                "This file is too large ({} MB). A protected Kring file is never that large.",
                bytes / (1024 * 1024)
            ),
            CryptoError::Truncated { .. } => {
                "This file is incomplete. Something may have gone wrong while copying or downloading it. Please fetch the file again.".to_owned()
            }
            CryptoError::UnsupportedVersion { version } => format!(
                "This file was made with a newer version of Kring (file version {version}). Please use the latest Kring."
            ),
            CryptoError::UnsupportedKdf { .. } | CryptoError::BadParameters { .. } => {
                "This file is protected in a way this version of Kring does not know. Please use the latest Kring.".to_owned()
            }
            CryptoError::WrongPassword => "The password is not right. Please try again.".to_owned(),
            CryptoError::Damaged => {
                "The password is right, but the file is damaged or was changed. Kring will not open it.".to_owned()
            }
            CryptoError::NotText => "The file opened, but there is no network map in it.".to_owned(),
            CryptoError::Internal => "Something went wrong while protecting the file. Please try again.".to_owned(),
        },
    }
}
