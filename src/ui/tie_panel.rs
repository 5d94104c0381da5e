//! The side panel for one tie: what kind it is (support, risk, contact), which types, how
//! strong, how often, according to whom, its direction; and removing it.

use super::dom;
use super::state::{use_actions, use_app, Action};
use crate::i18n::factors;
use crate::i18n::{t, tie_description, Key};
use crate::model::{
    is_iso_date, Edit, Frequency, MergeKey, RiskType, Seriousness, Strength, SupportType, Tie, TieId, TieKind,
    TieTextField,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TiePanelProps {
    pub id: TieId,
}

/// One change to a copy of the tie, from a field's event.
type ChangeTie = Box<dyn Fn(&mut Tie, &Event)>;

#[component]
pub fn TiePanel(props: &TiePanelProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let Some(map) = state.map() else { return html! {} };
    let Some(tie) = map.tie(props.id).cloned() else { return html! {} };
    let name = |id| map.person(id).map(|p| p.name.clone()).unwrap_or_default();
    let (from, to) = (name(tie.from), name(tie.to));
    let on_readers = {
        let on_action = on_action.clone();
        let tie = tie.clone();
        Callback::from(move |readers| {
            on_action.emit(Action::Apply(Edit::UpdateTie { tie: Tie { readers, ..tie.clone() } }));
        })
    };
    let readers = super::readers_field::readers_field(lang, "tie", &tie.readers, &map, &[tie.to, tie.from], on_readers);

    let apply = |change: ChangeTie| {
        let on_action = on_action.clone();
        let tie = tie.clone();
        Callback::from(move |event: Event| {
            let mut changed = tie.clone();
            change(&mut changed, &event);
            if changed != tie {
                on_action.emit(Action::Apply(Edit::UpdateTie { tie: changed }));
            }
        })
    };
    let on_kind = apply(Box::new(|tie, e| {
        tie.kind = match dom::event_value(e).as_str() {
            "support" => TieKind::Support,
            "risk" => TieKind::Risk,
            _ => TieKind::Contact,
        }
    }));
    let on_strength = apply(Box::new(|tie, e| {
        tie.strength = match dom::event_value(e).as_str() {
            "strong" => Strength::Strong,
            "weak" => Strength::Weak,
            _ => Strength::Normal,
        }
    }));
    let on_frequency = apply(Box::new(|tie, e| {
        tie.frequency = match dom::event_value(e).as_str() {
            "daily" => Some(Frequency::Daily),
            "weekly" => Some(Frequency::Weekly),
            "monthly" => Some(Frequency::Monthly),
            "rarely" => Some(Frequency::Rarely),
            _ => None,
        }
    }));
    let on_seriousness = apply(Box::new(|tie, e| {
        let value = dom::event_value(e);
        tie.seriousness = Seriousness::ALL.into_iter().find(|s| seriousness_value(*s) == value);
    }));
    let on_last = apply(Box::new(|tie, e| {
        // A date field gives `YYYY-MM-DD` or nothing; anything else is left as it was.
        let value = dom::event_value(e);
        if value.is_empty() {
            tie.last = None;
        } else if is_iso_date(&value) {
            tie.last = Some(value);
        }
    }));
    let on_mutual = apply(Box::new(|tie, _| tie.mutual = !tie.mutual));
    let text = |field: TieTextField, change: fn(&mut Tie, String)| {
        let on_action = on_action.clone();
        let tie = tie.clone();
        Callback::from(move |event: InputEvent| {
            let mut changed = tie.clone();
            change(&mut changed, dom::event_value(&event));
            on_action.emit(Action::ApplyMerged(Edit::UpdateTie { tie: changed }, MergeKey::Tie(tie.id, field)));
        })
    };
    let on_according = text(TieTextField::AccordingTo, |tie, v| tie.according_to = v);
    let on_note = text(TieTextField::Note, |tie, v| tie.note = v);
    let on_situation = text(TieTextField::Situation, |tie, v| tie.situation = v);
    let seal = {
        let on_action = on_action.clone();
        Callback::from(move |_: FocusEvent| on_action.emit(Action::Seal))
    };
    let on_swap = {
        let on_action = on_action.clone();
        let tie = tie.clone();
        Callback::from(move |_: MouseEvent| {
            let swapped = Tie { from: tie.to, to: tie.from, ..tie.clone() };
            on_action.emit(Action::Apply(Edit::UpdateTie { tie: swapped }));
        })
    };
    let on_delete = {
        let on_action = on_action.clone();
        let id = tie.id;
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Apply(Edit::RemoveTie { id }));
            dom::focus_id("add-person");
        })
    };
    let on_close = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Select(None)))
    };
    let support_box = |kind: SupportType| {
        let on_action = on_action.clone();
        let checked = tie.support.contains(&kind);
        let tie = tie.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut changed = tie.clone();
            if !changed.support.remove(&kind) {
                changed.support.insert(kind);
            }
            on_action.emit(Action::Apply(Edit::UpdateTie { tie: changed }));
        });
        html! {
            <label><input type="checkbox" {checked} {onchange} />
                { t(lang, Key::SupportTypeName(kind)) }</label>
        }
    };
    let risk_box = |kind: RiskType| {
        let on_action = on_action.clone();
        let checked = tie.risk.contains(&kind);
        let tie = tie.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut changed = tie.clone();
            if !changed.risk.remove(&kind) {
                changed.risk.insert(kind);
            }
            on_action.emit(Action::Apply(Edit::UpdateTie { tie: changed }));
        });
        html! {
            <label><input type="checkbox" {checked} {onchange} />
                { t(lang, Key::RiskTypeName(kind)) }</label>
        }
    };
    let kind_value = match tie.kind {
        TieKind::Support => "support",
        TieKind::Risk => "risk",
        TieKind::Contact => "contact",
    };

    html! {
        <section class="panel tie-panel" aria-labelledby="tie-panel-title">
            <h2 id="tie-panel-title">{ t(lang, Key::TieDetails) }</h2>
            <p class="tie-summary">{ tie_description(lang, &from, &to, &tie) }</p>
            <div class="field">
                <label for="tie-kind">{ t(lang, Key::TieKindLabel) }</label>
                <select id="tie-kind" onchange={on_kind}>
                    { for [TieKind::Support, TieKind::Risk, TieKind::Contact].iter().map(|&k| html! {
                        <option value={match k { TieKind::Support => "support", TieKind::Risk => "risk", TieKind::Contact => "contact" }}
                            selected={kind_value == match k { TieKind::Support => "support", TieKind::Risk => "risk", TieKind::Contact => "contact" }}>
                            { t(lang, Key::TieKindName(k)) }</option>
                    }) }
                </select>
            </div>
            if tie.kind == TieKind::Support {
                <fieldset class="checks">
                    <legend>{ t(lang, Key::SupportTypesLabel) }</legend>
                    { for SupportType::ALL.into_iter().map(support_box) }
                </fieldset>
            }
            if tie.kind == TieKind::Risk {
                <fieldset class="checks">
                    <legend>{ t(lang, Key::RiskTypesLabel) }</legend>
                    { for RiskType::ALL.into_iter().map(risk_box) }
                </fieldset>
            }
            <div class="checks">
                <label><input type="checkbox" checked={tie.mutual} onchange={on_mutual} />{ t(lang, Key::Mutual) }</label>
            </div>
            if tie.kind == TieKind::Risk {
                // What the practice asks of a risk tie. A risk tie has no strength.
                <div class="field">
                    <label for="tie-situation">{ factors::text(lang, factors::Text::Situation) }</label>
                    <input spellcheck="false" autocomplete="off" id="tie-situation" type="text" value={tie.situation.clone()} oninput={on_situation} onblur={seal.clone()} />
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for="tie-seriousness">{ factors::text(lang, factors::Text::Seriousness) }</label>
                        <select id="tie-seriousness" onchange={on_seriousness}>
                            <option value="" selected={tie.seriousness.is_none()}>{ t(lang, Key::NotSaid) }</option>
                            { for Seriousness::ALL.iter().map(|&s| html! {
                                <option value={seriousness_value(s)} selected={Some(s) == tie.seriousness}>{ t(lang, Key::SeriousnessName(s)) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="tie-frequency">{ factors::text(lang, factors::Text::HowOften) }</label>
                        { frequency_select(lang, tie.frequency, on_frequency) }
                    </div>
                </div>
                <div class="field">
                    <label for="tie-last">{ factors::text(lang, factors::Text::LastTime) }</label>
                    <input id="tie-last" type="date" value={tie.last.clone().unwrap_or_default()} onchange={on_last} />
                </div>
            } else {
                <div class="field-row">
                    <div class="field">
                        <label for="tie-strength">{ t(lang, Key::StrengthLabel) }</label>
                        <select id="tie-strength" onchange={on_strength}>
                            { for [(Strength::Strong, "strong"), (Strength::Normal, "normal"), (Strength::Weak, "weak")].iter().map(|&(s, v)| html! {
                                <option value={v} selected={s == tie.strength}>{ t(lang, Key::StrengthName(s)) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="tie-frequency">{ t(lang, Key::FrequencyLabel) }</label>
                        { frequency_select(lang, tie.frequency, on_frequency) }
                    </div>
                </div>
            }
            <div class="field">
                <label for="tie-according">{ t(lang, Key::AccordingTo) }</label>
                <input spellcheck="false" autocomplete="off" id="tie-according" type="text" value={tie.according_to.clone()} oninput={on_according} onblur={seal.clone()} />
            </div>
            <div class="field">
                <label for="tie-note">{ t(lang, Key::Note) }</label>
                <textarea spellcheck="false" autocomplete="off" id="tie-note" rows="2" value={tie.note.clone()} oninput={on_note} onblur={seal} />
            </div>
            { readers }
            <div class="actions">
                <button onclick={on_swap}>{ t(lang, Key::SwapDirection) }</button>
                <button id="delete-tie" class="danger" onclick={on_delete}>{ t(lang, Key::Delete) }</button>
                <button onclick={on_close}>{ t(lang, Key::Close) }</button>
            </div>
        </section>
    }
}

fn seriousness_value(seriousness: Seriousness) -> &'static str {
    match seriousness {
        Seriousness::Worrying => "worrying",
        Seriousness::Serious => "serious",
        Seriousness::Dangerous => "dangerous",
    }
}

fn frequency_select(lang: crate::i18n::Lang, frequency: Option<Frequency>, onchange: Callback<Event>) -> Html {
    html! {
        <select id="tie-frequency" {onchange}>
            <option value="" selected={frequency.is_none()}>{ t(lang, Key::NotSaid) }</option>
            { for [(Frequency::Daily, "daily"), (Frequency::Weekly, "weekly"), (Frequency::Monthly, "monthly"), (Frequency::Rarely, "rarely")]
                .iter().map(|&(f, v)| html! {
                <option value={v} selected={Some(f) == frequency}>{ t(lang, Key::FrequencyName(f)) }</option>
            }) }
        </select>
    }
}
