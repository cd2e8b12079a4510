import { rollup } from 'rollup';
const cfg = await import('./rollup.config.mjs');
for (const mk of [() => cfg.plugins(), () => cfg.sharedPlugins().plugins()]) {
  const b = await rollup({
    input: 'src/components/later.ts',
    plugins: mk(),
    onwarn: (w) => console.log('WARN', w.code, w.message.slice(0, 100)),
  });
  console.log((b.cache?.modules ?? []).filter((m) => m.id.includes('lit')).length);
  await b.close();
}
