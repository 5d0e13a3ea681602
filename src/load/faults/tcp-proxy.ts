// A TCP proxy between a load generator and its target that injects network faults on a
// schedule: added latency and jitter, connection resets, silent drops and a bandwidth cap.
// It listens on 127.0.0.1 only. Each fault's start and end are recorded with wall-clock
// times, so the load engine's time windows can show the error rate during a fault and
// the time to recover after it (see analysis.ts).
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { UsageError, describe } from '../../errors.ts';
import { registerFaultSource, wallClock } from './block.ts';
import { checkFault, combineFaults, describeFault, planFaults } from './schedule.ts';
import type { Fault, PlannedFault, ScheduledFault } from './schedule.ts';
import { seededRandom } from '../../stats/random.ts';

export interface FaultProxyOptions {
  /** Where traffic goes: "127.0.0.1:8080", "localhost:8080", or { host, port }. */
  target: string | { host: string; port: number };
  /** Faults and when they happen; empty by default (inject() adds faults by hand). */
  schedule?: ScheduledFault[];
  /**
   * When the schedule's clock starts: 'listen' (default: as soon as the proxy listens),
   * 'first-connection' (when the load reaches it), or 'manual' (startSchedule()).
   */
  start?: 'listen' | 'first-connection' | 'manual';
  /** Port to listen on; default one the OS picks. */
  port?: number;
  /** Seed for the dice that pick which sends are reset or dropped, for repeatable runs. */
  seed?: number;
  /** Called as each fault starts and ends. */
  onEvent?: (event: FaultEvent) => void;
}

export interface FaultEvent {
  type: 'start' | 'end';
  /** Index in the schedule; injected faults count on after the schedule's entries. */
  index: number;
  name: string;
  fault: Fault;
  /** Wall-clock time in ms since the epoch (sub-millisecond), comparable with the load engine's windows. */
  time: number;
}

/** A fault as it actually happened, in wall-clock ms since the epoch. */
export interface FaultPeriod {
  index: number;
  name: string;
  fault: Fault;
  start: number;
  /** Absent while the fault is still on. */
  end?: number;
}

export interface FaultProxyStats {
  connections: number;
  /** Connections reset by a `reset` fault. */
  resets: number;
  /** Connections silenced by a `drop` fault. */
  drops: number;
  /** Bytes passed from clients to the target, and back. */
  bytesUp: number;
  bytesDown: number;
}

export interface FaultProxy {
  readonly host: string;
  readonly port: number;
  /** "http://127.0.0.1:<port>" followed by `path`. */
  url(path?: string): string;
  /** Start the schedule's clock (for start: 'manual'; does nothing once started). */
  startSchedule(): void;
  /** Turn a fault on now, for `forMs` or until clear(); returns its index. */
  inject(fault: Fault, options?: { forMs?: number; name?: string }): number;
  /** End every fault that is on now, scheduled or injected (scheduled ones still to come stay planned). */
  clear(): void;
  /** The fault in force now (merged when several overlap). */
  current(): Fault;
  /** Every fault that has started so far, with its start and (once over) end. */
  periods(): FaultPeriod[];
  readonly events: readonly FaultEvent[];
  readonly stats: Readonly<FaultProxyStats>;
  /** Stop listening, cut every connection and cancel the faults still to come. */
  close(): Promise<void>;
}

const HIGH_WATER = 1 << 20;
const LOW_WATER = 1 << 18;
/** Slices a bandwidth cap sends at a time: small enough to keep the rate smooth, at least 512 bytes. */
const SLICES_PER_SECOND = 50;

export function parseTarget(target: unknown): { host: string; port: number } {
  const where = 'fault proxy target';
  let host: unknown;
  let port: unknown;
  if (typeof target === 'string') {
    const match = /^(?:[a-z]+:\/\/)?(\[[^\]]+\]|[^:/]+):(\d+)\/?$/i.exec(target.trim());
    if (!match) throw new UsageError(`${where}: expected "host:port" such as "127.0.0.1:8080", found ${describe(target)}`);
    host = match[1]!.replace(/^\[|\]$/g, '');
    port = Number(match[2]);
  } else if (typeof target === 'object' && target !== null) {
    ({ host, port } = target as { host?: unknown; port?: unknown });
  } else {
    throw new UsageError(`${where}: expected "host:port" or { host, port }, found ${describe(target)}`);
  }
  if (typeof host !== 'string' || host === '') throw new UsageError(`${where}: expected a host name, found ${describe(host)}`);
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new UsageError(`${where}: expected a port between 1 and 65535, found ${describe(port)}`);
  }
  return { host, port };
}

interface Link {
  /** Wall-clock ms at which the link is free again, per direction. */
  freeAt: { up: number; down: number };
}

class Pipe {
  readonly #queue: Array<{ data: Buffer; due: number }> = [];
  #queued = 0;
  #lastDue = 0;
  #timer: NodeJS.Timeout | undefined;
  #waitingForDrain = false;
  #ended = false;

  readonly from: Socket;
  readonly to: Socket;
  readonly direction: 'up' | 'down';
  readonly connection: Connection;

  constructor(from: Socket, to: Socket, direction: 'up' | 'down', connection: Connection) {
    this.from = from;
    this.to = to;
    this.direction = direction;
    this.connection = connection;
  }

  push(chunk: Buffer, fault: Fault, link: Link, random: () => number): void {
    const now = wallClock();
    const delay = this.direction === 'down' ? latencyOf(fault, random) : 0;
    // No fault on this chunk and nothing waiting before it: pass it straight on.
    if (delay === 0 && fault.bandwidth === undefined && this.#queue.length === 0 && !this.#waitingForDrain && !this.to.destroyed) {
      this.#lastDue = now;
      this.connection.count(this.direction, chunk.length);
      if (!this.to.write(chunk)) {
        this.#waitingForDrain = true;
        this.from.pause();
        this.to.once('drain', () => {
          this.#waitingForDrain = false;
          this.#flush();
        });
      }
      return;
    }
    const slices: Buffer[] = [];
    if (fault.bandwidth !== undefined) {
      const size = Math.max(512, Math.floor(fault.bandwidth / SLICES_PER_SECOND));
      for (let i = 0; i < chunk.length; i += size) slices.push(chunk.subarray(i, i + size));
    } else {
      slices.push(chunk);
    }
    for (const slice of slices) {
      let due = now + delay;
      if (fault.bandwidth !== undefined) {
        const sent = Math.max(now, link.freeAt[this.direction]) + (slice.length / fault.bandwidth) * 1000;
        link.freeAt[this.direction] = sent;
        due = sent + delay;
      }
      // Never reorder: a slice leaves no earlier than the one before it on this connection.
      due = Math.max(due, this.#lastDue);
      this.#lastDue = due;
      this.#queue.push({ data: slice, due });
      this.#queued += slice.length;
    }
    if (this.#queued > HIGH_WATER) this.from.pause();
    this.#flush();
  }

  /** Pass on the end of the stream once everything before it has left. */
  end(): void {
    this.#ended = true;
    this.#flush();
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue.length = 0;
    this.#queued = 0;
  }

  #flush(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    if (this.#waitingForDrain || this.to.destroyed) return;
    const now = wallClock();
    while (this.#queue.length > 0 && this.#queue[0]!.due <= now + 0.5) {
      const { data } = this.#queue.shift()!;
      this.#queued -= data.length;
      this.connection.count(this.direction, data.length);
      if (!this.to.write(data)) {
        this.#waitingForDrain = true;
        this.to.once('drain', () => {
          this.#waitingForDrain = false;
          this.#flush();
        });
        break;
      }
    }
    if (this.#queued < LOW_WATER && this.from.isPaused() && !this.connection.silenced) this.from.resume();
    if (this.#queue.length > 0) {
      if (!this.#waitingForDrain) this.#timer = setTimeout(() => this.#flush(), Math.max(0, this.#queue[0]!.due - now));
    } else if (this.#ended && !this.#waitingForDrain) {
      this.to.end();
    }
  }
}

function latencyOf(fault: Fault, random: () => number): number {
  const base = fault.latencyMs ?? 0;
  const jitter = fault.jitterMs ?? 0;
  return Math.max(0, base + (jitter > 0 ? (random() * 2 - 1) * jitter : 0));
}

class Connection {
  silenced = false;
  readonly up: Pipe;
  readonly down: Pipe;

  readonly client: Socket;
  readonly upstream: Socket;
  readonly proxy: Proxy;

  constructor(client: Socket, upstream: Socket, proxy: Proxy) {
    this.client = client;
    this.upstream = upstream;
    this.proxy = proxy;
    this.up = new Pipe(client, upstream, 'up', this);
    this.down = new Pipe(upstream, client, 'down', this);
  }

  count(direction: 'up' | 'down', bytes: number): void {
    if (direction === 'up') this.proxy.stats.bytesUp += bytes;
    else this.proxy.stats.bytesDown += bytes;
  }

  /** Reset both sides: the client gets an RST, as if the network or the server failed. */
  reset(): void {
    this.up.stop();
    this.down.stop();
    this.client.resetAndDestroy();
    this.upstream.destroy();
  }

  /** Nothing more passes either way, and nobody is told: the client waits until it times out. */
  silence(): void {
    this.silenced = true;
    this.up.stop();
    this.down.stop();
    this.upstream.destroy();
  }

  destroy(): void {
    this.up.stop();
    this.down.stop();
    this.client.destroy();
    this.upstream.destroy();
  }
}

class Proxy implements FaultProxy {
  readonly host = '127.0.0.1';
  port = 0;
  readonly events: FaultEvent[] = [];
  readonly stats: FaultProxyStats = { connections: 0, resets: 0, drops: 0, bytesUp: 0, bytesDown: 0 };
  readonly #target: { host: string; port: number };
  readonly #planned: PlannedFault[];
  readonly #active = new Map<number, { name: string; fault: Fault }>();
  readonly #periods = new Map<number, FaultPeriod>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #connections = new Set<Connection>();
  readonly #link: Link = { freeAt: { up: 0, down: 0 } };
  readonly #random: () => number;
  readonly #onEvent: ((event: FaultEvent) => void) | undefined;
  readonly #startMode: 'listen' | 'first-connection' | 'manual';
  #nextIndex: number;
  #started = false;
  #closed = false;
  #current: Fault = {};
  server: Server | undefined;

  constructor(options: FaultProxyOptions) {
    if (typeof options !== 'object' || options === null)
      throw new UsageError(`fault proxy: expected options { target, schedule? }, found ${describe(options)}`);
    this.#target = parseTarget(options.target);
    this.#planned = planFaults(options.schedule ?? [], 'fault proxy schedule');
    this.#nextIndex = this.#planned.length;
    const start = options.start ?? 'listen';
    if (!['listen', 'first-connection', 'manual'].includes(start)) {
      throw new UsageError(`fault proxy start: expected "listen", "first-connection" or "manual", found ${describe(start)}`);
    }
    this.#startMode = start;
    if (options.seed !== undefined && (typeof options.seed !== 'number' || !Number.isInteger(options.seed))) {
      throw new UsageError(`fault proxy seed: expected a whole number, found ${describe(options.seed)}`);
    }
    this.#random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32));
    this.#onEvent = options.onEvent;
  }

  async listen(port: number): Promise<void> {
    const server = createServer({ noDelay: true, allowHalfOpen: true }, (client) => this.#accept(client));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.address() as { port: number }).port;
    if (this.#startMode === 'listen') this.startSchedule();
  }

  url(path = ''): string {
    return `http://${this.host}:${this.port}${path}`;
  }

  startSchedule(): void {
    if (this.#started || this.#closed) return;
    this.#started = true;
    for (const planned of this.#planned) {
      this.#at(planned.startMs, () => this.#begin(planned.index, planned.name, planned.fault));
      if (planned.endMs !== undefined) this.#at(planned.endMs, () => this.#finish(planned.index));
    }
  }

  inject(fault: Fault, options: { forMs?: number; name?: string } = {}): number {
    const checked = checkFault(fault, 'inject(fault)');
    if (options.forMs !== undefined && (typeof options.forMs !== 'number' || !(options.forMs > 0))) {
      throw new UsageError(`inject(fault, { forMs }): expected a positive number of ms, found ${describe(options.forMs)}`);
    }
    const index = this.#nextIndex++;
    this.#begin(index, options.name ?? describeFault(checked), checked);
    if (options.forMs !== undefined) this.#at(options.forMs, () => this.#finish(index));
    return index;
  }

  clear(): void {
    for (const index of [...this.#active.keys()]) this.#finish(index);
  }

  current(): Fault {
    return { ...this.#current };
  }

  periods(): FaultPeriod[] {
    return [...this.#periods.values()].map((p) => ({ ...p, fault: { ...p.fault } }));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.clear();
    for (const connection of this.#connections) connection.destroy();
    this.#connections.clear();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #at(delayMs: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      action();
    }, delayMs);
    this.#timers.add(timer);
  }

  #begin(index: number, name: string, fault: Fault): void {
    if (this.#closed) return;
    this.#active.set(index, { name, fault });
    this.#current = combineFaults([...this.#active.entries()].sort(([a], [b]) => a - b).map(([, f]) => f.fault));
    const time = wallClock();
    this.#periods.set(index, { index, name, fault, start: time });
    this.#emit({ type: 'start', index, name, fault, time });
  }

  #finish(index: number): void {
    const active = this.#active.get(index);
    if (!active) return;
    this.#active.delete(index);
    this.#current = combineFaults([...this.#active.entries()].sort(([a], [b]) => a - b).map(([, f]) => f.fault));
    const time = wallClock();
    const period = this.#periods.get(index);
    if (period) period.end = time;
    this.#emit({ type: 'end', index, name: active.name, fault: active.fault, time });
  }

  #emit(event: FaultEvent): void {
    this.events.push(event);
    this.#onEvent?.(event);
  }

  #accept(client: Socket): void {
    if (this.#closed) {
      client.destroy();
      return;
    }
    if (this.#startMode === 'first-connection') this.startSchedule();
    this.stats.connections++;
    const upstream = connect({ host: this.#target.host, port: this.#target.port, noDelay: true, allowHalfOpen: true });
    const connection = new Connection(client, upstream, this);
    this.#connections.add(connection);
    // Hold the client's bytes until the target has accepted, so that none are lost.
    client.pause();
    upstream.once('connect', () => {
      if (!connection.silenced) client.resume();
    });

    client.on('data', (chunk: Buffer) => {
      if (connection.silenced) return;
      const fault = this.#current;
      if (fault.reset !== undefined && fault.reset > 0 && this.#random() < fault.reset) {
        this.stats.resets++;
        connection.reset();
        return;
      }
      if (fault.drop !== undefined && fault.drop > 0 && this.#random() < fault.drop) {
        this.stats.drops++;
        connection.silence();
        return;
      }
      connection.up.push(chunk, fault, this.#link, this.#random);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (connection.silenced) return;
      connection.down.push(chunk, this.#current, this.#link, this.#random);
    });
    client.on('end', () => {
      if (!connection.silenced) connection.up.end();
    });
    upstream.on('end', () => {
      if (!connection.silenced) connection.down.end();
    });
    client.on('error', () => {
      upstream.destroy();
    });
    upstream.on('error', () => {
      if (connection.silenced) return;
      // Pass a reset on as a reset, and a target that cannot be reached as one too.
      connection.down.stop();
      if (!client.destroyed) client.resetAndDestroy();
    });
    // Both sides half-close on their own (allowHalfOpen), so that what is still queued
    // behind a delay reaches the other side before its end does.
    client.on('close', () => {
      this.#connections.delete(connection);
      connection.destroy();
    });
  }
}

/** Start a fault proxy listening on 127.0.0.1 in front of `target`. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const proxy = new Proxy(options);
  const port = options.port ?? 0;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`fault proxy port: expected a port between 0 and 65535, found ${describe(port)}`);
  }
  await proxy.listen(port);
  registerFaultSource(proxy);
  return proxy;
}
