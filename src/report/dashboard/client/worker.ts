/// <reference lib="webworker" />
// The history reader's worker: fetches a shard, parses and checks it, and hands back columns.
import { fetchShard, pack } from './shard.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<{ id: number; url: string }>) => {
  const { id, url } = event.data;
  try {
    const { packed, transfer } = pack(await fetchShard(url));
    self.postMessage({ id, shard: packed }, transfer);
  } catch (err) {
    self.postMessage({ id, error: (err as Error).message });
  }
};
