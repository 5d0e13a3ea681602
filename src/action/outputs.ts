// Outputs that do not come from a comparison.
import * as core from '@actions/core';

/** Every output, as action.yml documents it for an event benchgate does not act on. */
export function setSkippedOutputs(): void {
  core.setOutput('verdict', 'skipped');
  core.setOutput('regressions', '0');
  core.setOutput('improvements', '0');
  for (const path of ['results-path', 'report-path', 'comment-url']) core.setOutput(path, '');
}
