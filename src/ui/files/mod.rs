//! Files in and out: the Export menu, the Import control, and the message that
//! says what happened. Reading and writing formats is the pure core's work (`crate::io`);
//! this layer picks files, starts downloads and opens an imported map as a new map.

pub(crate) mod browser;
mod export;
mod import;
mod names;
mod password;

use crate::i18n::files::{text, Text};
use crate::i18n::{t, Key};
use crate::storage::MapRecord;
use crate::ui::state::use_app;
use export::ExportMenu;
use import::ImportControl;
use std::rc::Rc;
use yew::prelude::*;

/// A sentence in the language the person reads at the time it is shown.
pub type Say = Rc<dyn Fn(crate::i18n::Lang) -> String>;
/// Sentences, likewise.
pub type SayAll = Rc<dyn Fn(crate::i18n::Lang) -> Vec<String>>;

/// One of the fixed sentences of the files menu, to be said later.
pub fn say_text(key: Text) -> Say {
    Rc::new(move |lang| text(lang, key).to_owned())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Done,
    /// Something went wrong; the open map is as it was.
    Problem,
}

/// What an export or import did, in words that follow the language switch.
#[derive(Clone)]
pub struct Report {
    pub tone: Tone,
    pub say: Say,
    /// Warnings after an import.
    pub details: SayAll,
}

impl Report {
    pub fn new(tone: Tone, say: Say) -> Report {
        Report { tone, say, details: Rc::new(|_| Vec::new()) }
    }
}

#[derive(Properties, PartialEq)]
pub struct FilesMenuProps {
    /// Opens an imported map as a new map (`true`: it is not stored yet).
    pub on_open: Callback<(MapRecord, bool)>,
}

#[component]
pub fn FilesMenu(props: &FilesMenuProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let report = use_state(|| None::<Report>);
    let on_report = {
        let report = report.clone();
        Callback::from(move |new: Report| report.set(Some(new)))
    };
    let dismiss = {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| report.set(None))
    };
    let message = (*report).as_ref().map(|report| {
        let details = (report.details)(lang);
        let (class, role) = match report.tone {
            Tone::Done => ("files-report", "status"),
            Tone::Problem => ("files-report problem", "alert"),
        };
        html! {
            <div class={class} role={role}>
                <p>{ (report.say)(lang) }</p>
                if !details.is_empty() {
                    <p>{ text(lang, Text::WarningsHeading) }</p>
                    <ul>{ for details.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                }
                <button class="small" onclick={dismiss}>{ t(lang, Key::Close) }</button>
            </div>
        }
    });
    html! {
        <>
            <ExportMenu on_report={on_report.clone()} />
            <ImportControl lang={lang} on_open={props.on_open.clone()} on_report={on_report} />
            // Always there, so the menus beside it keep their place (and state) in the tree.
            <div class="files-messages">{ for message }</div>
        </>
    }
}
