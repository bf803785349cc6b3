<?php
/**
 * Sets up the test site in one run, as its people would: installs WordPress, uploads the
 * plugin's zip through WordPress's own plugin installer (what Plugins → Add New → Upload Plugin
 * runs) and activates it, adds an author, a contributor and an editor, then saves each post *as
 * its writer*, through wp_insert_post() after wp_set_current_user(), so that kses filters it as
 * it would that person's save in the editor (an author's or a contributor's; not an editor's,
 * who may save unfiltered HTML on a single site). A contributor's post is then published by the
 * administrator, as an editor would publish it after review.
 *
 *   php setup.php SITE < spec.json > result.json
 *
 * spec.json: { "zip": path, "posts": [ { "key", "writer": "author" | "contributor" | "editor",
 *   "title", "content": [ text | { "block": name, "attrs": {…} } ] } ] }.
 * Blocks are serialized by WordPress's own serialize_block(), as the editor saves them.
 *
 * Prints { "versions": {…}, "plugin": {…}, "posts": { key: { id, url, saved } }, "cookies": { role: […] } }:
 * the sessions of each writer and of the administrator, for the block editor and the REST API.
 */

// Never through a web server: it installs a site.
if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

define( 'ABSPATH', rtrim( $argv[1], '/' ) . '/' );
define( 'WP_INSTALLING', true );

$spec = json_decode( stream_get_contents( STDIN ), true );
$site = json_decode( file_get_contents( ABSPATH . 'lille-networks-test.json' ), true );

// A fresh server has no database; WordPress needs one to exist.
$db = new mysqli( 'localhost', 'root', '', '', 0, $site['socket'] );
$db->query( 'CREATE DATABASE wordpress CHARACTER SET utf8mb4' );
$db->close();

// What a request would carry; some of WordPress reads it even from the command line.
$_SERVER['HTTP_HOST']   = parse_url( $site['home'], PHP_URL_HOST ) . ':' . parse_url( $site['home'], PHP_URL_PORT );
$_SERVER['SERVER_NAME'] = parse_url( $site['home'], PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';

require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

function lille_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

// No mail server here: the welcome mail of wp_install() goes nowhere, quietly.
add_filter( 'pre_wp_mail', '__return_false' );
// wp_install() tries pretty permalinks by requesting the site, which no server answers yet:
// refuse every request here (WordPress 6.1's HTTP library also logs PHP 8.2 deprecations when
// it loads), and set the structure below, as the installer would have.
add_filter(
	'pre_http_request',
	function () {
		return new WP_Error( 'offline', 'The test site makes no HTTP request while it is set up.' );
	}
);

$installed = wp_install( 'Métropole européenne de Lille', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
$admin     = (int) $installed['user_id'];
wp_installing( false );
$wp_rewrite->set_permalink_structure( '/%postname%/' );
wp_set_current_user( $admin );
if ( 'twentytwentythree' !== get_stylesheet() || ! wp_get_theme()->exists() ) {
	lille_fail( 'The site does not run Twenty Twenty-Three: ' . get_stylesheet() );
}

// After an upload WordPress asks WordPress.org for updates; offline, it warns that it could not.
foreach ( array( 'wp_version_check', 'wp_update_plugins', 'wp_update_themes' ) as $check ) {
	remove_action( 'upgrader_process_complete', $check );
}

// The upload: WordPress's installer unpacks the zip (and deletes it), checks it holds a plugin.
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$result   = $upgrader->install( $spec['zip'] );
if ( true !== $result ) {
	lille_fail( 'Plugin upload failed: ' . ( is_wp_error( $result ) ? $result->get_error_message() : var_export( $result, true ) ) . ' ' . implode( ' ', (array) $upgrader->skin->get_upgrade_messages() ) );
}
$plugin    = $upgrader->plugin_info();
$activated = activate_plugin( $plugin );
if ( is_wp_error( $activated ) ) {
	lille_fail( 'Plugin activation failed: ' . $activated->get_error_message() );
}
$plugin_data = get_plugin_data( WP_PLUGIN_DIR . '/' . $plugin, false, false );

$writers = array();
foreach ( array( 'author', 'contributor', 'editor' ) as $role ) {
	$writers[ $role ] = wp_insert_user(
		array(
			'user_login' => $role,
			'user_email' => $role . '@example.org',
			'user_pass'  => wp_generate_password( 24 ),
			'role'       => $role,
		)
	);
	if ( is_wp_error( $writers[ $role ] ) ) {
		lille_fail( $writers[ $role ]->get_error_message() );
	}
}

// Offline, WordPress's admin pages would look for updates at WordPress.org, and warn that they
// could not: tell it that it just did.
$checked = time();
set_site_transient(
	'update_core',
	(object) array(
		'last_checked'    => $checked,
		'version_checked' => get_bloginfo( 'version' ),
		'updates'         => array(),
		'translations'    => array(),
	)
);
set_site_transient(
	'update_plugins',
	(object) array(
		'last_checked' => $checked,
		'checked'      => wp_list_pluck( get_plugins(), 'Version' ),
		'response'     => array(),
		'no_update'    => array(),
		'translations' => array(),
	)
);
set_site_transient(
	'update_themes',
	(object) array(
		'last_checked' => $checked,
		'checked'      => array_map(
			function ( $theme ) {
				return $theme->get( 'Version' );
			},
			wp_get_themes()
		),
		'response'     => array(),
		'no_update'    => array(),
		'translations' => array(),
	)
);

// For the editor test: the author's first visit would open the welcome guide (whose pictures
// and the avatars in the toolbar come from WordPress.org and Gravatar, out of reach here).
update_option( 'show_avatars', 0 );
// The author works in French: the plugin's words are French for her (WordPress's own stay in
// English, as no French language pack is installed here).
update_user_meta( $writers['author'], 'locale', 'fr_FR' );
update_user_meta(
	$writers['author'],
	$wpdb->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array( 'welcomeGuide' => false ),
		'_modified'      => gmdate( 'c' ),
	)
);
// What the login form would set: each writer's session and the administrator's, for the
// browser and the REST API. (The cookies' names hash the site's address, which this run only
// knew once WordPress was installed.)
$expires = time() + HOUR_IN_SECONDS;
$hash    = md5( get_option( 'siteurl' ) );
$cookies = array();
foreach ( array_merge( $writers, array( 'administrator' => $admin ) ) as $role => $user ) {
	$session          = WP_Session_Tokens::get_instance( $user )->create( $expires );
	$cookies[ $role ] = array(
		array(
			'name'  => 'wordpress_' . $hash,
			'value' => wp_generate_auth_cookie( $user, $expires, 'auth', $session ),
		),
		array(
			'name'  => 'wordpress_logged_in_' . $hash,
			'value' => wp_generate_auth_cookie( $user, $expires, 'logged_in', $session ),
		),
	);
}

$posts = array();
foreach ( $spec['posts'] as $post ) {
	$content = '';
	foreach ( $post['content'] as $part ) {
		$content .= is_string( $part )
			? $part
			: serialize_block(
				array(
					'blockName'    => $part['block'],
					'attrs'        => $part['attrs'] ?? array(),
					'innerBlocks'  => array(),
					'innerHTML'    => '',
					'innerContent' => array(),
				)
			) . "\n\n";
	}
	$writer = $writers[ $post['writer'] ];
	wp_set_current_user( $writer );
	if ( current_user_can( 'unfiltered_html' ) !== ( 'editor' === $post['writer'] ) ) {
		lille_fail( $post['writer'] . ': kses would ' . ( current_user_can( 'unfiltered_html' ) ? 'not ' : '' ) . 'apply' );
	}
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $post['title'],
				'post_content' => $content,
				'post_author'  => $writer,
				// What each role may do: an author publishes, a contributor submits for review.
				'post_status'  => current_user_can( 'publish_posts' ) ? 'publish' : 'pending',
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		lille_fail( $id->get_error_message() );
	}
	if ( 'pending' === get_post_status( $id ) ) {
		wp_set_current_user( $admin );
		wp_update_post(
			array(
				'ID'          => $id,
				'post_status' => 'publish',
			)
		);
	}
	$posts[ $post['key'] ] = array(
		'id'    => $id,
		'url'   => get_permalink( $id ),
		'saved' => get_post_field( 'post_content', $id, 'raw' ),
	);
}

echo wp_json_encode(
	array(
		'versions' => array(
			'wordpress' => get_bloginfo( 'version' ),
			'php'       => PHP_VERSION,
			'database'  => $wpdb->db_server_info(),
		),
		'plugin'   => array(
			'file'    => $plugin,
			'version' => $plugin_data['Version'],
			'active'  => is_plugin_active( $plugin ),
		),
		'posts'    => $posts,
		'cookies'  => $cookies,
	),
	JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
);
