//! The adult's way out of child mode: a button that must be pressed and held for two
//! seconds (or Enter held down). A tap or a click does nothing, so a child cannot get to
//! the adults' plan by accident or on purpose in a moment. When the adult set a PIN on
//! the way in, holding asks for it too.

use crate::i18n::workspace::{text, Text};
use crate::i18n::Lang;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long the way out must be held.
const HOLD_MS: u32 = 2_000;

#[derive(Properties, PartialEq)]
pub struct HoldToLeaveProps {
    pub lang: Lang,
    pub on_leave: Callback<()>,
    /// Child mode as kept on the device: whether leaving asks for the adult's PIN.
    pub room: std::rc::Rc<crate::storage::prefs::ChildRoom>,
}

#[component]
pub fn HoldToLeave(props: &HoldToLeaveProps) -> Html {
    let lang = props.lang;
    let timer = use_mut_ref(|| None::<Timeout>);
    let holding = use_state_eq(|| false);
    let asking = use_state_eq(|| false);
    let wrong = use_state_eq(|| false);
    let typed = use_state_eq(String::new);
    // After the hold: leave, or ask for the PIN first.
    let on_leave = {
        let (asking, room, on_leave) = (asking.clone(), props.room.clone(), props.on_leave.clone());
        Callback::from(move |_: ()| {
            if room.has_pin() {
                asking.set(true);
                crate::ui::dom::focus_id("adult-pin");
            } else {
                on_leave.emit(());
            }
        })
    };
    let start = {
        let (timer, holding, on_leave) = (timer.clone(), holding.clone(), on_leave.clone());
        Callback::from(move |_: ()| {
            if timer.borrow().is_some() {
                return;
            }
            holding.set(true);
            let (done_timer, on_leave) = (timer.clone(), on_leave.clone());
            *timer.borrow_mut() = Some(Timeout::new(HOLD_MS, move || {
                done_timer.borrow_mut().take();
                on_leave.emit(());
            }));
        })
    };
    let stop = {
        let (timer, holding) = (timer.clone(), holding.clone());
        Callback::from(move |_: ()| {
            // Dropping the timeout cancels it.
            timer.borrow_mut().take();
            holding.set(false);
        })
    };
    let onpointerdown = start.reform(|event: PointerEvent| event.prevent_default());
    let onkeydown = {
        let start = start.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                start.emit(());
            }
        })
    };
    html! {
        <div class="adult-exit">
            <button id="adult-exit" type="button" class={classes!("hold", holding.then_some("holding"))}
                aria-describedby="adult-exit-hint" {onpointerdown} {onkeydown}
                onpointerup={stop.reform(|_: PointerEvent| ())} onpointerleave={stop.reform(|_: PointerEvent| ())}
                onpointercancel={stop.reform(|_: PointerEvent| ())} onkeyup={stop.reform(|_: KeyboardEvent| ())}
                oncontextmenu={Callback::from(|event: MouseEvent| event.prevent_default())}>
                { text(lang, Text::AdultExit) }
            </button>
            <p id="adult-exit-hint" class="hint" aria-live="polite">
                { if *holding { text(lang, Text::AdultExitHolding) } else { text(lang, Text::AdultExitHint) } }
            </p>
            if *asking {
                <form class="pin-form" onsubmit={{
                    let (room, wrong, on_leave, typed) =
                        (props.room.clone(), wrong.clone(), props.on_leave.clone(), typed.clone());
                    Callback::from(move |event: SubmitEvent| {
                        event.prevent_default();
                        if room.pin_matches(&typed) {
                            on_leave.emit(());
                        } else {
                            wrong.set(true);
                        }
                    })
                }}>
                    <label for="adult-pin">{ text(lang, Text::ChildPinAsk) }</label>
                    <input id="adult-pin" type="password" inputmode="numeric" autocomplete="off" spellcheck="false"
                        aria-invalid={wrong.to_string()} aria-describedby="adult-pin-wrong" value={(*typed).clone()}
                        oninput={{
                            let typed = typed.clone();
                            Callback::from(move |e: InputEvent| typed.set(crate::ui::dom::event_value(&e)))
                        }} />
                    <button type="submit">{ text(lang, Text::ChildPinLeave) }</button>
                    <p id="adult-pin-wrong" class="hint" role="alert">
                        { if *wrong { text(lang, Text::ChildPinWrong) } else { "" } }
                    </p>
                </form>
            }
        </div>
    }
}
