// The tag only marks the template for the build's CSS minifier; the text goes into a
// constructed stylesheet (reactive-element.ts).
const css = String.raw;

/*
 * Each public custom property falls back to a private one, set once on the wrapper, so the public
 * surface stays the documented list while the defaults can change. Colours use light-dark()
 * with the colour scheme inherited from the page: dark only where the page declares dark.
 */
export const styles = css`
  /* On the wrapper inside the shadow root, where the page's own rules cannot reach: a page that
     sets "private" properties of the same names on every element (* { --_text: … }) does not
     change these; the public --lille-networks-* properties, inherited through the host, do. */
  [lang] {
    --_accent: var(--lille-networks-accent,light-dark(#0b5394,#9cc3f5));
    --_text: var(--lille-networks-text,light-dark(#1e1e1e,#f0f0f0));
    --_muted: var(--lille-networks-muted,light-dark(#4d4d4d,#c8c8c8));
    --_bg: var(--lille-networks-background,light-dark(#fff,#1b1b1f));
    --_header-bg: var(--lille-networks-header-background,light-dark(#f4f6f9,#26262c));
    --_border: var(--lille-networks-border,#8a8f98);
    --_radius: var(--lille-networks-radius,.25rem);
    --_space: var(--lille-networks-spacing,1rem);
    --_focus: var(--lille-networks-focus,#ffbf47);
    color: var(--_text);
    /* Inherited text settings, reset here rather than on the host: the page's rules, even its
       !important ones on every element (* { text-transform: uppercase !important }), reach the
       host but not this wrapper, so plain declarations hold. */
    text-transform: none;
    letter-spacing: normal;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    /* Gradient-text containers (background-clip: text) make text transparent this way. */
    -webkit-text-fill-color: currentcolor;
    line-height: 1.5;
    /* The font follows the page (1em is the host's), but a hostile size cannot make it unreadable. */
    font-size: clamp(14px,1em,28px);
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  :host {
    /* Not !important, and no visibility: the page must stay able to hide the element (an inline
       display: none from jQuery's .hide() or Vue's v-show, a class rule, an invisible container). */
    display: block;
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }

  /* A panel hidden "until found" keeps its box (for find-in-page): it must not keep its padding,
     nor its grid gaps, which WebKit still lays out between the skipped rows (48px and more). */
  [part=panel][hidden] {
    padding: 0;
    gap: 0;
  }

  p,
  ul,
  dl,
  dd {
    margin: 0;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    margin: 0;
    border: 0;
    background: none;
  }

  .visually-hidden {
    position: absolute;
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
    white-space: nowrap;
  }

  [part=toggle-all] {
    display: block;
    margin-inline-start: auto;
    margin-block-end: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
    color: var(--_accent);
    text-decoration: underline;
  }

  /* A card's own layout and styles stay inside it: a toggle lays out its card and only moves
     the others, which keeps a toggle fast among hundreds of cards (nothing is skipped). */
  [part=card] {
    contain: layout style;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: calc(var(--_space) / 2);
  }

  [part=heading] {
    margin: 0;
    font: inherit;
  }

  [part=button] {
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: var(--_space);
    align-items: center;
    /* Full width with padding: the one box that needs border-box. */
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: calc(var(--_space) * .75) var(--_space);
    border-radius: var(--_radius);
    text-align: start;
  }

  [part=button]:hover,
  [part=button][aria-expanded='true'] {
    background: var(--_header-bg);
  }

  [part=button][aria-expanded='true'] {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    box-shadow: inset 4px 0 var(--_accent);
  }

  .name {
    font-size: 1.2em;
    font-weight: 700;
    color: var(--_accent);
  }

  [part=summary] {
    grid-column: 1;
    color: var(--_muted);
  }

  /* The expand indicator: a chevron drawn with borders, which keep their colour in forced-colours
     mode, unlike background images. */
  [part=button]::after {
    content: '';
    grid-column: 2;
    grid-row: 1 / span 2;
    width: 0.6em;
    height: 0.6em;
    margin-inline: .25em;
    border: solid var(--_accent);
    border-width: 0 .15em .15em 0;
    transform: translateY(-25%) rotate(45deg);
  }

  [aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text);
  }

  /* The ring of a card's button, which fills its card, is drawn inside the button: the same dark
     and yellow bands, turned inwards, so that nothing around it (the card's own edge, a page
     column with overflow: hidden) can cut it. */
  [part=button]:focus-visible {
    outline-offset: -5px;
    box-shadow: inset 0 0 0 2px var(--_text);
  }

  [part=panel] {
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
  }

  [part=panel] > div {
    display: grid;
    gap: calc(var(--_space) / 4);
  }

  dl {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  dl > div {
    display: grid;
    grid-template-columns: minmax(7em, 12em) 1fr;
    gap: calc(var(--_space) / 2);
  }

  @container (max-width: 30em) {
    dl > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  dt,
  .label {
    font-weight: 700;
    color: var(--_muted);
  }

  ul {
    padding-inline-start: 1.25em;
  }

  .project {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space);
  }

  a {
    color: var(--_accent);
    text-underline-offset: .2em;
  }

  @media (prefers-reduced-motion: no-preference) {
    [part=panel]:not([hidden]) {
      animation: open 0.2s ease-out;
    }

    [part=button]::after {
      transition: transform 0.2s;
    }

    @keyframes open {
      from {
        opacity: 0;
        transform: translateY(-0.5rem);
      }
    }
  }

  @media (forced-colors: active) {
    [part=card],
    [part=button][aria-expanded='true'] {
      border: 1px solid CanvasText;
    }

    [part=button]::after {
      border-color: ButtonText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* Printing shows every card's content, open or not (and so does the server's markup without
     JavaScript: src/server.ts adds that media query to this rule). */
  @media print {
    [part=toggle-all],
    [part=button]::after {
      display: none;
    }

    [part=panel][hidden] {
      display: grid !important;
      content-visibility: visible !important;
      padding: var(--_space);
      gap: var(--_space);
    }
  }
`;

/**
 * Only in the server's HTML (src/server.ts), whose styles apply before the script runs, or
 * without it: the element's own stylesheet never needs them, since once it runs it is defined.
 */
export const serverStyles = css`
  /* The page's first paint is the final one: a card open in the markup does not fade in. */
  :host(:not(:defined)) [part=panel] {
    animation: none;
  }

  /* Until the script runs (a slow network, a blocked or failed script), a click or a tab on a
     card's button reveals its panel, and the button looks open; once the script runs, a card
     revealed then stays open (lille-networks.ts), so that nothing changes on screen. */
  :host(:not(:defined)) [part=card]:focus-within [part=panel] {
    display: grid;
    content-visibility: visible;
    padding: var(--_space);
    gap: var(--_space);
  }

  /* As an open card's button looks (above). */
  :host(:not(:defined)) [part=card]:focus-within [part=button] {
    background: var(--_header-bg);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  :host(:not(:defined)) [part=card]:focus-within [part=button]::after {
    transform: translateY(25%) rotate(-135deg);
  }
`;
