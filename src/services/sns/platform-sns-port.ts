// The SNS API's port over a platform: its topics as a snapshot shows them, and its Publish.
import type { Platform } from '../../engine';
import { PLAYGROUND_ACCOUNT, PLAYGROUND_REGION } from '../platform-account';
import type { SnsPort } from './sns-port';

export function platformSnsPort(platform: Pick<Platform, 'snapshot' | 'publish'>): SnsPort {
  return {
    account: PLAYGROUND_ACCOUNT,
    region: PLAYGROUND_REGION,
    topics: () => platform.snapshot().topics,
    publish: (topic, message, origin) => platform.publish(topic, message, origin),
  };
}
