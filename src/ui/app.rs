//! The root component: loads the map from storage, autosaves every change, and lays out
//! the toolbar, the map and the list view.

use super::dom;
use super::list_view::ListView;
use super::map_view::MapView;
use super::person_form::AddPersonForm;
use super::saver::{SaveOutcome, Saver};
use super::state::{Action, AppState, SaveState};
use super::toolbar::Toolbar;
use crate::i18n::{t, Key, Lang};
use crate::model::{from_json, to_json, Editor, FamilyMap};
use crate::storage::{self, prefs, MapRecord, StorageError, Store};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

const CURRENT_MAP: &str = "current_map";

fn initial_lang() -> Lang {
    dom::lang_from_url().or_else(prefs::load_lang).unwrap_or_default()
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::new(initial_lang()));
    let saver = use_mut_ref(Saver::new);
    let adding = use_state(|| false);

    // Load the map this device worked on last, or start a new one.
    {
        let dispatch = state.dispatcher();
        let saver = saver.clone();
        let lang = state.lang;
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let action = match Store::open().await {
                    Ok(store) => {
                        saver.borrow_mut().set_store(store.clone());
                        load_last_map(&store, lang).await
                    }
                    Err(_) => {
                        dispatch.dispatch(Action::SaveFailed(SaveState::Unavailable));
                        Action::Loaded {
                            map_id: new_map_id(),
                            editor: Editor::new(FamilyMap::new(t(lang, Key::UntitledMap))),
                            notice: Some(Key::StorageUnavailable),
                        }
                    }
                };
                dispatch.dispatch(action);
            });
        });
    }

    // Autosave: every new revision is written; the saver coalesces fast changes.
    {
        let dispatch = state.dispatcher();
        let saver = saver.clone();
        let current = state.clone();
        use_effect_with((state.map_id.clone(), state.revision), move |_| {
            if current.is_loaded() && current.revision > current.saved_revision {
                if let Some(record) = record_of(&current) {
                    let done = Callback::from(move |outcome: SaveOutcome| match outcome {
                        SaveOutcome::Saved(revision) => dispatch.dispatch(Action::Saved { revision }),
                        SaveOutcome::Failed(err) => dispatch.dispatch(Action::SaveFailed(match err {
                            StorageError::Full => SaveState::Full,
                            StorageError::Unavailable(_) => SaveState::Unavailable,
                            StorageError::Failed(_) => SaveState::Failed,
                        })),
                    });
                    Saver::request(&saver, current.revision, record, done);
                }
            }
        });
    }

    // Language: page attributes and the remembered choice.
    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| {
            dom::set_document_lang(*lang);
            prefs::save_lang(*lang);
        });
    }

    // The window title shows the map's name and whether it is saved.
    {
        let title = state.map().map(|m| m.title().to_owned()).unwrap_or_default();
        let status = save_text(state.lang, state.save_state);
        use_effect_with((title, status), |(title, status)| {
            dom::set_document_title(&format!("{title} – {status} – Kring"));
        });
    }

    // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, anywhere but inside a text field.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&window, "keydown", options, move |event| {
                    let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
                    if !(key.ctrl_key() || key.meta_key()) || dom::typing_in_field(event) {
                        return;
                    }
                    let letter = key.key().to_ascii_lowercase();
                    let action = match (letter.as_str(), key.shift_key()) {
                        ("z", false) => Action::Undo,
                        ("z", true) | ("y", _) => Action::Redo,
                        _ => return,
                    };
                    key.prevent_default();
                    dispatch.dispatch(action);
                })
            });
            move || drop(listener)
        });
    }

    let lang = state.lang;
    let on_add = {
        let adding = adding.clone();
        Callback::from(move |_| adding.set(true))
    };
    let on_form_close = {
        let adding = adding.clone();
        Callback::from(move |_| {
            adding.set(false);
            dom::focus_id("add-person");
        })
    };
    let dispatch = state.dispatcher();
    let on_edit = Callback::from(move |action: Action| dispatch.dispatch(action));

    let Some(map) = state.map() else {
        return html! { <div class="app loading" aria-busy="true"><p>{ "Kring…" }</p></div> };
    };
    let title = map.title().to_owned();
    drop(map);

    html! {
        <div class="app">
            <header class="topbar">
                <h1 class="brand">{ t(lang, Key::AppName) }</h1>
                <p class="map-title">{ title }</p>
                <p class={classes!("save-state", save_class(state.save_state))} role="status" aria-live="polite">
                    { save_text(lang, state.save_state) }
                </p>
                <Toolbar state={state.clone()} on_action={on_edit.clone()} on_add={on_add} />
            </header>
            if let Some(notice) = state.notice {
                <div class="notice" role="alert">
                    <p>{ t(lang, notice) }</p>
                </div>
            }
            if matches!(state.save_state, SaveState::Full | SaveState::Failed | SaveState::Unavailable) {
                <div class="notice" role="alert">
                    <p>{ t(lang, save_problem_key(state.save_state)) }</p>
                </div>
            }
            <main class="workspace">
                <section class="map-pane">
                    <MapView state={state.clone()} on_action={on_edit.clone()} />
                </section>
                <aside class="side-pane">
                    if *adding {
                        <AddPersonForm state={state.clone()} on_action={on_edit.clone()} on_close={on_form_close} />
                    }
                    <ListView state={state.clone()} />
                </aside>
            </main>
        </div>
    }
}

async fn load_last_map(store: &Store, lang: Lang) -> Action {
    let current = store.setting(CURRENT_MAP).await.ok().flatten();
    let record = match current {
        Some(id) => store.load_map(&id).await.ok().flatten(),
        None => store.list_maps().await.ok().and_then(|maps| maps.into_iter().next()),
    };
    let fresh = |notice| {
        let map_id = new_map_id();
        Action::Loaded { map_id, editor: Editor::new(FamilyMap::new(t(lang, Key::UntitledMap))), notice }
    };
    let action = match record {
        None => fresh(None),
        Some(record) => match from_json(&record.document) {
            Ok(map) => Action::Loaded {
                map_id: record.id,
                editor: Editor::with_history(map, &record.history),
                notice: None,
            },
            // Keep the unreadable record where it is; start a new map beside it.
            Err(_) => fresh(Some(Key::LoadFailed)),
        },
    };
    if let Action::Loaded { map_id, .. } = &action {
        let _ = store.set_setting(CURRENT_MAP, map_id).await;
    }
    action
}

fn new_map_id() -> String {
    format!("map-{}", storage::now() as u64)
}

fn record_of(state: &AppState) -> Option<MapRecord> {
    let map = state.map()?;
    Some(MapRecord {
        id: state.map_id.clone(),
        title: map.title().to_owned(),
        updated: storage::now(),
        document: to_json(&map),
        history: state.history_json(),
    })
}

fn save_text(lang: Lang, state: SaveState) -> &'static str {
    match state {
        SaveState::Saved => t(lang, Key::Saved),
        SaveState::Saving => t(lang, Key::Saving),
        SaveState::Full | SaveState::Failed | SaveState::Unavailable => t(lang, Key::NotSavedYet),
    }
}

fn save_class(state: SaveState) -> &'static str {
    match state {
        SaveState::Saved => "saved",
        SaveState::Saving => "saving",
        _ => "unsaved",
    }
}

fn save_problem_key(state: SaveState) -> Key {
    match state {
        SaveState::Full => Key::StorageFull,
        SaveState::Unavailable => Key::StorageUnavailable,
        _ => Key::SaveFailed,
    }
}
