#!/usr/bin/env bash
# Builds the Teams app package (a zip to upload in Teams or the Teams admin centre) from manifest.json and
# the icons beside it, with the clinic's own ids filled in.
#
#   deployment/teams/package.sh BOT_APP_ID [TEAMS_APP_ID] [OUTPUT.zip]
#
# BOT_APP_ID is the Azure Bot's Microsoft App ID (MicrosoftAppId). TEAMS_APP_ID identifies the app in Teams;
# keep it the same across versions (a new one is generated and printed when it is left out).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
bot_id="${1:-}"
app_id="${2:-$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)}"
output="$(realpath -m "${3:-triagebot-teams.zip}")"
if [[ ! "$bot_id" =~ $guid || ! "$app_id" =~ $guid ]]; then
  echo "usage: $0 BOT_APP_ID [TEAMS_APP_ID] [OUTPUT.zip]   (both ids are GUIDs)" >&2
  exit 2
fi
command -v zip >/dev/null || { echo "needs zip (apt-get install zip)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
placeholder='"id": "00000000-0000-0000-0000-000000000000"'
sed -e "s/$placeholder/\"id\": \"$app_id\"/" \
    -e "s/\"botId\": \"00000000-0000-0000-0000-000000000000\"/\"botId\": \"$bot_id\"/" \
    "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$output"
(cd "$work" && zip -q -X "$output" manifest.json color.png outline.png)
echo "Teams app $app_id for bot $bot_id: $output"
