// Where the dashboard gets its change points: history/'s detector (E-divisive means in sliding
// windows with a permutation test), with its documented defaults, and a sentence saying so.
import {
  CHANGE_POINT_MIN_SEGMENT,
  CHANGE_POINT_P_VALUE,
  CHANGE_POINT_WINDOW,
  detectChangePoints as eDivisive,
  type ChangePoint,
} from '../../history/change-points.ts';

export type { ChangePoint };

export type DetectChangePoints = (values: readonly number[]) => Array<Pick<ChangePoint, 'index' | 'pValue' | 'before' | 'after' | 'change'>>;

/** What the page says about how its change points were found. */
export const CHANGE_POINT_METHOD: string | undefined =
  `E-divisive means over the run medians, in windows of ${CHANGE_POINT_WINDOW} runs, permutation test at p < ${CHANGE_POINT_P_VALUE}, ` +
  `at least ${CHANGE_POINT_MIN_SEGMENT} runs either side; before and after are the medians of the segments.`;

export const detectChangePoints: DetectChangePoints = (values) => eDivisive(values);
