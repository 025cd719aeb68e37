// The HTML bodies an Application Load Balancer answers with itself (docs/fargate.md#alb-error-pages).

export type ElbErrorStatus = 502 | 503 | 504;

const REASONS: Record<ElbErrorStatus, string> = {
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/**
 * CRLF after every line, as observed from `Server: awselb/2.0`: the 502 page is 122 bytes and the
 * 503 page 162, the Content-Length public captures show.
 */
export function elbErrorPage(status: ElbErrorStatus): string {
  const title = `${status} ${REASONS[status]}`;
  return (
    [
      '<html>',
      `<head><title>${title}</title></head>`,
      '<body>',
      `<center><h1>${title}</h1></center>`,
      '</body>',
      '</html>',
    ].join('\r\n') + '\r\n'
  );
}

export function elbErrorHeaders(status: ElbErrorStatus): ReadonlyMap<string, string> {
  return new Map([
    ['server', 'awselb/2.0'],
    ['content-type', 'text/html'],
    ['content-length', String(elbErrorPage(status).length)],
  ]);
}
