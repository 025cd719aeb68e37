// Node's `worker_threads` as far as it is true here: the handler runs on the main thread, and
// starting a thread fails with a message naming why.

class Worker {
  constructor() {
    throw new Error(
      'worker_threads.Worker is not available in the playground: each execution environment is one browser worker running a single Node.js thread, which cannot start more threads. On Lambda, a Worker would share the function’s vCPUs (os.cpus()).',
    );
  }
}

export const workerThreadsModule = {
  isMainThread: true,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV: Symbol('nodejs.worker_threads.SHARE_ENV'),
  Worker,
};
