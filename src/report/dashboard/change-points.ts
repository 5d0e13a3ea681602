// Where the dashboard gets its change points. The detector itself is history/'s (E-divisive
// means with a permutation test, src/history/change-points.ts); until that module is on main
// this finds none, and the dashboard says so instead of marking steps.
export interface ChangePoint {
  /** First value after the step. */
  index: number;
  pValue: number;
  before: number;
  after: number;
  change: number;
}

export type DetectChangePoints = (values: readonly number[]) => ChangePoint[];

/** How the detector works, for the page to say; undefined until the real one is wired in. */
export const CHANGE_POINT_METHOD: string | undefined = undefined;

export const detectChangePoints: DetectChangePoints = () => [];
