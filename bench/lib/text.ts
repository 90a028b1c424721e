import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './settings.js';

/**
 * Comments for the text benchmark: Kuulo's labelled check sets (test/fixtures/text: customer
 * feedback in English, Finnish and Polish), and pairs of them in the same language, so the texts
 * run from two words to a few sentences and hardly repeat.
 */
export function benchComments(count: number): { text: string }[] {
  const folder = path.join(repoRoot, 'test', 'fixtures', 'text');
  const byLang = new Map<string, string[]>();
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.jsonl'))) {
    for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { lang, text } = JSON.parse(line) as { lang: string; text: string };
      byLang.set(lang, [...(byLang.get(lang) ?? []), text]);
    }
  }
  const pools = [...byLang.values()];
  const comments: { text: string }[] = [];
  for (let i = 0; comments.length < count; i++) {
    const pool = pools[i % pools.length]!;
    const first = pool[(i * 7) % pool.length]!;
    const second = pool[(i * 13 + 5) % pool.length]!;
    comments.push({ text: i % 2 === 0 ? first : `${first} ${second}` });
  }
  return comments;
}
