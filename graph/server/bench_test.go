package server

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// BenchmarkQuery measures a query's round trip through the server (HTTP on
// loopback, the store's shared lock, Cayley's handler) over the seed article
// in a bolt file, for each language and for the shape endpoint.
func BenchmarkQuery(b *testing.B) {
	ts, _ := newTestServer(b, Options{})
	for _, bb := range []struct {
		name, path, accept, body string
	}{
		{"gizmo", "/api/v2/query?lang=gizmo", "",
			`g.V("<ng:person/claudia-sheinbaum>").In("<ng:saidBy>").Out("<ng:text>").All()`},
		{"gizmo-ui-visualize", "/api/v2/query?lang=gizmo", "application/ld+json",
			`g.V("<ng:person/claudia-sheinbaum>").Tag("source").In("<ng:saidBy>").Tag("target").All()`},
		{"graphql-ui", "/api/v2/query?lang=graphql", "application/ld+json",
			`{ nodes(id: "<ng:person/claudia-sheinbaum>") { id name: <schema:name> } }`},
		{"mql-ui", "/api/v2/query?lang=mql", "application/ld+json",
			`[{"id": "<ng:person/claudia-sheinbaum>", "<schema:name>": null}]`},
		{"shape-gizmo", "/api/v1/shape/gizmo", "",
			`g.V("<ng:person/claudia-sheinbaum>").In("<ng:saidBy>").Out("<ng:text>").All()`},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				req, err := http.NewRequest("POST", ts.URL+bb.path, strings.NewReader(bb.body))
				if err != nil {
					b.Fatal(err)
				}
				if bb.accept != "" {
					req.Header.Set("Accept", bb.accept)
				}
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("POST %s: status %d", bb.path, resp.StatusCode)
				}
			}
		})
	}
}
