// The share layer's public face: share links (and, beside them, export and import).
export { decodeScenario, encodeScenario, LINK_VERSION, MAX_LINK_CHARS } from './link-codec';
export type { DecodeResult } from './link-codec';
export { scenarioProblem } from './link-check';
export type { LinkFunction, LinkFunctionConfig, LinkScenario } from './link-scenario';
export {
  LINK_LENGTH,
  linkLengthWarning,
  readShareFragment,
  shareTextOf,
  shareUrl,
} from './link-fragment';
// Links and imports are read in a worker (unpack-worker.ts), which alone loads the YAML reader.
export {
  decodeScenarioOffThread,
  readSamFilesOffThread,
  readSamZipOffThread,
} from './unpack-off-thread';
export type { FileBytes } from './unpack-protocol';
export { IMPORT_LIMITS, IMPORT_LIMITS_TEXT } from './import-limits';
export { isSkippedPath } from './sam-files';
// The SAM export's scenario and names. The zip and YAML code (sam-archive.ts) is not re-exported
// here on purpose: it is imported on demand, so yaml stays out of the page's first load.
export { handlerEntryFile } from './sam-names';
export { isPythonRuntime, pythonHandlerFile } from './sam-python';
export type {
  SamBucket,
  SamFunction,
  SamLoggingConfig,
  SamHttp,
  SamQueue,
  SamScenario,
  SamSchedule,
  SamTopic,
} from './sam-types';
