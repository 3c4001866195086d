// The fast path for plain FAQ files must read exactly what js-yaml reads and accept exactly what the
// schema accepts — or step aside.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parsePlainFaqYaml, plainFaqEntries } from '../../core/knowledge/plain-faq.js';
import { faqEntry } from '../../core/knowledge/schema.js';

const same = (text: string) => expect(parsePlainFaqYaml(text)).toEqual(load(text));
const declined = (text: string) => expect(parsePlainFaqYaml(text)).toBeUndefined();

describe('reading plain FAQ files', () => {
  it('reads the suites\' layout as js-yaml does', () => {
    same('# c\n- id: a-1\n  questions:\n    - "怎么退货"\n    - "能退吗 "\n  answer: "七天"\n\n- id: b_2.x\n  questions:\n    # note\n    - "x"\n  answer: "y" # trailing\n');
    same('- id: "quoted"\n  answer: "first"\n  questions:\n    - "\\"\\"\\"没有\\"\\"花呗\\"\\"" \n');
    same('- id: a\n  questions:\n    - "tab\\tnew\\nline \\\\ back\\bform\\f\\r"\n  answer: "#not a comment"\n');
    same('- id: a\n  questions:\n    - "😀 emoji"\n  answer: ""\n');
    same('# only a comment\n[]\n');
    same('[] # empty\n');
    same('- id: a\n  questions:\n    - "next line\u0085 kept"\n  answer: "\u3000全角空格\u00a0"\n');
  });

  it('declines every other layout and every doubtful scalar', () => {
    for (const text of [
      '',
      '# nothing\n',
      '- id: a\n  questions: ["flow"]\n  answer: "x"\n',
      '- id: a\n  questions:\n  - "compact"\n  answer: "x"\n',
      '- id: a\n  questions:\n    - plain question\n  answer: "x"\n',
      "- id: a\n  questions:\n    - 'single'\n  answer: \"x\"\n",
      '- id: a\n  questions:\n    - "multi\n      line"\n  answer: "x"\n',
      '- id: a\n  questions:\n    - "\\u00e9"\n  answer: "x"\n',
      '- id: a\n  questions:\n    - "\\x41"\n  answer: "x"\n',
      '- id: a\n  questions:\n    - "\\/"\n  answer: "x"\n',
      '- id: a\n  questions:\n    - "x"#c\n  answer: "x"\n',
      '- id: 123\n  questions:\n    - "x"\n  answer: "x"\n',
      '- id: true\n  questions:\n    - "x"\n  answer: "x"\n',
      '- id: null\n  questions:\n    - "x"\n  answer: "x"\n',
      '- id: a:b\n  questions:\n    - "x"\n  answer: "x"\n',
      '- id: a\n  questions:\n  answer: "x"\n',
      '- id: a\n  id: b\n  questions:\n    - "x"\n  answer: "x"\n',
      '- id: a\n  questions:\n    - "x"\n  answer: "x"\n  answer: "y"\n',
      '- id: a\n  answer: "x"\n    - "stray"\n',
      '- id: a\r\n  questions:\r\n    - "x"\r\n  answer: "x"\r\n',
      '\uFEFF- id: a\n  questions:\n    - "x"\n  answer: "x"\n',
      '- id: a\n  questions:\n    - "x\ty"\n  answer: "x"\n',
      '---\n- id: a\n  questions:\n    - "x"\n  answer: "x"\n',
      '[]\n- id: a\n',
    ]) {
      expect(parsePlainFaqYaml(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('never reads a generated file differently from js-yaml', () => {
    // Files assembled from well-formed and malformed lines: the reader either agrees or declines.
    const lines = [
      '- id: a', '- id: b-1', '- id: "c d"', '- id: 7', '- id: no', '- id:', '- answer: "x"', '-id: a', ' - id: a',
      '  questions:', '  questions: []', '  questions: ', '  answer: "x"', '  answer: x y', "  answer: 'x'", '  answer: "a\\"b" # c',
      '  answer: "a" b', '  answer: ~', '  answer: "tab\\there"', '  tags:', '   answer: "x"', '  Answer: "x"',
      '    - "q"', '    - "q \\u0041"', '    - q', '    - "q', '    - ""', '    - "\u3000"', '    -"q"', '      - "q"',
      '# c', '  # c', '', '   ', '[]', '---', '...',
    ];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n);
    let agreed = 0;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + random(9) }, () => lines[random(lines.length)]).join('\n') + '\n';
      const fast = parsePlainFaqYaml(text);
      if (fast === undefined) continue;
      expect(fast, JSON.stringify(text)).toEqual(load(text));
      agreed++;
    }
    expect(agreed).toBeGreaterThan(20);
  });

  it('reads the evaluation suites\' FAQ files as js-yaml does', () => {
    const suites = path.resolve('../shared/eval');
    const files = ['atec-zh', 'bitext-en', 'escalation-zh'].map((s) => path.join(suites, s, 'kb/faq.yaml')).filter(existsSync);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const plain = parsePlainFaqYaml(text);
      expect(plain, file).toBeDefined();
      expect(plain).toEqual(load(text));
    }
  });
});

describe('checking plain FAQ entries', () => {
  const schema = z.array(faqEntry);
  const agrees = (data: unknown) => {
    const fast = plainFaqEntries(data);
    const result = schema.safeParse(data);
    if (fast) {
      expect(result.success).toBe(true);
      expect(fast).toEqual(result.data);
      expect(fast.map((e) => Object.keys(e))).toEqual(result.data!.map((e) => Object.keys(e)));
    }
    return fast !== undefined;
  };

  it('returns what the schema returns for valid plain entries', () => {
    expect(agrees([{ id: 'a.b:c-d_1', questions: [' 怎么退货 ', 'x'], answer: ' 七天 ' }])).toBe(true);
    expect(agrees([])).toBe(true);
  });

  it('leaves anything else to the schema', () => {
    for (const data of [
      {},
      [null],
      [{ id: 'a', questions: ['x'] }],
      [{ id: 'a', questions: ['x'], answer: 'y', tags: ['t'] }],
      [{ id: 'a b', questions: ['x'], answer: 'y' }],
      [{ id: '', questions: ['x'], answer: 'y' }],
      [{ id: 1, questions: ['x'], answer: 'y' }],
      [{ id: 'a', questions: [], answer: 'y' }],
      [{ id: 'a', questions: ['  '], answer: 'y' }],
      [{ id: 'a', questions: [1], answer: 'y' }],
      [{ id: 'a', questions: 'x', answer: 'y' }],
      [{ id: 'a', questions: ['x'], answer: ' ' }],
      [{ id: 'a', questions: ['x'], answer: 2 }],
    ]) {
      expect(agrees(data), JSON.stringify(data)).toBe(false);
    }
  });
});
