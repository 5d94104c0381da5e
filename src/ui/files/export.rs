//! The Export menu: a button that opens a list of file kinds, with "Pseudonymise" and its
//! preview above them. Every export works on a copy of the map and downloads through a
//! blob URL: nothing is sent anywhere.

use super::browser::{self, CSV_TYPE, GRAPHML_TYPE, JSON_TYPE, SEALED_TYPE, SVG_TYPE, TEXT_TYPE};
use super::names::{default_name, file_name};
use super::password::{PasswordDialog, PasswordMode};
use super::say_text;
use super::{Report, Tone};
use crate::i18n::files::{exported, name_style_label, pseudonym_words, pseudonymise_summary, text, Text};
use crate::i18n::{date_from_millis, t, Key, Lang};
use crate::io::pseudonymise::{changes, pseudonymise, NameStyle, Pseudonyms};
use crate::io::{crypto, csv, graphml};
use crate::model::iso_date_from_millis;
use crate::model::{to_json, FamilyMap, Reader};
use crate::present::svg;
use crate::scene::Scene;
use crate::ui::dom;
use crate::ui::state::use_app;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Blob;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Kring,
    Sealed,
    Graphml,
    Csv,
    Svg,
    Png,
    /// The plan of the latest meeting as text, as the chosen reader's printout has it.
    Plan,
}

const FORMATS: [Format; 7] =
    [Format::Kring, Format::Sealed, Format::Graphml, Format::Csv, Format::Svg, Format::Png, Format::Plan];

impl Format {
    fn id(self) -> &'static str {
        match self {
            Format::Kring => "export-kring",
            Format::Sealed => "export-sealed",
            Format::Graphml => "export-graphml",
            Format::Csv => "export-csv",
            Format::Svg => "export-svg",
            Format::Png => "export-png",
            Format::Plan => "export-plan",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        use crate::i18n::readers::{text as rt, Text as RT};
        let key = match self {
            Format::Kring => Text::KringFile,
            Format::Sealed => Text::SealedFile,
            Format::Graphml => Text::Graphml,
            Format::Csv => Text::Csv,
            Format::Svg => Text::SvgPicture,
            Format::Png => Text::PngPicture,
            Format::Plan => return rt(lang, RT::PlanFile),
        };
        text(lang, key)
    }
}

/// A map ready to be written: pseudonymised or not, with today's date.
struct Prepared {
    map: FamilyMap,
    /// The plan of the latest meeting for the chosen reader (or the full one), as text;
    /// none without a meeting, or when pseudonymised (a pseudonymised file holds no meetings).
    plan: Option<String>,
    /// What the person typed as file name; empty for the neutral `kring-<date>`.
    typed_name: String,
    lang: Lang,
    iso_date: String,
    shown_date: String,
}

impl Prepared {
    fn name(&self, suffix: &str) -> String {
        file_name(&self.typed_name, &self.iso_date, suffix)
    }

    fn svg(&self) -> String {
        svg::export(&Scene::build(&self.map, self.lang), self.lang, &self.shown_date)
    }

    /// The files for every kind that needs no password and no canvas.
    fn files(&self, format: Format) -> Vec<(String, Result<Blob, wasm_bindgen::JsValue>)> {
        let lang = self.lang;
        match format {
            Format::Kring => vec![(self.name(".kring.json"), browser::text_blob(&to_json(&self.map), JSON_TYPE))],
            Format::Graphml => {
                vec![(self.name(".graphml"), browser::text_blob(&graphml::export(&self.map, lang), GRAPHML_TYPE))]
            }
            Format::Csv => vec![
                (
                    self.name(&format!(" {}.csv", text(lang, Text::CsvPersons))),
                    browser::text_blob(&csv::export_persons(&self.map), CSV_TYPE),
                ),
                (
                    self.name(&format!(" {}.csv", text(lang, Text::CsvTies))),
                    browser::text_blob(&csv::export_ties(&self.map), CSV_TYPE),
                ),
            ],
            Format::Svg => vec![(self.name(".svg"), browser::text_blob(&self.svg(), SVG_TYPE))],
            Format::Plan => match &self.plan {
                Some(plan) => vec![(
                    self.name(&format!(
                        " {}.txt",
                        crate::i18n::readers::text(lang, crate::i18n::readers::Text::PlanTab)
                    )),
                    browser::text_blob(plan, TEXT_TYPE),
                )],
                None => Vec::new(),
            },
            Format::Sealed | Format::Png => Vec::new(),
        }
    }
}

fn save_all(files: Vec<(String, Result<Blob, wasm_bindgen::JsValue>)>) -> Result<Vec<String>, wasm_bindgen::JsValue> {
    let mut names = Vec::with_capacity(files.len());
    for (name, blob) in files {
        browser::download(&blob?, &name)?;
        names.push(name);
    }
    Ok(names)
}

fn saved(names: Vec<String>) -> Report {
    Report::new(Tone::Done, Rc::new(move |lang| exported(lang, &names)))
}

fn failed() -> Report {
    Report::new(Tone::Problem, say_text(Text::ExportFailed))
}

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub on_report: Callback<Report>,
}

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let open = use_state(|| false);
    let pseudo = use_state(|| false);
    let style = use_state(NameStyle::default);
    let keep_safety = use_state(|| false);
    // An export for one reader holds only what their printout holds.
    let for_reader = use_state(|| None::<Reader>);
    let typed_name = use_state(String::new);
    // The map waiting for a password, and whether sealing runs.
    let sealing = use_mut_ref(|| None::<Prepared>);
    let asking = use_state(|| false);
    let busy = use_state(|| false);

    let prepare = {
        let state = state.clone();
        let (pseudo, style, keep_safety) = (pseudo.clone(), style.clone(), keep_safety.clone());
        let for_reader = for_reader.clone();
        let typed_name = typed_name.clone();
        move || -> Option<Prepared> {
            let map = state.map()?;
            let year = crate::ui::clock::this_year();
            let reader = (*for_reader).unwrap_or(Reader::Professionals);
            let plan = if *pseudo { None } else { crate::present::plan_for(&map, reader, lang, year).map(|p| p.0) };
            let map = crate::present::export_map(&map, *for_reader, lang, year);
            let map = if *pseudo {
                pseudonymise(
                    &map,
                    Pseudonyms { names: *style, words: pseudonym_words(lang), keep_safety: *keep_safety },
                )
            } else {
                map
            };
            let millis = crate::ui::clock::local_millis();
            Some(Prepared {
                map,
                plan,
                typed_name: (*typed_name).clone(),
                lang,
                iso_date: iso_date_from_millis(millis),
                shown_date: date_from_millis(lang, millis),
            })
        }
    };

    let close_menu = {
        let open = open.clone();
        move || {
            open.set(false);
            dom::focus_id("export-button");
        }
    };

    let choose = {
        let on_report = props.on_report.clone();
        let (sealing, asking) = (sealing.clone(), asking.clone());
        let close_menu = close_menu.clone();
        move |format: Format| {
            let on_report = on_report.clone();
            let (prepare, sealing, asking, close_menu) =
                (prepare.clone(), sealing.clone(), asking.clone(), close_menu.clone());
            Callback::from(move |_: MouseEvent| {
                let Some(prepared) = prepare() else { return };
                match format {
                    Format::Sealed => {
                        *sealing.borrow_mut() = Some(prepared);
                        crate::ui::kdf::warm_up();
                        asking.set(true);
                    }
                    Format::Png => {
                        close_menu();
                        let on_report = on_report.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            let name = prepared.name(".png");
                            let report = match browser::svg_to_png(&prepared.svg()).await {
                                Ok(blob) => save_all(vec![(name, Ok(blob))]).map_or_else(|_| failed(), saved),
                                Err(_) => failed(),
                            };
                            on_report.emit(report);
                        });
                    }
                    Format::Plan if prepared.plan.is_none() => {
                        close_menu();
                        on_report.emit(Report::new(
                            Tone::Problem,
                            Rc::new(|lang| {
                                crate::i18n::readers::text(lang, crate::i18n::readers::Text::NoPlanYet).to_owned()
                            }),
                        ));
                    }
                    _ => {
                        close_menu();
                        on_report.emit(save_all(prepared.files(format)).map_or_else(|_| failed(), saved));
                    }
                }
            })
        }
    };

    let on_password = {
        let (sealing, asking, busy, on_report) =
            (sealing.clone(), asking.clone(), busy.clone(), props.on_report.clone());
        let close_menu = close_menu.clone();
        Callback::from(move |password: String| {
            busy.set(true);
            let (sealing, asking, busy, on_report, close_menu) =
                (sealing.clone(), asking.clone(), busy.clone(), on_report.clone(), close_menu.clone());
            // Argon2 runs in the key derivation worker: "Protecting…" shows, the page stays live.
            wasm_bindgen_futures::spawn_local(async move {
                let prepared = sealing.borrow_mut().take();
                let report = match prepared {
                    Some(prepared) => seal_and_save(&prepared, &password).await.map_or_else(|_| failed(), saved),
                    None => failed(),
                };
                busy.set(false);
                asking.set(false);
                close_menu();
                on_report.emit(report);
            });
        })
    };
    let on_password_cancel = {
        let (sealing, asking) = (sealing.clone(), asking.clone());
        let close_menu = close_menu.clone();
        Callback::from(move |_| {
            sealing.borrow_mut().take();
            asking.set(false);
            close_menu();
        })
    };

    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            let opening = !*open;
            open.set(opening);
            if opening {
                dom::focus_id(Format::Kring.id());
            }
        })
    };
    let on_keydown = {
        let close_menu = close_menu.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Escape" => {
                event.prevent_default();
                close_menu();
            }
            "ArrowDown" | "ArrowUp" => {
                let Some(here) = FORMATS.iter().position(|f| Some(f.id()) == active_id().as_deref()) else { return };
                event.prevent_default();
                let next = if event.key() == "ArrowDown" {
                    (here + 1) % FORMATS.len()
                } else {
                    (here + FORMATS.len() - 1) % FORMATS.len()
                };
                dom::focus_now(FORMATS[next].id());
            }
            _ => {}
        })
    };

    // The menu closes when focus or a pointer goes elsewhere on the page, like any menu.
    let root = use_node_ref();
    {
        let (open, root) = (open.clone(), root.clone());
        use_effect_with(*open, move |is_open| {
            let listener = (*is_open).then(|| web_sys::window().and_then(|w| w.document())).flatten().map(|document| {
                EventListener::new(&document, "pointerdown", move |event| {
                    if !within(&root, event.target()) {
                        open.set(false);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let on_focusout = {
        let (open, root, asking) = (open.clone(), root.clone(), *asking);
        Callback::from(move |event: FocusEvent| {
            // No related target: focus went nowhere in particular (a click on text), not away.
            let target = event.related_target();
            if target.is_some() && !asking && !within(&root, target) {
                open.set(false);
            }
        })
    };

    let pseudonymise_controls = html! {
        <PseudonymiseControls pseudo={pseudo.clone()} style={style.clone()}
            keep_safety={keep_safety.clone()} for_reader={*for_reader} />
    };
    html! {
        <div class="files-menu export-menu" ref={root} onfocusout={on_focusout}>
            <button id="export-button" aria-expanded={open.to_string()} aria-controls="export-choices" onclick={toggle}>
                { t(lang, Key::Export) }
            </button>
            if *open {
                <div id="export-choices" class="files-panel" onkeydown={on_keydown}>
                    { reader_choice(lang, &state, &for_reader) }
                    { pseudonymise_controls }
                    <div class="field">
                        <label for="export-file-name">{ text(lang, Text::FileNameOptional) }</label>
                        <input id="export-file-name" type="text" spellcheck="false" autocomplete="off"
                            placeholder={default_name(&iso_date_from_millis(crate::ui::clock::local_millis()), "")}
                            value={(*typed_name).clone()}
                            oninput={{
                                let typed_name = typed_name.clone();
                                Callback::from(move |e: InputEvent| typed_name.set(dom::event_value(&e)))
                            }} />
                    </div>
                    <ul class="export-formats" aria-label={text(lang, Text::ExportChoices)}>
                        { for FORMATS.iter().map(|&format| html! {
                            <li key={format.id()}>
                                <button id={format.id()} class="export-format" onclick={choose(format)}>
                                    { format.label(lang) }
                                </button>
                            </li>
                        }) }
                    </ul>
                </div>
            }
            if *asking {
                <PasswordDialog lang={lang} mode={PasswordMode::Choose} busy={*busy}
                    on_submit={on_password} on_cancel={on_password_cancel} />
            }
        </div>
    }
}

/// Whether an event target is inside the element behind `root`.
fn within(root: &NodeRef, target: Option<web_sys::EventTarget>) -> bool {
    let (Some(root), Some(target)) = (root.cast::<web_sys::Node>(), target) else { return false };
    target.dyn_ref::<web_sys::Node>().is_some_and(|node| root.contains(Some(node)))
}

fn active_id() -> Option<String> {
    web_sys::window()?.document()?.active_element().map(|el| el.id())
}

async fn seal_and_save(prepared: &Prepared, password: &str) -> Result<Vec<String>, wasm_bindgen::JsValue> {
    let salt = browser::random_bytes::<16>()?;
    let nonce = browser::random_bytes::<12>()?;
    let params = crypto::KdfParams::DEFAULT;
    let failed = |_| wasm_bindgen::JsValue::from_str("sealing failed");
    let derived = crate::ui::kdf::derive(password, &salt, params).await.map_err(failed)?;
    let sealed = crypto::seal_derived(&to_json(&prepared.map), &derived, salt, nonce, params).map_err(failed)?;
    drop(derived);
    save_all(vec![(prepared.name(".kring"), browser::bytes_blob(&sealed, SEALED_TYPE))])
}

#[derive(Properties, PartialEq)]
struct PseudonymiseProps {
    pseudo: UseStateHandle<bool>,
    style: UseStateHandle<NameStyle>,
    keep_safety: UseStateHandle<bool>,
    /// The reader the export is for: the preview shows only what their file holds.
    for_reader: Option<Reader>,
}

/// The "Pseudonymise" checkbox, the choice of what names become, and the preview of
/// exactly what the file will hold.
#[component]
fn PseudonymiseControls(props: &PseudonymiseProps) -> Html {
    let Some(state) = use_app() else { return Html::default() };
    let lang = state.lang;
    let on_toggle = {
        let pseudo = props.pseudo.clone();
        Callback::from(move |_: Event| pseudo.set(!*pseudo))
    };
    let preview = if *props.pseudo {
        let how = Pseudonyms { names: *props.style, words: pseudonym_words(lang), keep_safety: *props.keep_safety };
        let Some(map) = state.map() else { return html! {} };
        let today = crate::ui::clock::this_year();
        let what = changes(&crate::present::export_map(&map, props.for_reader, lang, today), how);
        let lines = pseudonymise_summary(lang, &what, *props.style, *props.keep_safety);
        let on_keep_safety = {
            let keep_safety = props.keep_safety.clone();
            Callback::from(move |_: Event| keep_safety.set(!*keep_safety))
        };
        html! {
            <>
                <fieldset class="checks name-styles">
                    <legend>{ text(lang, Text::NamesBecome) }</legend>
                    { for NameStyle::ALL.iter().map(|&choice| {
                        let style = props.style.clone();
                        let id = format!("names-{choice:?}").to_lowercase();
                        html! {
                            <label key={id.clone()} for={id.clone()}>
                                <input type="radio" id={id} name="name-style" checked={*props.style == choice}
                                    onchange={Callback::from(move |_: Event| style.set(choice))} />
                                { name_style_label(lang, choice) }
                            </label>
                        }
                    }) }
                </fieldset>
                <label class="check" for="keep-safety">
                    <input type="checkbox" id="keep-safety" checked={*props.keep_safety} onchange={on_keep_safety} />
                    { text(lang, Text::KeepSafety) }
                </label>
                <div class="pseudonym-preview">
                    <h2 id="preview-heading">{ text(lang, Text::PreviewHeading) }</h2>
                    <ul>{ for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    <div class="table-scroll preview-table" tabindex="0" role="region" aria-labelledby="preview-heading">
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{ text(lang, Text::NameNow) }</th>
                                    <th scope="col">{ text(lang, Text::NameInFile) }</th>
                                    <th scope="col">{ text(lang, Text::RoleInFile) }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for what.persons.into_iter().map(|line| html! {
                                    <tr key={line.id.0}>
                                        <td>{ line.name }</td>
                                        <td>{ line.written_name }</td>
                                        <td>{ line.written_role }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </div>
            </>
        }
    } else {
        html! {}
    };
    html! {
        <div class="pseudonymise">
            <label class="check" for="pseudonymise">
                <input type="checkbox" id="pseudonymise" checked={*props.pseudo} onchange={on_toggle}
                    aria-describedby="pseudonymise-help" />
                { text(lang, Text::Pseudonymise) }
            </label>
            <p id="pseudonymise-help" class="hint">{ text(lang, Text::PseudonymiseHelp) }</p>
            { preview }
        </div>
    }
}

/// "Export for": everything (for professionals only, and it says so), the network, or one
/// person on the map.
fn reader_choice(lang: Lang, state: &crate::ui::state::AppHandle, chosen: &UseStateHandle<Option<Reader>>) -> Html {
    use crate::i18n::readers::{reader_name, text as rt, Text as RT};
    let Some(map) = state.map() else { return html! {} };
    let mut options = vec![(String::new(), rt(lang, RT::FullExport).to_owned())];
    options.push(("network".to_owned(), reader_name(lang, Reader::Network, &map)));
    options.extend(
        map.persons()
            .iter()
            .filter(|p| p.kind == crate::model::PersonKind::Person && !p.deceased)
            .map(|p| (format!("person-{}", p.id.0), p.name.clone())),
    );
    let current = match **chosen {
        None | Some(Reader::Professionals) => String::new(),
        Some(Reader::Network) => "network".to_owned(),
        Some(Reader::Person(id)) => format!("person-{}", id.0),
    };
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let value = dom::event_value(&e);
            chosen.set(match value.as_str() {
                "network" => Some(Reader::Network),
                other => other
                    .strip_prefix("person-")
                    .and_then(|n| n.parse().ok())
                    .map(|n| Reader::Person(crate::model::PersonId(n))),
            });
        })
    };
    // What this reader's files leave out, in numbers (as the print preview says it).
    let left_out = match **chosen {
        Some(reader) if reader != Reader::Professionals => {
            let counts = crate::present::left_out_for(&map, reader);
            let audience = crate::present::audience_of(reader);
            crate::i18n::meeting::left_out_text(lang, counts, audience, &reader_name(lang, reader, &map))
        }
        _ => Vec::new(),
    };
    html! {
        <div class="field export-for">
            <label for="export-for">{ rt(lang, RT::ForThisReader) }</label>
            <select id="export-for" {onchange} aria-describedby="export-left-out">
                { for options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == current}>{ text.clone() }</option>
                }) }
            </select>
            <div id="export-left-out" class="left-out" role="status" aria-live="polite">
                { for left_out.into_iter().map(|line| html! { <p class="left-out-line">{ line }</p> }) }
            </div>
            <p class="hint">{ rt(lang, RT::PlanFileHelp) }</p>
        </div>
    }
}
