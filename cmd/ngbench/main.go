// Command ngbench measures newsgraph at a newsroom's scale: it loads a
// corpus (JSON Lines, as `newsgraph corpus` writes) into a fresh store with
// the real binary, bulk-loads the same stored quads with Cayley alone for
// comparison, and times the questions users ask, from the CLI (a new
// process each time, so every run pays the store's open) and over HTTP
// against `newsgraph serve`. It prints a Markdown report; nothing in it is a
// test.
//
//	newsgraph corpus --articles 10000 --seed 1 --out /tmp/c10k.jsonl
//	go run ./cmd/ngbench -corpus /tmp/c10k.jsonl -dir /tmp/bench10k
//
// `ngbench hostile` is the load test of a server under attack: fair
// clients ask questions while a hostile one sends runaway and memory-bomb
// queries (see hostileMain).
//
//	go run ./cmd/ngbench hostile -corpus /tmp/c10k.jsonl -db /tmp/bench10k/bench.db
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "rawload" {
		if err := rawLoadMain(os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "ngbench rawload:", err)
			os.Exit(1)
		}
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "hostile" {
		if err := hostileMain(context.Background(), os.Args[2:], os.Stdout, os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, "ngbench hostile:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "ngbench:", err)
		os.Exit(1)
	}
}

// config is what one benchmark run measures.
type config struct {
	corpus   string // JSON Lines corpus.
	dir      string // Work directory: stores, binaries, report.
	bin      string // newsgraph binary; built into dir when empty.
	db       string // Store spec; dir/bench.db when empty.
	runs     int    // Timed runs per CLI question.
	requests int    // Timed requests per HTTP question.
	raw      bool   // Also bulk-load the stored quads with Cayley alone.
	export   bool   // Also time an export of the whole store.
	workers  int    // load -j.
	reuse    bool   // Ask the questions of the store already at db; load nothing.
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c config
	fs := flag.NewFlagSet("ngbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.corpus, "corpus", "", "JSON Lines corpus to load (required)")
	fs.StringVar(&c.dir, "dir", "", "work directory (required; created)")
	fs.StringVar(&c.bin, "bin", "", "newsgraph binary (default: built into -dir)")
	fs.StringVar(&c.db, "db", "", "store: a bolt path or a postgres:// URL (default: DIR/bench.db)")
	fs.IntVar(&c.runs, "runs", 20, "timed runs of each CLI question")
	fs.IntVar(&c.requests, "requests", 200, "timed requests of each HTTP question")
	fs.BoolVar(&c.raw, "raw", true, "also bulk-load the stored quads with Cayley alone")
	fs.BoolVar(&c.export, "export", true, "also time an export of the whole store")
	fs.IntVar(&c.workers, "j", 0, "load workers (0: one per CPU)")
	fs.BoolVar(&c.reuse, "reuse", false, "ask the questions of the store already at -db (or DIR/bench.db); load nothing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.corpus == "" || c.dir == "" {
		fs.Usage()
		return errors.New("-corpus and -dir are required")
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	if c.db == "" {
		c.db = filepath.Join(c.dir, "bench.db")
	}
	if c.bin == "" {
		c.bin = filepath.Join(c.dir, "newsgraph")
		fmt.Fprintln(stderr, "building", c.bin)
		build := exec.CommandContext(ctx, "go", "build", "-o", c.bin, "./cmd/newsgraph")
		build.Stdout, build.Stderr = stderr, stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build newsgraph: %w", err)
		}
	}
	r := &report{}
	if c.reuse {
		if err := describeStore(ctx, c, r); err != nil {
			return err
		}
	} else {
		if err := measureLoad(ctx, c, r, stderr); err != nil {
			return err
		}
		if c.raw && !isPostgres(c.db) {
			if err := measureRawLoad(ctx, c, r, stderr); err != nil {
				return err
			}
		}
		if c.export {
			if err := measureExport(ctx, c, r, stderr); err != nil {
				return err
			}
		}
	}
	q, err := pickQuestions(ctx, c)
	if err != nil {
		return err
	}
	r.Questions = q
	if err := measureCLI(ctx, c, q, r, stderr); err != nil {
		return err
	}
	if err := measureHTTP(ctx, c, q, r, stderr); err != nil {
		return err
	}
	r.write(stdout)
	return r.save(filepath.Join(c.dir, "report.json"))
}

// timed runs cmd and returns its wall time and peak RSS.
func timed(cmd *exec.Cmd) (time.Duration, int64, error) {
	wall, rss, _, err := sampled(cmd, 0)
	return wall, rss, err
}

// sampled runs cmd and returns its wall time, its peak RSS (from the
// kernel's accounting at exit: file-backed pages, such as a bolt file's
// mmap, included) and, when every > 0, its peak anonymous RSS (the heap and
// stacks: what the process itself allocates), sampled at that interval.
func sampled(cmd *exec.Cmd, every time.Duration) (wall time.Duration, rss, anon int64, err error) {
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, 0, err
	}
	done := make(chan struct{})
	peak := make(chan int64, 1)
	go func() {
		var max int64
		if every > 0 {
			t := time.NewTicker(every)
			defer t.Stop()
		loop:
			for {
				if a := statusField(cmd.Process.Pid, "RssAnon:"); a > max {
					max = a
				}
				select {
				case <-done:
					break loop
				case <-t.C:
				}
			}
		}
		peak <- max
	}()
	err = cmd.Wait()
	close(done)
	wall = time.Since(start)
	anon = <-peak
	if cmd.ProcessState != nil {
		rss = maxRSS(cmd.ProcessState)
	}
	return wall, rss, anon, err
}
