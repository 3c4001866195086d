// The report targets against local fakes of the Feishu open platform and the Telegram Bot API
// (127.0.0.1 only): Feishu gets the image uploaded, then a card showing it by its image_key; Telegram
// gets the photo with the caption, then the details.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feishuClient, FeishuTarget } from '../../jobs/targets/feishu-target.js';
import type { ReportMessage } from '../../jobs/targets/report-target.js';
import { TelegramTarget } from '../../jobs/targets/telegram-target.js';

interface Seen {
  method: string;
  path: string;
  type: string;
  auth: string;
  body: Buffer;
}

const seen: Seen[] = [];
let server: Server;
let base = '';
let failMessages = false;

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const data = await body(req);
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ method: req.method ?? '', path: url.pathname + url.search, type: String(req.headers['content-type'] ?? ''), auth: String(req.headers.authorization ?? ''), body: data });
    const json = (status: number, value: unknown) => {
      const text = JSON.stringify(value);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') return json(200, { code: 0, msg: 'ok', tenant_access_token: 't-fake', expire: 7200 });
    if (url.pathname === '/open-apis/im/v1/images') return json(200, { code: 0, msg: 'ok', data: { image_key: 'img_v3_fake' } });
    if (url.pathname === '/open-apis/im/v1/messages') return failMessages ? json(200, { code: 230002, msg: 'bot not in chat' }) : json(200, { code: 0, msg: 'ok', data: { message_id: 'om_1' } });
    const tg = /^\/botTOKEN\/(\w+)$/u.exec(url.pathname);
    if (tg) return json(200, { ok: true, result: { message_id: seen.length, date: 0, chat: { id: 42, type: 'group' } } });
    json(404, { ok: false });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('fake chart')]);
const message: ReportMessage = {
  title: '日报',
  image: png,
  feishuCard: (imageKey) => ({ header: { title: { tag: 'plain_text', content: '日报' } }, elements: [{ tag: 'img', img_key: imageKey }] }),
  telegram: { caption: '<b>日报</b> 会话 12', messages: ['明细 & 更多'] },
};

describe('report targets', () => {
  it('Feishu: uploads the image, then posts a card showing it to the chat', async () => {
    seen.length = 0;
    const client = feishuClient({ appId: `cli_targets_${Date.now()}`, appSecret: 'secret', domain: base });
    await new FeishuTarget(client, 'oc_managers').send(message);
    const upload = seen.find((s) => s.path === '/open-apis/im/v1/images')!;
    expect(upload.type).toMatch(/^multipart\/form-data/u);
    expect(upload.auth).toBe('Bearer t-fake');
    expect(upload.body.includes(png)).toBe(true);
    expect(upload.body.toString()).toContain('name="image_type"');
    const post = seen.find((s) => s.path.startsWith('/open-apis/im/v1/messages'))!;
    expect(post.path).toContain('receive_id_type=chat_id');
    const sent = JSON.parse(post.body.toString()) as { receive_id: string; msg_type: string; content: string };
    expect(sent).toMatchObject({ receive_id: 'oc_managers', msg_type: 'interactive' });
    expect(JSON.parse(sent.content)).toMatchObject({ elements: [{ tag: 'img', img_key: 'img_v3_fake' }] });
  });

  it('Feishu: an error code from the platform fails the delivery', async () => {
    failMessages = true;
    try {
      const client = feishuClient({ appId: `cli_targets_fail_${Date.now()}`, appSecret: 'secret', domain: base });
      await expect(new FeishuTarget(client, 'oc_x').send({ ...message, image: undefined })).rejects.toThrow(/230002/u);
    } finally {
      failMessages = false;
    }
  });

  it('Telegram: the chart as a photo with the caption, then the details', async () => {
    seen.length = 0;
    await new TelegramTarget({ token: 'TOKEN', apiRoot: base, chatId: '-10042' }).send(message);
    expect(seen.map((s) => s.path)).toEqual(['/botTOKEN/sendPhoto', '/botTOKEN/sendMessage']);
    const photo = seen[0]!;
    expect(photo.type).toMatch(/^multipart\/form-data/u);
    expect(photo.body.includes(png)).toBe(true);
    const form = photo.body.toString();
    expect(form).toContain('-10042');
    expect(form).toContain('<b>日报</b> 会话 12');
    expect(form).toContain('HTML');
    expect(JSON.parse(seen[1]!.body.toString())).toMatchObject({ chat_id: '-10042', text: '明细 & 更多', parse_mode: 'HTML' });
  });
});
