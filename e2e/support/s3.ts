// The S3 tab as a learner uses it: buckets, their objects (picker, drag-and-drop, typed text) and
// their notifications, found by the labels the tab gives them.
import type { Locator, Page } from '@playwright/test';

export interface NotificationSpec {
  /** The event types to tick (the new notification starts with `s3:ObjectCreated:*` ticked). */
  events?: string[];
  prefix?: string;
  suffix?: string;
}

export class S3Tab {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'S3', exact: true }).click();
  }

  async createBucket(name: string): Promise<Locator> {
    const form = this.page.getByRole('form', { name: 'Create bucket' });
    await form.getByLabel('Bucket name').fill(name);
    await form.getByRole('button', { name: 'Create bucket' }).click();
    return this.bucket(name);
  }

  bucket(name: string): Locator {
    return this.page.getByRole('region', { name: `Bucket ${name}`, exact: true });
  }

  /** Adds a notification to the bucket's only (or next) function and sets its filters. */
  async addNotification(bucket: Locator, spec: NotificationSpec = {}): Promise<Locator> {
    await bucket.getByRole('button', { name: 'Add notification' }).click();
    const notification = bucket.getByRole('group', { name: /^Notification \d+/ }).last();
    if (spec.events) {
      for (const box of await notification.getByRole('checkbox').all()) await box.uncheck();
      for (const type of spec.events) await notification.getByLabel(type, { exact: true }).check();
    }
    if (spec.prefix) await notification.getByLabel('Prefix', { exact: true }).fill(spec.prefix);
    if (spec.suffix) await notification.getByLabel('Suffix', { exact: true }).fill(spec.suffix);
    return notification;
  }

  /** Uploads one file through the bucket's file picker. */
  async upload(bucket: Locator, name: string, bytes: Buffer, mimeType: string): Promise<void> {
    await bucket.getByLabel(/^Upload files/).setInputFiles({ name, mimeType, buffer: bytes });
  }

  /** Drops one file on the bucket, as a file dragged from the desktop arrives. */
  async drop(bucket: Locator, name: string, bytes: Buffer, mimeType: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, bytes, mimeType }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        return transfer;
      },
      { name, bytes: [...bytes], mimeType },
    );
    await bucket.dispatchEvent('drop', { dataTransfer });
  }

  async putText(bucket: Locator, key: string, text: string): Promise<void> {
    const form = bucket.getByRole('form', { name: 'New text object' });
    await form.getByLabel('Key', { exact: true }).fill(key);
    await form.getByLabel('Text', { exact: true }).fill(text);
    await form.getByRole('button', { name: 'New text object' }).click();
  }

  /** The object's row in the bucket's table; its cells hold `object-size` and `object-etag`. */
  object(bucket: Locator, key: string): Locator {
    return bucket
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: key, exact: true }) });
  }

  /** What each change sent, newest first: `<event> <key> → <outcome>`. */
  changes(bucket: Locator): Locator {
    return bucket.getByTestId('s3-change');
  }
}
