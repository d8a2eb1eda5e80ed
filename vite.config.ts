import { defineConfig } from 'vite';

/** The widget SDK: one ES module (Lit included) that any page loads with one script tag. */
export default defineConfig({
  // Lit's decorators are compiled as TypeScript experimental decorators (see toolchain notes).
  esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Always Lit's production build, whatever NODE_ENV the caller has (the test script exports
  // NODE_ENV=test, which would otherwise select the 'development' export condition: 70 KB gzip).
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: 'dist/widgets',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    lib: {
      entry: 'src-widgets/index.ts',
      formats: ['es'],
      fileName: () => 'eih-widgets.js',
    },
  },
});
