import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../workspace/testing/memory-storage';
import {
  decodePresenterChoices,
  PRESENTER_CHOICE_LIMITS,
  savedPresenterChoice,
  savePresenterChoice,
  withPresenterChoice,
} from './presenter-choice';

describe('presenter choices in storage', () => {
  it('keeps each workspace’s layout apart', () => {
    const storage = memoryStorage();
    expect(savePresenterChoice('ws-a', 'code-stage', storage)).toBeNull();
    expect(savePresenterChoice('ws-b', 'cost', storage)).toBeNull();
    expect(savePresenterChoice('ws-a', 'architecture', storage)).toBeNull();
    expect(savedPresenterChoice('ws-a', storage)).toBe('architecture');
    expect(savedPresenterChoice('ws-b', storage)).toBe('cost');
    expect(savedPresenterChoice('ws-c', storage)).toBeNull();
  });

  it('starts afresh from damaged storage, and can save over it', () => {
    const storage = memoryStorage();
    storage.setItem('serverless-playground:presenter-layouts:v1', '{not json');
    expect(savedPresenterChoice('ws-a', storage)).toBeNull();
    expect(savePresenterChoice('ws-a', 'cost', storage)).toBeNull();
    expect(savedPresenterChoice('ws-a', storage)).toBe('cost');
  });

  it('says so when there is no storage to keep the choice in', () => {
    expect(savePresenterChoice('ws-a', 'cost', undefined)).toMatch(/no storage/);
    expect(savedPresenterChoice('ws-a', undefined)).toBeNull();
  });
});

describe('decodePresenterChoices', () => {
  it('keeps well-formed pairs only, whatever else the stored value holds', () => {
    const decoded = decodePresenterChoices([
      ['ws-a', 'cost'],
      ['__proto__', 'code-stage'],
      ['ws-b'],
      ['ws-c', 7],
      'ws-d',
      null,
      ['ws-e', 'x'.repeat(PRESENTER_CHOICE_LIMITS.textLength + 1)],
    ]);
    expect([...decoded]).toEqual([
      ['ws-a', 'cost'],
      ['__proto__', 'code-stage'],
    ]);
    expect(decodePresenterChoices({ 'ws-a': 'cost' }).size).toBe(0);
    expect(decodePresenterChoices(null).size).toBe(0);
  });

  it('reads only the newest entries of an oversized list', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => [`ws-${i}`, 'cost']);
    const decoded = decodePresenterChoices(many);
    expect(decoded.size).toBe(PRESENTER_CHOICE_LIMITS.entries);
    expect(decoded.has('ws-4999')).toBe(true);
    expect(decoded.has('ws-0')).toBe(false);
  });
});

describe('withPresenterChoice', () => {
  it('forgets the oldest choice past the cap, never the one just made', () => {
    let choices = decodePresenterChoices([]);
    for (let i = 0; i < PRESENTER_CHOICE_LIMITS.entries; i += 1) {
      choices = withPresenterChoice(choices, `ws-${i}`, 'cost');
    }
    choices = withPresenterChoice(choices, 'ws-0', 'architecture');
    choices = withPresenterChoice(choices, 'ws-new', 'code-stage');
    expect(choices.size).toBe(PRESENTER_CHOICE_LIMITS.entries);
    expect(choices.get('ws-0')).toBe('architecture');
    expect(choices.get('ws-new')).toBe('code-stage');
    expect(choices.has('ws-1')).toBe(false);
  });
});
