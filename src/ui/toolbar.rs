//! The buttons above the map: add a person, undo, redo, and the language switch.

use super::screen::Screen;
use super::state::{Action, AppState};
use crate::i18n::{t, Key, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub state: UseReducerHandle<AppState>,
    pub on_action: Callback<Action>,
    pub on_add: Callback<()>,
    pub on_screen: Callback<Screen>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = props.state.lang;
    let send = |action: fn() -> Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action()))
    };
    let on_add = {
        let on_add = props.on_add.clone();
        Callback::from(move |_: MouseEvent| on_add.emit(()))
    };
    let go = |screen: Screen| {
        let on_screen = props.on_screen.clone();
        Callback::from(move |_: MouseEvent| on_screen.emit(screen))
    };
    html! {
        <nav class="toolbar" aria-label={t(lang, Key::AppName)}>
            <button id="my-maps" onclick={go(Screen::Maps)}>{ t(lang, Key::MyMaps) }</button>
            <button id="add-person" class="primary" onclick={on_add}>{ t(lang, Key::AddPerson) }</button>
            <button onclick={send(|| Action::Undo)} disabled={!props.state.can_undo()}
                data-steps={props.state.undo_steps().to_string()}
                aria-keyshortcuts="Control+Z">{ t(lang, Key::Undo) }</button>
            <button onclick={send(|| Action::Redo)} disabled={!props.state.can_redo()}
                aria-keyshortcuts="Control+Shift+Z Control+Y">{ t(lang, Key::Redo) }</button>
            <button id="open-meeting" onclick={go(Screen::Meeting)}>{ t(lang, Key::Meeting) }</button>
            <button id="open-guided" onclick={go(Screen::Guided)}>{ t(lang, Key::GuidedSession) }</button>
            <button id="open-child" onclick={go(Screen::Child)}>{ t(lang, Key::ChildMode) }</button>
            <LangSwitch lang={lang} on_action={props.on_action.clone()} />
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct LangSwitchProps {
    lang: Lang,
    on_action: Callback<Action>,
}

#[component]
fn LangSwitch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={t(props.lang, Key::Language)}>
            { for Lang::ALL.iter().map(|&lang| {
                let on_action = props.on_action.clone();
                html! {
                    <button lang={lang.code()} aria-pressed={(lang == props.lang).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| on_action.emit(Action::SetLang(lang)))}>
                        { lang.own_name() }
                    </button>
                }
            }) }
        </div>
    }
}
