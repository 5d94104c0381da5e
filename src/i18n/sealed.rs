//! What a person reads when a protected (sealed) Kring file cannot be opened or made.

use super::Lang;
use crate::io::crypto::CryptoError;
use crate::io::passphrase::Strength;

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
            CryptoError::BadParameters { .. } => {
                "Kring opent dit bestand niet: het vraagt veel meer rekenwerk om te openen dan een Kring-bestand ooit vraagt. Het kan de computer lang laten hangen.".to_owned()
            }
            CryptoError::UnsupportedKdf { .. } => {
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
            CryptoError::BadParameters { .. } => {
                "Kring does not open this file: it asks for far more work to open than a Kring file ever does. It could make the computer hang for a long time.".to_owned()
            }
            CryptoError::UnsupportedKdf { .. } => {
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

/// Words for a suggested passphrase (`io::passphrase::suggest`): 128 short, everyday,
/// easy-to-spell words per language (a power of two, so every word is equally likely).
pub fn passphrase_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => &NL_WORDS,
        Lang::En => &EN_WORDS,
    }
}

const NL_WORDS: [&str; 128] = [
    "appel", "boom", "bloem", "brug", "bus", "dak", "deur", "dorp", "draak", "duin", "eend", "ei", "fiets", "fluit",
    "gans", "geit", "gras", "haven", "hek", "hond", "hoed", "huis", "ijs", "jas", "kaas", "kam", "kat", "kerk", "klok",
    "koe", "kom", "kool", "kraan", "kruik", "laars", "lamp", "land", "leeuw", "lepel", "licht", "maan", "markt",
    "meer", "melk", "mier", "molen", "muis", "muur", "mus", "noot", "oever", "oor", "pad", "pan", "pen", "peer", "pet",
    "plank", "plein", "pomp", "pop", "raam", "regen", "reus", "riet", "rivier", "rok", "roos", "rups", "schip",
    "schoen", "sjaal", "sla", "slak", "sleutel", "sneeuw", "sok", "soep", "spin", "stad", "ster", "stoel", "storm",
    "straat", "strik", "suiker", "tafel", "tak", "tas", "tent", "tijger", "toren", "touw", "trap", "trein", "tuin",
    "uil", "vaas", "veer", "veld", "vis", "vlag", "vlinder", "vogel", "vork", "vos", "vuur", "wagen", "wal", "water",
    "weg", "wiel", "wind", "wolk", "worm", "zaag", "zak", "zand", "zee", "zeep", "zon", "zwaan", "beker", "bijl",
    "bord", "dijk", "gracht", "hooi",
];

const EN_WORDS: [&str; 128] = [
    "apple", "anchor", "arrow", "badge", "barn", "basket", "beach", "bell", "berry", "bird", "blanket", "boat",
    "bottle", "branch", "bread", "brick", "bridge", "brush", "bucket", "cabin", "candle", "canoe", "carpet", "castle",
    "cloud", "coat", "comet", "copper", "corn", "cottage", "crane", "cricket", "daisy", "desk", "dolphin", "door",
    "dragon", "drum", "eagle", "feather", "fence", "field", "flag", "flute", "forest", "fountain", "garden", "gate",
    "giraffe", "glove", "goat", "grape", "harbor", "hat", "hill", "honey", "horse", "island", "jacket", "kettle",
    "kite", "ladder", "lake", "lamp", "lemon", "lion", "maple", "marble", "meadow", "melon", "mirror", "moon",
    "mountain", "mouse", "needle", "nest", "ocean", "orange", "otter", "owl", "paddle", "panda", "parrot", "pebble",
    "pencil", "pepper", "piano", "pillow", "planet", "pocket", "pond", "puzzle", "rabbit", "rain", "river", "robin",
    "rocket", "saddle", "sail", "shell", "ship", "shoe", "snow", "spoon", "star", "stone", "street", "sugar", "table",
    "tiger", "tower", "train", "tulip", "turtle", "valley", "violin", "wagon", "whale", "window", "wolf", "falcon",
    "garlic", "hammer", "helmet", "lantern", "magnet", "button", "cactus",
];

/// A hint under the new password: how strong it looks, in plain words.
pub fn strength_hint(lang: Lang, strength: Strength) -> &'static str {
    match (lang, strength) {
        (Lang::Nl, Strength::TooShort) => "Nog te kort: kies minstens 9 tekens.",
        (Lang::Nl, Strength::Weak) => "Zwak: makkelijk te raden. Maak het langer, of neem de voorgestelde zin.",
        (Lang::Nl, Strength::Fair) => "Redelijk. Een paar woorden meer maakt het sterk.",
        (Lang::Nl, Strength::Strong) => "Sterk.",
        (Lang::En, Strength::TooShort) => "Still too short: choose at least 9 characters.",
        (Lang::En, Strength::Weak) => "Weak: easy to guess. Make it longer, or take the suggested phrase.",
        (Lang::En, Strength::Fair) => "Fair. A few more words make it strong.",
        (Lang::En, Strength::Strong) => "Strong.",
    }
}

/// The button that suggests a passphrase, and what is said with the suggestion.
pub fn suggest_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Stel een wachtwoordzin voor",
        Lang::En => "Suggest a passphrase",
    }
}

pub fn suggestion_note(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => {
            "Schrijf deze zin op en bewaar hem apart van het bestand. Zonder de zin gaat het bestand nooit meer open."
        }
        Lang::En => "Write this phrase down and keep it apart from the file. Without it the file never opens again.",
    }
}
