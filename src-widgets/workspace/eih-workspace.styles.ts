import { css } from 'lit';

export const workspaceStyles = css`
  :host {
    display: block;
    color: var(--eih-color-text, #1f2933);
    background: var(--eih-color-surface, #ffffff);
    font-family: var(--eih-font-family, system-ui, sans-serif);
    min-height: 100%;
  }
  header {
    display: flex;
    align-items: center;
    gap: 1rem;
    padding: 0.75rem 1.25rem;
    background: var(--eih-color-header, #293e40);
    color: var(--eih-color-header-text, #ffffff);
  }
  h1 {
    font-size: 1.1rem;
    margin: 0;
    font-weight: 600;
  }
  main {
    padding: 1.25rem;
  }
  .status[data-state='ok'] {
    color: var(--eih-color-success, #1a7f37);
  }
  .status[data-state='error'] {
    color: var(--eih-color-danger, #b42318);
  }
`;
