//! A small promise-style wrapper around IndexedDB's event callbacks.

use super::{error_from, StorageError};
use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

#[derive(Clone)]
pub struct Db {
    db: IdbDatabase,
}

impl Db {
    pub async fn open(name: &str, version: u32, stores: &'static [&'static str]) -> Result<Db, StorageError> {
        let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        let factory =
            window.indexed_db().map_err(error_from)?.ok_or_else(|| StorageError::Unavailable("no IndexedDB".into()))?;
        let request: IdbOpenDbRequest = factory.open_with_u32(name, version).map_err(error_from)?;
        let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let Some(db) = event
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok())
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
            else {
                return;
            };
            for store in stores {
                if !db.object_store_names().contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let result = request_to_future(&request).await;
        request.set_onupgradeneeded(None);
        drop(upgrade);
        let db = result?.dyn_into::<IdbDatabase>().map_err(error_from)?;
        Ok(Db { db })
    }

    pub async fn put(&self, store: &str, key: &str, value: &JsValue) -> Result<(), StorageError> {
        let tx = self.db.transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite).map_err(error_from)?;
        let request =
            tx.object_store(store).map_err(error_from)?.put_with_key(value, &key.into()).map_err(error_from)?;
        request_to_future(&request).await?;
        // Only a completed transaction is on disk: wait for it, so "saved" means saved.
        transaction_done(&tx).await
    }

    pub async fn get(&self, store: &str, key: &str) -> Result<JsValue, StorageError> {
        let tx = self.db.transaction_with_str(store).map_err(error_from)?;
        let request = tx.object_store(store).map_err(error_from)?.get(&key.into()).map_err(error_from)?;
        request_to_future(&request).await
    }

    pub async fn get_all(&self, store: &str) -> Result<Array, StorageError> {
        let tx = self.db.transaction_with_str(store).map_err(error_from)?;
        let request = tx.object_store(store).map_err(error_from)?.get_all().map_err(error_from)?;
        Ok(request_to_future(&request).await?.dyn_into::<Array>().unwrap_or_default())
    }

    /// The first value of a store (by key), if any.
    pub async fn first(&self, store: &str) -> Result<JsValue, StorageError> {
        let tx = self.db.transaction_with_str(store).map_err(error_from)?;
        let request = tx
            .object_store(store)
            .map_err(error_from)?
            .get_all_with_key_and_limit(&JsValue::UNDEFINED, 1)
            .map_err(error_from)?;
        let all = request_to_future(&request).await?.dyn_into::<Array>().unwrap_or_default();
        Ok(all.get(0))
    }

    pub async fn delete(&self, store: &str, key: &str) -> Result<(), StorageError> {
        let tx = self.db.transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite).map_err(error_from)?;
        let request = tx.object_store(store).map_err(error_from)?.delete(&key.into()).map_err(error_from)?;
        request_to_future(&request).await?;
        transaction_done(&tx).await
    }
}

/// Resolves with the request's result, or fails with its error.
pub async fn request_to_future(request: &IdbRequest) -> Result<JsValue, StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok_request = request.clone();
        let on_success = Closure::once_into_js(move |_event: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok_request.result().unwrap_or(JsValue::UNDEFINED));
        });
        let err_request = request.clone();
        let on_error = Closure::once_into_js(move |_event: web_sys::Event| {
            let error = err_request.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(error_from)
}

async fn transaction_done(tx: &web_sys::IdbTransaction) -> Result<(), StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move |_event: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed_tx = tx.clone();
        let reject_abort = reject.clone();
        let aborted_tx = tx.clone();
        let on_error = Closure::once_into_js(move |_event: web_sys::Event| {
            let error = failed_tx.error().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        let on_abort = Closure::once_into_js(move |_event: web_sys::Event| {
            let error = aborted_tx.error().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject_abort.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onerror(Some(on_error.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(error_from)
}
