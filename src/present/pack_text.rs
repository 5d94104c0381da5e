//! A pack as plain text (the print preview's words, and what tests search), and as a map
//! holding only what the audience may see, for drawing the map page with the usual scene.

use crate::i18n::meeting::{
    age_text, audience_name, full_version_note, invitation_name, pack_text, role_name, section_title, shown, PackText,
};
use crate::i18n::review::{
    child_own_score, date_text, interpreter_text, invite_mode_name, kept_name, my_score_text, repeat_text, status_name,
    text as rt, trend_text, Text as RT,
};
use crate::i18n::{t, Key, Lang};
use crate::meeting::{
    replace_name, AgreementLine, HelperLine, InviteMode, PackView, ScaleLine, Section, Shown, StatementLine, TieLine,
};
use crate::model::{Edit, FamilyMap, Person, Sector, Tie};

impl PackView {
    /// Every word this version shows, in print order, as plain text.
    pub fn render_text(&self, lang: Lang) -> String {
        let mut out = Out { lang, text: String::new() };
        let h = &self.header;
        out.line(format!("{} — {}", h.map_title, audience_name(lang, self.audience)));
        if let Some(person) = &h.for_person {
            out.field(PackText::For, &shown(lang, person));
        }
        if h.full {
            out.line(full_version_note(lang).to_owned());
        }
        out.field(PackText::Date, &date_text(lang, &h.meeting_date));
        if let Some(previous) = &h.reviews {
            out.line(format!("{} {}", rt(lang, RT::ReviewOf), date_text(lang, previous)));
        }
        if let Some(place) = &h.place {
            out.field(PackText::Place, place);
        }
        if let Some(chair) = &h.chair {
            out.field(PackText::Chair, &shown(lang, chair));
        }
        if let Some(purpose) = &h.purpose {
            out.field(PackText::Purpose, purpose);
        }
        if let Some(review) = &h.review_date {
            out.field(PackText::ReviewDate, &date_text(lang, review));
        }
        if let Some(anchors) = &h.scale_anchors {
            out.field_text(rt(lang, RT::ScaleZero), &anchors.zero);
            out.field_text(rt(lang, RT::ScaleTen), &anchors.ten);
        }
        for section in &self.sections {
            out.line(String::new());
            out.line(format!("== {} ==", section_title(lang, section.kind())));
            if section.is_empty() {
                out.line(pack_text(lang, PackText::NothingYet).to_owned());
                continue;
            }
            self.render_section(&mut out, section);
        }
        out.line(String::new());
        out.line(pack_text(lang, PackText::Confidential).to_owned());
        out.text
    }

    /// Whether any language's text of this version contains `needle` (ignoring case).
    pub fn contains_text(&self, needle: &str) -> bool {
        let needle = needle.to_lowercase();
        Lang::ALL.into_iter().any(|lang| self.render_text(lang).to_lowercase().contains(&needle))
    }

    /// Replaces, in every free text of this version, each flagged name by how the version
    /// shows that person ("iemand uit ‘Gezin’"): the one-step fix for a name flag.
    pub fn replace_names(&mut self, lang: Lang) {
        let flags = std::mem::take(&mut self.name_flags);
        let fix = |text: &mut String| {
            for flag in &flags {
                *text = replace_name(text, &flag.name, &shown(lang, &flag.shown));
            }
        };
        if let Some(purpose) = &mut self.header.purpose {
            fix(purpose);
        }
        for section in &mut self.sections {
            match section {
                Section::Worries(lines) => lines.iter_mut().for_each(|w| fix(&mut w.text)),
                Section::GoingWell(lines) | Section::MyWords(lines) | Section::Notes(lines) => {
                    lines.iter_mut().for_each(fix)
                }
                Section::BottomLines(lines) => lines.iter_mut().for_each(|b| fix(&mut b.text)),
                Section::Agreements(lines) | Section::AgreementsAboutMe(lines) => {
                    for a in lines {
                        fix(&mut a.what);
                        if let Some(how) = &mut a.how_we_know {
                            fix(how);
                        }
                        if let Some(what) = a.outcome.as_mut().and_then(|o| o.what_happened.as_mut()) {
                            fix(what);
                        }
                    }
                }
                Section::DangerStatements(lines) | Section::SafetyGoals(lines) => {
                    lines.iter_mut().for_each(|l| fix(&mut l.text))
                }
                Section::Preparation(lines) => {
                    for p in lines {
                        p.why_apart.iter_mut().chain(p.notes.iter_mut()).for_each(fix);
                    }
                }
                Section::Scales(lines) | Section::MyScore(lines) => {
                    for l in lines {
                        l.why.iter_mut().chain(l.one_higher.iter_mut()).for_each(fix);
                    }
                }
                Section::RedFlags(lines) => {
                    for f in lines {
                        fix(&mut f.sign);
                        f.steps.iter_mut().for_each(|s| fix(&mut s.does));
                    }
                }
                Section::Monitoring(m) => fix(&mut m.if_not_kept),
                Section::ChildVoice(lines) => lines.iter_mut().for_each(|v| fix(&mut v.words)),
                Section::Participants(_)
                | Section::Persons(_)
                | Section::Ties(_)
                | Section::TiesWithRisks(_)
                | Section::WhoHelpsMe(_)
                | Section::WhoICanGoTo(_)
                | Section::WhoICanCall(_) => {}
            }
        }
    }

    /// A map with only the persons and ties this version shows, named as it names them, for
    /// drawing the map page with the scene and SVG code. Empty for the child version.
    pub fn to_map(&self, lang: Lang) -> FamilyMap {
        let mut map = FamilyMap::new(self.header.map_title.clone());
        for line in self.persons() {
            let mut person = Person::new(line.id, shown(lang, &line.label), line.sector, line.ring);
            person.kind = line.kind;
            person.angle = line.angle;
            person.household = line.household;
            person.child = line.child;
            person.deceased = line.deceased;
            person.avatar = line.avatar.clone().unwrap_or_default();
            person.role = line.role.clone().unwrap_or_default();
            person.age = line.age;
            person.note = line.note.clone().unwrap_or_default();
            person.factors = line.factors.iter().copied().collect();
            // Names come from the view and are never empty; a refused edit leaves the person out.
            let _ = map.apply(Edit::AddPerson { person });
        }
        for line in self.ties() {
            let mut tie = Tie::new(line.id, line.from, line.to, line.kind);
            tie.mutual = line.mutual;
            tie.strength = line.strength;
            tie.frequency = line.frequency;
            tie.support = line.support.iter().copied().collect();
            tie.risk = line.risk.iter().copied().collect();
            tie.according_to = line.according_to.clone().unwrap_or_default();
            tie.note = line.note.clone().unwrap_or_default();
            tie.situation = line.situation.clone().unwrap_or_default();
            tie.seriousness = line.seriousness;
            tie.last = line.last.clone();
            let _ = map.apply(Edit::AddTie { tie });
        }
        map
    }

    fn render_section(&self, out: &mut Out, section: &Section) {
        let lang = out.lang;
        let names = |list: &[Shown]| list.iter().map(|s| shown(lang, s)).collect::<Vec<_>>().join(", ");
        match section {
            Section::Participants(lines) => {
                for p in lines {
                    let mut text = format!(
                        "- {} · {} · {}",
                        shown(lang, &p.label),
                        role_name(lang, p.role),
                        invitation_name(lang, p.invitation)
                    );
                    if let Some(phone) = &p.phone {
                        text += &format!(" · {}: {phone}", pack_text(lang, PackText::Phone));
                    }
                    if let Some(email) = &p.email {
                        text += &format!(" · {}: {email}", pack_text(lang, PackText::Email));
                    }
                    if p.invite != InviteMode::Together {
                        text += &format!(" · {}", invite_mode_name(lang, p.invite));
                    }
                    if let Some(language) = &p.interpreter {
                        text += &format!(" · {}", interpreter_text(lang, language));
                    }
                    out.line(text);
                    if let Some(c) = &p.consent {
                        let yes_no = |b: bool| t(lang, if b { Key::Yes } else { Key::No });
                        let mut text = format!(
                            "  {}: {} · {}: {}",
                            pack_text(lang, PackText::MayAppear),
                            yes_no(c.may_appear_on_shared_map),
                            pack_text(lang, PackText::MayReceivePlan),
                            yes_no(c.may_receive_plan)
                        );
                        if !c.given_by.is_empty() {
                            text +=
                                &format!(" · {}: {}", pack_text(lang, PackText::ConsentGivenBy), c.given_by.join(", "));
                        }
                        if !c.date.is_empty() {
                            text +=
                                &format!(" · {}: {}", pack_text(lang, PackText::ConsentDate), date_text(lang, &c.date));
                        }
                        if c.may_appear_on_shared_map || c.may_receive_plan {
                            let state =
                                if c.complete { PackText::ConsentComplete } else { PackText::ConsentIncomplete };
                            text += &format!(" · {}", pack_text(lang, state));
                        }
                        out.line(text);
                    }
                }
            }
            Section::Persons(lines) => {
                for p in lines {
                    let sector = if p.household { Sector::Household } else { p.sector };
                    let mut text = format!("- {} · {}", shown(lang, &p.label), t(lang, Key::Sector(sector)));
                    if !p.household && sector != Sector::Household {
                        text += &format!(" · {}", t(lang, Key::Ring(p.ring)));
                    }
                    if let Some(role) = &p.role {
                        text += &format!(" · {}: {role}", pack_text(lang, PackText::Role));
                    }
                    if let Some(age) = p.age {
                        text += &format!(" · {}: {}", pack_text(lang, PackText::Age), age_text(lang, age));
                    }
                    if p.deceased {
                        text += &format!(" · {}", pack_text(lang, PackText::Deceased));
                    }
                    if !p.factors.is_empty() {
                        let professional = crate::model::Reader::is_professional(p.sector, p.household);
                        text += &format!(" · {}", crate::i18n::factors::factors_phrase(lang, &p.factors, professional));
                    }
                    if let Some(note) = &p.note {
                        text += &format!(" · {}: {note}", pack_text(lang, PackText::Note));
                    }
                    out.line(text);
                }
            }
            Section::Ties(lines) | Section::TiesWithRisks(lines) => {
                for tie in lines {
                    out.line(tie_text(lang, tie));
                }
            }
            Section::Worries(lines) => {
                for w in lines {
                    out.line(format!("- {}", w.text));
                    if !w.shared_by.is_empty() {
                        out.line(format!("  {}: {}", pack_text(lang, PackText::SharedBy), names(&w.shared_by)));
                    }
                    if !w.not_shared_by.is_empty() {
                        out.line(format!("  {}: {}", pack_text(lang, PackText::NotSharedBy), names(&w.not_shared_by)));
                    }
                }
            }
            Section::GoingWell(lines) | Section::MyWords(lines) | Section::Notes(lines) => {
                for text in lines {
                    out.line(format!("- {text}"));
                }
            }
            Section::BottomLines(lines) => {
                for b in lines {
                    out.line(format!(
                        "- {} ({}: {})",
                        b.text,
                        pack_text(lang, PackText::SetBy),
                        shown(lang, &b.set_by)
                    ));
                }
            }
            Section::Agreements(lines) | Section::AgreementsAboutMe(lines) => {
                for a in lines {
                    self.agreement_text(out, a);
                }
            }
            Section::RedFlags(lines) => {
                for flag in lines {
                    out.line(format!("- {}", flag.sign));
                    for step in &flag.steps {
                        let mut text = format!("  {}: {}", shown(lang, &step.who), step.does);
                        if let Some(calls) = &step.calls {
                            text += &format!(" · {}: {}", pack_text(lang, PackText::Calls), shown(lang, calls));
                        }
                        out.line(text);
                    }
                }
            }
            Section::Scales(lines) => {
                for s in lines {
                    scale_text(out, s);
                }
            }
            Section::MyScore(lines) => {
                for s in lines {
                    out.line(format!("- {}", my_score_text(lang, s)));
                }
            }
            Section::DangerStatements(lines) | Section::SafetyGoals(lines) => {
                for l in lines {
                    statement_text(out, l);
                }
            }
            Section::Preparation(lines) => {
                for p in lines {
                    out.line(format!("- {} · {}", shown(lang, &p.participant), invite_mode_name(lang, p.invite)));
                    if let Some(language) = &p.interpreter {
                        out.line(format!("  {}", interpreter_text(lang, language)));
                    }
                    if let Some(why) = &p.why_apart {
                        out.line(format!("  {}: {why}", rt(lang, RT::WhyApart)));
                    }
                    if let Some(notes) = &p.notes {
                        out.line(format!("  {}: {notes}", rt(lang, RT::PrepNotes)));
                    }
                }
            }
            Section::WhoICanCall(lines) => {
                for c in lines {
                    match &c.phone {
                        Some(phone) => out.line(format!("- {}: {phone}", shown(lang, &c.label))),
                        None => out.line(format!("- {}", shown(lang, &c.label))),
                    }
                }
            }
            Section::Monitoring(m) => {
                if let Some(keeper) = &m.keeper {
                    out.field(PackText::Keeper, &shown(lang, keeper));
                }
                out.field(PackText::ReviewDate, &date_text(lang, &m.review_date));
                out.field(PackText::IfNotKept, &m.if_not_kept);
            }
            Section::ChildVoice(lines) => {
                for v in lines {
                    out.line(format!("- {}: “{}”", shown(lang, &v.child), v.words));
                }
            }
            Section::WhoHelpsMe(lines) | Section::WhoICanGoTo(lines) => {
                for h in lines {
                    out.line(helper_text(lang, h));
                }
            }
        }
    }

    fn agreement_text(&self, out: &mut Out, a: &AgreementLine) {
        let lang = out.lang;
        let names = |list: &[Shown]| list.iter().map(|s| shown(lang, s)).collect::<Vec<_>>().join(", ");
        out.line(format!("- {}: {}", owners_text(lang, a), a.what));
        if !a.for_whom.is_empty() {
            out.line(format!("  {}: {}", pack_text(lang, PackText::ForWhom), names(&a.for_whom)));
        }
        let dates = agreement_dates(lang, a);
        if !dates.is_empty() {
            out.line(format!("  {dates}"));
        }
        if let Some(o) = &a.outcome {
            let mut text = format!("  {}: {}", rt(lang, RT::Outcome), kept_name(lang, o.result));
            if let Some(what) = &o.what_happened {
                text += &format!(". {what}");
            }
            if let Some(by) = &o.recorded_by {
                text += &format!(" ({}: {})", rt(lang, RT::RecordedBy), shown(lang, by));
            }
            out.line(text);
        }
        if let Some(how) = &a.how_we_know {
            out.line(format!("  {}: {how}", pack_text(lang, PackText::HowWeKnow)));
        }
        for id in &a.ties {
            if let Some(tie) = self.ties().iter().find(|t| t.id == *id) {
                let arrow = if tie.mutual { "↔" } else { "→" };
                out.line(format!(
                    "  {}: {} {arrow} {}",
                    pack_text(lang, PackText::LinkedTies),
                    shown(lang, &tie.from_label),
                    shown(lang, &tie.to_label)
                ));
            }
        }
        if let Some(s) = &a.strengthens {
            let mut text = format!(
                "  {}: {} → {}",
                pack_text(lang, PackText::AddsSupportTie),
                shown(lang, &s.from),
                shown(lang, &s.to)
            );
            if !s.support.is_empty() {
                let kinds: Vec<&str> = s.support.iter().map(|k| t(lang, Key::SupportTypeName(*k))).collect();
                text += &format!(" ({})", kinds.join(", "));
            }
            out.line(text);
        }
    }
}

struct Out {
    lang: Lang,
    text: String,
}

impl Out {
    fn line(&mut self, line: String) {
        self.text.push_str(&line);
        self.text.push('\n');
    }

    fn field(&mut self, name: PackText, value: &str) {
        self.field_text(pack_text(self.lang, name), value);
    }

    fn field_text(&mut self, name: &str, value: &str) {
        if !value.trim().is_empty() {
            self.line(format!("{name}: {value}"));
        }
    }
}

/// "Oma Ria en Opa Henk (Humanitas)": everyone who does an agreement.
pub fn owners_text(lang: Lang, a: &AgreementLine) -> String {
    let mut names: Vec<String> = std::iter::once(&a.who).chain(a.also.iter()).map(|s| shown(lang, s)).collect();
    names.dedup();
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    let mut text = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        _ => names.join(""),
    };
    if let Some(org) = &a.organisation {
        text += &format!(" ({org})");
    }
    text
}

/// "Vanaf: 12 maart 2026 · Uiterlijk: 1 juni 2026 · elke vrijdag · Loopt".
pub fn agreement_dates(lang: Lang, a: &AgreementLine) -> String {
    let mut dates = Vec::new();
    if !a.from.is_empty() {
        dates.push(format!("{}: {}", pack_text(lang, PackText::From), date_text(lang, &a.from)));
    }
    if !a.by.is_empty() {
        dates.push(format!("{}: {}", pack_text(lang, PackText::By), date_text(lang, &a.by)));
    }
    if let Some(repeat) = a.repeat {
        dates.push(repeat_text(lang, repeat, &a.from));
    }
    if a.status != crate::model::AgreementStatus::Agreed {
        dates.push(format!("{}: {}", rt(lang, RT::Status), status_name(lang, a.status)));
    }
    dates.join(" · ")
}

fn scale_text(out: &mut Out, s: &ScaleLine) {
    let lang = out.lang;
    let mut text = format!("- {}: {}/10 ({})", shown(lang, &s.participant), s.score, date_text(lang, &s.date));
    if s.child {
        text += &format!(" · {}", child_own_score(lang));
    }
    out.line(text);
    if s.trend.len() > 1 {
        out.line(format!("  {}: {}", rt(lang, RT::Trend), trend_text(lang, &s.trend, s.direction)));
    }
    if let Some(why) = &s.why {
        out.line(format!("  {}: {why}", rt(lang, RT::Why)));
    }
    if let Some(up) = &s.one_higher {
        out.line(format!("  {}: {up}", rt(lang, RT::OneHigher)));
    }
}

fn statement_text(out: &mut Out, l: &StatementLine) {
    let lang = out.lang;
    out.line(format!("- {}", l.text));
    if let Some(how_long) = &l.how_long {
        out.line(format!("  {}: {how_long}", rt(lang, RT::HowLong)));
    }
    if !l.agreed_by.is_empty() {
        let names: Vec<String> = l.agreed_by.iter().map(|s| shown(lang, s)).collect();
        out.line(format!("  {}: {}", rt(lang, RT::AgreedBy), names.join(", ")));
    }
}

fn tie_text(lang: Lang, tie: &TieLine) -> String {
    let arrow = if tie.mutual { "↔" } else { "→" };
    let mut kinds: Vec<&str> = vec![t(lang, Key::TieKindName(tie.kind))];
    kinds.extend(tie.support.iter().map(|s| t(lang, Key::SupportTypeName(*s))));
    kinds.extend(tie.risk.iter().map(|r| t(lang, Key::RiskTypeName(*r))));
    let mut text =
        format!("- {} {arrow} {}: {}", shown(lang, &tie.from_label), shown(lang, &tie.to_label), kinds.join(", "));
    if tie.kind == crate::model::TieKind::Risk {
        // What the practice asks of a risk tie; never a strength ("normal violence").
        let details = crate::i18n::factors::risk_details(
            lang,
            tie.seriousness,
            tie.frequency,
            tie.situation.as_deref(),
            tie.last.as_deref(),
        );
        if !details.is_empty() {
            text += &format!(" · {details}");
        }
    } else {
        text += &format!(" · {}", t(lang, Key::StrengthName(tie.strength)).to_lowercase());
        if let Some(f) = tie.frequency {
            text += &format!(" · {}", t(lang, Key::FrequencyName(f)).to_lowercase());
        }
    }
    if let Some(who) = &tie.according_to {
        text += &format!(" · {}: {who}", pack_text(lang, PackText::AccordingTo));
    }
    if let Some(note) = &tie.note {
        text += &format!(" · {}: {note}", pack_text(lang, PackText::Note));
    }
    text
}

fn helper_text(lang: Lang, helper: &HelperLine) -> String {
    if helper.support.is_empty() {
        format!("- {}", shown(lang, &helper.label))
    } else {
        let kinds: Vec<&str> = helper.support.iter().map(|s| t(lang, Key::SupportTypeName(*s))).collect();
        format!("- {}: {}", shown(lang, &helper.label), kinds.join(", "))
    }
}
