// What deploying and calling a web app share, however it runs (an ECS service, web-apps.ts; a
// Lambda Web Function, web-function-apps.ts): its program built with the functions' bundler, and
// the HTTP tab's request in the form the engine's HTTP endpoints take.
import { bundler, isSuperseded } from '../../bundler';
import type { CodeBundle, HttpRequestSpec } from '../../engine';
import type { HttpRequestSpec as ClientRequest } from '../../triggers';
import type { ServiceDraft } from '../../workspace/model';
import { SERVICE_BUILD_HANDLER } from '../../workspace/service-drafts';
import { setBuild } from './control-store';

/** The program's build, recorded for the editor's Problems as a function's is. */
export async function buildProgram(app: ServiceDraft): Promise<CodeBundle | 'superseded' | null> {
  setBuild(app.id, { status: 'building' });
  const request = {
    functionId: app.id,
    files: app.files,
    handler: SERVICE_BUILD_HANDLER,
    runtime: 'nodejs22.x' as const,
  };
  const outcome = await bundler.build(request);
  if (isSuperseded(outcome)) return 'superseded';
  const diagnostics = outcome.ok ? outcome.warnings : [...outcome.errors, ...outcome.warnings];
  setBuild(app.id, { status: outcome.ok ? 'ok' : 'failed', diagnostics });
  return outcome.ok ? outcome.bundle : null;
}

/** The HTTP tab's request as a client sends it over the wire: header names lower-cased. */
export function wireRequestOf(request: ClientRequest): HttpRequestSpec {
  const query = request.query ? `?${request.query}` : '';
  const headers = new Map<string, string>();
  for (const [name, value] of request.headers) headers.set(name.toLowerCase(), value);
  if (request.cookies.length > 0) headers.set('cookie', request.cookies.join('; '));
  const body = request.body
    ? request.body.isBase64Encoded
      ? atob(request.body.text)
      : request.body.text
    : '';
  return { method: request.method, path: `${request.path}${query}`, headers, body };
}
