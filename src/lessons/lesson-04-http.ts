// Lesson 4: REST over HTTP — routes, path parameters, status codes, JSON bodies, bare return values.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { invocationsOf, parseJson, pick, succeeded } from './evidence';
import type { Lesson } from './types';

const NAME = 'lesson4-items';

const EVENT_TYPE = `type HttpEvent = {
  routeKey: string;
  pathParameters?: Record<string, string>;
  body?: string;
};`;

const STARTER_CODE = `// API Gateway's HTTP API hands each request over as an event (payload format 2.0).
${EVENT_TYPE}

export const handler = async (event: HttpEvent) => {
  // A bare value: API Gateway answers 200 with it as a JSON body.
  return { message: 'hello', route: event.routeKey };
};
`;

const SOLUTION_CODE = `${EVENT_TYPE}

const json = (statusCode: number, value: unknown) => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

export const handler = async (event: HttpEvent) => {
  if (event.routeKey === 'GET /items/{id}') return json(200, { id: event.pathParameters?.id });
  if (event.routeKey === 'POST /items') {
    try {
      return json(201, JSON.parse(event.body ?? ''));
    } catch {
      return json(400, { message: 'The body is not JSON' });
    }
  }
  return json(404, { message: 'No such route' });
};
`;

const fn = lessonFunction({ id: 'fn-items', name: NAME, code: STARTER_CODE });
const starter = lessonWorkspace([fn], {
  http: {
    front: 'http-api',
    routes: [
      { routeKey: 'GET /items/{id}', functionId: fn.id },
      { routeKey: 'POST /items', functionId: fn.id },
    ],
    urlFunctionId: fn.id,
  },
});

/** The status and the parsed body a client gets, with API Gateway's reading of a bare value. */
function response(result: unknown): { status: unknown; body: unknown } {
  const status = pick(result, 'statusCode');
  if (status === undefined) return { status: 200, body: result };
  const body = pick(result, 'body');
  return { status, body: typeof body === 'string' ? parseJson(body) : undefined };
}

function method(event: unknown): unknown {
  return pick(event, 'requestContext.http.method');
}

export const lesson: Lesson = {
  id: 4,
  title: 'REST over HTTP',
  body: [
    {
      kind: 'p',
      text: 'An HTTP API (API Gateway) turns each request into an event: the `routeKey` that matched (`GET /items/{id}`), `pathParameters` (`{"id": "42"}`), `queryStringParameters`, lower-case `headers`, and the `body` as a string. Your handler answers with `{ statusCode, headers, body }`, the body a string — usually JSON.',
    },
    {
      kind: 'list',
      items: [
        'REST style: the method says what to do (`GET` reads, `POST` creates, `PUT` replaces, `DELETE` removes); the path says what to (`/items/42`).',
        'Status codes tell the client what happened: 200 OK, 201 Created, 400 Bad Request (the client’s fault), 404 Not Found, 500 (yours).',
        'A bare return value (no `statusCode`) is taken as 200 with `content-type: application/json` and the value serialised as the body. The REST API (payload 1.0) does not do this: it answers 500.',
      ],
    },
    {
      kind: 'source',
      text: 'API Gateway: HTTP API Lambda integrations (payload format 2.0)',
      href: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
    },
  ],
  tasks: [
    {
      id: 'get-item',
      goal: 'In the HTTP tab, `GET /items/42` answers status 200 with the JSON body `{"id":"42"}`.',
      hints: [
        'The id is in `event.pathParameters.id`.',
        'Return `{ statusCode: 200, body: JSON.stringify({ id }) }` — or the bare `{ id }`.',
      ],
      check: (run) =>
        invocationsOf(run, NAME).some((call) => {
          if (!succeeded(call) || method(call.event) !== 'GET') return false;
          const { status, body } = response(call.result);
          return status === 200 && pick(body, 'id') === '42';
        }),
    },
    {
      id: 'bad-json',
      goal: '`POST /items` with a body that is not JSON (say `oops`) answers 400 Bad Request.',
      hints: [
        "Check `event.routeKey === 'POST /items'`, then `JSON.parse(event.body)` inside try/catch.",
        "In the catch, return `{ statusCode: 400, body: JSON.stringify({ message: 'The body is not JSON' }) }`.",
      ],
      check: (run) =>
        invocationsOf(run, NAME).some(
          (call) =>
            succeeded(call) &&
            method(call.event) === 'POST' &&
            response(call.result).status === 400,
        ),
    },
  ],
  starter,
  solution: withFunction(starter, fn.id, { code: SOLUTION_CODE }),
  drill: [
    { kind: 'http', method: 'GET', path: '/items/42' },
    { kind: 'http', method: 'POST', path: '/items', body: 'oops' },
  ],
};
