/**
 * The block's editor: its options in the sidebar, and a preview that is the server's own
 * rendering (render.php), so that the editor shows what the page will show. Plain JavaScript on
 * WordPress's `wp.*` globals: no build step. The block's name, attributes and texts come from
 * block.json, which WordPress hands to the editor.
 */
(function (wp) {
  const { createElement: el } = wp.element;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { FormTokenField, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  // The bundled networks' ids, in their order, and the heading levels, from the plugin
  // (lille-networks.php).
  const bundledIds = window.lilleNetworksIds || [];
  const levels = window.lilleNetworksLevels || [2];
  const idsOf = (networks) => networks.split(/[\s,]+/).filter(Boolean);

  function Edit({ attributes, setAttributes }) {
    const { lang, networks, headingLevel, single, noToggleAll, src } = attributes;
    // Controls that predate the 40 px and margin-less styles keep the old ones without these.
    const modern = { __next40pxDefaultSize: true, __nextHasNoMarginBottom: true };
    return el(
      'div',
      useBlockProps(),
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Cards', 'lille-networks') },
          el(SelectControl, {
            ...modern,
            label: __('Language', 'lille-networks'),
            value: lang,
            options: [
              { value: '', label: __('Language of the page', 'lille-networks') },
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
            ],
            onChange: (value) => setAttributes({ lang: value }),
          }),
          el(FormTokenField, {
            ...modern,
            label: __('Networks', 'lille-networks'),
            value: idsOf(networks),
            suggestions: bundledIds,
            __experimentalExpandOnFocus: true,
            __experimentalShowHowTo: false,
            help: __('In the order shown. Empty: all, in their usual order.', 'lille-networks'),
            onChange: (tokens) =>
              setAttributes({ networks: tokens.map((token) => String(token.value ?? token).trim()).join(' ') }),
          }),
          el(SelectControl, {
            ...modern,
            label: __('Heading level', 'lille-networks'),
            help: __('One below the heading of the section that holds the cards.', 'lille-networks'),
            value: String(headingLevel),
            options: levels.map((level) => ({ value: String(level), label: `H${level}` })),
            onChange: (value) => setAttributes({ headingLevel: Number(value) }),
          }),
          el(ToggleControl, {
            ...modern,
            label: __('One card open at a time', 'lille-networks'),
            checked: single,
            onChange: (value) => setAttributes({ single: value }),
          }),
          el(ToggleControl, {
            ...modern,
            label: __('“Show all” button', 'lille-networks'),
            help: single ? __('Never shown when one card is open at a time.', 'lille-networks') : undefined,
            checked: !noToggleAll,
            onChange: (value) => setAttributes({ noToggleAll: !value }),
          }),
          el(TextControl, {
            ...modern,
            type: 'url',
            label: __('Data address (src)', 'lille-networks'),
            help: __(
              'A JSON document that replaces the bundled data. Visitors without JavaScript then see no cards.',
              'lille-networks',
            ),
            value: src,
            onChange: (value) => setAttributes({ src: value }),
          }),
        ),
      ),
      // POST: the attributes go in the request's body, as the block holds them, whatever their
      // length; the server reads them as it reads the post's (render.php).
      el(ServerSideRender, { block: 'lille-networks/networks', attributes, httpMethod: 'POST' }),
    );
  }

  // Three closed cards. An SVG, as core blocks have: a Dashicon is a glyph of an icon font,
  // which Chromium reads into the block's name in the inserter.
  const outline = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 };
  const card = (y) => el('rect', { x: 3.75, y, width: 16.5, height: 4.5, rx: 1, ...outline });
  const svg = { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 24 24', 'aria-hidden': true };
  const icon = el('svg', svg, card(3.75), card(9.75), card(15.75));

  // Rendered on the server: the post keeps only the block's comment and its attributes.
  wp.blocks.registerBlockType('lille-networks/networks', { icon, edit: Edit, save: () => null });
})(window.wp);
