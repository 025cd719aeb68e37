// Lesson 5: reacting to storage — an S3 upload invokes a function; encoded keys; prefix and suffix.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { eventsOfType, invocationsOf, pick, succeeded } from './evidence';
import type { Lesson } from './types';
import type { Workspace } from '../workspace/model';

const NAME = 'lesson5-thumbnail';
const BUCKET = 'lesson5-photos';

const EVENT_TYPE = 'type S3Event = { Records: Array<{ s3: { object: { key: string } } }> };';

const STARTER_CODE = `${EVENT_TYPE}

export const handler = async (event: S3Event) => {
  const key = event.Records[0]!.s3.object.key;
  console.log(\`Making a thumbnail of \${key}\`);
  return key;
};
`;

const SOLUTION_CODE = `${EVENT_TYPE}

export const handler = async (event: S3Event) => {
  // S3 form-encodes keys in events: a space arrives as "+", a "+" as "%2B".
  const key = decodeURIComponent(event.Records[0]!.s3.object.key.replace(/\\+/g, ' '));
  console.log(\`Making a thumbnail of \${key}\`);
  return key;
};
`;

function withSuffix(suffix: string): Pick<Workspace, 'buckets'> {
  const notification = {
    id: 'make-thumbnails',
    events: ['s3:ObjectCreated:*'],
    prefix: 'uploads/',
    suffix,
    functionId: 'fn-thumbnail',
  };
  return { buckets: [{ id: 'bucket-photos', name: BUCKET, notifications: [notification] }] };
}

const starter = lessonWorkspace(
  [lessonFunction({ id: 'fn-thumbnail', name: NAME, code: STARTER_CODE })],
  withSuffix(''),
);

function decodedKey(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

export const lesson: Lesson = {
  id: 5,
  title: 'Reacting to storage',
  body: [
    {
      kind: 'p',
      text: 'S3 can invoke a function whenever an object is created or removed: a **bucket notification** names the events (`s3:ObjectCreated:*`), an optional key **prefix** and **suffix**, and the function. S3 invokes it asynchronously with `{"Records": [...]}`; each record has the bucket and the object’s `key`, `size` and `eTag`.',
    },
    {
      kind: 'diagram',
      label: 'An upload becomes an event',
      text: 'PUT uploads/red flower.jpg ─▶ bucket lesson5-photos ─▶ prefix uploads/ ✓ suffix .jpg ✓ ─▶ lesson5-thumbnail',
    },
    {
      kind: 'p',
      text: 'The trap: the key in the event is **form-URL-encoded**. `uploads/red flower.jpg` arrives as `uploads/red+flower.jpg`, and a real `+` as `%2B`. Decode it with `decodeURIComponent(key.replace(/\\+/g, " "))` before you use it, or your code looks for an object that does not exist. Filters compare the encoded key too.',
    },
    {
      kind: 'source',
      text: 'Amazon S3: event notification content structure',
      href: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html',
    },
  ],
  tasks: [
    {
      id: 'decode',
      goal: 'Upload `uploads/red flower.jpg` in the S3 tab: your function returns the key as it was uploaded, `uploads/red flower.jpg`.',
      hints: [
        'The Result of an async invoke is in Logs and Async events; the REPORT follows your log line.',
        "Decode with `decodeURIComponent(key.replace(/\\+/g, ' '))`.",
      ],
      check: (run) =>
        invocationsOf(run, NAME).some((call) => {
          const key = pick(call.event, 'Records.0.s3.object.key');
          return (
            succeeded(call) &&
            typeof key === 'string' &&
            call.result !== key &&
            call.result === decodedKey(key)
          );
        }),
    },
    {
      id: 'suffix',
      goal: 'Only `.jpg` uploads wake the function: upload `uploads/notes.txt` and see it invoke nothing, while a `.jpg` still does.',
      hints: ['Set the notification’s suffix to `.jpg` in the S3 tab.'],
      check: (run) => {
        const notified = eventsOfType(run, 's3-notified').filter((n) => n.bucket === BUCKET);
        return (
          notified.some((n) => !n.key.endsWith('.jpg') && n.deliveries.length === 0) &&
          notified.some((n) => n.key.endsWith('.jpg') && n.deliveries.length > 0)
        );
      },
    },
  ],
  starter,
  solution: {
    ...withFunction(starter, 'fn-thumbnail', { code: SOLUTION_CODE }),
    ...withSuffix('.jpg'),
  },
  drill: [
    { kind: 'upload', bucket: BUCKET, key: 'uploads/red flower.jpg' },
    { kind: 'upload', bucket: BUCKET, key: 'uploads/notes.txt' },
    { kind: 'wait', seconds: 5 },
  ],
};
