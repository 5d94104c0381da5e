//! Child mode: a child of about eight shows who is close, who helps and who
//! they want to see more, fills in a safe house, and chooses who may know each answer
//! (only the helpers until the child shares it). Big pictures, big buttons (64 px),
//! very short sentences that can be read aloud, and no words for risk anywhere. The
//! answers are the child's own perspective on the same map (see `answers`), saved with
//! every tap like any other edit.

use crate::timeline::answers;
mod avatar;
mod board;
mod drag;
mod exit;
mod house;
mod questions;
mod share;
mod speech;

use crate::i18n::child::{perspective_name, text, Text};
use crate::i18n::{t, Key};
use crate::model::{Edit, FamilyMap, Person, PersonId, Ring, Sector};
use crate::timeline::Perspective;
use crate::ui::dom;
use crate::ui::state::{use_actions, use_app, Action, AppState};
use answers::Ctx;
use board::CloseFar;
use house::SafeHouse;
use questions::Questions;
use share::ShareAnswers;
use speech::ReadAloud;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChildModeProps {
    /// Back to the map editor.
    pub on_back: Callback<()>,
    /// Child mode as kept on the device, with the adult's PIN for leaving, if any.
    pub room: std::rc::Rc<crate::storage::prefs::ChildRoom>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    CloseFar,
    Questions,
    House,
    Share,
}

#[component]
pub fn ChildMode(props: &ChildModeProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let chosen = use_state(|| None::<PersonId>);
    let tab = use_state(|| Tab::CloseFar);
    // The chosen child may have gone (an undo): then ask again.
    let child = (*chosen).filter(|id| state.map().is_some_and(|m| m.contains_person(*id)));

    let someone_else = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(None))
    };
    let tab_button = |which: Tab, words: Text| {
        let tab = tab.clone();
        html! {
            <button type="button" aria-pressed={(*tab == which).to_string()}
                onclick={Callback::from(move |_: MouseEvent| tab.set(which))}>{ text(lang, words) }</button>
        }
    };

    let body = match child {
        None => {
            html! { <WhoAreYou chosen={chosen.clone()} /> }
        }
        Some(child) => {
            let view = ChildViewProps { child };
            html! {
                <>
                    <div class="child-tabs" role="group" aria-label={t(lang, Key::ChildMode)}>
                        { tab_button(Tab::CloseFar, Text::TabCloseFar) }
                        { tab_button(Tab::Questions, Text::TabQuestions) }
                        { tab_button(Tab::House, Text::TabHouse) }
                        { tab_button(Tab::Share, Text::TabShare) }
                    </div>
                    { match *tab {
                        Tab::CloseFar => html! { <CloseFar ..view /> },
                        Tab::Questions => html! { <Questions ..view /> },
                        Tab::House => html! { <SafeHouse ..view /> },
                        Tab::Share => html! { <ShareAnswers ..view /> },
                    } }
                </>
            }
        }
    };

    html! {
        <main class="child-mode" aria-labelledby="child-title">
            <div class="mode-head">
                <h2 id="child-title">{ t(lang, Key::ChildMode) }</h2>
                if child.is_some() {
                    <button type="button" onclick={someone_else}>{ text(lang, Text::SomeoneElse) }</button>
                }
                <exit::HoldToLeave lang={lang} on_leave={props.on_back.clone()} room={props.room.clone()} />
            </div>
            { body }
        </main>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ChildViewProps {
    pub child: PersonId,
}

/// What a view of child mode shows: everyone but the child, the people who live with the
/// child first, and the child's perspective as it is now.
pub struct Seen {
    pub others: Vec<Person>,
    pub perspective: Option<Perspective>,
    pub child_avatar: avatar::Picture,
}

impl Seen {
    pub fn of(state: &AppState, child: PersonId) -> Option<Seen> {
        let map = state.map()?;
        let me = map.person(child)?;
        let mut others: Vec<Person> = map.persons().into_iter().filter(|p| p.id != child).cloned().collect();
        crate::model::order::sort_by_key(&mut others, |p| (!p.in_centre(), p.ring, p.id));
        Some(Seen { others, perspective: answers::find(&map, child).cloned(), child_avatar: avatar::picture_of(me) })
    }
}

/// Saves one answer of the child: the whole perspective, changed, as one edit.
pub fn answer(
    state: &AppState,
    on_action: &Callback<Action>,
    child: PersonId,
    apply: impl FnOnce(&mut Perspective, &Ctx),
) {
    let Some(map) = state.map() else { return };
    let edit = answers::change(&map, child, |name| perspective_name(state.lang, name), apply);
    if let Some(edit) = edit {
        on_action.emit(Action::Apply(edit));
    }
}

#[derive(Properties, PartialEq)]
struct WhoAreYouProps {
    chosen: UseStateHandle<Option<PersonId>>,
}

/// The first screen: the child taps their own name, or writes it when it is not there.
#[component]
fn WhoAreYou(props: &WhoAreYouProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let name = use_state(String::new);
    let candidates: Vec<Person> = state.map().map(|m| candidates(&m)).unwrap_or_default();
    let pick = |id: PersonId| {
        let chosen = props.chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(Some(id)))
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(dom::event_value(&e)))
    };
    let on_submit = {
        let (name, chosen, state, on_action) = (name.clone(), props.chosen.clone(), state.clone(), on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let trimmed = name.trim();
            if trimmed.is_empty() {
                dom::focus_id("child-name");
                return;
            }
            let Some(map) = state.map() else { return };
            let mut me = Person::new(map.next_person_id(), trimmed, Sector::Household, Ring::CLOSEST);
            me.angle = map.free_angle(Sector::Household, Ring::CLOSEST);
            me.child = true;
            let id = me.id;
            on_action.emit(Action::Apply(Edit::AddPerson { person: me }));
            chosen.set(Some(id));
        })
    };
    let question = text(lang, Text::WhoAreYou);
    html! {
        <div class="who-are-you">
            <div class="prompt">
                <h3 id="who-title">{ question }</h3>
                <ReadAloud {lang} text={format!("{question} {}", text(lang, Text::TapYourName))} />
            </div>
            <p class="hint">{ text(lang, Text::TapYourName) }</p>
            <ul class="toggle-grid" aria-labelledby="who-title">
                { for candidates.iter().map(|p| html! {
                    <li key={p.id.0}>
                        <button type="button" class="person-toggle" onclick={pick(p.id)}>
                            { avatar::avatar(p) }<span class="card-name">{ p.name.clone() }</span>
                        </button>
                    </li>
                }) }
            </ul>
            <form class="child-name-form" onsubmit={on_submit} novalidate=true>
                <label for="child-name">{ text(lang, Text::NotOnTheMap) }</label>
                <span class="inline-form">
                    <input spellcheck="false" id="child-name" type="text" autocomplete="off" value={(*name).clone()} oninput={on_name}
                        placeholder={text(lang, Text::YourName)} />
                    <button type="submit" class="primary">{ text(lang, Text::ThatsMe) }</button>
                </span>
            </form>
        </div>
    }
}

/// Who could be using child mode: the children on the map, or when none is marked as a
/// child, the people who live in the household.
fn candidates(map: &FamilyMap) -> Vec<Person> {
    let children: Vec<Person> = map.persons().into_iter().filter(|p| p.child).cloned().collect();
    if !children.is_empty() {
        return children;
    }
    map.persons().into_iter().filter(|p| p.in_centre()).cloned().collect()
}
