<?php
/**
 * The block `lille-networks/networks`, rendered on the server (block.json `render`): the element
 * with the block's classes, the options set in the editor's sidebar and its cards.
 *
 * @package lille-networks
 *
 * @var array $attributes The block's attributes, with block.json's defaults.
 */

defined( 'ABSPATH' ) || exit;

echo lille_networks_element( // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by lille_networks_element().
	array(
		'lang'          => $attributes['lang'],
		'networks'      => $attributes['networks'],
		'heading_level' => $attributes['headingLevel'],
		'single'        => $attributes['single'],
		'no_toggle_all' => $attributes['noToggleAll'],
		'src'           => $attributes['src'],
	),
	get_block_wrapper_attributes()
);
