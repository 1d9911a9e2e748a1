package ask

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Timeline is what happened to an entity and what it said, in order.
type Timeline struct {
	Entity  Node            `json:"entity"`
	Entries []TimelineEntry `json:"entries"`
	// Total counts the events and statements found (Entries holds the
	// newest Limit of them).
	Total int `json:"total"`
}

// TimelineEntry is one event (a relation read in an article: "the United
// States designated the cartel") or one statement.
type TimelineEntry struct {
	// Date is the event's own date when the text gives one, else the
	// earliest publication date of its articles (YYYY-MM-DD); empty when
	// neither is known (undated entries come first).
	Date      string       `json:"date,omitempty"`
	Kind      string       `json:"kind"`           // "event" or "statement"
	Verb      string       `json:"verb,omitempty"` // An event's relation ("designated").
	Subject   Node         `json:"subject"`        // The actor, or the speaker.
	Object    *Node        `json:"object,omitempty"`
	Text      string       `json:"text"` // The sentence read, or the quotation.
	Articles  []ArticleRef `json:"articles"`
	Statement string       `json:"statement,omitempty"` // A statement's IRI.
}

// DefaultTimeline is how many entries Timeline returns when no limit is
// given.
const DefaultTimeline = 100

// Timeline lists the events whose subject or object is the entity called
// name and the statements it made or that are about it, oldest first: of
// each kind the newest stored limit (0: DefaultTimeline, at most
// MaxFacts), then the latest limit of those by date.
func (a *Asker) Timeline(ctx context.Context, name string, limit int) (Timeline, error) {
	if limit < 0 {
		return Timeline{}, invalidf("limit must be positive, not %d", limit)
	}
	if limit == 0 {
		limit = DefaultTimeline
	}
	limit = min(limit, MaxFacts)
	tl := Timeline{Entries: []TimelineEntry{}}
	err := a.view(ctx, func(r *reader) error {
		n, err := r.resolve(name)
		if err != nil {
			return err
		}
		tl.Entity = n
		if err := r.ahead(func(p *plan) { p.entries(n.IRI, timelineLinks, limit) }); err != nil {
			return err
		}
		tl.Entries, tl.Total, err = r.entries(n.IRI, timelineLinks, limit)
		return err
	})
	if err != nil {
		return Timeline{}, fmt.Errorf("timeline: %w", err)
	}
	sortEntries(tl.Entries)
	if len(tl.Entries) > limit {
		tl.Entries = tl.Entries[len(tl.Entries)-limit:]
	}
	return tl, nil
}

// The links from an event or a statement to the entities it involves.
var (
	eventLinks    = []quad.IRI{schema.PredSubject, schema.PredObject}
	timelineLinks = []quad.IRI{schema.PredSubject, schema.PredObject, schema.PredSaidBy, schema.PredAbout}
)

// entries reads, for each link, the newest n events or statements linked
// to iri by it (events by PredSubject and PredObject, statements by
// PredSaidBy and PredAbout), each once, and counts all there are.
func (r *reader) entries(iri string, links []quad.IRI, n int) ([]TimelineEntry, int, error) {
	out := []TimelineEntry{}
	seen := set{}
	total := 0
	for _, p := range links {
		read := r.event
		if p == schema.PredSaidBy || p == schema.PredAbout {
			read = r.statementEntry
		}
		qs, count, err := r.last(quad.Object, iri, p, n)
		if err != nil {
			return nil, 0, err
		}
		total += count
		for _, q := range qs {
			e := iriOf(q.Subject)
			if seen[e] {
				total--
				continue
			}
			seen.add(e)
			entry, err := read(e)
			if err != nil {
				return nil, 0, err
			}
			out = append(out, entry)
		}
	}
	return out, total, nil
}

// sortEntries puts entries in date order (undated first), then by text.
func sortEntries(es []TimelineEntry) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Date != es[j].Date {
			return es[i].Date < es[j].Date
		}
		return es[i].Text < es[j].Text
	})
}

// event reads an event node: its verb, actor, target, sentence, date and
// article.
func (r *reader) event(iri string) (TimelineEntry, error) {
	e := TimelineEntry{Kind: "event"}
	preds := []quad.IRI{schema.PredVerb, schema.PredSubject, schema.PredObject, schema.PredSentence, schema.PredDate, schema.PredInArticle}
	if err := r.prefetch(quad.Subject, iri, preds, 0); err != nil {
		return e, err
	}
	for _, p := range preds {
		qs, err := r.facts(quad.Subject, iri, p, 0)
		if err != nil {
			return e, err
		}
		for _, q := range qs {
			switch p {
			case schema.PredVerb:
				if iri, ok := isRelation(q.Object); ok {
					e.Verb = strings.TrimPrefix(iri, schema.Prefix)
				}
			case schema.PredSubject:
				if e.Subject, err = r.node(iriOf(q.Object)); err != nil {
					return e, err
				}
			case schema.PredObject:
				n, err := r.node(iriOf(q.Object))
				if err != nil {
					return e, err
				}
				e.Object = &n
			case schema.PredSentence:
				e.Text = graph.LiteralText(q.Object)
			case schema.PredDate:
				if t, ok := q.Object.(quad.Time); ok {
					e.Date = time.Time(t).UTC().Format(time.DateOnly)
				}
			case schema.PredInArticle:
				a, err := r.article(iriOf(q.Object))
				if err != nil {
					return e, err
				}
				e.Articles = append(e.Articles, a)
			}
		}
	}
	if e.Date == "" {
		for _, a := range e.Articles {
			if d := day(a.Published); d != "" && (e.Date == "" || d < e.Date) {
				e.Date = d
			}
		}
	}
	if e.Articles == nil {
		e.Articles = []ArticleRef{}
	}
	return e, nil
}

// statementEntry reads a statement as a timeline entry.
func (r *reader) statementEntry(iri string) (TimelineEntry, error) {
	st, err := r.statement(iri)
	if err != nil {
		return TimelineEntry{}, err
	}
	return TimelineEntry{Date: day(st.Date), Kind: "statement", Subject: st.Speaker,
		Text: st.Text, Articles: st.Articles, Statement: st.IRI}, nil
}

// day cuts an RFC 3339 time to its date.
func day(rfc3339 string) string {
	if len(rfc3339) >= len(time.DateOnly) {
		return rfc3339[:len(time.DateOnly)]
	}
	return rfc3339
}
