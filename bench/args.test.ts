import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('defaults to a full run and no JSON', () => {
    expect(parseArgs([])).toEqual({
      quick: false,
      json: null,
      prebuilt: false,
      only: null,
      help: false,
    });
  });

  it('reads --quick and --json in either spelling', () => {
    expect(parseArgs(['--quick', '--json', 'out.json', '--prebuilt'])).toEqual({
      quick: true,
      json: 'out.json',
      prebuilt: true,
      only: null,
      help: false,
    });
    expect(parseArgs(['--json=r.json'])).toMatchObject({ quick: false, json: 'r.json' });
  });

  it('refuses --json without a path, and unknown options', () => {
    expect(() => parseArgs(['--json'])).toThrow('--json needs a file path');
    expect(() => parseArgs(['--json', '--quick'])).toThrow('--json needs a file path');
    expect(() => parseArgs(['--fast'])).toThrow('Unknown option --fast');
  });

  it('reads --only as a list of known parts, and refuses others', () => {
    expect([...parseArgs(['--only', 'scale,memory']).only!]).toEqual(['scale', 'memory']);
    expect([...parseArgs(['--only=engine']).only!]).toEqual(['engine']);
    expect(() => parseArgs(['--only'])).toThrow('--only needs parts');
    expect(() => parseArgs(['--only', 'scales'])).toThrow('Unknown part scales');
  });
});
