<?php
/**
 * The test site's configuration, in place of Debian's /etc/wordpress/config-<host>.php (see
 * router.php). Its values come from lille-networks-test.json, which the test writes beside it
 * in the site root: the database socket, the address, the log file and fresh salts.
 */

$lille_test = json_decode( file_get_contents( ABSPATH . 'lille-networks-test.json' ), true );

define( 'DB_NAME', 'wordpress' );
// The server runs with --skip-grant-tables on a socket in the test's own 0700 folder.
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:' . $lille_test['socket'] );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';

foreach ( $lille_test['salts'] as $lille_name => $lille_value ) {
	define( $lille_name, $lille_value );
}

define( 'WP_HOME', $lille_test['home'] );
define( 'WP_SITEURL', $lille_test['home'] );
define( 'WP_CONTENT_DIR', ABSPATH . 'wp-content' );
define( 'WP_CONTENT_URL', $lille_test['home'] . '/wp-content' );

// Offline and quiet: no update checks, no cron requests, no mail.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
// Plugin_Upgrader writes the uploaded plugin straight into wp-content, as on most hosts.
define( 'FS_METHOD', 'direct' );

// Every warning, notice and deprecation goes to the log the test reads, none into the pages.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', $lille_test['log'] );

unset( $lille_test, $lille_name, $lille_value );

require_once ABSPATH . 'wp-settings.php';
