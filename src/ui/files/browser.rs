//! The few browser APIs files need: a download without any network (Blob, object URL and
//! a temporary `<a download>`), random bytes, reading a chosen file, today's date, and
//! turning the SVG picture into a PNG on a canvas. Every failure is a `Result`, never a panic.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url,
};

/// How long an object URL lives after its download started. Revoking it at once can cancel
/// the download in some browsers; a minute is plenty and frees the memory afterwards.
const URL_LIFETIME_MS: u32 = 60_000;
/// The PNG is drawn at twice the picture's size, so it stays sharp when printed or zoomed.
const PNG_SCALE: f64 = 2.0;

pub const JSON_TYPE: &str = "application/json";
pub const SEALED_TYPE: &str = "application/octet-stream";
pub const GRAPHML_TYPE: &str = "application/graphml+xml";
pub const CSV_TYPE: &str = "text/csv;charset=utf-8";
pub const SVG_TYPE: &str = "image/svg+xml";
pub const TEXT_TYPE: &str = "text/plain;charset=utf-8";

fn blob_options(mime: &str) -> BlobPropertyBag {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    options
}

pub fn text_blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &blob_options(mime))
}

pub fn bytes_blob(bytes: &[u8], mime: &str) -> Result<Blob, JsValue> {
    let array = Uint8Array::from(bytes);
    Blob::new_with_u8_array_sequence_and_options(&Array::of1(&array), &blob_options(mime))
}

/// Saves a blob under a file name, the way a link with `download` does.
pub fn download(blob: &Blob, file_name: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))?;
    let body = document.body().ok_or_else(|| JsValue::from_str("no body"))?;
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    body.append_child(&link)?;
    link.click();
    link.remove();
    gloo::timers::callback::Timeout::new(URL_LIFETIME_MS, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Fresh random bytes from the browser's cryptographic generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], JsValue> {
    let crypto = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?.crypto()?;
    let mut bytes = [0u8; N];
    crypto.get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

/// The whole file, as bytes. Call only after checking `size()`.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The SVG picture as a PNG blob at twice its size: the picture is loaded into an image
/// (from a blob URL, which the CSP allows), drawn on a canvas, and encoded by the canvas.
pub async fn svg_to_png(svg: &str) -> Result<Blob, JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))?;
    let url = Url::create_object_url_with_blob(&text_blob(svg, SVG_TYPE)?)?;
    let image = HtmlImageElement::new()?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = Url::revoke_object_url(&url);
    decoded?;
    let (width, height) = (f64::from(image.natural_width()) * PNG_SCALE, f64::from(image.natural_height()) * PNG_SCALE);
    if width < 1.0 || height < 1.0 {
        return Err(JsValue::from_str("empty picture"));
    }
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or_else(|| JsValue::from_str("no 2d canvas"))?.dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width, height)?;
    let mut started = Ok(());
    let encoded = Promise::new(&mut |resolve, _reject| {
        started = canvas.to_blob_with_type(&resolve, "image/png");
    });
    started?;
    // `toBlob` gives null when the canvas is too large to encode.
    JsFuture::from(encoded).await?.dyn_into::<Blob>()
}
