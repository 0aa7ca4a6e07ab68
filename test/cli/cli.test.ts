// The batch CLI as outside tools call it: a real process, JSON lines in and out.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { readLineBatches } from '../../src/text/lines.ts';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (args: string[], input = '') =>
  spawnSync(tsx, ['src/cli.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });

describe('batch CLI', () => {
  it('ask --jsonl prints one object per input line, in order, with the contract fields', () => {
    const lines = [
      JSON.stringify({ q: '도커가 뭐야?' }),
      '',
      'not json',
      JSON.stringify({ q: 42 }),
      JSON.stringify({ q: '오늘 날씨 어때?', id: 7 }),
    ];
    const r = run(['ask', '--jsonl'], lines.join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ answered: true, sectionId: '4.2', title: 'Docker란?' });
    expect(typeof out[0].answer).toBe('string');
    expect(out[0].score).toBeGreaterThan(0);
    expect(Array.isArray(out[0].related)).toBe(true);
    expect(out[1]).toHaveProperty('error');
    expect(out[2]).toHaveProperty('error');
    expect(out[3]).toHaveProperty('error');
    expect(out[4]).toMatchObject({ answered: false, sectionId: null, title: null });
  });

  it('advise --jsonl prints the contract fields', () => {
    const r = run(['advise', '--jsonl'], JSON.stringify({ q: '3년 동안 24시간 계속 도는 데이터베이스' }) + '\n');
    expect(r.status).toBe(0);
    const [o] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(o).sort()).toEqual(['citations', 'costs', 'model', 'plan', 'questions', 'reasons']);
  });

  it('quiz --dump prints the bank as one JSON array', () => {
    const r = run(['quiz', '--dump']);
    expect(r.status).toBe(0);
    const bank = JSON.parse(r.stdout);
    expect(bank.length).toBeGreaterThanOrEqual(120);
    for (const item of bank) {
      expect(Object.keys(item).sort()).toEqual(['answer', 'choices', 'explanation', 'id', 'prompt', 'sectionId']);
      expect(item.answer).toBeGreaterThanOrEqual(0);
      expect(item.answer).toBeLessThan(item.choices.length);
    }
  });

  it('answers each line as soon as it is read, while stdin stays open', async () => {
    const child = spawn(tsx, ['src/cli.ts', 'ask', '--jsonl'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const waitLines = (n: number) =>
      new Promise<string[]>((resolve, reject) => {
        const check = () => {
          const lines = out.split('\n').filter(Boolean);
          if (lines.length >= n) resolve(lines);
        };
        child.stdout.on('data', (d) => {
          out += d;
          check();
        });
        child.on('exit', () => reject(new Error(`exited before ${n} answers: ${out}`)));
        check();
      });
    try {
      child.stdin.write(JSON.stringify({ q: '도커가 뭐야?' }) + '\n');
      const first = await waitLines(1); // stdin is still open: the answer must not wait for its end
      expect(JSON.parse(first[0])).toMatchObject({ answered: true, sectionId: '4.2' });
      child.stdin.write(JSON.stringify({ q: '스팟 인스턴스는 언제 써?' }) + '\n');
      const two = await waitLines(2);
      expect(JSON.parse(two[1]).answered).toBe(true);
    } finally {
      child.stdin.end();
      child.kill();
    }
  }, 60_000);

  it('splits on \\n only: a \\r inside a JSON line is whitespace, CRLF and a byte-order mark are accepted', () => {
    const input = '{"q":\r"도커가 뭐야?"}\n' + '\uFEFF{"q":"도커가 뭐야?"}\r\n' + '{"q":"도커가 뭐야?"}';
    const r = run(['ask', '--jsonl'], input);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    for (const o of out) expect(o).toMatchObject({ answered: true, sectionId: '4.2' });
  });

  it('exits non-zero with usage on bad flags', () => {
    const r = run(['ask']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/usage/);
    expect(r.stdout).toBe('');
  });
});

describe('readLineBatches', () => {
  const lines = async (chunks: (string | Buffer)[]) => {
    const got: string[] = [];
    for await (const batch of readLineBatches(Readable.from(chunks))) got.push(...batch);
    return got;
  };
  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from('도커\n스팟\n');
    expect(await lines([bytes.subarray(0, 4), bytes.subarray(4, 9), bytes.subarray(9)])).toEqual(['도커', '스팟']);
  });
  it('keeps a lone \\r, drops a trailing one, keeps blank lines and a last line without \\n', async () => {
    expect(await lines(['a\rb\r\n', '\n', 'c'])).toEqual(['a\rb', '', 'c']);
  });
});
