import { describe, expect, it } from 'vitest';
import {
  functionNameOfFolder,
  handlerEntryFile,
  moduleFormat,
  pascalCase,
  uniqueId,
} from './sam-names';

describe('pascalCase', () => {
  it('keeps letters and digits only, each word capitalized', () => {
    expect(pascalCase('photo-uploads.fifo')).toBe('PhotoUploadsFifo');
    expect(pascalCase('GET /items/{id}')).toBe('GETItemsId');
    expect(pascalCase('--')).toBe('');
  });
});

describe('uniqueId', () => {
  it('numbers an id that is taken', () => {
    const taken = new Set(['JobsQueue']);
    expect(uniqueId('JobsQueue', taken)).toBe('JobsQueue2');
    expect(uniqueId('JobsQueue', taken)).toBe('JobsQueue3');
    expect([...taken]).toEqual(['JobsQueue', 'JobsQueue2', 'JobsQueue3']);
  });
});

describe('functionNameOfFolder', () => {
  it('reads the name from the export layout only', () => {
    expect(functionNameOfFolder('functions/add-numbers/')).toBe('add-numbers');
    expect(functionNameOfFolder('./functions/add-numbers')).toBe('add-numbers');
    expect(functionNameOfFolder('hello-world/')).toBeNull();
  });
});

describe('handlerEntryFile', () => {
  it('resolves the module of the handler string with each extension, as Lambda does', () => {
    expect(handlerEntryFile('index.handler', { 'index.ts': '' })).toBe('index.ts');
    expect(handlerEntryFile('src/app.handlers.main', { 'src/app.mjs': '', 'app.js': '' })).toBe(
      'src/app.mjs',
    );
    expect(handlerEntryFile('index.handler', { 'main.ts': '' })).toBeNull();
  });

  it('finds only the function’s own files, never a member of Object.prototype', () => {
    expect(handlerEntryFile('constructor.handler', { 'constructor.js': '' })).toBe(
      'constructor.js',
    );
    expect(handlerEntryFile('toString.handler', {})).toBeNull();
  });
});

describe('moduleFormat', () => {
  it('is CommonJS for exports assignments and ESM otherwise', () => {
    expect(moduleFormat('exports.handler = async () => 1;')).toBe('cjs');
    expect(moduleFormat('module.exports = { handler };')).toBe('cjs');
    expect(moduleFormat('export const handler = async () => 1;')).toBe('esm');
  });
});
