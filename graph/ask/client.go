package ask

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Questioner answers the questions of the CLI's question commands: an
// Asker over a store, or a Client of a server that has one.
type Questioner interface {
	Paths(ctx context.Context, from, to string, opt PathOptions) (PathResult, error)
	Entity(ctx context.Context, name string) (Card, error)
	Statements(ctx context.Context, f StatementFilter) ([]Statement, error)
	Agreements(ctx context.Context, party string, limit int) ([]Agreement, error)
	Timeline(ctx context.Context, name string, limit int) (Timeline, error)
	Search(ctx context.Context, text string, limit int) ([]SearchHit, error)
}

var (
	_ Questioner = (*Asker)(nil)
	_ Questioner = (*Client)(nil)
)

// Client asks the endpoints NewHandler serves (a running `newsgraph serve`),
// with the same answers and errors as an Asker.
type Client struct {
	BaseURL string       // "http://127.0.0.1:64210"
	HTTP    *http.Client // nil means a client with a 2-minute timeout.
}

// Paths is Asker.Paths over HTTP.
func (c *Client) Paths(ctx context.Context, from, to string, opt PathOptions) (PathResult, error) {
	q := url.Values{"from": {from}, "to": {to}}
	setInt(q, "max_hops", opt.MaxHops)
	setInt(q, "limit", opt.Limit)
	if opt.Via != "" {
		q.Set("via", opt.Via)
	}
	if opt.Mentions {
		q.Set("mentions", "true")
	}
	var res PathResult
	return res, c.get(ctx, "/api/path", q, &res)
}

// Entity is Asker.Entity over HTTP.
func (c *Client) Entity(ctx context.Context, name string) (Card, error) {
	var card Card
	return card, c.get(ctx, "/api/entity", url.Values{"name": {name}}, &card)
}

// Statements is Asker.Statements over HTTP.
func (c *Client) Statements(ctx context.Context, f StatementFilter) ([]Statement, error) {
	q := url.Values{}
	if f.By != "" {
		q.Set("by", f.By)
	}
	if f.About != "" {
		q.Set("about", f.About)
	}
	if !f.Since.IsZero() {
		q.Set("since", f.Since.Format(time.RFC3339))
	}
	if !f.Until.IsZero() {
		q.Set("until", f.Until.Format(time.RFC3339Nano))
	}
	setInt(q, "limit", f.Limit)
	var sts []Statement
	return sts, c.get(ctx, "/api/statements", q, &sts)
}

// Timeline is Asker.Timeline over HTTP.
func (c *Client) Timeline(ctx context.Context, name string, limit int) (Timeline, error) {
	q := url.Values{"name": {name}}
	setInt(q, "limit", limit)
	var tl Timeline
	return tl, c.get(ctx, "/api/timeline", q, &tl)
}

// Agreements is Asker.Agreements over HTTP.
func (c *Client) Agreements(ctx context.Context, party string, limit int) ([]Agreement, error) {
	q := url.Values{}
	if party != "" {
		q.Set("party", party)
	}
	setInt(q, "limit", limit)
	var ags []Agreement
	return ags, c.get(ctx, "/api/agreements", q, &ags)
}

// Search is Asker.Search over HTTP.
func (c *Client) Search(ctx context.Context, text string, limit int) ([]SearchHit, error) {
	q := url.Values{"q": {text}}
	setInt(q, "limit", limit)
	var hits []SearchHit
	return hits, c.get(ctx, "/api/search", q, &hits)
}

func setInt(q url.Values, k string, v int) {
	if v != 0 {
		q.Set(k, strconv.Itoa(v))
	}
}

// get fetches path?q into v; an error answer becomes the error an Asker
// would have returned (errors.Is works with ErrNotFound, ErrAmbiguous, …).
func (c *Client) get(ctx context.Context, path string, q url.Values, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+path+"?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 2 * time.Minute}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("ask %s: %w", c.BaseURL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("ask %s: %w", c.BaseURL, err)
	}
	if resp.StatusCode == http.StatusOK {
		return json.Unmarshal(body, v)
	}
	var eb ErrorBody
	if err := json.Unmarshal(body, &eb); err != nil || eb.Error == "" {
		return fmt.Errorf("ask %s%s: %s", c.BaseURL, path, resp.Status)
	}
	kind := map[int]error{
		http.StatusBadRequest: ErrInvalid,
		http.StatusNotFound:   ErrNotFound,
		http.StatusConflict:   ErrAmbiguous,
	}[resp.StatusCode]
	if resp.StatusCode == http.StatusNotFound && strings.Contains(eb.Error, ErrNoPath.Error()) {
		kind = ErrNoPath // Both are 404; the message tells them apart.
	}
	if kind == nil {
		return errors.New(eb.Error)
	}
	return &remoteError{msg: eb.Error, kind: kind, candidates: eb.Candidates}
}

// remoteError is an error answer of the server, as the Asker's error.
type remoteError struct {
	msg        string
	kind       error
	candidates []Node
}

func (e *remoteError) Error() string        { return e.msg }
func (e *remoteError) Is(target error) bool { return target == e.kind }
