package server

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/ui"
)

//go:generate bash fetch-assets.sh

// assetsFS holds the UI's third-party assets fetched by fetch-assets.sh; in a
// fresh clone it holds only its README, and the UI falls back to the CDNs.
//
//go:embed assets
var assetsFS embed.FS

// AssetsPrefix is the URL path the embedded third-party assets are served under.
const AssetsPrefix = "/assets/"

// Paths of the fetched assets inside assetsFS.
const (
	monacoLoaderFile = "assets/monaco-editor/min/vs/loader.js"
	iconsFontFile    = "assets/material-icons/iconfont/material-icons.woff2"
)

// URLs the Cayley UI bundle hard-codes, and what they are rewritten to.
const (
	bundleServerURL   = `"http://localhost:64210"`
	cdnMonacoLoader   = "https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs/loader.js"
	cdnMonacoBase     = "https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs"
	cdnIconsCSS       = "https://fonts.googleapis.com/icon?family=Material+Icons"
	localMonacoBase   = AssetsPrefix + "monaco-editor/min/vs"
	localIconsCSS     = AssetsPrefix + "material-icons/iconfont/filled.css"
	localMonacoLoader = localMonacoBase + "/loader.js"
)

// AssetStatus says where the UI's editor and icon font come from.
type AssetStatus struct {
	// Offline is true when both the Monaco editor and the icon font are
	// embedded, so the UI needs no internet.
	Offline bool   `json:"offline"`
	Monaco  string `json:"monaco"` // URL base the UI loads Monaco from.
	Icons   string `json:"icons"`  // URL of the icon font's stylesheet.
	// Hint says how to embed the assets when they are missing.
	Hint string `json:"hint,omitempty"`
}

// FetchHint is the one-time command that embeds the UI assets.
const FetchHint = "run `go generate ./graph/server` (needs npm) and rebuild to serve the UI's editor and icons offline"

// Assets reports whether the UI's third-party assets are embedded in this
// binary, and where the UI loads them from.
func Assets() AssetStatus {
	st := AssetStatus{Monaco: cdnMonacoBase, Icons: cdnIconsCSS}
	_, errM := fs.Stat(assetsFS, monacoLoaderFile)
	_, errI := fs.Stat(assetsFS, iconsFontFile)
	if errM == nil {
		st.Monaco = localMonacoBase
	}
	if errI == nil {
		st.Icons = localIconsCSS
	}
	st.Offline = errM == nil && errI == nil
	if !st.Offline {
		st.Hint = FetchHint
	}
	return st
}

// rewriter rewrites the URLs the UI bundle hard-codes in one served file.
type rewriter struct{ pairs []string }

func newRewriter(st AssetStatus) *rewriter {
	// The bundle prefixes every API call with the quoted server URL; an empty
	// string makes the calls relative, so the UI works from any host and port.
	r := &rewriter{pairs: []string{bundleServerURL, `""`}}
	if st.Monaco == localMonacoBase {
		r.pairs = append(r.pairs, cdnMonacoLoader, localMonacoLoader, cdnMonacoBase, localMonacoBase)
	}
	if st.Icons == localIconsCSS {
		r.pairs = append(r.pairs, cdnIconsCSS, localIconsCSS)
	}
	return r
}

func (r *rewriter) rewrite(b []byte) []byte {
	for i := 0; i < len(r.pairs); i += 2 {
		b = bytes.ReplaceAll(b, []byte(r.pairs[i]), []byte(r.pairs[i+1]))
	}
	return b
}

// uiHandler serves the Cayley UI at the root, with its JS, CSS and HTML
// rewritten, and the embedded assets under AssetsPrefix.
type uiHandler struct {
	cache   sync.Map // name -> rewritten []byte
	web     fs.FS
	assets  fs.FS
	rw      *rewriter
	started time.Time
}

func newUIHandler(st AssetStatus) (*uiHandler, error) {
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("cayley ui: %w", err)
	}
	assets, err := fs.Sub(assetsFS, "assets")
	if err != nil {
		return nil, fmt.Errorf("ui assets: %w", err)
	}
	return &uiHandler{web: web, assets: assets, rw: newRewriter(st), started: time.Now()}, nil
}

func (h *uiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		writeError(w, http.StatusNotFound, fmt.Errorf("no %s handler for %s", r.Method, r.URL.Path))
		return
	}
	p := path.Clean("/" + r.URL.Path)
	fsys, name := h.web, strings.TrimPrefix(p, "/")
	if strings.HasPrefix(p, AssetsPrefix) {
		fsys, name = h.assets, strings.TrimPrefix(p, AssetsPrefix)
		if name == "README.md" || name == "FETCHED" {
			http.NotFound(w, r)
			return
		}
	}
	if name == "" {
		name = "index.html"
	}
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		if strings.HasPrefix(p, "/api/") {
			writeError(w, http.StatusNotFound, fmt.Errorf("no endpoint %s %s", r.Method, p))
			return
		}
		http.NotFound(w, r)
		return
	}
	switch path.Ext(name) {
	case ".js", ".css", ".html":
		if fsys == h.web {
			if c, ok := h.cache.Load(name); ok {
				b = c.([]byte)
			} else {
				b = h.rw.rewrite(b)
				h.cache.Store(name, b)
			}
		}
	}
	if name == "index.html" {
		w.Header().Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, name, h.started, bytes.NewReader(b))
}
