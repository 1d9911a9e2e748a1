// Package thirdparty embeds the web UI's third-party assets kept in this
// folder, copied unmodified from npm by refresh.sh (see README.md): the
// Monaco editor and the Material Icons font.
package thirdparty

import "embed"

// FS holds monaco-editor/ and material-icons/, each with its licence.
//
//go:embed monaco-editor material-icons
var FS embed.FS
