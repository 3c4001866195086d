// The report and QA targets the configuration names: a Feishu chat needs the Feishu app's credentials,
// a Telegram chat the bot's token (core/config.ts checks both at start).
import type { Config } from '../../core/config.js';
import { feishuClient, FeishuTarget } from './feishu-target.js';
import type { ReportTarget } from './report-target.js';
import { TelegramTarget } from './telegram-target.js';

export function targetsFromConfig(config: Config): { report: ReportTarget[]; qa: ReportTarget[] } {
  const feishu = config.FEISHU_APP_ID && config.FEISHU_APP_SECRET ? feishuClient({ appId: config.FEISHU_APP_ID, appSecret: config.FEISHU_APP_SECRET, domain: config.FEISHU_DOMAIN }) : undefined;
  const targets = (feishuChat?: string, telegramChat?: string): ReportTarget[] => {
    const out: ReportTarget[] = [];
    if (feishu && feishuChat) out.push(new FeishuTarget(feishu, feishuChat));
    if (config.TELEGRAM_BOT_TOKEN && telegramChat) out.push(new TelegramTarget({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, chatId: telegramChat }));
    return out;
  };
  return { report: targets(config.REPORT_FEISHU_CHAT, config.REPORT_TELEGRAM_CHAT), qa: targets(config.QA_FEISHU_CHAT, config.QA_TELEGRAM_CHAT) };
}
