// The environment benchmark processes get in the Action. They run the pull request's code, so
// nothing that could write to the repository, the cache or an OIDC provider goes with them.
const SECRET_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_URL',
]);

/** Whether a variable holds a secret: INPUT_* holds this Action's inputs, github-token among them. */
export function isSecretName(name: string): boolean {
  return name.startsWith('INPUT_') || SECRET_NAMES.has(name);
}

export function sanitizedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (!isSecretName(name)) clean[name] = value;
  }
  return clean;
}
