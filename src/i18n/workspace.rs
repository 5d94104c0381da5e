//! The words of the workspace around the map: the slim header and its menu, the panel
//! with tabs, the tools that float over the map, the first line on an empty map, and the
//! way out of child mode. Dutch on B1 level (the default) and English. A file of its own
//! so the words of the layout change in one place.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// The button that opens the menu with everything that is not drawing.
    Menu,
    /// The menu's own name for a screen reader.
    MenuLabel,
    /// The panel beside (or under) the map, and its tabs.
    Panel,
    PanelTabs,
    ClosePanel,
    OpenPanel,
    /// The tools floating over the map.
    MapTools,
    /// Which ties the map shows (an icon button that opens the choice).
    ShowTies,
    /// Connect: the question and what it means.
    ConnectKindQuestion,
    ConnectStaysOn,
    /// The first line of an empty map.
    StartHere,
    /// The second line, once the household is there.
    NextOutside,
    /// What stands out on a map of fewer than three persons.
    FewPersons,
    /// The "child" tick in the Add form, and what it does by itself.
    ChildTick,
    ChildTickHint,
    /// Details of who was chosen on the map.
    Details,
    /// Language in the menu.
    LanguageHeading,
    /// The other screens, in the menu.
    ScreensHeading,
    /// Files, in the menu.
    FilesHeading,
    /// Leaving child mode needs an adult.
    AdultExit,
    AdultExitHint,
    AdultExitHolding,
    /// The example family: the button that opens it, its mark in My maps, the line over
    /// the map while it is open, and the button that removes it.
    OpenExample,
    ExampleMark,
    ExampleBanner,
    ExampleBannerMore,
    RemoveExample,
    /// The legend of the badges beside a person.
    LegendChildBadge,
    LegendAgeBadge,
    LegendSafeBadge,
    /// Connect can mark a safe adult for a child: the choice, and what to pick.
    ConnectSafeAdult,
    ConnectPickAdult,
    ConnectPickChild,
    /// Switches Connect off (the hint says "until you press Done").
    ConnectDone,
    /// Prints the map on one page with its legend.
    PrintMap,
    /// Child mode with a PIN the adult sets (kept in memory only): starting it, and
    /// the question when leaving.
    ChildPinStart,
    ChildPinLabel,
    ChildPinGo,
    ChildPinAsk,
    ChildPinWrong,
    ChildPinLeave,
}

pub fn text(lang: Lang, key: Text) -> &'static str {
    match lang {
        Lang::Nl => nl(key),
        Lang::En => en(key),
    }
}

fn nl(key: Text) -> &'static str {
    match key {
        Text::Menu => "Menu",
        Text::MenuLabel => "Meer: kaarten, beraad, kindmodus, bestanden, taal",
        Text::Panel => "Paneel",
        Text::PanelTabs => "Wat wil je naast de kaart zien?",
        Text::ClosePanel => "Paneel sluiten",
        Text::OpenPanel => "Paneel openen",
        Text::MapTools => "Kaartknoppen",
        Text::ShowTies => "Welke banden?",
        Text::ConnectKindQuestion => "Wat voor band?",
        Text::ConnectStaysOn => "Verbinden blijft aan tot je op Klaar drukt.",
        Text::StartHere => "Begin bij het midden: voeg toe wie er thuis woont.",
        Text::NextOutside => "Voeg nu mensen buiten het gezin toe: familie, vrienden, buren, school, hulp.",
        Text::FewPersons => {
            "Fijn dat jullie beginnen. Zet eerst een paar mensen op de kaart; daarna laat Kring zien wat opvalt."
        }
        Text::ChildTick => "Kind",
        Text::ChildTickHint => "Onder de 18 staat dit vanzelf aan. Je kunt het veranderen.",
        Text::Details => "Gekozen",
        Text::LanguageHeading => "Taal",
        Text::ScreensHeading => "Werken met de kaart",
        Text::FilesHeading => "Bestanden",
        Text::AdultExit => "Voor volwassenen: houd ingedrukt om te stoppen",
        Text::AdultExitHint => "Houd de knop twee tellen ingedrukt. Met het toetsenbord: houd Enter ingedrukt.",
        Text::AdultExitHolding => "Blijf vasthouden…",
        Text::OpenExample => "Bekijk een voorbeeld",
        Text::ExampleMark => "Voorbeeld",
        Text::ExampleBanner => "de familie Bakker is verzonnen.",
        Text::ExampleBannerMore => "Oefen hier, maar vul geen echte gegevens in.",
        Text::RemoveExample => "Voorbeeld weghalen",
        Text::LegendChildBadge => "Donker label met figuurtje: een kind",
        Text::LegendAgeBadge => "Getal in een label: de leeftijd",
        Text::LegendSafeBadge => "Schild met letter: veilig voor dat kind",
        Text::ConnectSafeAdult => "Veilige volwassene",
        Text::ConnectPickAdult => "Tik op de volwassene bij wie het kind veilig is.",
        Text::ConnectPickChild => "Tik nu op het kind.",
        Text::ConnectDone => "Klaar",
        Text::PrintMap => "Kaart afdrukken",
        Text::ChildPinStart => "Kindmodus met pincode",
        Text::ChildPinLabel => "Pincode om de kindmodus te verlaten (minstens 4 cijfers)",
        Text::ChildPinGo => "Start kindmodus",
        Text::ChildPinAsk => "Pincode van de volwassene",
        Text::ChildPinWrong => "Dat is niet de goede pincode.",
        Text::ChildPinLeave => "Verlaten",
    }
}

fn en(key: Text) -> &'static str {
    match key {
        Text::Menu => "Menu",
        Text::MenuLabel => "More: maps, meeting, child mode, files, language",
        Text::Panel => "Panel",
        Text::PanelTabs => "What to show beside the map",
        Text::ClosePanel => "Close panel",
        Text::OpenPanel => "Open panel",
        Text::MapTools => "Map tools",
        Text::ShowTies => "Which ties?",
        Text::ConnectKindQuestion => "What kind of tie?",
        Text::ConnectStaysOn => "Connecting stays on until you press Done.",
        Text::StartHere => "Start in the middle: add who lives at home.",
        Text::NextOutside => "Now add people outside the household: family, friends, neighbours, school, help.",
        Text::FewPersons => {
            "Good that you are starting. Put a few people on the map first; then Kring shows what stands out."
        }
        Text::ChildTick => "Child",
        Text::ChildTickHint => "Ticked by itself under 18. You can change it.",
        Text::Details => "Chosen",
        Text::LanguageHeading => "Language",
        Text::ScreensHeading => "Working with the map",
        Text::FilesHeading => "Files",
        Text::AdultExit => "For adults: press and hold to leave",
        Text::AdultExitHint => "Hold the button for two seconds. With a keyboard: hold Enter.",
        Text::AdultExitHolding => "Keep holding…",
        Text::OpenExample => "See an example",
        Text::ExampleMark => "Example",
        Text::ExampleBanner => "the Bakker family is made up.",
        Text::ExampleBannerMore => "Practise here, but do not enter real details.",
        Text::RemoveExample => "Remove the example",
        Text::LegendChildBadge => "Dark badge with a figure: a child",
        Text::LegendAgeBadge => "Number in a badge: the age",
        Text::LegendSafeBadge => "Shield with a letter: safe for that child",
        Text::ConnectSafeAdult => "Safe adult",
        Text::ConnectPickAdult => "Tap the adult the child is safe with.",
        Text::ConnectPickChild => "Now tap the child.",
        Text::ConnectDone => "Done",
        Text::PrintMap => "Print the map",
        Text::ChildPinStart => "Child mode with a PIN",
        Text::ChildPinLabel => "PIN to leave child mode (at least 4 digits)",
        Text::ChildPinGo => "Start child mode",
        Text::ChildPinAsk => "The adult's PIN",
        Text::ChildPinWrong => "That is not the right PIN.",
        Text::ChildPinLeave => "Leave",
    }
}
