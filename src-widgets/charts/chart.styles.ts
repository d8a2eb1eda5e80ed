import { css } from 'lit';

/** Shared chart look: series colours are `--eih-chart-*` tokens so a page can re-theme them. */
export const chartStyles = css`
  :host {
    --_c-succeeded: var(--eih-chart-succeeded, var(--_success));
    --_c-failed: var(--eih-chart-failed, var(--_danger));
    --_c1: var(--eih-chart-1, #0d6b72);
    --_c2: var(--eih-chart-2, #7b4fc9);
    --_c3: var(--eih-chart-3, #b35c00);
    --_c4: var(--eih-chart-4, #1d5bbf);
    --_c5: var(--eih-chart-5, #b8336a);
    --_grid: var(--eih-chart-grid, var(--_border));
  }
  :host([theme='dark']) {
    --eih-chart-1: #5cc8cf;
    --eih-chart-2: #b89af0;
    --eih-chart-3: #f0a35c;
    --eih-chart-4: #8ab4ff;
    --eih-chart-5: #f28fb8;
  }
  /* Charts side by side in a grid row share its height: the card fills its (stretched) host. */
  .card {
    height: 100%;
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .head h2,
  .head h3 {
    margin: 0;
  }
  .plot {
    position: relative;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  svg text {
    fill: var(--_muted);
    font-size: 10px;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-dasharray: 2 3;
  }
  .axis line {
    stroke: var(--_border);
  }
  [data-hit] {
    cursor: pointer;
  }
  [data-hit]:hover,
  [data-hit].active {
    opacity: 0.8;
    stroke: var(--_text);
    stroke-width: 1;
  }
  .tip {
    position: absolute;
    transform: translate(-50%, calc(-100% - 8px));
    pointer-events: none;
    background: var(--_header);
    color: var(--_header-text);
    padding: 0.3rem 0.5rem;
    border-radius: var(--_radius);
    font-size: 0.8rem;
    white-space: pre;
    z-index: 1;
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
    list-style: none;
    padding: 0;
    margin: 0.4rem 0 0;
  }
  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 2px;
    margin-right: 0.3rem;
    vertical-align: -1px;
    background: var(--_swatch);
  }
`;
