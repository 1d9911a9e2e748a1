package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/schema"
)

// Defaults of Config.
var (
	// DefaultStart is the publication day of the first article.
	DefaultStart = time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)
)

// DefaultPerDay is how many articles are published a day.
const DefaultPerDay = 40

// ErrConfig is wrapped by New's errors for an unusable Config.
var ErrConfig = errors.New("bad corpus config")

// Config says which corpus to generate. Article i depends only on Seed,
// Start, PerDay and i, so a corpus of n articles is the first n articles of
// any larger one with the same settings.
type Config struct {
	Seed     int64     // Same seed, same corpus, byte for byte.
	Articles int       // How many articles All yields.
	Start    time.Time // Publication day of the first article; zero means DefaultStart.
	PerDay   int       // Articles published a day; 0 means DefaultPerDay.
	// Gazetteer holds the gazetteer files the cast is drawn from; nil means
	// the bundled data.Gazetteer.
	Gazetteer fs.FS
}

// Generator makes the articles of one Config. It holds only read-only data
// after New and is safe for concurrent use.
type Generator struct {
	cfg Config
	w   *world
}

// New reads the gazetteer and builds the recurring cast of cfg's corpus.
func New(cfg Config) (*Generator, error) {
	if cfg.Articles < 0 {
		return nil, fmt.Errorf("%w: %d articles", ErrConfig, cfg.Articles)
	}
	if cfg.PerDay < 0 {
		return nil, fmt.Errorf("%w: %d articles a day", ErrConfig, cfg.PerDay)
	}
	if cfg.PerDay == 0 {
		cfg.PerDay = DefaultPerDay
	}
	if cfg.Start.IsZero() {
		cfg.Start = DefaultStart
	}
	y, m, d := cfg.Start.UTC().Date()
	cfg.Start = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if cfg.Gazetteer == nil {
		cfg.Gazetteer = data.Gazetteer
	}
	w, err := newWorld(cfg.Gazetteer, cfg.Seed)
	if err != nil {
		return nil, err
	}
	return &Generator{cfg: cfg, w: w}, nil
}

// Config returns the generator's configuration with defaults filled in.
func (g *Generator) Config() Config { return g.cfg }

// All yields the corpus's articles in order, each with its gold
// annotation; one article at a time is in memory.
func (g *Generator) All() iter.Seq2[schema.Article, Gold] {
	return func(yield func(schema.Article, Gold) bool) {
		for i := range g.cfg.Articles {
			if !yield(g.Article(i)) {
				return
			}
		}
	}
}

// ID is the ID of article i (0-based): "corpus-<seed>-<i+1>.txt". IDs end
// in .txt so that a directory of articles written under their IDs next to
// their gold files is what `newsgraph eval` scores.
func (g *Generator) ID(i int) string {
	return fmt.Sprintf("corpus-%d-%06d.txt", g.cfg.Seed, i+1)
}

// Published is the publication time of article i: PerDay articles a day
// from Start, spread evenly over the day.
func (g *Generator) Published(i int) time.Time {
	day := i / g.cfg.PerDay
	slot := i % g.cfg.PerDay
	minutes := slot * (24 * 60) / g.cfg.PerDay
	return g.cfg.Start.AddDate(0, 0, day).Add(time.Duration(minutes) * time.Minute)
}

// Article returns article i (0-based) of the corpus and its gold. Any i ≥ 0
// is valid, whatever Config.Articles says.
func (g *Generator) Article(i int) (schema.Article, Gold) {
	r := rand.New(rand.NewPCG(mix(uint64(g.cfg.Seed), uint64(i)), mix(uint64(i), ^uint64(g.cfg.Seed))))
	pub := g.Published(i)
	id := g.ID(i)
	b := newBuilder(g.w, r)
	b.curly = r.IntN(3) > 0
	b.event = pub.AddDate(0, 0, -r.IntN(3))
	b.event = time.Date(b.event.Year(), b.event.Month(), b.event.Day(), 0, 0, 0, 0, time.UTC)
	s := newStory(b)
	s.write(pub)
	text := strings.TrimSpace(b.text.String())
	b.finish(text)
	title, _, _ := strings.Cut(text, "\n")
	gold := b.gold
	gold.Article = id
	gold.Published = pub.Format(time.DateOnly)
	a := schema.Article{
		ID:        id,
		URL:       fmt.Sprintf("https://news.example/%s/%s-%s", pub.Format("2006/01/02"), strings.TrimSuffix(id, ".txt"), slug(title)),
		Title:     title,
		Published: pub,
		Source:    "corpus",
		Text:      text,
	}
	return a, gold
}

// slug is a URL path segment made of the first words of s.
func slug(s string) string {
	var b strings.Builder
	words := 0
	dash := false
	for _, r := range strings.ToLower(schema.Fold(s)) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				if words++; words >= 8 {
					return b.String()
				}
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// Gold is the annotation of one generated article in the extraction
// format (extraction-format.md): what the generator wrote into its text.
// Its JSON is read by eval.ReadGold (which ignores "published" and the
// relations' "date").
type Gold struct {
	Article    string                 `json:"article"`
	Published  string                 `json:"published,omitempty"`
	Entities   []schema.Entity        `json:"entities"`
	Roles      []schema.Role          `json:"roles"`
	Statements []schema.Statement     `json:"statements"`
	Agreements []schema.AgreementFact `json:"agreements"`
	Relations  []Relation             `json:"relations"`
}

// Relation is a gold relation with the day the act happened, when the
// text dates it.
type Relation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"` // one of the extraction format's predicates
	Object    string `json:"object"`
	Date      string `json:"date,omitempty"` // YYYY-MM-DD
}

// Extraction returns g as a schema.Extraction, for eval.Score.
func (g Gold) Extraction() schema.Extraction {
	x := schema.Extraction{Article: g.Article, Entities: g.Entities, Roles: g.Roles,
		Statements: g.Statements, Agreements: g.Agreements, Relations: make([]schema.Relation, 0, len(g.Relations))}
	for _, r := range g.Relations {
		x.Relations = append(x.Relations, schema.Relation{Subject: r.Subject, Predicate: r.Predicate, Object: r.Object})
	}
	return x
}

// Record is one line of the JSON Lines corpus, the shape `newsgraph load`
// reads.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"` // RFC 3339, UTC
	Text      string `json:"text"`      // title line first
}

// NewRecord returns a's JSON Lines record.
func NewRecord(a schema.Article) Record {
	return Record{ID: a.ID, URL: a.URL, Title: a.Title, Published: a.Published.UTC().Format(time.RFC3339), Text: a.Text}
}

// WriteRecord writes a's JSON Lines record, newline included, to w and
// returns the bytes written. HTML characters are not escaped.
func WriteRecord(w io.Writer, a schema.Article) (int, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(NewRecord(a)); err != nil {
		return 0, fmt.Errorf("encode %s: %w", a.ID, err)
	}
	return w.Write(buf.Bytes())
}

// MarshalGold returns g as indented JSON ending in a newline, the layout of
// the project's gold files.
func MarshalGold(g Gold) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		return nil, fmt.Errorf("encode gold of %s: %w", g.Article, err)
	}
	return buf.Bytes(), nil
}

// GoldName is the file name of an article's gold: its ID without ".txt",
// then ".gold.json".
func GoldName(id string) string { return strings.TrimSuffix(id, ".txt") + ".gold.json" }
