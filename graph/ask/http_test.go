package ask

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHandlerStatuses(t *testing.T) {
	srv := httptest.NewServer(NewHandler(goldStore(t)))
	defer srv.Close()
	for _, tt := range []struct {
		name, path string
		status     int
		wantBody   string // a substring of the body
	}{
		{"path", "/api/path?from=Marco+Rubio&to=Claudia+Sheinbaum", 200, `"ng:person/marco-rubio"`},
		{"path via", "/api/path?from=Rubio&to=Sheinbaum&via=Agreement&limit=1", 200, `"type": "Agreement"`},
		{"path without to", "/api/path?from=Rubio", 400, `"error": "invalid request: from and to are required"`},
		{"path bad hops", "/api/path?from=Rubio&to=Mexico&max_hops=x", 400, `not a non-negative integer`},
		{"path too far", "/api/path?from=Rubio&to=Sheinbaum&max_hops=1", 404, `no connection found`},
		{"path unknown", "/api/path?from=Rubio&to=Atlantis", 404, `no such entity`},
		{"path ambiguous", "/api/path?from=Uni&to=Mexico", 409, `"candidates"`},
		{"entity", "/api/entity?name=Sheinbaum", 200, `"title": "president"`},
		{"entity missing name", "/api/entity", 400, `name is required`},
		{"entity unknown", "/api/entity?name=Atlantis", 404, `no such entity`},
		{"statements", "/api/statements?by=Rubio", 200, `armed terrorist organisations`},
		{"statements bad since", "/api/statements?since=yesterday", 400, `neither YYYY-MM-DD`},
		{"statements since", "/api/statements?since=2000-01-01", 200, `[]`},
		{"statements bad until", "/api/statements?until=soon", 400, `neither YYYY-MM-DD`},
		{"timeline", "/api/timeline?name=Rubio", 200, `"kind": "statement"`},
		{"timeline missing name", "/api/timeline", 400, `name is required`},
		{"timeline unknown", "/api/timeline?name=Atlantis", 404, `no such entity`},
		{"agreements", "/api/agreements?party=Mexico", 200, `Mérida Initiative`},
		{"agreements bad limit", "/api/agreements?limit=-1", 400, `not a non-negative integer`},
		{"search", "/api/search?q=merida", 200, `"ng:agreement/merida-initiative"`},
		{"search empty", "/api/search?q=", 400, `q is required`},
		{"wrong method", "", 405, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var resp *http.Response
			var err error
			if tt.path == "" {
				resp, err = http.PostForm(srv.URL+"/api/search", url.Values{"q": {"x"}})
			} else {
				resp, err = http.Get(srv.URL + tt.path)
			}
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Fatalf("GET %s = %d %s, want %d", tt.path, resp.StatusCode, body, tt.status)
			}
			if tt.path == "" {
				return
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("GET %s Content-Type = %q", tt.path, ct)
			}
			var v any
			if err := json.Unmarshal(body, &v); err != nil {
				t.Errorf("GET %s: body is not JSON: %v\n%s", tt.path, err, body)
			}
			if !strings.Contains(string(body), tt.wantBody) {
				t.Errorf("GET %s body lacks %q:\n%s", tt.path, tt.wantBody, body)
			}
		})
	}
}

func TestHandlerAmbiguousCandidates(t *testing.T) {
	srv := httptest.NewServer(NewHandler(goldStore(t)))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/entity?name=Uni")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body ErrorBody
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusConflict || len(body.Candidates) < 2 || body.Candidates[0].IRI == "" {
		t.Errorf("GET /api/entity?name=Uni = %d %+v, want 409 with candidates", resp.StatusCode, body)
	}
}

// TestClientAnswersAsAsker asks the same questions of an Asker and of a
// Client of NewHandler over the same store: same answers, same errors.
func TestClientAnswersAsAsker(t *testing.T) {
	store := goldStore(t)
	srv := httptest.NewServer(NewHandler(store))
	defer srv.Close()
	local, remote := New(store), &Client{BaseURL: srv.URL}
	ctx := context.Background()
	for _, q := range []struct {
		name    string
		ask     func(Questioner) (any, error)
		wantErr error
	}{
		{"path", func(a Questioner) (any, error) {
			return a.Paths(ctx, "Marco Rubio", "Sheinbaum", PathOptions{Limit: 3})
		}, nil},
		{"entity", func(a Questioner) (any, error) { return a.Entity(ctx, "United States") }, nil},
		{"statements", func(a Questioner) (any, error) { return a.Statements(ctx, StatementFilter{About: "Mexico", Limit: 5}) }, nil},
		{"agreements", func(a Questioner) (any, error) { return a.Agreements(ctx, "Mexico", 0) }, nil},
		{"search", func(a Questioner) (any, error) { return a.Search(ctx, "mex", 5) }, nil},
		{"unknown", func(a Questioner) (any, error) { return a.Entity(ctx, "Atlantis") }, ErrNotFound},
		{"ambiguous", func(a Questioner) (any, error) { return a.Entity(ctx, "Uni") }, ErrAmbiguous},
		{"no path", func(a Questioner) (any, error) {
			return a.Paths(ctx, "Marco Rubio", "Sheinbaum", PathOptions{MaxHops: 1})
		}, ErrNoPath},
		{"invalid", func(a Questioner) (any, error) { return a.Search(ctx, " ", 0) }, ErrInvalid},
	} {
		want, wantErr := q.ask(local)
		got, err := q.ask(remote)
		if !errors.Is(wantErr, q.wantErr) || !errors.Is(err, q.wantErr) {
			t.Errorf("%s: Asker error %v, Client error %v; want both %v", q.name, wantErr, err, q.wantErr)
			continue
		}
		if q.wantErr != nil {
			if err.Error() != wantErr.Error() {
				t.Errorf("%s: Client says %q, Asker %q", q.name, err, wantErr)
			}
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Client differs from Asker (-asker +client):\n%s", q.name, diff)
		}
	}
}
