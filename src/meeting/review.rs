//! Holding on: the review meeting (evaluatieberaad) started from the previous
//! one, how each agreement went, each person's safety score over the meetings, and the
//! meetings of a map as a history. Pure: typed values, never words.

use crate::model::{Agreement, FamilyMap, Kept, Meeting, MeetingId, Monitoring, ParticipantId, PersonId};
use serde::Serialize;
use std::collections::HashSet;

/// A new meeting that reviews `previous`: the same people, worries, danger statements,
/// safety goals, bottom lines, agreements, red flags, scale anchors and plan notes, so the
/// review starts from the plan instead of from nothing.
///
/// - participants keep their ids (so scores line up over time) and their consent, and
///   are invited again (their invitation status starts over);
/// - every agreement is copied without an outcome: the outcome is recorded in the review;
/// - scores are not copied: everyone is asked again, and the previous score is shown
///   beside the new one as the trend (see [`scale_trends`]);
/// - the children's words and the preparation notes belong to that meeting and stay there;
/// - the keeper and "if not kept" stay, the review date is asked again.
pub fn start_review(previous: &Meeting, id: MeetingId, date: impl Into<String>) -> Meeting {
    let mut m = Meeting::new(id, date);
    m.follows = Some(previous.id);
    m.place = previous.place.clone();
    m.chair = previous.chair.clone();
    m.participants = previous.participants.clone();
    for p in &mut m.participants {
        p.invitation = crate::model::Invitation::Invited;
    }
    m.worries = previous.worries.clone();
    m.going_well = previous.going_well.clone();
    m.danger_statements = previous.danger_statements.clone();
    m.safety_goals = previous.safety_goals.clone();
    m.bottom_lines = previous.bottom_lines.clone();
    m.agreements = previous.agreements.iter().map(carry_over).collect();
    m.red_flags = previous.red_flags.clone();
    m.scale_anchors = previous.scale_anchors.clone();
    m.notes = previous.notes.clone();
    m.share_risks_with_network = previous.share_risks_with_network;
    // The cycle's calendar events stay the same events.
    m.calendar_key = previous.calendar_key.clone();
    m.monitoring = Monitoring {
        keeper: previous.monitoring.keeper,
        review_date: String::new(),
        if_not_kept: previous.monitoring.if_not_kept.clone(),
        readers: previous.monitoring.readers.clone(),
    };
    m
}

fn carry_over(agreement: &Agreement) -> Agreement {
    Agreement { outcome: None, ..agreement.clone() }
}

/// The meetings that led to `current`, oldest first, ending with `current` itself: each
/// review points at the meeting it reviews. A broken or circular chain stops where it breaks.
pub fn chain<'a>(meetings: &'a [Meeting], current: &'a Meeting) -> Vec<&'a Meeting> {
    let mut out = vec![current];
    let mut seen: HashSet<MeetingId> = HashSet::from([current.id]);
    let mut at = current;
    while let Some(previous) = at.follows.and_then(|id| meetings.iter().find(|m| m.id == id)) {
        if !seen.insert(previous.id) {
            break;
        }
        out.push(previous);
        at = previous;
    }
    out.reverse();
    out
}

/// Which way a score went since the meeting before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Only one score so far.
    First,
    Up,
    Same,
    Down,
}

/// One score in a trend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TrendPoint {
    pub meeting: MeetingId,
    /// The date of the score (or of its meeting).
    pub date: String,
    pub score: u8,
}

/// One participant's safety score over the meetings, oldest first (the last point is in
/// the current meeting, when they gave one there).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScaleTrend {
    pub participant: ParticipantId,
    pub person: Option<PersonId>,
    pub points: Vec<TrendPoint>,
    pub direction: Direction,
    /// The person is a child or young person on the map: their own score, shown beside the adults'.
    pub child: bool,
}

impl ScaleTrend {
    pub fn latest(&self) -> Option<&TrendPoint> {
        self.points.last()
    }

    pub fn previous(&self) -> Option<&TrendPoint> {
        self.points.len().checked_sub(2).and_then(|i| self.points.get(i))
    }
}

/// Every participant of `current` with a score in this meeting or an earlier one of its
/// chain. A participant is the same person across meetings when they are the same person
/// on the map, or else when they have the same participant id and name (copied by
/// [`start_review`]).
pub fn scale_trends(map: &FamilyMap, meetings: &[Meeting], current: &Meeting) -> Vec<ScaleTrend> {
    let chain = chain(meetings, current);
    let mut out = Vec::new();
    for participant in &current.participants {
        let mut points = Vec::new();
        for meeting in &chain {
            let same = meeting.participants.iter().find(|p| match (participant.person, p.person) {
                (Some(a), Some(b)) => a == b,
                (None, None) => p.id == participant.id && p.name.trim() == participant.name.trim(),
                _ => false,
            });
            let Some(same) = same else { continue };
            let score = meeting.scales.iter().rev().find(|s| s.participant == same.id && s.in_range());
            if let Some(score) = score {
                let date = if score.date.trim().is_empty() { meeting.date.clone() } else { score.date.clone() };
                points.push(TrendPoint { meeting: meeting.id, date, score: score.score });
            }
        }
        if points.is_empty() {
            continue;
        }
        let direction = match points.len() {
            0 | 1 => Direction::First,
            n => match points[n - 1].score.cmp(&points[n - 2].score) {
                std::cmp::Ordering::Greater => Direction::Up,
                std::cmp::Ordering::Equal => Direction::Same,
                std::cmp::Ordering::Less => Direction::Down,
            },
        };
        let child = participant.person.and_then(|id| map.person(id)).is_some_and(|p| {
            p.child || p.age.and_then(|a| super::age_in_years(a, year_of_date(&current.date))).is_some_and(|y| y < 18)
        });
        out.push(ScaleTrend { participant: participant.id, person: participant.person, points, direction, child });
    }
    out
}

fn year_of_date(date: &str) -> u16 {
    super::year_of(date).unwrap_or(2026)
}

/// How the agreements of a review went: counted per outcome, and those without one yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OutcomeCount {
    pub done: usize,
    pub partly: usize,
    pub not_done: usize,
    /// No outcome recorded yet.
    pub open: usize,
}

impl OutcomeCount {
    pub fn of(meeting: &Meeting) -> OutcomeCount {
        let mut count = OutcomeCount::default();
        for a in &meeting.agreements {
            match a.outcome.as_ref().map(|o| o.result) {
                Some(Kept::Done) => count.done += 1,
                Some(Kept::Partly) => count.partly += 1,
                Some(Kept::NotDone) => count.not_done += 1,
                None => count.open += 1,
            }
        }
        count
    }

    pub fn recorded(&self) -> usize {
        self.done + self.partly + self.not_done
    }
}

/// One meeting in the history of a map.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HistoryLine {
    pub id: MeetingId,
    pub date: String,
    /// The meeting this one reviews, with its date.
    pub follows: Option<(MeetingId, String)>,
    pub agreements: usize,
    /// For a review: how the agreements it carried over went.
    pub outcomes: Option<OutcomeCount>,
    /// The average safety score in tenths (45 is 4.5), when anyone gave one.
    pub average_tenths: Option<u16>,
    pub review_date: String,
}

/// The meetings of a map as a history, oldest first.
pub fn history(meetings: &[Meeting]) -> Vec<HistoryLine> {
    let mut sorted: Vec<&Meeting> = meetings.iter().collect();
    sorted.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    sorted
        .into_iter()
        .map(|m| {
            let follows = m.follows.and_then(|id| meetings.iter().find(|p| p.id == id)).map(|p| (p.id, p.date.clone()));
            let scores: Vec<u16> = m.scales.iter().filter(|s| s.in_range()).map(|s| u16::from(s.score)).collect();
            let average_tenths = u16::try_from(scores.len())
                .ok()
                .filter(|n| *n > 0)
                .map(|n| (scores.iter().sum::<u16>() * 10 + n / 2) / n);
            HistoryLine {
                id: m.id,
                date: m.date.clone(),
                outcomes: follows.as_ref().map(|_| OutcomeCount::of(m)),
                follows,
                agreements: m.agreements.len(),
                average_tenths,
                review_date: m.monitoring.review_date.clone(),
            }
        })
        .collect()
}

/// A date in the plan that has passed without being dealt with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Overdue {
    /// The review date has passed.
    Review(String),
    /// An agreement's "by" date has passed and it has no outcome and is not stopped.
    Agreement { index: usize, by: String },
}

/// What is overdue in `meeting` on `today` (YYYY-MM-DD), for the banner. The review date
/// counts only while no review meeting follows this one.
pub fn overdue(meetings: &[Meeting], meeting: &Meeting, today: &str) -> Vec<Overdue> {
    let passed = |date: &str| super::is_date(date) && date < today;
    let mut out = Vec::new();
    let review = meeting.monitoring.review_date.trim();
    let reviewed = meetings.iter().any(|m| m.follows == Some(meeting.id));
    if passed(review) && !reviewed {
        out.push(Overdue::Review(review.to_owned()));
    }
    for (index, a) in meeting.agreements.iter().enumerate() {
        let by = a.by.trim();
        if passed(by) && a.outcome.is_none() && a.status != crate::model::AgreementStatus::Stopped {
            out.push(Overdue::Agreement { index, by: by.to_owned() });
        }
    }
    out
}
