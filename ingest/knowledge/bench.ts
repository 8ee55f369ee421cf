// How long the knowledge base takes to load, and how fast its look-ups run when called at every token,
// as the extractor calls them. Prints figures; asserts nothing.
//
//   npx tsx ingest/knowledge/bench.ts [FILE.jsonl] [MEGABYTES]
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadKnowledge } from './index.ts';

const file = process.argv[2] ?? '../shared/bench/whitehouse/whitehouse_briefing_room_2022.jsonl';
const megabytes = Number(process.argv[3] ?? 5);

const cpu = process.cpuUsage();
let start = performance.now();
const kb = loadKnowledge();
const used = process.cpuUsage(cpu);
console.log(
  `load: ${(performance.now() - start).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms cpu; ` +
    `${kb.entities.size} entities, ${kb.roles.length} roles`,
);

let text = '';
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (text.length > megabytes * 1e6) break;
  if (line.trim()) text += `${(JSON.parse(line) as { text: string }).text}\n`;
}
start = performance.now();
const nlp = winkNLP(model);
console.log(`for comparison, loading wink-nlp's model: ${(performance.now() - start).toFixed(0)} ms wall`);
start = performance.now();
const tokens: string[] = nlp.readDoc(text).tokens().out();
const tokenizeMs = performance.now() - start;

start = performance.now();
const found = { names: 0, demonyms: 0, metonyms: 0, roles: 0 };
for (let i = 0; i < tokens.length; i++) {
  if (kb.matchName(tokens, i)) found.names++;
  if (kb.matchDemonym(tokens, i)) found.demonyms++;
  if (kb.metonym(tokens, i)) found.metonyms++;
  if (kb.matchRole(tokens, i)) found.roles++;
}
const matchMs = performance.now() - start;
const mb = text.length / 1e6;
console.log(
  `${mb.toFixed(1)} MB, ${tokens.length} tokens; wink tokenising ${(mb / (tokenizeMs / 1000)).toFixed(2)} MB/s; ` +
    `four look-ups at every token ${(mb / (matchMs / 1000)).toFixed(2)} MB/s ` +
    `(${((matchMs * 1e6) / tokens.length / 4).toFixed(0)} ns per look-up)`,
);
console.log(`found at some token: ${JSON.stringify(found)}`);
