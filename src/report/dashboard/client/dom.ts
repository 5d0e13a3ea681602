/// <reference lib="dom" />
// Building the page's DOM. Untrusted text (suite, benchmark and branch names, commits) only
// ever becomes a text node: nothing here parses markup.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; title?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title !== undefined) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name) || name === 'href' || name === 'src' || name === 'style') throw new Error(`el: refusing attribute ${name}`);
    node.setAttribute(name, value);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** An http(s) URL, or undefined: javascript:, data: and the like never become links. */
export function safeUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page of a commit on the repository, when both are well formed. */
export function commitUrl(repository: string | undefined, commit: string | undefined): string | undefined {
  const base = safeUrl(repository);
  if (base === undefined || commit === undefined || !/^[0-9a-f]{7,64}$/i.test(commit)) return undefined;
  return `${base.replace(/\/+$/, '')}/commit/${commit}`;
}

/** A link that opens in a new tab, or plain text when `url` is not http(s). */
export function link(text: string, url: string | undefined, className?: string): HTMLElement {
  const safe = safeUrl(url);
  if (safe === undefined) return el('span', className ? { className } : {}, text);
  const a = el(
    'a',
    className ? { className, attrs: { target: '_blank', rel: 'noopener noreferrer' } } : { attrs: { target: '_blank', rel: 'noopener noreferrer' } },
    text,
  );
  a.href = safe;
  return a;
}
