import { describe, expect, it } from 'vitest';
import { sdkChunks } from './sdk-chunks';

describe('sdkChunks', () => {
  it("picks the SDK packages' chunks and their types' chunk out of a page's scripts", () => {
    const scripts = [
      'http://127.0.0.1:4173/assets/index-Bq3x_9aZ.js',
      'http://127.0.0.1:4173/assets/MonacoCodeEditor-D1-x2aQz.js',
      'http://127.0.0.1:4173/assets/client-s3-BKe3tkOS.js',
      'http://127.0.0.1:4173/assets/lib-dynamodb-a_b-c1d2.js',
      'http://127.0.0.1:4173/assets/_virtual_sdk-types-SVKRpZ5x.js',
      'http://127.0.0.1:4173/assets/_virtual_runtime-script-Xy12ab34.js',
      'http://127.0.0.1:4173/assets/client-s3-extra-BKe3tkOS.js',
    ];
    expect(sdkChunks(scripts)).toEqual([
      'http://127.0.0.1:4173/assets/client-s3-BKe3tkOS.js',
      'http://127.0.0.1:4173/assets/lib-dynamodb-a_b-c1d2.js',
      'http://127.0.0.1:4173/assets/_virtual_sdk-types-SVKRpZ5x.js',
    ]);
  });
});
