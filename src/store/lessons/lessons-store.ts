// The Lessons store: progress (saved), which lesson's workspace is open, what the panel shows, and
// the recorder that grades the open lesson's tasks on the platform's events as they happen.
import { createStore } from 'zustand/vanilla';
import type { PlatformEvent } from '../../engine';
import type { LessonRun } from '../../lessons';
import { COURSE, lessonById } from '../../lessons';
import { createFrameBatch } from '../live/frame-batch';
import type { CourseProgress } from './lessons-progress';
import { loadProgress, progressOf, saveProgress, withTasksDone } from './lessons-progress';
import { newlyPassed, recordEvents } from './lessons-record';
import { workspaceOfLesson } from './lessons-workspace';
import { browserStorage } from '../../workspace/persistence';
import { world } from '../platform/platform-world';
import {
  openAsNewWorkspace,
  replaceWorkspaceContent,
  switchWorkspace,
  workspaceLibraryStore,
} from '../workspace/library';

export interface LessonsState {
  progress: CourseProgress;
  /** The lesson whose workspace is open in this tab, or null. */
  activeId: number | null;
  panelOpen: boolean;
  /** The lesson the panel shows; null: the course's table of contents only. */
  viewedId: number | null;
  /** Why progress could not be read or saved, until the next good save. */
  message: string | null;
}

/** Where progress is kept: the page's localStorage once loaded. */
let storage: Storage | undefined;

export const lessonsStore = createStore<LessonsState>()(() => ({
  progress: {},
  activeId: null,
  panelOpen: false,
  viewedId: null,
  message: null,
}));

/** Reads the course's progress from `from` (the page's localStorage by default) as the page starts. */
export function loadLessonProgress(from: Storage | undefined = browserStorage()): void {
  storage = from;
  const loaded = loadProgress(from);
  lessonsStore.setState({ progress: loaded.progress, message: loaded.message });
}

/** What ran since the open lesson's workspace was opened; graded, never shown. */
let run: LessonRun = { events: [] };

function setProgress(progress: CourseProgress): void {
  lessonsStore.setState({ progress, message: saveProgress(storage, progress) });
}

function grade(): void {
  const { activeId, progress } = lessonsStore.getState();
  const lesson = activeId === null ? undefined : lessonById(activeId);
  if (!lesson) return;
  const passed = newlyPassed(lesson, run, progressOf(progress, lesson.id).done);
  if (passed.length > 0) setProgress(withTasksDone(progress, lesson.id, passed));
}

const batch = createFrameBatch<PlatformEvent>((events) => {
  run = recordEvents(run, events);
  grade();
});

function forgetRun(): void {
  batch.clear();
  run = { events: [] };
}

/** Follows the library: the open lesson is the one whose workspace is open. */
function refreshActive(): void {
  const { currentId } = workspaceLibraryStore.getState();
  const { progress, activeId } = lessonsStore.getState();
  const active = COURSE.find((lesson) => progress[lesson.id]?.workspaceId === currentId);
  const id = active?.id ?? null;
  if (id === activeId) return;
  forgetRun();
  lessonsStore.setState({ activeId: id });
}

/** Starts recording (at the app's start-up, after the platform exists); returns the stop. */
export function watchLessons(): () => void {
  refreshActive();
  const stopPlatform = world().platform.subscribe((event) => {
    if (lessonsStore.getState().activeId !== null) batch.push(event);
  });
  const stopLibrary = workspaceLibraryStore.subscribe((state, previous) => {
    if (state.currentId !== previous.currentId) refreshActive();
  });
  return () => {
    stopPlatform();
    stopLibrary();
  };
}

/** The lesson's saved workspace if it still exists; null before its first open or once deleted. */
function savedWorkspaceOf(lessonId: number): string | null {
  const { workspaceId } = progressOf(lessonsStore.getState().progress, lessonId);
  const { entries } = workspaceLibraryStore.getState();
  return workspaceId !== null && entries.some((entry) => entry.id === workspaceId)
    ? workspaceId
    : null;
}

/** Opens the lesson's own workspace (made from its starter the first time) and shows the lesson. */
export function openLesson(lessonId: number): string | null {
  const lesson = lessonById(lessonId);
  if (!lesson) return null;
  lessonsStore.setState({ panelOpen: true, viewedId: lessonId });
  let workspaceId = savedWorkspaceOf(lessonId);
  if (workspaceId !== null) switchWorkspace(workspaceId);
  else {
    const starter = workspaceOfLesson(lesson.starter);
    workspaceId = openAsNewWorkspace(starter, `Lesson ${lesson.id}: ${lesson.title}`);
    const { progress } = lessonsStore.getState();
    setProgress({ ...progress, [lessonId]: { ...progressOf(progress, lessonId), workspaceId } });
  }
  refreshActive();
  return workspaceId;
}

/**
 * `toId` takes `fromId`'s place as a lesson's workspace (Replace current on a share link): the
 * learner chose it, so their runs there count, and the tasks they already passed stay passed.
 */
export function handOverLessonWorkspace(fromId: string, toId: string): void {
  const { progress } = lessonsStore.getState();
  const lesson = COURSE.find((own) => progress[own.id]?.workspaceId === fromId);
  if (!lesson) return;
  setProgress({
    ...progress,
    [lesson.id]: { ...progressOf(progress, lesson.id), workspaceId: toId },
  });
  refreshActive();
}

/** Puts the lesson's starter (or solution) in its workspace; the learner's other work is untouched. */
function replaceLessonContent(lessonId: number, content: 'starter' | 'solution'): void {
  const lesson = lessonById(lessonId);
  const workspaceId = openLesson(lessonId);
  if (!lesson || workspaceId === null) return;
  replaceWorkspaceContent(workspaceId, workspaceOfLesson(lesson[content]));
  forgetRun();
}

/** Back to the lesson's start: the starter again, its tasks to do again. */
export function resetLesson(lessonId: number): void {
  replaceLessonContent(lessonId, 'starter');
  const { progress } = lessonsStore.getState();
  setProgress({ ...progress, [lessonId]: { ...progressOf(progress, lessonId), done: [] } });
}

/** The solution in the lesson's workspace: tasks pass once the learner runs it. */
export function showSolution(lessonId: number): void {
  replaceLessonContent(lessonId, 'solution');
}

export function setLessonsPanel(panelOpen: boolean): void {
  lessonsStore.setState({ panelOpen });
}

/** Shows a lesson's text (or, with null, the course's contents) without opening its workspace. */
export function viewLesson(viewedId: number | null): void {
  lessonsStore.setState({ viewedId, panelOpen: true });
}
