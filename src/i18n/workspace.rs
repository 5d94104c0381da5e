//! The words of the workspace around the map: the slim header and its menu, the panel
//! with tabs, the tools that float over the map, the first line on an empty map, and the
//! way out of child mode. Dutch on B1 level (the default) and English. A file of its own
//! so the words of the layout change in one place.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ws {
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

pub fn ws(lang: Lang, key: Ws) -> &'static str {
    match lang {
        Lang::Nl => nl(key),
        Lang::En => en(key),
    }
}

fn nl(key: Ws) -> &'static str {
    match key {
        Ws::Menu => "Menu",
        Ws::MenuLabel => "Meer: kaarten, beraad, kindmodus, bestanden, taal",
        Ws::Panel => "Paneel",
        Ws::PanelTabs => "Wat wil je naast de kaart zien?",
        Ws::ClosePanel => "Paneel sluiten",
        Ws::OpenPanel => "Paneel openen",
        Ws::MapTools => "Kaartknoppen",
        Ws::ShowTies => "Welke banden?",
        Ws::ConnectKindQuestion => "Wat voor band?",
        Ws::ConnectStaysOn => "Verbinden blijft aan tot je op Klaar drukt.",
        Ws::StartHere => "Begin bij het midden: voeg toe wie er thuis woont.",
        Ws::NextOutside => "Voeg nu mensen buiten het gezin toe: familie, vrienden, buren, school, hulp.",
        Ws::FewPersons => {
            "Fijn dat jullie beginnen. Zet eerst een paar mensen op de kaart; daarna laat Kring zien wat opvalt."
        }
        Ws::ChildTick => "Kind",
        Ws::ChildTickHint => "Onder de 18 staat dit vanzelf aan. Je kunt het veranderen.",
        Ws::Details => "Gekozen",
        Ws::LanguageHeading => "Taal",
        Ws::ScreensHeading => "Werken met de kaart",
        Ws::FilesHeading => "Bestanden",
        Ws::AdultExit => "Voor volwassenen: houd ingedrukt om te stoppen",
        Ws::AdultExitHint => "Houd de knop twee tellen ingedrukt. Met het toetsenbord: houd Enter ingedrukt.",
        Ws::AdultExitHolding => "Blijf vasthouden…",
        Ws::OpenExample => "Bekijk een voorbeeld",
        Ws::ExampleMark => "Voorbeeld",
        Ws::ExampleBanner => "de familie Bakker is verzonnen.",
        Ws::ExampleBannerMore => "Oefen hier, maar vul geen echte gegevens in.",
        Ws::RemoveExample => "Voorbeeld weghalen",
        Ws::LegendChildBadge => "Donker label met figuurtje: een kind",
        Ws::LegendAgeBadge => "Getal in een label: de leeftijd",
        Ws::LegendSafeBadge => "Schild met letter: veilig voor dat kind",
        Ws::ConnectSafeAdult => "Veilige volwassene",
        Ws::ConnectPickAdult => "Tik op de volwassene bij wie het kind veilig is.",
        Ws::ConnectPickChild => "Tik nu op het kind.",
        Ws::ConnectDone => "Klaar",
        Ws::PrintMap => "Kaart afdrukken",
        Ws::ChildPinStart => "Kindmodus met pincode",
        Ws::ChildPinLabel => "Pincode om de kindmodus te verlaten (minstens 4 cijfers)",
        Ws::ChildPinGo => "Start kindmodus",
        Ws::ChildPinAsk => "Pincode van de volwassene",
        Ws::ChildPinWrong => "Dat is niet de goede pincode.",
        Ws::ChildPinLeave => "Verlaten",
    }
}

fn en(key: Ws) -> &'static str {
    match key {
        Ws::Menu => "Menu",
        Ws::MenuLabel => "More: maps, meeting, child mode, files, language",
        Ws::Panel => "Panel",
        Ws::PanelTabs => "What to show beside the map",
        Ws::ClosePanel => "Close panel",
        Ws::OpenPanel => "Open panel",
        Ws::MapTools => "Map tools",
        Ws::ShowTies => "Which ties?",
        Ws::ConnectKindQuestion => "What kind of tie?",
        Ws::ConnectStaysOn => "Connecting stays on until you press Done.",
        Ws::StartHere => "Start in the middle: add who lives at home.",
        Ws::NextOutside => "Now add people outside the household: family, friends, neighbours, school, help.",
        Ws::FewPersons => {
            "Good that you are starting. Put a few people on the map first; then Kring shows what stands out."
        }
        Ws::ChildTick => "Child",
        Ws::ChildTickHint => "Ticked by itself under 18. You can change it.",
        Ws::Details => "Chosen",
        Ws::LanguageHeading => "Language",
        Ws::ScreensHeading => "Working with the map",
        Ws::FilesHeading => "Files",
        Ws::AdultExit => "For adults: press and hold to leave",
        Ws::AdultExitHint => "Hold the button for two seconds. With a keyboard: hold Enter.",
        Ws::AdultExitHolding => "Keep holding…",
        Ws::OpenExample => "See an example",
        Ws::ExampleMark => "Example",
        Ws::ExampleBanner => "the Bakker family is made up.",
        Ws::ExampleBannerMore => "Practise here, but do not enter real details.",
        Ws::RemoveExample => "Remove the example",
        Ws::LegendChildBadge => "Dark badge with a figure: a child",
        Ws::LegendAgeBadge => "Number in a badge: the age",
        Ws::LegendSafeBadge => "Shield with a letter: safe for that child",
        Ws::ConnectSafeAdult => "Safe adult",
        Ws::ConnectPickAdult => "Tap the adult the child is safe with.",
        Ws::ConnectPickChild => "Now tap the child.",
        Ws::ConnectDone => "Done",
        Ws::PrintMap => "Print the map",
        Ws::ChildPinStart => "Child mode with a PIN",
        Ws::ChildPinLabel => "PIN to leave child mode (at least 4 digits)",
        Ws::ChildPinGo => "Start child mode",
        Ws::ChildPinAsk => "The adult's PIN",
        Ws::ChildPinWrong => "That is not the right PIN.",
        Ws::ChildPinLeave => "Leave",
    }
}
