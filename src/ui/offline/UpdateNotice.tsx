// A quiet line when a new deployment of the app is ready: the learner reloads when it suits them
// (never in the middle of a lesson). Registers the service worker once esbuild has loaded.
import { useEffect, useSyncExternalStore } from 'react';
import { useOffline } from '../hooks/use-stores';
import { bundlerStatus, subscribeBundlerStatus } from '../../store';
import { dismissUpdate, registerServiceWorker, reloadIntoNewVersion } from './service-worker';
import './update-notice.css';

export function UpdateNotice() {
  const bundlerState = useSyncExternalStore(subscribeBundlerStatus, () => bundlerStatus().state);
  const waiting = useOffline((s) => s.updateWaiting);
  useEffect(() => {
    if (bundlerState === 'ready' || bundlerState === 'failed') registerServiceWorker();
  }, [bundlerState]);
  if (!waiting) return null;
  return (
    <div className="update-notice" role="status">
      New version of the playground
      <button type="button" onClick={reloadIntoNewVersion}>
        Reload
      </button>
      <button type="button" onClick={dismissUpdate}>
        Later
      </button>
    </div>
  );
}
