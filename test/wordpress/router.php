<?php
/**
 * Router for `php -S 127.0.0.1:PORT -t SITE router.php`: WordPress without Apache.
 *
 * SITE is the test's site root (test/node/wordpress.test.mjs): links to Debian's WordPress code
 * in /usr/share/wordpress, this folder's wp-config.php, and a wp-content of its own. ABSPATH is
 * set to SITE before WordPress loads, so that wp-load.php reads SITE/wp-config.php instead of
 * Debian's, which picks /etc/wordpress/config-<host>.php: the test then writes nothing outside
 * its temporary folder, and needs no root.
 */

define( 'ABSPATH', rtrim( $_SERVER['DOCUMENT_ROOT'], '/' ) . '/' );

$lille_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$lille_file = ABSPATH . ltrim( $lille_path, '/' );
if ( is_dir( $lille_file ) ) {
	$lille_file = rtrim( $lille_file, '/' ) . '/index.php';
}

if ( false !== strpos( $lille_path, '..' ) ) {
	$lille_file = ABSPATH . 'index.php';
} elseif ( is_file( $lille_file ) && '.php' !== substr( $lille_file, -4 ) ) {
	// Static files (the plugin's bundle, themes, wp-includes): the built-in server sends them.
	return false;
}
if ( ! is_file( $lille_file ) ) {
	// Everything else is WordPress's to answer (pretty permalinks, its 404 page).
	$lille_file = ABSPATH . 'index.php';
}

$_SERVER['SCRIPT_FILENAME'] = $lille_file;
$_SERVER['SCRIPT_NAME']     = '/' . substr( $lille_file, strlen( ABSPATH ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $lille_file ) );
unset( $lille_path );
require $lille_file;
