// The `xiaoer` command. Each subcommand loads its code only when run, so `xiaoer match` does not pay for
// the WeChat SDK.
import { Command } from 'commander';

const program = new Command('xiaoer')
  .description('店小二 — shop customer service in WeChat, Telegram and Feishu')
  .showHelpAfterError()
  .enablePositionalOptions();

program
  .command('start')
  .description('run every bot that has credentials; with none, a console chat on the sample shop')
  .action(async () => {
    const { start } = await import('./all-in-one.js');
    await start();
  });

program
  .command('chat')
  .description('chat with the bot in the terminal as a customer; slash commands play the agent')
  .action(async () => {
    const { settings } = await import('./settings.js');
    const { runConsole } = await import('./console.js');
    await runConsole(settings());
  });

program
  .command('ask')
  .description('one customer turn through the full pipeline (configured store and knowledge)')
  .argument('<text>', 'what the customer says')
  .option('--user <id>', 'customer id', 'cli-user')
  .option('--channel <name>', 'channel to pretend to be', 'console')
  .option('--json', 'print one JSON line {"reply","faq","escalate","reason"}')
  .action(async (text: string, options: { user: string; channel: string; json?: boolean }) => {
    const { ask } = await import('./commands/ask.js');
    await ask(text, options);
  });

program
  .command('match')
  .description('the evaluation contract: JSONL cases on stdin, one JSON prediction per line on stdout')
  .requiredOption('--kb <dir>', 'knowledge folder (a suite\'s kb/)')
  .action(async (options: { kb: string }) => {
    const { match } = await import('./commands/match.js');
    await match(options);
  });

program
  .command('eval')
  .description('run the evaluation suites and print their figures')
  .argument('[suites...]', 'suite names (default: all)')
  .option('--dir <dir>', 'folder of suites', '../shared/eval')
  .option('--json', 'print the figures as JSON')
  .action(async (suites: string[], options: { dir: string; json?: boolean }) => {
    const { runEval, printTable } = await import('./commands/eval.js');
    const results = await runEval(suites, options);
    if (options.json) process.stdout.write(JSON.stringify(results) + '\n');
    else printTable(results);
  });

const kb = program.command('kb').description('knowledge tools for shop admins');

/** The knowledge folder: the argument, else KNOWLEDGE_DIR (from the environment or .env), else knowledge/. */
async function knowledgeDir(dir?: string): Promise<string> {
  const { loadDotEnv } = await import('../core/config.js');
  loadDotEnv();
  return dir ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
}

kb.command('check')
  .description('check a knowledge folder: schema errors, duplicate and near-duplicate questions, promotions, references; exit 1 on errors')
  .argument('[dir]', 'knowledge folder (default: KNOWLEDGE_DIR or knowledge/)')
  .option('--format <format>', 'text, github (workflow annotations) or json', 'text')
  .action(async (dir: string | undefined, options: { format: string }) => {
    if (!['text', 'github', 'json'].includes(options.format)) program.error(`--format must be text, github or json, not ${options.format}`);
    const { kbCheck } = await import('./commands/kb-check.js');
    process.exitCode = await kbCheck(await knowledgeDir(dir), { format: options.format as 'text' | 'github' | 'json' });
  });

kb.command('ask')
  .description('what the bot would do with a message: top matches with scores and why, the reply, whether it escalates')
  .argument('<text>', 'what the customer says')
  .option('--history <text...>', 'earlier customer turns, oldest first')
  .option('--kb <dir>', 'knowledge folder (default: KNOWLEDGE_DIR or knowledge/)')
  .option('--channel <name>', 'wechat, telegram, feishu or console (per-channel answers, promotions)', 'console')
  .option('--now <date-time>', 'pretend it is this time (promotions, business hours), e.g. 2026-12-11T10:00+08:00')
  .option('--json', 'print the report as JSON')
  .action(async (text: string, options: { history?: string[]; kb?: string; channel: string; now?: string; json?: boolean }) => {
    const { kbAsk } = await import('./commands/kb-ask.js');
    process.exitCode = await kbAsk(text, { ...options, kb: await knowledgeDir(options.kb) });
  });

kb.command('import')
  .description('turn an FAQ spreadsheet (.xlsx or .csv: question, similar questions, answer, category) into YAML files')
  .argument('<file>', 'the spreadsheet')
  .option('--kb <dir>', 'knowledge folder to merge into (default: KNOWLEDGE_DIR or knowledge/)')
  .option('--out <dir>', 'folder for the imported-<category>.yaml files (default: <kb>/faq)')
  .option('--category <name>', 'category of rows without one')
  .option('--update-answers', "replace an existing entry's answer with the spreadsheet's")
  .option('--dry-run', 'report what would change, write nothing')
  .option('--json', 'print the summary as JSON')
  .action(async (file: string, options: { kb?: string; out?: string; category?: string; updateAnswers?: boolean; dryRun?: boolean; json?: boolean }) => {
    const { kbImport } = await import('./commands/kb-import.js');
    process.exitCode = await kbImport(file, { ...options, kb: await knowledgeDir(options.kb) });
  });

await program.parseAsync(process.argv);
