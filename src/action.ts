// The Action's entry: everything happens in action/main.ts.
import { run } from './action/main.ts';

await run();
