// The child's side of the IPC channel, shared by benchmark and scenario processes.

/**
 * Sends one message and resolves once it is written. Waiting for the write matters: a 'start' must
 * reach the runner before a call that never returns. With no parent to talk to, the child exits.
 */
export function sendToParent(message: object): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) process.exit(1);
    process.send(message, undefined, {}, () => resolve());
  });
}
