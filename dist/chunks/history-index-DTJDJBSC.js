import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  HISTORY_INDEX_FORMAT,
  HISTORY_SHARD_FORMAT,
  HISTORY_VERSION,
  appendAllToShard,
  appendRunToHistory,
  appendRunsToHistory,
  appendToShard,
  historyFolder,
  listHistorySuites,
  monthOf,
  parseHistoryIndex,
  parseHistoryShard,
  pruneIndex,
  readHistoryIndex,
  readHistoryShard,
  readSuiteHistory,
  updateIndex
} from "./chunk-6AIIOF72.js";
import "./chunk-H7FUGREM.js";
import "./chunk-THQGDHP6.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  HISTORY_INDEX_FORMAT,
  HISTORY_SHARD_FORMAT,
  HISTORY_VERSION,
  appendAllToShard,
  appendRunToHistory,
  appendRunsToHistory,
  appendToShard,
  historyFolder,
  listHistorySuites,
  monthOf,
  parseHistoryIndex,
  parseHistoryShard,
  pruneIndex,
  readHistoryIndex,
  readHistoryShard,
  readSuiteHistory,
  updateIndex
};
