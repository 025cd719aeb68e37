// A worker that inflates and reads one share link or SAM zip, so a hostile one costs this thread's
// time and memory, never the page's: the page stays responsive and ends the worker after one answer.
import { unpack } from './unpack';
import type { UnpackReply, UnpackRequest } from './unpack-protocol';

interface UnpackScope {
  postMessage(message: UnpackReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<UnpackRequest>) => void): void;
}

const scope = self as unknown as UnpackScope;

scope.addEventListener('message', ({ data }) => scope.postMessage(unpack(data)));
