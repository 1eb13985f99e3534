import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildSpec {
  /** Short name used as the log prefix, e.g. `bot`. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Receives every output line of the child (stdout and stderr), without the trailing newline. */
  readonly onLine: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** A child process whose output is read line by line and which can be stopped (SIGTERM, then SIGKILL). */
export class ManagedChild {
  readonly name: string;
  /** Resolves with the exit code (or the signal name) once the child has exited. */
  readonly exited: Promise<number | string>;
  private readonly child: ChildProcess;
  private done = false;

  constructor(spec: ChildSpec) {
    this.name = spec.name;
    this.child = spawn(spec.command, [...spec.args], { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of ['stdout', 'stderr'] as const) {
      const source = this.child[stream];
      if (source) createInterface({ input: source }).on('line', (line) => spec.onLine(line, stream));
    }
    this.exited = new Promise((resolve) => {
      this.child.once('error', (error) => {
        spec.onLine(`could not start: ${error.message}`, 'stderr');
        this.done = true;
        resolve('spawn-error');
      });
      this.child.once('exit', (code, signal) => {
        this.done = true;
        resolve(code ?? signal ?? 'unknown');
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return !this.done;
  }

  /** Sends `signal` (SIGTERM by default); after `graceMs` without exit, SIGKILL. Resolves when it exited. */
  async stop(graceMs = 5000, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.done) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    try {
      await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
