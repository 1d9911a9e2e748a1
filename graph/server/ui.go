package server

import (
	"bytes"
	_ "embed"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/ui"

	thirdparty "github.com/newsgraph/newsgraph/third_party"
)

// AssetsPrefix is the URL path the embedded third-party assets
// (third_party/ in the repository) are served under.
const AssetsPrefix = "/assets/"

// Paths of the third-party assets inside thirdparty.FS.
const (
	monacoLoaderFile = "monaco-editor/min/vs/loader.js"
	iconsFontFile    = "material-icons/iconfont/material-icons.woff2"
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
	// Offline is true when the Monaco editor and the icon font are embedded,
	// so the UI needs no internet (always, unless third_party/ was emptied).
	Offline bool   `json:"offline"`
	Monaco  string `json:"monaco"` // URL base the UI loads Monaco from.
	Icons   string `json:"icons"`  // URL of the icon font's stylesheet.
	// Hint says how to restore the assets when they are missing.
	Hint string `json:"hint,omitempty"`
}

// FetchHint says how the UI's third-party assets get into the binary.
const FetchHint = "the UI's assets are embedded from third_party/ in the repository; third_party/refresh.sh (needs npm) restores or updates them"

// Assets reports whether the UI's third-party assets are embedded in this
// binary, and where the UI loads them from.
func Assets() AssetStatus {
	st := AssetStatus{Monaco: localMonacoBase, Icons: localIconsCSS}
	_, errM := fs.Stat(thirdparty.FS, monacoLoaderFile)
	_, errI := fs.Stat(thirdparty.FS, iconsFontFile)
	st.Offline = errM == nil && errI == nil
	if !st.Offline {
		st.Hint = FetchHint
	}
	return st
}

// uiScriptPath is where the UI's added script is served; index.html loads
// it before the Cayley bundle.
const uiScriptPath = "/newsgraph-ui.js"

// uiScript fixes and extends the Cayley UI from the page: see its header.
//
//go:embed uiscript.js
var uiScript []byte

// edit is one textual change to a file of the Cayley UI bundle. Each must
// apply exactly once (checked by TestUIRewrites), so a new Cayley bundle
// that no longer matches is noticed.
type edit struct {
	file     string // glob of the file under ui/web, e.g. "static/js/main.*.js"
	old, new string
	all      bool // replace every occurrence (at least one), not exactly one
}

// uiEdits are the changes made to the Cayley UI bundle as it is served.
var uiEdits = []edit{
	// Every API call is prefixed with the quoted server URL; an empty string
	// makes the calls relative, so the UI works from any host and port.
	{file: "static/js/*.js", old: bundleServerURL, new: `""`, all: true},
	// Monaco and the icon font come from the binary, not from CDNs.
	{file: "static/js/2.*.js", old: cdnMonacoLoader, new: localMonacoLoader},
	{file: "static/js/2.*.js", old: cdnMonacoBase, new: localMonacoBase},
	{file: "static/css/main.*.css", old: cdnIconsCSS, new: localIconsCSS},
	// The page loads uiscript.js before the bundle.
	{file: "index.html", old: `</head>`, new: `<script src="` + uiScriptPath + `"></script></head>`},
	// Visualize: nodes are labelled by name (the full IRI or quote shows on
	// hover), and a force keeps the labels from overlapping.
	{file: "static/js/main.*.js",
		old: `r.a.createElement("text",{textAnchor:"end"},t.id)`,
		new: `r.a.createElement("text",{textAnchor:"end"},window.newsgraphUI.label(t.id),r.a.createElement("title",null,window.newsgraphUI.title(t.id)))`},
	{file: "static/js/main.*.js",
		old: `.force("charge",Object(Z.c)())`,
		new: `.force("charge",Object(Z.c)().strength(-200)).force("labels",window.newsgraphUI.labelForce())`},
}

// rewrite applies the edits for the file name to b, and says how many
// times each edit applied.
func rewrite(name string, b []byte) ([]byte, []int) {
	n := make([]int, len(uiEdits))
	for i, e := range uiEdits {
		if ok, _ := path.Match(e.file, name); !ok {
			continue
		}
		n[i] = bytes.Count(b, []byte(e.old))
		if n[i] > 0 {
			b = bytes.ReplaceAll(b, []byte(e.old), []byte(e.new))
		}
	}
	return b, n
}

// uiHandler serves the Cayley UI at the root, with its JS, CSS and HTML
// rewritten, uiscript.js, and the third-party assets under AssetsPrefix.
type uiHandler struct {
	cache   sync.Map // name -> rewritten []byte
	web     fs.FS
	started time.Time
}

func newUIHandler(AssetStatus) (*uiHandler, error) {
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("cayley ui: %w", err)
	}
	return &uiHandler{web: web, started: time.Now()}, nil
}

func (h *uiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		writeError(w, http.StatusNotFound, fmt.Errorf("no %s handler for %s", r.Method, r.URL.Path))
		return
	}
	p := path.Clean("/" + r.URL.Path)
	if p == uiScriptPath {
		http.ServeContent(w, r, "newsgraph-ui.js", h.started, bytes.NewReader(uiScript))
		return
	}
	fsys, name := h.web, strings.TrimPrefix(p, "/")
	if strings.HasPrefix(p, AssetsPrefix) {
		fsys, name = thirdparty.FS, strings.TrimPrefix(p, AssetsPrefix)
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
				b, _ = rewrite(name, b)
				h.cache.Store(name, b)
			}
		}
	}
	if name == "index.html" {
		w.Header().Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, name, h.started, bytes.NewReader(b))
}
