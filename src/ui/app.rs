//! The root component: loads the map from storage, autosaves every change, and lays out
//! the toolbar, the map, the side panels and the list view, or the "My maps" screen.

use super::child::ChildMode;
use super::clock::new_map_id;
use super::dom;
use super::example::{example_record, is_example};
use super::guided::GuidedSession;
use super::insights_panel::InsightsPanel;
use super::legend::Legend;
use super::list_view::ListView;
use super::map_controls::{ConnectBar, MapControls};
use super::map_view::MapView;
use super::meeting::{MeetingScreen, ReaderPlan};
use super::person_form::AddPersonForm;
use super::person_panel::PersonPanel;
use super::relations_view::RelationsView;
use super::saver::{SaveOutcome, Saver};
use super::screen::Screen;
use super::side_panel::{tab_id, PanelTab, PanelTabs, TAB_BODY};
use super::start_screen::{StartScreen, StoreHandle};
use super::state::{use_app, Action, AppHandle, AppState, SaveState, Selection};
use super::tie_panel::TiePanel;
use super::timeline::TimelinePanel;
use super::toolbar::{LangSwitch, MainMenu, Toolbar};
use crate::i18n::reliability;
use crate::i18n::workspace::{text, Text};
use crate::i18n::{t, Key, Lang};
use crate::model::{from_json, to_json, Edit, Editor, FamilyMap, HistoryRead};
use crate::storage::journal::Journal;
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
    html! {
        <super::quick_exit::QuickExit>
            <super::lock::LockGate><Kring /></super::lock::LockGate>
        </super::quick_exit::QuickExit>
    }
}

/// Owns the app's state and gives it to every component below through a context.
#[component]
fn Kring() -> Html {
    let state = use_reducer(|| AppState::new(initial_lang(), crate::storage::now));
    html! {
        <ContextProvider<AppHandle> context={state}>
            <Screens />
        </ContextProvider<AppHandle>>
    }
}

/// The screens of the app: the map editor with its panels, and the full screens (meeting,
/// guided session, child mode, my maps).
#[component]
fn Screens() -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let saver = use_mut_ref(Saver::new);
    let adding = use_state(|| false);
    // The panel beside the map: open at the start where there is room beside the map
    // (not on a phone, where it would cover the map), on the list.
    let panel_open = use_state(dom::room_beside_map);
    let tab = use_state(|| PanelTab::List);
    // Child mode left without an adult (a reload, a new tab) opens again.
    let screen = use_state(|| if prefs::child_room().is_some() { Screen::Child } else { Screen::Editor });
    let viewport = use_state(Viewport::default);
    // Child mode and the adult's PIN for leaving it (kept as a digest until an adult leaves).
    let child_room = use_state(|| prefs::child_room().map(std::rc::Rc::new));

    // A map read from a file: saved (and made the current map) only once it has been drawn.
    let pending_new = use_mut_ref(|| None::<MapRecord>);
    // The token of the opening in progress, confirmed in IndexedDB once the map is drawn.
    let starting = use_mut_ref(|| None::<String>);

    // Load the map this device worked on last, or start a new one. If Kring stopped while
    // opening a map last time, show "My maps" with a message instead of trying it again.
    {
        let dispatch = state.dispatcher();
        let saver = saver.clone();
        let lang = state.lang;
        let screen = screen.clone();
        let starting = starting.clone();
        use_effect_with((), move |_| {
            let last_start = prefs::last_start();
            wasm_bindgen_futures::spawn_local(async move {
                // The crash journal first: what it holds may be newer than IndexedDB.
                let journal = Journal::open().await;
                if journal.is_none() && !prefs::said_protection_limited() {
                    prefs::remember_protection_limited();
                    dispatch.dispatch(Action::Safety(Some(reliability::Text::Limited)));
                }
                let mut safety = None;
                let store = open_store().await;
                // The last opening was marked but never confirmed as drawn: that map stopped Kring.
                let failed = match (&store, &last_start) {
                    (Ok(store), Some(token)) => {
                        let confirmed = store.setting(prefs::STARTED_SETTING).await.ok().flatten();
                        prefs::opening_failed(token, confirmed.as_deref())
                    }
                    _ => false,
                };
                if let (true, Some(token)) = (failed, &last_start) {
                    prefs::avoid(prefs::map_of_start(token));
                }
                let action = match store {
                    Ok(store) if failed => {
                        // What the journal holds still goes back into IndexedDB, but no map is
                        // opened by itself: the last start stopped while opening one.
                        if let Some(journal) = journal.as_ref() {
                            store.recover_from_journal(journal).await;
                        }
                        saver.borrow_mut().set_store(store);
                        screen.set(Screen::Maps);
                        Action::Loaded {
                            map_id: new_map_id(),
                            editor: Editor::new(FamilyMap::new(t(lang, Key::UntitledMap))),
                            notice: Some(Key::StartFailed),
                        }
                    }
                    Ok(store) => {
                        saver.borrow_mut().set_store(store.clone());
                        let (action, recovered) = load_last_map(&store, lang, journal.as_ref()).await;
                        safety = recovered.then_some(reliability::Text::Recovered);
                        action
                    }
                    Err(_) => match newest_in_journal(journal.as_ref()).await {
                        // IndexedDB does not open (after a kill Chromium has refused it with
                        // "Internal error opening backing store"): work on from the journal,
                        // which keeps every change until IndexedDB is back.
                        Some(action) => {
                            saver.borrow_mut().set_journal_only();
                            safety = Some(reliability::Text::JournalOnly);
                            action
                        }
                        None => {
                            dispatch.dispatch(Action::SaveFailed(SaveState::Unavailable));
                            Action::Loaded {
                                map_id: new_map_id(),
                                editor: Editor::new(FamilyMap::new(t(lang, Key::UntitledMap))),
                                notice: Some(Key::StorageUnavailable),
                            }
                        }
                    },
                };
                if let Action::Loaded { map_id, .. } = &action {
                    *starting.borrow_mut() = Some(prefs::mark_starting(map_id));
                }
                dispatch.dispatch(action);
                if safety.is_some() {
                    dispatch.dispatch(Action::Safety(safety));
                }
            });
        });
    }

    // The map has been drawn: it started well. Only now does it become the map this device
    // opens next, and only now is a map read from a file saved.
    {
        let saver = saver.clone();
        let pending_new = pending_new.clone();
        let starting = starting.clone();
        let loaded = state.is_loaded();
        use_effect_with((state.map_id.clone(), loaded), move |(map_id, loaded)| {
            if *loaded {
                let started = starting.borrow_mut().take();
                let new = pending_new.borrow_mut().take().filter(|record| &record.id == map_id);
                let store = saver.borrow().store();
                let map_id = map_id.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let Some(store) = store else {
                        // IndexedDB did not open (Kring works from the crash journal): there
                        // is nowhere durable to confirm the opening, so take the mark away.
                        if started.is_some() {
                            prefs::forget_start();
                        }
                        return;
                    };
                    let confirmed = match started {
                        Some(token) => store.set_setting(prefs::STARTED_SETTING, &token).await.is_ok(),
                        None => true,
                    };
                    if !confirmed {
                        prefs::forget_start();
                    }
                    if let Some(record) = new {
                        if store.save_map(&record).await.is_err() {
                            return;
                        }
                    }
                    let _ = store.set_setting(CURRENT_MAP, &map_id).await;
                });
            }
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
                    SaveOutcome::Journaled(revision) => dispatch.dispatch(Action::Journaled { revision }),
                    SaveOutcome::Failed(err) => dispatch.dispatch(Action::SaveFailed(match err {
                        StorageError::Full => SaveState::Full,
                        StorageError::Unavailable(_) => SaveState::Unavailable,
                        StorageError::Failed(_) => SaveState::Failed,
                    })),
                });
                let revision = current.revision;
                let for_journal = current.clone();
                let make = Box::new(move || record_of(&current));
                let entry = Box::new(move |writable: &dyn Fn(&str) -> bool| for_journal.journal_entry(writable));
                Saver::request(&saver, revision, make, entry, done);
            }
        });
    }

    // Language: page attributes, the remembered choice, and the quick-exit button.
    let quick_exit = use_context::<super::quick_exit::QuickExitLang>();
    use_effect_with(state.lang, move |lang| {
        dom::set_document_lang(*lang);
        prefs::save_lang(*lang);
        if let Some(quick_exit) = quick_exit {
            quick_exit.0.emit(*lang);
        }
    });

    // The window title says "Kring" and nothing else: a family's name in the title lands in
    // the browser's history (synced to other devices), tab strips and screen shares.
    use_effect_with((), |_| dom::set_document_title("Kring"));

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
        let pending_new = pending_new.clone();
        let current_id = state.map_id.clone();
        Callback::from(move |(record, is_new): (MapRecord, bool)| {
            if record.id == current_id {
                // Already open; the copy in storage may be a moment behind the screen.
                screen.set(Screen::Editor);
                return;
            }
            let (editor, history) = match from_json(&record.document) {
                Ok(map) => Editor::read_history(map, &record.history),
                Err(_) => {
                    dispatch.dispatch(Action::Notice(Some(Key::LoadFailed)));
                    return;
                }
            };
            let notice = (history == HistoryRead::Dropped).then_some(Key::HistoryNotRead);
            let map_id = record.id.clone();
            prefs::stop_avoiding(&map_id);
            *starting.borrow_mut() = Some(prefs::mark_starting(&map_id));
            // Saved and made current once drawn (the effect above), so a file that cannot be
            // drawn never becomes the map Kring opens at the start.
            *pending_new.borrow_mut() = is_new.then_some(record);
            dispatch.dispatch(Action::Loaded { map_id, editor, notice });
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
        let (screen, child_room) = (screen.clone(), child_room.clone());
        Callback::from(move |s| {
            if s == Screen::Child {
                child_room.set(Some(std::rc::Rc::new(prefs::enter_child_room(None))));
            }
            screen.set(s)
        })
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
            // Under the "Show as" lens the map is only looked at: no adding or connecting.
            <Toolbar on_add={on_add.clone()}
                drawing={*screen == Screen::Editor && state.lens.is_none()} />
            // The end of the header: room for more buttons (a quick exit) before the menu.
            <div class="header-end">
                <MainMenu on_screen={on_screen.clone()}
                    on_open={open_record.clone()} on_child_pin={{
                        let (screen, child_room) = (screen.clone(), child_room.clone());
                        Callback::from(move |pin: String| {
                            child_room.set(Some(std::rc::Rc::new(prefs::enter_child_room(Some(&pin)))));
                            screen.set(Screen::Child);
                        })
                    }} />
            </div>
        </header>
    };
    let notices = html! {
        <>
            // When another tab saves this map, reload it or block this stale tab.
            <super::tab_guard::TabGuard />
            if let Some(notice) = state.notice {
                <div class="notice" role="alert"><p>{ t(lang, notice) }</p></div>
            }
            if let Some(safety) = state.safety {
                // A recovery is news to check; "limited here" is said once, quietly.
                <div class={classes!("notice", (safety == reliability::Text::Limited).then_some("quiet"))}
                    role={if safety == reliability::Text::Limited { "status" } else { "alert" }} id="safety-note">
                    <p>{ reliability::text(lang, safety) }</p>
                </div>
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
        Screen::Meeting => Some(html! { <MeetingScreen on_back={back.clone()} /> }),
        Screen::Guided => Some(html! { <GuidedSession on_back={back.clone()} /> }),
        Screen::Child => {
            let back = {
                let (back, child_room) = (back.clone(), child_room.clone());
                Callback::from(move |_| {
                    prefs::leave_child_room();
                    child_room.set(None);
                    back.emit(());
                })
            };
            let room = (*child_room).clone().unwrap_or_default();
            Some(html! { <ChildMode on_back={back} {room} /> })
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
                    has_history={state.can_undo() || state.can_redo()}
                    on_forget_history={{
                        let on_action = on_action.clone();
                        Callback::from(move |_| {
                            on_action.emit(Action::ForgetHistory);
                            on_action.emit(Action::Notice(Some(Key::HistoryForgotten)));
                        })
                    }}
                    on_back={{
                        let screen = screen.clone();
                        Callback::from(move |_| screen.set(Screen::Editor))
                    }} />
            </div>
        };
    }

    // Under the "Show as" lens nothing is edited or selected, and no panel shows what is
    // kept from that reader: the map and the insights follow the lens, the rest waits.
    let lens = state.lens.is_some();
    let map_action = if lens { Callback::noop() } else { on_action.clone() };
    let details = match state.selection {
        _ if lens => html! {},
        Some(Selection::Person(id)) => {
            html! { <PersonPanel key={format!("p{}", id.0)} id={id} /> }
        }
        Some(Selection::Tie(id)) => {
            html! { <TiePanel key={format!("t{}", id.0)} id={id} /> }
        }
        None if *adding => {
            html! { <AddPersonForm on_close={on_form_close} /> }
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
    let shown_tab = tab.effective(lens);
    let tab_body = match shown_tab {
        PanelTab::Plan => match state.lens {
            Some(reader) => html! { <ReaderPlan {reader} /> },
            None => html! {},
        },
        // Never reached under the lens (see `PanelTab::effective`): the backstop.
        PanelTab::Relations | PanelTab::List | PanelTab::OverTime if lens => html! {},
        PanelTab::Insights => html! { <InsightsPanel /> },
        PanelTab::Relations => html! { <RelationsView /> },
        PanelTab::List => {
            html! { <ListView state={state.clone()} shown={state.shown()} on_action={on_action.clone()} /> }
        }
        PanelTab::OverTime => html! { <TimelinePanel /> },
        PanelTab::Legend => html! { <Legend lang={lang} /> },
    };
    let start_hint = start_hint(&map);
    let open_example = {
        let open_record = open_record.clone();
        Callback::from(move |_: MouseEvent| open_record.emit((example_record(lang), true)))
    };
    // The example goes as any map goes from My maps: its stored copy, journal and spare too.
    let remove_example = {
        let store = saver.borrow().store();
        let map_id = state.map_id.clone();
        let on_current_deleted = on_current_deleted.clone();
        Callback::from(move |_: MouseEvent| {
            on_current_deleted.emit(());
            if let Some(store) = store.clone() {
                let id = map_id.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = store.delete_map(&id).await;
                });
            }
            dom::focus_id("add-person");
        })
    };

    html! {
        <div class="app editor" key="editor">
            { header }
            { notices }
            <main class={classes!("workspace", panel_shown.then_some("with-panel"))}>
                <section class="map-pane" aria-label={t(lang, Key::NetworkMap)}>
                    // The example says so above the map, never over it.
                    if is_example(&state.map_id) {
                        <div class="example-banner" role="note">
                            <p><strong>{ text(lang, Text::ExampleMark) }</strong>{ ": " }{ text(lang, Text::ExampleBanner) }
                                <span class="more">{ " " }{ text(lang, Text::ExampleBannerMore) }</span></p>
                            <button id="remove-example" onclick={remove_example}>{ text(lang, Text::RemoveExample) }</button>
                        </div>
                    }
                    // Above the map: room for a banner that says whose view is shown.
                    <div class="map-stage">
                        <MapView state={state.clone()} look={state.map_look()} on_action={map_action} viewport={viewport.clone()} />
                        <MapControls viewport={viewport.clone()}
                            panel_shown={panel_shown} on_panel={on_panel.clone()} />
                        if let Some(hint) = start_hint {
                            <div class="map-hint">
                                <p>{ text(lang, hint) }</p>
                                if hint == Text::StartHere {
                                    <button id="open-example" onclick={open_example.clone()}>{ text(lang, Text::OpenExample) }</button>
                                }
                            </div>
                        }
                    </div>
                    // Under the map, not over it: while connecting, every person stays in reach.
                    <ConnectBar />
                </section>
                // On paper only: the legend beside the map (`@media print` in the stylesheet).
                <div class="print-legend">
                    <Legend lang={lang} print={true} />
                </div>
                <aside id="side-pane" class="side-pane" aria-label={text(lang, Text::Panel)} hidden={!panel_shown}>
                    if has_details {
                        <div class="details">{ details }</div>
                    }
                    <PanelTabs lang={lang} tab={tab.clone()} on_close={on_panel.reform(|_| false)} lens={lens} />
                    <div id={TAB_BODY} class="tab-body" role="tabpanel" aria-labelledby={tab_id(shown_tab)}>
                        { tab_body }
                    </div>
                </aside>
            </main>
        </div>
    }
}

/// One line over a map that is just started: where to begin, then what comes next.
fn start_hint(map: &FamilyMap) -> Option<Text> {
    let persons = map.persons();
    if persons.is_empty() {
        Some(Text::StartHere)
    } else if persons.len() < 3 && persons.iter().all(|p| p.in_centre()) {
        Some(Text::NextOutside)
    } else {
        None
    }
}

/// Opens IndexedDB; a refusal right after the browser was killed can be passing, so it is
/// asked three times.
async fn open_store() -> Result<Store, StorageError> {
    let mut tries = 0;
    loop {
        match Store::open().await {
            Ok(store) => return Ok(store),
            Err(err) if tries >= 2 => return Err(err),
            Err(_) => {
                tries += 1;
                storage::journal::pause(300).await;
            }
        }
    }
}

/// The newest map the crash journal holds, opened (for when IndexedDB does not open).
async fn newest_in_journal(journal: Option<&Journal>) -> Option<Action> {
    let maps = journal?.read_all().await;
    let newest = maps.into_iter().filter_map(|(_, replayed)| replayed).max_by(|a, b| a.stamp.total_cmp(&b.stamp))?;
    let notice = (newest.history == HistoryRead::Dropped).then_some(Key::HistoryNotRead);
    Some(Action::Loaded { map_id: newest.map, editor: newest.editor, notice })
}

/// The map to open at start, and whether the crash journal put anything back.
async fn load_last_map(store: &Store, lang: Lang, journal: Option<&Journal>) -> (Action, bool) {
    // What the journal holds and IndexedDB lost or had not written yet goes back first.
    let recovered = match journal {
        Some(journal) => store.recover_from_journal(journal).await,
        None => Vec::new(),
    };
    // A map that once stopped Kring while opening is not opened by itself again.
    let avoided = prefs::avoided();
    let current = store.setting(CURRENT_MAP).await.ok().flatten().filter(|id| Some(id) != avoided.as_ref());
    let from_journal = match &current {
        Some(id) => recovered.iter().find(|(r, _)| &r.id == id),
        // IndexedDB lost everything, settings too: the newest map the journal gave back.
        None => recovered.iter().max_by(|a, b| a.0.updated.total_cmp(&b.0.updated)),
    };
    // The journal's history of that map did not read: the map is whole, undo starts afresh.
    let mut notice = from_journal.filter(|(_, read)| *read == HistoryRead::Dropped).map(|_| Key::HistoryNotRead);
    let record = match (from_journal, current) {
        (Some((record, _)), _) => Some(record.clone()),
        (None, Some(id)) => store.load_map(&id).await.ok().flatten(),
        (None, None) => None,
    };
    // Storage lost the map (a browser killed mid-write can come back with an empty store):
    // put its spare copy back, unless that map is still stored.
    let record = match record {
        Some(record) => Some(record),
        None => match spare::read().await {
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
        None => {
            store.list_maps().await.ok().and_then(|maps| maps.into_iter().find(|m| Some(&m.id) != avoided.as_ref()))
        }
    };
    let fresh = |notice| Action::Loaded {
        map_id: new_map_id(),
        editor: Editor::new(FamilyMap::new(t(lang, Key::UntitledMap))),
        notice,
    };
    // Made the current map again only once it has been drawn (see the effect in `App`).
    let action = match record {
        None => fresh(None),
        Some(record) => match from_json(&record.document) {
            Ok(map) => {
                let (editor, history) = Editor::read_history(map, &record.history);
                let notice = notice.or((history == HistoryRead::Dropped).then_some(Key::HistoryNotRead));
                Action::Loaded { map_id: record.id, editor, notice }
            }
            // Keep the unreadable record where it is; start a new map beside it.
            Err(_) => fresh(Some(Key::LoadFailed)),
        },
    };
    (action, !recovered.is_empty())
}

fn record_of(state: &AppState) -> Option<MapRecord> {
    let map = state.map()?;
    Some(MapRecord {
        id: state.map_id.clone(),
        title: map.title().to_owned(),
        // The stamp of the newest change in it: compared with the journal's at start.
        updated: state.stamp(),
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
