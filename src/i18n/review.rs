//! Words of the review cycle and the rest of the safety plan: dates as people
//! write them, how agreements went, scores over time, repeats, preparation and the
//! invitation, the calendar file and the child's plan. Dutch at B1, English as plain.

use super::Lang;
use crate::meeting::{Direction, HistoryLine, InviteMode, Kept, Overdue, Repeat, ScaleLine, Shown, TrendPoint};
use crate::model::{date_parts, weekday, AgreementStatus};

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS_NL: [&str; 7] = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const DAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// "12 maart 2026" / "12 March 2026"; anything that is not a date stays as it was written.
pub fn date_text(lang: Lang, date: &str) -> String {
    let Some((year, month, day)) = date_parts(date.trim()) else { return date.to_owned() };
    let index = usize::from(month.saturating_sub(1)).min(11);
    match lang {
        Lang::Nl => format!("{day} {} {year}", MONTHS_NL[index]),
        Lang::En => format!("{day} {} {year}", MONTHS_EN[index]),
    }
}

/// "vrijdag 12 maart 2026".
pub fn date_with_day(lang: Lang, date: &str) -> String {
    match weekday(date.trim()) {
        Some(day) => {
            let name = match lang {
                Lang::Nl => DAYS_NL[usize::from(day).min(6)],
                Lang::En => DAYS_EN[usize::from(day).min(6)],
            };
            format!("{name} {}", date_text(lang, date))
        }
        None => date.to_owned(),
    }
}

pub fn kept_name(lang: Lang, kept: Kept) -> &'static str {
    match (lang, kept) {
        (Lang::Nl, Kept::Done) => "Gelukt",
        (Lang::Nl, Kept::Partly) => "Deels gelukt",
        (Lang::Nl, Kept::NotDone) => "Niet gelukt",
        (Lang::En, Kept::Done) => "Done",
        (Lang::En, Kept::Partly) => "Partly done",
        (Lang::En, Kept::NotDone) => "Not done",
    }
}

pub fn status_name(lang: Lang, status: AgreementStatus) -> &'static str {
    match (lang, status) {
        (Lang::Nl, AgreementStatus::Agreed) => "Afgesproken",
        (Lang::Nl, AgreementStatus::Running) => "Loopt",
        (Lang::Nl, AgreementStatus::Stopped) => "Gestopt",
        (Lang::En, AgreementStatus::Agreed) => "Agreed",
        (Lang::En, AgreementStatus::Running) => "Going on",
        (Lang::En, AgreementStatus::Stopped) => "Stopped",
    }
}

/// The choice in the form: "Elke week".
pub fn repeat_name(lang: Lang, repeat: Repeat) -> &'static str {
    match (lang, repeat) {
        (Lang::Nl, Repeat::Daily) => "Elke dag",
        (Lang::Nl, Repeat::Weekly) => "Elke week",
        (Lang::Nl, Repeat::EveryTwoWeeks) => "Om de week",
        (Lang::Nl, Repeat::Monthly) => "Elke maand",
        (Lang::En, Repeat::Daily) => "Every day",
        (Lang::En, Repeat::Weekly) => "Every week",
        (Lang::En, Repeat::EveryTwoWeeks) => "Every other week",
        (Lang::En, Repeat::Monthly) => "Every month",
    }
}

/// In the plan: "elke vrijdag", "om de week op vrijdag", "elke maand op de 12e", with the
/// day taken from the start date when there is one.
pub fn repeat_text(lang: Lang, repeat: Repeat, from: &str) -> String {
    let day = weekday(from.trim()).map(|d| match lang {
        Lang::Nl => DAYS_NL[usize::from(d).min(6)],
        Lang::En => DAYS_EN[usize::from(d).min(6)],
    });
    let date = date_parts(from.trim()).map(|(_, _, d)| d);
    match (lang, repeat, day, date) {
        (Lang::Nl, Repeat::Weekly, Some(day), _) => format!("elke {day}"),
        (Lang::Nl, Repeat::EveryTwoWeeks, Some(day), _) => format!("om de week op {day}"),
        (Lang::Nl, Repeat::Monthly, _, Some(d)) => format!("elke maand op de {d}e"),
        (Lang::En, Repeat::Weekly, Some(day), _) => format!("every {day}"),
        (Lang::En, Repeat::EveryTwoWeeks, Some(day), _) => format!("every other {day}"),
        (Lang::En, Repeat::Monthly, _, Some(d)) => format!("every month on day {d}"),
        _ => repeat_name(lang, repeat).to_lowercase(),
    }
}

pub fn invite_mode_name(lang: Lang, mode: InviteMode) -> &'static str {
    match (lang, mode) {
        (Lang::Nl, InviteMode::Together) => "Samen met de anderen",
        (Lang::Nl, InviteMode::Separately) => "Apart uitnodigen",
        (Lang::Nl, InviteMode::NotInvited) => "Niet uitnodigen",
        (Lang::En, InviteMode::Together) => "Together with the others",
        (Lang::En, InviteMode::Separately) => "Invite separately",
        (Lang::En, InviteMode::NotInvited) => "Do not invite",
    }
}

/// "Tolk: Pools" / "Interpreter: Polish".
pub fn interpreter_text(lang: Lang, language: &str) -> String {
    match lang {
        Lang::Nl => format!("Tolk nodig: {language}"),
        Lang::En => format!("Needs an interpreter: {language}"),
    }
}

/// A score over time in words: "4 → 6: hoger dan vorige keer".
pub fn trend_text(lang: Lang, points: &[TrendPoint], direction: Direction) -> String {
    let scores: Vec<String> = points.iter().map(|p| p.score.to_string()).collect();
    let path = scores.join(" → ");
    let word = match (lang, direction) {
        (Lang::Nl, Direction::First) => "eerste keer gevraagd",
        (Lang::Nl, Direction::Up) => "hoger dan vorige keer",
        (Lang::Nl, Direction::Same) => "net als vorige keer",
        (Lang::Nl, Direction::Down) => "lager dan vorige keer",
        (Lang::En, Direction::First) => "asked for the first time",
        (Lang::En, Direction::Up) => "higher than last time",
        (Lang::En, Direction::Same) => "the same as last time",
        (Lang::En, Direction::Down) => "lower than last time",
    };
    format!("{path}: {word}")
}

/// The child's own score in child words: "Vorige keer gaf je een 3. Nu geef je een 5."
pub fn my_score_text(lang: Lang, line: &ScaleLine) -> String {
    let before = line.trend.len().checked_sub(2).and_then(|i| line.trend.get(i)).map(|p| p.score);
    match (lang, before) {
        (Lang::Nl, None) => format!("Jij gaf een {} van de 10.", line.score),
        (Lang::Nl, Some(b)) => format!("Vorige keer gaf jij een {b}. Nu geef jij een {} van de 10.", line.score),
        (Lang::En, None) => format!("You gave {} out of 10.", line.score),
        (Lang::En, Some(b)) => format!("Last time you gave {b}. Now you give {} out of 10.", line.score),
    }
}

/// Why "add" did not add: "Zorg 2 is nog leeg. Schrijf daar eerst iets in; daarna kun je er
/// nog een toevoegen."
pub fn still_empty(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Nl => format!("{title} is nog leeg. Schrijf daar eerst iets in; daarna kun je er nog een toevoegen."),
        Lang::En => format!("{title} is still empty. Write something there first; then you can add another."),
    }
}

/// One "who does what" step of a red flag, named in a refusal: "Stap 1 bij Signaal 2".
pub fn step_title(lang: Lang, flag: &str, step: usize) -> String {
    match lang {
        Lang::Nl => format!("Stap {step} bij {flag}"),
        Lang::En => format!("Step {step} of {flag}"),
    }
}

/// "en 2 anderen" under the names in the house.
pub fn safe_house_more(lang: Lang, more: usize) -> String {
    match (lang, more) {
        (Lang::Nl, 1) => "en 1 ander".to_owned(),
        (Lang::Nl, n) => format!("en {n} anderen"),
        (Lang::En, 1) => "and 1 more".to_owned(),
        (Lang::En, n) => format!("and {n} more"),
    }
}

/// What the drawing of the safe house says to a screen reader.
pub fn safe_house_label(lang: Lang, names: &[String], score: Option<u8>) -> String {
    let who = super::join_words(lang, names);
    let mut text = match (lang, names.is_empty()) {
        (Lang::Nl, true) => "Mijn veilige huis.".to_owned(),
        (Lang::Nl, false) => format!("Mijn veilige huis. Hier kan ik naartoe: {who}."),
        (Lang::En, true) => "My safe house.".to_owned(),
        (Lang::En, false) => format!("My safe house. I can go to: {who}."),
    };
    if let Some(score) = score {
        text += &match lang {
            Lang::Nl => format!(" Op het pad sta ik op {score} van de 10."),
            Lang::En => format!(" On the path I stand at {score} out of 10."),
        };
    }
    text
}

/// "(eigen cijfer van het kind)" beside a child's score in the adults' versions.
pub fn child_own_score(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "eigen cijfer van het kind",
        Lang::En => "the child's own score",
    }
}

/// One line of the history of a map's meetings.
pub fn history_text(lang: Lang, line: &HistoryLine) -> String {
    let date = if line.date.trim().is_empty() {
        match lang {
            Lang::Nl => "zonder datum".to_owned(),
            Lang::En => "no date".to_owned(),
        }
    } else {
        date_text(lang, &line.date)
    };
    let mut parts = vec![match (&line.follows, lang) {
        (None, Lang::Nl) => format!("Beraad van {date}"),
        (None, Lang::En) => format!("Meeting of {date}"),
        (Some((_, previous)), Lang::Nl) => {
            format!("Evaluatie op {date} (van het beraad van {})", date_text(lang, previous))
        }
        (Some((_, previous)), Lang::En) => {
            format!("Review on {date} (of the meeting of {})", date_text(lang, previous))
        }
    }];
    match (lang, line.agreements) {
        (Lang::Nl, 1) => parts.push("1 afspraak".to_owned()),
        (Lang::Nl, n) => parts.push(format!("{n} afspraken")),
        (Lang::En, 1) => parts.push("1 agreement".to_owned()),
        (Lang::En, n) => parts.push(format!("{n} agreements")),
    }
    if let Some(count) = line.outcomes.filter(|c| c.recorded() > 0) {
        parts.push(match lang {
            Lang::Nl => format!("{} gelukt, {} deels, {} niet", count.done, count.partly, count.not_done),
            Lang::En => format!("{} done, {} partly, {} not", count.done, count.partly, count.not_done),
        });
    }
    if let Some(tenths) = line.average_tenths {
        let number = match lang {
            Lang::Nl => format!("{},{}", tenths / 10, tenths % 10),
            Lang::En => format!("{}.{}", tenths / 10, tenths % 10),
        };
        parts.push(match lang {
            Lang::Nl => format!("veilig gemiddeld {number}"),
            Lang::En => format!("safety {number} on average"),
        });
    }
    if !line.review_date.trim().is_empty() {
        parts.push(match lang {
            Lang::Nl => format!("opnieuw kijken op {}", date_text(lang, &line.review_date)),
            Lang::En => format!("review on {}", date_text(lang, &line.review_date)),
        });
    }
    parts.join(" · ")
}

/// The banner for a date that has passed; `what` is the agreement's text.
pub fn overdue_text(lang: Lang, overdue: &Overdue, what: &str) -> String {
    match (lang, overdue) {
        (Lang::Nl, Overdue::Review(date)) => {
            format!(
                "De datum om opnieuw te kijken ({}) is voorbij: tijd om samen opnieuw te kijken.",
                date_text(lang, date)
            )
        }
        (Lang::En, Overdue::Review(date)) => {
            format!("The review date ({}) has passed: time to look at the plan together again.", date_text(lang, date))
        }
        (Lang::Nl, Overdue::Agreement { index, by }) => format!(
            "Afspraak {} (‘{what}’) moest klaar zijn op {}. Vraag hoe het ging.",
            index + 1,
            date_text(lang, by)
        ),
        (Lang::En, Overdue::Agreement { index, by }) => {
            format!("Agreement {} (‘{what}’) was due on {}. Ask how it went.", index + 1, date_text(lang, by))
        }
    }
}

/// Words for the calendar file: the event titles and their description.
pub fn calendar_review_title(lang: Lang, map_title: &str) -> String {
    match lang {
        Lang::Nl => format!("{map_title}: opnieuw kijken naar het plan"),
        Lang::En => format!("{map_title}: look at the plan again"),
    }
}

pub fn calendar_agreement_title(lang: Lang, map_title: &str, what: &str) -> String {
    match lang {
        Lang::Nl => format!("{map_title}: afspraak: {what}"),
        Lang::En => format!("{map_title}: agreement: {what}"),
    }
}

pub fn calendar_description(lang: Lang, meeting_date: &str) -> String {
    match lang {
        Lang::Nl => format!("Uit het plan van het beraad van {}. Gemaakt met Kring.", date_text(lang, meeting_date)),
        Lang::En => format!("From the plan of the meeting of {}. Made with Kring.", date_text(lang, meeting_date)),
    }
}

/// Who comes to the meeting, in the invitation: named people, and how many others.
fn others_text(lang: Lang, named: &[String], unnamed: usize) -> String {
    let list = named.join(", ");
    match (lang, named.is_empty(), unnamed) {
        (Lang::Nl, true, 0) => "Wie er verder komt, hoor je van de coördinator.".to_owned(),
        (Lang::En, true, 0) => "The coordinator will tell you who else comes.".to_owned(),
        (Lang::Nl, false, 0) => format!("Ook komen: {list}."),
        (Lang::En, false, 0) => format!("Also coming: {list}."),
        (Lang::Nl, true, n) => format!("Er komen nog {n} mensen uit het netwerk van het gezin."),
        (Lang::En, true, n) => format!("{n} more people from the family's network are coming."),
        (Lang::Nl, false, n) => format!("Ook komen: {list}, en nog {n} andere mensen."),
        (Lang::En, false, n) => format!("Also coming: {list}, and {n} other people."),
    }
}

/// The invitation for one person, as lines to print or copy into a message.
pub fn invitation_text(lang: Lang, invitation: &crate::meeting::invitation::InvitationView) -> Vec<String> {
    let i = invitation;
    let name = super::meeting::shown(lang, &i.for_person);
    let when = if i.date.trim().is_empty() { String::new() } else { date_with_day(lang, &i.date) };
    let mut out = Vec::new();
    match lang {
        Lang::Nl => {
            out.push(format!("Beste {name},"));
            out.push(format!(
                "Je bent uitgenodigd voor een netwerkberaad{}. Daar praten we samen over hoe het gaat met {}, \
                 en wie wat kan doen zodat het goed en veilig gaat.",
                if i.review { " om te kijken hoe het plan ging" } else { "" },
                i.family
            ));
            if !i.purpose.trim().is_empty() {
                out.push(format!("Waarom: {}", i.purpose.trim()));
            }
            if !when.is_empty() {
                out.push(format!("Wanneer: {when}"));
            }
            if !i.place.trim().is_empty() {
                out.push(format!("Waar: {}", i.place.trim()));
            }
            out.push(
                "Wat kun je verwachten? We vertellen wat goed gaat en wat zorgen geeft. Iedereen mag zeggen wat \
                 hij of zij denkt. Samen maken we afspraken. Je hoeft niets voor te bereiden."
                    .to_owned(),
            );
            if i.separately {
                out.push("Je praat apart met de coördinator. Je hoeft de anderen dus niet te zien.".to_owned());
            } else {
                out.push(others_text(lang, &i.others_named, i.others_unnamed));
            }
            if let Some(language) = &i.interpreter {
                out.push(format!("Er is een tolk ({language}) bij."));
            }
            if let Some(chair) = &i.chair {
                out.push(format!("Vragen? Bel of app {chair}."));
            }
            out.push("Tot dan!".to_owned());
        }
        Lang::En => {
            out.push(format!("Dear {name},"));
            out.push(format!(
                "You are invited to a network meeting{}. We will talk together about how things are going with {}, \
                 and who can do what so that things go well and safely.",
                if i.review { " to look at how the plan went" } else { "" },
                i.family
            ));
            if !i.purpose.trim().is_empty() {
                out.push(format!("Why: {}", i.purpose.trim()));
            }
            if !when.is_empty() {
                out.push(format!("When: {when}"));
            }
            if !i.place.trim().is_empty() {
                out.push(format!("Where: {}", i.place.trim()));
            }
            out.push(
                "What to expect: we say what goes well and what worries us. Everyone may say what they think. \
                 Together we make agreements. You do not need to prepare anything."
                    .to_owned(),
            );
            if i.separately {
                out.push("You talk with the coordinator separately, so you do not need to meet the others.".to_owned());
            } else {
                out.push(others_text(lang, &i.others_named, i.others_unnamed));
            }
            if let Some(language) = &i.interpreter {
                out.push(format!("An interpreter ({language}) will be there."));
            }
            if let Some(chair) = &i.chair {
                out.push(format!("Questions? Call or message {chair}."));
            }
            out.push("See you then!".to_owned());
        }
    }
    out
}

/// Labels of the form and the printout for the review cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    StartReview,
    StartReviewHelp,
    ReviewOf,
    History,
    Outcome,
    NoOutcomeYet,
    WhatHappened,
    RecordedBy,
    Status,
    Repeat,
    NoRepeat,
    Also,
    Organisation,
    ChildWords,
    AddDanger,
    DangerText,
    AddGoal,
    GoalText,
    HowLong,
    AgreedBy,
    ScaleZero,
    ScaleTen,
    Why,
    OneHigher,
    Trend,
    InviteHow,
    Interpreter,
    InterpreterHelp,
    WhyApart,
    PrepNotes,
    AddPrep,
    Invitation,
    ShowInvitation,
    CopyInvitation,
    LetterFor,
    CopyText,
    Copied,
    CopyFailed,
    CalendarFile,
    CalendarHelp,
    MySafeHouse,
    Score,
    LastTime,
    Nobody,
}

impl Text {
    pub const ALL: [Text; 44] = [
        Text::StartReview,
        Text::StartReviewHelp,
        Text::ReviewOf,
        Text::History,
        Text::Outcome,
        Text::NoOutcomeYet,
        Text::WhatHappened,
        Text::RecordedBy,
        Text::Status,
        Text::Repeat,
        Text::NoRepeat,
        Text::Also,
        Text::Organisation,
        Text::ChildWords,
        Text::AddDanger,
        Text::DangerText,
        Text::AddGoal,
        Text::GoalText,
        Text::HowLong,
        Text::AgreedBy,
        Text::ScaleZero,
        Text::ScaleTen,
        Text::Why,
        Text::OneHigher,
        Text::Trend,
        Text::InviteHow,
        Text::Interpreter,
        Text::InterpreterHelp,
        Text::WhyApart,
        Text::PrepNotes,
        Text::AddPrep,
        Text::Invitation,
        Text::ShowInvitation,
        Text::CopyInvitation,
        Text::LetterFor,
        Text::CopyText,
        Text::Copied,
        Text::CopyFailed,
        Text::CalendarFile,
        Text::CalendarHelp,
        Text::MySafeHouse,
        Text::Score,
        Text::LastTime,
        Text::Nobody,
    ];
}

pub fn text(lang: Lang, text: Text) -> &'static str {
    use Text as T;
    match lang {
        Lang::Nl => match text {
            T::StartReview => "Evaluatieberaad starten",
            T::StartReviewHelp => {
                "Begint een nieuw beraad met dezelfde mensen, zorgen, ondergrenzen, afspraken en schaal. \
                 Daarna vul je per afspraak in hoe het ging."
            }
            T::ReviewOf => "Evaluatie van het beraad van",
            T::History => "Zo ging het tot nu toe",
            T::Outcome => "Hoe ging het?",
            T::NoOutcomeYet => "Nog niet ingevuld",
            T::WhatHappened => "Wat is er gebeurd?",
            T::RecordedBy => "Ingevuld door",
            T::Status => "Stand",
            T::Repeat => "Hoe vaak?",
            T::NoRepeat => "Eén keer",
            T::Also => "Samen met",
            T::Organisation => "Of een organisatie (staat niet op de kaart)",
            T::ChildWords => "Zo zeggen we het tegen het kind",
            T::AddDanger => "Zorg voor later toevoegen",
            T::DangerText => "Wat kan er gebeuren als er niets verandert? In de woorden van het gezin",
            T::AddGoal => "Doel toevoegen",
            T::GoalText => "Wat willen we zien? In de woorden van het gezin",
            T::HowLong => "Hoe lang moet dat zo gaan?",
            T::AgreedBy => "Wie is het hiermee eens?",
            T::ScaleZero => "0 betekent hier",
            T::ScaleTen => "10 betekent hier",
            T::Why => "Waarom dit cijfer?",
            T::OneHigher => "Wat maakt het één hoger?",
            T::Trend => "Verloop",
            T::InviteHow => "Hoe uitnodigen?",
            T::Interpreter => "Tolk nodig (welke taal?)",
            T::InterpreterHelp => "Leeg laten als er geen tolk nodig is.",
            T::WhyApart => "Waarom apart of niet uitnodigen?",
            T::PrepNotes => "Notities van het voorbereidingsgesprek",
            T::AddPrep => "Voorbereiding toevoegen",
            T::Invitation => "Uitnodiging",
            T::ShowInvitation => "Uitnodiging maken",
            T::CopyInvitation => "Kopieer deze tekst in een bericht (app of mail), of druk hem af.",
            T::LetterFor => "Tekst om te sturen aan",
            T::CopyText => "Tekst kopiëren",
            T::Copied => "Gekopieerd. Plak de tekst nu in een bericht.",
            T::CopyFailed => "Kopiëren lukte niet vanzelf. De tekst is nu geselecteerd: druk op Ctrl+C (of Cmd+C).",
            T::CalendarFile => "In de agenda zetten (.ics)",
            T::CalendarHelp => {
                "Een bestand voor elke agenda: de datum om opnieuw te kijken en de afspraken met een datum."
            }
            T::MySafeHouse => "Mijn veilige huis",
            T::Score => "Cijfer",
            T::LastTime => "Vorige keer",
            T::Nobody => "Nog niemand",
        },
        Lang::En => match text {
            T::StartReview => "Start a review meeting",
            T::StartReviewHelp => {
                "Starts a new meeting with the same people, worries, bottom lines, agreements and scale. \
                 Then fill in how each agreement went."
            }
            T::ReviewOf => "Review of the meeting of",
            T::History => "How it went so far",
            T::Outcome => "How did it go?",
            T::NoOutcomeYet => "Not filled in yet",
            T::WhatHappened => "What happened?",
            T::RecordedBy => "Filled in by",
            T::Status => "Status",
            T::Repeat => "How often?",
            T::NoRepeat => "Once",
            T::Also => "Together with",
            T::Organisation => "Or an organisation (not on the map)",
            T::ChildWords => "How we say it to the child",
            T::AddDanger => "Add a danger statement",
            T::DangerText => "What could happen if nothing changes? In the family's words",
            T::AddGoal => "Add a goal",
            T::GoalText => "What do we want to see? In the family's words",
            T::HowLong => "For how long?",
            T::AgreedBy => "Who agrees with this?",
            T::ScaleZero => "0 means here",
            T::ScaleTen => "10 means here",
            T::Why => "Why this number?",
            T::OneHigher => "What would make it one higher?",
            T::Trend => "Over time",
            T::InviteHow => "How to invite?",
            T::Interpreter => "Needs an interpreter (which language?)",
            T::InterpreterHelp => "Leave empty when no interpreter is needed.",
            T::WhyApart => "Why separately or not invited?",
            T::PrepNotes => "Notes of the preparation talk",
            T::AddPrep => "Add preparation",
            T::Invitation => "Invitation",
            T::ShowInvitation => "Make the invitation",
            T::CopyInvitation => "Copy this text into a message (app or e-mail), or print it.",
            T::LetterFor => "Text to send to",
            T::CopyText => "Copy the text",
            T::Copied => "Copied. Now paste the text into a message.",
            T::CopyFailed => "Copying did not work by itself. The text is selected now: press Ctrl+C (or Cmd+C).",
            T::CalendarFile => "Add to a calendar (.ics)",
            T::CalendarHelp => "A file for any calendar: the review date and the agreements with a date.",
            T::MySafeHouse => "My safe house",
            T::Score => "Score",
            T::LastTime => "Last time",
            T::Nobody => "Nobody yet",
        },
    }
}

/// How someone is named in these texts.
pub fn who(lang: Lang, shown: &Shown) -> String {
    super::meeting::shown(lang, shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_filled_in_every_language() {
        for lang in Lang::ALL {
            for t in Text::ALL {
                assert!(!text(lang, t).trim().is_empty());
            }
        }
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(date_text(Lang::Nl, "2026-03-12"), "12 maart 2026");
        assert_eq!(date_text(Lang::En, "2026-03-12"), "12 March 2026");
        assert_eq!(date_text(Lang::Nl, "soon"), "soon");
        assert_eq!(date_with_day(Lang::Nl, "2026-03-13"), "vrijdag 13 maart 2026");
        assert_eq!(repeat_text(Lang::Nl, Repeat::Weekly, "2026-03-13"), "elke vrijdag");
        assert_eq!(repeat_text(Lang::En, Repeat::EveryTwoWeeks, "2026-03-13"), "every other Friday");
        assert_eq!(repeat_text(Lang::Nl, Repeat::Weekly, ""), "elke week");
    }
}
