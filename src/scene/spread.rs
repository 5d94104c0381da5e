//! Spacing points out along a line (an arc of a ring): every point as close as possible
//! to where it was wanted, but at least a step from its neighbours and inside bounds.

/// Positions closest (least squares) to `wanted`, which must be ascending, such that
/// neighbours are at least `step` apart and all lie within `low..=high`. When they cannot
/// fit, they are spread evenly over the whole range instead (closer than `step`).
///
/// Shifting point `i` down by `i * step` turns "at least a step apart" into "in
/// ascending order", which pool-adjacent-violators solves exactly in one pass; clamping
/// that solution to the bounds keeps it optimal.
pub fn spread(wanted: &[f64], step: f64, low: f64, high: f64) -> Vec<f64> {
    let count = wanted.len();
    if count == 0 {
        return Vec::new();
    }
    if count == 1 {
        return vec![wanted[0].clamp(low, high.max(low))];
    }
    let needed = step * (count - 1) as f64;
    if needed > high - low {
        let even = (high - low).max(0.0) / (count - 1) as f64;
        return (0..count).map(|i| low + even * i as f64).collect();
    }
    let shifted: Vec<f64> = wanted.iter().enumerate().map(|(i, w)| w - step * i as f64).collect();
    ascending_fit(&shifted)
        .into_iter()
        .enumerate()
        .map(|(i, z)| z.clamp(low, high - needed) + step * i as f64)
        .collect()
}

/// The ascending sequence closest (least squares) to `values`: runs that descend are
/// replaced by their mean (pool adjacent violators).
fn ascending_fit(values: &[f64]) -> Vec<f64> {
    // Each block: (sum, count).
    let mut blocks: Vec<(f64, usize)> = Vec::with_capacity(values.len());
    for &value in values {
        blocks.push((value, 1));
        while blocks.len() >= 2 {
            let (sum, n) = blocks[blocks.len() - 1];
            let (prev_sum, prev_n) = blocks[blocks.len() - 2];
            if prev_sum / prev_n as f64 <= sum / n as f64 {
                break;
            }
            blocks.pop();
            let last = blocks.len() - 1;
            blocks[last] = (prev_sum + sum, prev_n + n);
        }
    }
    blocks.into_iter().flat_map(|(sum, n)| std::iter::repeat_n(sum / n as f64, n)).collect()
}
