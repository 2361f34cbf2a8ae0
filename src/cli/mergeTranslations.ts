/**
 * `npm run translations:merge -- seeds/translations/de.yaml …`: merges a translator's file
 * into the seeds, beside the originals: practice titles and summaries, passage gists, city
 * names, glossary terms, and evaluation questions. Comments and layout of the seed files are
 * kept; existing translations are replaced. Run `npm run validate` afterwards.
 *
 * A translation file:
 *   language: de
 *   practices: { <practice id>: { title, summary, results, transferability, caveats: [..], periodNote } }
 *   cityTexts: { <city id>: { context, clipNote } }
 *   passages: { <passage id>: { gist, section } }
 *   documents: { <document id>: { title } }
 *   cities: { <city id>: [display name, other forms…] }
 *   glossary: { <concept id>: [terms…] }
 *   eval: [ { q, expect, locale } ]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parse, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.js';
import { LANGUAGES } from '../inventory/taxonomy.js';

const optionalText = z.string().min(1).optional();
const translationSchema = z.object({
  language: z.enum(LANGUAGES),
  practices: z
    .record(
      z.string(),
      z.object({
        title: optionalText,
        summary: optionalText,
        results: optionalText,
        transferability: optionalText,
        caveats: z.array(z.string().min(1)).optional(),
        periodNote: optionalText,
      }),
    )
    .default({}),
  cityTexts: z.record(z.string(), z.object({ context: optionalText, clipNote: optionalText })).default({}),
  passages: z.record(z.string(), z.object({ gist: optionalText, section: optionalText })).default({}),
  documents: z.record(z.string(), z.object({ title: optionalText })).default({}),
  cities: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  glossary: z.record(z.string(), z.array(z.string().min(1))).default({}),
  eval: z.array(z.object({ q: z.string(), expect: z.record(z.string(), z.unknown()), locale: z.boolean().default(true) })).default([]),
});
type Translation = z.infer<typeof translationSchema>;

const seeds = path.join(PROJECT_ROOT, 'seeds');

function block(text: string): Scalar {
  const scalar = new Scalar(text.trim());
  if (text.length > 80) scalar.type = Scalar.BLOCK_FOLDED;
  return scalar;
}

function setText(map: YAMLMap, key: string, language: string, text: string, long: boolean): void {
  const found: unknown = map.get(key, true);
  let texts: YAMLMap;
  if (isMap(found)) {
    texts = found as YAMLMap;
  } else {
    texts = new YAMLMap();
    map.set(key, texts);
  }
  texts.set(language, long ? block(text) : text.trim());
}

function items(doc: Document, key: string): YAMLMap[] {
  const list = doc.get(key, true);
  return isSeq(list) ? (list.items.filter(isMap) as YAMLMap[]) : [];
}

/** lineWidth 0 keeps each glossary term list on one line; seed texts fold at 120 columns. */
function mergeInto(file: string, update: (doc: Document) => number, lineWidth = 120): number {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const changed = update(doc);
  if (changed > 0) writeFileSync(file, doc.toString({ lineWidth, flowCollectionPadding: false }));
  return changed;
}

function merge(tr: Translation): string {
  const lng = tr.language;
  const seen = { practices: 0, passages: 0, cities: 0, concepts: 0 };
  for (const name of readdirSync(path.join(seeds, 'cities')).filter((n) => n.endsWith('.yaml'))) {
    mergeInto(path.join(seeds, 'cities', name), (doc) => {
      let changed = 0;
      const cityId = String(doc.get('id'));
      const forms = tr.cities[cityId];
      if (forms) {
        const names = doc.get('names', true);
        const list = isSeq(names) ? (names as YAMLSeq) : new YAMLSeq();
        const known = new Set([String(doc.get('name')), ...list.items.map((i) => String(i instanceof Scalar ? i.value : i))].map((n) => n.toLowerCase()));
        for (const form of forms) if (!known.has(form.toLowerCase())) (list.add(form), known.add(form.toLowerCase()));
        list.flow = false;
        doc.set('names', list);
        if (forms[0]! !== doc.get('name')) setText(doc.contents as YAMLMap, 'nameIn', lng, forms[0]!, false);
        seen.cities++;
        changed++;
      }
      const cityTexts = tr.cityTexts[cityId];
      const root = doc.contents as YAMLMap;
      if (cityTexts?.context && root.has('context')) (setText(root, 'context', lng, cityTexts.context, true), changed++);
      if (cityTexts?.clipNote && root.has('clipNote')) (setText(root, 'clipNote', lng, cityTexts.clipNote, true), changed++);
      for (const practice of items(doc, 'practices')) {
        const t = tr.practices[String(practice.get('id'))];
        if (!t) continue;
        if (t.title) setText(practice, 'title', lng, t.title, false);
        if (t.summary) setText(practice, 'summary', lng, t.summary, true);
        if (t.results && practice.has('results')) setText(practice, 'results', lng, t.results, true);
        if (t.transferability && practice.has('transferability')) setText(practice, 'transferability', lng, t.transferability, true);
        const period = practice.get('period', true);
        if (t.periodNote && isMap(period) && (period as YAMLMap).has('note')) setText(period as YAMLMap, 'note', lng, t.periodNote, true);
        const caveats = practice.get('caveats', true);
        if (t.caveats && isSeq(caveats) && caveats.items.length === t.caveats.length) {
          caveats.items.forEach((item, i) => {
            if (isMap(item)) (item as YAMLMap).set(lng, block(t.caveats![i]!));
          });
        }
        seen.practices++;
        changed++;
      }
      return changed;
    });
  }
  for (const name of readdirSync(path.join(seeds, 'documents')).filter((n) => n.endsWith('.yaml'))) {
    mergeInto(path.join(seeds, 'documents', name), (doc) => {
      let changed = 0;
      for (const passage of items(doc, 'passages')) {
        const t = tr.passages[String(passage.get('id'))];
        if (!t) continue;
        if (t.gist) setText(passage, 'gist', lng, t.gist, true);
        if (t.section) setText(passage, 'sectionIn', lng, t.section, false);
        seen.passages++;
        changed++;
      }
      const title = tr.documents[String(doc.get('id'))]?.title;
      if (title) (setText(doc.contents as YAMLMap, 'titleIn', lng, title, false), changed++);
      return changed;
    });
  }
  mergeInto(path.join(seeds, 'glossary.yaml'), (doc) => {
    let changed = 0;
    for (const concept of items(doc, 'concepts')) {
      const terms = tr.glossary[String(concept.get('id'))];
      if (!terms) continue;
      const termsMap = concept.get('terms', true) as unknown as YAMLMap;
      const existing = termsMap.get(lng, true);
      const current = isSeq(existing) ? existing.items.map((i) => String(i instanceof Scalar ? i.value : i)) : [];
      const merged = [...new Set([...current, ...terms.map((t) => t.toLowerCase().trim())])];
      const seq = new YAMLSeq();
      seq.flow = true;
      for (const term of merged) seq.add(term);
      termsMap.set(lng, seq);
      seen.concepts++;
      changed++;
    }
    return changed;
  }, 0);
  if (tr.eval.length > 0) {
    const file = path.join(PROJECT_ROOT, 'test/eval/questions.yaml');
    mergeInto(file, (doc) => {
      const list = doc.get('questions', true) as YAMLSeq;
      list.items = list.items.filter((i) => !(isMap(i) && i.get('lang') === lng));
      for (const q of tr.eval) list.add(doc.createNode({ q: q.q, lang: lng, ...(q.locale ? {} : { locale: false }), expect: q.expect }));
      return tr.eval.length;
    });
  }
  return `${lng}: ${seen.practices} practices, ${seen.passages} passages, ${seen.cities} cities, ${seen.concepts} concepts, ${tr.eval.length} eval questions`;
}

for (const file of process.argv.slice(2)) {
  const translation = translationSchema.parse(parse(readFileSync(file, 'utf8')));
  console.log(merge(translation));
}
