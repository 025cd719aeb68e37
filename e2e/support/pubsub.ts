// The Pub/Sub tab as a learner uses it, by accessible names: topics with subscribers and a publish
// form; queues with a redrive policy, an event source mapping, a send form and live figures.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class PubSub {
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('tabpanel', { name: 'Pub/Sub' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Pub/Sub' }).click();
    await expect(this.panel).toBeVisible();
  }

  /** The n-th topic (from 1), as the tab lists them. */
  topic(n: number): Locator {
    return this.panel.getByRole('group', { name: `Topic ${n}`, exact: true });
  }

  queue(n: number): Locator {
    return this.panel.getByRole('group', { name: `Queue ${n}`, exact: true });
  }

  /** Adds a topic named `name` with these functions subscribed. */
  async addTopic(name: string, subscribers: string[]): Promise<Locator> {
    const n = (await this.panel.getByLabel(/^Topic \d+ name$/).count()) + 1;
    await this.panel.getByRole('button', { name: 'Add topic' }).click();
    const topic = this.topic(n);
    await topic.getByLabel(`Topic ${n} name`).fill(name);
    for (const fn of subscribers) await topic.getByRole('checkbox', { name: fn }).check();
    return topic;
  }

  async publish(topic: Locator, message: string): Promise<void> {
    await topic.getByRole('textbox', { name: 'Message', exact: true }).fill(message);
    await topic.getByRole('button', { name: 'Publish' }).click();
  }

  /** Adds a standard queue named `name`; returns its number. */
  async addQueue(name: string): Promise<number> {
    const n = (await this.panel.getByLabel(/^Queue \d+ name$/).count()) + 1;
    await this.panel.getByRole('button', { name: 'Add queue' }).click();
    await this.queue(n).getByLabel(`Queue ${n} name`).fill(name);
    return n;
  }

  /** Redrive policy: after `maxReceiveCount` receives a message moves to `deadLetterQueue`. */
  async redrive(n: number, deadLetterQueue: string, maxReceiveCount: number): Promise<void> {
    const queue = this.queue(n);
    await queue.getByLabel('Dead-letter queue').selectOption({ label: deadLetterQueue });
    await queue.getByLabel('Max receive count').fill(String(maxReceiveCount));
  }

  /** Maps the queue to a function: its event source mapping polls the queue into it. */
  async pollWith(n: number, functionName: string): Promise<void> {
    await this.queue(n).getByLabel('Polled by').selectOption({ label: functionName });
  }

  async send(n: number, body: string): Promise<void> {
    const queue = this.queue(n);
    await queue.getByLabel('Message body').fill(body);
    await queue.getByRole('button', { name: 'Send', exact: true }).click();
  }

  /** `<available> available · <in flight> in flight`, live from the platform. */
  figures(n: number): Locator {
    return this.panel.getByRole('status', { name: `Queue ${n} messages` });
  }

  /** A dead-letter queue's messages; a click opens one: id, body, attributes, origin. */
  deadLetterMessages(n: number): Locator {
    return this.queue(n)
      .getByRole('list', { name: /^Messages in / })
      .getByRole('listitem');
  }

  /** Each dead-letter message's one-line summary: `<body> · receive count <n>`. */
  deadLetterSummaries(n: number): Locator {
    return this.deadLetterMessages(n).locator('summary');
  }
}
