// A local stand-in for an OpenAI-compatible server (OpenAI, DeepSeek, Qwen, a local model server): a
// node:http server on 127.0.0.1 with a random port. Each test programs what it answers — a completion, a
// slow answer, 429, 500, malformed JSON, empty content — and reads back the request bodies it received,
// to prove what did (and did not) leave the process.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  path: string;
  headers: IncomingMessage['headers'];
  /** The raw body, exactly as it went over the wire. */
  raw: string;
  /** The parsed JSON body (undefined if it was not JSON). */
  body: FakeChatBody | undefined;
}

export interface FakeChatBody {
  model?: string;
  messages?: { role: string; content: string }[];
  [key: string]: unknown;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A JSON value, or a string sent as is (malformed JSON, plain text). */
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Send the headers, then never the body (a server that stalls mid-answer). */
  stallBody?: boolean;
}

/** Decides the answer to one request; called in order, with how many requests came before it. */
export type FakeHandler = (request: FakeRequest, index: number) => FakeResponse | Promise<FakeResponse>;

/** A chat completion whose message content is `content` (a string, or an object sent as JSON text). */
export function completion(content: unknown, usage: { prompt_tokens: number; completion_tokens: number } = { prompt_tokens: 100, completion_tokens: 20 }): FakeResponse {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return {
    body: {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'fake-model',
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    },
  };
}

/** An embeddings answer: one vector per input, in order. */
export function embeddings(vectors: number[][], promptTokens = 10): FakeResponse {
  return {
    body: {
      object: 'list',
      model: 'fake-embedding',
      data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
      usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
    },
  };
}

export class FakeOpenAI {
  readonly requests: FakeRequest[] = [];
  private handler: FakeHandler = () => completion('好的');
  private readonly sockets = new Set<import('node:net').Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(private readonly server: Server) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<FakeOpenAI> {
    let fake: FakeOpenAI | undefined;
    const server = createServer((req, res) => void fake!.handle(req, res));
    fake = new FakeOpenAI(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The base URL to give the client, ending in /v1. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1`;
  }

  /** Answers every following request with this handler. */
  respond(handler: FakeHandler | FakeResponse): this {
    this.handler = typeof handler === 'function' ? handler : () => handler;
    return this;
  }

  /** Answers the next requests with these, in order; after them, the last one repeats. */
  sequence(...responses: FakeResponse[]): this {
    const start = this.requests.length;
    this.handler = (_req, index) => responses[Math.min(index - start, responses.length - 1)]!;
    return this;
  }

  /** The chat requests received so far (their parsed bodies). */
  chatBodies(): FakeChatBody[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions')).map((r) => r.body ?? {});
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: FakeChatBody | undefined;
    try {
      body = JSON.parse(raw) as FakeChatBody;
    } catch {
      body = undefined;
    }
    const request: FakeRequest = { path: req.url ?? '', headers: req.headers, raw, body };
    const index = this.requests.length;
    this.requests.push(request);
    let response: FakeResponse;
    if (req.method !== 'POST' || !/\/v1\/(chat\/completions|embeddings)$/u.test(request.path)) {
      response = { status: 404, body: { error: { message: 'not found', type: 'invalid_request_error' } } };
    } else {
      response = await this.handler(request, index);
    }
    if (response.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resolve();
        }, response.delayMs);
        this.timers.add(timer);
      });
    }
    if (res.destroyed) return;
    const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? {});
    res.writeHead(response.status ?? 200, { 'content-type': 'application/json', ...response.headers });
    if (response.stallBody) {
      res.write(text.slice(0, 5)); // a start, then silence
      return;
    }
    res.end(text);
  }
}
