// Node's `os` as a Lambda function sees it: Linux on the function's architecture, /tmp as the
// temporary directory, and as many CPUs as Lambda gives the memory size
// (docs/aws-lambda.md#tmp-and-vartask).
import type { Architecture, FunctionConfig } from '../../../engine/types';

const MIB = 1024 * 1024;

/**
 * The vCPU count Linux reports at each memory size, as measured on Lambda: 2 up to 3,008 MB, then
 * one more at each further 1,769 MB (one vCPU's worth), 6 from 8,846 MB.
 */
export function vcpusFor(memoryMB: number): number {
  if (memoryMB <= 3008) return 2;
  if (memoryMB <= 5307) return 3;
  if (memoryMB <= 7076) return 4;
  if (memoryMB <= 8845) return 5;
  return 6;
}

const MACHINE: Record<Architecture, { arch: string; machine: string; model: string }> = {
  x86_64: { arch: 'x64', machine: 'x86_64', model: 'Intel(R) Xeon(R) Processor @ 2.50GHz' },
  arm64: { arch: 'arm64', machine: 'aarch64', model: '' },
};

export interface OsHost {
  config: Pick<FunctionConfig, 'memoryMB' | 'architecture'>;
  /** performance.now() when the environment started, and now. */
  startedAt: number;
  now(): number;
}

export function createOsModule(host: OsHost) {
  const machine = MACHINE[host.config.architecture];
  const totalmem = host.config.memoryMB * MIB;
  const cpu = () => ({
    model: machine.model,
    speed: machine.model === '' ? 0 : 2500,
    times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 },
  });
  return {
    EOL: '\n',
    devNull: '/dev/null',
    platform: () => 'linux',
    type: () => 'Linux',
    arch: () => machine.arch,
    machine: () => machine.machine,
    /** A representative Lambda (Firecracker, Amazon Linux) kernel; the exact build varies. */
    release: () => `5.10.240-252.946.amzn2.${machine.machine}`,
    version: () => '#1 SMP',
    /** Lambda's hostnames are link-local addresses; this one is representative. */
    hostname: () => '169.254.42.17',
    /** The sandbox user's home, read-only like everything outside /tmp. */
    homedir: () => '/home/sbx_user1051',
    tmpdir: () => '/tmp',
    endianness: () => 'LE',
    cpus: () => Array.from({ length: vcpusFor(host.config.memoryMB) }, cpu),
    availableParallelism: () => vcpusFor(host.config.memoryMB),
    totalmem: () => totalmem,
    /** A browser worker cannot measure its memory; nothing is reported as used. */
    freemem: () => totalmem,
    uptime: () => Math.floor((host.now() - host.startedAt) / 1000),
    loadavg: () => [0, 0, 0],
    networkInterfaces: () => ({}),
    constants: { signals: {}, errno: {} },
  };
}
