import { css } from 'lit';

/**
 * Design tokens, Polaris-like (ServiceNow workspace): neutral greys, a dark teal header, clear
 * status colours. Every token is an `--eih-*` custom property a page may set. `theme="dark"` on an
 * element sets the `--eih-*` tokens to the dark palette on that element, so every `eih-*` element
 * inside it inherits the dark theme; a page re-themes dark mode by setting the tokens on the element
 * itself (`eih-workspace[theme='dark'] { --eih-color-surface: … }`), which beats `:host` rules.
 */
export const themeStyles = css`
  :host {
    --_surface: var(--eih-color-surface, #ffffff);
    --_surface-alt: var(--eih-color-surface-alt, #f4f5f7);
    --_border: var(--eih-color-border, #c9ced6);
    --_text: var(--eih-color-text, #1f2933);
    --_muted: var(--eih-color-text-muted, #535d6b);
    --_accent: var(--eih-color-accent, #0d6b72);
    --_accent-text: var(--eih-color-accent-text, #ffffff);
    --_header: var(--eih-color-header, #293e40);
    --_header-text: var(--eih-color-header-text, #ffffff);
    --_success: var(--eih-color-success, #1a7f37);
    --_danger: var(--eih-color-danger, #b42318);
    --_warning: var(--eih-color-warning, #8a5300);
    --_info: var(--eih-color-info, #1d5bbf);
    --_neutral: var(--eih-color-neutral, #5b6370);
    --_focus: var(--eih-color-focus, #1d5bbf);
    --_radius: var(--eih-radius, 4px);
    --_space: var(--eih-space, 0.75rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--eih-font-family, 'Source Sans Pro', system-ui, -apple-system, 'Segoe UI', sans-serif);
    font-size: var(--eih-font-size, 0.875rem);
    line-height: 1.4;
  }
  :host([theme='dark']) {
    --eih-color-surface: #1c2526;
    --eih-color-surface-alt: #263234;
    --eih-color-border: #4a5859;
    --eih-color-text: #eef1f2;
    --eih-color-text-muted: #b7c0c2;
    --eih-color-accent: #5cc8cf;
    --eih-color-accent-text: #0b1a1b;
    --eih-color-header: #0f1b1c;
    --eih-color-success: #5fd38a;
    --eih-color-danger: #ff8a80;
    --eih-color-warning: #f0b950;
    --eih-color-info: #8ab4ff;
    --eih-color-neutral: #a0a8b0;
    --eih-color-focus: #8ab4ff;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  h2,
  h3 {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  h2 {
    font-size: 1.05rem;
  }
  h3 {
    font-size: 0.95rem;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  button,
  .button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.75rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.5rem;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  th {
    font-weight: 600;
    color: var(--_muted);
    background: var(--_surface-alt);
  }
  td.num,
  th.num {
    text-align: right;
  }
  .notice {
    margin: 0 0 0.5rem;
    padding: 0.4rem 0.6rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
  }
  .notice.error {
    border-left: 4px solid var(--_danger);
  }
  .notice.warning,
  .notice.offline {
    border-left: 4px solid var(--_warning);
  }
  .notice.success {
    border-left: 4px solid var(--_success);
  }
  .muted {
    color: var(--_muted);
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    /* In a form grid a field is as tall as its row: keep label and input together at the top
       instead of stretching the input when a neighbour has a hint. */
    align-content: start;
    margin-bottom: 0.6rem;
  }
  .field label {
    font-weight: 600;
  }
  .field .hint {
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .field .problem {
    color: var(--_danger);
    font-size: 0.8rem;
  }
  [data-tone='success'] {
    --_tone: var(--_success);
  }
  [data-tone='danger'] {
    --_tone: var(--_danger);
  }
  [data-tone='warning'] {
    --_tone: var(--_warning);
  }
  [data-tone='info'] {
    --_tone: var(--_info);
  }
  [data-tone='neutral'] {
    --_tone: var(--_neutral);
  }
`;
