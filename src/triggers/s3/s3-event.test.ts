import { describe, expect, it } from 'vitest';
import { objectFacts, s3Event } from './s3-event';

const COMMON = {
  bucket: 'my-bucket',
  key: 'photos/my photo.jpg',
  sequencer: '0A1B2C3D4E5F678901',
  timeMs: Date.UTC(2026, 0, 1, 12, 0, 0),
  configurationId: 'thumbnails',
  region: 'us-east-1',
  requestId: 'C3D13FE58DE4C810',
  hostId: 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD',
};

describe('s3Event', () => {
  it('builds an ObjectCreated:Put record with the encoded key, size and eTag', () => {
    const event = s3Event({
      ...COMMON,
      eventName: 'ObjectCreated:Put',
      size: 1024,
      eTag: 'd41d8cd98f00b204e9800998ecf8427e',
    });
    expect(event).toMatchInlineSnapshot(`
      {
        "Records": [
          {
            "awsRegion": "us-east-1",
            "eventName": "ObjectCreated:Put",
            "eventSource": "aws:s3",
            "eventTime": "2026-01-01T12:00:00.000Z",
            "eventVersion": "2.1",
            "requestParameters": {
              "sourceIPAddress": "203.0.113.10",
            },
            "responseElements": {
              "x-amz-id-2": "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD",
              "x-amz-request-id": "C3D13FE58DE4C810",
            },
            "s3": {
              "bucket": {
                "arn": "arn:aws:s3:::my-bucket",
                "name": "my-bucket",
                "ownerIdentity": {
                  "principalId": "A3NL1KOZZKEXAMPLE",
                },
              },
              "configurationId": "thumbnails",
              "object": {
                "eTag": "d41d8cd98f00b204e9800998ecf8427e",
                "key": "photos/my+photo.jpg",
                "sequencer": "0A1B2C3D4E5F678901",
                "size": 1024,
              },
              "s3SchemaVersion": "1.0",
            },
            "userIdentity": {
              "principalId": "AWS:AIDAEXAMPLE",
            },
          },
        ],
      }
    `);
  });

  it('leaves size and eTag out of a removal, keeping versionId and sequencer', () => {
    const event = s3Event({
      ...COMMON,
      eventName: 'ObjectRemoved:DeleteMarkerCreated',
      versionId: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
    });
    expect(event.Records[0]?.eventName).toBe('ObjectRemoved:DeleteMarkerCreated');
    expect(event.Records[0]?.s3.object).toEqual({
      key: 'photos/my+photo.jpg',
      versionId: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
      sequencer: '0A1B2C3D4E5F678901',
    });
    expect(
      Object.keys(
        s3Event({ ...COMMON, eventName: 'ObjectRemoved:Delete' }).Records[0]?.s3.object ?? {},
      ),
    ).toEqual(['key', 'sequencer']);
  });
});

describe('objectFacts', () => {
  it('is the byte count and the MD5 of the bytes', () => {
    expect(objectFacts(new TextEncoder().encode('hello'))).toEqual({
      size: 5,
      eTag: '5d41402abc4b2a76b9719d911017c592',
    });
    expect(objectFacts(new Uint8Array())).toEqual({
      size: 0,
      eTag: 'd41d8cd98f00b204e9800998ecf8427e',
    });
  });
});
