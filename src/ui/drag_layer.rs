//! The person being dragged, drawn on a layer of its own above the map. While a person is
//! dragged the map itself does not change at all: the person stays where it was (as in
//! most drawing tools, until it is let go) and a copy on this layer follows the pointer
//! with its ties (and its name, role and the square with what plays a role) and the
//! outline of the cell it would land in. So each frame redraws a
//! handful of shapes instead of the whole map; the map changes once, on letting go.

use super::gestures::Point;
use super::map_marks::{factor_badge, fmt, person_badges, person_classes, person_shape, tie_shape};
use crate::model::PersonId;
use crate::scene::Scene;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Who is dragged where (scene units), or nothing.
pub type Dragged = Option<(PersonId, Point)>;

/// Hands each pointer move from the map (which hears the pointer) to the drag layer
/// (which draws), so a move redraws the layer alone, not the map around it. The layer
/// puts its own setter here when it appears.
#[derive(Clone, Default)]
pub struct DragPointer(Rc<RefCell<Option<UseStateSetter<Dragged>>>>);

impl DragPointer {
    pub fn set(&self, dragged: Dragged) {
        if let Some(setter) = self.0.borrow().as_ref() {
            setter.set(dragged);
        }
    }
}

impl PartialEq for DragPointer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties)]
pub struct DragLayerProps {
    pub scene: Rc<Scene>,
    pub pointer: DragPointer,
    /// The map's view box and name size, so the layer lines up with the map exactly.
    pub view_box: AttrValue,
    pub font_size: AttrValue,
}

impl PartialEq for DragLayerProps {
    fn eq(&self, other: &Self) -> bool {
        // The same scene object: comparing two scenes field by field would cost more
        // than it saves.
        Rc::ptr_eq(&self.scene, &other.scene)
            && (&self.pointer, &self.view_box, &self.font_size) == (&other.pointer, &other.view_box, &other.font_size)
    }
}

#[component]
pub fn DragLayer(props: &DragLayerProps) -> Html {
    let dragged = use_state(|| None::<(PersonId, Point)>);
    {
        let pointer = props.pointer.clone();
        let setter = dragged.setter();
        use_effect_with((), move |_| {
            *pointer.0.borrow_mut() = Some(setter);
            move || drop(pointer.0.borrow_mut().take())
        });
    }
    let Some(lifted) = dragged.and_then(|(person, at)| props.scene.lifted(person, at.x, at.y)) else {
        return html! {};
    };
    html! {
        <svg class="map-drag" viewBox={props.view_box.clone()} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
            <g font-size={props.font_size.clone()}>
                <path class="drop-target" d={lifted.target.clone()} />
                { for lifted.ties.iter().map(tie_shape) }
                <g class={classes!(person_classes(&lifted.mark), "dragged")}>
                    { person_shape(&lifted.mark) }
                    { person_badges(&lifted.mark) }
                </g>
                // The role under the name and the square with what plays a role go along,
                // as the name does.
                if !lifted.mark.role.is_empty() {
                    <text class="person-role" x={fmt(lifted.mark.label_x)} y={fmt(lifted.mark.role_y)}
                        text-anchor="middle">{ lifted.mark.role.clone() }</text>
                }
                { factor_badge(&lifted.mark, false) }
            </g>
        </svg>
    }
}
