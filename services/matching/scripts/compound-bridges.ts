/**
 * Which compounds of the taxonomy a real Meilisearch keeps whole, so that the shorter word alone does not
 * find them: the candidates of `compoundCandidates` (a word and the longer words starting or ending with
 * it), each longer word indexed as a document, each shorter word searched. Prints the pairs not found,
 * from which COMPOUND_BRIDGES (src/search/domain/index-settings.ts) is chosen by hand. Needs MEILI_HOST
 * (and MEILI_MASTER_KEY); it creates and then deletes one index.
 *
 *   MEILI_HOST=http://127.0.0.1:7700 MEILI_MASTER_KEY=… SWC_NODE_PROJECT=tsconfig.base.json \
 *     node -r @swc-node/register services/matching/scripts/compound-bridges.ts
 */
import { compoundCandidates, createMeilisearchEngine } from '@vetlink/search';
import { searchSynonyms } from '@vetlink/taxonomy';

async function main(): Promise<void> {
  const host = process.env['MEILI_HOST'];
  if (!host) throw new Error('set MEILI_HOST (and MEILI_MASTER_KEY) to a Meilisearch');
  const engine = createMeilisearchEngine({ host, apiKey: process.env['MEILI_MASTER_KEY'] });
  const candidates = compoundCandidates(searchSynonyms());
  const words = [...new Set(Object.values(candidates).flat())];
  const name = `compound-bridges-${Date.now().toString(36)}`;
  const index = engine.index<{ id: string; word: string }>(name);
  try {
    await index.applySettings({
      primaryKey: 'id',
      searchableAttributes: ['word'],
      filterableAttributes: [],
      sortableAttributes: [],
    });
    await index.load([words.map((word, n) => ({ id: String(n), word }))]);
    let pairs = 0;
    const missed: string[] = [];
    for (const [short, longer] of Object.entries(candidates)) {
      const found = new Set(
        (await index.search({ text: short, limit: 1000 })).hits.map((hit) => hit.document.word),
      );
      for (const long of longer) {
        pairs += 1;
        if (!found.has(long)) missed.push(`${short} → ${long}`);
      }
    }
    console.log(`${pairs} candidate pairs; ${missed.length} the segmenter keeps whole:`);
    for (const pair of missed) console.log(`  ${pair}`);
  } finally {
    await engine.deleteIndex(name);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
