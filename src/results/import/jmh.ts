// JMH's `-rf json` output: an array with one entry per benchmark (and parameter set). The name is
// the benchmark's, with its @Param values appended as github-action-benchmark appends them
// (`name ( {"size":"10"} )`); the unit is JMH's score unit. Throughput modes (ops/s, ops/ms) are
// bigger-is-better, time modes (ns/op, us/op) smaller. The samples are `primaryMetric.rawData`,
// one score per measurement iteration, grouped by fork: each fork is its own JVM, so its number is
// the process. Without rawData the score is the one sample. Secondary metrics (profilers) are not read.
import { describe, InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { directionOf, isComparable, isObject, NameRegister, oneProcess, stringField } from './common.ts';
import { parseJson } from './json.ts';

export function looksLikeJmh(doc: unknown): boolean {
  return Array.isArray(doc) && doc.length > 0 && doc.every((e) => isObject(e) && typeof e.benchmark === 'string' && isObject(e.primaryMetric));
}

export function parseJmh(text: string, source: string, notes: string[]): BenchmarkResult[] {
  const doc = parseJson(text, source);
  if (!Array.isArray(doc)) throw new InputError(source, `expected JMH's -rf json output, an array of { benchmark, primaryMetric }, found ${describe(doc)}`);
  if (doc.length === 0) throw new InputError(source, 'expected at least one JMH benchmark, found an empty array');
  const names = new NameRegister(source);
  return doc.map((entry, i): BenchmarkResult => {
    const at = `[${i}]`;
    if (!isObject(entry)) throw new InputError(source, `${at}: expected a JMH benchmark result, found ${describe(entry)}`);
    const benchmark = stringField(source, entry, 'benchmark', `${at}.`);
    const metric = entry.primaryMetric;
    if (!isObject(metric)) throw new InputError(source, `${at}.primaryMetric: expected an object with score and scoreUnit, found ${describe(metric)}`);
    const unit = stringField(source, metric, 'scoreUnit', `${at}.primaryMetric.`);
    const name = benchmark + (isObject(entry.params) ? ` ( ${JSON.stringify(entry.params)} )` : '');
    names.add(name, at);
    const raw = metric.rawData;
    let samples: number[] = [];
    let processes: number[] = [];
    if (Array.isArray(raw) && raw.some((fork) => Array.isArray(fork) && fork.length > 0)) {
      raw.forEach((fork, f) => {
        if (!Array.isArray(fork)) throw new InputError(source, `${at}.primaryMetric.rawData[${f}]: expected the scores of one fork, found ${describe(fork)}`);
        fork.forEach((score, j) => {
          if (typeof score !== 'number') throw new InputError(source, `${at}.primaryMetric.rawData[${f}][${j}]: expected a score, found ${describe(score)}`);
          samples.push(score);
          processes.push(f);
        });
      });
    } else {
      if (typeof metric.score !== 'number') throw new InputError(source, `${at}.primaryMetric.score: expected a number, found ${describe(metric.score)}`);
      samples = [metric.score];
      processes = oneProcess(1);
    }
    const usable = samples.map((s) => isComparable(s, unit));
    if (usable.includes(false)) {
      notes.push(`${source}: ${at}: ${usable.filter((u) => !u).length} score(s) of ${name} at 0 or below left out`);
      samples = samples.filter((_, k) => usable[k]);
      processes = processes.filter((_, k) => usable[k]);
    }
    if (samples.length === 0) return { name, unit, direction: directionOf(unit), samples: [], error: 'JMH reported no usable score' };
    return { name, unit, direction: directionOf(unit), samples, processes };
  });
}
