package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	"go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/graph"
)

func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// measureLoad loads the corpus into a fresh store with `newsgraph load`.
func measureLoad(ctx context.Context, c config, r *report, stderr io.Writer) error {
	if !isPostgres(c.db) {
		if err := os.RemoveAll(c.db); err != nil {
			return err
		}
	}
	articles, bytes, err := countCorpus(c.corpus)
	if err != nil {
		return err
	}
	r.Articles, r.CorpusBytes = articles, bytes
	fmt.Fprintf(stderr, "loading %d articles (%.1f MB) into %s\n", articles, float64(bytes)/1e6, c.db)
	cmd := exec.CommandContext(ctx, c.bin, "--db", c.db, "load", "-j", fmt.Sprint(c.workers), c.corpus)
	if r.Load, err = runPhase(cmd, stderr); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return describeStore(ctx, c, r)
}

// describeStore reads the store's size into r.
func describeStore(ctx context.Context, c config, r *report) error {
	s, err := graph.OpenReadOnly(c.db)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Summary(ctx)
	if err != nil {
		return err
	}
	r.Quads, r.Backend, r.Articles = st.Quads, st.Backend, int(st.Articles)
	if !isPostgres(c.db) {
		if fi, err := os.Stat(c.db); err == nil {
			r.Load.Disk = fi.Size()
		}
	}
	return nil
}

// countCorpus counts a JSON Lines corpus's records and bytes.
func countCorpus(path string) (int, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n, size := 0, int64(0)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) > 0 {
			n++
		}
		size += int64(len(sc.Bytes())) + 1
	}
	return n, size, sc.Err()
}

// measureRawLoad dumps the quads newsgraph stored and loads them into a
// fresh bolt store with Cayley alone (`ngbench rawload`, a process of its
// own so that its peak RSS is its own): the floor newsgraph's load is
// compared with.
func measureRawLoad(ctx context.Context, c config, r *report, stderr io.Writer) error {
	dump := filepath.Join(c.dir, "stored.nq")
	n, err := dumpStored(ctx, c.db, dump)
	if err != nil {
		return err
	}
	raw := filepath.Join(c.dir, "raw.db")
	if err := os.RemoveAll(raw); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "raw Cayley load of %d quads\n", n)
	cmd := exec.CommandContext(ctx, self, "rawload", "-db", raw, dump)
	if r.Raw, err = runPhase(cmd, stderr); err != nil {
		return fmt.Errorf("rawload: %w", err)
	}
	if fi, err := os.Stat(raw); err == nil {
		r.Raw.Disk = fi.Size()
	}
	os.Remove(dump)
	return nil
}

// dumpStored writes every quad stored in db as N-Quads.
func dumpStored(ctx context.Context, db, path string) (int, error) {
	s, err := graph.OpenReadOnly(db)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	n := 0
	err = s.View(func(qs cgraph.QuadStore) error {
		return graph.EachQuad(ctx, qs, func(q quad.Quad) error {
			n++
			_, err := w.WriteString(q.NQuad() + "\n")
			return err
		})
	})
	if err != nil {
		return 0, err
	}
	return n, w.Flush()
}

// rawLoadMain is `ngbench rawload -db PATH FILE.nq`: Cayley's bulk path
// (ApplyDeltas in batches of 10,000 quads, duplicates ignored) into a new
// bolt store with Cayley's default options, parse included.
func rawLoadMain(args []string, stdout io.Writer) error {
	if len(args) != 3 || args[0] != "-db" {
		return fmt.Errorf("usage: ngbench rawload -db PATH FILE.nq")
	}
	db, file := args[1], args[2]
	bdb, err := bbolt.Open(db, 0o644, &bbolt.Options{InitialMmapSize: 1 << 30})
	if err != nil {
		return err
	}
	kv := hbolt.New(bdb)
	defer kv.Close()
	if err := ckv.Init(kv, nil); err != nil {
		return err
	}
	qs, err := ckv.New(kv, nil)
	if err != nil {
		return err
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	start := time.Now()
	rd := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	const batch = 10000
	deltas := make([]cgraph.Delta, 0, batch)
	n := 0
	flush := func() error {
		if len(deltas) == 0 {
			return nil
		}
		err := qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true})
		deltas = deltas[:0]
		return err
	}
	for {
		q, err := rd.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		n++
		if len(deltas) == batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "raw load: %d quads in %s\n", n, time.Since(start).Round(time.Millisecond))
	return nil
}

// measureExport times `newsgraph export --format nquads` of the whole store.
func measureExport(ctx context.Context, c config, r *report, stderr io.Writer) error {
	out := filepath.Join(c.dir, "export.nq")
	cmd := exec.CommandContext(ctx, c.bin, "--db", c.db, "export", "--format", "nquads", "--out", out)
	var err error
	if r.Export, err = runPhase(cmd, io.Discard); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if fi, err := os.Stat(out); err == nil {
		r.Export.Disk = fi.Size()
	}
	fmt.Fprintf(stderr, "export: %s in %.1f s\n", r.Export.Summary, r.Export.Wall.Seconds())
	return os.Remove(out)
}

// runPhase runs cmd, sampling its memory, with its standard output as the
// phase's summary and its standard error to stderr (io.Discard: into the
// summary too).
func runPhase(cmd *exec.Cmd, stderr io.Writer) (phase, error) {
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, stderr
	if stderr == io.Discard {
		cmd.Stderr = &out
	}
	wall, rss, anon, err := sampled(cmd, 100*time.Millisecond)
	if err != nil {
		return phase{}, fmt.Errorf("%w: %s", err, out.String())
	}
	return phase{Wall: wall, PeakRSS: rss, PeakAnon: anon, Summary: strings.TrimSpace(out.String())}, nil
}
