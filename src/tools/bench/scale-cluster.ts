import { setTimeout as delay } from 'node:timers/promises';
import { botEnvironment, botUrl, startBotProcess } from '../dev/bot-process';
import { freePort } from '../dev/free-port';
import type { ManagedChild } from '../dev/managed-child';

/** The one PIM administrator of the cluster's bots (any GUID: the cluster is driven by Graph rises, not chat). */
const CLUSTER_ADMIN_ID = '00000000-0000-4000-8000-0000000000a1';

export interface ScaleClusterOptions {
  /** The compiled entry point, `dist/src/index.js`. */
  readonly script: string;
  readonly cwd: string;
  readonly instances: number;
  readonly graphBaseUrl: string;
  /** Azure Storage (Azurite) connection string; the table and the lease container are the cluster's own. */
  readonly connectionString: string;
  readonly tableName: string;
  readonly leaseContainer: string;
  readonly dataDir: string;
  readonly pollIntervalSeconds: number;
  /** More variables for every instance (e.g. SEND_RATE_PER_TENANT). */
  readonly env?: NodeJS.ProcessEnv;
  readonly onLine: (instanceId: string, line: string) => void;
}

/** One bot process of the cluster; `paused` while it is SIGSTOPped. */
export interface ClusterMember {
  readonly id: string;
  readonly url: string;
  readonly env: NodeJS.ProcessEnv;
  child: ManagedChild;
  paused: boolean;
}

/**
 * Several real bot processes (`node dist/src/index.js`) on one Azure Table + Blob lease, as App Service
 * scale-out runs them, each on a free loopback port; members can be killed, paused and restarted.
 */
export class ScaleCluster {
  private constructor(
    readonly members: readonly ClusterMember[],
    private readonly options: ScaleClusterOptions,
  ) {}

  static async start(options: ScaleClusterOptions): Promise<ScaleCluster> {
    const members: ClusterMember[] = [];
    const cluster = new ScaleCluster(members, options);
    try {
      for (let index = 1; index <= options.instances; index += 1) members.push(await cluster.launch(`bot-${index}`));
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  /** The one member whose /healthz says it leads, among those running and not paused (not `except`). */
  async leader(timeoutMs: number, except?: ClusterMember): Promise<ClusterMember> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const candidates = this.members.filter((member) => member !== except && member.child.running && !member.paused);
      const leading = (await Promise.all(candidates.map(async (member) => ((await isLeader(member)) ? member : undefined)))).filter((member) => member);
      if (leading.length === 1 && leading[0]) return leading[0];
      await delay(200);
    }
    throw new Error(`no single leader within ${timeoutMs} ms`);
  }

  async kill(member: ClusterMember): Promise<void> {
    await member.child.stop(0, 'SIGKILL');
  }

  pause(member: ClusterMember): void {
    process.kill(member.child.pid ?? 0, 'SIGSTOP');
    member.paused = true;
  }

  resume(member: ClusterMember): void {
    process.kill(member.child.pid ?? 0, 'SIGCONT');
    member.paused = false;
  }

  /** Starts the member's process again (same instance id and port) after it was killed. */
  async restart(member: ClusterMember): Promise<void> {
    member.child = await this.spawn(member.id, member.env);
  }

  async stop(): Promise<void> {
    for (const member of this.members) if (member.paused) this.resume(member);
    await Promise.all(this.members.map((member) => member.child.stop(5000)));
  }

  private async launch(id: string): Promise<ClusterMember> {
    const { options } = this;
    const port = await freePort();
    const env = botEnvironment(
      { graphBaseUrl: options.graphBaseUrl, port, dataDir: options.dataDir, adminIds: [CLUSTER_ADMIN_ID], pollIntervalSeconds: options.pollIntervalSeconds },
      process.env,
      {
        ...options.env, INSTANCE_ID: id, PORT: String(port), HOST: '127.0.0.1', MicrosoftAppId: '', GRAPH_BASE_URL: options.graphBaseUrl,
        STORAGE_BACKEND: 'table', AZURE_STORAGE_CONNECTION_STRING: options.connectionString,
        STORAGE_TABLE_NAME: options.tableName, STORAGE_LEASE_CONTAINER: options.leaseContainer,
      },
    );
    return { id, url: botUrl(env), env, child: await this.spawn(id, env), paused: false };
  }

  private spawn(id: string, env: NodeJS.ProcessEnv): Promise<ManagedChild> {
    return startBotProcess({ script: this.options.script, cwd: this.options.cwd, env, onLine: (line) => this.options.onLine(id, line) });
  }
}

async function isLeader(member: ClusterMember): Promise<boolean> {
  try {
    const response = await fetch(`${member.url}/healthz`, { signal: AbortSignal.timeout(1000) });
    return response.ok && ((await response.json()) as { leader?: boolean }).leader === true;
  } catch {
    return false; // not answering (starting, killed or paused)
  }
}
