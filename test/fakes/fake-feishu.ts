// The local fake Feishu Open API lives with the adapter (the demo ships it); tests import it from here.
export { encryptFeishu, FakeFeishu, type FakeFeishuOptions, type FakeMessage, type FakeRequest, type FakeUser } from '../../adapters/feishu/fake-feishu-api.js';
