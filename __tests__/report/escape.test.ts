import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, escapeMarkdown, sanitizeTerminal, toSingleLine, truncate } from '../../src/report/escape.ts';
import { HOSTILE_NAMES, tableCells } from '../support/report-helpers.ts';

/** What a reader sees of an escaped cell: backslash escapes and entities undone, zero-width spaces invisible. */
function asRead(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u200B/g, '');
}

function unescapedCount(text: string, ch: string): number {
  let count = 0;
  let backslashes = 0;
  for (const c of text) {
    if (c === ch && backslashes % 2 === 0) count += 1;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  return count;
}

describe('escapeMarkdown', () => {
  for (const name of HOSTILE_NAMES) {
    it(`keeps ${JSON.stringify(name)} in one table cell and reading the same`, () => {
      const escaped = escapeMarkdown(name);
      assert.deepEqual(tableCells(`| ${escaped} | x |`), [escaped.trim(), 'x']);
      assert.doesNotMatch(escaped, /[\n\r]/);
      assert.equal(asRead(escaped), toSingleLine(name));
    });
  }

  it('leaves no raw < or > that could open or close HTML', () => {
    for (const name of HOSTILE_NAMES) {
      assert.doesNotMatch(escapeMarkdown(name), /[<>]/, name);
    }
  });

  it('turns entity tricks into visible text rather than characters', () => {
    assert.equal(escapeMarkdown('&lt;b&gt;'), '&amp;lt;b&amp;gt;');
    assert.equal(escapeMarkdown('&#60;'), '&amp;\\#\u200B60;');
  });

  it('escapes every character that could start a link, image, code span, emphasis or math', () => {
    for (const name of HOSTILE_NAMES) {
      const escaped = escapeMarkdown(name);
      for (const ch of ['[', ']', '(', ')', '!', '`', '*', '_', '~', '$', '|']) {
        assert.equal(unescapedCount(escaped, ch), 0, `${ch} in ${escaped}`);
      }
    }
  });

  it('breaks @mentions of users and teams so GitHub notifies nobody', () => {
    const escaped = escapeMarkdown('@octocat and @github/security cc:@a-b');
    assert.doesNotMatch(escaped, /@[A-Za-z0-9]/);
    assert.equal(asRead(escaped), '@octocat and @github/security cc:@a-b');
  });

  it('breaks issue references and autolinks', () => {
    const escaped = escapeMarkdown('#1 x/y#22 GH-3 gh-4 https://a.example www.b.example mailto:c@d.example :tada:');
    assert.doesNotMatch(escaped, /#\d|GH-\d|\\#\d|GH\\-\d/i);
    assert.doesNotMatch(escaped, /:\/\/|www\.|www\\\.|:tada/i);
    assert.doesNotMatch(escaped, /@[a-z]/i);
  });

  it('removes bidi overrides so a name cannot display reversed', () => {
    assert.equal(escapeMarkdown('a\u202Eb\u2066c\u200Fd'), 'abcd');
  });

  it('keeps a trailing backslash from escaping the cell delimiter', () => {
    const escaped = escapeMarkdown('ends with \\');
    assert.deepEqual(tableCells(`| ${escaped} | next |`), [escaped, 'next']);
  });

  it('leaves ordinary names alone apart from punctuation escapes', () => {
    assert.equal(escapeMarkdown('parse JSON 1kb'), 'parse JSON 1kb');
    assert.equal(escapeMarkdown('sort (10k)'), 'sort \\(10k\\)');
    assert.equal(escapeMarkdown('Ünïcödé 日本語'), 'Ünïcödé 日本語');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves no tag from any hostile name', () => {
    for (const name of HOSTILE_NAMES) {
      assert.doesNotMatch(escapeHtml(name), /[<>"']/, name);
    }
  });

  it('drops bidi overrides and control characters but keeps line breaks', () => {
    assert.equal(escapeHtml('a\u202Eb\u0000c\nd'), 'abc\nd');
  });
});

describe('sanitizeTerminal', () => {
  it('strips colour, cursor, OSC hyperlink and title sequences', () => {
    const hostile = '\u001B[31mred\u001B[0m \u001B[2J\u001B[Hclear \u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007 \u001B]0;title\u001B\\done';
    const clean = sanitizeTerminal(hostile);
    assert.equal(clean, 'red clear link done');
  });

  it('removes 8-bit CSI and other control characters', () => {
    assert.equal(sanitizeTerminal('a\u009B31mb\u0007c\u0008d\u007Fe'), 'abcde');
  });

  it('turns line breaks into spaces so a name cannot forge lines', () => {
    assert.equal(sanitizeTerminal('a\nb\r\nc\td'), 'a b c d');
  });

  it('removes bidi overrides', () => {
    assert.equal(sanitizeTerminal('abc\u202Eevil\u202Cdef'), 'abcevildef');
  });

  it('leaves no escape or control character from any hostile name', () => {
    for (const name of HOSTILE_NAMES) {
      assert.doesNotMatch(sanitizeTerminal(name), /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/, JSON.stringify(name));
    }
  });
});

describe('truncate', () => {
  it('cuts by characters, not UTF-16 units, and marks the cut', () => {
    assert.equal(truncate('😀😀😀😀', 3), '😀😀…');
    assert.equal(truncate('short', 10), 'short');
  });
});
