// The `xiaoer` command. Each subcommand loads its code only when run, so `xiaoer match` does not pay for
// the WeChat SDK.
import { Command, Option } from 'commander';

// A reader that stops early (`xiaoer match … | head`) is not an error: stop writing, exit quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

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
  .command('customer-service')
  .description('the customer-service bot: WeChat and Telegram, whichever have credentials; stops cleanly on SIGTERM')
  .action(async () => {
    const { settings } = await import('./settings.js');
    const { runCustomerService } = await import('./customer-service.js');
    await runCustomerService(settings());
  });

program
  .command('agent-desk')
  .description("the agents' desk in Feishu: ticket cards, replies relayed both ways, agent commands, timeouts")
  .action(async () => {
    const { settings } = await import('./settings.js');
    const { runAgentDesk } = await import('./agent-desk.js');
    await runAgentDesk(settings(), { standalone: true });
  });

program
  .command('demo')
  .description('a scripted story on local fakes (mock WeChat, fake Telegram API, fake Feishu): customers ask, the bot answers, an agent takes over in Feishu; no credentials')
  .option('--json', 'one JSON line per message: {"step","channel","from","text"}')
  .action(async (options: { json?: boolean }) => {
    const { runDemo } = await import('./commands/demo.js');
    const { code } = await runDemo({ json: options.json });
    // The SDKs may leave idle timers behind; the story is over.
    process.exit(code);
  });

program
  .command('ask')
  .description('one customer turn through the full pipeline (configured store and knowledge)')
  .argument('<text>', 'what the customer says')
  .option('--user <id>', 'customer id: the conversation goes on from earlier asks with the same id (default: a new customer each time)')
  .option('--channel <name>', 'channel to pretend to be', 'console')
  .option('--json', 'print one JSON line {"reply","faq","escalate","reason","llm","sources"}')
  .action(async (text: string, options: { user?: string; channel: string; json?: boolean }) => {
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
  .addOption(new Option('--format <format>', 'text, github (workflow annotations) or json').choices(['text', 'github', 'json']).default('text'))
  .action(async (dir: string | undefined, options: { format: 'text' | 'github' | 'json' }) => {
    const { kbCheck } = await import('./commands/kb-check.js');
    process.exitCode = await kbCheck(await knowledgeDir(dir), { format: options.format });
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

program
  .command('scheduler')
  .description('run the scheduled jobs (daily-report, qa-sampling, knowledge-gaps) on their schedules; catch up missed runs on start')
  .action(async () => {
    const { settings } = await import('./settings.js');
    const { createLogger } = await import('../core/log.js');
    const { runScheduler } = await import('./scheduler.js');
    const config = settings();
    await runScheduler(config, createLogger({ level: config.LOG_LEVEL }));
  });

const job = program.command('job').description('scheduled jobs, run by hand');
job
  .command('run')
  .description('run a job now for the period due (or --date); a period already done is not sent again')
  .argument('<name>', 'daily-report, qa-sampling or knowledge-gaps')
  .option('--date <day>', 'the day to cover (YYYY-MM-DD; knowledge-gaps: the week ending that day)')
  .option('--dry-run', 'compute everything, send and store nothing')
  .option('--out <dir>', 'write what would be sent (report.md, chart.png, qa.md, suggested-faq.yaml); implies --dry-run')
  .action(async (name: string, options: { date?: string; dryRun?: boolean; out?: string }) => {
    const { jobRun } = await import('./commands/job.js');
    await jobRun(name, options);
  });
job
  .command('list')
  .description('each job with its schedule and last completed period')
  .action(async () => {
    const { jobList } = await import('./commands/job.js');
    await jobList();
  });

program
  .command('simulate')
  .description('a day of realistic synthetic traffic through the real pipeline (scripted agents, ratings), for reports and benchmarks')
  .requiredOption('--date <day>', 'the day to fill (YYYY-MM-DD)')
  .requiredOption('--conversations <n>', 'how many customers')
  .option('--data-dir <dir>', 'a SQLite store in this folder instead of the configured store')
  .option('--seed <text>', 'same seed, same traffic (default: the date)')
  .action(async (options: { date: string; conversations: string; dataDir?: string; seed?: string }) => {
    const { simulate } = await import('./commands/simulate.js');
    await simulate(options);
  });

await program.parseAsync(process.argv);
