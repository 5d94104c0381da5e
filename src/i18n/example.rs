//! The example family: the fictional Bakker family of `shared/data/scenario-familie-bakker.md`
//! as a map with a prepared network meeting, in Dutch or English. All names are made up;
//! the title says it is an example, so it is never taken for a real family. Words (names,
//! roles, the meeting's purpose) live here; the map itself is built through edit commands,
//! as the screen would.

use super::Lang;
use crate::model::{
    Age, ChildSafety, Edit, Factor, FamilyMap, InviteMode, Meeting, MeetingRole, Participant, Person, PersonId, Ring,
    RiskType, Sector, SupportType, Tie, TieKind, Worry,
};
use std::collections::BTreeSet;

/// The example's title: says at once that this is an example.
pub fn example_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Voorbeeld: familie Bakker (verzonnen)",
        Lang::En => "Example: the Bakker family (made up)",
    }
}

struct Builder {
    map: FamilyMap,
    /// Edits that did not apply (none should): counted so a test can see them.
    failed: usize,
}

impl Builder {
    fn person(&mut self, name: &str, sector: Sector, ring: u8, role: &str, age: Option<u8>) -> PersonId {
        let ring = Ring::new(ring).unwrap_or(Ring::FURTHEST);
        let mut p = Person::new(self.map.next_person_id(), name, sector, ring);
        p.angle = self.map.free_angle(sector, ring);
        p.role = role.to_owned();
        p.age = age.map(Age::Years);
        p.child = age.is_some_and(|a| a < 18);
        let id = p.id;
        self.apply(Edit::AddPerson { person: p });
        id
    }

    fn tie(
        &mut self,
        from: PersonId,
        to: PersonId,
        kind: TieKind,
        support: &[SupportType],
        risk: &[RiskType],
        says: &str,
    ) {
        let mut tie = Tie::new(self.map.next_tie_id(), from, to, kind);
        tie.support = support.iter().copied().collect::<BTreeSet<_>>();
        tie.risk = risk.iter().copied().collect::<BTreeSet<_>>();
        tie.according_to = says.to_owned();
        self.apply(Edit::AddTie { tie });
    }

    fn apply(&mut self, edit: Edit) {
        if self.map.apply(edit).is_err() {
            self.failed += 1;
        }
    }
}

/// The roles, in the map's language.
fn roles(lang: Lang) -> [&'static str; 15] {
    match lang {
        Lang::Nl => [
            "moeder",
            "zoon",
            "dochter",
            "vader",
            "oma (moeder van Linda)",
            "opa (vader van Dennis)",
            "buurvrouw",
            "voetbaltrainer",
            "leraar van Mila",
            "collega van Linda",
            "lokaal team",
            "Veilig Thuis",
            "schuldhulpverlener",
            "huisarts",
            "jeugd-ggz",
        ],
        Lang::En => [
            "mother",
            "son",
            "daughter",
            "father",
            "grandmother (Linda's mother)",
            "grandfather (Dennis' father)",
            "neighbour",
            "football coach",
            "Mila's teacher",
            "Linda's colleague",
            "local team",
            "regional safety team",
            "debt counsellor",
            "GP",
            "youth mental health",
        ],
    }
}

/// The Bakker family with a network meeting prepared for `date` (YYYY-MM-DD).
pub fn bakker(lang: Lang, date: &str) -> FamilyMap {
    let mut map = bakker_map(lang, example_title(lang));
    let meeting = bakker_meeting(&map, lang, date);
    let _ = map.apply(Edit::SetMeeting { id: meeting.id, meeting: Some(meeting) });
    map
}

/// Only the persons and ties (the test fixture `tests/fixtures/bakker.kring.json` is this
/// in Dutch, titled "Familie Bakker").
pub fn bakker_map(lang: Lang, title: &str) -> FamilyMap {
    use RiskType as R;
    use SupportType as S;
    use TieKind::{Contact, Risk, Support};
    let r = roles(lang);
    let (debt, gp, therapist) = match lang {
        Lang::Nl => ("Schuldhulp", "Huisarts", "Therapeut Noah"),
        Lang::En => ("Debt help", "GP", "Noah's therapist"),
    };
    let teacher = match lang {
        Lang::Nl => "Meester Joost",
        Lang::En => "Mr Joost",
    };
    let mut b = Builder { map: FamilyMap::new(title), failed: 0 };
    let linda = b.person("Linda", Sector::Household, 1, r[0], Some(34));
    let noah = b.person("Noah", Sector::Household, 1, r[1], Some(12));
    let mila = b.person("Mila", Sector::Household, 1, r[2], Some(7));
    let dennis = b.person("Dennis", Sector::Family, 2, r[3], Some(36));
    let ria = b.person("Oma Ria", Sector::Family, 1, r[4], None);
    let henk = b.person("Opa Henk", Sector::Family, 3, r[5], None);
    let samira = b.person("Samira", Sector::Community, 2, r[6], None);
    let bas = b.person("Coach Bas", Sector::Community, 3, r[7], None);
    let joost = b.person(teacher, Sector::SchoolWork, 3, r[8], None);
    let ellen = b.person("Ellen", Sector::SchoolWork, 3, r[9], None);
    let karin = b.person("Karin", Sector::Professionals, 2, r[10], None);
    let omar = b.person("Omar", Sector::Professionals, 3, r[11], None);
    let debt = b.person(debt, Sector::Professionals, 4, r[12], None);
    let gp = b.person(gp, Sector::Professionals, 4, r[13], None);
    let therapist = b.person(therapist, Sector::Professionals, 4, r[14], None);
    for (id, safe_for) in [(ria, mila), (samira, mila)] {
        if let Some(mut p) = b.map.person(id).cloned() {
            p.child_safety.insert(safe_for, ChildSafety::SafeAdult);
            b.apply(Edit::UpdatePerson { person: p });
        }
    }
    b.tie(dennis, noah, Support, &[S::Practical], &[], "Linda");
    b.tie(dennis, noah, Support, &[S::Emotional], &[], "Noah");
    b.tie(dennis, linda, Risk, &[], &[R::PsychologicalAbuse], "Linda");
    b.tie(dennis, noah, Risk, &[], &[R::WitnessingViolence], "Linda");
    b.tie(dennis, mila, Risk, &[], &[R::WitnessingViolence], "Linda");
    b.tie(ria, mila, Support, &[S::Childcare], &[], "Linda");
    b.tie(ria, noah, Support, &[S::Childcare], &[], "Linda");
    b.tie(ria, linda, Support, &[S::Emotional], &[], "Linda");
    b.tie(henk, linda, Support, &[S::Money], &[], "Linda");
    // Opa Henk's tension with Linda is his condition (what plays a role), not an act.
    b.tie(henk, linda, Contact, &[], &[], "Linda");
    if let Some(mut p) = b.map.person(henk).cloned() {
        p.factors.insert(Factor::Tension);
        b.apply(Edit::UpdatePerson { person: p });
    }
    b.tie(samira, mila, Support, &[S::Practical, S::Childcare], &[], "Linda");
    b.tie(bas, noah, Support, &[S::Company, S::Advice], &[], "Noah");
    b.tie(joost, linda, Support, &[S::Advice], &[], "Linda");
    b.tie(ellen, linda, Support, &[S::Company], &[], "Linda");
    b.tie(karin, linda, Contact, &[], &[], "Karin");
    b.tie(omar, linda, Contact, &[], &[], "Omar");
    b.tie(debt, linda, Contact, &[], &[], "Linda");
    b.tie(gp, linda, Contact, &[], &[], "Linda");
    b.tie(therapist, noah, Contact, &[], &[], "Linda");
    debug_assert_eq!(b.failed, 0);
    b.map
}

/// The prepared meeting: the candidates of the scenario invited (Dennis separately), an
/// expert-by-experience, the purpose and the first worries in the family's words.
fn bakker_meeting(map: &FamilyMap, lang: Lang, date: &str) -> Meeting {
    let mut meeting = Meeting::new(map.next_meeting_id(), date);
    let nl = lang == Lang::Nl;
    meeting.purpose = if nl {
        "Samen afspreken wie Linda, Noah en Mila helpt, vooral bij de overdracht in het weekend."
    } else {
        "Agree together who helps Linda, Noah and Mila, above all at the weekend hand-overs."
    }
    .to_owned();
    meeting.chair = if nl { "Karin (lokaal team)" } else { "Karin (local team)" }.to_owned();
    meeting.place = if nl { "Buurthuis" } else { "Community centre" }.to_owned();
    let invited = ["Linda", "Noah", "Oma Ria", "Samira", "Coach Bas", "Karin", "Omar", "Dennis"];
    for person in map.persons().into_iter().filter(|p| invited.contains(&p.name.as_str())) {
        let id = meeting.next_participant_id();
        let mut participant = Participant::on_map(id, person.id, MeetingRole::likely_for(person));
        if person.name == "Dennis" {
            participant.invite = InviteMode::Separately;
        }
        meeting.participants.push(participant);
    }
    let expert = if nl { "Ervaringsdeskundige" } else { "Expert by experience" };
    let id = meeting.next_participant_id();
    meeting.participants.push(Participant::extra(id, expert, MeetingRole::ExpertByExperience));
    let worry = if nl {
        "Noah en Mila zien en horen ruzie en dreiging bij de overdracht."
    } else {
        "Noah and Mila see and hear arguments and threats at the hand-over."
    };
    meeting.worries.push(Worry { text: worry.to_owned(), ..Worry::default() });
    meeting.going_well.push(
        if nl {
            "Mila kan naar Oma Ria en Samira als ze bang is."
        } else {
            "Mila can go to Oma Ria and Samira when she is scared."
        }
        .into(),
    );
    meeting
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_says_it_is_one_in_both_languages() {
        for lang in Lang::ALL {
            let map = bakker(lang, "2026-12-20");
            assert_eq!(map.title(), example_title(lang));
            assert_eq!(map.person_count(), 15);
            assert_eq!(map.tie_count(), 19);
            assert_eq!(map.meetings().len(), 1);
            let meeting = &map.meetings()[0];
            assert_eq!(meeting.participants.len(), 9);
            assert!(!meeting.purpose.is_empty());
        }
        assert!(example_title(Lang::Nl).contains("Voorbeeld"));
        assert!(example_title(Lang::En).contains("Example"));
    }

    #[test]
    fn the_dutch_example_is_the_test_fixture() {
        let fixture = crate::model::from_json(include_str!("../../tests/fixtures/bakker.kring.json"));
        let built = bakker_map(Lang::Nl, "Familie Bakker");
        assert_eq!(fixture.map(|m| crate::model::to_json(&m)), Ok(crate::model::to_json(&built)));
    }

    #[test]
    fn mila_has_two_safe_adults() {
        let map = bakker(Lang::En, "2026-12-20");
        let mila = map.persons().into_iter().find(|p| p.name == "Mila").map(|p| p.id);
        let safe: Vec<&str> = map
            .persons()
            .into_iter()
            .filter(|p| mila.is_some_and(|m| p.child_safety.get(&m) == Some(&ChildSafety::SafeAdult)))
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(safe, ["Oma Ria", "Samira"]);
    }
}
