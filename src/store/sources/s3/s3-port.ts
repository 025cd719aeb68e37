// What the S3 store needs from the rest of the app, passed in so tests can give it a headless
// platform on a manual clock (the app's own port is in s3-actions.ts).
import type { Platform } from '../../../engine';

export interface S3Port {
  platform(): Pick<Platform, 'putBucketNotification' | 'notifyS3Change'>;
  /** Deploys the function's newest good build; its platform name, or null (the notice says why). */
  readyToRun(functionId: string): Promise<string | null>;
  /** Simulated time, for Last modified. */
  now(): number;
}
