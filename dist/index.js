import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  OPTIONS,
  resolveConfig
} from "./chunks/chunk-BZDX5EEX.js";
import {
  interleavedNotes,
  runInterleaved
} from "./chunks/chunk-WASCZUJT.js";
import {
  mergeShards
} from "./chunks/chunk-CVQTIR5D.js";
import {
  GitBranchStore
} from "./chunks/chunk-N24KP462.js";
import "./chunks/chunk-7II4A5MC.js";
import {
  parseBoolean,
  parseChoice,
  parseDuration
} from "./chunks/chunk-KCTCYQHO.js";
import "./chunks/chunk-3J6VE4A2.js";
import {
  gate
} from "./chunks/chunk-PS5IPZOA.js";
import {
  instructionNotes
} from "./chunks/chunk-2VUD333O.js";
import {
  compareRuns,
  loadBaseline,
  measure,
  renderJson,
  renderReport,
  writeDashboard
} from "./chunks/chunk-LSQVKTWE.js";
import "./chunks/chunk-32OFYQXO.js";
import {
  LocalStore
} from "./chunks/chunk-D6E4CR3T.js";
import {
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-C2QIZNV3.js";
import {
  interleaveProgress
} from "./chunks/chunk-5LFL7EEO.js";
import {
  comparePaired
} from "./chunks/chunk-2JF3JQYG.js";
import "./chunks/chunk-XBOTGVGR.js";
import "./chunks/chunk-RPZOKY5D.js";
import "./chunks/chunk-4OGZUK54.js";
import {
  noiseLines,
  samplingSentence
} from "./chunks/chunk-PS3TK6NZ.js";
import "./chunks/chunk-7R5O4J34.js";
import "./chunks/chunk-BKZE4V4I.js";
import "./chunks/chunk-6276UR5Y.js";
import {
  appendRunVerdicts
} from "./chunks/chunk-FMMBVFMY.js";
import {
  branchFolder,
  encodeSegment,
  shortCommit,
  suiteFolder
} from "./chunks/chunk-UAMIT3OO.js";
import {
  readResultsFile,
  serializeResults
} from "./chunks/chunk-JCCVQM4K.js";
import "./chunks/chunk-MWBVEDBA.js";
import {
  validateResults
} from "./chunks/chunk-4RP5KYJS.js";
import {
  nameOptionsAs
} from "./chunks/chunk-T3JLG3ZN.js";
import "./chunks/chunk-P4TMX5AB.js";
import {
  writeChangedFiles
} from "./chunks/chunk-4BQDOZ7M.js";
import "./chunks/chunk-KKTEDBXK.js";
import "./chunks/chunk-YVCKGH6B.js";
import "./chunks/chunk-O2MIHHEZ.js";
import "./chunks/chunk-GB4UPQNG.js";
import {
  planPart
} from "./chunks/chunk-V2R4535B.js";
import {
  TIMING_RUNS,
  parseShard
} from "./chunks/chunk-WOCULGFA.js";
import {
  VALGRIND_INSTALL,
  findExecutable,
  findValgrind
} from "./chunks/chunk-NL2PSIOX.js";
import {
  discoverScenarioFiles,
  findFiles
} from "./chunks/chunk-F5CW32DU.js";
import "./chunks/chunk-F6PKTPLN.js";
import {
  BENCHMARK_FILE
} from "./chunks/chunk-55BDL67P.js";
import "./chunks/chunk-6AIIOF72.js";
import "./chunks/chunk-H7FUGREM.js";
import "./chunks/chunk-THQGDHP6.js";
import "./chunks/chunk-YSAKSZ46.js";
import "./chunks/chunk-YLFZVSI4.js";
import "./chunks/chunk-J3CZYFUD.js";
import "./chunks/chunk-ZDWY5RTS.js";
import "./chunks/chunk-F6NHEW6R.js";
import "./chunks/chunk-7YACBLEX.js";
import "./chunks/chunk-UAHUT6WC.js";
import {
  InputError,
  UsageError,
  describe,
  isUserError
} from "./chunks/chunk-WQC4CHKN.js";
import {
  createProgressReporter
} from "./chunks/chunk-ZF7DAMEE.js";
import {
  newRunId
} from "./chunks/chunk-B57NQ3GO.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-35VAMBZN.js";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener2) {
              return listener2.status !== "none";
            });
            promises = this._events[name].map(async (listener2) => {
              var e2, returned;
              if (listener2.status === "none") {
                return;
              }
              if (listener2.status === "once") {
                listener2.status = "none";
              }
              try {
                returned = typeof listener2.cb === "function" ? listener2.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run2, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve5, reject) {
            return setTimeout(resolve5, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve5, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve5, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve5(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve5;
          resolve5 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve5 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve5, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run2 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue2;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue2 = this._queues.getFirst();
              ({ options, args } = next = queue2.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue2.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve5, reject) => {
                if (finished()) {
                  return resolve5();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve5();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve5, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve5)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log2 = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log2.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION5 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION5;

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION6 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info2) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info2.retryCount + 1;
    if (maxRetries > info2.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION6;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info2) {
      const [state2, request2, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION7;
throttling.triggersNotification = triggersNotification;

// src/github/client.ts
function logRetries(octokit, options) {
  const retries = options.retry?.retries ?? 3;
  const doNotRetry = options.retry?.doNotRetry ?? [];
  const secondMs = options.retry?.retryAfterBaseValue ?? 1e3;
  octokit.hook.error("request", (error, request2) => {
    const status = error.status ?? 0;
    const attempt = request2.request?.retryCount ?? 0;
    if (status >= 400 && !doNotRetry.includes(status) && attempt < retries) {
      const wait = (attempt + 1) ** 2 * secondMs / 1e3;
      octokit.log.warn(
        `GitHub answered ${request2.method} ${request2.url} with ${status === 500 && !error.response ? "no response" : status}; trying again in ${wait} s (retry ${attempt + 1} of ${retries}).`
      );
    }
    throw error;
  });
}
var BenchgateOctokit = Octokit.plugin(paginateRest, logRetries, retry, throttling);
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
var unspaced = {
  key: () => ({
    schedule: (_options, job, ...args) => Promise.resolve().then(() => job(...args))
  })
};
function createGitHubClient(options) {
  const { token, log: log2 = (message) => console.warn(message) } = options;
  if (typeof token !== "string" || token.trim() === "") {
    throw new UsageError("GitHub token is empty: expected a token that may use the REST API (usually GITHUB_TOKEN, `${{ github.token }}`).");
  }
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new UsageError(`GitHub API URL (GITHUB_API_URL) must be an http(s) URL such as https://api.github.com; found ${JSON.stringify(baseUrl)}.`);
  }
  const retries = options.retries ?? 3;
  const maxRetryAfterSeconds = options.throttle?.maxRetryAfterSeconds ?? 60;
  const secondMs = options.secondMs ?? 1e3;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const onLimit = (kind) => (retryAfter, request2, _octokit, retryCount) => {
    const what = `${request2.method} ${request2.url}`;
    if (retryAfter > maxRetryAfterSeconds) {
      log2(`GitHub ${kind} on ${what}: it asks to wait ${retryAfter} s, more than ${maxRetryAfterSeconds} s; giving up on this request.`);
      return false;
    }
    if (retryCount >= retries) {
      log2(`GitHub ${kind} on ${what}: still limited after ${retries} retries; giving up on this request.`);
      return false;
    }
    log2(`GitHub ${kind} on ${what}: waiting ${retryAfter} s, then retrying (${retryCount + 1}/${retries}).`);
    return true;
  };
  return new BenchgateOctokit({
    auth: token,
    baseUrl,
    userAgent: "benchgate",
    log: { debug: () => {
    }, info: () => {
    }, warn: log2, error: log2 },
    request: { fetch: fetchWithTimeout(timeoutMs) },
    retry: { retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: secondMs },
    throttle: {
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
      retryAfterBaseValue: secondMs,
      ...options.spaceWrites === false ? { write: unspaced, notifications: unspaced } : {}
    }
  });
}
function fetchWithTimeout(timeoutMs) {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
}

// src/github/plan.ts
function planRun(eventName, payload, env, options) {
  const defaultBranch = payload.repository?.default_branch ?? "main";
  switch (eventName) {
    case "pull_request":
    case "pull_request_target": {
      const pr = payload.pull_request;
      if (!pr) return { kind: "skip", summary: `The ${eventName} event has no pull_request in its payload; nothing to do.` };
      if (eventName === "pull_request_target" && !options.allowPullRequestTarget) {
        return {
          kind: "refuse",
          summary: "Refusing to run under pull_request_target: it runs with a write token and secrets, and measuring the PR means running its code. Use the pull_request + workflow_run pattern (see the fork-safe workflows in docs/action.md), or set allow-pull-request-target: true if this workflow never checks out or runs the PR's code."
        };
      }
      const fork = Boolean(pr.head.repo?.full_name && pr.base.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name);
      return {
        kind: "pull-request",
        sha: pr.head.sha,
        number: pr.number,
        headBranch: pr.head.ref,
        baseBranch: pr.base.ref,
        baseSha: pr.base.sha,
        fork,
        summary: `Pull request #${pr.number}: comparing ${short(pr.head.sha)} with the baseline of ${pr.base.ref} at or before the merge-base.`
      };
    }
    case "push": {
      if (payload.deleted) return { kind: "skip", summary: "A branch was deleted; nothing to measure." };
      const ref = payload.ref ?? "";
      if (!ref.startsWith("refs/heads/")) return { kind: "skip", summary: `Push of ${ref || "an unknown ref"} is not a branch; nothing to record.` };
      const branch = ref.slice("refs/heads/".length);
      const sha = payload.after ?? env.sha;
      if (branch === defaultBranch) {
        return { kind: "record", branch, sha, compareWith: branch, summary: `Push to ${branch}: recording ${short(sha)} as the new baseline.` };
      }
      if (options.releaseBranches.some((pattern) => matchBranch(pattern, branch))) {
        return {
          kind: "release",
          branch,
          sha,
          baselineBranches: [branch, defaultBranch],
          summary: `Push to release branch ${branch}: gating ${short(sha)} against the last release run, or ${defaultBranch} it was cut from.`
        };
      }
      return { kind: "measure", branch, sha, summary: `Push to ${branch}: measuring only (not the default or a release branch).` };
    }
    case "workflow_dispatch":
    case "schedule": {
      const ref = env.ref ?? payload.ref ?? `refs/heads/${defaultBranch}`;
      if (!ref.startsWith("refs/heads/")) {
        return {
          kind: "measure",
          branch: ref.replace(/^refs\/(tags\/)?/, ""),
          sha: env.sha,
          summary: `${eventName} on ${ref}: measuring only (not a branch).`
        };
      }
      const branch = ref.slice("refs/heads/".length);
      return { kind: "record", branch, sha: env.sha, compareWith: branch, summary: `${eventName}: measuring ${short(env.sha)} on ${branch} and recording it.` };
    }
    default:
      return {
        kind: "skip",
        summary: `benchgate does nothing on '${eventName}' events: nothing was measured, compared or saved. It runs on pull_request, push, workflow_dispatch and schedule; in a workflow_run workflow use mode 'report' (the fork-safe pattern).`
      };
  }
}
function matchBranch(pattern, branch) {
  const source = pattern.split(/(\*\*|\*)/).map((part) => part === "**" ? ".*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`).test(branch);
}
function short(sha) {
  return sha.slice(0, 7);
}

// src/store/actions-cache.ts
var readdir = (...args) => __require("node:fs/promises").readdir(...args);
var rm = (...args) => __require("node:fs/promises").rm(...args);
var createHash = (...args) => __require("node:crypto").createHash(...args);
var { isAbsolute, join, relative, resolve, sep: sep2 } = __require("node:path");
var cacheModule;
var cacheClient = () => cacheModule ??= import("./chunks/cache-52TAF46P.js");
var DEFAULT_KEY_PREFIX = "benchgate";
var LONGEST_KEY_PREFIX = 64;
var LONGEST_KEY_PART = 150;
var LONGEST_RUN_PART = 100;
function describeRestore(restore) {
  const what = `${restore.suite} on ${restore.branch}`;
  switch (restore.outcome) {
    case "hit":
      return `Baseline of ${what} from Actions cache entry ${restore.key}.`;
    case "miss":
      return `No baseline of ${what} in the Actions cache (no entry starts with ${restore.prefix}${restore.reason ? `; ${restore.reason}` : ""}): a first run, an evicted entry, or one saved where this run may not read it.`;
    case "failed":
      return `No baseline of ${what}: the Actions cache could not be used (${restore.reason}).`;
    case "corrupt":
      return `No baseline of ${what}: Actions cache entry ${restore.key} is corrupt (${restore.reason}).`;
  }
}
var CacheSaveError = class extends Error {
  name = "CacheSaveError";
  key;
  constructor(key, message, options) {
    super(message, options);
    this.key = key;
  }
};
var ActionsCacheStore = class {
  location;
  dir;
  retain;
  keyPrefix;
  log;
  restores = /* @__PURE__ */ new Map();
  saving = Promise.resolve();
  last;
  savedKey;
  constructor(options) {
    const keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    if (typeof keyPrefix !== "string" || keyPrefix === "" || keyPrefix.length > LONGEST_KEY_PREFIX || keyPrefix.includes(",")) {
      throw new UsageError(`cache key prefix: expected 1 to ${LONGEST_KEY_PREFIX} characters without commas, found ${describe(keyPrefix)}`);
    }
    if (typeof options.dir !== "string" || options.dir === "") throw new UsageError(`cache work folder: expected a path, found ${describe(options.dir)}`);
    new LocalStore(options.dir, options.retain !== void 0 ? { retain: options.retain } : {});
    this.dir = resolve(options.dir);
    this.retain = options.retain;
    this.keyPrefix = keyPrefix;
    this.log = options.log ?? { info: (m) => info(m), warning: (m) => warning(m) };
    this.location = `the GitHub Actions cache (keys ${keyPrefix}-\u2026)`;
  }
  /** The most recent restore: whether it hit, and which entry. */
  get lastRestore() {
    return this.last;
  }
  /** The key of the entry the last successful save created. */
  get lastSavedKey() {
    return this.savedKey;
  }
  async list(suite, branch, limit) {
    const restored = await this.restore(suite, branch);
    return this.reading(restored, () => this.local(suite, branch).list(suite, branch, limit));
  }
  async load(ref) {
    const restored = await this.restore(ref.suite, ref.branch);
    return this.reading(restored, () => this.local(ref.suite, ref.branch).load(ref));
  }
  save(run2, branch) {
    const next = this.saving.then(() => this.saveNow(run2, branch));
    this.saving = next.catch(() => void 0);
    return next;
  }
  async saveNow(run2, branch) {
    const key = cacheKey(this.keyPrefix, run2, branch);
    const mode = cacheMode();
    if (mode === "read" || mode === "none") {
      throw new CacheSaveError(
        key,
        `Not saved to the Actions cache: this job's cache mode is '${mode}', which does not allow saving (GitHub lowers it for untrusted events). The run of ${run2.suite} on ${branch} is not kept as a baseline.`
      );
    }
    const restored = await this.restore(run2.suite, branch);
    if (restored.outcome === "failed") {
      throw new CacheSaveError(
        key,
        `Not saved to the Actions cache as ${key}: the branch's earlier runs could not be restored (${restored.reason}), and an entry without them would replace that history. The run of ${run2.suite} on ${branch} is not kept as a baseline.`
      );
    }
    if (restored.outcome === "corrupt") {
      this.log.warning(`Cache entry ${restored.key} could not be read; the new entry ${key} starts the history of ${run2.suite} on ${branch} afresh.`);
    }
    const folder = this.folder(run2.suite, branch);
    const stored = await this.local(run2.suite, branch).save(run2, branch);
    const attempt = await watchingCacheClient(async () => (await cacheClient()).saveCache([cachePath(folder)], key));
    if (attempt.value === -1) {
      const reason = attempt.problem ?? "the cache client gave no reason";
      throw new CacheSaveError(
        key,
        `Could not save the run of ${run2.suite} on ${branch} to the Actions cache as ${key}: ${reason}. The previous entry is unchanged.`
      );
    }
    this.savedKey = key;
    this.log.info(`Saved the runs of ${run2.suite} on ${branch} to the Actions cache as ${key}.`);
    return stored;
  }
  restore(suite, branch) {
    const id = JSON.stringify([suite, branch]);
    let pending = this.restores.get(id);
    if (!pending) {
      pending = this.restoreNow(suite, branch).then((result) => {
        this.last = result;
        return result;
      });
      this.restores.set(id, pending);
      pending.catch(() => this.restores.delete(id));
    }
    return pending;
  }
  async restoreNow(suite, branch) {
    const folder = this.folder(suite, branch);
    const prefix = cacheKeyPrefix(this.keyPrefix, suite, branch);
    const paths = [cachePath(folder)];
    const base = { suite, branch, prefix };
    const missing = await missingCacheService();
    if (missing !== void 0) {
      this.log.warning(`No baseline of ${suite} on ${branch} from the Actions cache: ${missing}`);
      return { ...base, outcome: "failed", reason: missing };
    }
    await rm(folder, { recursive: true, force: true });
    const mode = cacheMode();
    if (mode === "none" || mode === "write-only") {
      this.log.warning(`This job's cache mode is '${mode}', which does not allow restoring: no baseline for ${suite} on ${branch} from the Actions cache.`);
      return { ...base, outcome: "miss", reason: `cache mode '${mode}'` };
    }
    const lookup = await watchingCacheClient(async () => (await cacheClient()).restoreCache(paths, prefix, [], { lookupOnly: true }));
    if (lookup.value === void 0) {
      if (lookup.problem) {
        this.log.warning(
          `Could not look up the baseline of ${suite} on ${branch} in the Actions cache (${lookup.problem}); carrying on as if there were none.`
        );
        return { ...base, outcome: "failed", reason: lookup.problem };
      }
      this.log.info(`No baseline of ${suite} on ${branch} in the Actions cache: no entry starts with ${prefix}.`);
      return { ...base, outcome: "miss" };
    }
    const key = lookup.value;
    const fetched = await watchingCacheClient(async () => (await cacheClient()).restoreCache(paths, key, []));
    if (fetched.value === key) {
      if (!await hasEntries(folder)) {
        return this.corrupt(base, key, `it unpacked nothing into ${folder}`);
      }
      this.log.info(`Restored the runs of ${suite} on ${branch} from Actions cache entry ${key}.`);
      return { ...base, outcome: "hit", key };
    }
    await rm(folder, { recursive: true, force: true });
    if (fetched.value === void 0 && !fetched.problem) {
      this.log.info(`Actions cache entry ${key} was gone by the time it was downloaded (evicted); no baseline of ${suite} on ${branch}.`);
      return { ...base, outcome: "miss" };
    }
    const reason = fetched.problem ?? `the client restored ${describe(fetched.value)} instead`;
    if (fetched.downloaded) return this.corrupt(base, key, reason);
    this.log.warning(`Could not download Actions cache entry ${key} (${reason}); carrying on as if ${suite} on ${branch} had no baseline.`);
    return { ...base, outcome: "failed", key, reason };
  }
  async corrupt(base, key, reason) {
    await rm(this.folder(base.suite, base.branch), { recursive: true, force: true });
    this.log.warning(`Actions cache entry ${key} is corrupt: ${reason}.`);
    return { ...base, outcome: "corrupt", key, reason };
  }
  /** Reads of a restored entry: a bad file in it is named by the entry's key, since that is what a person can find and delete. */
  async reading(restored, read) {
    if (restored.outcome === "corrupt") {
      throw new InputError(
        `Actions cache entry ${restored.key}`,
        `could not be restored for ${restored.suite} on ${restored.branch}: ${restored.reason}. Delete the entry (Actions \u2192 Caches) or let a new save replace it.`
      );
    }
    try {
      return await read();
    } catch (err) {
      if (restored.outcome !== "hit" || !(err instanceof InputError)) throw err;
      throw new InputError(`Actions cache entry ${restored.key}`, `holds a run that cannot be read: ${err.message}`, { cause: err });
    }
  }
  /** Each (suite, branch) has a LocalStore of its own, so an entry holds exactly one branch. */
  folder(suite, branch) {
    return join(this.dir, suiteFolder(suite), branchFolder(branch));
  }
  local(suite, branch) {
    return new LocalStore(this.folder(suite, branch), { ...this.retain !== void 0 ? { retain: this.retain } : {}, history: false });
  }
};
function keyPart(text, longest) {
  const encoded = encodeSegment(text).replace(/-/g, "%2D");
  if (encoded.length <= longest) return encoded;
  return `${encoded.slice(0, longest - 17)}~${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function cacheKeyPrefix(keyPrefix, suite, branch) {
  suiteFolder(suite);
  branchFolder(branch);
  return `${keyPrefix}-${keyPart(suite, LONGEST_KEY_PART)}-${keyPart(branch, LONGEST_KEY_PART)}-`;
}
function cacheKey(keyPrefix, run2, branch) {
  const time = new Date(run2.run.time);
  if (Number.isNaN(time.getTime())) throw new UsageError(`run.time: expected an ISO 8601 time, found ${describe(run2.run.time)}`);
  const stamp = time.toISOString().replace(/[-:.]/g, "");
  const commit = run2.run.commit !== void 0 && shortCommit(run2.run.commit) !== void 0 ? run2.run.commit.toLowerCase() : void 0;
  return `${cacheKeyPrefix(keyPrefix, run2.suite, branch)}${stamp}-${keyPart(commit ?? run2.run.id, LONGEST_RUN_PART)}`;
}
function cachePath(folder) {
  const workspace = resolve(process.env["GITHUB_WORKSPACE"] ?? process.cwd());
  const inside = relative(workspace, folder);
  if (resolve(process.cwd()) !== workspace || inside === "" || inside.startsWith("..") || isAbsolute(inside)) return folder;
  return inside.split(sep2).join("/");
}
async function missingCacheService() {
  if ((await cacheClient()).isFeatureAvailable() && process.env["ACTIONS_RUNTIME_TOKEN"]) return void 0;
  return "this runner offers no cache service (ACTIONS_RESULTS_URL, or ACTIONS_CACHE_URL on GitHub Enterprise Server, and ACTIONS_RUNTIME_TOKEN are not set; on GitHub Enterprise Server an administrator must enable the Actions cache). Use baseline-store: branch to keep baselines on a git data branch instead.";
}
function cacheMode() {
  return (process.env["ACTIONS_CACHE_MODE"] ?? "").trim().toLowerCase();
}
async function hasEntries(folder) {
  try {
    return (await readdir(folder)).length > 0;
  } catch {
    return false;
  }
}
var listener;
var tap;
var queue = Promise.resolve();
function watchingCacheClient(call) {
  const next = queue.then(() => watch(call));
  queue = next.catch(() => void 0);
  return next;
}
async function watch(call) {
  if (process.stdout.write !== tap) {
    const write = process.stdout.write;
    tap = function(chunk, ...rest) {
      if (listener && (typeof chunk === "string" || chunk instanceof Uint8Array)) {
        for (const line of Buffer.from(chunk).toString("utf8").split(/\r?\n/)) listener(line);
      }
      return Reflect.apply(write, process.stdout, [chunk, ...rest]);
    };
    process.stdout.write = tap;
  }
  let problem;
  let reservation;
  let downloaded = false;
  listener = (line) => {
    const command = /^::(warning|error|debug)(?: [^:]*)?::(.*)$/.exec(line);
    const text = command ? unescapeCommand(command[2] ?? "") : line;
    if (command?.[1] === "debug") {
      const refused = /^Failed to reserve cache: (?:Error: )?([\s\S]*)$/.exec(text);
      if (refused) reservation = refused[1];
    } else if (command || /^Failed to (save|restore): /.test(line)) {
      problem = text;
    } else if (line.startsWith("Cache Size:")) {
      downloaded = true;
    }
  };
  try {
    const value = await call();
    const reason = reservation !== void 0 ? `reserving the entry failed: ${reservation}` : problem;
    return { value, downloaded, ...reason !== void 0 ? { problem: tidy(reason) } : {} };
  } finally {
    listener = void 0;
  }
}
function tidy(message) {
  const first = message.split(/\r?\n/)[0] ?? "";
  return first.replace(/^Failed to (save|restore): /, "").replace(/\.+$/, "");
}
function unescapeCommand(text) {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

// src/github/errors.ts
var GitHubApiError = class extends Error {
  name = "GitHubApiError";
  failure;
  /** What benchgate was doing, e.g. "comment on octo-org/widgets#12". */
  action;
  status;
  /** For 'rate-limited': how long GitHub asked to wait. */
  retryAfterSeconds;
  constructor(action, failure, message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.action = action;
    this.failure = failure;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
};
var CommentNotPermitted = class extends GitHubApiError {
  name = "CommentNotPermitted";
};
var PullRequestHeadMismatch = class extends Error {
  name = "PullRequestHeadMismatch";
  pullNumber;
  expectedHeadSha;
  actualHeadSha;
  constructor(repository, pullNumber, expectedHeadSha, actualHeadSha) {
    super(
      `Pull request ${repository}#${pullNumber} has head ${actualHeadSha.slice(0, 12)}, but the measured commit is ${expectedHeadSha.slice(0, 12)}. The pull request number came from an artifact and is not trusted, so benchgate will not comment on it. (If the pull request got new commits since, the run for those will comment.)`
    );
    this.pullNumber = pullNumber;
    this.expectedHeadSha = expectedHeadSha;
    this.actualHeadSha = actualHeadSha;
  }
};
function isHttpError(err) {
  return err instanceof Error && typeof err.status === "number" && "request" in err;
}
function toGitHubApiError(err, action, permission) {
  if (err instanceof GitHubApiError) return err;
  if (!isHttpError(err)) {
    const message = err instanceof Error ? err.message : String(err);
    return new GitHubApiError(action, "unexpected", `Could not ${action}: ${message}`, { cause: err });
  }
  const { status } = err;
  const headers = err.response?.headers ?? {};
  const data = err.response?.data;
  const said = githubMessage(data) ?? err.message;
  const answered = `GitHub answered ${status}${said ? ` "${said}"` : ""}`;
  const details = { status, cause: err };
  if (!err.response) {
    return new GitHubApiError(action, "network", `Could not ${action}: GitHub could not be reached (${err.message}), also after retrying.`, details);
  }
  const retryAfterSeconds = rateLimitWait(status, said, headers);
  if (retryAfterSeconds !== void 0) {
    const which = headers["x-ratelimit-remaining"] === "0" || headers["x-ratelimit-remaining"] === 0 ? "rate limit" : "secondary rate limit";
    return new GitHubApiError(
      action,
      "rate-limited",
      `Could not ${action}: GitHub's ${which} was hit (it asked to wait ${retryAfterSeconds} s). benchgate waits out short limits a few times but gives up on long ones (throttle.maxRetryAfterSeconds) rather than hold the job. Nothing else is affected; run the job again later.`,
      { ...details, retryAfterSeconds }
    );
  }
  if (status === 401) {
    return new GitHubApiError(
      action,
      "unauthorized",
      `Could not ${action}: ${answered}. Check the token: GITHUB_TOKEN expires when its job ends, and a personal token may have been revoked.`,
      details
    );
  }
  if (status === 403) {
    const need = permission ? ` The workflow needs \`permissions: ${permission}\`.` : "";
    return new GitHubApiError(action, "not-permitted", `Could not ${action}: ${answered}: the token may not do this.${need}`, details);
  }
  if (status === 404 || status === 410) {
    return new GitHubApiError(action, "not-found", `Could not ${action}: ${answered}. It does not exist, or the token cannot see it.`, details);
  }
  if (status >= 500) {
    return new GitHubApiError(
      action,
      "server-error",
      `Could not ${action}: ${answered}, also after retrying. GitHub may be having an incident (https://www.githubstatus.com).`,
      details
    );
  }
  return new GitHubApiError(action, "rejected", `Could not ${action}: ${answered}${validationErrors(data)}.`, details);
}
async function callGitHub(action, call, permission) {
  try {
    return await call();
  } catch (err) {
    throw toGitHubApiError(err, action, permission);
  }
}
function rateLimitWait(status, message, headers) {
  if (status !== 403 && status !== 429) return void 0;
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && headers["retry-after"] !== void 0) return retryAfter;
  if (String(headers["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - Date.now() / 1e3)) : 60;
  }
  if (status === 429 || /rate limit/i.test(message ?? "")) return 60;
  return void 0;
}
function githubMessage(data) {
  if (typeof data === "object" && data !== null && typeof data.message === "string") {
    return data.message;
  }
  return void 0;
}
function validationErrors(data) {
  const errors = typeof data === "object" && data !== null ? data.errors : void 0;
  if (!Array.isArray(errors)) return "";
  const messages = errors.map(
    (e) => typeof e === "string" ? e : typeof e === "object" && e !== null ? String(e.message ?? e.code) : String(e)
  );
  return messages.length > 0 ? ` (${messages.join("; ")})` : "";
}

// src/github/comment.ts
var MAX_COMMENT_LENGTH = 65536;
var FORK_HELP = "Pull requests from forks get a read-only GITHUB_TOKEN, so they cannot be commented on from the pull_request workflow. Run benchgate there without commenting and upload its results as an artifact; then post the comment from a second workflow triggered by `workflow_run`, which runs in the base repository with `permissions: pull-requests: write`. For pull requests from the same repository, give the job `permissions: pull-requests: write`.";
function stickyMarker(suite) {
  return `<!-- benchgate:comment suite="${encodeURIComponent(suite)}" -->`;
}
async function upsertStickyComment(octokit, request2) {
  checkRequest(request2);
  try {
    return await upsert(octokit, request2);
  } catch (err) {
    if (err instanceof GitHubApiError && err.failure === "not-permitted") {
      throw new CommentNotPermitted(err.action, "not-permitted", `${err.message} ${FORK_HELP}`, { status: err.status, cause: err });
    }
    throw err;
  }
}
async function upsert(octokit, request2) {
  const { owner, repo, issueNumber, suite, author } = request2;
  const where = `${owner}/${repo}#${issueNumber}`;
  const marker = stickyMarker(suite);
  const body = `${marker}
${fitToLimit(request2.body.replace(/\r\n/g, "\n"), MAX_COMMENT_LENGTH - marker.length - 1)}`;
  const earlier = await callGitHub(`read the comments of ${where}`, async () => {
    const found = [];
    const pages = octokit.paginate.iterator("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100
    });
    for await (const page of pages) {
      for (const c of page.data) {
        if (c.user?.type === "Bot" && c.body?.startsWith(marker)) found.push({ id: c.id, body: c.body, html_url: c.html_url, login: c.user.login });
      }
    }
    return found.filter((c) => c.login === author).at(-1) ?? found.at(-1);
  });
  if (earlier && earlier.body === body) return { action: "unchanged", url: earlier.html_url, id: earlier.id };
  if (!earlier && request2.createIfMissing === false) return { action: "skipped", url: "", id: 0 };
  if (earlier) {
    const { data: data2 } = await callGitHub(
      `update benchgate's comment on ${where}`,
      () => octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { owner, repo, comment_id: earlier.id, body })
    );
    return { action: "updated", url: data2.html_url, id: Number(data2.id) };
  }
  const { data } = await callGitHub(
    `comment on ${where}`,
    () => octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: issueNumber, body })
  );
  return { action: "created", url: data.html_url, id: Number(data.id) };
}
function checkRequest(request2) {
  const { owner, repo, issueNumber, suite, body } = request2;
  if (typeof owner !== "string" || owner === "" || typeof repo !== "string" || repo === "") {
    throw new UsageError(`Sticky comment: expected a repository owner and name, found ${describe(owner)} and ${describe(repo)}.`);
  }
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) {
    throw new UsageError(`Sticky comment: expected a pull request number (a positive integer), found ${describe(issueNumber)}.`);
  }
  if (typeof suite !== "string" || suite === "") throw new UsageError(`Sticky comment: expected a suite name, found ${describe(suite)}.`);
  if (typeof body !== "string") throw new UsageError(`Sticky comment: expected the report as markdown text, found ${describe(body)}.`);
}
function fitToLimit(text, limit) {
  if (text.length <= limit) return text;
  const note = `

\u2026 (report cut: it is ${text.length} characters, more than a GitHub comment may hold)`;
  let end = limit - note.length;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end) + note;
}

// src/github/pulls.ts
async function getPullRequest(octokit, owner, repo, number) {
  checkRepository(owner, repo);
  checkPullNumber(number);
  const { data } = await callGitHub(
    `read pull request ${owner}/${repo}#${number}`,
    () => octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner, repo, pull_number: number })
  );
  const headRepo = data.head.repo?.full_name ?? null;
  return {
    number: data.number,
    state: data.state === "closed" ? "closed" : "open",
    htmlUrl: data.html_url,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    baseRepo: data.base.repo.full_name,
    fork: headRepo === null || headRepo.toLowerCase() !== data.base.repo.full_name.toLowerCase()
  };
}
async function verifyPullRequestHead(octokit, owner, repo, number, expectedHeadSha) {
  checkPullNumber(number);
  if (typeof expectedHeadSha !== "string" || !/^[0-9a-f]{40}$/i.test(expectedHeadSha)) {
    throw new UsageError(`Expected head commit of pull request #${number}: expected a 40-character hex sha, found ${describe(expectedHeadSha)}.`);
  }
  const pr = await getPullRequest(octokit, owner, repo, number);
  if (pr.headSha.toLowerCase() !== expectedHeadSha.toLowerCase()) {
    throw new PullRequestHeadMismatch(`${owner}/${repo}`, number, expectedHeadSha, pr.headSha);
  }
  return pr;
}
function checkRepository(owner, repo) {
  if (typeof owner !== "string" || !/^[\w.-]+$/.test(owner) || typeof repo !== "string" || !/^[\w.-]+$/.test(repo)) {
    throw new UsageError(`GitHub repository: expected an owner and a name like "octo-org" and "widgets", found ${describe(owner)} and ${describe(repo)}.`);
  }
}
function checkPullNumber(number) {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`Pull request number: expected a positive integer, found ${describe(number)}.`);
  }
}

// src/github/history.ts
async function getMergeBase(octokit, owner, repo, base, head) {
  checkRepository(owner, repo);
  checkRef("Merge-base base", base);
  checkRef("Merge-base head", head);
  const { data } = await callGitHub(
    `find the merge-base of ${base} and ${head} in ${owner}/${repo}`,
    () => (
      // One commit per page: only merge_base_commit is wanted, not the list of commits between.
      octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", { owner, repo, basehead: `${base}...${head}`, per_page: 1 })
    )
  );
  return data.merge_base_commit.sha;
}
async function listAncestorShas(octokit, owner, repo, sha, max = 300) {
  checkRepository(owner, repo);
  checkRef("Ancestors of", sha);
  if (!Number.isSafeInteger(max) || max < 1) throw new UsageError(`Ancestor count: expected a positive integer, found ${describe(max)}.`);
  return callGitHub(`list the commits before ${sha.slice(0, 12)} in ${owner}/${repo}`, async () => {
    const shas = [];
    const pages = octokit.paginate.iterator("GET /repos/{owner}/{repo}/commits", { owner, repo, sha, per_page: Math.min(100, max) });
    for await (const page of pages) {
      for (const commit of page.data) {
        shas.push(commit.sha);
        if (shas.length >= max) return shas;
      }
    }
    return shas;
  });
}
function checkRef(what, ref) {
  if (typeof ref !== "string" || ref === "" || ref.includes("..") || /[\s~^:?*[\\]/.test(ref)) {
    throw new UsageError(`${what}: expected a branch name or commit sha, found ${describe(ref)}.`);
  }
}

// src/github/status.ts
var MAX_DESCRIPTION = 140;
function statusContext(suite) {
  return `benchgate/${suite}`;
}
async function createCommitStatus(octokit, request2) {
  const { owner, repo, sha, suite, state } = request2;
  checkTarget(owner, repo, sha, suite);
  const context = statusContext(suite);
  const { data } = await callGitHub(
    `set the ${context} status on ${sha.slice(0, 12)} in ${owner}/${repo}`,
    () => octokit.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
      owner,
      repo,
      sha,
      state,
      context,
      description: cut(request2.description.replace(/\s+/g, " ").trim(), MAX_DESCRIPTION),
      ...request2.targetUrl ? { target_url: request2.targetUrl } : {}
    }),
    "statuses: write"
  );
  return { id: data.id, context };
}
function checkTarget(owner, repo, sha, suite) {
  checkRepository(owner, repo);
  if (typeof sha !== "string" || !/^[0-9a-f]{40}$/i.test(sha)) throw new UsageError(`Commit to mark: expected a 40-character hex sha, found ${describe(sha)}.`);
  if (typeof suite !== "string" || suite === "") throw new UsageError(`Commit status: expected a suite name, found ${describe(suite)}.`);
}
function cut(text, limit) {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}\u2026`;
}

// src/action/event.ts
var { existsSync, readFileSync } = __require("node:fs");
function readEventContext(env = process.env) {
  const path = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (path) {
    if (existsSync(path)) {
      const parsed = JSON.parse(readFileSync(path, "utf8"));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) payload = parsed;
    } else {
      process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist
`);
    }
  }
  return { eventName: env.GITHUB_EVENT_NAME ?? "", payload, sha: env.GITHUB_SHA ?? "", ref: env.GITHUB_REF ?? "" };
}
function eventRepository(env = process.env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (owner && repo) return { owner, repo };
  const repository = readEventContext(env).payload.repository;
  if (repository?.owner?.login && repository.name) return { owner: repository.owner.login, repo: repository.name };
  throw new UsageError("The repository is unknown: GITHUB_REPOSITORY should name it as 'owner/repo'.");
}

// src/action/github-steps.ts
function sentence(text) {
  return `${text.trim().replace(/[.\s]+$/, "")}.`;
}
async function baselineAncestry(octokit, pr, notes) {
  const { owner, repo } = eventRepository();
  try {
    const mergeBase = await getMergeBase(octokit, owner, repo, pr.baseSha, pr.sha);
    const ancestors = (await listAncestorShas(octokit, owner, repo, mergeBase, 300)).map((sha) => sha.toLowerCase());
    info(`Merge-base ${mergeBase.slice(0, 12)}: looking for the newest stored run among its ${ancestors.length} latest commits.`);
    return (commit) => {
      const prefix = commit?.toLowerCase();
      return prefix !== void 0 && prefix.length >= 7 && ancestors.some((sha) => sha.startsWith(prefix));
    };
  } catch (err) {
    const said = err instanceof GitHubApiError ? sentence(err.message) : `Could not find the merge-base: ${sentence(err.message)}`;
    const message = `${said} Compared with the newest stored run of the base branch instead.`;
    warning(message);
    notes.push(message);
    return () => true;
  }
}
async function postComment(octokit, inputs, number, comparison, markdown, options) {
  const { owner, repo } = eventRepository();
  const suite = comparison.suite;
  const regressed = comparison.counts.regression + comparison.counts.error > 0;
  if (options.status) {
    try {
      await createCommitStatus(octokit, {
        owner,
        repo,
        sha: options.status.sha,
        suite,
        state: regressed && inputs.config.failOn !== "never" ? "failure" : "success",
        description: statusLine(comparison),
        ...options.status.targetUrl ? { targetUrl: options.status.targetUrl } : {}
      });
    } catch (err) {
      warning(`Could not set the commit status: ${err.message}`);
    }
  }
  if (inputs.comment === "never") return;
  try {
    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: number,
      suite,
      body: markdown,
      author: "github-actions[bot]",
      createIfMissing: inputs.comment === "always" || regressed
    });
    if (result.action !== "skipped") {
      setOutput("comment-url", result.url);
      info(`PR comment ${result.action}: ${result.url}`);
    }
  } catch (err) {
    if (err instanceof CommentNotPermitted) {
      warning(
        options.fork ? `This pull request comes from a fork, so its token is read-only and benchgate cannot comment. The verdict and the job summary are complete. ${err.message}` : err.message
      );
    } else if (err instanceof GitHubApiError) {
      warning(`Could not post the PR comment (${err.failure}): ${sentence(err.message)} The verdict and the job summary are not affected.`);
    } else {
      throw err;
    }
  }
}
function statusLine(c) {
  const { regression, improvement, error, unchanged } = c.counts;
  if (!c.baseline) return "No baseline yet";
  const parts = [`${regression} regressed`, `${improvement} improved`, `${unchanged} unchanged`];
  if (error) parts.push(`${error} failed`);
  return parts.join(", ");
}

// src/action/baseline.ts
var BaselineUnavailable = class extends Error {
  name = "BaselineUnavailable";
};
async function findBaseline(store, plan, suite, octokit, notes, window2) {
  if (!store) {
    notes.push("baseline-store is 'none': nothing to compare with.");
    return { history: [], source: "none" };
  }
  try {
    const base = await choose(store, plan, suite, octokit, notes, window2);
    if (!base.baseline) notes.push(whyNoBaseline(store, plan, suite));
    return base;
  } catch (err) {
    if (isUserError(err)) throw err;
    throw new BaselineUnavailable(`Could not read the baselines in ${store.location}: ${err.message}`, { cause: err });
  }
}
async function choose(store, plan, suite, octokit, notes, window2) {
  switch (plan.kind) {
    case "pull-request": {
      const accept = octokit ? await baselineAncestry(octokit, plan, notes) : () => true;
      const base = await loadBaseline(store, suite, plan.baseBranch, accept, window2);
      if (base.baseline || !octokit) return base;
      const newest = await loadBaseline(store, suite, plan.baseBranch, void 0, window2);
      if (newest.baseline) notes.push(`No stored run of ${plan.baseBranch} is at or before the merge-base; compared with its newest run instead.`);
      return newest;
    }
    case "release": {
      for (const branch of plan.baselineBranches) {
        const base = await loadBaseline(store, suite, branch, void 0, window2);
        if (base.baseline) {
          if (branch !== plan.branch) notes.push(`No earlier run of ${plan.branch}: gated against ${branch}, the branch it was cut from.`);
          return base;
        }
      }
      return { history: [], source: store.location };
    }
    case "record":
      return loadBaseline(store, suite, plan.compareWith, void 0, window2);
    case "measure":
      return { history: [], source: "none" };
  }
}
function whyNoBaseline(store, plan, suite) {
  return `${whereNothingWasFound(store, plan, suite)} ${howOneIsRecorded(plan)}`.trim();
}
function howOneIsRecorded(plan) {
  switch (plan.kind) {
    case "pull-request":
      return `Pull requests never save one: a baseline is recorded when this workflow runs on a push to ${plan.baseBranch} (the recording job of the example workflows).`;
    case "record":
      return `This run will be saved as the first baseline of ${plan.branch}.`;
    case "release":
      return `This run will be saved as the baseline of ${plan.branch} if it passes the gate.`;
    case "measure":
      return "";
  }
}
function whereNothingWasFound(store, plan, suite) {
  if (store instanceof ActionsCacheStore && store.lastRestore) return describeRestore(store.lastRestore);
  const branch = plan.kind === "pull-request" ? plan.baseBranch : plan.kind === "record" ? plan.compareWith : plan.kind === "release" ? plan.baselineBranches.join(" or ") : "";
  return `No stored run of ${suite}${branch ? ` on ${branch}` : ""} in ${store.location} yet: a first run, or runs not recorded there.`;
}

// src/action/inputs.ts
var BASELINE_STORES = ["cache", "branch", "none"];
var COMMENT_MODES = ["always", "on-regression", "never"];
var ACTION_MODES = ["run", "report", "merge"];
var COMPARE_MODES = ["stored", "interleaved"];
var CLI_ONLY = /* @__PURE__ */ new Set(["store", "format"]);
function inputsFromEnv(env) {
  return (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function readInputs(getInput) {
  const origin = (name) => `input '${name}'`;
  const shared = {};
  for (const option of OPTIONS) {
    if (!CLI_ONLY.has(option.name)) shared[option.name] = getInput(option.name);
  }
  const config = resolveConfig([{ values: shared, origin }]);
  config.format = "markdown";
  const results = getInput("results");
  const shardText = getInput("shard");
  const shard = shardText ? parseShard(origin("shard"), shardText) : void 0;
  const mode = parseChoice(origin("mode"), getInput("mode") || "run", ACTION_MODES);
  if (shard && mode !== "run")
    throw new UsageError(`${origin("shard")}: shard jobs measure (mode run); the job with mode ${mode} reads what they uploaded, so leave 'shard' empty there`);
  if (mode === "merge" && !results) {
    throw new UsageError(
      `${origin("results")}: mode merge reads the shards' results from a folder: download the shard jobs' artifacts there (actions/download-artifact with pattern and merge-multiple: true) and name it here`
    );
  }
  const dataBranch = getInput("data-branch") || "benchgate-data";
  if (!/^[\w./-]+$/.test(dataBranch) || dataBranch.includes("..")) {
    throw new UsageError(`${origin("data-branch")}: expected a branch name such as benchgate-data or gh-pages, found ${JSON.stringify(dataBranch)}`);
  }
  const dataRepository = getInput("data-repository");
  if (dataRepository.startsWith("-")) {
    throw new UsageError(`${origin("data-repository")}: expected a repository URL or path, not beginning with "-", found ${JSON.stringify(dataRepository)}`);
  }
  const dataFolder = getInput("data-folder").replace(/^\/+|\/+$/g, "");
  if (dataFolder.split("/").includes(".."))
    throw new UsageError(`${origin("data-folder")}: expected a folder inside the data branch, found ${JSON.stringify(dataFolder)}`);
  const compare = parseChoice(origin("compare"), getInput("compare") || "stored", COMPARE_MODES);
  if (compare === "interleaved" && config.measure === "instructions") {
    throw new UsageError(
      `${origin("measure")}: instructions are compared with a stored baseline, while compare: interleaved times base and head side by side; choose one`
    );
  }
  return {
    config,
    ...results ? { results } : {},
    baselineStore: parseChoice(origin("baseline-store"), getInput("baseline-store") || "cache", BASELINE_STORES),
    dataRepository,
    dataBranch,
    dataFolder,
    comment: parseChoice(origin("comment"), getInput("comment") || "always", COMMENT_MODES),
    releaseBranches: (getInput("release-branches") || "release/**").split(",").map((p) => p.trim()).filter(Boolean),
    mode,
    allowPullRequestTarget: parseBoolean(origin("allow-pull-request-target"), getInput("allow-pull-request-target") || "false"),
    compare,
    setup: getInput("setup"),
    budget: parseDuration(origin("budget"), getInput("budget") || "4m", { min: 1e3 }),
    ...shard ? { shard } : {},
    token: getInput("github-token")
  };
}

// src/action/dashboard.ts
function readDashboardSettings(inputs, env) {
  const get = inputsFromEnv(env);
  const choice = parseChoice("input 'dashboard'", get("dashboard") || "auto", ["auto", "true", "false"]);
  if (choice === "true" && inputs.baselineStore !== "branch") {
    throw new UsageError(`input 'dashboard': the dashboard lives on the data branch, so it needs baseline-store: branch (found ${inputs.baselineStore})`);
  }
  const enabled = choice === "true" || choice === "auto" && inputs.baselineStore === "branch";
  const given = get("dashboard-url");
  if (given !== "" && !/^https?:\/\/[^\s<>()]+$/i.test(given)) {
    throw new UsageError(`input 'dashboard-url': expected an http(s) address like https://octo-org.github.io/widgets/, found ${JSON.stringify(given)}`);
  }
  const url = given !== "" ? given : enabled ? pagesUrl(inputs, env) : void 0;
  return { enabled, atRoot: inputs.dataFolder === "", ...url !== void 0 ? { url } : {} };
}
function pagesUrl(inputs, env) {
  let owner;
  let repo;
  if (inputs.dataRepository === "") {
    if ((env.GITHUB_SERVER_URL ?? "https://github.com") !== "https://github.com") return void 0;
    [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  } else {
    const match = /^(?:https:\/\/github\.com\/|git@github\.com:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(inputs.dataRepository);
    if (!match) return void 0;
    [, owner, repo] = match;
  }
  if (!owner || !repo || !/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) return void 0;
  const host = `${owner.toLowerCase()}.github.io`;
  const base = repo.toLowerCase() === host ? `https://${host}/` : `https://${host}/${repo}/`;
  const folder = inputs.dataFolder.split("/").filter(Boolean).map((part) => encodeURIComponent(part)).join("/");
  return folder ? `${base}${folder}/` : base;
}
function withDashboardLink(markdown, settings) {
  if (settings.url === void 0) return markdown;
  const href = settings.url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `${markdown.replace(/\s*$/, "")}

\u{1F4C8} [Trends of every benchmark](${href}) (the dashboard of the data branch)
`;
}
function dashboardAlongside(settings, env, comparison) {
  if (!settings.enabled) return void 0;
  const repository = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : void 0;
  return async (folder, run2, branch) => {
    const written = [];
    try {
      const compared = comparison();
      if (compared?.baseline) {
        const verdicts = compared.benchmarks.filter((b) => b.verdict !== "unchanged").map((b) => ({ name: b.name, unit: b.unit, direction: b.direction, verdict: b.verdict, ...b.change !== void 0 ? { change: b.change } : {} }));
        written.push(await appendRunVerdicts(folder, suiteFolder(run2.suite), run2.suite, run2.run.time, { id: run2.run.id, branch, verdicts }));
      }
      const outcome = await writeDashboard({
        storeFolder: folder,
        out: folder,
        ...repository !== void 0 ? { repository } : {},
        skipped: (message) => warning(`Left out of the dashboard: ${message}`)
      });
      written.push(...outcome.written);
      if (settings.atRoot) written.push(...await writeChangedFiles(folder, [{ path: ".nojekyll", content: "" }]));
      info(`Dashboard: ${outcome.written.length} of ${outcome.files.length} files changed${settings.url ? `; it is served at ${settings.url}` : ""}.`);
    } catch (err) {
      warning(`The run is saved, but the dashboard could not be updated: ${err.message}`);
    }
    return written;
  };
}

// src/action/handoff.ts
var readFile = (...args) => __require("node:fs/promises").readFile(...args);
var stat = (...args) => __require("node:fs/promises").stat(...args);
var writeFile = (...args) => __require("node:fs/promises").writeFile(...args);
var { join: join2 } = __require("node:path");
var RESULTS_FILE = "results.json";
var HANDOFF_FILE = "pull-request.json";
var LARGEST_HANDOFF = 64 * 1024;
async function writePullRequestHandoff(dir, handoff) {
  await writeFile(join2(dir, HANDOFF_FILE), `${JSON.stringify(handoff, null, 2)}
`);
}
async function readPullRequestHandoff(dir) {
  const file = join2(dir, HANDOFF_FILE);
  let data;
  try {
    const { size } = await stat(file);
    if (size > LARGEST_HANDOFF) throw new InputError(file, `expected a file of at most ${LARGEST_HANDOFF / 1024} KiB, found ${size} bytes`);
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = err.code;
    throw new InputError(
      file,
      code === "ENOENT" ? "not found: download the artifact the pull_request workflow uploaded (it holds results.json and pull-request.json) and pass its folder as input 'results'" : `not valid JSON: ${err.message}`
    );
  }
  const { number, headSha, suite } = data ?? {};
  if (!Number.isSafeInteger(number) || number < 1) throw new InputError(file, `number: expected a pull request number, found ${describe(number)}`);
  if (typeof headSha !== "string" || !/^[0-9a-f]{40}$/i.test(headSha))
    throw new InputError(file, `headSha: expected a 40-character commit sha, found ${describe(headSha)}`);
  if (typeof suite !== "string" || suite === "") throw new InputError(file, `suite: expected a suite name, found ${describe(suite)}`);
  return { number, headSha, suite };
}

// src/action/outputs.ts
function setSkippedOutputs() {
  setOutput("verdict", "skipped");
  setOutput("regressions", "0");
  setOutput("improvements", "0");
  for (const path of ["results-path", "report-path", "comment-url"]) setOutput(path, "");
}

// src/action/sanitize-env.ts
var SECRET_NAMES = /* @__PURE__ */ new Set([
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_RUNTIME_URL"
]);
function isSecretName(name) {
  return name.startsWith("INPUT_") || SECRET_NAMES.has(name);
}
function sanitizedEnv(env) {
  const clean = {};
  for (const [name, value] of Object.entries(env)) {
    if (!isSecretName(name)) clean[name] = value;
  }
  return clean;
}

// src/action/interleaved.ts
var { execFile } = __require("node:child_process");
var { promisify } = __require("node:util");
var exec = promisify(execFile);
async function measureInterleavedPullRequest(inputs, workspace, pr, env, selection) {
  await ensureCommit(workspace, pr.baseSha, env);
  const { config } = inputs;
  info(`Measuring ${pr.baseBranch} (${pr.baseSha.slice(0, 7)}) and this pull request side by side, in alternating rounds.`);
  const write = (text) => void process.stdout.write(text);
  const run2 = await runInterleaved({
    cwd: workspace,
    base: pr.baseSha,
    ...inputs.setup ? { setup: inputs.setup } : {},
    config,
    budgetMs: inputs.budget,
    // The benchmarks and the setup command are the PR's code: they run without the token or the runtime's secrets.
    env: sanitizedEnv(env),
    ...selection ? { selection } : {},
    write,
    onEvent: interleaveProgress(write)
  });
  const sampling = {};
  for (const [name, s] of Object.entries(run2.sampling)) sampling[name] = samplingSentence(s, run2.conditions.budget.benchmarkMs);
  const comparison = comparePaired(run2.head, run2.base, pairedOptions(config), { sampling });
  return { comparison, head: run2.head, base: run2.base, sampling, notes: [...interleavedNotes(run2), ...noiseLines(run2, config.threshold, "notable")] };
}
function pairedOptions(config) {
  return { alpha: config.alpha, threshold: config.threshold, correction: config.correction, confidence: config.confidence, minSamples: config.minSamples };
}
async function ensureCommit(workspace, sha, env) {
  const git = (args) => exec("git", args, { cwd: workspace, env: { ...env, GIT_TERMINAL_PROMPT: "0" } });
  try {
    await git(["cat-file", "-e", `${sha}^{commit}`]);
    return;
  } catch {
  }
  try {
    await git(["fetch", "--no-tags", "--depth=1", "origin", sha]);
  } catch (err) {
    throw new UsageError(
      `compare 'interleaved' needs the base commit ${sha.slice(0, 12)} in the workspace and could not fetch it (${err.message.split("\n")[0]}); use actions/checkout with fetch-depth: 0`
    );
  }
}

// src/action/stores.ts
var { join: join3 } = __require("node:path");
var log = { info: (m) => info(m), warning: (m) => warning(m) };
function createStore(inputs, workspace, env, alongside) {
  const retain = inputs.config.retain;
  switch (inputs.baselineStore) {
    case "none":
      return void 0;
    case "cache":
      return new ActionsCacheStore({ dir: join3(env.RUNNER_TEMP ?? join3(workspace, ".benchgate"), "benchgate-cache"), retain, log });
    case "branch": {
      const remote = inputs.dataRepository || `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}.git`;
      return new GitBranchStore({
        remote,
        branch: inputs.dataBranch,
        folder: inputs.dataFolder,
        // A new folder with an unguessable name in it for every run: see GitBranchStore.
        ...env.RUNNER_TEMP ? { workRoot: env.RUNNER_TEMP } : {},
        retain,
        ...inputs.token ? { token: inputs.token } : {},
        ...alongside ? { alongside } : {},
        log
      });
    }
  }
}

// src/action/shard.ts
var writeFile2 = (...args) => __require("node:fs/promises").writeFile(...args);
var { join: join4 } = __require("node:path");
function shardResultsFile(spec) {
  return `results-shard-${spec.index}-of-${spec.count}.json`;
}
function interleavedShardFile(spec) {
  return `interleaved-shard-${spec.index}-of-${spec.count}.json`;
}
var INTERLEAVED_SHARD_FORMAT = "benchgate/interleaved-shard";
async function measureShard(inputs, plan, workspace, outDir, env) {
  const spec = inputs.shard;
  if (inputs.results) throw new UsageError("input 'shard' splits a suite benchgate measures itself; leave input 'results' empty in shard jobs");
  const branch = plan.kind === "pull-request" ? plan.headBranch : plan.branch;
  const octokit = inputs.token && plan.kind === "pull-request" ? createGitHubClient({ token: inputs.token, log: (m) => info(m) }) : void 0;
  const notes = [];
  const base = await findBaseline(createStore(inputs, workspace, env), plan, inputs.config.suite, octokit, notes, inputs.config.window);
  const runs = base.baseline ? [base.baseline, ...base.history].slice(0, TIMING_RUNS) : [];
  for (const note of notes) info(note);
  let path;
  let measured;
  if (plan.kind === "pull-request" && inputs.compare === "interleaved") {
    const part = planPart(spec, runs, workspace, findFiles(inputs.config.benchmarks, workspace, BENCHMARK_FILE), []);
    const shard2 = { ...part.shard, wallTime: 0 };
    const started = Date.now();
    const { head, base: measuredBase, sampling, notes: runNotes } = await measureInterleavedPullRequest(inputs, workspace, plan, env, part.micro);
    shard2.wallTime = Date.now() - started;
    head.run.shard = shard2;
    measuredBase.run.shard = shard2;
    measured = head;
    path = join4(outDir, interleavedShardFile(spec));
    const document = { format: INTERLEAVED_SHARD_FORMAT, head, base: measuredBase, sampling, notes: runNotes };
    await writeFile2(path, `${JSON.stringify(document, null, 2)}
`);
  } else {
    const progress = createProgressReporter(process.stdout, { env });
    try {
      const files = {
        micro: findFiles(inputs.config.benchmarks, workspace, BENCHMARK_FILE).length,
        load: discoverScenarioFiles(inputs.config.benchmarks, workspace).length
      };
      info(`Measuring shard ${spec.index}/${spec.count} of ${inputs.config.benchmarks} (${files.micro + files.load} files in the suite).`);
      measured = await measure(inputs.config, {
        cwd: workspace,
        commit: plan.sha,
        branch,
        env: sanitizedEnv(env),
        onEvent: (e) => progress.onEvent(e),
        shard: { spec, runs }
      });
    } finally {
      progress.finish();
    }
    path = join4(outDir, shardResultsFile(spec));
    await writeFile2(path, serializeResults(measured));
  }
  setOutput("results-path", path);
  if (plan.kind === "pull-request") await writePullRequestHandoff(outDir, { number: plan.number, headSha: plan.sha, suite: measured.suite });
  const shard = measured.run.shard;
  const by = shard.timings ? `split as planned from the stored run ${shard.timings}` : "split by counting files (no stored run yet)";
  info(
    `Shard ${spec.index}/${spec.count}: ${measured.benchmarks.length} benchmarks in ${Math.round(shard.wallTime / 1e3)} s, ${by}. Upload ${outDir} as an artifact; the job with mode: merge compares, comments and saves once for all shards.`
  );
  setOutput("verdict", "shard");
}

// src/action/merge.ts
var readdir2 = (...args) => __require("node:fs/promises").readdir(...args);
var readFile2 = (...args) => __require("node:fs/promises").readFile(...args);
var { join: join5, resolve: resolve2 } = __require("node:path");
var STORED = /^results-shard-\d+-of-\d+\.json$/;
var INTERLEAVED = /^interleaved-shard-\d+-of-\d+\.json$/;
async function mergedResults(inputs, plan, workspace) {
  const folder = resolve2(workspace, inputs.results);
  const files = await shardFiles(folder, STORED);
  const shards = [];
  for (const name of files) shards.push({ source: name, run: await readResultsFile(join5(folder, name), { tool: "benchgate" }) });
  const merged = checked(mergeShards(shards, newRunId()), inputs, plan, folder);
  info(`Merged ${merged.run.shards.length} shards of ${merged.suite}: ${merged.benchmarks.length} benchmarks.`);
  return merged;
}
async function mergedInterleaved(inputs, plan, workspace) {
  const folder = resolve2(workspace, inputs.results);
  const heads = [];
  const bases = [];
  const sampling = {};
  let notes = [];
  for (const name of await shardFiles(folder, INTERLEAVED)) {
    const doc = await readJson(join5(folder, name));
    if (doc.format !== INTERLEAVED_SHARD_FORMAT)
      throw new InputError(name, `format: expected "${INTERLEAVED_SHARD_FORMAT}", found ${JSON.stringify(doc.format)}`);
    heads.push({ source: name, run: validateResults(doc.head, `${name}: head`) });
    bases.push({ source: name, run: validateResults(doc.base, `${name}: base`) });
    for (const [benchmark, sentence2] of Object.entries(isRecord(doc.sampling) ? doc.sampling : {})) {
      if (typeof sentence2 === "string") sampling[benchmark] = sentence2.slice(0, 300);
    }
    if (notes.length === 0 && Array.isArray(doc.notes)) notes = doc.notes.filter((n) => typeof n === "string").slice(0, 20);
  }
  const id = newRunId();
  const head = checked(mergeShards(heads, id), inputs, plan, folder);
  const base = mergeShards(bases, id);
  const comparison = comparePaired(head, base, pairedOptions(inputs.config), { sampling });
  info(`Merged ${head.run.shards.length} interleaved shards of ${head.suite}: ${head.benchmarks.length} benchmarks.`);
  return { comparison, head, notes };
}
async function holdsInterleavedShards(inputs, workspace) {
  const names = await readdir2(resolve2(workspace, inputs.results)).catch(() => []);
  return names.some((n) => INTERLEAVED.test(n));
}
async function shardFiles(folder, pattern) {
  let names;
  try {
    names = await readdir2(folder);
  } catch {
    names = [];
  }
  const found = names.filter((n) => pattern.test(n)).sort();
  if (found.length === 0) {
    throw new UsageError(
      `input 'results': no shard results in ${folder}: download the artifacts the shard jobs uploaded into it (actions/download-artifact with pattern and merge-multiple: true). If every shard job failed, there is nothing to merge.`
    );
  }
  return found;
}
function checked(merged, inputs, plan, folder) {
  if (merged.suite !== inputs.config.suite) {
    throw new UsageError(`${folder}: the shards are of suite '${merged.suite}', but input 'suite' is '${inputs.config.suite}'`);
  }
  const commit = merged.run.commit?.toLowerCase();
  if (commit !== void 0 && commit !== plan.sha.toLowerCase()) {
    throw new UsageError(
      `${folder}: the shards measured commit ${commit.slice(0, 12)}, but this job is for ${plan.sha.slice(0, 12)}: merge the shards of this workflow run`
    );
  }
  return merged;
}
async function readJson(path) {
  try {
    const value = JSON.parse(await readFile2(path, "utf8"));
    if (isRecord(value)) return value;
    throw new Error("not a JSON object");
  } catch (err) {
    throw new InputError(path, `not a valid interleaved shard: ${err.message}`);
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/action/publish.ts
var mkdir = (...args) => __require("node:fs/promises").mkdir(...args);
var writeFile3 = (...args) => __require("node:fs/promises").writeFile(...args);
var { join: join6 } = __require("node:path");
async function publish(comparison, markdown, outDir) {
  const reportPath = join6(outDir, "report.md");
  await writeFile3(reportPath, markdown);
  await writeFile3(join6(outDir, "comparison.json"), renderJson(comparison));
  setOutput("report-path", reportPath);
  try {
    await summary.addRaw(markdown, true).write();
  } catch (err) {
    warning(`Could not write the job summary: ${err.message}`);
  }
}
function finish(comparison, failOn) {
  const outcome = gate(comparison, failOn);
  setOutput("regressions", String(comparison.counts.regression));
  setOutput("improvements", String(comparison.counts.improvement));
  setOutput("verdict", !comparison.baseline ? "no-baseline" : outcome.failed ? "fail" : "pass");
  if (outcome.failed) setFailed(outcome.reason);
  else info(outcome.reason);
  return !outcome.failed;
}
async function outputFolder(env, suite) {
  const dir = join6(env.RUNNER_TEMP ?? join6(process.cwd(), ".benchgate"), "benchgate", suite);
  await mkdir(dir, { recursive: true });
  return dir;
}
function runUrl(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : void 0;
}
async function reportAndGate(inputs, comparison, where) {
  const url = runUrl(where.env);
  const report = renderReport(comparison, "markdown", { ...url ? { runUrl: url } : {}, notes: where.notes });
  const markdown = where.dashboard ? withDashboardLink(report, where.dashboard) : report;
  await publish(comparison, markdown, where.outDir);
  const { comment } = where;
  if (comment) {
    await postComment(comment.octokit, inputs, comment.number, comparison, markdown, {
      fork: comment.fork,
      ...comment.status ? { status: comment.status } : {}
    });
  }
  return finish(comparison, inputs.config.failOn);
}

// src/action/report-mode.ts
var { join: join7, resolve: resolve3 } = __require("node:path");
async function reportFromArtifact(inputs, env) {
  const context = readEventContext(env);
  const workflowRun = context.payload.workflow_run;
  if (context.eventName !== "workflow_run" || !workflowRun?.head_sha) {
    throw new UsageError(
      `input 'mode': 'report' is for workflow_run workflows, but this is a '${context.eventName}' event; see the fork-safe workflows in docs/action.md.`
    );
  }
  if (workflowRun.event !== "pull_request") {
    notice(`The workflow run was triggered by '${workflowRun.event}', not a pull request: nothing to report.`);
    setSkippedOutputs();
    return;
  }
  if (!inputs.results)
    throw new UsageError("input 'results': expected the folder of the downloaded benchgate artifact (it holds results.json and pull-request.json).");
  if (!inputs.token) throw new UsageError("input 'github-token': report mode needs a token with pull-requests: write and statuses: write.");
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const folder = resolve3(workspace, inputs.results);
  const handoff = await readPullRequestHandoff(folder);
  const resultsFile = join7(folder, RESULTS_FILE);
  const head = await readResultsFile(resultsFile, { tool: "benchgate", suite: inputs.config.suite });
  if (head.suite !== inputs.config.suite || handoff.suite !== inputs.config.suite) {
    throw new UsageError(`${resultsFile}: results are of suite '${head.suite}', but input 'suite' is '${inputs.config.suite}'.`);
  }
  const refusal = untrustedHandoff(handoff, workflowRun);
  if (refusal) return setFailed(`Refusing to report on pull request #${handoff.number}: ${refusal}`);
  const octokit = createGitHubClient({ token: inputs.token, log: (m) => info(m) });
  const { owner, repo } = eventRepository(env);
  let pr;
  try {
    pr = await verifyPullRequestHead(octokit, owner, repo, handoff.number, workflowRun.head_sha);
  } catch (err) {
    if (err instanceof PullRequestHeadMismatch || err instanceof GitHubApiError) return setFailed(err.message);
    throw err;
  }
  head.run.commit = pr.headSha;
  head.run.branch = pr.headRef;
  const store = createStore(inputs, workspace, env);
  const notes = [];
  const plan = {
    kind: "pull-request",
    number: pr.number,
    sha: pr.headSha,
    headBranch: pr.headRef,
    baseBranch: pr.baseRef,
    baseSha: pr.baseSha,
    fork: pr.fork,
    summary: ""
  };
  const base = await findBaseline(store, plan, head.suite, octokit, notes, inputs.config.window);
  const comparison = compareRuns(head, base, inputs.config);
  await reportAndGate(inputs, comparison, {
    outDir: await outputFolder(env, head.suite),
    env,
    notes,
    comment: { octokit, number: pr.number, fork: false, status: { sha: pr.headSha, targetUrl: runUrl(env) } }
  });
}
function untrustedHandoff(handoff, workflowRun) {
  const runSha = workflowRun.head_sha.toLowerCase();
  if (handoff.headSha.toLowerCase() !== runSha) {
    return `the artifact says it measured ${handoff.headSha.slice(0, 12)}, but the workflow run that uploaded it ran ${runSha.slice(0, 12)}.`;
  }
  const listed = (workflowRun.pull_requests ?? []).map((p) => p.number);
  if (listed.length > 0 && !listed.includes(handoff.number)) {
    return `the workflow run belongs to pull request ${listed.map((n) => `#${n}`).join(", ")}, not the #${handoff.number} its artifact names.`;
  }
  return void 0;
}

// src/action/scrub-environ.ts
var { closeSync, openSync, readFileSync: readFileSync2, writeSync } = __require("node:fs");
var STILL_NEEDED = /* @__PURE__ */ new Set(["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL", "ACTIONS_CACHE_URL", "ACTIONS_RUNTIME_URL"]);
function scrubSecretsFromEnvironment() {
  if (process.platform !== "linux") return { skipped: `not Linux (${process.platform}): /proc/<pid>/environ is Linux's` };
  let block;
  let start;
  try {
    block = readFileSync2("/proc/self/environ");
    const stat2 = readFileSync2("/proc/self/stat", "latin1");
    const fields = stat2.slice(stat2.lastIndexOf(")") + 2).split(" ");
    start = Number(fields[47]);
    const end = Number(fields[48]);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end - start !== block.length) {
      return { skipped: "the environment block is not where /proc/self/stat says" };
    }
  } catch (err) {
    return { skipped: `/proc could not be read (${err.message})` };
  }
  const overwrites = [];
  const scrubbed = [];
  let offset = 0;
  for (const entry of splitEntries(block)) {
    const text = entry.toString("utf8");
    const eq = text.indexOf("=");
    const name = eq > 0 ? text.slice(0, eq) : "";
    if (name !== "" && isSecretName(name)) {
      const value = process.env[name];
      if (STILL_NEEDED.has(name) && value !== void 0) process.env[name] = value;
      else delete process.env[name];
      const valueStart = Buffer.byteLength(text.slice(0, eq + 1));
      overwrites.push({ at: offset + valueStart, length: entry.length - valueStart });
      scrubbed.push(name);
    }
    offset += entry.length + 1;
  }
  if (overwrites.length === 0) return { scrubbed };
  let fd;
  try {
    fd = openSync("/proc/self/mem", "r+");
    for (const { at, length } of overwrites) {
      if (length > 0) writeSync(fd, Buffer.alloc(length, "*"), 0, length, start + at);
    }
  } catch (err) {
    return { skipped: `/proc/self/mem could not be written (${err.message})` };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  return { scrubbed };
}
function* splitEntries(block) {
  let from = 0;
  while (from < block.length) {
    let to = block.indexOf(0, from);
    if (to === -1) to = block.length;
    yield block.subarray(from, to);
    from = to + 1;
  }
}

// src/action/valgrind.ts
var { execFileSync } = __require("node:child_process");
function planValgrind(machine) {
  if (machine.platform !== "linux") {
    const name = machine.platform === "darwin" ? "macOS" : machine.platform === "win32" ? "Windows" : machine.platform;
    return {
      kind: "refuse",
      message: `input 'measure': instructions is counted under valgrind, which runs on Linux only, and this runner is ${name}. Run this job on ubuntu-latest, or use measure: time here.`
    };
  }
  if (machine.valgrind) return { kind: "ready" };
  if (machine.aptGet && (machine.root || machine.sudo)) {
    const prefix = machine.root ? [] : ["sudo"];
    return {
      kind: "install",
      commands: [
        [...prefix, "apt-get", "update", "-qq"],
        [...prefix, "apt-get", "install", "-y", "-qq", "valgrind"]
      ]
    };
  }
  return {
    kind: "refuse",
    message: `input 'measure': instructions needs valgrind, which is not installed, and this runner has no ${machine.aptGet ? "sudo" : "apt-get"} to install it with; install valgrind in an earlier step (Ubuntu and Debian: ${VALGRIND_INSTALL}).`
  };
}
function ensureValgrind(config, env = process.env) {
  if (config.measure !== "instructions") return;
  const plan = planValgrind(describeMachine(env));
  if (plan.kind === "ready") return;
  if (plan.kind === "refuse") throw new UsageError(plan.message);
  for (const command of plan.commands) {
    info(`measure: instructions needs valgrind; running ${command.join(" ")}`);
    try {
      execFileSync(command[0], command.slice(1), { stdio: ["ignore", "inherit", "inherit"], env: { ...env, DEBIAN_FRONTEND: "noninteractive" } });
    } catch (err) {
      throw new UsageError(`input 'measure': instructions needs valgrind, and installing it failed (${command.join(" ")}: ${err.message})`);
    }
  }
  if (!findValgrind(env)) throw new UsageError(`input 'measure': valgrind was installed but is not on PATH (${env.PATH ?? ""})`);
}
function describeMachine(env) {
  const on = (name) => findExecutable(name, env) !== void 0;
  return {
    platform: process.platform,
    valgrind: process.platform === "linux" ? findValgrind(env) : void 0,
    aptGet: on("apt-get"),
    sudo: on("sudo"),
    root: typeof process.getuid === "function" && process.getuid() === 0
  };
}

// src/action/main.ts
var writeFile4 = (...args) => __require("node:fs/promises").writeFile(...args);
var { join: join8, resolve: resolve4 } = __require("node:path");
async function run(env = process.env) {
  nameOptionsAs("input");
  try {
    const inputs = readInputs(inputsFromEnv(env));
    if (inputs.token) setSecret(inputs.token);
    const dashboard = readDashboardSettings(inputs, env);
    if (env === process.env) {
      const scrub = scrubSecretsFromEnvironment();
      if ("skipped" in scrub) info(`The secrets in this step's environment could not be hidden from benchmark processes: ${scrub.skipped}.`);
    }
    if (inputs.mode === "report") await reportFromArtifact(inputs, env);
    else await measureAndCompare(inputs, dashboard, env);
  } catch (err) {
    if (isUserError(err) || err instanceof BaselineUnavailable) setFailed(err.message);
    else setFailed(`benchgate failed unexpectedly, please report it: ${err?.stack ?? String(err)}`);
  }
}
async function measureAndCompare(inputs, dashboard, env) {
  const context = readEventContext(env);
  const plan = planRun(
    context.eventName,
    context.payload,
    { sha: context.sha, ref: env.GITHUB_REF },
    {
      releaseBranches: inputs.releaseBranches,
      allowPullRequestTarget: inputs.allowPullRequestTarget
    }
  );
  if (plan.kind === "refuse") return setFailed(plan.summary);
  if (plan.kind === "skip") {
    notice(plan.summary);
    setSkippedOutputs();
    return;
  }
  info(plan.summary);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const outDir = await outputFolder(env, inputs.config.suite);
  if (inputs.shard) return measureShard(inputs, plan, workspace, outDir, env);
  const merging = inputs.mode === "merge";
  if (plan.kind === "pull-request" && inputs.compare === "interleaved" && (!merging || await holdsInterleavedShards(inputs, workspace))) {
    return interleavedPullRequest(inputs, plan, workspace, outDir, dashboard, env);
  }
  const branch = plan.kind === "pull-request" ? plan.headBranch : plan.branch;
  const head = merging ? await mergedResults(inputs, plan, workspace) : await headResults(inputs, workspace, plan.sha, branch, env);
  const resultsPath = join8(outDir, RESULTS_FILE);
  await writeFile4(resultsPath, serializeResults(head));
  setOutput("results-path", resultsPath);
  if (plan.kind === "pull-request") await writePullRequestHandoff(outDir, { number: plan.number, headSha: plan.sha, suite: head.suite });
  const octokit = inputs.token && plan.kind === "pull-request" ? createGitHubClient({ token: inputs.token, log: (m) => info(m) }) : void 0;
  const store = createStore(
    inputs,
    workspace,
    env,
    dashboardAlongside(dashboard, env, () => comparison)
  );
  const notes = [];
  const base = await findBaseline(store, plan, head.suite, octokit, notes, inputs.config.window);
  for (const unreadable of base.unreadable ?? []) warning(`Left out of the history: ${unreadable}`);
  const comparison = compareRuns(head, base, inputs.config);
  notes.push(...instructionNotes(head, base.baseline));
  const comment = plan.kind === "pull-request" && octokit ? { octokit, number: plan.number, fork: plan.fork } : void 0;
  const passed = await reportAndGate(inputs, comparison, { outDir, env, notes, dashboard, ...comment ? { comment } : {} });
  if (store) await save(store, plan, head, passed);
}
async function interleavedPullRequest(inputs, plan, workspace, outDir, dashboard, env) {
  const { comparison, head, notes } = inputs.mode === "merge" ? await mergedInterleaved(inputs, plan, workspace) : await measureInterleavedPullRequest(inputs, workspace, plan, env);
  const resultsPath = join8(outDir, RESULTS_FILE);
  await writeFile4(resultsPath, serializeResults(head));
  setOutput("results-path", resultsPath);
  await writePullRequestHandoff(outDir, { number: plan.number, headSha: plan.sha, suite: head.suite });
  const octokit = inputs.token ? createGitHubClient({ token: inputs.token, log: (m) => info(m) }) : void 0;
  await reportAndGate(inputs, comparison, {
    outDir,
    env,
    notes,
    dashboard,
    ...octokit ? { comment: { octokit, number: plan.number, fork: plan.fork } } : {}
  });
}
async function save(store, plan, head, passed) {
  if (plan.kind !== "record" && plan.kind !== "release") return;
  if (plan.kind === "release" && !passed) {
    info(`Not saved as the baseline of ${plan.branch}: it failed the gate.`);
    return;
  }
  try {
    const saved = await store.save(head, plan.branch);
    info(`Saved this run as the newest baseline of ${saved.suite} on ${plan.branch} in ${store.location}.`);
  } catch (err) {
    setFailed(`The run was measured but not saved as the baseline of ${plan.branch}: ${err.message}`);
  }
}
async function headResults(inputs, workspace, sha, branch, env) {
  const { config } = inputs;
  if (inputs.results) {
    const result = await readResultsFile(resolve4(workspace, inputs.results), { tool: config.tool, suite: config.suite, onNote: (note) => info(note) });
    result.run.commit ??= sha;
    result.run.branch ??= branch;
    return result;
  }
  ensureValgrind(config, env);
  info(
    config.measure === "instructions" ? `Counting instructions of ${config.benchmarks} under valgrind: one batch per benchmark in each of ${config.processes} processes.` : `Measuring ${config.benchmarks}: ${config.samples} samples per benchmark over ${config.processes} processes.`
  );
  const progress = createProgressReporter(process.stdout, { env });
  try {
    return await measure(config, { cwd: workspace, commit: sha, branch, env: sanitizedEnv(env), onEvent: (e) => progress.onEvent(e) });
  } finally {
    progress.finish();
  }
}

// src/action.ts
await run();
/*! For license information please see index.js.LEGAL.txt */
