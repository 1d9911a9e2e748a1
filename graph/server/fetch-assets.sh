#!/usr/bin/env bash
# Fetches the Cayley web UI's third-party assets from the npm registry into
# assets/, which the server embeds, so that the UI works with no internet:
# the Monaco editor at the version the UI bundle asks for, and the Material
# Icons font. Idempotent: does nothing when the wanted versions are there.
# Run it through `go generate ./graph/server`; needs npm and tar.
set -euo pipefail
cd "$(dirname "$0")"

MONACO_VERSION=0.18.1   # the version hard-coded in the Cayley UI bundle
ICONS_VERSION=1.13.14   # npm material-icons

want="monaco-editor@$MONACO_VERSION material-icons@$ICONS_VERSION"
stamp=assets/FETCHED
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
  [ -f assets/monaco-editor/min/vs/loader.js ] &&
  [ -f assets/material-icons/iconfont/material-icons.woff2 ]; then
  echo "fetch-assets: $want already in graph/server/assets"
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/monaco" "$tmp/icons"
npm pack --silent --pack-destination "$tmp" \
  "monaco-editor@$MONACO_VERSION" "material-icons@$ICONS_VERSION" >/dev/null
tar -xzf "$tmp/monaco-editor-$MONACO_VERSION.tgz" -C "$tmp/monaco"
tar -xzf "$tmp/material-icons-$ICONS_VERSION.tgz" -C "$tmp/icons"

rm -rf assets/monaco-editor assets/material-icons "$stamp"
mkdir -p assets/monaco-editor assets/material-icons
cp -R "$tmp/monaco/package/min" "$tmp/monaco/package/LICENSE" assets/monaco-editor/
mkdir -p assets/material-icons/iconfont
cp "$tmp/icons/package/LICENSE" assets/material-icons/
cp "$tmp/icons/package/iconfont/filled.css" \
  "$tmp/icons/package/iconfont/material-icons.woff2" \
  "$tmp/icons/package/iconfont/material-icons.woff" \
  assets/material-icons/iconfont/
echo "$want" >"$stamp"
echo "fetch-assets: fetched $want into graph/server/assets"
