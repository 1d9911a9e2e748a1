package loaders

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

// UserAgent is what a Fetcher sends, and the agent it looks up in
// robots.txt.
const UserAgent = "newsgraph/1 (+https://github.com/newsgraph/newsgraph)"

// FetchTimeout bounds one HTTP request, robots.txt included.
const FetchTimeout = 30 * time.Second

// ErrRobots is wrapped by the error for a URL robots.txt disallows.
var ErrRobots = errors.New("disallowed by robots.txt")

// ErrHTTP is wrapped by the error for an HTTP answer other than 200 or 304.
var ErrHTTP = errors.New("HTTP")

// Fetcher fetches pages and feeds for a Reader: with a timeout, a size
// cap, a User-Agent, robots.txt respected, and conditional GET when it
// keeps validators (ETag, Last-Modified) in CacheFile.
type Fetcher struct {
	Client    *http.Client // nil: one with FetchTimeout.
	UserAgent string       // "": UserAgent.
	// CacheFile keeps each URL's validators between loads; "" keeps none
	// (every URL is fetched whole).
	CacheFile string
	// Fresh starts with no validators, as for a new store: every URL is
	// fetched whole and CacheFile is rewritten.
	Fresh bool

	robots     map[string]*robotstxt.Group // by scheme://host
	validators map[string]validator
}

// validator is what a conditional GET of one URL sends.
type validator struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// IsURL reports whether path names an http or https URL.
func IsURL(path string) bool {
	l := strings.ToLower(path)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func (f *Fetcher) client() *http.Client {
	if f.Client != nil {
		return f.Client
	}
	return &http.Client{Timeout: FetchTimeout}
}

func (f *Fetcher) agent() string {
	if f.UserAgent != "" {
		return f.UserAgent
	}
	return UserAgent
}

// allowed reports whether robots.txt of u's host lets the agent fetch u.
// A robots.txt that is missing (4xx) allows everything, one that fails
// (5xx) nothing, as the robots exclusion protocol says.
func (f *Fetcher) allowed(u *url.URL) (bool, error) {
	host := u.Scheme + "://" + u.Host
	if g, ok := f.robots[host]; ok {
		return g.Test(u.EscapedPath()), nil
	}
	req, err := http.NewRequest(http.MethodGet, host+"/robots.txt", nil)
	if err != nil {
		return false, err
	}
	req.Header.Set("User-Agent", f.agent())
	resp, err := f.client().Do(req)
	if err != nil {
		return false, fmt.Errorf("robots.txt: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	if err != nil {
		return false, fmt.Errorf("robots.txt: %w", err)
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return false, fmt.Errorf("robots.txt: %w", err)
	}
	if f.robots == nil {
		f.robots = map[string]*robotstxt.Group{}
	}
	g := data.FindGroup(f.agent())
	f.robots[host] = g
	return g.Test(u.EscapedPath()), nil
}

func (f *Fetcher) load() {
	if f.validators != nil {
		return
	}
	f.validators = map[string]validator{}
	if f.CacheFile == "" || f.Fresh {
		return
	}
	if b, err := os.ReadFile(f.CacheFile); err == nil {
		_ = json.Unmarshal(b, &f.validators) // a bad cache only costs full fetches
	}
}

func (f *Fetcher) save() error {
	if f.CacheFile == "" {
		return nil
	}
	b, err := json.MarshalIndent(f.validators, "", " ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f.CacheFile), 0o755); err != nil {
		return err
	}
	tmp := f.CacheFile + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, f.CacheFile)
}

// fetched is one answer: its body (to close), its format from the
// Content-Type ("" when it says nothing useful), or notModified.
type fetched struct {
	body        io.ReadCloser
	format      Format
	notModified bool
	commit      func() error // Keeps the answer's validators; call once read.
}

// get fetches rawURL, conditionally when it has validators for it.
func (f *Fetcher) get(rawURL string) (fetched, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return fetched{}, err
	}
	ok, err := f.allowed(u)
	if err != nil {
		return fetched{}, err
	}
	if !ok {
		return fetched{}, fmt.Errorf("%w for %s", ErrRobots, f.agent())
	}
	f.load()
	req, err := http.NewRequest(http.MethodGet, rawURL, nil)
	if err != nil {
		return fetched{}, err
	}
	req.Header.Set("User-Agent", f.agent())
	req.Header.Set("Accept", "text/html, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, application/n-quads;q=0.9, text/plain;q=0.8, */*;q=0.5")
	v := f.validators[rawURL]
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client().Do(req)
	if err != nil {
		return fetched{}, unwrapURL(err)
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		resp.Body.Close()
		return fetched{notModified: true}, nil
	case resp.StatusCode != http.StatusOK:
		resp.Body.Close()
		return fetched{}, fmt.Errorf("%w %s", ErrHTTP, resp.Status)
	}
	nv := validator{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	return fetched{body: resp.Body, format: formatOfType(resp.Header.Get("Content-Type")), commit: func() error {
		if nv == (validator{}) {
			delete(f.validators, rawURL)
		} else {
			f.validators[rawURL] = nv
		}
		return f.save()
	}}, nil
}

// unwrapURL drops the *url.Error around err: the error names the URL.
func unwrapURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// formatOfType is the format a Content-Type names, or "" (detect).
func formatOfType(ct string) Format {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML
	case "application/rss+xml", "application/rdf+xml":
		return FormatRSS
	case "application/atom+xml":
		return FormatAtom
	case "application/feed+json":
		return FormatJSONFeed
	case "application/n-quads":
		return FormatNQuads
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		return FormatJSONL
	}
	return "" // text/plain and XML are told by their bytes
}

// readURL reads the articles (or quads) at rawURL; see Fetcher.
func (r Reader) readURL(rawURL string, yield func(Record, error) bool) bool {
	fail := func(err error) bool { return yield(Record{}, &ParseError{Source: rawURL, Err: err}) }
	f := r.Fetcher
	if f == nil {
		f = &Fetcher{}
	}
	res, err := f.get(rawURL)
	if err != nil {
		return fail(err)
	}
	if res.notModified {
		return yield(Record{}, &SkipError{Path: rawURL, Reason: "not modified since the last load"})
	}
	defer res.body.Close()
	format := r.Format
	if format == "" {
		format = res.format
	}
	lr := &capReader{r: res.body, n: r.maxDecompressed()}
	in := io.Reader(lr)
	if r.Progress != nil {
		in = &countReader{r: lr, add: r.Progress}
	}
	base := articleID(rawURL, "")
	cont, failed := true, false
	r.readStream(in, rawURL, rawURL, format, func(rec Record, err error) bool {
		if lr.over {
			return false
		}
		if err != nil {
			failed = true
		}
		// a page read from the web is known by its URL
		if rec.Quads == nil && err == nil {
			if rec.Article.ID == base {
				rec.Article.ID = rawURL
			}
			if rec.Article.URL == "" && (format == FormatHTML || format == FormatText || rec.Article.ID == rawURL) {
				rec.Article.URL = rawURL
			}
		}
		cont = yield(rec, err)
		return cont
	})
	if cont && lr.over {
		return fail(fmt.Errorf("%w: more than %d bytes", ErrTooLarge, r.maxDecompressed()))
	}
	if cont && !failed {
		if err := res.commit(); err != nil {
			return fail(fmt.Errorf("keep validators in %s: %w", f.CacheFile, err))
		}
	}
	return cont
}
