// Reading the region and account out of an ARN, so a factory never asks for them twice.

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  /** Everything after the account: `my-topic`, `rule/my-schedule`, `my-topic:2bcf…`. */
  resource: string;
}

/** `arn:aws:sns:us-east-1:123456789012:my-topic` → its parts; throws on anything else. */
export function parseArn(arn: string): ArnParts {
  const [prefix, partition, service, region, accountId, ...rest] = arn.split(':');
  if (prefix !== 'arn' || !partition || !service || region === undefined || !accountId) {
    throw new Error(`Not an ARN: ${arn}`);
  }
  return { partition, service, region, accountId, resource: rest.join(':') };
}
