// One scenario child process: the same supervision as a benchmark file's child, over the load protocol.
import { runChild, type ChildExit, type ChildRun } from '../measure/micro/spawn-child.ts';
import type { LoadChildConfig, LoadChildMessage } from './protocol.ts';

export type LoadChildRun = Omit<ChildRun<LoadChildMessage, LoadChildConfig>, 'kind' | 'onSpawn'>;
export type LoadChildExit = ChildExit<LoadChildMessage>;

export function runLoadChild(run: LoadChildRun): Promise<LoadChildExit> {
  return runChild<LoadChildMessage, LoadChildConfig>({ ...run, kind: 'scenario' });
}
