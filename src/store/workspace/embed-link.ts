// The link an embedded playground opens the full app with: the open workspace as it is now (the
// learner's edits in the embed included), in a share link's fragment.
import { shareUrl } from '../../share';
import { controlStore } from '../platform/control-store';
import { scenarioOf } from '../../workspace/share-link';
import { currentWorkspace } from './library-state';

export function fullAppLink(appUrl: string): string {
  return shareUrl(appUrl, scenarioOf(currentWorkspace(), controlStore.getState().speed));
}
