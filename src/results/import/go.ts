// `go test -bench` text output. Each result line is a name, an iteration count and one
// or more "value unit" pairs:
//
//     BenchmarkParse/small-8   	 1000000	      1052 ns/op	     336 B/op	       6 allocs/op
//
// Lines repeated by `-count=N` become the samples of one benchmark. The trailing -N
// (GOMAXPROCS) is dropped from names, as benchstat does, so runs on machines with a
// different core count still line up. The first metric of a line keeps the plain name;
// the others are named "<name> - <unit>". A metric that is ever 0 or negative (0 B/op is
// common) is left out: benchgate compares ratios, and a ratio to 0 means nothing.
import { InputError } from '../../errors.ts';
import type { BenchmarkResult, Direction } from '../model.ts';

interface Series {
  name: string;
  unit: string;
  group?: string;
  samples: number[];
  usable: boolean;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Times, memory and counts per op are better small; rates (MB/s, ops/s) are better big. */
export function goDirection(unit: string): Direction {
  return unit.endsWith('/s') ? 'bigger' : 'smaller';
}

export function parseGo(text: string, source: string): BenchmarkResult[] {
  const series = new Map<string, Series>();
  let pkg: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('pkg:')) {
      pkg = line.slice(4).trim() || undefined;
      continue;
    }
    const tokens = line.split(/\s+/);
    // With -v, go also prints a bare "BenchmarkX" line before the result: not a result.
    if (!tokens[0]?.startsWith('Benchmark') || tokens.length < 4 || tokens.length % 2 !== 0) continue;
    if (!/^\d+$/.test(tokens[1]!)) continue;
    const pairs: Array<[number, string]> = [];
    for (let i = 2; i < tokens.length; i += 2) {
      if (!NUMBER.test(tokens[i]!)) break;
      pairs.push([Number(tokens[i]), tokens[i + 1]!]);
    }
    if (pairs.length !== (tokens.length - 2) / 2) continue;
    const name = tokens[0].replace(/-\d+$/, '');
    pairs.forEach(([value, unit], i) => {
      const key = `${pkg ?? ''}\0${name}\0${unit}`;
      let s = series.get(key);
      if (!s) {
        s = { name: i === 0 ? name : `${name} - ${unit}`, unit, samples: [], usable: true, ...(pkg ? { group: pkg } : {}) };
        series.set(key, s);
      }
      if (!(value > 0) || !Number.isFinite(value)) s.usable = false;
      s.samples.push(value);
    });
  }
  if (series.size === 0) {
    throw new InputError(source, 'expected `go test -bench` output with result lines like "BenchmarkParse-8   1000000   1052 ns/op", found none');
  }
  const kept = [...series.values()].filter((s) => s.usable);
  // The same benchmark name in two packages: qualify both by package so neither is lost.
  const count = new Map<string, number>();
  for (const s of kept) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  return kept.map((s) => ({
    name: (count.get(s.name) ?? 0) > 1 && s.group ? `${s.group} ${s.name}` : s.name,
    unit: s.unit,
    direction: goDirection(s.unit),
    samples: s.samples,
    ...(s.group ? { group: s.group } : {}),
  }));
}
