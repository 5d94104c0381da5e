//! The Import control: a file input named "Import" and dropping a file anywhere on the
//! app. A file is checked for size before it is read, recognised and read by `detect`,
//! and opened as a NEW map; the open map is never changed, whatever the file holds.

use super::browser;
use super::password::{PasswordDialog, PasswordMode};
use super::{say_text, Report, Say, Tone};
use crate::i18n::files::{easynwk_version_label, import_warning, imported, refusal_message, text, Text};
use crate::i18n::{t, Key, Lang};
use crate::io::crypto;
use crate::io::detect::{self, Chosen, Context, Opened, Outcome, Refusal, Warning};
use crate::io::graphml::{FileError, MAX_IMPORT_BYTES};
use crate::model::to_json;
use crate::storage::{self, MapRecord};
use crate::ui::clock::{new_map_id, today};
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};
use yew::prelude::*;

/// What the file input offers; dropping accepts anything and `detect` decides.
const ACCEPT: &str = ".json,.kring,.graphml,.xml,.csv,application/json,text/csv";
/// At most a persons table and a ties table at once.
const MAX_FILES: usize = 2;

#[derive(Properties, PartialEq)]
pub struct ImportControlProps {
    pub lang: Lang,
    pub on_open: Callback<(MapRecord, bool)>,
    pub on_report: Callback<Report>,
}

fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

fn say_refusal(refusal: Refusal) -> Say {
    Rc::new(move |lang| refusal_message(lang, &refusal))
}

fn say_warnings(warnings: Vec<Warning>) -> super::SayAll {
    Rc::new(move |lang| warnings.iter().map(|warning| import_warning(lang, warning)).collect())
}

/// Reads the chosen files (or opens the sealed one) with today's date and the reader's
/// language for the snapshot labels an easyNWK import writes.
fn with_context<R>(lang: Lang, read: impl FnOnce(Context<'_, Lang>) -> R) -> R {
    let today = today();
    let label = move |title: &str, date: &str| easynwk_version_label(lang, title, date);
    read(Context { today: &today, version_label: &label, languages: &Lang::ALL })
}

/// Opens a sealed file with the password the person typed. Every check that needs no
/// password comes first, so a file asking for too much work is refused before any; Argon2
/// then runs in the key derivation worker, so the page never freezes.
async fn open_sealed(file: &Chosen, password: &str, lang: Lang) -> Result<Opened, Refusal> {
    let (salt, params) = crypto::kdf_input(&file.bytes).map_err(Refusal::Sealed)?;
    let derived = crate::ui::kdf::derive(password, &salt, params).await.map_err(Refusal::Sealed)?;
    let json = crypto::open_derived(&file.bytes, &derived).map_err(Refusal::Sealed)?;
    drop(derived);
    with_context(lang, |context| detect::read_opened_json(&json, &file.name, context))
}

/// Hands the map to the app as a new map, and says so (with any warnings).
fn open_as_new(opened: Opened, on_open: &Callback<(MapRecord, bool)>, on_report: &Callback<Report>) {
    let Opened { map, warnings } = opened;
    let now = storage::now();
    let title = map.title().to_owned();
    let record = MapRecord {
        id: new_map_id(),
        title: title.clone(),
        updated: now,
        document: to_json(&map),
        history: String::new(),
    };
    on_open.emit((record, true));
    let mut report = Report::new(Tone::Done, Rc::new(move |lang| imported(lang, &title)));
    report.details = say_warnings(warnings);
    on_report.emit(report);
}

#[component]
pub fn ImportControl(props: &ImportControlProps) -> Html {
    let lang = props.lang;
    let pending = use_mut_ref(|| None::<Chosen>);
    let asking = use_state(|| false);
    let busy = use_state(|| false);
    let problem = use_state(|| None::<Say>);
    let dragging = use_state(|| false);

    let take_files = {
        let (on_open, on_report) = (props.on_open.clone(), props.on_report.clone());
        let (pending, asking, problem) = (pending.clone(), asking.clone(), problem.clone());
        Callback::from(move |files: Vec<File>| {
            if files.is_empty() {
                return;
            }
            let refuse = |say: Say| on_report.emit(Report::new(Tone::Problem, say));
            if files.len() > MAX_FILES {
                return refuse(say_text(Text::TooManyFiles));
            }
            // Refused before reading: a huge file never enters memory.
            if let Some(size) = files.iter().map(|f| f.size()).find(|size| *size > MAX_IMPORT_BYTES as f64) {
                return refuse(say_refusal(Refusal::File(FileError::TooLarge { bytes: size as usize })));
            }
            let (on_open, on_report) = (on_open.clone(), on_report.clone());
            let (pending, asking, problem) = (pending.clone(), asking.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut chosen = Vec::with_capacity(files.len());
                for file in &files {
                    match browser::read_bytes(file).await {
                        Ok(bytes) => chosen.push(Chosen { name: file.name(), bytes }),
                        Err(_) => {
                            return on_report.emit(Report::new(Tone::Problem, say_text(Text::ReadFailed)));
                        }
                    }
                }
                match with_context(lang, |context| detect::read(chosen, context)) {
                    Outcome::NeedsPassword(file) => {
                        *pending.borrow_mut() = Some(file);
                        problem.set(None);
                        crate::ui::kdf::warm_up();
                        asking.set(true);
                    }
                    Outcome::Opened(opened) => open_as_new(*opened, &on_open, &on_report),
                    Outcome::Failed(refusal) => on_report.emit(Report::new(Tone::Problem, say_refusal(refusal))),
                }
            });
        })
    };

    // Dropping a file anywhere on the app. The listeners live as long as the control and
    // always call the newest `take_files` (the language may have changed).
    let latest = use_mut_ref(|| take_files.clone());
    *latest.borrow_mut() = take_files.clone();
    {
        let (latest, dragging) = (latest.clone(), dragging.clone());
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| drop_listeners(&window, latest, dragging));
            move || drop(listeners)
        });
    }

    let on_change = {
        let take_files = take_files.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            let files = files_of(input.files());
            // Cleared, so choosing the same file again is noticed too.
            input.set_value("");
            take_files.emit(files);
        })
    };

    let on_password = {
        let (on_open, on_report) = (props.on_open.clone(), props.on_report.clone());
        let (pending, asking, busy, problem) = (pending.clone(), asking.clone(), busy.clone(), problem.clone());
        Callback::from(move |password: String| {
            busy.set(true);
            let (on_open, on_report) = (on_open.clone(), on_report.clone());
            let (pending, asking, busy, problem) = (pending.clone(), asking.clone(), busy.clone(), problem.clone());
            // Argon2 runs in the key derivation worker: "Opening…" shows, the page stays live.
            wasm_bindgen_futures::spawn_local(async move {
                // Taken while it is opened (a second submit finds nothing to do).
                let Some(file) = pending.borrow_mut().take() else { return busy.set(false) };
                let result = open_sealed(&file, &password, lang).await;
                busy.set(false);
                match result {
                    Ok(opened) => {
                        asking.set(false);
                        open_as_new(opened, &on_open, &on_report);
                    }
                    // A wrong password may be typed again; anything else ends the attempt.
                    Err(refusal) if refusal.is_wrong_password() => {
                        *pending.borrow_mut() = Some(file);
                        problem.set(Some(say_refusal(refusal)));
                    }
                    Err(refusal) => {
                        asking.set(false);
                        on_report.emit(Report::new(Tone::Problem, say_refusal(refusal)));
                    }
                }
            });
        })
    };
    let on_password_cancel = {
        let (pending, asking) = (pending.clone(), asking.clone());
        Callback::from(move |_| {
            pending.borrow_mut().take();
            asking.set(false);
            crate::ui::dom::focus_id("import-file");
        })
    };

    html! {
        <div class="files-menu import-control">
            <input id="import-file" class="file-input" type="file" accept={ACCEPT} multiple=true onchange={on_change} />
            <label for="import-file" class="file-button">{ t(lang, Key::Import) }</label>
            if *dragging {
                <div class="drop-overlay" aria-hidden="true"><p>{ text(lang, Text::DropHere) }</p></div>
            }
            if *asking {
                <PasswordDialog lang={lang} mode={PasswordMode::Enter} busy={*busy}
                    problem={(*problem).as_ref().map(|say| AttrValue::from(say(lang)))}
                    on_submit={on_password} on_cancel={on_password_cancel} />
            }
        </div>
    }
}

/// True when what is dragged holds files (not text or a link from the page).
fn carries_files(event: &DragEvent) -> bool {
    event.data_transfer().is_some_and(|data| data.types().includes(&"Files".into(), 0))
}

/// dragenter/dragleave count nesting (they fire for every child crossed), so the hint
/// shows exactly while a file is over the window.
fn drop_listeners(
    window: &web_sys::Window,
    latest: Rc<RefCell<Callback<Vec<File>>>>,
    dragging: UseStateHandle<bool>,
) -> [EventListener; 4] {
    let depth = Rc::new(RefCell::new(0i32));
    let options = EventListenerOptions::enable_prevent_default();
    let enter = {
        let (depth, dragging) = (depth.clone(), dragging.clone());
        EventListener::new_with_options(window, "dragenter", options, move |event| {
            let Some(drag) = event.dyn_ref::<DragEvent>() else { return };
            if carries_files(drag) {
                *depth.borrow_mut() += 1;
                dragging.set(true);
            }
        })
    };
    let over = EventListener::new_with_options(window, "dragover", options, move |event| {
        let Some(drag) = event.dyn_ref::<DragEvent>() else { return };
        if carries_files(drag) {
            // Without this the browser would open the file itself, leaving Kring.
            drag.prevent_default();
            if let Some(data) = drag.data_transfer() {
                data.set_drop_effect("copy");
            }
        }
    });
    let leave = {
        let (depth, dragging) = (depth.clone(), dragging.clone());
        EventListener::new_with_options(window, "dragleave", options, move |event| {
            let Some(drag) = event.dyn_ref::<DragEvent>() else { return };
            if carries_files(drag) {
                let mut depth = depth.borrow_mut();
                *depth = (*depth - 1).max(0);
                if *depth == 0 {
                    dragging.set(false);
                }
            }
        })
    };
    let drop_file = EventListener::new_with_options(window, "drop", options, move |event| {
        let Some(drag) = event.dyn_ref::<DragEvent>() else { return };
        if !carries_files(drag) {
            return;
        }
        drag.prevent_default();
        *depth.borrow_mut() = 0;
        dragging.set(false);
        let files = files_of(drag.data_transfer().and_then(|d| d.files()));
        let take = latest.borrow().clone();
        take.emit(files);
    });
    [enter, over, leave, drop_file]
}
