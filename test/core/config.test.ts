import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../core/config.js';

describe('configuration', () => {
  it('runs on defaults with nothing set: every platform off', () => {
    const config = loadConfig({});
    expect(config.KNOWLEDGE_DIR).toBe('knowledge');
    expect(config.DATA_DIR).toBe('data');
    expect(config.channels).toEqual({ wechat: false, telegram: false, feishu: false, llm: false });
  });

  it('turns a platform on when its credentials are set', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '123:abc' }).channels.telegram).toBe(true);
  });

  it('names the variable of a wrong value', () => {
    expect(() => loadConfig({ TURN_TIMEOUT_MS: 'soon' })).toThrow(/TURN_TIMEOUT_MS/u);
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL/u);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('keeps customers\' data 365 days unless RETENTION_DAYS says otherwise (0: forever)', () => {
    expect(loadConfig({}).RETENTION_DAYS).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '' }).RETENTION_DAYS).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '0' }).RETENTION_DAYS).toBe(0);
    expect(loadConfig({ RETENTION_DAYS: ' 90 ' }).RETENTION_DAYS).toBe(90);
    for (const wrong of ['-1', '1.5', 'a year']) expect(() => loadConfig({ RETENTION_DAYS: wrong })).toThrow(/RETENTION_DAYS/u);
    expect(loadConfig({}).RETENTION_SCHEDULE).toBe('at 03:30');
  });

  it('checks settings that go together', () => {
    expect(() => loadConfig({ FEISHU_APP_ID: 'cli_x' })).toThrow(/FEISHU_APP_SECRET/u);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: '1:a', TELEGRAM_MODE: 'webhook' })).toThrow(/TELEGRAM_WEBHOOK_URL/u);
  });
});
