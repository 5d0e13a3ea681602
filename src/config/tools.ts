// The formats benchgate reads, named as github-action-benchmark's `tool` input names them.
// The readers live in results/import/; their registry is typed against this list, so a name
// here without a reader (or a reader without a name) does not compile.
export const TOOL_FORMATS = [
  'benchgate',
  'customSmallerIsBetter',
  'customBiggerIsBetter',
  'go',
  'pytest',
  'googlecpp',
  'k6',
  'k6-summary',
  'autocannon',
  'artillery',
] as const;

export type ToolFormat = (typeof TOOL_FORMATS)[number];
