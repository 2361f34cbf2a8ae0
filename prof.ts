import { createAssistant } from './src/bot/createAssistant.js';
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const a = await createAssistant({ seedsDir: 'seeds', localesDir: 'locales', publicBaseUrl: 'x' });
  const t1 = performance.now();
  const q = ['How does Frankfurt avoid segregation in social housing?', 'What has Malmö done?', 'social rental agency private landlords'];
  const t2 = performance.now();
  for (let k = 0; k < 300; k++) a.answerer.answer(q[k % 3]!, 'en');
  const t3 = performance.now();
  console.log(`assistant ${(t1 - t0).toFixed(0)} ms; answer ${((t3 - t2) / 300).toFixed(2)} ms/question`);
}
