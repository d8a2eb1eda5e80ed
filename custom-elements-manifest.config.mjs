// Custom elements manifest of the widget SDK: `npx cem analyze` writes custom-elements.json from
// the JSDoc tags (@summary @event @slot @csspart @cssproperty) on every `eih-*` element.
export default {
  globs: ['src-widgets/**/*.ts'],
  exclude: ['src-widgets/**/*.styles.ts', 'src-widgets/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
