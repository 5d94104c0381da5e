//! The app's state as Yew sees it: the reducer (`crate::session`, pure and tested
//! natively) behind `use_reducer`, and the context through which components read it.

pub use crate::session::*;
use std::rc::Rc;
use yew::{hook, use_callback, use_context, Callback, Reducible, UseReducerHandle};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.after(action)
    }
}

/// The app's state as components see it: read it, and change it only by dispatching an
/// `Action` (the reducer below is the one place that changes the map).
pub type AppHandle = UseReducerHandle<AppState>;

/// The app's state, from the context `App` provides, so no component needs it handed down
/// through its parents. `None` only outside the app (a component rendered on its own).
#[hook]
pub fn use_app() -> Option<AppHandle> {
    use_context::<AppHandle>()
}

/// A callback that dispatches actions to the app's state. The same callback for the whole
/// life of the component, so children that take it as a prop are not redrawn for it.
#[hook]
pub fn use_actions() -> Callback<Action> {
    let dispatcher = use_context::<AppHandle>().map(|state| state.dispatcher());
    use_callback((), move |action: Action, _| {
        if let Some(dispatcher) = &dispatcher {
            dispatcher.dispatch(action);
        }
    })
}
