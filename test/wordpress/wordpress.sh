#!/usr/bin/env bash
# A real WordPress for the oEmbed test: Debian's `wordpress` package (6.1) on PHP's built-in
# server, with its own MariaDB, all under one state folder. Adapted from a verified recipe
# (about 5 s once the packages are installed).
#
#   wordpress.sh start <state-dir> <wordpress-port> <site-port>
#       installs WordPress with an administrator and a Contributor, starts MariaDB and PHP in
#       the background, and prints {"home", "admin_app", "contrib_app", ...} as JSON
#   wordpress.sh stop <state-dir>
#       stops what start started and removes the one file written outside the state folder
#
# The only file outside <state-dir> is Debian's per-host config /etc/wordpress/config-127.0.0.1.php
# (Debian's wp-config.php strips the port from the host and loads config-<host>.php).
set -euo pipefail

WPCONF=/etc/wordpress/config-127.0.0.1.php
cmd=${1:?start or stop}
S=${2:?state folder}

if [ "$cmd" = stop ]; then
  if [ -f "$S/pids" ]; then
    while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$S/pids"
    while read -r pid; do
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    done < "$S/pids"
    rm -f "$S/pids"
  fi
  rm -f "$WPCONF"
  exit 0
fi

PORT_W=${3:?WordPress port}
PORT_A=${4:?site port}
die() { echo "wordpress.sh: $*" >&2; exit 1; }
wait_for() {  # wait_for <tries of 0.1 s> <command...>
  local n=$1; shift
  for _ in $(seq "$n"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}
[ -e "$WPCONF" ] && die "$WPCONF exists: another WordPress test is running (or one was killed: remove it)."

rm -rf "$S"; mkdir -p "$S"/{mu-plugins,db,run}
chmod 755 "$S"
chown mysql:mysql "$S/db" "$S/run"   # mariadbd runs as mysql and writes its socket, pid and log here

# MariaDB: a private datadir, a socket, no network.
mariadb-install-db --no-defaults --user=mysql --datadir="$S/db" \
  --auth-root-authentication-method=socket --skip-test-db > "$S/db-init.log" 2>&1 || die "mariadb-install-db failed (see $S/db-init.log)"
mariadbd --no-defaults --user=mysql --datadir="$S/db" --socket="$S/run/mysqld.sock" \
  --pid-file="$S/run/mysqld.pid" --skip-networking --log-error="$S/run/mysqld.err" \
  < /dev/null > "$S/run/mysqld.out" 2>&1 &
echo $! >> "$S/pids"
SQL=(mariadb --no-defaults -S "$S/run/mysqld.sock" -uroot)
wait_for 300 "${SQL[@]}" -e 'SELECT 1' || die "mariadbd did not come up (see $S/run/mysqld.err)"
"${SQL[@]}" -e "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp-pass';
                GRANT ALL PRIVILEGES ON wp.* TO 'wp'@'localhost';"

cat > "$WPCONF" <<EOF
<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp-pass');
define('DB_HOST', 'localhost:$S/run/mysqld.sock');
define('WP_HOME', 'http://127.0.0.1:$PORT_W');
define('WP_SITEURL', 'http://127.0.0.1:$PORT_W');
define('WP_ENVIRONMENT_TYPE', 'local');      // application passwords over plain http
define('WPMU_PLUGIN_DIR', '$S/mu-plugins');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);      // no calls to wordpress.org; same-host requests still allowed
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$S/wp-debug.log');
EOF

# Test only: WordPress refuses oEmbed discovery on ports other than 80, 443, 8080 and its own.
# The published site is on the same host (127.0.0.1), so the private-address check does not
# apply and allowing its port is all a test needs. A real site on a public host needs nothing.
cat > "$S/mu-plugins/oembed-test-port.php" <<EOF
<?php
add_filter('http_allowed_safe_ports', function (\$ports) { \$ports[] = $PORT_A; return \$ports; });
EOF

# Installed from PHP before the server starts: the web installer waits on loopback requests.
cat > "$S/install.php" <<EOF
<?php
\$_SERVER['HTTP_HOST'] = '127.0.0.1:$PORT_W';   // Debian's wp-config.php picks the config by host
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
function wp_new_blog_notification() {}           // pluggable: no mail
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Film notes', 'admin', 'admin@example.com', false, '', 'admin-pass-123');
\$admin = get_user_by('login', 'admin');
\$cid = wp_insert_user(array('user_login' => 'contrib', 'user_pass' => 'contrib-pass-123',
    'user_email' => 'contrib@example.com', 'role' => 'contributor', 'display_name' => 'A contributor'));
if (is_wp_error(\$cid)) { fwrite(STDERR, \$cid->get_error_message() . "\n"); exit(1); }
list(\$aa) = WP_Application_Passwords::create_new_application_password(\$admin->ID, array('name' => 'test'));
list(\$ca) = WP_Application_Passwords::create_new_application_password(\$cid, array('name' => 'test'));
echo json_encode(array('home' => home_url('/'), 'version' => get_bloginfo('version'),
  'admin_app' => \$aa, 'contrib_app' => \$ca,
  'contrib_unfiltered_html' => user_can(\$cid, 'unfiltered_html'),
  'contrib_publish_posts' => user_can(\$cid, 'publish_posts'))), "\n";
EOF
php "$S/install.php" > "$S/creds.json" 2> "$S/install.err" || die "WordPress install failed: $(tail -5 "$S/install.err")"

# opcache is on for php -S on Debian and would serve stale files.
php -d opcache.enable=0 -S "127.0.0.1:$PORT_W" -t /usr/share/wordpress < /dev/null > "$S/php-server.log" 2>&1 &
echo $! >> "$S/pids"
wait_for 100 curl -sf "http://127.0.0.1:$PORT_W/?rest_route=/" || die "WordPress did not answer (see $S/php-server.log)"
cat "$S/creds.json"
