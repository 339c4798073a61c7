#!/bin/sh
# Run one of the site's commands by hand exactly as the service runs: as its user, in the current
# release, with the settings systemd gives it (README, "Backups").
#
#   /opt/doenenlaten/current/deploy/as-service.sh backup          (as root)
#   DATABASE_URL=… MEDIA_DIR=… /opt/doenenlaten/current/deploy/as-service.sh restore <archive>
#
# Settings given on the command line win over the file (Node.js's --env-file never overrides them).
set -eu
APP_DIR=${APP_DIR:-/opt/doenenlaten}
ENV_FILE=${ENV_FILE:-/etc/doenenlaten/env}
SERVICE_USER=${SERVICE_USER:-doenenlaten}
NODE=${NODE:-/usr/local/bin/node}
cd "$APP_DIR/current"
umask 0077
exec runuser -u "$SERVICE_USER" -- env NODE_ENV=production "$NODE" --env-file="$ENV_FILE" --import tsx scripts/run.ts "$@"
