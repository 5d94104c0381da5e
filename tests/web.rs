//! Components in a real browser DOM (wasm-bindgen-test, headless Chromium).
#![cfg(target_arch = "wasm32")]

use kring::ui::App;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

/// Waits (up to ~5 s) until `selector` matches, since Yew and IndexedDB answer asynchronously.
async fn wait_for(selector: &str) -> web_sys::Element {
    for _ in 0..250 {
        if let Ok(Some(el)) = document().query_selector(selector) {
            return el;
        }
        sleep(Duration::from_millis(20)).await;
    }
    panic!("{selector} never appeared");
}

async fn settle() {
    sleep(Duration::from_millis(50)).await;
}

#[wasm_bindgen_test]
async fn adding_a_person_shows_them_on_the_map_and_in_the_list() {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();

    let add = wait_for("#add-person").await.dyn_into::<HtmlElement>().unwrap();
    add.click();
    let name = wait_for("#person-name").await.dyn_into::<HtmlInputElement>().unwrap();
    name.set_value("Oma Ria");
    name.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    settle().await;
    let form = wait_for("form.person-form").await;
    let save = form.query_selector("button[type=submit]").unwrap().unwrap().dyn_into::<HtmlElement>().unwrap();
    save.click();
    settle().await;

    let on_map = root.query_selector("svg.map g.person[aria-label^='Oma Ria']").unwrap();
    assert!(on_map.is_some(), "the person is drawn on the map");
    let in_list = root.query_selector(".list-view table.persons tbody th").unwrap().map(|th| th.text_content());
    assert_eq!(in_list, Some(Some("Oma Ria".to_string())));
    assert!(root.query_selector("form.person-form").unwrap().is_none(), "the form closes after saving");

    // Undo takes the person away again.
    let undo = root.query_selector_all(".toolbar button").unwrap();
    let undo = (0..undo.length())
        .filter_map(|i| undo.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().as_deref() == Some("Ongedaan maken"))
        .expect("an undo button, in Dutch by default");
    undo.click();
    settle().await;
    assert!(root.query_selector("svg.map g.person").unwrap().is_none());
}
