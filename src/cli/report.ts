/** `npm run report`: the most asked, the worst rated and the unanswered questions, for the inventory's maintainers. */
import { readConfig } from '../config.js';
import { buildReport } from '../feedback/store.js';
import { feedbackStoreFor } from '../state/createStores.js';

const config = readConfig();
const report = buildReport(await (await feedbackStoreFor(config)).all());
const from = config.azureStorage ? `Azure Blob container ${config.azureStorage.container}` : config.feedbackFile;
console.log(`Feedback from ${from}\n`);
console.log('Most asked questions');
for (const q of report.mostAsked) console.log(`  ${String(q.count).padStart(4)}  ${q.question}`);
if (report.mostAsked.length === 0) console.log('  (none yet)');
console.log('\nWorst rated records (not helpful / rated)');
for (const r of report.worstRated) console.log(`  ${r.notHelpful}/${r.helpful + r.notHelpful}  ${r.recordId}`);
if (report.worstRated.length === 0) console.log('  (none yet)');
console.log('\nQuestions without a good answer');
for (const q of report.unanswered) console.log(`  ${String(q.count).padStart(4)}  [${q.kind}] ${q.question}`);
if (report.unanswered.length === 0) console.log('  (none yet)');
