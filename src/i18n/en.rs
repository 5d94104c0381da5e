//! English. Plain words, short sentences.

use super::Key;
use crate::model::{PersonKind, Sector, TieKind};

pub fn text(key: Key) -> &'static str {
    match key {
        Key::AppName => "Kring",
        Key::AppTagline => "Draw your network together",
        Key::NetworkMap => "Network map",
        Key::AddPerson => "Add person",
        Key::Undo => "Undo",
        Key::Redo => "Redo",
        Key::Name => "Name",
        Key::SectorLabel => "Sector",
        Key::ClosenessLabel => "Closeness",
        Key::Save => "Save",
        Key::Cancel => "Cancel",
        Key::ListView => "List view",
        Key::Persons => "Persons",
        Key::Ties => "Ties",
        Key::Language => "Language",
        Key::Saved => "Saved",
        Key::Saving => "Saving…",
        Key::NotSavedYet => "Not saved yet",
        Key::SaveFailed => "Saving did not work. Your change is still on screen. Please try again.",
        Key::StorageFull => "This browser's storage is full. Your last change was not kept. Free some space or save the map as a file.",
        Key::StorageUnavailable => "This browser does not let Kring keep anything (perhaps a private window). Changes are lost when you close the page.",
        Key::LoadFailed => "The saved map could not be opened. A new, empty map was made; the old one was not deleted.",
        Key::NoPersonsYet => "Nobody is on the map yet. Start with ‘Add person’.",
        Key::NameRequired => "Please fill in a name.",
        Key::Role => "Role or relationship",
        Key::Household => "Lives in the household",
        Key::Child => "Child",
        Key::Yes => "Yes",
        Key::No => "No",
        Key::PersonTableCaption => "Everyone on the map",
        Key::TieTableCaption => "All ties",
        Key::From => "From",
        Key::To => "To",
        Key::TieKindLabel => "Kind",
        Key::UntitledMap => "Our network",
        Key::Sector(sector) => match sector {
            Sector::Household => "Household",
            Sector::Family => "Family",
            Sector::Friends => "Friends",
            Sector::Community => "Neighbours & community",
            Sector::SchoolWork => "School & work",
            Sector::Professionals => "Professionals",
        },
        Key::Ring(ring) => match ring.get() {
            1 => "Very close",
            2 => "Close",
            3 => "Further away",
            _ => "Far away",
        },
        Key::Kind(kind) => match kind {
            PersonKind::Person => "Person",
            PersonKind::Pet => "Pet",
            PersonKind::Organisation => "Organisation or place",
        },
        Key::TieKindName(kind) => match kind {
            TieKind::Support => "Support",
            TieKind::Risk => "Risk",
            TieKind::Contact => "Contact",
        },
    }
}
