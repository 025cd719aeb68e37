// Node's `url`: the WHATWG URL and URLSearchParams (the worker's own, which Node's follow), file
// URL conversions for Linux paths, and the legacy url.parse / url.format / url.resolve for the
// common shapes of URL (url.test.ts compares them with node:url).
import { pathModule } from './path';
import { checkString, invalidArgType } from './node-errors';
import { querystringModule } from './querystring';

function nodeTypeError(code: string, message: string): TypeError {
  const error = Object.assign(new TypeError(message), { code });
  error.stack = error.stack?.replace(/^TypeError:/, `TypeError [${code}]:`);
  return error;
}

function fileURLToPath(value: unknown): string {
  let url: URL;
  if (typeof value === 'string') url = new URL(value);
  else if (value instanceof URL) url = value;
  else throw invalidArgType('path', 'of type string or an instance of URL', value);
  if (url.protocol !== 'file:') {
    throw nodeTypeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (url.hostname !== '') {
    throw nodeTypeError(
      'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on linux',
    );
  }
  if (/%2f/i.test(url.pathname)) {
    throw nodeTypeError(
      'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded / characters',
    );
  }
  return decodeURIComponent(url.pathname);
}

function pathToFileURL(path: unknown): URL {
  checkString(path, 'path');
  let resolved = pathModule.resolve(path);
  if (path.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  // What URL's pathname setter would leave alone but a path must not carry literally.
  const escaped = resolved
    .replace(/%/g, '%25')
    .replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/\t/g, '%09')
    .replace(/\?/g, '%3F')
    .replace(/#/g, '%23');
  const url = new URL('file://');
  url.pathname = escaped;
  return url;
}

/** The fields of a legacy Url, null where the URL has no such part. */
class Url {
  protocol: string | null = null;
  slashes: boolean | null = null;
  auth: string | null = null;
  host: string | null = null;
  port: string | null = null;
  hostname: string | null = null;
  hash: string | null = null;
  search: string | null = null;
  query: string | Record<string, string | string[]> | null = null;
  pathname: string | null = null;
  path: string | null = null;
  href: string | null = null;
}

/** Protocols whose URLs always have `//` and a host, and those that never have a host. */
const SLASHED = new Set(['http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws:', 'wss:']);
const HOSTLESS = new Set(['javascript:', 'javascript']);
/** Characters the legacy parser percent-encodes in the path, query and hash. */
const AUTO_ESCAPE = /['{}|\\^`<>" \r\n\t]/g;

function parse(input: unknown, parseQueryString = false, slashesDenoteHost = false): Url {
  if (input instanceof Url) return input;
  checkString(input, 'url');
  const url = new Url();
  let rest = input.trim();
  // Backslashes before the query become slashes, as browsers treat them.
  const queryAt = rest.search(/[?#]/);
  const head = queryAt === -1 ? rest : rest.slice(0, queryAt);
  rest = head.replace(/\\/g, '/') + (queryAt === -1 ? '' : rest.slice(queryAt));

  const protocol = /^[a-z0-9.+-]+:/i.exec(rest)?.[0];
  if (protocol) {
    url.protocol = protocol.toLowerCase();
    rest = rest.slice(protocol.length);
  }
  if (slashesDenoteHost || protocol || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    const slashes = rest.startsWith('//');
    if (slashes && !(url.protocol && HOSTLESS.has(url.protocol))) {
      rest = rest.slice(2);
      url.slashes = true;
    }
  }
  const hostless = url.protocol !== null && HOSTLESS.has(url.protocol);
  if (!hostless && (url.slashes || (url.protocol && !SLASHED.has(url.protocol)))) {
    let hostEnd = rest.search(/[/?#]/);
    if (hostEnd === -1) hostEnd = rest.length;
    const at = rest.lastIndexOf('@', hostEnd);
    if (at !== -1) {
      url.auth = decodeURIComponent(rest.slice(0, at));
      rest = rest.slice(at + 1);
      hostEnd -= at + 1;
    }
    let host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    const port = /:[0-9]*$/.exec(host);
    if (port) {
      if (port[0] !== ':') url.port = port[0].slice(1);
      host = host.slice(0, host.length - port[0].length);
    }
    url.hostname = host.toLowerCase();
    if (url.hostname.startsWith('[') && url.hostname.endsWith(']')) {
      url.hostname = url.hostname.slice(1, -1);
    }
    const shownHost = host.startsWith('[') ? `[${url.hostname}]` : url.hostname;
    url.host = shownHost + (url.port !== null ? `:${url.port}` : '');
  }

  rest = rest.replace(AUTO_ESCAPE, (char) => encodeURIComponent(char).replace(/'/g, '%27'));
  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) {
    url.hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const searchAt = rest.indexOf('?');
  if (searchAt !== -1) {
    url.search = rest.slice(searchAt);
    url.query = url.search.slice(1);
    rest = rest.slice(0, searchAt);
  } else if (parseQueryString) {
    url.query = Object.create(null) as Record<string, string>;
  }
  if (parseQueryString && typeof url.query === 'string') {
    url.query = querystringModule.parse(url.query);
  }
  if (rest !== '') url.pathname = rest;
  if (url.protocol && SLASHED.has(url.protocol) && url.hostname && !url.pathname) {
    url.pathname = '/';
  }
  if (url.pathname !== null || url.search !== null) {
    url.path = (url.pathname ?? '') + (url.search ?? '');
  }
  url.href = format(url);
  return url;
}

interface UrlParts {
  protocol?: string | null;
  slashes?: boolean | null;
  auth?: string | null;
  host?: string | null;
  hostname?: string | null;
  port?: string | number | null;
  pathname?: string | null;
  search?: string | null;
  query?: string | object | null;
  hash?: string | null;
}

function format(value: unknown): string {
  if (typeof value === 'string') return format(parse(value));
  if (value instanceof URL) return value.href;
  if (value === null || typeof value !== 'object') {
    throw invalidArgType('urlObject', 'of type object', value);
  }
  const parts = value as UrlParts;
  const auth = parts.auth ? `${encodeURIComponent(parts.auth).replace(/%3A/i, ':')}@` : '';
  let protocol = parts.protocol ?? '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  let host = '';
  if (parts.host) host = auth + parts.host;
  else if (parts.hostname) {
    const name = parts.hostname.includes(':') ? `[${parts.hostname}]` : parts.hostname;
    host = auth + name + (parts.port ? `:${parts.port}` : '');
  }
  let pathname = parts.pathname ?? '';
  let search = parts.search ?? '';
  if (!search && parts.query && typeof parts.query === 'object') {
    const query = querystringModule.stringify(parts.query);
    if (query) search = `?${query}`;
  }
  let hash = parts.hash ?? '';
  if (parts.slashes || ((!protocol || SLASHED.has(protocol)) && host !== '')) {
    host = `//${host}`;
    if (pathname && !pathname.startsWith('/')) pathname = `/${pathname}`;
  }
  if (hash && !hash.startsWith('#')) hash = `#${hash}`;
  if (search && !search.startsWith('?')) search = `?${search}`;
  pathname = pathname.replace(/[?#]/g, encodeURIComponent);
  search = search.replace(/#/g, '%23');
  return protocol + host + pathname + search + hash;
}

/**
 * Resolves `to` against `from` as a browser resolves a link. A base without a scheme resolves as
 * a path and stays one (relative stays relative, as Node's legacy resolver keeps it).
 */
function resolve(from: unknown, to: unknown): string {
  checkString(from, 'from');
  checkString(to, 'to');
  const relativeBase = !/^[a-z][a-z0-9.+-]*:/i.test(from) && !from.startsWith('/');
  const base = new URL(relativeBase ? `/${from}` : from, 'resolve://');
  const resolved = new URL(to, base);
  if (resolved.protocol !== 'resolve:') return resolved.toString();
  const { pathname, search, hash } = resolved;
  const path = pathname + search + hash;
  return relativeBase && !to.startsWith('/') ? path.slice(1) : path;
}

function urlToHttpOptions(url: URL) {
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname}${url.search}`,
    href: url.href,
    ...(url.port !== '' && { port: Number(url.port) }),
    ...((url.username || url.password) && {
      auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`,
    }),
  };
}

export const urlModule = {
  URL,
  URLSearchParams,
  Url,
  parse,
  format,
  resolve,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII: (domain: string) => {
    try {
      return new URL(`http://${domain}`).hostname;
    } catch {
      return '';
    }
  },
};
