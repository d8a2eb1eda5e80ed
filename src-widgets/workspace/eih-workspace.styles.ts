import { css } from 'lit';

export const workspaceStyles = css`
  :host {
    background: var(--_surface-alt);
    color: var(--_text);
    min-height: 100%;
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.6rem 1.25rem;
    background: var(--_header);
    color: var(--_header-text);
  }
  h1 {
    font-size: 1.05rem;
    margin: 0;
    font-weight: 600;
  }
  .spacer {
    flex: 1;
  }
  button.ghost {
    background: transparent;
    color: var(--_header-text);
    border-color: rgba(255, 255, 255, 0.5);
  }
  button.ghost[aria-pressed='true'] {
    background: rgba(255, 255, 255, 0.18);
  }
  nav {
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
    padding: 0 1.25rem;
  }
  nav ul {
    display: flex;
    gap: 1.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav a {
    display: inline-block;
    padding: 0.6rem 0;
    color: var(--_text);
    text-decoration: none;
    border-bottom: 3px solid transparent;
  }
  nav a[aria-current='page'] {
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  main {
    padding: 1.25rem;
    outline: none;
  }
`;
