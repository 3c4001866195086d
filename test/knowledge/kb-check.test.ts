import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kbCheck, githubAnnotation } from '../../bots/commands/kb-check.js';
import { folder } from './temp-folder.js';

async function run(dir: string, format?: 'text' | 'github' | 'json') {
  let out = '';
  const code = await kbCheck(dir, { format, now: new Date('2026-11-20T00:00:00Z'), write: (t) => void (out += t) });
  return { code, out };
}

const expired = '- id: d11\n  title: 双11\n  questions: [双11还有吗]\n  answer: 结束了\n  valid_from: 2026-11-01\n  valid_to: 2026-11-11\n';

describe('xiaoer kb check', () => {
  it('exits 0 with warnings only, 1 with errors', async () => {
    expect((await run(folder({ 'promotions.yaml': expired }))).code).toBe(0);
    const broken = await run(folder({ 'promotions.yaml': expired, 'faq.yaml': '- id: a\n  questions: [x]\n' }));
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/1 error\(s\), 1 warning\(s\)/u);
  });

  it('prints each problem with its file (as the repository names it) and line, errors first', async () => {
    const dir = folder({ 'promotions.yaml': expired, 'faq.yaml': '- id: a\n  questions: [x]\n' });
    const lines = (await run(dir)).out.trim().split('\n');
    const rel = path.relative(process.cwd(), dir).split(path.sep).join('/');
    expect(lines[0]).toBe(`error: ${rel}/faq.yaml:1, entry a, field answer: Invalid input: expected string, received undefined`);
    expect(lines[1]).toMatch(new RegExp(`^warning: ${rel}/promotions.yaml:6, entry d11, field valid_to: expired on 2026-11-11 08:00`, 'u'));
  });

  it('prints GitHub annotations with --format github', async () => {
    const dir = folder({ 'promotions.yaml': expired, 'faq.yaml': '- id: a\n  questions: [x]\n' });
    const lines = (await run(dir, 'github')).out.trim().split('\n');
    const rel = path.relative(process.cwd(), dir).split(path.sep).join('/');
    expect(lines[0]).toMatch(new RegExp(`^::error file=${rel}/faq.yaml,line=1,title=xiaoer kb check — entry a — field answer::a\\.answer: Invalid input`, 'u'));
    expect(lines[1]).toMatch(new RegExp(`^::warning file=${rel}/promotions.yaml,line=6,title=.*::d11\\.valid_to: expired on`, 'u'));
  });

  it('escapes what GitHub would read as command syntax', () => {
    const line = githubAnnotation('kb', { file: 'a,b:c.yaml', message: '100%\nsure', severity: 'error' });
    expect(line).toBe('::error file=kb/a%2Cb%3Ac.yaml,title=xiaoer kb check::100%25%0Asure');
  });

  it('prints JSON with --format json', async () => {
    const { out, code } = await run(folder({ 'promotions.yaml': expired }), 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ errors: 0, warnings: 1, problems: [{ entry: 'd11', line: 6, severity: 'warning' }] });
  });

  it('reports a missing folder as an error', async () => {
    expect((await run('/nonexistent/knowledge')).code).toBe(1);
  });
});
