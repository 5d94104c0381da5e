//! Every text a person reads goes through here. Texts are looked up by typed keys; each
//! language is one exhaustive `match`, so a key without a translation does not compile.
//! Sentences with parts in them (names, numbers) are built here too, never in components.
//!
//! One naming rule in every file: the fixed words a screen shows are `Text` with
//! `text(lang, Text::…)` (`t(lang, Key::…)` for the words shared by many screens); words
//! that go into an output are named after it (`files::PictureText` for the exported
//! picture, `meeting::PackText` for the printed pack). Where a component needs two modules'
//! words, it names the module: `reliability::text(lang, reliability::Text::Recovered)`.

pub mod child;
pub mod easynwk;
mod en;
pub mod example;
pub mod factors;
pub mod files;
pub mod guided;
pub mod insights;
pub mod lock;
pub mod meeting;
pub mod meeting_steps;
mod nl;
pub mod readers;
pub mod reliability;
pub mod review;
pub mod sealed;
pub mod timeline;
pub mod workspace;

use crate::analysis::Severity;
use crate::model::{
    ChildSafety, Factor, Frequency, Gender, PersonKind, Ring, RiskType, Sector, Seriousness, Strength, SupportType,
    TieKind,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a language code such as `en`, `EN` or `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Text direction, for `dir` on the document. Every language must say its own, so a
    /// right-to-left language (Arabic, Farsi) cannot be added without deciding it; the
    /// styles use logical properties (`margin-inline-start`) and follow `dir`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Nl | Lang::En => "ltr",
        }
    }

    /// The language's own name, shown on the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    AppName,
    AppTagline,
    NetworkMap,
    AddPerson,
    Undo,
    Redo,
    Name,
    SectorLabel,
    ClosenessLabel,
    Save,
    Cancel,
    ListView,
    Persons,
    Ties,
    Language,
    Saved,
    Saving,
    NotSavedYet,
    SaveFailed,
    /// A job on "My maps" (rename, copy, delete, list) did not work.
    MapsStorageFailed,
    StorageFull,
    StorageUnavailable,
    LoadFailed,
    /// The map was missing from storage and its spare copy was put back.
    RestoredFromSpare,
    /// The map opened, but its saved undo history did not read: undo starts afresh.
    HistoryNotRead,
    /// Kring stopped while it opened the last map: "My maps" is shown instead of it.
    StartFailed,
    /// An addition refused because the map holds the most it may (`model::limits`), and
    /// because its ids are used up.
    FullPersons,
    FullTies,
    FullSnapshots,
    FullMeetings,
    FullPerspectives,
    IdsUsedUp,
    /// The open map was deleted in another tab or window.
    DeletedElsewhere,
    /// The quick-exit button, its hint, the neutral title and the way back.
    QuickExit,
    QuickExitHint,
    NeutralTitle,
    NeutralBack,
    /// "Forget the history": drops every undo step, the saved ones too.
    ForgetHistory,
    ForgetHistoryConfirm,
    HistoryForgotten,
    NoPersonsYet,
    NameRequired,
    Role,
    Household,
    Child,
    Yes,
    No,
    MapHelp,
    Connect,
    ConnectPickFrom,
    ConnectPickTo,
    StopConnecting,
    FitToScreen,
    ZoomIn,
    ZoomOut,
    AutoArrange,
    Legend,
    NewMap,
    Delete,
    YesDelete,
    MyMaps,
    Rename,
    Duplicate,
    Open,
    LastChanged,
    UndoDelete,
    MapName,
    CopySuffix,
    NoMapsYet,
    MapsOnDevice,
    Details,
    KindLabel,
    Avatar,
    GenderLabel,
    AgeLabel,
    Note,
    Deceased,
    Close,
    TieDetails,
    Mutual,
    StrengthLabel,
    FrequencyLabel,
    NotSaid,
    AccordingTo,
    SwapDirection,
    SupportTypesLabel,
    RiskTypesLabel,
    LegendRings,
    LegendSectors,
    LegendHousehold,
    LegendSupport,
    LegendRisk,
    LegendContact,
    LegendArrow,
    LegendStrength,
    LegendChild,
    FilterLabel,
    FilterAll,
    FilterSupport,
    FilterRisk,
    AddAnother,
    Edit,
    Choose,
    Insights,
    NoInsights,
    ShowOnMap,
    ForWhom,
    AgainstWhom,
    Nobody,
    AddTie,
    SafeAdultFor,
    SupervisedOnlyFor,
    NoContactWith,
    ChildProtection,
    Back,
    Export,
    Import,
    InsightsHelp,
    ClearHighlight,
    Relations,
    Gives,
    NoSupportTies,
    NoRiskTies,
    Nothing,
    Meeting,
    GuidedSession,
    ChildMode,
    Sector(Sector),
    Ring(Ring),
    Kind(PersonKind),
    TieKindName(TieKind),
    SeverityName(crate::analysis::Severity),
    GenderName(Gender),
    StrengthName(Strength),
    FrequencyName(Frequency),
    SupportTypeName(SupportType),
    RiskTypeName(RiskType),
    FactorName(Factor),
    SeriousnessName(Seriousness),
    ChildSafetyName(ChildSafety),
    PersonTableCaption,
    TieTableCaption,
    From,
    To,
    TieKindLabel,
    UntitledMap,
}

impl Key {
    /// Every key, for the completeness test.
    pub fn all() -> Vec<Key> {
        let mut keys = vec![
            Key::AppName,
            Key::AppTagline,
            Key::NetworkMap,
            Key::AddPerson,
            Key::Undo,
            Key::Redo,
            Key::Name,
            Key::SectorLabel,
            Key::ClosenessLabel,
            Key::Save,
            Key::Cancel,
            Key::ListView,
            Key::Persons,
            Key::Ties,
            Key::Language,
            Key::Saved,
            Key::Saving,
            Key::NotSavedYet,
            Key::SaveFailed,
            Key::MapsStorageFailed,
            Key::StorageFull,
            Key::StorageUnavailable,
            Key::LoadFailed,
            Key::RestoredFromSpare,
            Key::HistoryNotRead,
            Key::StartFailed,
            Key::FullPersons,
            Key::FullTies,
            Key::FullSnapshots,
            Key::FullMeetings,
            Key::FullPerspectives,
            Key::IdsUsedUp,
            Key::DeletedElsewhere,
            Key::QuickExit,
            Key::QuickExitHint,
            Key::NeutralTitle,
            Key::NeutralBack,
            Key::ForgetHistory,
            Key::ForgetHistoryConfirm,
            Key::HistoryForgotten,
            Key::NoPersonsYet,
            Key::NameRequired,
            Key::Role,
            Key::Household,
            Key::Child,
            Key::Yes,
            Key::No,
            Key::PersonTableCaption,
            Key::TieTableCaption,
            Key::From,
            Key::To,
            Key::TieKindLabel,
            Key::UntitledMap,
        ];
        keys.extend([
            Key::MapHelp,
            Key::Connect,
            Key::ConnectPickFrom,
            Key::ConnectPickTo,
            Key::StopConnecting,
            Key::FitToScreen,
            Key::ZoomIn,
            Key::ZoomOut,
            Key::AutoArrange,
            Key::Legend,
            Key::NewMap,
            Key::Delete,
            Key::YesDelete,
            Key::MyMaps,
            Key::Rename,
            Key::Duplicate,
            Key::Open,
            Key::LastChanged,
            Key::UndoDelete,
            Key::MapName,
            Key::CopySuffix,
            Key::NoMapsYet,
            Key::MapsOnDevice,
            Key::Details,
            Key::KindLabel,
            Key::Avatar,
            Key::GenderLabel,
            Key::AgeLabel,
            Key::Note,
            Key::Deceased,
            Key::Close,
            Key::TieDetails,
            Key::Mutual,
            Key::StrengthLabel,
            Key::FrequencyLabel,
            Key::NotSaid,
            Key::AccordingTo,
            Key::SwapDirection,
            Key::SupportTypesLabel,
            Key::RiskTypesLabel,
            Key::LegendRings,
            Key::LegendSectors,
            Key::LegendHousehold,
            Key::LegendSupport,
            Key::LegendRisk,
            Key::LegendContact,
            Key::LegendArrow,
            Key::LegendStrength,
            Key::LegendChild,
            Key::FilterLabel,
            Key::FilterAll,
            Key::FilterSupport,
            Key::FilterRisk,
            Key::AddAnother,
            Key::Edit,
            Key::Choose,
            Key::Insights,
            Key::NoInsights,
            Key::ShowOnMap,
            Key::ForWhom,
            Key::AgainstWhom,
            Key::Nobody,
            Key::AddTie,
            Key::SafeAdultFor,
            Key::SupervisedOnlyFor,
            Key::NoContactWith,
            Key::ChildProtection,
            Key::Back,
            Key::Export,
            Key::Import,
        ]);
        keys.extend(Sector::ALL.map(Key::Sector));
        keys.extend(Ring::all().map(Key::Ring));
        keys.extend([PersonKind::Person, PersonKind::Pet, PersonKind::Organisation].map(Key::Kind));
        keys.extend([TieKind::Support, TieKind::Risk, TieKind::Contact].map(Key::TieKindName));
        keys.extend([Gender::Unknown, Gender::Female, Gender::Male, Gender::Other].map(Key::GenderName));
        keys.extend([Strength::Strong, Strength::Normal, Strength::Weak].map(Key::StrengthName));
        keys.extend(
            [Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Rarely].map(Key::FrequencyName),
        );
        keys.extend(SupportType::ALL.map(Key::SupportTypeName));
        keys.extend(RiskType::ALL.map(Key::RiskTypeName));
        keys.extend(Factor::ALL.map(Key::FactorName));
        keys.extend(Seriousness::ALL.map(Key::SeriousnessName));
        keys.extend(ChildSafety::ALL.map(Key::ChildSafetyName));
        keys.extend([Severity::Urgent, Severity::Attention, Severity::Good, Severity::Info].map(Key::SeverityName));
        keys.extend([
            Key::InsightsHelp,
            Key::Meeting,
            Key::GuidedSession,
            Key::ChildMode,
            Key::ClearHighlight,
            Key::Relations,
            Key::Gives,
            Key::NoSupportTies,
            Key::NoRiskTies,
            Key::Nothing,
        ]);
        keys
    }
}

/// The text for a key in a language.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::Nl => nl::text(key),
        Lang::En => en::text(key),
    }
}

impl crate::scene::MapWords for Lang {
    fn sector(&self, sector: Sector) -> String {
        t(*self, Key::Sector(sector)).to_owned()
    }
    fn ring(&self, ring: Ring) -> String {
        t(*self, Key::Ring(ring)).to_owned()
    }
    fn person(&self, person: &crate::model::Person) -> String {
        let name = person_accessible_name(*self, &person.name, person.sector, person.ring, person.in_centre());
        if person.factors.is_empty() {
            return name;
        }
        let factors: Vec<Factor> = person.factors.iter().copied().collect();
        let professional = crate::model::Reader::is_professional(person.sector, person.household);
        format!("{name}, {}", factors::factors_phrase(*self, &factors, professional).to_lowercase())
    }
    fn tie_kind(&self, kind: TieKind) -> String {
        t(*self, Key::TieKindName(kind)).to_owned()
    }
    fn badges(&self, child: bool, age: &str, safe_for: &[String]) -> String {
        let mut parts = Vec::new();
        match (*self, child, age.is_empty()) {
            (Lang::Nl, true, true) => parts.push("kind".to_owned()),
            (Lang::Nl, true, false) => parts.push(format!("kind van {age} jaar")),
            (Lang::Nl, false, false) => parts.push(format!("{age} jaar")),
            (Lang::En, true, true) => parts.push("child".to_owned()),
            (Lang::En, true, false) => parts.push(format!("child, {age} years")),
            (Lang::En, false, false) => parts.push(format!("{age} years")),
            (_, false, true) => {}
        }
        if !safe_for.is_empty() {
            parts.push(format!("{} {}", t(*self, Key::SafeAdultFor).to_lowercase(), join_words(*self, safe_for)));
        }
        parts.join(", ")
    }
}

/// What a screen reader says for a person on the map. Starts with the name, so a person
/// is found by typing or listening for their name.
pub fn person_accessible_name(lang: Lang, name: &str, sector: Sector, ring: Ring, in_centre: bool) -> String {
    if in_centre {
        format!("{name}, {}", t(lang, Key::Sector(Sector::Household)))
    } else {
        format!("{name}, {}, {}", t(lang, Key::Sector(sector)), t(lang, Key::Ring(ring)))
    }
}

/// "A, B en C" / "A, B and C".
pub(crate) fn join_words(lang: Lang, parts: &[String]) -> String {
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    match parts {
        [] => String::new(),
        [only] => only.clone(),
        [first @ .., last] => format!("{}{and}{last}", first.join(", ")),
    }
}

/// "1 persoon", "3 personen": the caller gives both forms, in its own language.
pub(crate) fn counted(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

/// The question before a person is removed.
pub fn confirm_delete_person(lang: Lang, name: &str, found: &crate::model::Appearances) -> String {
    let places = where_person_is(lang, found);
    match lang {
        Lang::Nl if places.is_empty() => format!("{name} van de kaart halen?"),
        Lang::En if places.is_empty() => format!("Remove {name} from the map?"),
        Lang::Nl => format!("{name} overal weghalen? Kring haalt {name} weg uit: {}.", places.join(", ")),
        Lang::En => format!("Remove {name} everywhere? Kring takes {name} out of: {}.", places.join(", ")),
    }
}

/// Where a person is besides the map, as short phrases ("2 verbindingen", "1 beraad").
/// Snapshots are asked about separately (`forget_in_snapshots`).
pub fn where_person_is(lang: Lang, found: &crate::model::Appearances) -> Vec<String> {
    let n = |count: usize, nl: (&str, &str), en: (&str, &str)| -> Option<String> {
        let (one, many) = if lang == Lang::Nl { nl } else { en };
        (count > 0).then(|| format!("{count} {}", if count == 1 { one } else { many }))
    };
    [
        n(found.ties, ("verbinding", "verbindingen"), ("tie", "ties")),
        n(found.meetings, ("netwerkberaad", "netwerkberaden"), ("network meeting", "network meetings")),
        n(found.agreements, ("afspraak", "afspraken"), ("agreement", "agreements")),
        n(found.perspectives, ("perspectief", "perspectieven"), ("perspective", "perspectives")),
        n(
            found.marks,
            ("afspraak over veiligheid", "afspraken over veiligheid"),
            ("safety arrangement", "safety arrangements"),
        ),
        n(found.according_to, ("keer ‘volgens’", "keer ‘volgens’"), ("‘according to’", "‘according to’ entries")),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The choice whether a deleted person also goes from the snapshots they are in.
pub fn forget_in_snapshots(lang: Lang, name: &str, snapshots: usize) -> String {
    match (lang, snapshots) {
        (Lang::Nl, 1) => format!("Ook uit de momentopname halen waar {name} in staat"),
        (Lang::Nl, n) => format!("Ook uit de {n} momentopnamen halen waar {name} in staat"),
        (Lang::En, 1) => format!("Also remove {name} from the snapshot they are in"),
        (Lang::En, n) => format!("Also remove {name} from the {n} snapshots they are in"),
    }
}

/// After the list: it can still be undone, once.
pub fn delete_person_undo_hint(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Met ‘Ongedaan maken’ komt alles terug, tot je de pagina sluit of de geschiedenis wist. Daarna is het echt weg.",
        Lang::En => "‘Undo’ brings it all back until you close the page or forget the history. After that it is gone for good.",
    }
}

/// The filter choice that shows only the ties around one child.
pub fn around_person(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Nl => format!("Alleen rond {name}"),
        Lang::En => format!("Only around {name}"),
    }
}

/// The question before a map is deleted.
pub fn confirm_delete_map(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Nl => format!("De kaart ‘{title}’ verwijderen? Je kunt dit daarna nog één keer terugdraaien."),
        Lang::En => format!("Delete the map ‘{title}’? You can bring it back once, straight after."),
    }
}

/// What a screen reader says for a tie: "Oma Ria to Mila: support (childcare)".
pub fn tie_description(lang: Lang, from: &str, to: &str, tie: &crate::model::Tie) -> String {
    let arrow = if tie.mutual {
        match lang {
            Lang::Nl => "en",
            Lang::En => "and",
        }
    } else {
        match lang {
            Lang::Nl => "naar",
            Lang::En => "to",
        }
    };
    let types: Vec<&str> = match tie.kind {
        TieKind::Support => tie.support.iter().map(|s| t(lang, Key::SupportTypeName(*s))).collect(),
        TieKind::Risk => tie.risk.iter().map(|r| t(lang, Key::RiskTypeName(*r))).collect(),
        TieKind::Contact => Vec::new(),
    };
    let kind = t(lang, Key::TieKindName(tie.kind));
    if types.is_empty() {
        format!("{from} {arrow} {to}: {kind}")
    } else {
        format!("{from} {arrow} {to}: {kind} ({})", types.join(", "))
    }
}

/// A date like 28 november 2026 (nl) or 28 November 2026 (en), from milliseconds since 1970.
pub fn date_from_millis(lang: Lang, millis: f64) -> String {
    review::date_text(lang, &crate::model::iso_date_from_millis(millis))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_text_in_every_language() {
        for lang in Lang::ALL {
            for key in Key::all() {
                assert!(!t(lang, key).trim().is_empty(), "{key:?} has no {} text", lang.code());
            }
        }
    }

    #[test]
    fn dutch_and_english_differ_where_words_differ() {
        assert_ne!(t(Lang::Nl, Key::AddPerson), t(Lang::En, Key::AddPerson));
        assert_eq!(t(Lang::En, Key::AddPerson), "Add person");
        assert_eq!(t(Lang::En, Key::NetworkMap), "Network map");
    }

    #[test]
    fn language_codes_are_read_loosely() {
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::default(), Lang::Nl);
    }

    #[test]
    fn dates_read_as_people_write_them() {
        // 2026-11-28 00:00 UTC
        let millis = 1_795_824_000_000.0;
        assert_eq!(crate::model::iso_date_from_millis(millis), "2026-11-28");
        assert_eq!(date_from_millis(Lang::Nl, millis), "28 november 2026");
        assert_eq!(date_from_millis(Lang::En, millis), "28 November 2026");
        assert_eq!(crate::model::iso_date_from_millis(0.0), "1970-01-01");
    }

    #[test]
    fn removing_asks_in_plain_words_and_says_where_they_are() {
        use crate::model::Appearances;
        let alone = Appearances::default();
        assert_eq!(confirm_delete_person(Lang::En, "Dennis", &alone), "Remove Dennis from the map?");
        let found = Appearances { ties: 2, meetings: 1, agreements: 1, ..Appearances::default() };
        assert_eq!(
            confirm_delete_person(Lang::En, "Dennis", &found),
            "Remove Dennis everywhere? Kring takes Dennis out of: 2 ties, 1 network meeting, 1 agreement."
        );
        let found = Appearances { ties: 1, marks: 2, ..Appearances::default() };
        assert_eq!(
            confirm_delete_person(Lang::Nl, "Dennis", &found),
            "Dennis overal weghalen? Kring haalt Dennis weg uit: 1 verbinding, 2 afspraken over veiligheid."
        );
    }

    #[test]
    fn accessible_name_starts_with_the_name() {
        let label = person_accessible_name(Lang::En, "Oma Joke", Sector::Family, Ring::CLOSEST, false);
        assert!(label.starts_with("Oma Joke"));
        assert!(label.contains("Family"));
    }
}
