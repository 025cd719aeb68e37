// The Lessons store for components.
import { useStore } from 'zustand';
import type { LessonsState } from '../../store';
import { lessonsStore } from '../../store';

export function useLessons<T>(select: (state: LessonsState) => T): T {
  return useStore(lessonsStore, select);
}
