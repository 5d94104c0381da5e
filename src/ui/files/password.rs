//! The password dialog: choose a password (typed twice) before a file is sealed, or type
//! it to open a sealed file. A native modal `<dialog>`, so focus stays inside it, the rest
//! of the page is inert while it is open, and Escape cancels.

use crate::i18n::files::{text, Text, MIN_PASSWORD_CHARS};
use crate::i18n::{t, Key, Lang};
use crate::ui::dom;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordMode {
    /// A new password for a file about to be sealed: typed twice, at least 8 characters.
    Choose,
    /// The password of a sealed file being opened.
    Enter,
}

#[derive(Properties, PartialEq)]
pub struct PasswordDialogProps {
    pub lang: Lang,
    pub mode: PasswordMode,
    /// The work is running (sealing or opening takes a moment).
    pub busy: bool,
    /// A problem the parent found (a wrong password), already in words.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    pub on_submit: Callback<String>,
    pub on_cancel: Callback<()>,
}

/// Why the typed password cannot be used yet.
fn check(mode: PasswordMode, first: &str, second: &str) -> Option<Text> {
    match mode {
        PasswordMode::Choose if first.chars().count() < MIN_PASSWORD_CHARS => Some(Text::PasswordTooShort),
        PasswordMode::Choose if first != second => Some(Text::PasswordsDiffer),
        PasswordMode::Choose | PasswordMode::Enter => None,
    }
}

#[component]
pub fn PasswordDialog(props: &PasswordDialogProps) -> Html {
    let lang = props.lang;
    let dialog = use_node_ref();
    let first = use_state(String::new);
    let second = use_state(String::new);
    let mistake = use_state(|| None::<Text>);
    // A suggested passphrase, shown in plain text so it can be written down.
    let suggested = use_state(|| None::<String>);

    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
            dom::focus_id("password-first");
            move || {
                if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                    dialog.close();
                }
            }
        });
    }

    let on_submit = {
        let (first, second, mistake) = (first.clone(), second.clone(), mistake.clone());
        let (mode, busy, on_submit) = (props.mode, props.busy, props.on_submit.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if busy {
                return;
            }
            match check(mode, &first, &second) {
                Some(problem) => {
                    mistake.set(Some(problem));
                    dom::focus_id("password-first");
                }
                None => {
                    mistake.set(None);
                    on_submit.emit((*first).clone());
                }
            }
        })
    };
    let typed = |field: UseStateHandle<String>| {
        let mistake = mistake.clone();
        Callback::from(move |event: InputEvent| {
            field.set(dom::event_value(&event));
            mistake.set(None);
        })
    };
    let on_suggest = {
        let (first, second, suggested, mistake) = (first.clone(), second.clone(), suggested.clone(), mistake.clone());
        Callback::from(move |_: MouseEvent| {
            // Six words from a list of 128, from the browser's cryptographic random source.
            let Ok(bytes) = super::browser::random_bytes::<24>() else { return };
            let random: Vec<u32> =
                bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
            let phrase = crate::io::passphrase::suggest(crate::i18n::sealed::passphrase_words(lang), &random);
            first.set(phrase.clone());
            second.set(phrase.clone());
            suggested.set(Some(phrase));
            mistake.set(None);
        })
    };
    let strength = crate::io::passphrase::strength(&first, MIN_PASSWORD_CHARS);
    let on_cancel_button = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    // Escape: the browser would close the dialog by itself; the parent decides instead.
    let on_escape = {
        let (on_cancel, busy) = (props.on_cancel.clone(), props.busy);
        Callback::from(move |event: Event| {
            event.prevent_default();
            if !busy {
                on_cancel.emit(());
            }
        })
    };

    let problem: Option<AttrValue> =
        (*mistake).map(|m| AttrValue::from(text(lang, m))).or_else(|| props.problem.clone());
    let (title, intro, submit, busy_text) = match props.mode {
        PasswordMode::Choose => (Text::SealTitle, Text::SealIntro, text(lang, Text::SealAndSave), Text::Sealing),
        PasswordMode::Enter => (Text::OpenSealedTitle, Text::OpenSealedIntro, t(lang, Key::Open), Text::Opening),
    };
    let described = if problem.is_some() { "password-intro password-problem" } else { "password-intro" };
    html! {
        <dialog ref={dialog} class="files-dialog" aria-labelledby="password-title" oncancel={on_escape}>
            <form onsubmit={on_submit} novalidate=true>
                <h2 id="password-title">{ text(lang, title) }</h2>
                <p id="password-intro">{ text(lang, intro) }</p>
                <div class="field">
                    <label for="password-first">{ text(lang, Text::Password) }</label>
                    <input id="password-first" type="password" value={(*first).clone()} oninput={typed(first.clone())}
                        autocomplete={if props.mode == PasswordMode::Choose { "new-password" } else { "current-password" }}
                        aria-describedby={described} aria-invalid={problem.is_some().to_string()} />
                </div>
                if props.mode == PasswordMode::Choose {
                    <p id="password-strength" class="hint" aria-live="polite">
                        { crate::i18n::sealed::strength_hint(lang, strength) }
                    </p>
                    <button type="button" id="suggest-passphrase" onclick={on_suggest}>
                        { crate::i18n::sealed::suggest_label(lang) }
                    </button>
                    if let Some(phrase) = (*suggested).clone() {
                        <p class="suggested-passphrase"><strong>{ phrase }</strong></p>
                        <p class="hint">{ crate::i18n::sealed::suggestion_note(lang) }</p>
                    }
                    <div class="field">
                        <label for="password-second">{ text(lang, Text::PasswordAgain) }</label>
                        <input id="password-second" type="password" autocomplete="new-password"
                            value={(*second).clone()} oninput={typed(second.clone())} />
                    </div>
                }
                if let Some(problem) = problem {
                    <p id="password-problem" class="field-error" role="alert">{ problem }</p>
                }
                <p class="busy" role="status">{ if props.busy { text(lang, busy_text) } else { "" } }</p>
                <div class="actions">
                    <button type="submit" class="primary" disabled={props.busy}>{ submit }</button>
                    <button type="button" onclick={on_cancel_button} disabled={props.busy}>{ t(lang, Key::Cancel) }</button>
                </div>
            </form>
        </dialog>
    }
}
