// Real bot processes and a redis-server of the test's own, for the fault and scale-out tests: started
// on loopback only, watched through their JSON log lines, stopped (or killed) by the test. Every wait
// has a limit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LIMIT_MS = 30_000;

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function until(probe: () => boolean | Promise<boolean>, what: string, limitMs = LIMIT_MS): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

/**
 * A redis-server of the test's own on a free loopback port, with an append-only file (fsync always) in a
 * temporary folder, as a production Redis keeps its data: it can be stopped and started again.
 */
export class OwnRedis {
  private process: ChildProcess | undefined;
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-redis-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'], { stdio: 'ignore' });
    await until(() => this.ping(), `redis-server on ${this.port}`);
  }

  /** Stops the server (SIGTERM: it finishes writing its file), as a restart does. */
  async stop(): Promise<void> {
    const p = this.process;
    this.process = undefined;
    if (!p || p.exitCode !== null) return;
    p.kill('SIGTERM');
    await new Promise((resolve) => p.once('exit', resolve));
    await until(async () => !(await this.ping()), 'redis-server to stop');
  }

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private ping(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = net.connect(this.port, '127.0.0.1');
      socket.once('error', () => resolve(false));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.write('PING\r\n');
    });
  }
}

/** `node bots/xiaoer.mjs <command>` with the given environment (nothing from .env that it does not set). */
export class BotProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(
    command: string[],
    env: Record<string, string>,
    readonly name = command[0] ?? 'bot',
  ) {
    this.child = spawn(process.execPath, [path.resolve('bots/xiaoer.mjs'), ...command], {
      cwd: path.resolve('.'),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', CONSOLE: 'false', SHOP_CONNECTOR: 'none', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = partial + chunk.toString();
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      this.lines.push(...parts.filter(Boolean));
    };
    this.child.stdout!.on('data', take);
    this.child.stderr!.on('data', take);
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves with the first log line containing `text` (from `from` on). */
  async waitForLog(text: string, limitMs = LIMIT_MS, from = 0): Promise<string> {
    let found: string | undefined;
    let dead = false;
    void this.exited.then(() => (dead = true));
    await until(() => {
      found = this.lines.slice(from).find((l) => l.includes(text));
      if (!found && dead) throw new Error(`${this.name} exited before logging "${text}":\n${this.lines.slice(-20).join('\n')}`);
      return Boolean(found);
    }, `${this.name} to log "${text}"\n${this.lines.slice(-10).join('\n')}`, limitMs);
    return found!;
  }

  /** kill -9: no shutdown, no flush, nothing. */
  async kill9(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, and the exit (killed after the limit). */
  async stop(limitMs = LIMIT_MS): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode) return this.child.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), limitMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  /** Log lines at level error (50) or fatal (60). */
  errors(): string[] {
    return this.lines.filter((l) => /"level":(50|60)/u.test(l));
  }
}
