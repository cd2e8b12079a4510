// Bundles the player (one IIFE file, works from file:// and under a strict CSP) and the
// embedded LMS for standalone use (one IIFE file per SCORM standard, loaded only without an LMS).
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const plugins = () => [
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts'], noEmit: false, outDir: undefined, declaration: false, sourceMap: false, noEmitOnError: true }),
  // Collapses whitespace inside Lit html`` and css`` templates (layout-neutral).
  minifyHTML({ options: { minifyOptions: { conservativeCollapse: true } } }),
  terser({ module: true, toplevel: true, format: { comments: false }, compress: { passes: 3, pure_getters: true, ecma: 2020 } }),
];

const bundle = (input, file, name) => ({
  input,
  output: { file, format: 'iife', name, sourcemap: false },
  plugins: plugins(),
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
});

export default [
  bundle('src/main.ts', 'dist/build/player.js', 'Samenspel'),
  bundle('src/tracking/embedded/scorm12.ts', 'dist/build/embedded-lms-scorm12.js', 'SamenspelLms12'),
  bundle('src/tracking/embedded/scorm2004.ts', 'dist/build/embedded-lms-scorm2004.js', 'SamenspelLms2004'),
];
