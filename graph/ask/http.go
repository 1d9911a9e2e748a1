package ask

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/newsgraph/newsgraph/graph"
)

// codes maps answer errors to HTTP statuses; anything else is a 500.
var codes = []struct {
	err    error
	status int
}{
	{ErrInvalid, http.StatusBadRequest},
	{ErrNotFound, http.StatusNotFound},
	{ErrNoPath, http.StatusNotFound},
	{ErrAmbiguous, http.StatusConflict},
}

// StatusOf returns the HTTP status of an answer's error.
func StatusOf(err error) int {
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.status
		}
	}
	return http.StatusInternalServerError
}

// ErrorBody is the JSON document of a failed request.
type ErrorBody struct {
	Error      string `json:"error"`
	Candidates []Node `json:"candidates,omitempty"` // For 409: the entities the name could mean.
}

// NewHandler returns newsgraph's JSON endpoints over store:
//
//	GET /api/path?from=&to=[&max_hops=][&via=][&mentions=true][&limit=]
//	GET /api/entity?name=
//	GET /api/statements?[by=][&about=][&since=][&until=][&limit=]
//	GET /api/agreements?[party=][&limit=]
//	GET /api/search?q=[&limit=]
//	GET /api/timeline?name=[&limit=]
//
// Answers are the JSON of PathResult, Card, []Statement, []Agreement,
// []SearchHit and Timeline, the documents the CLI prints with --json. Errors are
// ErrorBody with 400 (bad parameters), 404 (unknown entity or no path), 409
// (ambiguous name, with candidates) or 500.
func NewHandler(store *graph.Store) http.Handler {
	a := New(store)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/path", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		opt := PathOptions{Via: q.Get("via")}
		var err error
		if opt.MaxHops, err = intParam(q.Get("max_hops")); err == nil {
			if opt.Limit, err = intParam(q.Get("limit")); err == nil {
				opt.Mentions, err = boolParam(q.Get("mentions"))
			}
		}
		if err == nil && (q.Get("from") == "" || q.Get("to") == "") {
			err = invalidf("from and to are required")
		}
		if err != nil {
			writeError(w, err)
			return
		}
		res, err := a.Paths(r.Context(), q.Get("from"), q.Get("to"), opt)
		respond(w, res, err)
	})
	mux.HandleFunc("GET /api/entity", func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Query().Get("name")
		if name == "" {
			writeError(w, invalidf("name is required"))
			return
		}
		c, err := a.Entity(r.Context(), name)
		respond(w, c, err)
	})
	mux.HandleFunc("GET /api/statements", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		f := StatementFilter{By: q.Get("by"), About: q.Get("about")}
		var err error
		if s := q.Get("since"); s != "" {
			f.Since, err = ParseDate(s)
		}
		if s := q.Get("until"); s != "" && err == nil {
			f.Until, err = ParseUntil(s)
		}
		if err == nil {
			f.Limit, err = intParam(q.Get("limit"))
		}
		if err != nil {
			writeError(w, err)
			return
		}
		sts, err := a.Statements(r.Context(), f)
		respond(w, sts, err)
	})
	mux.HandleFunc("GET /api/agreements", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		limit, err := intParam(q.Get("limit"))
		if err != nil {
			writeError(w, err)
			return
		}
		ags, err := a.Agreements(r.Context(), q.Get("party"), limit)
		respond(w, ags, err)
	})
	mux.HandleFunc("GET /api/timeline", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		limit, err := intParam(q.Get("limit"))
		if err == nil && q.Get("name") == "" {
			err = invalidf("name is required")
		}
		if err != nil {
			writeError(w, err)
			return
		}
		tl, err := a.Timeline(r.Context(), q.Get("name"), limit)
		respond(w, tl, err)
	})
	mux.HandleFunc("GET /api/search", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		limit, err := intParam(q.Get("limit"))
		if err == nil && q.Get("q") == "" {
			err = invalidf("q is required")
		}
		if err != nil {
			writeError(w, err)
			return
		}
		hits, err := a.Search(r.Context(), q.Get("q"), limit)
		respond(w, hits, err)
	})
	return mux
}

func intParam(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, invalidf("%q is not a non-negative integer", s)
	}
	return n, nil
}

func boolParam(s string) (bool, error) {
	if s == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		return false, invalidf("%q is not true or false", s)
	}
	return b, nil
}

func respond(w http.ResponseWriter, v any, err error) {
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func writeError(w http.ResponseWriter, err error) {
	body := ErrorBody{Error: err.Error()}
	var amb *AmbiguousError
	if errors.As(err, &amb) {
		body.Candidates = amb.Candidates
	}
	writeJSON(w, StatusOf(err), body)
}

// writeJSON writes v as the indented JSON the CLI's --json also prints.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = EncodeJSON(w, v)
}
