//! "Over time": snapshots of the map with a timeline strip, comparing two moments,
//! everyone's perspective, and merging a map made on another device. The core does the work
//! (`crate::timeline`); this panel only shows it and dispatches edits, so everything here
//! is undoable and saved with the map.

mod compare;
mod drawing;
pub(crate) mod lens;
mod merge;
mod perspectives;
mod snapshots;

use crate::i18n::timeline::{text, Text};
use crate::model::FamilyMap;
use crate::timeline::Snapshot;
use crate::ui::state::use_app;
use compare::CompareSection;
use merge::MergeSection;
use perspectives::PerspectivesSection;
use snapshots::SnapshotsSection;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelinePanelProps {}

/// One side of a comparison: a snapshot, or the map as it is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    Snapshot(u32),
    Now,
}

impl Moment {
    /// The value of this moment in a `<select>`.
    fn value(self) -> String {
        match self {
            Moment::Snapshot(id) => format!("s{id}"),
            Moment::Now => "now".to_owned(),
        }
    }

    fn parse(value: &str) -> Option<Moment> {
        if value == "now" {
            return Some(Moment::Now);
        }
        value.strip_prefix('s')?.parse().ok().map(Moment::Snapshot)
    }

    /// The map at this moment: a copy of the snapshot, or of the map's persons and ties now.
    fn map_in(self, map: &FamilyMap) -> Option<FamilyMap> {
        match self {
            Moment::Snapshot(id) => map.snapshots().iter().find(|s| s.id == id).map(|s| s.map.clone()),
            Moment::Now => Some(map.without_extras()),
        }
    }
}

/// The snapshots in the order of their day (and of saving, within a day).
fn by_date(map: &FamilyMap) -> Vec<&Snapshot> {
    let mut all: Vec<&Snapshot> = map.snapshots().iter().collect();
    crate::model::order::sort_by(&mut all, |a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    all
}

#[component]
pub fn TimelinePanel(_props: &TimelinePanelProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let open = use_state(|| false);
    // The snapshot shown read-only, and the two moments being compared.
    let shown = use_state(|| None::<u32>);
    let comparing = use_state(|| None::<(Moment, Moment)>);
    // Another map opened: its snapshots are other ones.
    {
        let (shown, comparing) = (shown.clone(), comparing.clone());
        use_effect_with(state.map_id.clone(), move |_| {
            shown.set(None);
            comparing.set(None);
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <section class="panel timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">
                <button class="section-toggle" aria-expanded={open.to_string()}
                    aria-controls={open.then_some("timeline-body")} onclick={toggle}>
                    { text(lang, Text::OverTime) }</button>
            </h2>
            if *open {
                <div id="timeline-body">
                    <p class="hint">{ text(lang, Text::OverTimeHelp) }</p>
                    <SnapshotsSection
                        shown={shown.clone()} comparing={comparing.clone()} />
                    <CompareSection comparing={comparing.clone()} />
                    <PerspectivesSection />
                    <MergeSection />
                </div>
            }
        </section>
    }
}
