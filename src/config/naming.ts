// How a person sets an option where this run started: a flag on the command line (`--tool go`)
// or an input of the Action (`tool: go` under `with:`). Messages deep in the pipeline say what to
// change in the words of the front door the person used; the Action switches this once at start.
export type OptionStyle = 'flag' | 'input';

let style: OptionStyle = 'flag';

export function nameOptionsAs(next: OptionStyle): void {
  style = next;
}

/** `--tool` on the command line, `input 'tool'` in the Action (as input errors name it). */
export function optionName(option: string): string {
  return style === 'flag' ? `--${option}` : `input '${option}'`;
}

/** The option with a value, as written: `--tool go` on the command line, `tool: go` in the Action. */
export function optionValue(option: string, value: string): string {
  return style === 'flag' ? `--${option} ${value}` : `${option}: ${value}`;
}

/** What to do to give `option` the value `value`: "pass --tool go", or "set input 'tool' to go". */
export function setOption(option: string, value: string): string {
  return style === 'flag' ? `pass --${option} ${value}` : `set ${optionName(option)} to ${value}`;
}
