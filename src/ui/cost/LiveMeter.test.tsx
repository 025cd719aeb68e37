// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { costMeterStore } from '../../store';
import { emptyServicesUsage } from '../../store/live/cost-meter/cost-meter-model';
import { liveWorld } from '../../store/platform/platform-world';
import { LiveMeter } from './LiveMeter';

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

beforeEach(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('LiveMeter', () => {
  it('draws a billed session before the platform starts without starting it', () => {
    // A meter with usage, as a render before the app's start-up could meet it.
    costMeterStore.setState({
      usage: { requests: 2, gbSeconds: { x86_64: 0.0025, arm64: 0 }, storageGbSeconds: 0 },
      totalUsd: 0.00000044166675,
    });
    act(() => root.render(<LiveMeter />));

    expect(container.querySelector('[data-testid="cost-total"]')?.textContent).toBe(
      '$0.00000044166675',
    );
    // No clock to read yet: no projection, and no platform made to read one.
    expect(container.querySelector('[data-testid="cost-projection"]')).toBeNull();
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
    act(() => root.render(<LiveMeter />));

    // $0.00000044166675 of Lambda + $0.0000154 of S3 + $0.0000013125 of DynamoDB.
    expect(container.querySelector('[data-testid="cost-total"]')?.textContent).toBe(
      '$0.00001715416675',
    );
    const rowText = (service: string) =>
      [...(container.querySelector(`[data-testid="cost-service-${service}"]`)?.children ?? [])].map(
        (cell) => cell.textContent,
      );
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
    expect(container.querySelector('[data-testid="cost-service-sns"]')).toBeNull();
    expect(container.querySelector('[data-testid="cost-service-sqs"]')).toBeNull();
    expect(container.querySelector('[data-testid="cost-services-note"]')?.textContent).toContain(
      'Their free tiers are not subtracted.',
    );
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
    act(() => root.render(<LiveMeter />));

    // The allowance takes Lambda's part to $0; SNS's and SQS's stay.
    expect(container.querySelector('[data-testid="cost-total"]')?.textContent).toBe('$0.0000028');
    expect(container.querySelector('[data-testid="cost-service-sns"]')?.textContent).toBe(
      'SNS publishes4 requests × $0.50 per 1M (64 KB chunks)$0.000002',
    );
    expect(container.querySelector('[data-testid="cost-service-sqs"]')?.textContent).toBe(
      'SQS requests2 requests × $0.40 per 1M (64 KB chunks)$0.0000008',
    );
  });
});
