//! The lock's words, Dutch and English: setting a passphrase, the locked
//! screen, and what forgetting the passphrase means, said plainly where it is set.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// The menu item.
    MenuItem,
    SetTitle,
    SetIntro,
    /// Forgetting the passphrase means the maps are gone: said where it is set.
    ForgetWarning,
    Passphrase,
    PassphraseAgain,
    IdleLabel,
    Minutes,
    SetButton,
    Setting,
    TooShort,
    Differ,
    /// The dialog with a lock set.
    IsSetTitle,
    IsSetIntro,
    LockNow,
    RemoveTitle,
    RemoveButton,
    Removing,
    /// The locked screen.
    LockedTitle,
    LockedIntro,
    Open,
    Opening,
    Wrong,
    ForgotTitle,
    ForgotIntro,
    EraseButton,
    EraseConfirm,
    Close,
    Failed,
    /// Said once another idle time is chosen with the lock set.
    IdleChanged,
}

impl Text {
    pub const ALL: [Text; 30] = [
        Text::MenuItem,
        Text::SetTitle,
        Text::SetIntro,
        Text::ForgetWarning,
        Text::Passphrase,
        Text::PassphraseAgain,
        Text::IdleLabel,
        Text::Minutes,
        Text::SetButton,
        Text::Setting,
        Text::TooShort,
        Text::Differ,
        Text::IsSetTitle,
        Text::IsSetIntro,
        Text::LockNow,
        Text::RemoveTitle,
        Text::RemoveButton,
        Text::Removing,
        Text::LockedTitle,
        Text::LockedIntro,
        Text::Open,
        Text::Opening,
        Text::Wrong,
        Text::ForgotTitle,
        Text::ForgotIntro,
        Text::EraseButton,
        Text::EraseConfirm,
        Text::Close,
        Text::Failed,
        Text::IdleChanged,
    ];
}

pub fn text(lang: Lang, key: Text) -> &'static str {
    use Text::*;
    match lang {
        Lang::Nl => match key {
            MenuItem => "Slot op Kring",
            SetTitle => "Kring op slot doen met een wachtzin",
            SetIntro => "Met een slot bewaart Kring de kaarten op dit apparaat versleuteld. Wie Kring opent, ziet dan geen namen en geen titels, tot de wachtzin is ingetypt. Kring gaat vanzelf weer op slot als het een tijd niet gebruikt wordt, en bij ‘Snel weg’.",
            ForgetWarning => "Let op: ben je de wachtzin kwijt, dan zijn de kaarten op dit apparaat weg. Niemand kan ze dan nog openen, ook de makers van Kring niet. Schrijf de wachtzin op en bewaar hem op een veilige plek.",
            Passphrase => "Wachtzin",
            PassphraseAgain => "Wachtzin nog een keer",
            IdleLabel => "Op slot na zoveel minuten niet gebruiken",
            Minutes => "minuten",
            SetButton => "Slot zetten",
            Setting => "De kaarten worden versleuteld…",
            TooShort => "De wachtzin is te kort. Gebruik minstens 9 tekens, of een paar woorden.",
            Differ => "De twee wachtzinnen zijn niet hetzelfde.",
            IsSetTitle => "Kring heeft een slot",
            IsSetIntro => "De kaarten op dit apparaat worden versleuteld bewaard. Kring gaat op slot als het een tijd niet gebruikt wordt, bij ‘Snel weg’ en als je ‘Nu op slot’ kiest.",
            LockNow => "Nu op slot",
            RemoveTitle => "Slot weghalen",
            RemoveButton => "Slot weghalen",
            Removing => "De kaarten worden weer gewoon bewaard…",
            LockedTitle => "Kring is op slot",
            LockedIntro => "Typ de wachtzin om verder te gaan.",
            Open => "Openen",
            Opening => "Bezig met openen…",
            Wrong => "Dat is niet de wachtzin. Probeer het nog een keer.",
            ForgotTitle => "Wachtzin kwijt?",
            ForgotIntro => "Dan kan niemand de kaarten op dit apparaat nog openen. Je kunt ze wel weghalen en opnieuw beginnen.",
            EraseButton => "Alle kaarten en het slot weghalen",
            EraseConfirm => "Alle kaarten op dit apparaat weghalen, met het slot? Dit kan niet terug.",
            Close => "Sluiten",
            Failed => "Dat lukte niet. Er is niets veranderd. Probeer het nog een keer.",
            IdleChanged => "Opgeslagen. Dit telt vanaf nu.",
        },
        Lang::En => match key {
            MenuItem => "Lock Kring",
            SetTitle => "Lock Kring with a passphrase",
            SetIntro => "With a lock, Kring keeps the maps on this device encrypted. Whoever opens Kring then sees no names and no titles until the passphrase is typed. Kring locks itself again when it is not used for a while, and on ‘Quick exit’.",
            ForgetWarning => "Please note: if you forget the passphrase, the maps on this device are gone. Nobody can open them any more, not even the makers of Kring. Write the passphrase down and keep it somewhere safe.",
            Passphrase => "Passphrase",
            PassphraseAgain => "Passphrase again",
            IdleLabel => "Lock after this many minutes without use",
            Minutes => "minutes",
            SetButton => "Set the lock",
            Setting => "Encrypting the maps…",
            TooShort => "The passphrase is too short. Use at least 9 characters, or a few words.",
            Differ => "The two passphrases are not the same.",
            IsSetTitle => "Kring has a lock",
            IsSetIntro => "The maps on this device are kept encrypted. Kring locks when it is not used for a while, on ‘Quick exit’, and when you choose ‘Lock now’.",
            LockNow => "Lock now",
            RemoveTitle => "Remove the lock",
            RemoveButton => "Remove the lock",
            Removing => "Keeping the maps without encryption again…",
            LockedTitle => "Kring is locked",
            LockedIntro => "Type the passphrase to go on.",
            Open => "Open",
            Opening => "Opening…",
            Wrong => "That is not the passphrase. Please try again.",
            ForgotTitle => "Forgot the passphrase?",
            ForgotIntro => "Then nobody can open the maps on this device any more. You can remove them and start again.",
            EraseButton => "Remove all maps and the lock",
            EraseConfirm => "Remove every map on this device, and the lock? This cannot be undone.",
            Close => "Close",
            Failed => "That did not work. Nothing has changed. Please try again.",
            IdleChanged => "Saved. This counts from now.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_there_in_both_languages() {
        for key in Text::ALL {
            assert!(!text(Lang::Nl, key).trim().is_empty() && !text(Lang::En, key).trim().is_empty());
        }
        assert!(text(Lang::Nl, Text::TooShort).contains(&crate::i18n::files::MIN_PASSWORD_CHARS.to_string()));
    }
}
