// An offline WeChat for the tests and `xiaoer demo`: real wechaty on wechaty-puppet-mock, a logged-in
// shop account, customers and group chats that say things, and a record of what the bot said to each.
// Mock quirks (see PLATFORM-NOTES): wait for the `login` event, never `wechaty.ready()`; room ids must
// contain "@"; what the bot says arrives as a `message` event on the contact or room it went to, and
// so does what the customer says, hence the filter on the talker.
import { FileBox } from 'file-box';
import { WechatyBuilder, type Wechaty } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';

type ContactMock = mock.ContactMock;
type RoomMock = mock.RoomMock;
type Emitter = { on(event: 'message', listener: (message: mock.MessageMock) => void): void };

export class MockWechat {
  readonly mocker = new mock.Mocker();
  /** Not started: give it to the WechatAdapter, which starts it. */
  readonly wechaty: Wechaty;
  /** The shop's WeChat account the bot runs as. */
  readonly account: ContactMock;
  private readonly said = new Map<string, string[]>();

  constructor(accountName = '山间茶铺') {
    this.wechaty = WechatyBuilder.build({ puppet: new PuppetMock({ mocker: this.mocker }) });
    this.account = this.mocker.createContact({ name: accountName });
  }

  /** Logs the shop account in; the adapter sees wechaty's `login` event. Call after the adapter started. */
  login(): void {
    this.mocker.login(this.account);
  }

  /** A customer; give the id to meet the same person again on a new mock (a restart). */
  customer(name: string, id?: string): ContactMock {
    const contact = this.mocker.createContact(id ? { name, id } : { name });
    this.record(contact);
    return contact;
  }

  /** A group chat with the shop account in it. */
  room(topic: string, members: ContactMock[]): RoomMock {
    const id = `${topic.replace(/\W/gu, '') || 'room'}-${this.said.size}@chatroom`;
    const room = this.mocker.createRoom({ id, topic, memberIdList: [this.account.id, ...members.map((m) => m.id)] } as Parameters<mock.Mocker['createRoom']>[0]);
    this.record(room);
    return room;
  }

  /** A customer writes to the shop account, or in a room (optionally @-mentioning the shop). */
  says(customer: ContactMock, text: string, room?: RoomMock, mention = false): void {
    if (room) customer.say(text, mention ? [this.account] : []).to(room);
    else customer.say(text).to(this.account);
  }

  /** A customer sends a picture (or any file: the name's extension decides the message type). */
  sendsFile(customer: ContactMock, name: string, base64 = 'aGVsbG8='): void {
    customer.say(FileBox.fromBase64(base64, name)).to(this.account);
  }

  /** A 1:1 text message with a given id, as WeChat delivers it; again with `redeliver`. */
  deliver(customer: ContactMock, text: string, id: string): void {
    this.mocker.MessageMock.create({ id, talkerId: customer.id, listenerId: this.account.id, text, type: 7, timestamp: Date.now() });
    this.redeliver(id);
  }

  /** The platform hands over a message it already delivered (a reconnect, a replayed sync). */
  redeliver(id: string): void {
    this.mocker.puppet.emit('message', { messageId: id });
  }

  /** What the bot said to this contact or in this room, in order. */
  received(to: ContactMock | RoomMock): string[] {
    return this.said.get(to.id) ?? [];
  }

  private record(target: ContactMock | RoomMock): void {
    const lines: string[] = [];
    this.said.set(target.id, lines);
    // The mocks are typed-emitters whose typings this project does not install.
    (target as unknown as Emitter).on('message', (message) => {
      if (message.talker().id === this.account.id) lines.push(message.text() ?? '');
    });
  }
}
