// A Vite plugin: who may show the app in a frame. Only the embed's page (embed.html: index.html
// under another name, which src/ui/layout/view-mode.ts shows as the embed) may be framed by any
// site; every other response says `frame-ancestors 'self'`, which browsers enforce before the page
// runs. A header cannot depend on the query string on most hosts, so the embed has a path. The dev server and `vite preview` send it, and the build writes it into a
// `_headers` file for hosts that read one; other hosts are configured by hand (README, "Deploy").
// Where a host sends no header at all, the app's own guard still refuses to show the workspace in
// another site's frame (src/ui/layout/framing.ts).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

export const EMBED_PAGE = 'embed.html';
export const FRAME_POLICY = { 'Content-Security-Policy': "frame-ancestors 'self'" } as const;

/** Whether a request's path is the embed's page, the one response another site may frame. */
export function isEmbedPage(url: string): boolean {
  const pathname = new URL(url, 'http://localhost').pathname;
  return pathname.endsWith(`/${EMBED_PAGE}`);
}

type Response = Pick<ServerResponse, 'setHeader'>;

function sendFramePolicy(
  request: Pick<IncomingMessage, 'url'>,
  response: Response,
  next: () => void,
) {
  if (!isEmbedPage(request.url ?? '/')) {
    for (const [name, value] of Object.entries(FRAME_POLICY)) response.setHeader(name, value);
  }
  next();
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages: the policy on the app's page, by both of its
 * addresses. The paths are from the site's root, so it applies to a deployment there.
 */
export function headersFile(): string {
  const policy = Object.entries(FRAME_POLICY).map(([name, value]) => `  ${name}: ${value}`);
  return ['/', ...policy, '/index.html', ...policy, ''].join('\n');
}

/** The app's page as the embed's: the same document, titled for a frame in someone's page. */
export function embedPageOf(appPage: string): string {
  return appPage.replace(/<title>([^<]*)<\/title>/, '<title>$1 (embedded)</title>');
}

function textOf(asset: Rolldown.OutputAsset): string {
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}

export function framePolicy(): Plugin {
  return {
    name: 'frame-policy',
    // Added before Vite's own middlewares (and precompress.ts's), which answer without going on.
    configureServer(server) {
      server.middlewares.use(sendFramePolicy);
      server.middlewares.use((request, response, next) => {
        if (!isEmbedPage(request.url ?? '/')) return next();
        const page = readFileSync(resolve(server.config.root, 'index.html'), 'utf8');
        server.transformIndexHtml(request.url ?? '/', embedPageOf(page)).then((html) => {
          response.setHeader('Content-Type', 'text/html');
          response.end(html);
        }, next);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendFramePolicy);
    },
    // After Vite has written index.html: the embed is a copy, so one entry's chunks serve both.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const appPage = bundle['index.html'];
        if (appPage?.type !== 'asset') return;
        this.emitFile({
          type: 'asset',
          fileName: EMBED_PAGE,
          source: embedPageOf(textOf(appPage)),
        });
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
      },
    },
  };
}
