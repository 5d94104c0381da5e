//! Sorting with one compiled sort for the whole app. The standard library's sort is
//! generic over the comparison: every `sort_by` with its own closure (and every element
//! type) compiles a copy of the whole sorting machinery, and in the WebAssembly that every
//! family downloads those copies added up to about 100 KB. Here the items are sorted by
//! position, through one comparison of positions, so the machinery exists once; only the
//! small step that puts items in their new order is compiled per element type.
//!
//! Stable, like `slice::sort_by`: items that compare equal keep their order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    put_in_order(items, &order);
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` (of two positions) says. The one place
/// the standard sort is instantiated.
#[inline(never)]
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Puts the item that was at `order[i]` at `i`, for every `i`, by following each cycle of
/// the permutation with swaps.
fn put_in_order<T>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !done[at] {
            done[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut expected = items.clone();
        expected.sort_by_key(|item| item.0);
        sort_by_key(&mut items, |item| item.0);
        assert_eq!(items, expected);
        sort_by(&mut items, |a, b| b.1.cmp(&a.1));
        assert_eq!(items.iter().map(|i| i.1).collect::<String>(), "edcba");
        let mut long: Vec<u32> = (0..500).map(|i| (i * 7919) % 503).collect();
        let mut expected = long.clone();
        expected.sort();
        sort_by(&mut long, Ord::cmp);
        assert_eq!(long, expected);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }
}
