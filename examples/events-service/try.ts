// temporary driver, not committed
import '../../src/measure/load/soak.ts';
import '../../src/measure/load/memory.ts';
import '../../src/measure/load/stress.ts';
import { scenarioRegistry } from '../../src/measure/load/registry.ts';
import { runDeclaredScenario } from '../../src/measure/load/run-declared.ts';
await import(process.argv[2]!);
for (const declared of scenarioRegistry().scenarios) {
  const outcome = await runDeclaredScenario(declared, { onProgress: (p) => process.stderr.write(`.${p.iterations}`) });
  const { windows, samples, histogram, ...rest } = outcome as any;
  console.log(JSON.stringify(rest, null, 1));
}
process.exit(0);
