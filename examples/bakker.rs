//! Prints the fictional Bakker family (shared/data/scenario-familie-bakker.md) as a Kring
//! file: `cargo run --example bakker > tests/fixtures/bakker.kring.json`. Used as a demo
//! map and by the end-to-end tests.

use kring::model::*;
use std::collections::BTreeSet;

struct Builder {
    map: FamilyMap,
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
        if let Err(err) = self.map.apply(edit) {
            eprintln!("demo map edit failed: {err}");
            std::process::exit(1);
        }
    }
}

fn main() {
    use RiskType as R;
    use SupportType as S;
    use TieKind::{Contact, Risk, Support};
    let mut b = Builder { map: FamilyMap::new("Familie Bakker") };
    let linda = b.person("Linda", Sector::Household, 1, "moeder", Some(34));
    let noah = b.person("Noah", Sector::Household, 1, "zoon", Some(12));
    let mila = b.person("Mila", Sector::Household, 1, "dochter", Some(7));
    let dennis = b.person("Dennis", Sector::Family, 2, "vader", Some(36));
    let ria = b.person("Oma Ria", Sector::Family, 1, "oma (moeder van Linda)", None);
    let henk = b.person("Opa Henk", Sector::Family, 3, "opa (vader van Dennis)", None);
    let samira = b.person("Samira", Sector::Community, 2, "buurvrouw", None);
    let bas = b.person("Coach Bas", Sector::Community, 3, "voetbaltrainer", None);
    let joost = b.person("Meester Joost", Sector::SchoolWork, 3, "leraar van Mila", None);
    let ellen = b.person("Ellen", Sector::SchoolWork, 3, "collega van Linda", None);
    let karin = b.person("Karin", Sector::Professionals, 2, "lokaal team", None);
    let omar = b.person("Omar", Sector::Professionals, 3, "Veilig Thuis", None);
    let debt = b.person("Schuldhulp", Sector::Professionals, 4, "schuldhulpverlener", None);
    let gp = b.person("Huisarts", Sector::Professionals, 4, "huisarts", None);
    let therapist = b.person("Therapeut Noah", Sector::Professionals, 4, "jeugd-ggz", None);
    for (id, safe_for) in [(ria, mila), (samira, mila)] {
        if let Some(mut p) = b.map.person(id).cloned() {
            p.child_safety.insert(safe_for, ChildSafety::SafeAdult);
            b.apply(Edit::UpdatePerson { person: p });
        }
    }
    // What plays a role: for the family what they live with, for a professional what
    // they are there for. Opa Henk's tension with Linda is his condition, not an act.
    for (id, factors) in [
        (linda, &[Factor::Debts, Factor::WorkStress, Factor::Separation][..]),
        (henk, &[Factor::Tension][..]),
        (debt, &[Factor::Debts][..]),
        (therapist, &[Factor::MentalHealth][..]),
    ] {
        if let Some(mut p) = b.map.person(id).cloned() {
            p.factors.extend(factors.iter().copied());
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
    b.tie(henk, linda, Contact, &[], &[], "Linda");
    b.tie(samira, mila, Support, &[S::Practical, S::Childcare], &[], "Linda");
    b.tie(bas, noah, Support, &[S::Company, S::Advice], &[], "Noah");
    b.tie(joost, linda, Support, &[S::Advice], &[], "Linda");
    b.tie(ellen, linda, Support, &[S::Company], &[], "Linda");
    b.tie(karin, linda, Contact, &[], &[], "Karin");
    b.tie(omar, linda, Contact, &[], &[], "Omar");
    b.tie(debt, linda, Contact, &[], &[], "Linda");
    b.tie(gp, linda, Contact, &[], &[], "Linda");
    b.tie(therapist, noah, Contact, &[], &[], "Linda");
    print!("{}", to_json(&b.map));
}
