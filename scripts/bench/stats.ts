// Summaries of repeated runs: the median is the figure, the spread says how much to trust it.

export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Interquartile range: where the middle half of the runs fell. */
  p25: number;
  p75: number;
  n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    n: sorted.length,
  };
}

export const median = (values: readonly number[]): number => summarize(values).median;
