// Misusing Node's http server fails as Node fails: the same codes, classes, messages and stack
// lines (checked against Node 20.20's own http module), thrown or emitted where Node does it.
import { describe, expect, it } from 'vitest';
import { Server } from './http-server';
import { WebHarness } from '../testing/web-harness';

/** Runs `body` in a request listener with `t(fn)` logging what fn throws, as Node shows it. */
function misuseProgram(body: string): string {
  return `
    const http = require('http');
    const t = (f) => {
      try { f(); console.log('no throw'); }
      catch (e) { console.log(e.name + ' ' + e.code + ' ' + e.message + ' | ' + String(e.stack).split('\\n')[0]); }
    };
    http.createServer((req, res) => { ${body} }).listen(3000);
  `;
}

async function linesOf(program: string, count: number): Promise<string[]> {
  const web = new WebHarness();
  web.start(program);
  await web.listening();
  web.send();
  await expect.poll(() => web.lines.length).toBeGreaterThanOrEqual(count);
  return web.lines.map((line) => line.replace(/^INFO /, ''));
}

describe(Server, () => {
  it('throws Node’s errors for bad status codes, header names and values, and chunks', async () => {
    const lines = await linesOf(
      misuseProgram(`
        t(() => res.writeHead(99));
        t(() => res.writeHead(1000));
        t(() => res.setHeader('bad name', 'x'));
        t(() => res.setHeader('x-a', undefined));
        t(() => res.setHeader('x-a', 'a\\nb'));
        t(() => res.write(42));
        t(() => res.write(null));
        res.statusCode = 42;
        t(() => res.write('x'));
        res.statusCode = 200;
        res.end();
      `),
      8,
    );
    expect(lines).toEqual([
      'RangeError ERR_HTTP_INVALID_STATUS_CODE Invalid status code: 99 | RangeError [ERR_HTTP_INVALID_STATUS_CODE]: Invalid status code: 99',
      'RangeError ERR_HTTP_INVALID_STATUS_CODE Invalid status code: 1000 | RangeError [ERR_HTTP_INVALID_STATUS_CODE]: Invalid status code: 1000',
      'TypeError ERR_INVALID_HTTP_TOKEN Header name must be a valid HTTP token ["bad name"] | TypeError [ERR_INVALID_HTTP_TOKEN]: Header name must be a valid HTTP token ["bad name"]',
      'TypeError ERR_HTTP_INVALID_HEADER_VALUE Invalid value "undefined" for header "x-a" | TypeError [ERR_HTTP_INVALID_HEADER_VALUE]: Invalid value "undefined" for header "x-a"',
      'TypeError ERR_INVALID_CHAR Invalid character in header content ["x-a"] | TypeError [ERR_INVALID_CHAR]: Invalid character in header content ["x-a"]',
      'TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received type number (42) | TypeError [ERR_INVALID_ARG_TYPE]: The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received type number (42)',
      'TypeError ERR_STREAM_NULL_VALUES May not write null values to stream | TypeError [ERR_STREAM_NULL_VALUES]: May not write null values to stream',
      'RangeError ERR_HTTP_INVALID_STATUS_CODE Invalid status code: 42 | RangeError [ERR_HTTP_INVALID_STATUS_CODE]: Invalid status code: 42',
    ]);
  });

  it('throws ERR_HTTP_HEADERS_SENT for each header change once the head is sent', async () => {
    const lines = await linesOf(
      misuseProgram(`
        res.write('ok');
        t(() => res.setHeader('x-late', '1'));
        t(() => res.removeHeader('x-late'));
        t(() => res.writeHead(200));
        t(() => res.appendHeader('x', '1'));
        res.end();
      `),
      4,
    );
    expect(lines).toEqual([
      'Error ERR_HTTP_HEADERS_SENT Cannot set headers after they are sent to the client | Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client',
      'Error ERR_HTTP_HEADERS_SENT Cannot remove headers after they are sent to the client | Error [ERR_HTTP_HEADERS_SENT]: Cannot remove headers after they are sent to the client',
      'Error ERR_HTTP_HEADERS_SENT Cannot write headers after they are sent to the client | Error [ERR_HTTP_HEADERS_SENT]: Cannot write headers after they are sent to the client',
      'Error ERR_HTTP_HEADERS_SENT Cannot append headers after they are sent to the client | Error [ERR_HTTP_HEADERS_SENT]: Cannot append headers after they are sent to the client',
    ]);
  });

  it("emits ERR_STREAM_WRITE_AFTER_END as 'error' after the write's callback, for write and end", async () => {
    const lines = await linesOf(
      misuseProgram(`
        res.end('done');
        res.on('error', (e) => console.log('emitted ' + e.name + ' ' + e.code + ' ' + e.message + ' | ' + String(e.stack).split('\\n')[0]));
        res.write('after', (e) => console.log('callback ' + e.code));
        res.end('again');
        res.end(() => console.log('second end without data: no error'));
      `),
      4,
    );
    // Node's order: a small response is written (and 'finish'ed) before the ticks run.
    expect(lines).toEqual([
      'second end without data: no error',
      'callback ERR_STREAM_WRITE_AFTER_END',
      'emitted Error ERR_STREAM_WRITE_AFTER_END write after end | Error [ERR_STREAM_WRITE_AFTER_END]: write after end',
      'emitted Error ERR_STREAM_WRITE_AFTER_END write after end | Error [ERR_STREAM_WRITE_AFTER_END]: write after end',
    ]);
  });

  it('ends the process on a write after end nobody listens for, as Node does', async () => {
    const web = new WebHarness();
    web.start(misuseProgram(`res.end('done'); res.write('after');`));
    await web.listening();
    const id = web.send();
    expect((await web.response(id)).body).toBe('done');
    const exit = await web.exited();
    expect([exit.code, exit.error?.errorMessage]).toEqual([1, 'write after end']);
  });

  it("fails listen and close as Node's net.Server does", async () => {
    const web = new WebHarness();
    web.start(`
      const http = require('http');
      const t = (f) => { try { f(); } catch (e) { console.log(e.name + ' ' + e.code + ' ' + e.message); } };
      t(() => http.createServer().listen(70000));
      t(() => { const s = http.createServer().listen(0); s.listen(0); });
      http.createServer().close((e) => console.log('close ' + e.code + ' ' + e.message));
    `);
    await expect.poll(() => web.lines.length).toBe(3);
    expect(web.lines).toEqual([
      'INFO RangeError ERR_SOCKET_BAD_PORT options.port should be >= 0 and < 65536. Received type number (70000).',
      'INFO Error ERR_SERVER_ALREADY_LISTEN Listen method has been called more than once without closing.',
      'INFO close ERR_SERVER_NOT_RUNNING Server is not running.',
    ]);
  });

  it('refuses https.createServer: TLS ends at the front end, which forwards plain HTTP', async () => {
    const web = new WebHarness();
    web.start(`
      try { require('node:https').createServer({ key: 'k', cert: 'c' }, () => {}); }
      catch (e) { console.log(e.code + ' ' + e.message); }
    `);
    await web.exited();
    expect(web.lines).toEqual([
      'INFO ERR_FEATURE_UNAVAILABLE_ON_PLATFORM The feature https.createServer is unavailable on the current platform, which is being used to run Node.js (TLS ends at the HTTPS front end (the Web Function endpoint or the load balancer), which forwards plain HTTP to the program: listen with http.createServer)',
    ]);
  });
});
