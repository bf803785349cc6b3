<?php
/**
 * Plugin Name:       Lille networks
 * Plugin URI:        https://www.npmjs.com/package/lille-networks
 * Description:       Lille Métropole's European networks as accessible accordion cards, in French or English: a block and a [lille-networks] shortcode, whose cards are in the page's HTML, for every visitor, with or without JavaScript.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Métropole Européenne de Lille
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       lille-networks
 * Domain Path:       /languages
 *
 * @package lille-networks
 */

defined( 'ABSPATH' ) || exit;

define( 'LILLE_NETWORKS_VERSION', '{{version}}' );

/**
 * The heading levels the element accepts; anything else is its level 2 (with a warning from the
 * element in the browser console).
 */
const LILLE_NETWORKS_LEVELS = array( 2, 3, 4, 5, 6 );

add_action( 'init', 'lille_networks_register' );
add_action( 'enqueue_block_editor_assets', 'lille_networks_editor_assets' );
add_action( 'enqueue_block_assets', 'lille_networks_preview_assets' );

/** The block (block.json, rendered by render.php) and the shortcode for classic content. */
function lille_networks_register() {
	// The plugin carries its own French (languages/), for block.json and the editor's sidebar.
	load_plugin_textdomain( 'lille-networks', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	register_block_type( __DIR__ );
	wp_set_script_translations(
		generate_block_asset_handle( 'lille-networks/networks', 'editorScript' ),
		'lille-networks',
		__DIR__ . '/languages'
	);
	add_shortcode( 'lille-networks', 'lille_networks_shortcode' );
}

/**
 * The element with its options as attributes and its cards inside, in a declarative shadow root:
 * the browser shows them as the page loads, before the element's script runs, and without
 * JavaScript. Printed here, at render time, rather than saved in the post: kses strips the
 * element and any script from the content an author or contributor saves, and wpautop would
 * break hand-written markup.
 *
 * Every value goes through as the element would read it, so that a bad one gets the element's
 * own behaviour: an unknown language gives English, an unknown id is ignored, a heading level
 * other than 2 to 6 gives level 2; the browser console says why.
 *
 * @param array  $options  lang, networks, heading_level, single, no_toggle_all, src.
 * @param string $wrapper  Extra attributes, already escaped (the block's classes).
 * @return string HTML.
 */
function lille_networks_element( array $options, $wrapper = '' ) {
	$lang     = trim( (string) ( $options['lang'] ?? '' ) );
	$networks = trim( (string) ( $options['networks'] ?? '' ) );
	$level    = trim( (string) ( $options['heading_level'] ?? '' ) );
	$src      = trim( (string) ( $options['src'] ?? '' ) );
	// Escaped for the attribute, and web addresses only: the element fetches nothing else.
	$src = '' === $src ? '' : esc_url( $src, array( 'http', 'https' ) );

	$valid_level = in_array( (int) $level, LILLE_NETWORKS_LEVELS, true ) && (string) (int) $level === $level;

	$attributes = '' === $wrapper ? '' : ' ' . $wrapper;
	if ( '' !== $lang ) {
		$attributes .= ' lang="' . esc_attr( $lang ) . '"';
	}
	if ( '' !== $networks ) {
		$attributes .= ' networks="' . esc_attr( $networks ) . '"';
	}
	if ( '' !== $level ) {
		$attributes .= ' heading-level="' . esc_attr( $level ) . '"';
	}
	if ( ! empty( $options['single'] ) ) {
		$attributes .= ' single';
	}
	if ( ! empty( $options['no_toggle_all'] ) ) {
		$attributes .= ' no-toggle-all';
	}
	if ( '' !== $src ) {
		$attributes .= ' src="' . $src . '"';
	}

	lille_networks_enqueue_script();

	// The cards are the bundled data's: with `src` the element shows another document, so none
	// (its script renders the cards when that document arrives).
	$cards = '' === $src
		? lille_networks_cards(
			// Without `lang` the element follows the page, whose <html lang> is the site's language.
			lille_networks_language_of( '' !== $lang ? $lang : get_bloginfo( 'language' ) ),
			$valid_level ? (int) $level : 2,
			$networks,
			! empty( $options['single'] ) || ! empty( $options['no_toggle_all'] )
		)
		: '';

	return '<lille-networks' . $attributes . '>' . $cards . '</lille-networks>';
}

/**
 * The element's own rule (src/i18n.ts, chooseLanguage) for the bundled data: the tag itself
 * where the data has that language, else its base language (`fr-FR` → `fr`), else English.
 *
 * @param string $tag A language tag.
 * @return string A language of the bundled data, e.g. `fr`.
 */
function lille_networks_language_of( $tag ) {
	$covered = lille_networks_pieces();
	$wanted  = strtolower( (string) $tag );
	foreach ( array( $wanted, explode( '-', $wanted )[0] ) as $language ) {
		if ( isset( $covered[ $language ] ) ) {
			return $language;
		}
	}
	return 'en';
}

/**
 * The element's declarative shadow root for the networks shown: those named in `$networks`
 * (space- or comma-separated ids, in that order, each once, unknown ones left out) or all of
 * them in the bundled order, in `$language`, with headings at `$level`, all closed. It is
 * assembled from the pieces that the build rendered with the element's own templates
 * (`renderPieces` of its server entry), as `renderToString` assembles them: the opening (the
 * element's styles, the cards' wrapper), the "show all" button unless `$no_toggle_all`, the
 * cards, the closing.
 *
 * @param string $language      `fr` or `en`.
 * @param int    $level         2 to 6.
 * @param string $networks      The `networks` option.
 * @param bool   $no_toggle_all No "show all" button (the `single` or `no-toggle-all` option).
 * @return string HTML, or '' when the build's pieces are missing.
 */
function lille_networks_cards( $language, $level, $networks, $no_toggle_all ) {
	$pieces = lille_networks_pieces();
	if ( ! isset( $pieces[ $language ]['cards'][ (string) $level ] ) ) {
		return '';
	}
	$piece = $pieces[ $language ];
	$cards = $piece['cards'][ (string) $level ];

	// As the element splits its attribute.
	$wanted = preg_split( '/[\s,]+/', $networks, -1, PREG_SPLIT_NO_EMPTY );
	$ids    = $wanted ? array_unique( $wanted ) : array_keys( $cards );
	$shown  = array();
	foreach ( $ids as $id ) {
		if ( isset( $cards[ $id ] ) ) {
			$shown[] = $cards[ $id ];
		}
	}
	$toggle_all = $shown && ! $no_toggle_all ? $piece['toggleAll'] : '';
	return $piece['open'] . $toggle_all . implode( '', $shown ) . $piece['close'];
}

/**
 * The build's pieces of the element's markup (build/lille-networks.pieces.json: per language,
 * the opening, the "show all" button, the closing, and the cards per heading level and network
 * id, in the bundled order), read once per request.
 *
 * @return array
 */
function lille_networks_pieces() {
	static $pieces = null;
	if ( null === $pieces ) {
		$file    = __DIR__ . '/build/lille-networks.pieces.json';
		$decoded = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$pieces  = is_array( $decoded ) ? $decoded : array();
	}
	return $pieces;
}

/**
 * The bundle, on the pages that show the element only: called while rendering, which in a
 * block theme happens before wp_head and in a classic theme before wp_footer, where WordPress
 * prints what was enqueued late.
 */
function lille_networks_enqueue_script() {
	$src = plugins_url( 'build/lille-networks.js', __FILE__ );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress 6.5 and later print script modules themselves.
		wp_enqueue_script_module( 'lille-networks', $src, array(), LILLE_NETWORKS_VERSION );
		return;
	}
	wp_enqueue_script( 'lille-networks', $src, array(), LILLE_NETWORKS_VERSION, true );
	add_filter( 'script_loader_tag', 'lille_networks_module_tag', 10, 3 );
}

/**
 * Before WordPress 6.5, scripts are classic: print ours as a module (the bundle is an ES
 * module; a module also runs after the document is parsed, like `defer`).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle The script's handle.
 * @param string $src    Its address, already escaped.
 * @return string
 */
function lille_networks_module_tag( $tag, $handle, $src ) {
	if ( 'lille-networks' !== $handle ) {
		return $tag;
	}
	return wp_get_script_tag(
		array(
			'type' => 'module',
			'src'  => $src,
			'id'   => 'lille-networks-js',
		)
	);
}

/**
 * `[lille-networks lang="fr" networks="polis iclei" heading-level="3" single no-toggle-all src="…"]`.
 * `single` and `no-toggle-all` are on when written alone, as in HTML, or with a true value
 * (`single="true"`, `single="1"`).
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string HTML.
 */
function lille_networks_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	// Attributes written alone come as values with numeric keys.
	$flags = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$flags[] = strtolower( $value );
		}
	}
	$options = shortcode_atts(
		array(
			'lang'          => '',
			'networks'      => '',
			'heading-level' => '',
			'single'        => null,
			'no-toggle-all' => null,
			'src'           => '',
		),
		$atts,
		'lille-networks'
	);
	$flag = function ( $name ) use ( $options, $flags ) {
		return in_array( $name, $flags, true ) || ( null !== $options[ $name ] && wp_validate_boolean( $options[ $name ] ) );
	};
	return lille_networks_element(
		array(
			'lang'          => $options['lang'],
			'networks'      => $options['networks'],
			'heading_level' => $options['heading-level'],
			'single'        => $flag( 'single' ),
			'no_toggle_all' => $flag( 'no-toggle-all' ),
			'src'           => $options['src'],
		)
	);
}

/** In the editor, the bundled ids and the heading levels, which the sidebar offers as choices. */
function lille_networks_editor_assets() {
	$pieces = lille_networks_pieces();
	$ids    = isset( $pieces['en']['cards']['2'] ) ? array_keys( $pieces['en']['cards']['2'] ) : array();
	wp_add_inline_script(
		generate_block_asset_handle( 'lille-networks/networks', 'editorScript' ),
		'window.lilleNetworksIds = ' . wp_json_encode( $ids ) . '; window.lilleNetworksLevels = ' . wp_json_encode( LILLE_NETWORKS_LEVELS ) . ';',
		'before'
	);
}

/**
 * In the editor only, the classic-script bundle, so that the block's preview (the server's
 * rendering, as in the page) shows the cards themselves. This hook also reaches the editor's
 * canvas where WordPress puts it in an iframe (6.3 and later); on the site, the element's
 * pages get the module (lille_networks_enqueue_script).
 */
function lille_networks_preview_assets() {
	if ( ! is_admin() ) {
		return;
	}
	wp_enqueue_script(
		'lille-networks-preview',
		plugins_url( 'build/lille-networks.iife.js', __FILE__ ),
		array(),
		LILLE_NETWORKS_VERSION,
		true
	);
}
