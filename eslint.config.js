// Lint rules that keep the architecture honest: the core stays pure and instance-safe (DESIGN.md,
// "Instance-safe core"), and imports only flow in the directions DESIGN.md allows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const INSTANCE_UNSAFE_SYNTAX = [
  { selector: 'ClassDeclaration[superClass.name=/^(Error|TypeError|RangeError|Array|Map|Set|Promise|RegExp|Date|Function|Object)$/]', message: 'builtins cannot be subclassed on a ServiceNow instance: return a Failure value instead' },
  { selector: 'ClassExpression[superClass.name=/^(Error|TypeError|RangeError|Array|Map|Set|Promise|RegExp|Date|Function|Object)$/]', message: 'builtins cannot be subclassed on a ServiceNow instance' },
  { selector: 'PrivateIdentifier', message: '#private members are not supported on a ServiceNow instance' },
  { selector: 'MethodDefinition[value.async=true]', message: 'async class methods are not supported on a ServiceNow instance' },
  { selector: 'ForOfStatement[await=true]', message: 'for await is not supported on a ServiceNow instance' },
  { selector: 'FunctionDeclaration[async=true][generator=true]', message: 'async generators are not supported on a ServiceNow instance' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'the core takes time from ctx.now, never from the clock' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'the core takes time from ctx.now, never from the clock' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'the core takes randomness from a seed (seededRandom), never Math.random' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is not allowed on a ServiceNow instance' },
  { selector: 'Literal[regex.flags=/d/]', message: 'the RegExp d flag is not supported on a ServiceNow instance' },
];

const INSTANCE_UNSAFE_GLOBALS = ['process', 'Buffer', 'fetch', 'setTimeout', 'setInterval', 'setImmediate', 'window', 'document', 'globalThis', 'Reflect', 'WeakRef', 'require', 'queueMicrotask', 'structuredClone', 'URL'].map((name) => ({
  name,
  message: `${name} does not exist (or is not allowed) on a ServiceNow instance; hosts do I/O, the core decides`,
}));

const restrictImports = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'build/**', 'target/**', 'coverage/**', '.data/**', 'src-server/fluent/generated/**', '**/*.d.ts', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Node-run configs and scripts written in plain JavaScript.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src-shared/**/*.ts', 'src-server/instance/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...INSTANCE_UNSAFE_SYNTAX],
      'no-restricted-globals': ['error', ...INSTANCE_UNSAFE_GLOBALS],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    ignores: ['src-shared/contract/**'],
    rules: {
      'no-restricted-imports': restrictImports([
        { regex: '^(?!\\.{1,2}/)', message: 'src-shared imports nothing outside itself (zod only in src-shared/contract)' },
        { regex: '\\.\\./\\.\\./\\.\\./', message: 'src-shared imports nothing outside itself' },
        { group: ['**/src-server/**', '**/src-widgets/**'], message: 'src-shared never imports a host' },
      ]),
    },
  },
  {
    files: ['src-shared/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        { regex: '^(?!\\.{1,2}/|zod$)', message: 'the contract layer imports only src-shared and zod' },
        { group: ['**/src-server/**', '**/src-widgets/**'], message: 'src-shared never imports a host' },
      ]),
    },
  },
  {
    files: ['src-server/instance/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        { regex: '^(?!\\.{1,2}/|@servicenow/glide$)', message: 'instance modules import only src-shared and @servicenow/glide' },
        { group: ['**/src-server/node/**', '**/src-server/sandbox/**', '**/src-widgets/**', '**/src-shared/contract/**'], message: 'instance modules never import the Node host, the sandbox, widgets or zod contracts' },
      ]),
    },
  },
  {
    files: ['src-server/fluent/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        { regex: '^(?!\\.{1,2}/|@servicenow/sdk/core$|@servicenow/sdk/global$)', message: 'Fluent imports only instance modules and @servicenow/sdk/core' },
        { group: ['**/src-server/node/**', '**/src-server/sandbox/**', '**/src-widgets/**'], message: 'Fluent never imports the Node host, the sandbox or widgets' },
      ]),
    },
  },
  {
    files: ['src-server/node/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        { group: ['@servicenow/*', '**/src-server/instance/**', '**/src-server/fluent/**', '**/src-widgets/**'], message: 'the Node host never imports @servicenow, the instance host or widgets' },
      ]),
    },
  },
  {
    files: ['src-server/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        { group: ['**/src-shared/**', '**/src-server/node/**', '**/src-server/instance/**', '**/src-widgets/**', '@servicenow/*'], message: 'the sandbox shares nothing with the clients it serves, so it can catch their mistakes' },
      ]),
    },
  },
  {
    files: ['src-widgets/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        { group: ['**/src-server/**', '@servicenow/*'], message: 'widgets talk to hosts over HTTP only' },
      ]),
    },
  },
);
