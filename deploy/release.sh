#!/usr/bin/env bash
# Put the code of this checkout live as a new release, with no failed request (README, "Updating").
#
#   deploy/release.sh          (as root, in /opt/doenenlaten/src)
#
# 1. Copies the checkout into a new folder under $APP_DIR/releases (root-owned: read-only to the service),
#    installs its packages and builds it there, with the settings of $ENV_FILE and its own DEPLOYMENT_ID.
#    The running release is not touched; the build also applies new migrations.
# 2. Adds the build's static files to $APP_DIR/static, which Caddy serves: pages of the previous
#    releases still find their scripts and styles.
# 3. Points $APP_DIR/current at the new release and restarts the instances one at a time, each only
#    once the one before serves the new release. Caddy sends requests to the running one meanwhile.
# 4. Keeps the last $KEEP_RELEASES releases (and their static files); removes older ones.
# Any failing step stops the script with its error, before anything live has changed if it is a build.
set -euo pipefail

APP_DIR=${APP_DIR:-/opt/doenenlaten}
ENV_FILE=${ENV_FILE:-/etc/doenenlaten/env}
INSTANCES=${INSTANCES:-3001 3002}
KEEP_RELEASES=${KEEP_RELEASES:-3}
SYSTEMCTL=${SYSTEMCTL:-systemctl}
SOURCE_DIR=$(cd "$(dirname "$0")/.." && pwd)

say() { echo "release: $*"; }
fail() { echo "release: $*" >&2; exit 1; }

[ -r "$ENV_FILE" ] || fail "cannot read $ENV_FILE (README, step 3)"
# systemd and Node.js (--env-file) read the file the same way only for plain KEY=value lines.
if grep -nE '^[[:space:]]*export |^[^#=]+=.*[$"'"'"'`\\]' "$ENV_FILE" >&2; then
  fail "$ENV_FILE: write plain KEY=value lines, without export, quotes, \$ or backslashes (see the lines above)"
fi
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)' || fail "Node.js 24 or newer is needed (README, step 1)"

commit=$(git -C "$SOURCE_DIR" rev-parse --short HEAD 2>/dev/null || echo local)
id="$(date -u +%Y%m%d-%H%M%S)-$commit"
release="$APP_DIR/releases/$id"
say "building $id in $release"
mkdir -p "$release"
# The checkout's files (tracked and new, not ignored), as they are now: no .git, node_modules or .next.
(cd "$SOURCE_DIR" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$release"
echo "DEPLOYMENT_ID=$id" > "$release/release.env"

# The site's settings come from the file only, whatever this shell has set (proxy and CA settings stay).
unset_settings=$(sed -n 's/^\([A-Z0-9_]*\)=.*/-u \1/p' "$release/.env.example")
# shellcheck disable=SC2086 # one word per option
in_release() { (cd "$release" && env $unset_settings -u NODE_ENV DEPLOYMENT_ID="$id" "$@"); }
in_release npm ci --no-audit --no-fund --loglevel=error
in_release node --env-file="$ENV_FILE" --import tsx scripts/run.ts build
chmod -R go-w "$release"

# Static files are named by their content: adding never replaces a file an older page still uses.
mkdir -p "$APP_DIR/static/_next"
cp -R "$release/.next/static" "$APP_DIR/static/_next/"
chmod -R a+rX "$APP_DIR/static"

ln -sfn "$release" "$APP_DIR/current.next"
mv -T "$APP_DIR/current.next" "$APP_DIR/current"
say "current is now $id"

for port in $INSTANCES; do
  say "restarting instance $port"
  $SYSTEMCTL restart "doenenlaten@$port"
  for attempt in $(seq 1 120); do
    health=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/api/health" 2>/dev/null || true)
    case "$health" in *"\"release\":\"$id\""*) break ;; esac
    [ "$attempt" -lt 120 ] || fail "instance $port does not serve $id after 120 s: journalctl -u doenenlaten@$port"
    sleep 1
  done
  # Let the proxy's health check (every 3 s, deploy/site.caddy) see this one up before the next goes down.
  sleep 4
done

# Keep the newest releases; the static files of the ones that go, unless a kept release has them too.
mapfile -t old < <(ls -1d "$APP_DIR"/releases/*/ | sort | head -n -"$KEEP_RELEASES")
for dir in "${old[@]}"; do
  [ "$(realpath "$dir")" = "$(realpath "$APP_DIR/current")" ] && continue
  say "removing release $(basename "$dir")"
  rm -rf "$dir"
done
(cd "$APP_DIR/static/_next" && find static -type f) | while read -r file; do
  compgen -G "$APP_DIR/releases/*/.next/$file" >/dev/null || rm -f "$APP_DIR/static/_next/$file"
done
find "$APP_DIR/static/_next" -mindepth 1 -type d -empty -delete
say "done: $id is live"
