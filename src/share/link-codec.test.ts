import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64';
import { scenarioProblem } from './link-check';
import { decodeScenario, encodeScenario } from './link-codec';
import {
  FIXTURE_LESSON_SCENARIO,
  FIXTURE_SCENARIO,
  FIXTURE_V1_LINK,
  FIXTURE_V2_LINK,
} from './testing/link-fixture';

/** A version-1 link around any bytes, as a tampered or foreign link would be. */
const packed = (text: string) => `1.${toBase64Url(zlibSync(new TextEncoder().encode(text)))}`;
const DAMAGED = 'The link is damaged or incomplete (was it cut off when it was copied?)';

/** What every decode must be: a valid scenario or a sentence, never a throw. */
function expectSafe(text: string): void {
  const result = decodeScenario(text);
  if (result.ok) expect(scenarioProblem(result.scenario)).toBeNull();
  else expect(result.problem).toMatch(/^The link.*\.$/);
}

describe('decodeScenario', () => {
  it('still opens the frozen version 1 link as the scenario it was made from', () => {
    expect(decodeScenario(FIXTURE_V1_LINK)).toEqual({ ok: true, scenario: FIXTURE_SCENARIO });
  });

  it('still opens the frozen version 2 link as the lesson state it was made from', () => {
    expect(decodeScenario(FIXTURE_V2_LINK)).toEqual({
      ok: true,
      scenario: FIXTURE_LESSON_SCENARIO,
    });
  });

  it('writes a lesson link in format 2 and reads it back, lesson included', () => {
    const lessonLink = encodeScenario({ ...FIXTURE_SCENARIO, lesson: 4 });
    expect(lessonLink.slice(0, 2)).toBe('2.');
    expect(decodeScenario(lessonLink)).toEqual({
      ok: true,
      scenario: { ...FIXTURE_SCENARIO, lesson: 4 },
    });
    expect(encodeScenario(FIXTURE_LESSON_SCENARIO)).toBe(FIXTURE_V2_LINK);
  });

  it('decodes a lesson the course may not have; only the store can tell', () => {
    const unknown = { ...FIXTURE_LESSON_SCENARIO, lesson: 99 };
    expect(decodeScenario(encodeScenario(unknown))).toEqual({ ok: true, scenario: unknown });
  });

  it('refuses a lesson in format 1, which never carried one, and a lesson that is not a number', () => {
    const v1WithLesson = `1.${encodeScenario(FIXTURE_LESSON_SCENARIO).slice(2)}`;
    expect(decodeScenario(v1WithLesson)).toEqual({
      ok: false,
      problem: 'The link\'s scenario is not valid: scenario has an unknown field "lesson".',
    });
    const named = `2.${packed(JSON.stringify({ ...FIXTURE_LESSON_SCENARIO, lesson: 'two' })).slice(2)}`;
    expect(decodeScenario(named)).toEqual({
      ok: false,
      problem:
        'The link\'s scenario is not valid: scenario.lesson should be a number, not string "two".',
    });
  });

  it('reads back what encodeScenario writes', () => {
    const link = encodeScenario(FIXTURE_SCENARIO);
    expect(link.startsWith('1.')).toBe(true);
    expect(decodeScenario(link)).toEqual({ ok: true, scenario: FIXTURE_SCENARIO });
  });

  it('says what is wrong with a malformed, truncated or tampered link', () => {
    const cut = FIXTURE_V1_LINK.slice(0, -40);
    const middle = 200;
    const swapped = FIXTURE_V1_LINK[middle] === 'A' ? 'B' : 'A';
    const tampered = FIXTURE_V1_LINK.slice(0, middle) + swapped + FIXTURE_V1_LINK.slice(middle + 1);
    expect(decodeScenario('hello')).toEqual({
      ok: false,
      problem: `${DAMAGED}: it does not start with a format version.`,
    });
    expect(decodeScenario('7.abc')).toEqual({
      ok: false,
      problem:
        'The link was made by a newer version of the playground (format 7); reload the page to get it.',
    });
    expect(decodeScenario('3.abc')).toEqual({
      ok: false,
      problem:
        'The link was made by a newer version of the playground (format 3); reload the page to get it.',
    });
    expect(decodeScenario('1.a+b')).toEqual({
      ok: false,
      problem: `${DAMAGED}: it has characters a link never holds.`,
    });
    expect(decodeScenario(cut)).toEqual({
      ok: false,
      problem: `${DAMAGED}: its data does not unpack.`,
    });
    expect(decodeScenario(tampered)).toEqual({
      ok: false,
      problem: `${DAMAGED}: its data does not unpack.`,
    });
    expect(decodeScenario(packed('{"functions":'))).toEqual({
      ok: false,
      problem: `${DAMAGED}: its data is not a scenario.`,
    });
    expect(decodeScenario(packed('{"functions":[]}'))).toEqual({
      ok: false,
      problem: "The link's scenario is not valid: the scenario has no functions.",
    });
  });

  it('refuses, while inflating, a link whose data would unpack past 8 MB', () => {
    const TOO_LARGE =
      'The link unpacks to more than 8 MB, more than any scenario needs, so it was not opened.';
    const spaces = packed(`{"functions":[],"x":"${' '.repeat(9 * 1024 * 1024)}"}`);
    expect(spaces.length).toBeLessThan(20_000);
    expect(decodeScenario(spaces)).toEqual({ ok: false, problem: TOO_LARGE });
    // A real bomb: 32 MB of zeros in about 45 KB of link (inflateCapped's test bounds its cost).
    const zeros = `1.${toBase64Url(zlibSync(new Uint8Array(32 * 1024 * 1024)))}`;
    expect(zeros.length).toBeLessThan(50_000);
    expect(decodeScenario(zeros)).toEqual({ ok: false, problem: TOO_LARGE });
  }, 30_000);

  it('refuses a link whose checksum does not match its data', () => {
    const text = JSON.stringify({ functions: [{ id: 'fn-1', config: { name: 'f' } }] });
    const bytes = zlibSync(new TextEncoder().encode(text));
    bytes[bytes.length - 2] = bytes.at(-2)! ^ 0x10;
    expect(decodeScenario(`1.${toBase64Url(bytes)}`)).toEqual({
      ok: false,
      problem: `${DAMAGED}: its data does not unpack.`,
    });
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => expectSafe(text)));
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => expectSafe(`1.${text}`)));
  });

  it('never throws on a valid link with characters changed, cut or added', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%';
    const edit = fc.record({
      at: fc.nat(FIXTURE_V1_LINK.length),
      cut: fc.nat(4),
      insert: fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = FIXTURE_V1_LINK;
        for (const { at, cut, insert } of edits)
          text = text.slice(0, at) + insert + text.slice(at + cut);
        expectSafe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on JSON that is almost a scenario', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        expectSafe(packed(JSON.stringify({ functions: [value] }))),
      ),
    );
  });
});
