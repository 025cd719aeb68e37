// The lesson file format: text as small blocks, a starter and a solution workspace, tasks with
// checks over what really ran, and the drill (what the text asks the learner to do) for tests.
import type { PlatformEvent } from '../engine/types';
import type { FunctionConfig } from '../engine/types';
import type { FunctionDraft, Workspace } from '../workspace/model';

/**
 * Text is plain; inside `p`, `list` and task goals, `code` spans and **bold** are the only markup
 * (rendered as elements, never as HTML).
 */
export type Block =
  | { kind: 'h'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'code'; text: string }
  /** A monospace drawing, e.g. request → instance arrows. */
  | { kind: 'diagram'; text: string; label: string }
  /** Where a fact comes from; `href` is shown as text and linked. */
  | { kind: 'source'; text: string; href: string };

/** What the recorder kept while the lesson's workspace was open: every PlatformEvent, in order. */
export interface LessonRun {
  events: readonly PlatformEvent[];
}

/** Pure: true when the run shows the task done. */
export type Check = (run: LessonRun) => boolean;

export interface LessonTask {
  /** Stable within the lesson: progress is saved by it. */
  id: string;
  /** What to do, one sentence (inline markup allowed). */
  goal: string;
  hints: string[];
  check: Check;
}

/** One thing the learner does through the page; tests replay the drill against the real engine. */
export type DrillStep =
  /** Test tab: invoke synchronously, `times` in a row (default 1), or all at once when `together`. */
  | { kind: 'invoke'; functionId: string; event: unknown; times?: number; together?: boolean }
  /** Test tab with the invocation type `Event`. */
  | { kind: 'invoke-async'; functionId: string; event: unknown }
  /** HTTP tab: a request through the workspace's HTTP API. */
  | { kind: 'http'; method: string; path: string; body?: string }
  /** S3 tab: upload an object (the key as typed, before S3 encodes it). */
  | { kind: 'upload'; bucket: string; key: string }
  /** Pub/Sub tab. */
  | { kind: 'publish'; topic: string; message: string }
  | { kind: 'send'; queue: string; body: string }
  /** Let simulated time pass (retries, visibility timeouts). */
  | { kind: 'wait'; seconds: number };

/**
 * A function as a lesson writes it: its name and only the settings that differ from a new
 * function's in the Lambda console; the store fills in the rest (engine's defaultFunctionConfig),
 * so the console's defaults are written once, and lessons follow them if they change.
 */
export type LessonFunction = Omit<FunctionDraft, 'config'> & {
  config: Pick<FunctionConfig, 'name'> & Partial<FunctionConfig>;
};

/** A workspace as a lesson writes it: a Workspace whose functions are LessonFunctions. */
export type LessonWorkspace = Omit<Workspace, 'functions'> & { functions: LessonFunction[] };

export interface Lesson {
  /** 1, 2, …: the course order and the deep link `#lesson/<id>`. */
  id: number;
  title: string;
  body: Block[];
  tasks: LessonTask[];
  starter: LessonWorkspace;
  /** The starter with every task's change made; "show solution" opens it. */
  solution: LessonWorkspace;
  drill: DrillStep[];
}
