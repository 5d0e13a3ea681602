// The demo's suite. DEMO_VERSION (1 or 2) picks the version of the library under test.
import { bench } from 'benchgate';

const version = process.env.DEMO_VERSION === '2' ? 'v2' : 'v1';
// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- the type of a module loaded by path
const lib = (await import(`../${version}/lib.ts`)) as typeof import('../v1/lib.ts');

const html = '<p class="note">Tom & Jerry\'s "show" > cartoons</p> plain words here and there. '.repeat(20);
const numbers = Array.from({ length: 1000 }, (_, i) => i * 0.5);
const query = Array.from({ length: 20 }, (_, i) => `key${i}=value%20${i}`).join('&');
const prose = 'The quick brown fox jumps over the lazy dog; the dog sleeps on. '.repeat(30);

bench('escapeHtml 1.6 KB', () => lib.escapeHtml(html));
bench('sumOfSquares 1,000 numbers', () => lib.sumOfSquares(numbers));
bench('parseQuery 20 pairs', () => lib.parseQuery(query));
bench('median 1,000 numbers', () => lib.median(numbers));
bench('wordFrequencies 2 KB', () => lib.wordFrequencies(prose));
