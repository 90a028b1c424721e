/** One measured number, printed as `group.name: value unit (ref X unit, ratio Y)`. */
export interface Figure {
  /** Short snake_case name ending in its unit, e.g. `cold_empty_ms`. */
  name: string;
  value: number;
  unit: string;
  /** The same quantity for the reference, measured in the same run; the ratio is value / ref. */
  ref?: number;
  /** Decimals to print the value and the reference with (default: 0 for ms, 1 otherwise). */
  decimals?: number;
}

export interface Report {
  /** Prints one figure line on stdout. */
  figure(figure: Figure): void;
  /** Progress and remarks: stderr, so stdout holds only figure lines. */
  note(message: string): void;
}

export interface BenchGroup {
  name: string;
  description: string;
  run(report: Report): Promise<void>;
}
