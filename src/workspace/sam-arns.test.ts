// The SAM export reads and writes the platform's ARNs and URLs in environment variables; the share
// layer cannot import the engine, so this keeps its copy of the account and region equal.
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, REGION } from '../engine';
import { PLAYGROUND_ARN_ACCOUNT, PLAYGROUND_ARN_REGION } from '../share/sam-resource-refs';

describe('the SAM export’s ARNs', () => {
  it('use the platform’s own account and region', () => {
    expect([PLAYGROUND_ARN_ACCOUNT, PLAYGROUND_ARN_REGION]).toEqual([ACCOUNT_ID, REGION]);
  });
});
