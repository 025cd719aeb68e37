import { describe, expect, it } from 'vitest';
import { eventTemplates } from './templates';

function find(id: string) {
  const template = eventTemplates.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template.build() as Record<string, unknown>;
}

describe('eventTemplates', () => {
  it('lists every trigger once, as plain JSON events', () => {
    expect(eventTemplates.map((template) => template.id)).toEqual([
      'apigateway-http-api',
      'lambda-function-url',
      'apigateway-aws-proxy',
      's3-put',
      's3-delete',
      'sns-notification',
      'sqs-receive-message',
      'eventbridge-scheduled',
    ]);
    for (const template of eventTemplates) {
      const event = template.build();
      expect(JSON.parse(JSON.stringify(event)), template.id).toEqual(
        JSON.parse(JSON.stringify(template.build())),
      );
    }
  });

  it('builds samples with the fields a handler reads first', () => {
    expect(find('apigateway-http-api')).toMatchObject({
      routeKey: 'GET /items/{id}',
      pathParameters: { id: '42' },
    });
    expect(find('apigateway-aws-proxy')).toMatchObject({
      resource: '/items/{id}',
      httpMethod: 'GET',
    });
    expect(find('s3-put')).toMatchObject({
      Records: [
        {
          s3: {
            object: {
              key: 'photos/my+photo.jpg',
              size: 11,
              eTag: '5eb63bbbe01eeed093cb22bb8f5acdc3',
            },
          },
        },
      ],
    });
    expect(find('sqs-receive-message')).toMatchObject({
      Records: [{ body: '{"orderId":1}' }, { body: '{"orderId":2}' }],
    });
    expect(find('eventbridge-scheduled')).toMatchObject({
      time: '2026-01-01T12:00:00Z',
      region: 'us-east-1',
    });
  });
});
