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
	lille_networks_block_options( $attributes ),
	get_block_wrapper_attributes()
);
