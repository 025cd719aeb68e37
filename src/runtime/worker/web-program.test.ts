// A web program's process as the page sees it: the bundle runs at top level, its server listens,
// requests arrive over the protocol and responses stream back, many at once on one event loop.
import { describe, expect, it } from 'vitest';
import { createWebProgram } from './web-program';
import { headerOf, WebHarness } from './testing/web-harness';

const HELLO = `
const http = require('node:http');
const [host, port] = process.env.AWS_LAMBDA_HTTP_ENDPOINT.split(':');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello ' + req.method + ' ' + req.url);
});
server.listen(Number(port), host, () => console.log('listening', server.address()));
`;

describe(createWebProgram, () => {
  it('runs the bundle at top level and answers a GET on the port it listens on', async () => {
    const web = new WebHarness();
    web.start(HELLO);
    expect(await web.listening()).toEqual({ kind: 'tcp', host: '0.0.0.0', port: 3000 });
    const response = await web.response(web.send({ path: '/items?page=2' }));
    expect(response).toMatchObject({
      statusCode: 200,
      statusMessage: 'OK',
      body: 'hello GET /items?page=2',
      ending: 'end',
    });
    expect(headerOf(response, 'content-type')).toEqual(['text/plain']);
    expect(headerOf(response, 'content-length')).toEqual(['23']);
    expect(headerOf(response, 'date')[0]).toMatch(/^\w{3}, \d{2} \w{3} \d{4} [\d:]{8} GMT$/);
    expect(web.lines).toContain(
      "INFO listening { address: '0.0.0.0', family: 'IPv4', port: 3000 }",
    );
  });

  it('serves 10 requests at once on one loop, each awaiting a timer, all in the handler together', async () => {
    const web = new WebHarness();
    web.start(`
      const { setTimeout: sleep } = require('timers/promises');
      let inFlight = 0, most = 0;
      require('http').createServer(async (req, res) => {
        inFlight++; most = Math.max(most, inFlight);
        const ms = Number(req.url.slice(1));
        await sleep(ms);
        inFlight--;
        res.end(JSON.stringify({ ms, most }));
      }).listen(3000);
    `);
    await web.listening();
    const delays = [50, 10, 40, 0, 30, 20, 45, 5, 35, 15];
    const ids = delays.map((ms) => web.send({ path: `/${ms}` }));
    const bodies = await Promise.all(
      ids.map(async (id) => JSON.parse((await web.response(id)).body)),
    );
    expect(bodies.map((body: { ms: number }) => body.ms)).toEqual(delays);
    // All ten were in the handler together: none waited for another to finish.
    expect(Math.max(...bodies.map((body: { most: number }) => body.most))).toBe(10);
  });

  it('streams a response in chunks as they are written, head first', async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer((req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' });
        let n = 0;
        const timer = setInterval(() => {
          res.write('data: ' + n + '\\n\\n');
          if (++n === 3) { clearInterval(timer); res.end(); }
        }, 5);
      }).listen(3000);
    `);
    await web.listening();
    const id = web.send();
    const head = await web.head(id);
    expect(head.statusCode).toBe(200);
    expect(head.headers).toContainEqual(['Transfer-Encoding', 'chunked']);
    const response = await web.response(id);
    expect(response.chunks.map((chunk) => Buffer.from(chunk).toString())).toEqual([
      'data: 0\n\n',
      'data: 1\n\n',
      'data: 2\n\n',
    ]);
  });

  it('delivers a POST body in socket-sized chunks to data/end listeners', async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer((req, res) => {
        const sizes = [];
        req.on('data', (chunk) => sizes.push(chunk.length));
        req.on('end', () => res.end(JSON.stringify({ sizes, type: req.headers['content-type'] })));
      }).listen(3000);
    `);
    await web.listening();
    const body = new Uint8Array(150 * 1024).fill(97);
    const response = await web.response(
      web.send({ method: 'POST', body, headers: [['Content-Type', 'text/plain']] }),
    );
    expect(JSON.parse(response.body)).toEqual({ sizes: [65536, 65536, 22528], type: 'text/plain' });
  });

  it('reads a body by async iteration and pipes one request into its response', async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer(async (req, res) => {
        if (req.url === '/echo') return req.pipe(res);
        let text = '';
        for await (const chunk of req) text += chunk;
        res.end(text.toUpperCase());
      }).listen(3000);
    `);
    await web.listening();
    const body = new TextEncoder().encode('{"name":"ada"}');
    const iterated = await web.response(web.send({ method: 'POST', body }));
    expect(iterated.body).toBe('{"NAME":"ADA"}');
    const piped = await web.response(web.send({ method: 'PUT', path: '/echo', body }));
    expect(piped).toMatchObject({ statusCode: 200, body: '{"name":"ada"}', ending: 'end' });
  });

  it('gives the request its head as Node does: lower-cased headers, raw headers, version, socket', async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer((req, res) => {
        res.end(JSON.stringify({
          headers: req.headers, rawHeaders: req.rawHeaders, httpVersion: req.httpVersion,
          remote: req.socket.remoteAddress, local: req.socket.localPort,
        }));
      }).listen(3000);
    `);
    await web.listening();
    const response = await web.response(
      web.send({
        headers: [
          ['Host', 'a.on.aws'],
          ['X-Tag', 'one'],
          ['x-tag', 'two'],
          ['Cookie', 'a=1'],
          ['Cookie', 'b=2'],
          ['User-Agent', 'first'],
          ['User-Agent', 'second'],
        ],
      }),
    );
    expect(JSON.parse(response.body)).toEqual({
      headers: { host: 'a.on.aws', 'x-tag': 'one, two', cookie: 'a=1; b=2', 'user-agent': 'first' },
      rawHeaders: [
        'Host',
        'a.on.aws',
        'X-Tag',
        'one',
        'x-tag',
        'two',
        'Cookie',
        'a=1',
        'Cookie',
        'b=2',
        'User-Agent',
        'first',
        'User-Agent',
        'second',
      ],
      httpVersion: '1.1',
      remote: '169.254.77.1',
      local: 3000,
    });
  });

  it('sends status, reason and headers from writeHead (object or array) merged with setHeader', async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer((req, res) => {
        res.setHeader('X-Set', 'kept');
        res.setHeader('X-Over', 'replaced');
        if (req.url === '/object') res.writeHead(201, { 'X-Over': 'by writeHead', Location: '/items/1' });
        else if (req.url === '/array') res.writeHead(418, 'Short and stout', ['Set-Cookie', 'a=1', 'Set-Cookie', 'b=2']);
        else { res.statusCode = 404; res.statusMessage = 'Nope'; }
        res.end(JSON.stringify({ sent: res.headersSent, names: res.getHeaderNames() }));
      }).listen(3000);
    `);
    await web.listening();
    const object = await web.response(web.send({ path: '/object' }));
    expect([object.statusCode, object.statusMessage]).toEqual([201, 'Created']);
    expect(object.headers.slice(0, 3)).toEqual([
      ['X-Set', 'kept'],
      ['X-Over', 'by writeHead'],
      ['Location', '/items/1'],
    ]);
    expect(JSON.parse(object.body)).toEqual({ sent: true, names: ['x-set', 'x-over', 'location'] });
    const array = await web.response(web.send({ path: '/array' }));
    expect([array.statusCode, array.statusMessage]).toEqual([418, 'Short and stout']);
    expect(headerOf(array, 'set-cookie')).toEqual(['a=1', 'b=2']);
    const implicit = await web.response(web.send({ path: '/implicit' }));
    expect([implicit.statusCode, implicit.statusMessage]).toEqual([404, 'Nope']);
  });

  it('has no body for HEAD and 204, and keeps getHeader/hasHeader/removeHeader/getHeaders', async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer((req, res) => {
        res.setHeader('X-A', ['1', '2']);
        res.setHeader('X-B', 3);
        res.removeHeader('x-b');
        const seen = JSON.stringify({ a: res.getHeader('x-a'), b: res.hasHeader('X-B'), all: { ...res.getHeaders() } });
        if (req.url === '/none') res.statusCode = 204;
        res.end(seen);
      }).listen(3000);
    `);
    await web.listening();
    const get = await web.response(web.send());
    expect(JSON.parse(get.body)).toEqual({ a: ['1', '2'], b: false, all: { 'x-a': ['1', '2'] } });
    expect(headerOf(get, 'x-a')).toEqual(['1', '2']);
    const head = await web.response(web.send({ method: 'HEAD' }));
    expect([head.statusCode, head.chunks.length, headerOf(head, 'content-length')]).toEqual([
      200,
      0,
      [],
    ]);
    const none = await web.response(web.send({ path: '/none' }));
    expect([none.statusCode, none.chunks.length]).toEqual([204, 0]);
  });

  it("emits the response's 'finish' then 'close', and 'close' when the client goes away", async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer((req, res) => {
        const events = [];
        res.on('finish', () => events.push('finish'));
        req.on('close', () => events.push('req close'));
        req.on('aborted', () => events.push('req aborted'));
        res.on('close', () => { events.push('close ' + res.writableEnded + ' ' + res.destroyed); setImmediate(() => console.log(req.url, events.join(', '))); });
        if (req.url === '/done') res.end('ok');
        else res.write('partial');
      }).listen(3000);
    `);
    await web.listening();
    await web.response(web.send({ path: '/done' }));
    const abandoned = web.send({ path: '/gone' });
    await web.head(abandoned);
    web.cancel(abandoned);
    await expect
      .poll(() => web.lines)
      .toContain('INFO /gone req aborted, close false true, req close');
    expect(web.lines).toContain('INFO /done finish, close true false, req close');
    // Nothing more goes out for a request whose client has gone.
    expect(web.messages.some((m) => m.type === 'http-response-end' && m.id === abandoned)).toBe(
      false,
    );
  });

  it('constructs a server with new http.Server(listener), an instance of http.Server', async () => {
    const web = new WebHarness();
    web.start(`
      const http = require('http');
      const server = new http.Server((req, res) => res.end(String(server instanceof http.Server) + ' ' + server.constructor.name));
      server.listen(3000);
    `);
    await web.listening();
    expect((await web.response(web.send())).body).toBe('true Server');
  });

  it('refuses a request to a port nothing listens on', async () => {
    const web = new WebHarness();
    web.start(HELLO);
    await web.listening();
    expect(await web.response(web.send({ port: 8080 }))).toMatchObject({
      statusCode: null,
      ending: 'ECONNREFUSED',
      errorMessage: 'connect ECONNREFUSED 127.0.0.1:8080',
    });
  });

  it("listens on a free port for port 0, on a pipe path, and on listen({ port }) with Node's address()", async () => {
    const web = new WebHarness();
    web.start(`
      const http = require('http');
      const a = http.createServer();
      console.log('before', a.address());
      a.listen(0, () => console.log('a', JSON.stringify(a.address())));
      const b = http.createServer().listen('/tmp/app.sock', () => console.log('b', JSON.stringify(b.address())));
      const c = http.createServer().listen({ port: '3000' }, () => console.log('c', JSON.stringify(c.address())));
    `);
    await web.listening(2);
    await expect.poll(() => web.lines.length).toBe(4);
    expect(web.lines).toEqual([
      'INFO before null',
      'INFO a {"address":"::","family":"IPv6","port":32768}',
      'INFO b "/tmp/app.sock"',
      'INFO c {"address":"::","family":"IPv6","port":3000}',
    ]);
  });

  it('fails a second listen on the same port with EADDRINUSE as an error event', async () => {
    const web = new WebHarness();
    web.start(`
      const http = require('http');
      http.createServer().listen(3000);
      const second = http.createServer().listen(3000);
      second.on('error', (error) => console.log(error.code, error.syscall, error.port, error.message));
    `);
    await expect
      .poll(() => web.lines)
      .toEqual(['INFO EADDRINUSE listen 3000 listen EADDRINUSE: address already in use :::3000']);
  });

  it('ends the process when EADDRINUSE has no error listener, as Node does', async () => {
    const web = new WebHarness();
    web.start(
      `require('http').createServer().listen(3000); require('http').createServer().listen(3000);`,
    );
    const exit = await web.exited();
    expect(exit.code).toBe(1);
    expect(exit.error).toMatchObject({
      errorType: 'Error',
      errorMessage: 'listen EADDRINUSE: address already in use :::3000',
    });
    expect(web.lines.at(-1)).toBe('ERROR Node.js v24.11.0');
  });

  it("closes: refuses new requests, lets one in flight finish, then 'close' and the process exits 0", async () => {
    const web = new WebHarness();
    web.start(`
      const server = require('http').createServer((req, res) => {
        server.close(() => console.log('closed'));
        setTimeout(() => res.end('last'), 10);
      }).listen(3000);
    `);
    await web.listening();
    const last = web.send();
    await expect.poll(() => web.messages.some((m) => m.type === 'web-closed')).toBe(true);
    expect((await web.response(web.send())).ending).toBe('ECONNREFUSED');
    expect((await web.response(last)).body).toBe('last');
    expect(await web.exited()).toMatchObject({ code: 0, error: null });
    expect(web.lines).toEqual(['INFO closed']);
  });

  it('ends with code 0 when the program never listens and has nothing left to do', async () => {
    const web = new WebHarness();
    web.start(`console.log('started'); setTimeout(() => console.log('done'), 5);`);
    expect(await web.exited()).toEqual({ type: 'web-exit', code: 0, error: null });
    expect(web.lines).toEqual(['INFO started', 'INFO done']);
    expect(web.messages.some((m) => m.type === 'web-listening')).toBe(false);
  });

  it("ends with code 1 on a top-level throw, Node's report on stderr", async () => {
    const web = new WebHarness();
    web.start(`const config = undefined;\nconfig.port;`);
    const exit = await web.exited();
    expect(exit.code).toBe(1);
    expect(exit.error?.errorType).toBe('TypeError');
    expect(exit.error?.errorMessage).toBe("Cannot read properties of undefined (reading 'port')");
    expect(web.lines[0]).toBe(
      "ERROR TypeError: Cannot read properties of undefined (reading 'port')",
    );
    expect(web.lines.at(-1)).toBe('ERROR Node.js v24.11.0');
  });

  it('ends with the code process.exit gives, cutting the requests in flight', async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer((req, res) => {
        res.write('part');
        if (req.url === '/quit') process.exit(3);
      }).listen(3000);
    `);
    await web.listening();
    const waiting = web.send();
    await web.head(waiting);
    const quitting = web.send({ path: '/quit' });
    expect(await web.exited()).toEqual({ type: 'web-exit', code: 3, error: null });
    expect((await web.response(waiting)).ending).toBe('ECONNRESET');
    expect((await web.response(quitting)).ending).toBe('ECONNRESET');
  });

  it('crashes on an error thrown in a request listener, resetting that connection', async () => {
    const web = new WebHarness();
    web.start(`require('http').createServer(() => { throw new RangeError('bad'); }).listen(3000);`);
    await web.listening();
    const id = web.send();
    expect((await web.exited()).error).toMatchObject({
      errorType: 'RangeError',
      errorMessage: 'bad',
    });
    expect((await web.response(id)).ending).toBe('ECONNRESET');
  });

  it('reports busy CPU time per interval: a request spinning 40 ms shows at least 30 ms busy', async () => {
    const web = new WebHarness();
    web.start(`
      require('http').createServer((req, res) => {
        const until = Date.now() + Number(req.url.slice(1));
        while (Date.now() < until);
        res.end();
      }).listen(3000);
    `);
    await web.listening();
    await web.usage();
    expect((await web.response(web.send({ path: '/40' }))).ending).toBe('end');
    const busy = await web.usage();
    expect(busy.busyMs).toBeGreaterThanOrEqual(30);
    expect(busy.elapsedMs).toBeGreaterThanOrEqual(busy.busyMs);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const idle = await web.usage();
    expect(idle.busyMs).toBeLessThan(idle.elapsedMs);
    expect(idle.elapsedMs).toBeGreaterThanOrEqual(19);
  });

  it('gives the program the environment the page chose, and no awslambda global', async () => {
    const web = new WebHarness();
    web.start(
      `console.log(process.env.PORT, process.env.AWS_LAMBDA_FUNCTION_NAME, typeof awslambda);`,
      {
        PORT: '8080',
      },
    );
    await web.exited();
    expect(web.lines).toEqual(['INFO 8080 undefined undefined']);
  });
});
