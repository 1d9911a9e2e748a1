#!/usr/bin/env bash
# Refreshes the web UI's third-party assets in this folder from the npm
# registry: the Monaco editor at the version the Cayley UI bundle asks for,
# trimmed to the files the UI loads, and the Material Icons font. The files
# are copied unmodified. Needs npm and tar; run it only to change a version,
# then rebuild and run `go test ./graph/server/` (the browser test fails on
# any asset the UI asks for that is missing).
set -euo pipefail
cd "$(dirname "$0")"

MONACO_VERSION=0.18.1   # hard-coded in the Cayley UI bundle (@monaco-editor/react's config)
ICONS_VERSION=1.13.14   # npm material-icons

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/monaco" "$tmp/icons"
npm pack --silent --pack-destination "$tmp" \
  "monaco-editor@$MONACO_VERSION" "material-icons@$ICONS_VERSION" >/dev/null
tar -xzf "$tmp/monaco-editor-$MONACO_VERSION.tgz" -C "$tmp/monaco"
tar -xzf "$tmp/material-icons-$ICONS_VERSION.tgz" -C "$tmp/icons"

# Monaco: the AMD loader, the editor, its English messages, the worker
# bootstrap, and the languages the UI uses: javascript (Gizmo; it reuses
# typescript's tokenizer, and the typescript service checks Gizmo against
# gizmo.d.ts), graphql and json (MQL and the results).
m="$tmp/monaco/package"
rm -rf monaco-editor
for f in LICENSE ThirdPartyNotices.txt \
  min/vs/loader.js \
  min/vs/editor/editor.main.js min/vs/editor/editor.main.css min/vs/editor/editor.main.nls.js \
  min/vs/base/worker/workerMain.js \
  min/vs/basic-languages/javascript/javascript.js \
  min/vs/basic-languages/typescript/typescript.js \
  min/vs/basic-languages/graphql/graphql.js \
  min/vs/language/json/jsonMode.js min/vs/language/json/jsonWorker.js \
  min/vs/language/typescript/tsMode.js min/vs/language/typescript/tsWorker.js; do
  mkdir -p "monaco-editor/$(dirname "$f")"
  cp "$m/$f" "monaco-editor/$f"
done

# Material Icons: the stylesheet for the filled style and its fonts.
i="$tmp/icons/package"
rm -rf material-icons
mkdir -p material-icons/iconfont
cp "$i/LICENSE" material-icons/
cp "$i/iconfont/filled.css" "$i/iconfont/material-icons.woff2" "$i/iconfont/material-icons.woff" \
  material-icons/iconfont/

echo "monaco-editor@$MONACO_VERSION material-icons@$ICONS_VERSION" >VERSIONS
echo "refresh: third_party now holds $(cat VERSIONS) ($(du -sh monaco-editor material-icons | awk '{print $1}' | paste -sd+))"
