// A lesson in a share link, through the store: the sharer's lesson state travels, and opening it
// shows the lesson beside a workspace of its own while the opener's progress stays theirs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonById } from '../../lessons';
import { encodeScenario, readShareFragment } from '../../share';
import { memoryStorage } from '../../workspace/testing/memory-storage';
import { workspaceOfLesson } from './lessons-workspace';
import type { BootedLessons } from './testing/lessons-boot';
import { bootLessons, savedWorkspace, typeCode } from './testing/lessons-boot';

vi.mock('../platform/playground', () => ({ resetPlatform: vi.fn() }));
// The recorder is not under test; the lessons store still follows the library as in the app. No
// platform has started, so the clock's controls only set the control store.
vi.mock('../platform/platform-world', () => ({
  world: () => ({ platform: { subscribe: () => () => {} } }),
  liveWorld: () => null,
}));

const PAGE = 'https://playground.example/?present';
const TEACHER = 'export const handler = async () => "teacher state";\n';

beforeEach(() => vi.useFakeTimers());

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The link a teacher on lesson 2 makes after changing its code. */
async function teacherLink(): Promise<string> {
  const teacher = await bootLessons(memoryStorage());
  teacher.openLesson(2);
  typeCode(teacher, TEACHER);
  return teacher.createShareLink(PAGE);
}

const hashOf = (link: string) => link.slice(link.indexOf('#'));
const panel = (app: BootedLessons) => {
  const { activeId, viewedId, panelOpen } = app.lessonsStore.getState();
  return { activeId, viewedId, panelOpen };
};

describe('createShareLink', () => {
  it('names the open lesson beside the workspace, in format 2, keeping ?present', async () => {
    const link = await teacherLink();
    expect(link.startsWith(`${PAGE}#share=2.`)).toBe(true);
    const decoded = await readShareFragment(hashOf(link));
    expect(decoded?.ok && decoded.scenario.lesson).toBe(2);
    expect(decoded?.ok && decoded.scenario.functions[0]!.files).toEqual({ 'index.ts': TEACHER });
  });

  it('names no lesson when none is open or on view', async () => {
    const learner = await bootLessons(memoryStorage());
    expect(learner.createShareLink(PAGE).startsWith(`${PAGE}#share=1.`)).toBe(true);
    learner.viewLesson(3);
    const decoded = await readShareFragment(hashOf(learner.createShareLink(PAGE)));
    expect(decoded?.ok && decoded.scenario.lesson).toBe(3);
  });
});

describe('openShareFragment', () => {
  it('opens the lesson with the sharer’s state, leaving the opener’s progress and work alone', async () => {
    const link = await teacherLink();
    const storage = memoryStorage();
    const learner = await bootLessons(storage);
    learner.watchLessons();
    const ownLesson = learner.openLesson(2)!;
    learner.lessonsStore.setState({
      progress: { 2: { workspaceId: ownLesson, done: ['cold-warm'] } },
    });
    const progress = learner.lessonsStore.getState().progress;

    expect(await learner.openShareFragment(hashOf(link))).toBe('saved');
    const opened = learner.shareStore.getState().opened!;
    expect(opened.previousId).toBe(ownLesson);
    expect(learner.workspaceLibraryStore.getState().currentId).toBe(opened.id);
    expect(learner.currentWorkspace().functions[0]!.files).toEqual({ 'index.ts': TEACHER });
    expect(panel(learner)).toEqual({ activeId: null, viewedId: 2, panelOpen: true });
    expect(learner.shareStore.getState().problem).toBeNull();
    expect(learner.lessonsStore.getState().progress).toBe(progress);
    expect(savedWorkspace(storage, ownLesson)).toEqual(workspaceOfLesson(lessonById(2)!.starter));
  });

  it('Replace current on the opener’s lesson workspace makes the link’s the lesson’s workspace', async () => {
    const link = await teacherLink();
    const learner = await bootLessons(memoryStorage());
    learner.watchLessons();
    const ownLesson = learner.openLesson(2)!;
    learner.lessonsStore.setState({
      progress: { 2: { workspaceId: ownLesson, done: ['cold-warm'] } },
    });
    await learner.openShareFragment(hashOf(link));
    const { id } = learner.shareStore.getState().opened!;
    learner.replaceWithSharedWorkspace();
    const entries = learner.workspaceLibraryStore.getState().entries;
    expect(entries.map((e) => [e.id === id, e.name])).toEqual([
      [true, 'Lesson 2: Serverless means no server to manage — not no server'],
      [false, 'My workspace'],
    ]);
    expect(learner.lessonsStore.getState().progress).toEqual({
      2: { workspaceId: id, done: ['cold-warm'] },
    });
    expect(panel(learner)).toEqual({ activeId: 2, viewedId: 2, panelOpen: true });
  });

  it('opens a link to a lesson the course lacks as a plain scenario, and says so', async () => {
    const learner = await bootLessons(memoryStorage());
    const scenario = { functions: [{ id: 'fn-1', config: { name: 'f' } }], lesson: 99 };
    expect(await learner.openShareFragment(`#share=${encodeScenario(scenario)}`)).toBe('saved');
    expect(learner.shareStore.getState().problem).toBe(
      'This link names lesson 99, which this course does not have, so it opened as a plain scenario.',
    );
    expect(learner.shareStore.getState().opened).not.toBeNull();
    expect(
      learner.workspaceLibraryStore
        .getState()
        .entries.map((e) => e.name)
        .sort(),
    ).toEqual(['My workspace', 'Shared: f']);
    expect(panel(learner)).toEqual({ activeId: null, viewedId: null, panelOpen: false });
  });
});
