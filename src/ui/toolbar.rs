//! The slim header's buttons and its menu. The header holds only what drawing needs at
//! hand: Add person, Connect, Undo and Redo. Everything else (My maps, the meeting, the
//! guided session, child mode, Import, Export and the language) is in one menu.

use super::files::FilesMenu;
use super::icons::{icon, Icon};
use super::screen::Screen;
use super::state::{use_actions, use_app, Action};
use crate::i18n::workspace::{text, Text};
use crate::i18n::{t, Key, Lang};
use crate::storage::MapRecord;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub on_add: Callback<()>,
    /// On the map (Add person and Connect show); elsewhere only Undo and Redo.
    pub drawing: bool,
}

/// Add person, Connect, Undo, Redo. On a narrow screen only their pictures show; their
/// names stay for screen readers and as tooltips.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let connecting = state.connecting.is_some();
    let send = |action: fn() -> Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action()))
    };
    let on_add = {
        let on_add = props.on_add.clone();
        Callback::from(move |_: MouseEvent| on_add.emit(()))
    };
    let on_connect = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Connect(!connecting)))
    };
    html! {
        <nav class="toolbar" aria-label={t(lang, Key::AppName)}>
            if props.drawing {
                <button id="add-person" class="primary tool" title={t(lang, Key::AddPerson)} onclick={on_add}>
                    { icon(Icon::AddPerson) }<span class="tool-name">{ t(lang, Key::AddPerson) }</span>
                </button>
                <button id="connect" class="tool" title={t(lang, Key::Connect)} aria-pressed={connecting.to_string()}
                    onclick={on_connect}>
                    { icon(Icon::Connect) }<span class="tool-name">{ t(lang, Key::Connect) }</span>
                </button>
            }
            <button class="tool history" title={t(lang, Key::Undo)} onclick={send(|| Action::Undo)}
                disabled={!state.can_undo() || state.lens.is_some()} data-steps={state.undo_steps().to_string()}
                aria-keyshortcuts="Control+Z">
                { icon(Icon::Undo) }<span class="tool-name">{ t(lang, Key::Undo) }</span>
            </button>
            <button class="tool history" title={t(lang, Key::Redo)} onclick={send(|| Action::Redo)}
                disabled={!state.can_redo() || state.lens.is_some()} aria-keyshortcuts="Control+Shift+Z Control+Y">
                { icon(Icon::Redo) }<span class="tool-name">{ t(lang, Key::Redo) }</span>
            </button>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct MainMenuProps {
    pub on_screen: Callback<Screen>,
    /// Opens an imported map (see `FilesMenu`).
    pub on_open: Callback<(MapRecord, bool)>,
    /// Child mode with a PIN to leave it (the PIN is kept in memory only).
    pub on_child_pin: Callback<String>,
}

/// Everything that is not drawing, behind one button. The files part stays in the page
/// while the menu is closed (hidden), so a password dialog or a message about an
/// imported file keeps its place.
#[component]
pub fn MainMenu(props: &MainMenuProps) -> Html {
    let on_action = use_actions();
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let open = use_state_eq(|| false);
    let lock_dialog = use_state(|| false);
    let setting_pin = use_state_eq(|| false);
    let pin = use_state_eq(String::new);
    // A press anywhere outside the menu closes it.
    {
        let open = open.clone();
        use_effect_with(*open, move |is_open| {
            let listener = (*is_open).then(web_sys::window).flatten().map(|window| {
                let open = open.clone();
                EventListener::new(&window, "pointerdown", move |event| {
                    let inside = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                        .and_then(|element| element.closest(".main-menu").ok().flatten())
                        .is_some();
                    if !inside {
                        open.set(false);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_keydown = {
        let open = open.clone();
        Callback::from(move |event: KeyboardEvent| {
            // Escape in the export choices or a dialog closes those first.
            let inner = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("#export-choices, dialog").ok().flatten())
                .is_some();
            if event.key() == "Escape" && *open && !inner {
                open.set(false);
                super::dom::focus_id("menu-button");
            }
        })
    };
    let go = |screen: Screen| {
        let (on_screen, open) = (props.on_screen.clone(), open.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            on_screen.emit(screen);
        })
    };
    // Under the "Show as" lens the menu opens no other screen and no file: the meeting,
    // the guided session, My maps and the export choices all show the whole map's names.
    // The way back is the lens banner's button, one step.
    if state.lens.is_some() {
        return html! {
            <div class="main-menu" onkeydown={on_keydown}>
                <button id="menu-button" class="tool" aria-expanded={open.to_string()} aria-controls="menu-panel"
                    title={text(lang, Text::MenuLabel)} onclick={toggle}>
                    { icon(Icon::Menu) }<span class="tool-name">{ text(lang, Text::Menu) }</span>
                </button>
                <div id="menu-panel" class={classes!("menu-panel", (!*open).then_some("closed"))}
                    role="group" aria-label={text(lang, Text::MenuLabel)}>
                    <div class="menu-items" hidden={!*open}>
                        <p class="hint">{ crate::i18n::readers::text(lang, crate::i18n::readers::Text::MenuUnderLens) }</p>
                        <h2 class="menu-heading">{ text(lang, Text::LanguageHeading) }</h2>
                        <LangSwitch lang={lang} on_action={on_action.clone()} />
                    </div>
                </div>
            </div>
        };
    }
    html! {
        <div class="main-menu" onkeydown={on_keydown}>
            <button id="menu-button" class="tool" aria-expanded={open.to_string()} aria-controls="menu-panel"
                title={text(lang, Text::MenuLabel)} onclick={toggle}>
                { icon(Icon::Menu) }<span class="tool-name">{ text(lang, Text::Menu) }</span>
            </button>
            <div id="menu-panel" class={classes!("menu-panel", (!*open).then_some("closed"))}
                role="group" aria-label={text(lang, Text::MenuLabel)}>
                <div class="menu-items" hidden={!*open}>
                    <h2 class="menu-heading">{ text(lang, Text::ScreensHeading) }</h2>
                    <ul class="menu-list">
                        <li><button id="my-maps" onclick={go(Screen::Maps)}>{ t(lang, Key::MyMaps) }</button></li>
                        <li><button id="open-meeting" onclick={go(Screen::Meeting)}>{ t(lang, Key::Meeting) }</button></li>
                        <li><button id="open-guided" onclick={go(Screen::Guided)}>{ t(lang, Key::GuidedSession) }</button></li>
                        <li><button id="open-child" onclick={go(Screen::Child)}>{ t(lang, Key::ChildMode) }</button></li>
                        <li><button id="open-lock" onclick={{
                            let (open, lock_dialog) = (open.clone(), lock_dialog.clone());
                            Callback::from(move |_: MouseEvent| {
                                open.set(false);
                                lock_dialog.set(true);
                            })
                        }}>{ crate::i18n::lock::text(lang, crate::i18n::lock::Text::MenuItem) }</button></li>
                        <li><button id="open-child-pin" aria-expanded={setting_pin.to_string()} onclick={{
                            let setting_pin = setting_pin.clone();
                            Callback::from(move |_: MouseEvent| {
                                setting_pin.set(!*setting_pin);
                                super::dom::focus_id("child-pin");
                            })
                        }}>{ text(lang, Text::ChildPinStart) }</button></li>
                        if *setting_pin {
                            <li><form class="pin-form" onsubmit={{
                                let (pin, open, setting_pin, on_child_pin) =
                                    (pin.clone(), open.clone(), setting_pin.clone(), props.on_child_pin.clone());
                                Callback::from(move |event: SubmitEvent| {
                                    event.prevent_default();
                                    let chosen = pin.trim().to_owned();
                                    if chosen.chars().count() >= 4 {
                                        pin.set(String::new());
                                        setting_pin.set(false);
                                        open.set(false);
                                        on_child_pin.emit(chosen);
                                    }
                                })
                            }}>
                                <label for="child-pin">{ text(lang, Text::ChildPinLabel) }</label>
                                <input id="child-pin" type="password" inputmode="numeric" autocomplete="off" spellcheck="false"
                                    minlength="4" value={(*pin).clone()} oninput={{
                                        let pin = pin.clone();
                                        Callback::from(move |e: InputEvent| pin.set(super::dom::event_value(&e)))
                                    }} />
                                <button type="submit" class="primary">{ text(lang, Text::ChildPinGo) }</button>
                            </form></li>
                        }
                        <li><button id="print-map" onclick={{
                            let (on_screen, open) = (props.on_screen.clone(), open.clone());
                            Callback::from(move |_: MouseEvent| {
                                open.set(false);
                                on_screen.emit(Screen::Editor);
                                if let Some(window) = web_sys::window() {
                                    let _ = window.print();
                                }
                            })
                        }}>{ text(lang, Text::PrintMap) }</button></li>
                    </ul>
                    <h2 class="menu-heading">{ text(lang, Text::FilesHeading) }</h2>
                </div>
                <div class="menu-files">
                    <FilesMenu on_open={props.on_open.clone()} />
                </div>
                <div class="menu-items" hidden={!*open}>
                    <h2 class="menu-heading">{ text(lang, Text::LanguageHeading) }</h2>
                    <LangSwitch lang={lang} on_action={on_action.clone()} />
                </div>
            </div>
            if *lock_dialog {
                <super::lock::LockDialog lang={lang} on_close={{
                    let lock_dialog = lock_dialog.clone();
                    Callback::from(move |_| {
                        lock_dialog.set(false);
                        super::dom::focus_id("menu-button");
                    })
                }} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
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
