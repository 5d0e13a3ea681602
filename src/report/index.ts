// The report module's public face: pure functions from a Comparison to text.
export { escapeHtml, escapeMarkdown, sanitizeTerminal, toSingleLine, truncate } from './escape.ts';
export { formatChange, formatInterval, formatPValue, formatValue } from './format.ts';
export { renderMarkdown, GITHUB_COMMENT_LIMIT, DEFAULT_MARKDOWN_LIMIT, type MarkdownContext } from './markdown.ts';
export { renderTerminal, wantsColor, type TerminalOptions } from './terminal.ts';
export { renderRunSummary } from './run-summary.ts';
export { renderJson, toComparisonJson, COMPARISON_JSON_FORMAT, COMPARISON_JSON_VERSION, type ComparisonJson } from './json.ts';
