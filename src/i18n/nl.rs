//! Nederlands (de standaardtaal). Schrijf op B1-niveau: korte zinnen, gewone woorden.

use super::Key;
use crate::model::{PersonKind, Sector, TieKind};

pub fn text(key: Key) -> &'static str {
    match key {
        Key::AppName => "Kring",
        Key::AppTagline => "Teken samen jullie netwerk",
        Key::NetworkMap => "Netwerkkaart",
        Key::AddPerson => "Persoon toevoegen",
        Key::Undo => "Ongedaan maken",
        Key::Redo => "Opnieuw doen",
        Key::Name => "Naam",
        Key::SectorLabel => "Groep",
        Key::ClosenessLabel => "Hoe dichtbij",
        Key::Save => "Opslaan",
        Key::Cancel => "Annuleren",
        Key::ListView => "Lijst",
        Key::Persons => "Personen",
        Key::Ties => "Verbindingen",
        Key::Language => "Taal",
        Key::Saved => "Opgeslagen",
        Key::Saving => "Bezig met opslaan…",
        Key::NotSavedYet => "Nog niet opgeslagen",
        Key::SaveFailed => "Opslaan is niet gelukt. Je wijziging staat nog op het scherm. Probeer het opnieuw.",
        Key::StorageFull => "De opslag van deze browser is vol. Je laatste wijziging is niet bewaard. Maak ruimte vrij of bewaar de kaart als bestand.",
        Key::StorageUnavailable => "Deze browser laat Kring niets bewaren (misschien een privévenster). Wijzigingen gaan verloren als je de pagina sluit.",
        Key::LoadFailed => "De opgeslagen kaart kon niet worden geopend. Er is een nieuwe, lege kaart gemaakt; de oude is niet gewist.",
        Key::NoPersonsYet => "Er staat nog niemand op de kaart. Begin met ‘Persoon toevoegen’.",
        Key::NameRequired => "Vul een naam in.",
        Key::Role => "Rol of relatie",
        Key::Household => "Woont in het gezin",
        Key::Child => "Kind",
        Key::Yes => "Ja",
        Key::No => "Nee",
        Key::PersonTableCaption => "Alle personen op de kaart",
        Key::TieTableCaption => "Alle verbindingen",
        Key::From => "Van",
        Key::To => "Naar",
        Key::TieKindLabel => "Soort",
        Key::UntitledMap => "Ons netwerk",
        Key::Sector(sector) => match sector {
            Sector::Household => "Gezin",
            Sector::Family => "Familie",
            Sector::Friends => "Vrienden",
            Sector::Community => "Buren & buurt",
            Sector::SchoolWork => "School & werk",
            Sector::Professionals => "Professionals",
        },
        Key::Ring(ring) => match ring.get() {
            1 => "Heel dichtbij",
            2 => "Dichtbij",
            3 => "Wat verder weg",
            _ => "Ver weg",
        },
        Key::Kind(kind) => match kind {
            PersonKind::Person => "Persoon",
            PersonKind::Pet => "Huisdier",
            PersonKind::Organisation => "Organisatie of plek",
        },
        Key::TieKindName(kind) => match kind {
            TieKind::Support => "Steun",
            TieKind::Risk => "Zorg of gevaar",
            TieKind::Contact => "Contact",
        },
    }
}
