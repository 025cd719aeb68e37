// The lesson actions on the library: open a lesson's own workspace, reset it to its starter and
// show its solution, each leaving the learner's other workspaces as they were.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonById } from '../../lessons';
import { LESSONS_KEY } from './lessons-progress';
import type { MemoryStorage } from '../../workspace/testing/memory-storage';
import { memoryStorage } from '../../workspace/testing/memory-storage';
import { workspaceOfLesson } from './lessons-workspace';
import type { BootedLessons } from './testing/lessons-boot';
import { bootLessons, savedWorkspace, typeCode } from './testing/lessons-boot';

vi.mock('../platform/playground', () => ({ resetPlatform: vi.fn() }));

const lesson2 = lessonById(2)!;
const MINE = 'export const handler = async () => "my own work";\n';
const EDITED = 'export const handler = async () => "edited lesson";\n';

let storage: MemoryStorage;
let app: BootedLessons;
/** The learner's own workspace, open before any lesson. */
let ownId: string;

beforeEach(async () => {
  vi.useFakeTimers();
  storage = memoryStorage();
  app = await bootLessons(storage);
  ownId = app.workspaceLibraryStore.getState().currentId;
  typeCode(app, MINE);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const ownCode = () => savedWorkspace(storage, ownId)?.functions[0]?.files['index.ts'];
const savedProgress = () => JSON.parse(storage.getItem(LESSONS_KEY) ?? 'null');

describe('openLesson', () => {
  it('opens the starter in a new workspace the first time, and saves which one it is', () => {
    const id = app.openLesson(2)!;
    expect(app.workspaceLibraryStore.getState().currentId).toBe(id);
    expect(
      app.workspaceLibraryStore
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['Lesson 2: Serverless means no server to manage — not no server', 'My workspace']);
    expect(app.currentWorkspace()).toEqual(workspaceOfLesson(lesson2.starter));
    const { activeId, viewedId, panelOpen, progress } = app.lessonsStore.getState();
    expect({ activeId, viewedId, panelOpen, progress }).toEqual({
      activeId: 2,
      viewedId: 2,
      panelOpen: true,
      progress: { 2: { workspaceId: id, done: [] } },
    });
    expect(savedProgress()).toEqual({ 2: { workspaceId: id, done: [] } });
    expect(ownCode()).toBe(MINE);
  });

  it('returns to the same workspace, as the learner left it', () => {
    const id = app.openLesson(2)!;
    typeCode(app, EDITED);
    app.switchWorkspace(ownId);
    expect(app.lessonsStore.getState().activeId).toBe(2);
    expect(app.openLesson(2)).toBe(id);
    expect(app.workspaceLibraryStore.getState().entries).toHaveLength(2);
    expect(app.currentWorkspace().functions[0]!.files['index.ts']).toBe(EDITED);
  });

  it('opens nothing for a lesson the course does not have', () => {
    expect(app.openLesson(99)).toBeNull();
    expect(app.workspaceLibraryStore.getState().currentId).toBe(ownId);
    expect(app.lessonsStore.getState().panelOpen).toBe(false);
  });
});

describe('resetLesson', () => {
  it('puts the starter back and clears the tasks, leaving the learner’s own work alone', () => {
    const id = app.openLesson(2)!;
    typeCode(app, EDITED);
    app.lessonsStore.setState({ progress: { 2: { workspaceId: id, done: ['cold-warm'] } } });
    app.switchWorkspace(ownId);
    app.resetLesson(2);
    expect(app.workspaceLibraryStore.getState().currentId).toBe(id);
    expect(app.currentWorkspace()).toEqual(workspaceOfLesson(lesson2.starter));
    expect(savedWorkspace(storage, id)).toEqual(workspaceOfLesson(lesson2.starter));
    expect(savedProgress()).toEqual({ 2: { workspaceId: id, done: [] } });
    expect(ownCode()).toBe(MINE);
  });
});

describe('showSolution', () => {
  it('puts the solution in the lesson’s workspace and keeps the tasks already done', () => {
    const id = app.openLesson(2)!;
    app.lessonsStore.setState({ progress: { 2: { workspaceId: id, done: ['cold-warm'] } } });
    app.showSolution(2);
    expect(app.currentWorkspace()).toEqual(workspaceOfLesson(lesson2.solution));
    expect(savedWorkspace(storage, id)).toEqual(workspaceOfLesson(lesson2.solution));
    expect(app.lessonsStore.getState().progress).toEqual({
      2: { workspaceId: id, done: ['cold-warm'] },
    });
    expect(ownCode()).toBe(MINE);
  });
});
