// Escaping for untrusted text: benchmark names, branch names, units, error messages, notes.
// Everything a report prints that did not come from benchgate itself goes through one of these.

// Invisible to readers, but enough to stop GitHub's mention, reference and autolink filters,
// which run after markdown parsing and so ignore backslash escapes and HTML entities
// (github/markup#1168, github/cmark-gfm#181).
const ZWSP = '\u200B';

// Bidi controls can make a name display as something else (Trojan Source); zero-width
// characters are kept since they cannot reorder text.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
const OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), the 8-bit CSI, and two-byte ESC sequences.
const ANSI_SEQUENCES = /\u001B\[[0-?]*[ -/]*[@-~]|\u009B[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|\u001B[ -/]*[0-~]?/g;

/**
 * One line of plain text: line breaks and tabs become spaces, other control characters and
 * bidi overrides are dropped. What every other escape here starts from.
 */
export function toSingleLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(OTHER_CONTROLS, '').replace(BIDI_CONTROLS, '');
}

/** Cut `text` to at most `max` characters (code points), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

// GitHub turns these into links or notifications after markdown is parsed, so a backslash
// cannot stop them: a zero-width space inside each one does.
function neutralizeGitHubReferences(text: string): string {
  return (
    text
      // @user, @org/team, and e-mail addresses (their autolinks need the @ followed by a letter).
      .replace(/@(?=[\p{L}\p{N}_])/gu, `@${ZWSP}`)
      // #123 and owner/repo#123.
      .replace(/#(?=\d)/g, `#${ZWSP}`)
      // GH-123.
      .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
      // https://…, mailto:…, and :emoji: shortcodes.
      .replace(/:(?=[\p{L}\p{N}_/+-])/gu, `:${ZWSP}`)
      // www.example.com autolinks.
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
  );
}

const MARKDOWN_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};
// CommonMark's punctuation that can start or end a construct, plus GFM's ~ (strikethrough),
// | (table cell) and $ (GitHub math). A backslash keeps the character as it reads.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$]/;

/**
 * Text safe inside a GitHub-flavoured markdown table cell, heading or paragraph: it reads the
 * same as `text` but cannot end the cell or row, open HTML, links, images, code, emphasis or
 * math, mention anyone, or reference an issue. Newlines become spaces.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of neutralizeGitHubReferences(toSingleLine(text))) {
    const entity = MARKDOWN_ESCAPES[ch];
    if (entity !== undefined) out += entity;
    else if (MARKDOWN_PUNCTUATION.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text safe as HTML element content or as a quoted attribute value. Bidi overrides and control
 * characters are dropped too; line breaks are kept (use `toSingleLine` first for one line).
 */
export function escapeHtml(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Text safe to print to a terminal: ANSI escape sequences (colours, cursor moves, OSC
 * hyperlinks and title changes), control characters and bidi overrides are removed, and line
 * breaks become spaces so a name cannot forge extra lines of output.
 */
export function sanitizeTerminal(text: string): string {
  return toSingleLine(text.replace(ANSI_SEQUENCES, ''));
}
