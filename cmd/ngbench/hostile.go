package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// hostileConfig is one load test: fair clients asking questions while a
// hostile one sends queries meant to knock the server over.
type hostileConfig struct {
	config
	clients  int
	duration time.Duration
	think    time.Duration // Mean pause of a fair client between requests.
	every    time.Duration // How often the hostile client strikes.
	timeout  time.Duration // serve --timeout.
	memory   int           // serve --query-memory (MiB; 0: its default).
	only     string        // Run only the hostile queries whose name contains this.
}

// hostile queries: each is sent once per strike.
var hostileQueries = []struct{ name, body string }{
	{"runaway loop", `while (true) {}`},
	{"runaway traversal", `g.V().Out().Out().Out().Out().Count()`},
	{"memory bomb (arrays)", `var a = []; while (true) { a.push(new Array(100000).fill(1)) }`},
	{"memory bomb (strings)", `var s = []; while (true) { s.push("x".repeat(65536) + s.length) }`},
	{"native bomb", `new Array(4e9).fill(0)`},
}

// hostileMain runs `ngbench hostile`: it starts `newsgraph serve` on the
// store, runs fair clients (path, entity and Gizmo questions, each client
// pausing about -think between requests) for -duration while the hostile
// client sends every query of hostileQueries each -every, samples the
// server's RSS and CPU, and reports latencies, statuses, memory and how
// soon the server is idle once the clients stop.
func hostileMain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c hostileConfig
	fs := flag.NewFlagSet("ngbench hostile", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.corpus, "corpus", "", "JSON Lines corpus the store was loaded from (required: picks the people asked about)")
	fs.StringVar(&c.db, "db", "", "bolt store to serve (required)")
	fs.StringVar(&c.bin, "bin", "", "newsgraph binary (default: built into a temp dir)")
	fs.IntVar(&c.clients, "clients", 32, "fair clients")
	fs.DurationVar(&c.duration, "duration", 60*time.Second, "how long the clients run")
	fs.DurationVar(&c.think, "think", time.Second, "mean pause of a fair client between requests")
	fs.DurationVar(&c.every, "every", 5*time.Second, "how often the hostile client sends its queries")
	fs.DurationVar(&c.timeout, "timeout", 5*time.Second, "serve --timeout")
	fs.IntVar(&c.memory, "query-memory", 0, "serve --query-memory in MiB (0: its default)")
	fs.StringVar(&c.only, "only", "", "send only the hostile queries whose name contains this (\"none\": none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.corpus == "" || c.db == "" {
		fs.Usage()
		return errors.New("-corpus and -db are required")
	}
	if c.bin == "" {
		dir, err := os.MkdirTemp("", "ngbench-hostile")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		c.bin = filepath.Join(dir, "newsgraph")
		build := exec.CommandContext(ctx, "go", "build", "-o", c.bin, "./cmd/newsgraph")
		build.Stdout, build.Stderr = stderr, stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build newsgraph: %w", err)
		}
	}
	q, err := pickQuestions(ctx, c.config)
	if err != nil {
		return err
	}
	fair := []question{
		{name: "path", method: "GET", path: "/api/path?" + enc("from", q.PathFrom, "to", q.PathTo)},
		{name: "entity", method: "GET", path: "/api/entity?" + enc("name", q.Person)},
		{name: "Gizmo neighbourhood", method: "POST", path: "/api/v2/query?lang=gizmo", body: q.Gizmo},
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd, base, err := startServe(ctx, c.bin, c.db, stderr, "--timeout", c.timeout.String(), "--query-memory", strconv.Itoa(c.memory))
	if err != nil {
		return err
	}
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	pid := cmd.Process.Pid
	client := &http.Client{Timeout: 2 * time.Minute}
	// Warm up: each fair question a few times, then measure the idle RSS.
	for range 3 {
		for _, qq := range fair {
			if _, code, err := request(client, base, qq); err != nil || code != http.StatusOK {
				return fmt.Errorf("warm-up %s: %d %v", qq.name, code, err)
			}
		}
	}
	time.Sleep(time.Second)
	idle := sample{rss: rssOf(pid), anon: statusField(pid, "RssAnon:")}

	var rec recorder
	samples := make(chan []sample, 1)
	stopSampling := make(chan struct{})
	go func() { samples <- sampleProcess(pid, 250*time.Millisecond, stopSampling) }()

	start := time.Now()
	deadline := start.Add(c.duration)
	var wg sync.WaitGroup
	for i := range c.clients {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(i), 42))
			for time.Now().Before(deadline) {
				qq := fair[rng.IntN(len(fair))]
				d, code, err := request(client, base, qq)
				rec.add(qq.name, d, code, err)
				time.Sleep(time.Duration(rng.Int64N(int64(2 * c.think))))
			}
		})
	}
	wg.Go(func() {
		for t := time.NewTicker(c.every); time.Now().Before(deadline); <-t.C {
			var hw sync.WaitGroup
			for _, h := range hostileQueries {
				if !strings.Contains(h.name, c.only) {
					continue
				}
				hw.Go(func() {
					d, code, err := request(client, base, question{name: h.name, method: "POST", path: "/api/v2/query?lang=gizmo", body: h.body})
					rec.add("hostile: "+h.name, d, code, err)
				})
			}
			hw.Wait()
		}
	})
	wg.Wait()
	end := time.Now()
	time.Sleep(5 * time.Second) // Watch the server calm down.
	close(stopSampling)
	ss := <-samples

	w := stdout
	fmt.Fprintf(w, "## Load test: %d fair clients for %s (mean pause %s), hostile queries every %s, serve --timeout %s --query-memory %d\n\n",
		c.clients, c.duration, c.think, c.every, c.timeout, c.memory)
	fmt.Fprintf(w, "store %s; %d requests in %.0f s: %.1f requests/s\n\n", c.db, rec.total(), end.Sub(start).Seconds(), float64(rec.total())/end.Sub(start).Seconds())
	fmt.Fprintln(w, "| requests | n | p50 | p99 | max | statuses |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, name := range rec.names() {
		ds, codes := rec.of(name)
		st := summarise(ds)
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s |\n", name, len(ds), ms(st.Median), ms(st.P99), ms(ds[len(ds)-1]), codes)
	}
	var peak sample
	for _, s := range ss {
		if s.at.Before(end) && s.rss > peak.rss {
			peak = s
		}
	}
	fmt.Fprintf(w, "\nserver RSS: idle %s (%s anonymous, the rest the store's mapped pages), peak under load %s (%s anonymous): %.2f× idle\n",
		mb(idle.rss), mb(idle.anon), mb(peak.rss), mb(peak.anon), float64(peak.rss)/float64(idle.rss))
	fmt.Fprintf(w, "server CPU after the clients stopped: %s\n", calmDown(ss, end))
	return nil
}

// request sends one request and returns its time to the last byte and status.
func request(client *http.Client, base string, q question) (time.Duration, int, error) {
	req, err := http.NewRequest(q.method, base+q.path, strings.NewReader(q.body))
	if err != nil {
		return 0, 0, err
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return time.Since(start), 0, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return time.Since(start), resp.StatusCode, err
}

// recorder collects latencies and statuses per kind of request.
type recorder struct {
	mu    sync.Mutex
	ds    map[string][]time.Duration
	codes map[string]map[string]int
}

func (r *recorder) add(name string, d time.Duration, code int, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ds == nil {
		r.ds, r.codes = map[string][]time.Duration{}, map[string]map[string]int{}
	}
	r.ds[name] = append(r.ds[name], d)
	if r.codes[name] == nil {
		r.codes[name] = map[string]int{}
	}
	status := strconv.Itoa(code)
	if err != nil {
		status = "error"
	}
	r.codes[name][status]++
}

func (r *recorder) names() []string {
	var out []string
	for n := range r.ds {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (r *recorder) total() int {
	n := 0
	for _, ds := range r.ds {
		n += len(ds)
	}
	return n
}

// of returns name's latencies, sorted, and its statuses as "200×95 408×5".
func (r *recorder) of(name string) ([]time.Duration, string) {
	ds := append([]time.Duration(nil), r.ds[name]...)
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	var parts []string
	for code, n := range r.codes[name] {
		parts = append(parts, fmt.Sprintf("%s×%d", code, n))
	}
	sort.Strings(parts)
	return ds, strings.Join(parts, " ")
}

// sample is the server's RSS and CPU time at one moment.
type sample struct {
	at   time.Time
	rss  int64
	anon int64         // The anonymous part of rss: the heap, not the store's mapped file.
	cpu  time.Duration // User + system time so far.
}

// sampleProcess samples pid every interval until stop is closed.
func sampleProcess(pid int, every time.Duration, stop <-chan struct{}) []sample {
	var out []sample
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		out = append(out, sample{at: time.Now(), rss: rssOf(pid), anon: statusField(pid, "RssAnon:"), cpu: cpuOf(pid)})
		select {
		case <-stop:
			return out
		case <-t.C:
		}
	}
}

// cpuOf reads a process's user + system time from /proc/PID/stat.
func cpuOf(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ is 100 on Linux.
}

// calmDown describes the server's CPU use after end: the share of one
// core in each second, and when it first fell under 5%.
func calmDown(ss []sample, end time.Time) string {
	var parts []string
	idleAt := time.Duration(-1)
	for i := 1; i < len(ss); i++ {
		if ss[i].at.Before(end) {
			continue
		}
		use := float64(ss[i].cpu-ss[i-1].cpu) / float64(ss[i].at.Sub(ss[i-1].at))
		if idleAt < 0 && use < 0.05 {
			idleAt = ss[i].at.Sub(end)
		}
		parts = append(parts, fmt.Sprintf("%.0f%%", 100*use))
	}
	idle := "not within the 5 s watched"
	if idleAt >= 0 {
		idle = fmt.Sprintf("under 5%% of a core %.2f s after the end", idleAt.Seconds())
	}
	return idle + " (per 250 ms: " + strings.Join(parts, " ") + ")"
}
