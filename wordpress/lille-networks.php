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

/** The heading levels the element accepts; it reads anything else as level 2. */
const LILLE_NETWORKS_LEVELS = array( 2, 3, 4, 5, 6 );

/**
 * A language tag as the element's data writes its languages (BCP 47: `fr`, `nl-BE`), and the
 * longest kept: the length BCP 47 asks software to handle at least (RFC 5646, 4.4.1), beyond
 * which a tag carries nothing that chooses among the data's languages.
 */
const LILLE_NETWORKS_LANGUAGE_TAG = '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/D';
const LILLE_NETWORKS_LANGUAGE_TAG_LENGTH = 35;

/**
 * A web address as the element's data takes one, and at the same length: `src` names the
 * element's data.
 */
const LILLE_NETWORKS_ADDRESS = '/^https?:\/\/[^\s\/?#]\S*$/iuD';
const LILLE_NETWORKS_ADDRESS_LENGTH = 2000;

/**
 * A network's id in the element's data, and the most networks a document has: the ids that
 * `networks` may name in a `src` document, unknown here.
 */
const LILLE_NETWORKS_ID = '/^[a-z0-9]+(-[a-z0-9]+)*$/D';
const LILLE_NETWORKS_ID_LENGTH = 60;
const LILLE_NETWORKS_MAX_IDS = 1000;

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
 * Only values the element reads as this function does are printed; any other is left out, and
 * the element's default applies, here as in the browser: the page's language, every network,
 * heading level 2, the bundled data. The cards printed are then those the element shows, and
 * no value of any length reaches the page (core's formatters fail on a megabyte in one tag).
 *
 * @param array  $options  lang, networks, src (strings), heading_level (int), single and
 *                         no_toggle_all (true or false), as the block or the shortcode read them.
 * @param string $wrapper  Extra attributes, already escaped (the block's classes).
 * @return string HTML; '' when `networks` names no network that the data has (no card to show).
 */
function lille_networks_element( array $options, $wrapper = '' ) {
	$lang          = lille_networks_language_tag( $options['lang'] ?? '' );
	$src           = lille_networks_address( $options['src'] ?? '' );
	$level         = in_array( $options['heading_level'] ?? 2, LILLE_NETWORKS_LEVELS, true ) ? $options['heading_level'] : 2;
	$single        = true === ( $options['single'] ?? false );
	$no_toggle_all = true === ( $options['no_toggle_all'] ?? false );
	// With `src` the ids are another document's, known only to the browser.
	$ids = lille_networks_ids( $options['networks'] ?? '', '' === $src ? lille_networks_bundled_ids() : null );
	if ( null === $ids ) {
		return '';
	}

	// In the order of renderToString's.
	$attributes = '';
	if ( '' !== $lang ) {
		$attributes .= ' lang="' . esc_attr( $lang ) . '"';
	}
	if ( $ids ) {
		$attributes .= ' networks="' . esc_attr( implode( ' ', $ids ) ) . '"';
	}
	if ( 2 !== $level ) {
		$attributes .= ' heading-level="' . esc_attr( (string) $level ) . '"';
	}
	if ( $single ) {
		$attributes .= ' single';
	}
	if ( $no_toggle_all ) {
		$attributes .= ' no-toggle-all';
	}
	if ( '' !== $wrapper ) {
		$attributes .= ' ' . $wrapper;
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
			$level,
			$ids,
			$single || $no_toggle_all
		)
		: '';

	return '<lille-networks' . $attributes . '>' . $cards . '</lille-networks>';
}

/**
 * `$value` when it is a language tag of a sensible length, else ''.
 *
 * @param mixed $value The `lang` option.
 * @return string
 */
function lille_networks_language_tag( $value ) {
	$tag = is_string( $value ) ? trim( $value ) : '';
	return strlen( $tag ) <= LILLE_NETWORKS_LANGUAGE_TAG_LENGTH && preg_match( LILLE_NETWORKS_LANGUAGE_TAG, $tag ) ? $tag : '';
}

/**
 * `$value` escaped for an attribute when it is an http or https address of at most 2,000
 * characters, else ''.
 *
 * @param mixed $value The `src` option.
 * @return string
 */
function lille_networks_address( $value ) {
	$address = is_string( $value ) ? trim( $value ) : '';
	if ( mb_strlen( $address, 'UTF-8' ) > LILLE_NETWORKS_ADDRESS_LENGTH || ! preg_match( LILLE_NETWORKS_ADDRESS, $address ) ) {
		return '';
	}
	return esc_url( $address, array( 'http', 'https' ) );
}

/**
 * The ids that `$networks` names (separated by spaces or commas, as the element splits them),
 * each once, in their order, among `$known` (the data's ids); with no `$known`, those written as
 * ids. A document has at most 1,000 networks: further names are not read.
 *
 * @param mixed         $networks The `networks` option.
 * @param string[]|null $known    The ids of the data shown, or null when only the browser has it.
 * @return string[]|null The ids; [] for every network (none named); null when all those named are
 *                       unknown, which shows no card.
 */
function lille_networks_ids( $networks, $known ) {
	$networks = is_string( $networks ) ? $networks : '';
	$limit    = LILLE_NETWORKS_MAX_IDS + 1;
	// JavaScript's \s, which the element splits on, also has U+FEFF.
	$named = preg_split( '/[\s,\x{FEFF}]+/u', $networks, $limit, PREG_SPLIT_NO_EMPTY );
	// Bytes that are not UTF-8 (no /u): ASCII spaces only, as such a text names no known id anyway.
	$named = false === $named ? preg_split( '/[\s,]+/', $networks, $limit, PREG_SPLIT_NO_EMPTY ) : $named;
	// The last piece is the rest of the text, unread.
	$named = array_slice( $named, 0, LILLE_NETWORKS_MAX_IDS );
	if ( ! $named ) {
		return array();
	}
	$ids = array();
	foreach ( $named as $id ) {
		$valid = null === $known
			? strlen( $id ) <= LILLE_NETWORKS_ID_LENGTH && preg_match( LILLE_NETWORKS_ID, $id )
			: in_array( $id, $known, true );
		if ( $valid ) {
			$ids[ $id ] = $id;
		}
	}
	return $ids ? array_values( $ids ) : null;
}

/**
 * The bundled networks' ids, in their order.
 *
 * @return string[]
 */
function lille_networks_bundled_ids() {
	$pieces = lille_networks_pieces();
	return isset( $pieces['en']['cards']['2'] ) ? array_map( 'strval', array_keys( $pieces['en']['cards']['2'] ) ) : array();
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
 * The element's declarative shadow root for the networks shown: `$ids` in that order, or all of
 * them in the bundled order, in `$language`, with headings at `$level`, all closed. It is
 * assembled from the pieces that the build rendered with the element's own templates
 * (`renderPieces` of its server entry), as `renderToString` assembles them: the opening (the
 * element's styles, the cards' wrapper), the "show all" button unless `$no_toggle_all`, the
 * cards, the closing.
 *
 * @param string   $language      A language of the bundled data, e.g. `fr`.
 * @param int      $level         2 to 6.
 * @param string[] $ids           Bundled ids; [] for all.
 * @param bool     $no_toggle_all No "show all" button (the `single` or `no-toggle-all` option).
 * @return string HTML, or '' when the build's pieces are missing.
 */
function lille_networks_cards( $language, $level, array $ids, $no_toggle_all ) {
	$pieces = lille_networks_pieces();
	if ( ! isset( $pieces[ $language ]['cards'][ (string) $level ] ) ) {
		return '';
	}
	$piece = $pieces[ $language ];
	$cards = $piece['cards'][ (string) $level ];

	$shown = array();
	foreach ( $ids ? $ids : array_keys( $cards ) as $id ) {
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
 * The block's options, each attribute read as the block editor reads it: a value of another type
 * than block.json's is the default. WordPress's own check, before render.php, lets through
 * `"false"` for a boolean and `"3"` for a number, which the editor reads as false and 2: read
 * the same way here, the editor, its preview and the page show the same cards whatever a post
 * holds. block.json types the heading level as any number or null, not as an integer: the
 * editor keeps any number (3.5), and its preview, which the REST API checks against block.json
 * before it gets here, sends it as JSON, where an infinity becomes null.
 *
 * @param mixed $attributes The block's attributes.
 * @return array The options of lille_networks_element().
 */
function lille_networks_block_options( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$text       = function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ? $attributes[ $name ] : '';
	};
	$level      = $attributes['headingLevel'] ?? 2;
	// A number without a fraction (3 or 3.0); a string, 3.5 or 2^70 is no level.
	$is_level = ( is_int( $level ) || is_float( $level ) ) && $level >= 2 && $level <= 6 && floor( $level ) === (float) $level;
	return array(
		'lang'          => $text( 'lang' ),
		'networks'      => $text( 'networks' ),
		'heading_level' => $is_level ? (int) $level : 2,
		'single'        => true === ( $attributes['single'] ?? false ),
		'no_toggle_all' => true === ( $attributes['noToggleAll'] ?? false ),
		'src'           => $text( 'src' ),
	);
}

/**
 * `[lille-networks lang="fr" networks="polis iclei" heading-level="3" single no-toggle-all src="…"]`.
 * `single` and `no-toggle-all` are on when written alone, as in HTML, or set to `true`, `1`,
 * `yes`, `on` or their own name (`single="single"`); off for any other value (`false`, `0`,
 * `no`, `off`, empty). `heading-level` is a number written in digits.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string HTML.
 */
function lille_networks_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	// Attributes written alone come as values with numeric keys.
	$flags = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) ) {
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
	$flag  = function ( $name ) use ( $options, $flags ) {
		$value = is_scalar( $options[ $name ] ) ? strtolower( trim( (string) $options[ $name ] ) ) : '';
		return in_array( $name, $flags, true ) || in_array( $value, array( 'true', '1', 'yes', 'on', $name ), true );
	};
	$level = is_string( $options['heading-level'] ) ? trim( $options['heading-level'] ) : '';
	return lille_networks_element(
		array(
			'lang'          => $options['lang'],
			'networks'      => $options['networks'],
			'heading_level' => preg_match( '/^[0-9]+$/', $level ) ? (int) $level : 2,
			'single'        => $flag( 'single' ),
			'no_toggle_all' => $flag( 'no-toggle-all' ),
			'src'           => $options['src'],
		)
	);
}

/** In the editor, the bundled ids and the heading levels, which the sidebar offers as choices. */
function lille_networks_editor_assets() {
	$ids = lille_networks_bundled_ids();
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
