// Names are the learner's (or a stranger's) text: `__proto__`, `constructor` or `toString` in any
// name or id a link or a SAM project carries must come back exactly, neither dropped nor turned
// into an object's prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario } from './link-codec';
import { readSamZip, zipSamArchive } from './sam-archive';
import { linkNames, linkScenario, samNames, samScenario } from './testing/hostile-names';

describe(decodeScenario, () => {
  it('gives back every name and id exactly, prototype member names included', () => {
    fc.assert(
      fc.property(linkNames, (n) => {
        const scenario = linkScenario(n);
        expect(decodeScenario(encodeScenario(scenario))).toEqual({ ok: true, scenario });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps `__proto__` as an own key of every record, not as a prototype', () => {
    const n = {
      functionIds: ['__proto__', 'constructor', 'toString'],
      functionNames: ['constructor', '__proto__', 'hasOwnProperty'],
      paths: ['__proto__', 'constructor', 'valueOf'],
      variables: ['__proto__', 'toString', 'isPrototypeOf'],
      savedEvents: ['__proto__', 'constructor'],
      ruleIds: ['__proto__', 'constructor'],
      ruleNames: ['toString', '__proto__'],
      bucketIds: ['__proto__', 'constructor'],
      bucketNames: ['constructor', '__proto__'],
      notificationIds: ['__proto__', 'valueOf'],
      topicIds: ['constructor', '__proto__'],
      topicNames: ['__proto__', 'toString'],
      queueIds: ['__proto__', 'constructor'],
      queueNames: ['constructor', '__proto__'],
    };
    const decoded = decodeScenario(encodeScenario(linkScenario(n)));
    if (!decoded.ok) throw new Error(decoded.problem);
    const fn = decoded.scenario.functions[0]!;
    for (const record of [fn.files!, fn.config.environment!, fn.savedEvents!]) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(Object.hasOwn(record, '__proto__')).toBe(true);
    }
    expect(Object.keys(fn.files!)).toEqual(['__proto__', 'constructor', 'valueOf']);
  });
});

describe(readSamZip, () => {
  it('gives back every name, file path and variable exactly, prototype member names included', () => {
    fc.assert(
      fc.property(samNames, (n) => {
        const scenario = samScenario(n);
        expect(readSamZip(zipSamArchive(scenario))).toEqual({ ok: true, scenario });
      }),
      { numRuns: 60 },
    );
  });
});
