//! "My maps": every map on this device, with open, new, rename, duplicate and delete.
//! A deleted map can be brought back until the next deletion.

use super::dom;
use super::example::{example_record, is_example};
use crate::i18n::workspace::{text, Text};
use crate::i18n::{date_from_millis, t, Key, Lang};
use crate::model::{from_json, to_json, Edit, FamilyMap};
use crate::storage::{self, MapRecord, StorageError, Store};
use std::future::Future;
use std::pin::Pin;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub lang: Lang,
    pub store: Option<StoreHandle>,
    pub current: String,
    /// The open map's title as it is now (storage may be a moment behind).
    pub current_title: String,
    /// Open this map in the editor; `true` when it is new and not stored yet.
    pub on_open: Callback<(MapRecord, bool)>,
    pub on_back: Callback<()>,
    /// The open map was renamed here: rename it through an edit, so autosave keeps it.
    pub on_rename_current: Callback<String>,
    /// The open map was deleted: the editor must let go of it.
    pub on_current_deleted: Callback<()>,
    /// The open map has undo or redo steps that "Forget the history" would drop.
    pub has_history: bool,
    /// "Forget the history" of the open map, confirmed.
    pub on_forget_history: Callback<()>,
}

/// A storage job on this screen (save, rename, delete): it says whether it worked.
type StoreJob = Box<dyn FnOnce(Store) -> Pin<Box<dyn Future<Output = Result<(), StorageError>>>>>;

/// `Store` has no equality; maps screens compare it by identity of the handle.
#[derive(Clone)]
pub struct StoreHandle(pub Store);

impl PartialEq for StoreHandle {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let lang = props.lang;
    let maps = use_state(Vec::<MapRecord>::new);
    let reload = use_state(|| 0u32);
    let renaming = use_state(|| None::<String>);
    let deleting = use_state(|| None::<String>);
    let last_deleted = use_state(|| None::<MapRecord>);
    let asking_forget = use_state(|| false);
    // What went wrong with the last storage job or reading the list, shown, never dropped.
    let problem = use_state(|| None::<StorageError>);

    {
        let maps = maps.clone();
        let store = props.store.clone();
        let problem = problem.clone();
        use_effect_with(*reload, move |_| {
            if let Some(StoreHandle(store)) = store {
                wasm_bindgen_futures::spawn_local(async move {
                    match store.list_maps().await {
                        Ok(list) => maps.set(list),
                        Err(err) => problem.set(Some(err)),
                    }
                });
            }
        });
    }

    // Runs a storage job, then reads the list again.
    let run = {
        let store = props.store.clone();
        let reload = reload.clone();
        let problem = problem.clone();
        move |job: StoreJob| {
            let Some(StoreHandle(store)) = store.clone() else { return };
            let reload = reload.clone();
            let problem = problem.clone();
            wasm_bindgen_futures::spawn_local(async move {
                problem.set(job(store).await.err());
                reload.set(*reload + 1);
            });
        }
    };

    let on_new = {
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| {
            let map = FamilyMap::new(t(lang, Key::UntitledMap));
            let record = MapRecord {
                id: crate::ui::clock::new_map_id(),
                title: map.title().to_owned(),
                updated: storage::now(),
                document: to_json(&map),
                history: String::new(),
            };
            on_open.emit((record, true));
        })
    };
    // The example opens where it is, if this device has it already; otherwise a new copy.
    let on_example = {
        let on_open = props.on_open.clone();
        let existing = maps.iter().find(|record| is_example(&record.id)).cloned();
        Callback::from(move |_: MouseEvent| match existing.clone() {
            Some(record) => on_open.emit((record, false)),
            None => on_open.emit((example_record(lang), true)),
        })
    };
    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };

    let rows = maps.iter().map(|record| {
        let id = record.id.clone();
        let open = {
            let on_open = props.on_open.clone();
            let record = record.clone();
            Callback::from(move |_: MouseEvent| on_open.emit((record.clone(), false)))
        };
        let start_rename = {
            let renaming = renaming.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| {
                renaming.set(Some(id.clone()));
                dom::focus_id("rename-map");
            })
        };
        let duplicate = {
            let run = run.clone();
            let record = record.clone();
            Callback::from(move |_: MouseEvent| {
                let mut copy = record.clone();
                copy.id = crate::ui::clock::new_map_id();
                copy.title = format!("{} {}", record.title, t(lang, Key::CopySuffix));
                copy.history = String::new();
                if let Ok(mut map) = from_json(&record.document) {
                    let _ = map.apply(Edit::RenameMap { title: copy.title.clone() });
                    copy.document = to_json(&map);
                }
                copy.updated = storage::now();
                run(Box::new(move |store| Box::pin(async move {
                    store.save_map(&copy).await
                })));
            })
        };
        let ask_delete = {
            let deleting = deleting.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| {
                deleting.set(Some(id.clone()));
                dom::focus_id("confirm-delete-map");
            })
        };
        let is_current = record.id == props.current;
        html! {
            <li key={record.id.clone()} class={classes!("map-row", is_current.then_some("current"))}>
                if renaming.as_deref() == Some(record.id.as_str()) {
                    <RenameForm lang={lang} record={record.clone()} on_done={{
                        let renaming = renaming.clone();
                        let run = run.clone();
                        let on_rename_current = props.on_rename_current.clone();
                        let reload = reload.clone();
                        Callback::from(move |renamed: Option<MapRecord>| {
                            renaming.set(None);
                            if let Some(record) = renamed.as_ref().filter(|_| is_current) {
                                on_rename_current.emit(record.title.clone());
                                reload.set(*reload + 1);
                            } else if let Some(record) = renamed {
                                run(Box::new(move |store| Box::pin(async move {
                                    store.save_map(&record).await
                                })));
                            }
                        })
                    }} />
                } else {
                    <div class="map-info">
                        <span class="map-name">{ if is_current { props.current_title.clone() } else { record.title.clone() } }</span>
                        if is_example(&record.id) {
                            <span class="example-mark">{ text(lang, Text::ExampleMark) }</span>
                        }
                        <span class="map-date">{ format!("{}: {}", t(lang, Key::LastChanged), date_from_millis(lang, record.updated)) }</span>
                    </div>
                }
                if deleting.as_deref() == Some(record.id.as_str()) {
                    <div class="confirm" role="alertdialog" aria-labelledby={format!("confirm-{}", record.id)}>
                        <p id={format!("confirm-{}", record.id)}>{ crate::i18n::confirm_delete_map(lang, &record.title) }</p>
                        <button id="confirm-delete-map" class="danger" onclick={{
                            let run = run.clone();
                            let deleting = deleting.clone();
                            let last_deleted = last_deleted.clone();
                            let record = record.clone();
                            let on_current_deleted = props.on_current_deleted.clone();
                            Callback::from(move |_: MouseEvent| {
                                deleting.set(None);
                                if is_current {
                                    on_current_deleted.emit(());
                                }
                                last_deleted.set(Some(record.clone()));
                                let id = record.id.clone();
                                run(Box::new(move |store| Box::pin(async move {
                                    store.delete_map(&id).await
                                })));
                                dom::focus_id("new-map");
                            })
                        }}>{ t(lang, Key::YesDelete) }</button>
                        <button onclick={{
                            let deleting = deleting.clone();
                            Callback::from(move |_: MouseEvent| deleting.set(None))
                        }}>{ t(lang, Key::Cancel) }</button>
                    </div>
                } else {
                    <div class="actions">
                        <button onclick={open} aria-label={format!("{} {}", t(lang, Key::Open), record.title)}>{ t(lang, Key::Open) }</button>
                        <button onclick={start_rename} aria-label={format!("{} {}", t(lang, Key::Rename), record.title)}>{ t(lang, Key::Rename) }</button>
                        <button onclick={duplicate} aria-label={format!("{} {}", t(lang, Key::Duplicate), record.title)}>{ t(lang, Key::Duplicate) }</button>
                        <button class="danger" onclick={ask_delete} aria-label={format!("{} {}", t(lang, Key::Delete), record.title)}>{ t(lang, Key::Delete) }</button>
                    </div>
                }
            </li>
        }
    });

    let undo_delete = last_deleted.as_ref().map(|record| {
        let run = run.clone();
        let last_deleted = last_deleted.clone();
        let record = record.clone();
        let title = record.title.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            last_deleted.set(None);
            let record = record.clone();
            run(Box::new(move |store| Box::pin(async move { store.restore_map(&record).await })));
        });
        html! {
            <p class="undo-delete" role="status">
                <button {onclick}>{ format!("{}: {}", t(lang, Key::UndoDelete), title) }</button>
            </p>
        }
    });

    html! {
        <main class="start-screen" aria-labelledby="start-title">
            <h2 id="start-title">{ t(lang, Key::MapsOnDevice) }</h2>
            <div class="actions">
                <button id="new-map" class="primary" onclick={on_new}>{ t(lang, Key::NewMap) }</button>
                <button id="maps-open-example" onclick={on_example}>{ text(lang, Text::OpenExample) }</button>
                if !props.current.is_empty() {
                    <button onclick={on_back}>{ t(lang, Key::Back) }</button>
                }
                <button id="forget-history" onclick={{
                    let asking_forget = asking_forget.clone();
                    Callback::from(move |_: MouseEvent| {
                        asking_forget.set(true);
                        dom::focus_id("confirm-forget-history");
                    })
                }} disabled={!props.has_history}>{ t(lang, Key::ForgetHistory) }</button>
            </div>
            if *asking_forget {
                <div class="confirm" role="alertdialog" aria-labelledby="forget-history-text">
                    <p id="forget-history-text">{ t(lang, Key::ForgetHistoryConfirm) }</p>
                    <div class="actions">
                        <button id="confirm-forget-history" class="danger" onclick={{
                            let asking_forget = asking_forget.clone();
                            let on_forget_history = props.on_forget_history.clone();
                            Callback::from(move |_: MouseEvent| {
                                asking_forget.set(false);
                                on_forget_history.emit(());
                            })
                        }}>{ t(lang, Key::ForgetHistory) }</button>
                        <button onclick={{
                            let asking_forget = asking_forget.clone();
                            Callback::from(move |_: MouseEvent| asking_forget.set(false))
                        }}>{ t(lang, Key::Cancel) }</button>
                    </div>
                </div>
            }
            { for undo_delete }
            if let Some(err) = problem.as_ref() {
                <p class="problem" role="alert">{ t(lang, match err {
                    StorageError::Full => Key::StorageFull,
                    StorageError::Unavailable(_) | StorageError::Failed(_) => Key::MapsStorageFailed,
                }) }</p>
            }
            if maps.is_empty() {
                <p class="empty">{ t(lang, Key::NoMapsYet) }</p>
            } else {
                <ul class="map-list">{ for rows }</ul>
            }
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct RenameFormProps {
    lang: Lang,
    record: MapRecord,
    on_done: Callback<Option<MapRecord>>,
}

#[component]
fn RenameForm(props: &RenameFormProps) -> Html {
    let lang = props.lang;
    let title = use_state(|| props.record.title.clone());
    let on_input = {
        let title = title.clone();
        Callback::from(move |e: InputEvent| title.set(dom::event_value(&e)))
    };
    let on_submit = {
        let title = title.clone();
        let record = props.record.clone();
        let on_done = props.on_done.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let new_title = title.trim().to_owned();
            if new_title.is_empty() {
                return;
            }
            let mut renamed = record.clone();
            renamed.title = new_title.clone();
            if let Ok(mut map) = from_json(&record.document) {
                let _ = map.apply(Edit::RenameMap { title: new_title });
                renamed.document = to_json(&map);
            }
            renamed.updated = storage::now();
            on_done.emit(Some(renamed));
        })
    };
    let on_cancel = {
        let on_done = props.on_done.clone();
        Callback::from(move |_: MouseEvent| on_done.emit(None))
    };
    html! {
        <form class="rename" onsubmit={on_submit}>
            <label for="rename-map">{ t(lang, Key::MapName) }</label>
            <input spellcheck="false" autocomplete="off" id="rename-map" type="text" value={(*title).clone()} oninput={on_input} />
            <button type="submit" class="primary">{ t(lang, Key::Save) }</button>
            <button type="button" onclick={on_cancel}>{ t(lang, Key::Cancel) }</button>
        </form>
    }
}
