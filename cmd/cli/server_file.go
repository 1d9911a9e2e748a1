package cli

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/ask"
)

// A `newsgraph serve` of a bolt store announces itself in a file beside it,
// PATH.serve, holding {"url": …, "pid": …} (and a writable server's token,
// so the file is readable by its owner only), removed when it stops. Question
// commands on the same store then ask it: answers are the same, and a warm
// server gives them in milliseconds where a new process pays for faulting
// in the pages of a large store.

// serverFile is what PATH.serve holds.
type serverFile struct {
	URL   string `json:"url"`
	PID   int    `json:"pid"`
	Token string `json:"token,omitempty"`
}

// serverFilePath names the announcement file of the bolt store db, or ""
// for stores that are not files.
func serverFilePath(db string) string {
	if db == "" {
		db = graph.DefaultPath
	}
	if db == graph.BackendMemory || strings.Contains(db, "://") {
		return ""
	}
	return db + ".serve"
}

// announce writes the announcement of a server for db and returns a
// function that removes it.
func announce(db string, sf serverFile) (func(), error) {
	p := serverFilePath(db)
	if p == "" {
		return func() {}, nil
	}
	b, err := json.Marshal(sf)
	if err != nil {
		return nil, err
	}
	os.Remove(p) // A stale file may have looser permissions.
	if err := os.WriteFile(p, b, 0o600); err != nil {
		return nil, err
	}
	return func() { os.Remove(p) }, nil
}

// runningServer returns a Client of the server announced for f.DB when it
// is on loopback and answers /health within a fraction of a second; nil
// otherwise (no server, a stale file, a store given directly).
func (f *Factory) runningServer() *ask.Client {
	sf, ok := f.announcedServer()
	if !ok {
		return nil
	}
	return &ask.Client{BaseURL: sf.URL}
}

// announcedServer returns the announcement of the server serving f.DB when
// it is on loopback and answers /health within a fraction of a second.
func (f *Factory) announcedServer() (serverFile, bool) {
	var sf serverFile
	if f.Store != nil {
		return sf, false
	}
	p := serverFilePath(f.DB)
	if p == "" {
		return sf, false
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return sf, false
	}
	if json.Unmarshal(b, &sf) != nil {
		return sf, false
	}
	u, err := url.Parse(sf.URL)
	if err != nil || u.Scheme != "http" {
		return sf, false
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil || !ip.IsLoopback() {
		return sf, false // Never send questions or articles off this machine.
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, sf.URL+"/health", nil)
	if err != nil {
		return sf, false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return sf, false
	}
	resp.Body.Close()
	return sf, resp.StatusCode == http.StatusOK
}
