// What the figures were measured on, printed with the table: they mean little without it.
import { cpus, release, totalmem, type as osType } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  /** The 1-minute load average when the run began: above ~0.5, something else was competing. */
  loadAverage: number;
}

/** `loadAverage`: os.loadavg()[0] as read when the run began. */
export function describeMachine(chromiumVersion: string, loadAverage: number): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: Number(loadAverage.toFixed(2)),
  };
}

export function machineLine(machine: Machine): string {
  const { cpu, cores, memoryGB, os, node, chromium, loadAverage } = machine;
  const system = `${cpu}, ${cores} cores, ${memoryGB} GB · ${os}`;
  return `${system} · Node ${node} · Chromium ${chromium} (headless) · load ${loadAverage} at start`;
}
