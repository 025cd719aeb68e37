// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { testRootPerTest } from '../testing/test-root';
import { costMeterStore } from '../../store';
import { emptyServicesUsage } from '../../store/live/cost-meter/cost-meter-model';
import { liveWorld } from '../../store/platform/platform-world';
import { LiveMeter } from './LiveMeter';

const testRoot = testRootPerTest();

describe('LiveMeter', () => {
  it('draws a billed session before the platform starts without starting it', () => {
    // A meter with usage, as a render before the app's start-up could meet it.
    costMeterStore.setState({
      usage: { requests: 2, gbSeconds: { x86_64: 0.0025, arm64: 0 }, storageGbSeconds: 0 },
      totalUsd: 0.00000044166675,
    });
    testRoot.draw(<LiveMeter />);

    expect(testRoot.container().querySelector('[data-testid="cost-total"]')?.textContent).toBe(
      '$0.00000044166675',
    );
    // No clock to read yet: no projection, and no platform made to read one.
    expect(testRoot.container().querySelector('[data-testid="cost-projection"]')).toBeNull();
    expect(liveWorld()).toBeNull();
  });

  it('adds the services’ charges to the total, one line per service used', () => {
    const services = emptyServicesUsage();
    services.s3 = { putRequests: 3, getRequests: 1, unbilledCalls: 1, usd: 0.0000154 };
    services.dynamodb = { writeUnits: 2, readUnits: 0.5, unbilledCalls: 0, usd: 0.0000013125 };
    costMeterStore.setState({
      usage: { requests: 2, gbSeconds: { x86_64: 0.0025, arm64: 0 }, storageGbSeconds: 0 },
      totalUsd: 0.00000044166675,
      services,
      freeTier: false,
    });
    testRoot.draw(<LiveMeter />);

    // $0.00000044166675 of Lambda + $0.0000154 of S3 + $0.0000013125 of DynamoDB.
    expect(testRoot.container().querySelector('[data-testid="cost-total"]')?.textContent).toBe(
      '$0.00001715416675',
    );
    const rowText = (service: string) =>
      [
        ...(testRoot.container().querySelector(`[data-testid="cost-service-${service}"]`)
          ?.children ?? []),
      ].map((cell) => cell.textContent);
    expect(rowText('s3')).toEqual([
      'S3 requests',
      '3 PUT × $0.005, 1 GET × $0.0004 per 1,000 + 1 call not billed',
      '$0.0000154',
    ]);
    expect(rowText('dynamodb')).toEqual([
      'DynamoDB',
      '2 WRU × $0.625, 0.5 RRU × $0.125 per 1M',
      '$0.0000013125',
    ]);
    // Services the session did not call get no line.
    expect(testRoot.container().querySelector('[data-testid="cost-service-sns"]')).toBeNull();
    expect(testRoot.container().querySelector('[data-testid="cost-service-sqs"]')).toBeNull();
    expect(
      testRoot.container().querySelector('[data-testid="cost-services-note"]')?.textContent,
    ).toContain('Their free tiers are not subtracted.');
  });

  it('keeps the services’ charges whole when the Lambda free tier is subtracted', () => {
    const services = emptyServicesUsage();
    services.sns = { requests: 4, unbilledCalls: 0, usd: 0.000002 };
    services.sqs = { requests: 2, unbilledCalls: 0, usd: 0.0000008 };
    costMeterStore.setState({
      usage: { requests: 2, gbSeconds: { x86_64: 0.0025, arm64: 0 }, storageGbSeconds: 0 },
      totalUsd: 0.00000044166675,
      services,
      freeTier: true,
    });
    testRoot.draw(<LiveMeter />);

    // The allowance takes Lambda's part to $0; SNS's and SQS's stay.
    expect(testRoot.container().querySelector('[data-testid="cost-total"]')?.textContent).toBe(
      '$0.0000028',
    );
    expect(
      testRoot.container().querySelector('[data-testid="cost-service-sns"]')?.textContent,
    ).toBe('SNS publishes4 requests × $0.50 per 1M (64 KB chunks)$0.000002');
    expect(
      testRoot.container().querySelector('[data-testid="cost-service-sqs"]')?.textContent,
    ).toBe('SQS requests2 requests × $0.40 per 1M (64 KB chunks)$0.0000008');
  });
});
