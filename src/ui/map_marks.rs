//! How one person and one tie of the scene are drawn on screen. The map draws every
//! person and tie with these, and the drag layer draws the person being dragged with the
//! same ones, so a dragged person looks exactly like itself.

use super::state::{Action, Selection};
use crate::model::{PersonId, PersonKind, TieKind};
use crate::scene::{PersonMark, TieLine};
use std::rc::Rc;
use yew::prelude::*;

pub fn arrow_markers() -> Html {
    html! {
        <marker id="arrow-end" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5"
            orient="auto-start-reverse" markerUnits="strokeWidth">
            <path d="M0 0L10 5L0 10z" class="arrow" />
        </marker>
    }
}

#[derive(Properties, PartialEq)]
pub struct TieViewProps {
    pub line: Rc<TieLine>,
    pub dimmed: bool,
    pub selected: bool,
    pub on_action: Callback<Action>,
}

/// One tie. A component compared by value, so a change to one person redraws only the
/// ties that actually moved, not every line on the map.
#[component]
pub fn TieView(props: &TieViewProps) -> Html {
    let line = &props.line;
    let onclick = {
        let on_action = props.on_action.clone();
        let id = line.id;
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            on_action.emit(Action::Select(Some(Selection::Tie(id))));
        })
    };
    html! {
        <g class={classes!("tie-group", props.dimmed.then_some("dimmed"), props.selected.then_some("selected"))}
            data-tie-id={line.id.0.to_string()}>
            // A wide invisible stroke makes thin lines easy to tap.
            <path class="tie-hit" d={line.path.clone()} onclick={onclick} onpointerdown={Callback::from(|e: PointerEvent| e.stop_propagation())} />
            { tie_shape(line) }
        </g>
    }
}

/// The visible line of a tie with its arrowheads and its kind's symbol.
pub fn tie_shape(line: &TieLine) -> Html {
    let style = &line.style;
    html! {
        <>
            <path class={classes!("tie", style.class)} d={line.path.clone()}
                stroke-width={fmt(style.width)} stroke-dasharray={style.dash}
                marker-end={style.arrow_end.then_some("url(#arrow-end)")}
                marker-start={style.arrow_start.then_some("url(#arrow-end)")} fill="none" />
            { tie_badge(line) }
        </>
    }
}

/// A small symbol halfway along a support or risk tie, so the kind reads even where the
/// line pattern is hard to see (short ties, black-and-white print): "+" in a circle for
/// support, "!" in a diamond for risk.
///
/// Drawn at absolute coordinates, without a `transform`: in Chromium every transformed
/// SVG group is a paint property of its own, and hundreds of them make each frame's
/// compositing step slow on a large map.
fn tie_badge(line: &TieLine) -> Html {
    let (x, y) = line.midpoint();
    let at = |dx: f64, dy: f64| format!("{} {}", fmt(x + dx), fmt(y + dy));
    match line.kind {
        TieKind::Support => html! {
            <g class="tie-badge badge-support">
                <circle cx={fmt(x)} cy={fmt(y)} r="11" />
                <path d={format!("M{}H{}M{}V{}", at(-6.0, 0.0), fmt(x + 6.0), at(0.0, -6.0), fmt(y + 6.0))} />
            </g>
        },
        TieKind::Risk => html! {
            <g class="tie-badge badge-risk">
                <path d={format!("M{}L{}L{}L{}Z", at(0.0, -13.0), at(13.0, 0.0), at(0.0, 13.0), at(-13.0, 0.0))} />
                <path d={format!("M{}V{}M{}V{}", at(0.0, -6.5), fmt(y + 2.0), at(0.0, 4.5), fmt(y + 6.0))} />
            </g>
        },
        TieKind::Contact => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub struct PersonNodeProps {
    pub mark: Rc<PersonMark>,
    pub selected: bool,
    pub dimmed: bool,
    /// Picked as the start of a new tie.
    pub picked: bool,
    /// Radius of the invisible circle that takes taps (at least 44 px across on screen).
    pub hit_r: f64,
    pub on_key: Callback<(PersonId, KeyboardEvent)>,
    pub on_down: Callback<(PersonId, PointerEvent)>,
}

/// One person on the map. Keyed and compared by value, so a change to one person
/// redraws only that person.
#[component]
pub fn PersonNode(props: &PersonNodeProps) -> Html {
    let mark = &props.mark;
    let id = mark.id;
    let onkeydown = {
        let on_key = props.on_key.clone();
        Callback::from(move |event: KeyboardEvent| on_key.emit((id, event)))
    };
    let onpointerdown = {
        let on_down = props.on_down.clone();
        Callback::from(move |event: PointerEvent| on_down.emit((id, event)))
    };
    html! {
        <g class={classes!(person_classes(mark), props.selected.then_some("selected"),
                props.dimmed.then_some("dimmed"), props.picked.then_some("picked"))}
            tabindex="0" role="button" aria-label={mark.accessible_name.clone()}
            aria-pressed={(props.selected || props.picked).to_string()}
            data-person-id={id.0.to_string()} {onkeydown} {onpointerdown}>
            <circle class="person-hit" cx={fmt(mark.x)} cy={fmt(mark.y)} r={fmt(props.hit_r)} />
            { person_shape(mark) }
        </g>
    }
}

/// The classes that give a person's circle its look (household, child, deceased).
pub fn person_classes(mark: &PersonMark) -> Classes {
    classes!(
        "person",
        mark.household.then_some("household"),
        mark.child.then_some("child"),
        mark.deceased.then_some("deceased")
    )
}

/// A person's circle (a square for an organisation), symbols and name, at the mark's
/// place. Absolute coordinates, no `transform`, for the same reason as `tie_badge`.
pub fn person_shape(mark: &PersonMark) -> Html {
    let (x, y, r) = (mark.x, mark.y, mark.r);
    html! {
        <>
            if let Some([x1, y1, x2, y2]) = mark.label_leader {
                <line class="label-leader" x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)} />
            }
            if mark.kind == PersonKind::Organisation {
                // Organisations and places are squares, as in the exported picture.
                <rect x={fmt(x - r)} y={fmt(y - r)} width={fmt(2.0 * r)} height={fmt(2.0 * r)} rx="5" class="person-dot" />
            } else {
                <circle cx={fmt(x)} cy={fmt(y)} r={fmt(r)} class="person-dot" />
            }
            if !mark.gender_symbol.is_empty() {
                <text class="gender-symbol" x={fmt(x + r * 0.8)} y={fmt(y - r * 0.8)} text-anchor="middle"
                    dominant-baseline="central">{ mark.gender_symbol }</text>
            }
            if !mark.avatar.is_empty() {
                <text class="avatar" x={fmt(x)} y={fmt(y)} text-anchor="middle" dominant-baseline="central">{ mark.avatar.clone() }</text>
            }
            <text class="person-label" x={fmt(mark.label_x)} y={fmt(mark.label_y)}
                text-anchor="middle">{ mark.label.clone() }</text>

        </>
    }
}

/// What plays a role for a person: a number in a square beside the circle (shape and
/// text, never colour alone). Drawn outside the person's button, whose accessible name
/// already says which things they are.
pub fn factor_badge(mark: &PersonMark, dimmed: bool) -> Html {
    let Some([x, y, size]) = crate::scene::factor_badge(mark) else { return html! {} };
    html! {
        <g class={classes!("factor-badge", dimmed.then_some("dimmed"))} data-factors-of={mark.id.0.to_string()}>
            <rect x={fmt(x)} y={fmt(y)} width={fmt(size)} height={fmt(size)} rx="2" />
            <text x={fmt(x + size / 2.0)} y={fmt(y + size / 2.0)} text-anchor="middle"
                dominant-baseline="central">{ mark.factors.to_string() }</text>
        </g>
    }
}

/// The child and age badge and the safe-adult shield (`scene::badges`), sized with the
/// names the scene was placed for, so they stay readable when the map is shown small.
pub fn person_badges(mark: &PersonMark) -> Html {
    let (age, safe) = crate::scene::badges(mark, crate::scene::badge_size(mark.label_font));
    html! {
        <>
            if let Some(b) = age {
                <g class={classes!("badge-age", b.child.then_some("badge-child"))} aria-hidden="true">
                    <rect x={fmt(b.rect[0])} y={fmt(b.rect[1])} width={fmt(b.rect[2])} height={fmt(b.rect[3])}
                        rx={fmt(b.rect[3] / 2.0)} />
                    if let Some(figure) = b.figure {
                        <path d={figure} />
                    }
                    if !b.text.is_empty() {
                        <text x={fmt(b.text_x)} y={fmt(b.text_y)} font-size={fmt(b.font)} text-anchor="middle">{ b.text }</text>
                    }
                </g>
            }
            if let Some(b) = safe {
                <g class="badge-safe" aria-hidden="true">
                    <path d={b.path} />
                    <text x={fmt(b.text_x)} y={fmt(b.text_y)} font-size={fmt(b.font)} text-anchor="middle">{ b.text }</text>
                </g>
            }
        </>
    }
}

/// A coordinate as written in the map's SVG: a tenth of a unit is finer than any screen.
pub use crate::scene::svg_number as fmt;
