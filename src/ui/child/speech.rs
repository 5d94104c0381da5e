//! "Read aloud" for the prompts, with the browser's speech synthesis. Only voices that run
//! on the device itself (`localService`) are used: a network voice would send the child's
//! screen to a speech service. Without such a voice for the language the button is not
//! shown at all.

use crate::i18n::child::{text, Text};
use crate::i18n::Lang;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub lang: Lang,
    pub text: AttrValue,
}

#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let lang = props.lang;
    let voice = use_state(|| None::<SpeechSynthesisVoice>);

    // Voices often arrive a moment after the page: look again when they change.
    {
        let voice = voice.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            voice.set(local_voice(lang));
            let listener = synthesis().map(|synth| {
                let voice = voice.clone();
                EventListener::new(&synth, "voiceschanged", move |_| voice.set(local_voice(lang)))
            });
            move || drop(listener)
        });
    }

    let Some(chosen) = (*voice).clone() else { return html! {} };
    let onclick = {
        let words = props.text.clone();
        Callback::from(move |_: MouseEvent| speak(&words, &chosen))
    };
    html! {
        <button type="button" class="read-aloud" {onclick}>
            <span aria-hidden="true">{ "🔊 " }</span>{ text(lang, Text::ReadAloud) }
        </button>
    }
}

fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Older browsers have no speech synthesis at all.
    if !js_sys::Reflect::has(&window, &"speechSynthesis".into()).unwrap_or(false) {
        return None;
    }
    window.speech_synthesis().ok()
}

/// A voice on this device that speaks the language, if any.
fn local_voice(lang: Lang) -> Option<SpeechSynthesisVoice> {
    let voices = synthesis()?.get_voices();
    voices
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .find(|v| v.local_service() && Lang::from_code(&v.lang()) == Some(lang))
}

fn speak(words: &str, voice: &SpeechSynthesisVoice) {
    let Some(synth) = synthesis() else { return };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(words) else { return };
    utterance.set_lang(&voice.lang());
    utterance.set_voice(Some(voice));
    synth.cancel();
    synth.speak(&utterance);
}
