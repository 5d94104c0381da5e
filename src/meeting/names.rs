//! Names in free text: a worry, an agreement or a red flag can name someone the version
//! shows only as "someone from Household". The pack's tables hide them; the text would
//! give them away. Finding them is here (typed flags); the replacement words come from the
//! words layer (`present`), which calls [`replace_name`].

use super::pack::{NameFlag, PackView, Section, SectionKind};

/// Every free text of a version, with the section it is in.
pub fn free_texts(view: &PackView) -> Vec<(SectionKind, &str)> {
    let mut out: Vec<(SectionKind, &str)> = Vec::new();
    if let Some(purpose) = &view.header.purpose {
        out.push((SectionKind::Participants, purpose));
    }
    for section in &view.sections {
        let kind = section.kind();
        match section {
            Section::Worries(lines) => out.extend(lines.iter().map(|w| (kind, w.text.as_str()))),
            Section::GoingWell(lines) | Section::MyWords(lines) | Section::Notes(lines) => {
                out.extend(lines.iter().map(|t| (kind, t.as_str())))
            }
            Section::BottomLines(lines) => out.extend(lines.iter().map(|b| (kind, b.text.as_str()))),
            Section::Agreements(lines) | Section::AgreementsAboutMe(lines) => {
                for a in lines {
                    out.push((kind, a.what.as_str()));
                    if let Some(how) = &a.how_we_know {
                        out.push((kind, how.as_str()));
                    }
                    if let Some(what) = a.outcome.as_ref().and_then(|o| o.what_happened.as_ref()) {
                        out.push((kind, what.as_str()));
                    }
                }
            }
            Section::DangerStatements(lines) | Section::SafetyGoals(lines) => {
                out.extend(lines.iter().map(|l| (kind, l.text.as_str())))
            }
            Section::Preparation(lines) => {
                for p in lines {
                    out.extend(p.why_apart.iter().chain(p.notes.iter()).map(|t| (kind, t.as_str())));
                }
            }
            Section::Scales(lines) | Section::MyScore(lines) => {
                for l in lines {
                    out.extend(l.why.iter().chain(l.one_higher.iter()).map(|t| (kind, t.as_str())));
                }
            }
            Section::RedFlags(lines) => {
                for f in lines {
                    out.push((kind, f.sign.as_str()));
                    out.extend(f.steps.iter().map(|s| (kind, s.does.as_str())));
                }
            }
            Section::Monitoring(m) => out.push((kind, m.if_not_kept.as_str())),
            Section::ChildVoice(lines) => out.extend(lines.iter().map(|v| (kind, v.words.as_str()))),
            Section::Participants(_)
            | Section::Persons(_)
            | Section::Ties(_)
            | Section::TiesWithRisks(_)
            | Section::WhoHelpsMe(_)
            | Section::WhoICanGoTo(_)
            | Section::WhoICanCall(_) => {}
        }
    }
    out
}

/// The flags for `hidden`: persons (id, name, how the version shows them) it does not show
/// by name. One flag per person and section where the name occurs.
pub(super) fn flags_for(view: &PackView, hidden: &[NameFlag]) -> Vec<NameFlag> {
    let texts = free_texts(view);
    let mut out: Vec<NameFlag> = Vec::new();
    for flag in hidden {
        for (section, text) in &texts {
            let already = out.iter().any(|f| f.person == flag.person && f.section == *section);
            if !already && !word_positions(text, &flag.name).is_empty() {
                out.push(NameFlag { section: *section, ..flag.clone() });
            }
        }
    }
    out
}

/// Where `name` occurs in `text` as a whole word (ignoring case): byte ranges.
pub fn word_positions(text: &str, name: &str) -> Vec<(usize, usize)> {
    let name = name.trim();
    if name.is_empty() {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    let needle = name.to_lowercase();
    // Lower-casing can change lengths outside ASCII; then fall back to exact matching.
    let (hay, needle) = if lower.len() == text.len() && needle.len() == name.len() {
        (lower.as_str(), needle)
    } else {
        (text, name.to_owned())
    };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = hay[from..].find(&needle) {
        let start = from + at;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = hay[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            out.push((start, end));
        }
        from = end;
    }
    out
}

/// `text` with every whole-word `name` replaced by `with`.
pub fn replace_name(text: &str, name: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end) in word_positions(text, name) {
        out.push_str(&text[last..start]);
        out.push_str(with);
        last = end;
    }
    out.push_str(&text[last..]);
    out
}
