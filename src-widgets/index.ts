/** The widget SDK entry: importing it defines every `eih-*` element. */
export { EihWorkspace } from './workspace/eih-workspace';
