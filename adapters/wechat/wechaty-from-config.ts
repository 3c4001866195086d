// Which WeChat protocol runs is configuration, not code: WECHATY_PUPPET names the puppet package
// (wechaty-puppet-service for WeCom or a paid protocol with a token; wechaty-puppet-wechat4u for a
// personal account, at the risk of a ban), WECHATY_PUPPET_SERVICE_TOKEN its token. The session is kept
// in `<WECHATY_NAME>.memory-card.json`, so a restart does not always need a new scan.
import { WechatyBuilder, type Wechaty } from 'wechaty';
import type { Config } from '../../core/config.js';

type PuppetName = NonNullable<Extract<Parameters<typeof WechatyBuilder.build>[0], { puppetOptions?: unknown }>['puppet']>;

export function wechatyFromConfig(config: Pick<Config, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_NAME'>): Wechaty {
  if (!config.WECHATY_PUPPET) throw new Error('WECHATY_PUPPET is not set: WeChat is off');
  return WechatyBuilder.build({
    name: config.WECHATY_NAME,
    puppet: config.WECHATY_PUPPET as PuppetName,
    puppetOptions: config.WECHATY_PUPPET_SERVICE_TOKEN ? { token: config.WECHATY_PUPPET_SERVICE_TOKEN } : {},
  });
}
