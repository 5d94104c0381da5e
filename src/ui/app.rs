//! The root component: loads the map from storage, autosaves every change, and lays out
//! the toolbar, the map, the side panels and the list view, or the "My maps" screen.

use super::child::ChildMode;
use super::clock::new_map_id;
use super::dom;
use super::guided::GuidedSession;
use super::insights_panel::InsightsPanel;
use super::legend::Legend;
use super::list_view::ListView;
use super::map_controls::MapControls;
use super::map_view::MapView;
use super::meeting::MeetingScreen;
use super::person_form::AddPersonForm;
use super::person_panel::PersonPanel;
use super::relations_view::RelationsView;
use super::saver::{SaveOutcome, Saver};
use super::screen::Screen;
use super::side_panel::{tab_id, PanelTab, PanelTabs, TAB_BODY};
use super::start_screen::{StartScreen, StoreHandle};
use super::state::{Action, AppState, SaveState, Selection};
use super::tie_panel::TiePanel;
use super::timeline::TimelinePanel;
use super::toolbar::{LangSwitch, MainMenu, Toolbar};
use crate::i18n::workspace::{ws, Ws};
use crate::i18n::{t, Key, Lang};
use crate::model::{from_json, to_json, Edit, Editor, FamilyMap};
use crate::storage::{self, prefs, spare, MapRecord, StorageError, Store};
use crate::viewport::Viewport;
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
    // The panel beside the map: open at the start where there is room beside the map
    // (not on a phone, where it would cover the map), on the list.
    let panel_open = use_state(dom::room_beside_map);
    let tab = use_state(|| PanelTab::List);
    let screen = use_state(|| Screen::Editor);
    let viewport = use_state(Viewport::default);

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
                let done = Callback::from(move |outcome: SaveOutcome| match outcome {
                    SaveOutcome::Saved(revision) => dispatch.dispatch(Action::Saved { revision }),
                    SaveOutcome::Failed(err) => dispatch.dispatch(Action::SaveFailed(match err {
                        StorageError::Full => SaveState::Full,
                        StorageError::Unavailable(_) => SaveState::Unavailable,
                        StorageError::Failed(_) => SaveState::Failed,
                    })),
                });
                let revision = current.revision;
                let make = Box::new(move || record_of(&current));
                Saver::request(&saver, revision, make, done);
            }
        });
    }

    // Language: page attributes and the remembered choice.
    use_effect_with(state.lang, move |lang| {
        dom::set_document_lang(*lang);
        prefs::save_lang(*lang);
    });

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
    // One callback for the app's whole life: components that get it keep equal props, so
    // Yew can skip redrawing the ones whose data did not change.
    let on_action = {
        let dispatch = state.dispatcher();
        use_callback((), move |action: Action, _| dispatch.dispatch(action))
    };
    let on_add = {
        let adding = adding.clone();
        let on_action = on_action.clone();
        Callback::from(move |_| {
            on_action.emit(Action::Select(None));
            adding.set(true);
        })
    };
    let on_form_close = {
        let adding = adding.clone();
        Callback::from(move |_| {
            adding.set(false);
            dom::focus_id("add-person");
        })
    };
    let open_record = {
        let dispatch = state.dispatcher();
        let screen = screen.clone();
        let saver = saver.clone();
        let current_id = state.map_id.clone();
        Callback::from(move |(record, is_new): (MapRecord, bool)| {
            if record.id == current_id {
                // Already open; the copy in storage may be a moment behind the screen.
                screen.set(Screen::Editor);
                return;
            }
            let editor = match from_json(&record.document) {
                Ok(map) => Editor::with_history(map, &record.history),
                Err(_) => {
                    dispatch.dispatch(Action::Notice(Some(Key::LoadFailed)));
                    return;
                }
            };
            let store = saver.borrow().store();
            let id = record.id.clone();
            let map_id = record.id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(store) = store {
                    if is_new {
                        let _ = store.save_map(&record).await;
                    }
                    let _ = store.set_setting(CURRENT_MAP, &id).await;
                }
            });
            dispatch.dispatch(Action::Loaded { map_id, editor, notice: None });
            screen.set(Screen::Editor);
        })
    };
    let on_current_deleted = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| {
            dispatch.dispatch(Action::Loaded {
                map_id: new_map_id(),
                editor: Editor::new(FamilyMap::new(t(lang, Key::UntitledMap))),
                notice: None,
            });
        })
    };
    let on_rename_current = {
        let on_action = on_action.clone();
        Callback::from(move |title: String| on_action.emit(Action::Apply(Edit::RenameMap { title })))
    };

    let Some(map) = state.map() else {
        return html! { <div class="app loading" aria-busy="true"><p>{ "Kring…" }</p></div> };
    };
    let title = map.title().to_owned();

    let on_screen = {
        let screen = screen.clone();
        Callback::from(move |s| screen.set(s))
    };
    // One slim header: the map's name and saved state, the drawing buttons, and one menu
    // for everything else. Child mode has no header (see below).
    let header = html! {
        <header class="topbar">
            <h1 class="brand">{ t(lang, Key::AppName) }</h1>
            <div class="map-heading">
                <p class="map-title">{ title.clone() }</p>
                <p class={classes!("save-state", save_class(state.save_state))} role="status" aria-live="polite">
                    { save_text(lang, state.save_state) }
                </p>
            </div>
            <Toolbar state={state.clone()} on_action={on_action.clone()} on_add={on_add.clone()}
                drawing={*screen == Screen::Editor} />
            // The end of the header: room for more buttons (a quick exit) before the menu.
            <div class="header-end">
                <MainMenu state={state.clone()} on_action={on_action.clone()} on_screen={on_screen.clone()}
                    on_open={open_record.clone()} />
            </div>
        </header>
    };
    let notices = html! {
        <>
            // Issue 7: when another tab saves this map, reload it or block this stale tab.
            <super::tab_guard::TabGuard state={state.clone()} on_action={on_action.clone()} />
            if let Some(notice) = state.notice {
                <div class="notice" role="alert"><p>{ t(lang, notice) }</p></div>
            }
            if matches!(state.save_state, SaveState::Full | SaveState::Failed | SaveState::Unavailable) {
                <div class="notice" role="alert"><p>{ t(lang, save_problem_key(state.save_state)) }</p></div>
            }
        </>
    };

    let back = {
        let screen = screen.clone();
        Callback::from(move |_| screen.set(Screen::Editor))
    };
    let full_screen = match *screen {
        Screen::Meeting => {
            Some(html! { <MeetingScreen state={state.clone()} on_action={on_action.clone()} on_back={back.clone()} /> })
        }
        Screen::Guided => {
            Some(html! { <GuidedSession state={state.clone()} on_action={on_action.clone()} on_back={back.clone()} /> })
        }
        Screen::Child => {
            Some(html! { <ChildMode state={state.clone()} on_action={on_action.clone()} on_back={back.clone()} /> })
        }
        Screen::Editor | Screen::Maps => None,
    };
    if *screen == Screen::Child {
        // Child mode is a room of its own: no adult header, no way to the adult screens
        // but the adult's way out inside it.
        if let Some(content) = full_screen {
            return html! {
                <div class="app child-room" key="child">
                    <header class="child-room-bar">
                        <h1 class="visually-hidden">{ t(lang, Key::AppName) }</h1>
                        <p class="visually-hidden" role="status" aria-live="polite">{ save_text(lang, state.save_state) }</p>
                        <LangSwitch lang={lang} on_action={on_action.clone()} />
                    </header>
                    { notices }{ content }
                </div>
            };
        }
    }
    if let Some(content) = full_screen {
        return html! { <div class="app" key="screen">{ header }{ notices }{ content }</div> };
    }
    if *screen == Screen::Maps {
        let store = saver.borrow().store().map(StoreHandle);
        return html! {
            <div class="app" key="maps">
                { header }
                { notices }
                <StartScreen lang={lang} store={store} current={state.map_id.clone()} current_title={title}
                    on_open={open_record} on_rename_current={on_rename_current} on_current_deleted={on_current_deleted}
                    on_back={{
                        let screen = screen.clone();
                        Callback::from(move |_| screen.set(Screen::Editor))
                    }} />
            </div>
        };
    }

    let details = match state.selection {
        Some(Selection::Person(id)) => {
            html! { <PersonPanel key={format!("p{}", id.0)} state={state.clone()} id={id} on_action={on_action.clone()} /> }
        }
        Some(Selection::Tie(id)) => {
            html! { <TiePanel key={format!("t{}", id.0)} state={state.clone()} id={id} on_action={on_action.clone()} /> }
        }
        None if *adding => {
            html! { <AddPersonForm state={state.clone()} on_action={on_action.clone()} on_close={on_form_close} /> }
        }
        None => html! {},
    };
    let has_details = state.selection.is_some() || *adding;
    // What was chosen on the map always shows, so the panel is open while it is there.
    let panel_shown = *panel_open || has_details;
    let on_panel = {
        let (panel_open, adding, on_action) = (panel_open.clone(), adding.clone(), on_action.clone());
        Callback::from(move |open: bool| {
            if !open {
                adding.set(false);
                on_action.emit(Action::Select(None));
            }
            panel_open.set(open);
        })
    };
    let tab_body = match *tab {
        PanelTab::Insights => html! { <InsightsPanel state={state.clone()} on_action={on_action.clone()} /> },
        PanelTab::Relations => html! { <RelationsView state={state.clone()} /> },
        PanelTab::List => {
            html! { <ListView state={state.clone()} shown={state.shown()} on_action={on_action.clone()} /> }
        }
        PanelTab::OverTime => html! { <TimelinePanel state={state.clone()} on_action={on_action.clone()} /> },
        PanelTab::Legend => html! { <Legend lang={lang} /> },
    };
    let start_hint = start_hint(&map);

    html! {
        <div class="app editor" key="editor">
            { header }
            { notices }
            <main class={classes!("workspace", panel_shown.then_some("with-panel"))}>
                <section class="map-pane" aria-label={t(lang, Key::NetworkMap)}>
                    // Above the map: room for a banner that says whose view is shown.
                    <div class="map-stage">
                        <MapView state={state.clone()} look={state.map_look()} on_action={on_action.clone()} viewport={viewport.clone()} />
                        <MapControls state={state.clone()} on_action={on_action.clone()} viewport={viewport.clone()}
                            panel_shown={panel_shown} on_panel={on_panel.clone()} />
                        if let Some(hint) = start_hint {
                            <p class="map-hint">{ ws(lang, hint) }</p>
                        }
                    </div>
                </section>
                <aside id="side-pane" class="side-pane" aria-label={ws(lang, Ws::Panel)} hidden={!panel_shown}>
                    if has_details {
                        <div class="details">{ details }</div>
                    }
                    <PanelTabs lang={lang} tab={tab.clone()} on_close={on_panel.reform(|_| false)} />
                    <div id={TAB_BODY} class="tab-body" role="tabpanel" aria-labelledby={tab_id(*tab)}>
                        { tab_body }
                    </div>
                </aside>
            </main>
        </div>
    }
}

/// One line over a map that is just started: where to begin, then what comes next.
fn start_hint(map: &FamilyMap) -> Option<Ws> {
    let persons = map.persons();
    if persons.is_empty() {
        Some(Ws::StartHere)
    } else if persons.len() < 3 && persons.iter().all(|p| p.in_centre()) {
        Some(Ws::NextOutside)
    } else {
        None
    }
}

async fn load_last_map(store: &Store, lang: Lang) -> Action {
    let current = store.setting(CURRENT_MAP).await.ok().flatten();
    let record = match current {
        Some(id) => store.load_map(&id).await.ok().flatten(),
        None => None,
    };
    let mut notice = None;
    // Storage lost the map (a browser killed mid-write can come back with an empty store):
    // put its spare copy back, unless that map is still stored.
    let record = match record {
        Some(record) => Some(record),
        None => match spare::read() {
            Some(copy) if matches!(store.load_map(&copy.id).await, Ok(None)) => {
                let restored = store.save_map(&copy).await.is_ok();
                notice = Some(if restored { Key::RestoredFromSpare } else { Key::StorageUnavailable });
                Some(copy)
            }
            _ => None,
        },
    };
    // The last map may have been deleted: fall back to the newest one.
    let record = match record {
        Some(record) => Some(record),
        None => store.list_maps().await.ok().and_then(|maps| maps.into_iter().next()),
    };
    let fresh = |notice| Action::Loaded {
        map_id: new_map_id(),
        editor: Editor::new(FamilyMap::new(t(lang, Key::UntitledMap))),
        notice,
    };
    let action = match record {
        None => fresh(None),
        Some(record) => match from_json(&record.document) {
            Ok(map) => Action::Loaded { map_id: record.id, editor: Editor::with_history(map, &record.history), notice },
            // Keep the unreadable record where it is; start a new map beside it.
            Err(_) => fresh(Some(Key::LoadFailed)),
        },
    };
    if let Action::Loaded { map_id, .. } = &action {
        let _ = store.set_setting(CURRENT_MAP, map_id).await;
    }
    action
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
