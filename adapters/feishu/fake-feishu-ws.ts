// Feishu's long connection, played locally for the fake: a minimal WebSocket server (RFC 6455, binary
// frames, no extensions) speaking the SDK's pbbp2.Frame protobuf. Enough for the SDK's WSClient to
// connect, ping, receive events and answer them.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export interface Frame {
  SeqID: number;
  LogID: number;
  service: number;
  method: number; // 0 control (ping/pong), 1 data (events)
  headers: { key: string; value: string }[];
  payload?: Buffer;
}

// --- protobuf, just the wire types Frame uses ------------------------------------------------------------

function varint(n: number): Buffer {
  const bytes: number[] = [];
  let v = n;
  while (v > 127) {
    bytes.push((v % 128) | 128);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

const key = (field: number, wire: number) => varint(field * 8 + wire);
const lengthDelimited = (field: number, data: Buffer) => Buffer.concat([key(field, 2), varint(data.length), data]);

export function encodeFrame(frame: Frame): Buffer {
  const parts = [key(1, 0), varint(frame.SeqID), key(2, 0), varint(frame.LogID), key(3, 0), varint(frame.service), key(4, 0), varint(frame.method)];
  for (const h of frame.headers) parts.push(lengthDelimited(5, Buffer.concat([lengthDelimited(1, Buffer.from(h.key)), lengthDelimited(2, Buffer.from(h.value))])));
  if (frame.payload) parts.push(lengthDelimited(8, frame.payload));
  return Buffer.concat(parts);
}

function readFields(buffer: Buffer): { field: number; value: number | Buffer }[] {
  const fields: { field: number; value: number | Buffer }[] = [];
  let i = 0;
  const readVarint = () => {
    let result = 0;
    let factor = 1;
    for (;;) {
      const byte = buffer[i++]!;
      result += (byte & 127) * factor;
      if (byte < 128) return result;
      factor *= 128;
    }
  };
  while (i < buffer.length) {
    const tag = readVarint();
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (wire === 0) fields.push({ field, value: readVarint() });
    else if (wire === 2) {
      const length = readVarint();
      fields.push({ field, value: buffer.subarray(i, i + length) });
      i += length;
    } else throw new Error(`fake feishu ws: unexpected wire type ${wire}`);
  }
  return fields;
}

export function decodeFrame(buffer: Buffer): Frame {
  const frame: Frame = { SeqID: 0, LogID: 0, service: 0, method: 0, headers: [] };
  for (const { field, value } of readFields(buffer)) {
    if (field === 1) frame.SeqID = value as number;
    else if (field === 2) frame.LogID = value as number;
    else if (field === 3) frame.service = value as number;
    else if (field === 4) frame.method = value as number;
    else if (field === 5) {
      const h = readFields(value as Buffer);
      frame.headers.push({ key: String(h.find((f) => f.field === 1)?.value ?? ''), value: String(h.find((f) => f.field === 2)?.value ?? '') });
    } else if (field === 8) frame.payload = Buffer.from(value as Buffer);
  }
  return frame;
}

// --- WebSocket ------------------------------------------------------------------------------------------

/** One accepted WebSocket connection: binary messages in and out. */
export class FakeSocket {
  private buffer = Buffer.alloc(0);
  closed = false;

  constructor(
    private readonly socket: Duplex,
    private readonly onMessage: (data: Buffer) => void,
  ) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => (this.closed = true));
    socket.on('error', () => (this.closed = true));
  }

  static accept(req: IncomingMessage, socket: Duplex, onMessage: (data: Buffer) => void): FakeSocket {
    const accept = createHash('sha1')
      .update(`${String(req.headers['sec-websocket-key'])}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    return new FakeSocket(socket, onMessage);
  }

  send(data: Buffer, opcode = 2): void {
    if (this.closed) return;
    const length = data.length;
    const header = length < 126 ? Buffer.from([128 | opcode, length]) : length < 65536 ? Buffer.from([128 | opcode, 126, length >> 8, length & 255]) : Buffer.concat([Buffer.from([128 | opcode, 127]), bigLength(length)]);
    this.socket.write(Buffer.concat([header, data]));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.end(Buffer.from([0x88, 0]));
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0]! & 15;
      const masked = (this.buffer[1]! & 128) !== 0;
      let length = this.buffer[1]! & 127;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const maskAt = offset;
      if (masked) offset += 4;
      if (this.buffer.length < offset + length) return;
      const payload = Buffer.from(this.buffer.subarray(offset, offset + length));
      if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= this.buffer[maskAt + (i % 4)]!;
      this.buffer = this.buffer.subarray(offset + length);
      if (opcode === 8) return this.close();
      if (opcode === 9) this.send(payload, 10);
      else if (opcode === 2 || opcode === 1) this.onMessage(payload);
    }
  }
}

function bigLength(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}
