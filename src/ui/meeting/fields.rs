//! Labelled form controls for the meeting form. Every control has a visible label tied to
//! it (`for`/`id`), so it has an accessible name and a bigger target to click or tap.

use crate::i18n::meeting::{remove_what, text, Text};
use crate::i18n::Lang;
use yew::prelude::*;

/// A one-line text field. `kind` is the input type: text, tel, email or date.
pub fn text_field(
    id: &str,
    label: &str,
    kind: &'static str,
    value: &str,
    oninput: Callback<InputEvent>,
    onblur: Callback<FocusEvent>,
) -> Html {
    // Never "tel"/"email": these are other people's numbers, which the browser must not
    // keep for autofill or offer to the next person using this device.
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label.to_owned() }</label>
            <input autocomplete="off" spellcheck="false" id={id.to_owned()} type={kind} value={value.to_owned()} {oninput} {onblur} />
        </div>
    }
}

/// A text area for sentences in people's own words.
pub fn text_area(
    id: &str,
    label: &str,
    value: &str,
    oninput: Callback<InputEvent>,
    onblur: Callback<FocusEvent>,
) -> Html {
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label.to_owned() }</label>
            <textarea autocomplete="off" spellcheck="false" id={id.to_owned()} rows="2" value={value.to_owned()} {oninput} {onblur} />
        </div>
    }
}

/// A drop-down list. `options` are (value, text) pairs.
pub fn select_field(
    id: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label.to_owned() }</label>
            <select id={id.to_owned()} {onchange}>
                { for options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={value == selected}>{ text.clone() }</option>
                }) }
            </select>
        </div>
    }
}

pub fn checkbox(id: &str, label: &str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="check" for={id.to_owned()}>
            <input id={id.to_owned()} type="checkbox" {checked} {onchange} />{ label.to_owned() }
        </label>
    }
}

/// The "add" button of a list of texts (worries, agreements, ...). While an item is still
/// empty (`empty`: its field's id and title), a new one is refused: the empty field gets the
/// focus and a plain message says why, so no empty item ends up in the plan.
pub fn add_button(
    edit: &super::edit::MeetingEdit,
    id: &str,
    label: &str,
    empty: Option<(String, String)>,
    add: Callback<MouseEvent>,
) -> Html {
    add_button_named(edit, id, label, None, empty, add)
}

/// `add_button` with a fuller accessible name than its visible label (one of several
/// "add a step" buttons says which red flag it adds to).
pub fn add_button_named(
    edit: &super::edit::MeetingEdit,
    id: &str,
    label: &str,
    name: Option<String>,
    empty: Option<(String, String)>,
    add: Callback<MouseEvent>,
) -> Html {
    let lang = edit.state.lang;
    let refused_here = edit.refused.as_deref() == Some(id);
    let message =
        empty.as_ref().filter(|_| refused_here).map(|(_, title)| crate::i18n::review::still_empty(lang, title));
    let onclick = {
        let (refused, id, empty) = (edit.refused.clone(), id.to_owned(), empty.clone());
        Callback::from(move |event: MouseEvent| match &empty {
            Some((field, _)) => {
                refused.set(Some(id.clone()));
                crate::ui::dom::focus_id(field);
            }
            None => {
                if refused.is_some() {
                    refused.set(None);
                }
                add.emit(event);
            }
        })
    };
    html! {
        <>
            <button id={id.to_owned()} type="button" {onclick} aria-label={name}>{ label.to_owned() }</button>
            if let Some(message) = message {
                <p class="status refused" role="alert">{ message }</p>
            }
        </>
    }
}

/// The first item of a list whose text is empty: its field's id and its title.
pub fn first_empty<T>(
    items: &[T],
    text: impl Fn(&T) -> &str,
    field: impl Fn(usize) -> String,
    title: impl Fn(usize) -> String,
) -> Option<(String, String)> {
    items.iter().position(|item| text(item).trim().is_empty()).map(|i| (field(i), title(i)))
}

/// A "Remove: Worry 2" button.
pub fn remove_button(lang: Lang, what: &str, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="small danger" aria-label={remove_what(lang, what)} {onclick}>
            { text(lang, Text::Remove) }
        </button>
    }
}

/// A set of picked names (each removable) plus a list to add one more, for "for whom" and
/// "linked ties". `choices` are (value, text) pairs; `picked` are values in `choices`.
pub struct PickSet<'a> {
    pub lang: Lang,
    pub id: &'a str,
    pub label: &'a str,
    pub choices: &'a [(String, String)],
    pub picked: &'a [String],
    pub on_add: Callback<String>,
    pub on_remove: Callback<String>,
}

impl PickSet<'_> {
    pub fn view(self) -> Html {
        let lang = self.lang;
        let select = NodeRef::default();
        let open: Vec<&(String, String)> = self.choices.iter().filter(|(v, _)| !self.picked.contains(v)).collect();
        let text_of = |value: &str| {
            self.choices.iter().find(|(v, _)| v == value).map(|(_, t)| t.clone()).unwrap_or_else(|| value.to_owned())
        };
        let add = {
            let select = select.clone();
            let on_add = self.on_add.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(el) = select.cast::<web_sys::HtmlSelectElement>() {
                    let value = el.value();
                    if !value.is_empty() {
                        on_add.emit(value);
                    }
                }
            })
        };
        let list_id = format!("{}-list", self.id);
        html! {
            <fieldset class="pick-set">
                <legend>{ self.label.to_owned() }</legend>
                if !self.picked.is_empty() {
                    <ul class="picked" id={list_id}>
                        { for self.picked.iter().map(|value| {
                            let name = text_of(value);
                            let on_remove = self.on_remove.clone();
                            let value = value.clone();
                            html! {
                                <li>
                                    <span>{ name.clone() }</span>
                                    { remove_button(lang, &name, Callback::from(move |_| on_remove.emit(value.clone()))) }
                                </li>
                            }
                        }) }
                    </ul>
                }
                if !open.is_empty() {
                    <div class="pick-add">
                        <label class="visually-hidden" for={self.id.to_owned()}>{ self.label.to_owned() }</label>
                        <select id={self.id.to_owned()} ref={select}>
                            <option value="" selected=true>{ text(lang, Text::Choose) }</option>
                            { for open.iter().map(|(value, text)| html! {
                                <option value={value.clone()}>{ text.clone() }</option>
                            }) }
                        </select>
                        <button type="button" class="small" onclick={add}
                            aria-label={format!("{}: {}", text(lang, Text::Add), self.label)}>
                            { text(lang, Text::Add) }
                        </button>
                    </div>
                }
            </fieldset>
        }
    }
}

/// "Who may read this?" for one meeting item; `set` puts the choice on the item.
pub fn item_readers(
    lang: Lang,
    edit: &super::edit::MeetingEdit,
    id: &str,
    readers: &crate::model::Readers,
    map: &crate::model::FamilyMap,
    about: &[crate::model::PersonId],
    set: impl Fn(&mut crate::meeting::Meeting, crate::model::Readers) + 'static,
) -> Html {
    let edit = edit.clone();
    let set = std::rc::Rc::new(set);
    let on_change = Callback::from(move |readers: crate::model::Readers| {
        let set = set.clone();
        edit.change(move |m| set(m, readers));
    });
    crate::ui::readers_field::readers_field(lang, id, readers, map, about, on_change)
}

/// The persons at home: who most meeting items are about.
pub fn household(map: &crate::model::FamilyMap) -> Vec<crate::model::PersonId> {
    map.persons().into_iter().filter(|p| p.in_centre()).map(|p| p.id).collect()
}
