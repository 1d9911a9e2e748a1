package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/server"
	"github.com/newsgraph/newsgraph/schema"
)

// While a writable `serve` holds a bolt store, `load` on the same store
// sends its articles to the server (POST /api/load, with the token the
// server announced in PATH.serve, readable by its owner only), which
// extracts and writes them as a local load would. The body is JSON Lines of
// schema.Article; the answer is JSON Lines too: one {"error": …} per failed
// record as it fails, then {"summary": …}.

// loadLine is one line of /api/load's answer.
type loadLine struct {
	Error   string       `json:"error,omitempty"`
	Summary *LoadSummary `json:"summary,omitempty"`
}

// maxLoadLine bounds one article on /api/load's wire.
const maxLoadLine = 64 << 20

// NewLoadHandler returns the handler of POST /api/load over store: it
// loads the articles of the body with ex, as `newsgraph load` does,
// refusing any longer than maxArticle bytes.
func NewLoadHandler(store *graph.Store, ex Extractor, maxArticle int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, `{"error": "use POST"}`, http.StatusMethodNotAllowed)
			return
		}
		// A load may stream for longer than the server's read and write
		// timeouts allow other requests; only the token's owner gets here.
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Time{})
		_ = rc.SetWriteDeadline(time.Time{})
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.WriteHeader(http.StatusOK)
		enc := json.NewEncoder(w)
		flusher, _ := w.(http.Flusher)
		errs := &lineWriter{emit: func(msg string) {
			enc.Encode(loadLine{Error: msg})
			if flusher != nil {
				flusher.Flush()
			}
		}}
		l := &Loader{Store: store, Extractor: ex, Detail: true, IO: &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: errs}}
		sum, err := l.LoadSeq(r.Context(), decodeArticles(r.Body, maxArticle))
		if err != nil {
			errs.emit(err.Error())
			sum.Errors++
		}
		enc.Encode(loadLine{Summary: &sum})
	})
}

// decodeArticles yields the articles of a JSON Lines body; one whose text
// is longer than maxArticle bytes is an error naming where it came from.
func decodeArticles(body io.Reader, maxArticle int64) iter.Seq2[schema.Article, error] {
	return func(yield func(schema.Article, error) bool) {
		sc := bufio.NewScanner(body)
		sc.Buffer(make([]byte, 0, 64<<10), max(maxLoadLine, 2*int(maxArticle)))
		for line := 1; sc.Scan(); line++ {
			var a schema.Article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				if !yield(a, fmt.Errorf("/api/load line %d: %w", line, err)) {
					return
				}
				continue
			}
			if maxArticle > 0 && int64(len(a.Text)) > maxArticle {
				a, err := schema.Article{}, fmt.Errorf("%s: %s: %d bytes, more than --max-article-bytes %d", a.Source, a.ID, len(a.Text), maxArticle)
				if !yield(a, err) {
					return
				}
				continue
			}
			if !yield(a, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(schema.Article{}, fmt.Errorf("/api/load: %w", err))
		}
	}
}

// lineWriter turns what the loader prints on ErrOut, line by line, into
// calls of emit.
type lineWriter struct {
	emit func(string)
	buf  []byte
}

func (lw *lineWriter) Write(p []byte) (int, error) {
	lw.buf = append(lw.buf, p...)
	for {
		i := strings.IndexByte(string(lw.buf), '\n')
		if i < 0 {
			return len(p), nil
		}
		if line := strings.TrimSpace(string(lw.buf[:i])); line != "" {
			lw.emit(strings.TrimPrefix(line, "error: "))
		}
		lw.buf = lw.buf[i+1:]
	}
}

// loadThroughServer sends articles to the writable server sf: read here
// (so errors name the user's files), extracted and written there. Failed
// records are printed on errOut as the server reports them.
func loadThroughServer(ctx context.Context, sf serverFile, articles iter.Seq2[schema.Article, error], errOut io.Writer) (LoadSummary, error) {
	var sum LoadSummary
	pr, pw := io.Pipe()
	defer pr.Close()
	readErrors := make(chan []LoadFailure, 1)
	go func() {
		var failed []LoadFailure
		defer func() { readErrors <- failed }()
		enc := json.NewEncoder(pw)
		for a, err := range articles {
			if err != nil {
				fmt.Fprintf(errOut, "error: %v\n", err)
				failed = append(failed, failure("", err))
				continue
			}
			if err := enc.Encode(a); err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		pw.Close()
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, sf.URL+server.LoadPath, pr)
	if err != nil {
		return sum, err
	}
	req.Header.Set("Authorization", "Bearer "+sf.Token)
	req.Header.Set("Content-Type", "application/x-ndjson")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return sum, fmt.Errorf("load through %s: %w", sf.URL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return sum, fmt.Errorf("load through %s: %s: %s", sf.URL, resp.Status, strings.TrimSpace(string(b)))
	}
	dec := json.NewDecoder(resp.Body)
	for {
		var line loadLine
		if err := dec.Decode(&line); err != nil {
			if errors.Is(err, io.EOF) {
				return sum, fmt.Errorf("load through %s: the server stopped before its summary", sf.URL)
			}
			return sum, fmt.Errorf("load through %s: %w", sf.URL, err)
		}
		if line.Error != "" {
			fmt.Fprintf(errOut, "error: %s\n", line.Error)
		}
		if line.Summary != nil {
			sum = *line.Summary
			failed := <-readErrors
			sum.Errors += len(failed)
			sum.Failed = append(failed, sum.Failed...)
			return sum, nil
		}
	}
}
