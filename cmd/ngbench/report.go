package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"
)

// phase is one load: its wall time, peak RSS and size on disk.
type phase struct {
	Wall     time.Duration `json:"wall_ns"`
	PeakRSS  int64         `json:"peak_rss"`  // File-backed pages (the bolt mmap) included.
	PeakAnon int64         `json:"peak_anon"` // Heap and stacks only.
	Disk     int64         `json:"disk,omitempty"`
	Summary  string        `json:"summary"`
}

// timing is one question's latencies.
type timing struct {
	Name  string `json:"name"`
	Stats stats  `json:"stats"`
}

// report is everything one run measured.
type report struct {
	Backend     string        `json:"backend"`
	Articles    int           `json:"articles"`
	CorpusBytes int64         `json:"corpus_bytes"`
	Quads       int64         `json:"quads_stored"`
	Load        phase         `json:"load"`
	Raw         phase         `json:"raw_load"`
	Export      phase         `json:"export"`
	Questions   questions     `json:"questions"`
	CLI         []timing      `json:"cli"`
	CLIServed   []timing      `json:"cli_serve_running"`
	HTTP        []timing      `json:"http"`
	ServeStart  time.Duration `json:"serve_start_ns"`
	ServeRSS    int64         `json:"serve_rss"`
	ServeAnon   int64         `json:"serve_anon"`
}

func mb(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/1e6) }

func (r *report) write(w io.Writer) {
	fmt.Fprintf(w, "## %d articles (%s of text), %s\n\n", r.Articles, mb(r.CorpusBytes), r.Backend)
	secs := r.Load.Wall.Seconds()
	if secs == 0 {
		r.writeQuestions(w)
		return
	}
	fmt.Fprintf(w, "| load | wall | articles/s | stored quads/s | peak RSS (anon) | on disk |\n|---|---|---|---|---|---|\n")
	fmt.Fprintf(w, "| newsgraph load | %.1f s | %.0f | %.0f | %s (%s) | %s |\n", secs, float64(r.Articles)/secs, float64(r.Quads)/secs, mb(r.Load.PeakRSS), mb(r.Load.PeakAnon), mb(r.Load.Disk))
	if r.Raw.Wall > 0 {
		rs := r.Raw.Wall.Seconds()
		fmt.Fprintf(w, "| raw Cayley load of the %d stored quads | %.1f s | — | %.0f | %s (%s) | %s |\n", r.Quads, rs, float64(r.Quads)/rs, mb(r.Raw.PeakRSS), mb(r.Raw.PeakAnon), mb(r.Raw.Disk))
		fmt.Fprintf(w, "\nload ÷ raw: %.2f\n", secs/rs)
	}
	if r.Export.Wall > 0 {
		fmt.Fprintf(w, "\nexport --format nquads: %.1f s, %s written, peak RSS %s (%s anon)\n", r.Export.Wall.Seconds(), mb(r.Export.Disk), mb(r.Export.PeakRSS), mb(r.Export.PeakAnon))
	}
	r.writeQuestions(w)
}

func (r *report) writeQuestions(w io.Writer) {
	fmt.Fprintf(w, "\nQuestions (person %q; path %q → %q, %d hops; search %q):\n\n", r.Questions.Person, r.Questions.PathFrom, r.Questions.PathTo, r.Questions.PathHops, r.Questions.SearchText)
	fmt.Fprintf(w, "| question | CLI median | CLI p99 | HTTP median | HTTP p99 | CLI, serve running: median | p99 |\n|---|---|---|---|---|---|---|\n")
	byName := func(ts []timing, name string) string {
		for _, t := range ts {
			if t.Name == name {
				return ms(t.Stats.Median) + " | " + ms(t.Stats.P99)
			}
		}
		return "— | —"
	}
	rows := r.HTTP
	if len(rows) == 0 {
		rows = r.CLI
	}
	for _, t := range rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", t.Name, byName(r.CLI, t.Name), byName(r.HTTP, t.Name), byName(r.CLIServed, t.Name))
	}
	fmt.Fprintf(w, "\nserve: ready in %s, %s RSS (%s anon) after the questions\n", ms(r.ServeStart), mb(r.ServeRSS), mb(r.ServeAnon))
}

func (r *report) save(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
