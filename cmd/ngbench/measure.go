package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// question is one timed question: its CLI arguments and its HTTP request.
type question struct {
	name   string
	cli    []string // nil: not asked from the CLI.
	method string
	path   string
	body   string
	// pathAt, when set, is the request path of the i-th request instead;
	// such a question may also be answered 404 (two people not connected).
	pathAt func(i int) string
}

func questionList(q questions) []question {
	return []question{
		{name: "path (" + strconv.Itoa(q.PathHops) + " hops)", cli: []string{"path", q.PathFrom, q.PathTo, "--json"},
			method: "GET", path: "/api/path?" + enc("from", q.PathFrom, "to", q.PathTo)},
		{name: "entity", cli: []string{"entity", q.Person, "--json"}, method: "GET", path: "/api/entity?" + enc("name", q.Person)},
		{name: "statements --by", cli: []string{"statements", "--by", q.Person, "--json"}, method: "GET", path: "/api/statements?" + enc("by", q.Person)},
		{name: "search", cli: []string{"search", q.SearchText, "--json"}, method: "GET", path: "/api/search?" + enc("q", q.SearchText)},
		{name: "Gizmo neighbourhood", cli: []string{"query", q.Gizmo, "--format", "json"}, method: "POST", path: "/api/v2/query?lang=gizmo", body: q.Gizmo},
		{name: "stats (open + count)", cli: []string{"stats"}, method: "GET", path: "/health"},
		{name: "path (a new pair each time)", method: "GET", pathAt: func(i int) string {
			n := len(q.People)
			from, to := q.People[i%n], q.People[(i/n+i%n+1)%n]
			if from == to {
				to = q.People[(i+1)%n]
			}
			return "/api/path?" + enc("from", from, "to", to)
		}},
	}
}

// enc encodes key, value pairs as a query string.
func enc(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return v.Encode()
}

// measureCLI runs each question c.runs times, each in a new process.
func measureCLI(ctx context.Context, c config, q questions, r *report, stderr io.Writer) error {
	var err error
	r.CLI, err = timeCLI(ctx, c, q, stderr, "cli")
	return err
}

// timeCLI runs each question c.runs times, each in a new process.
func timeCLI(ctx context.Context, c config, q questions, stderr io.Writer, what string) ([]timing, error) {
	var out []timing
	for _, qq := range questionList(q) {
		if qq.cli == nil {
			continue
		}
		var ds []time.Duration
		for i := 0; i < c.runs; i++ {
			cmd := exec.CommandContext(ctx, c.bin, append([]string{"--db", c.db}, qq.cli...)...)
			var errOut strings.Builder
			cmd.Stdout, cmd.Stderr = io.Discard, &errOut
			d, _, err := timed(cmd)
			if err != nil {
				return nil, fmt.Errorf("%s %v: %w: %s", c.bin, qq.cli, err, errOut.String())
			}
			ds = append(ds, d)
		}
		out = append(out, timing{Name: qq.name, Stats: summarise(ds)})
		fmt.Fprintf(stderr, "%s %-24s %s\n", what, qq.name, out[len(out)-1].Stats)
	}
	return out, nil
}

var servingRE = regexp.MustCompile(`at (http://[^ \n]+)`)

// measureHTTP starts `newsgraph serve` on a free loopback port and sends
// each question c.requests times, interleaved.
func measureHTTP(ctx context.Context, c config, q questions, r *report, stderr io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := time.Now()
	cmd, base, err := startServe(ctx, c.bin, c.db, stderr)
	if err != nil {
		return err
	}
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	client := &http.Client{Timeout: 5 * time.Minute}
	if _, err := send(client, base, question{method: "GET", path: "/health"}); err != nil {
		return err
	}
	r.ServeStart = time.Since(start)
	qs := questionList(q)
	ds := make([][]time.Duration, len(qs))
	for i := 0; i < c.requests; i++ {
		for j, qq := range qs {
			if qq.pathAt != nil {
				qq.path = qq.pathAt(i)
			}
			d, err := send(client, base, qq)
			if err != nil {
				return fmt.Errorf("%s: %w", qq.name, err)
			}
			ds[j] = append(ds[j], d)
		}
	}
	for j, qq := range qs {
		r.HTTP = append(r.HTTP, timing{Name: qq.name, Stats: summarise(ds[j])})
		fmt.Fprintf(stderr, "http %-24s %s\n", qq.name, r.HTTP[j].Stats)
	}
	// The CLI again, now that a server announces itself beside the store:
	// the question commands ask it.
	if !isPostgres(c.db) {
		served, err := timeCLI(ctx, c, q, stderr, "cli (serve running)")
		if err != nil {
			return err
		}
		r.CLIServed = served
	}
	r.ServeRSS = rssOf(cmd.Process.Pid)
	r.ServeAnon = statusField(cmd.Process.Pid, "RssAnon:")
	return nil
}

// startServe starts `newsgraph serve` on db on a free loopback port, with
// args after serve's own, and returns it and its base URL once it listens.
// The caller stops it (SIGINT, then Wait).
func startServe(ctx context.Context, bin, db string, stderr io.Writer, args ...string) (*exec.Cmd, string, error) {
	cmd := exec.CommandContext(ctx, bin, append([]string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, "", err
	}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err == nil {
		if m := servingRE.FindStringSubmatch(line); m != nil {
			return cmd, m[1], nil
		}
		err = fmt.Errorf("serve printed %q", line)
	}
	cmd.Process.Signal(os.Interrupt)
	cmd.Wait()
	return nil, "", fmt.Errorf("serve: %w", err)
}

// send makes one request and returns its time to the last byte.
func send(client *http.Client, base string, q question) (time.Duration, error) {
	var body io.Reader
	if q.body != "" {
		body = strings.NewReader(q.body)
	}
	req, err := http.NewRequest(q.method, base+q.path, body)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK && !(q.pathAt != nil && resp.StatusCode == http.StatusNotFound) {
		return 0, fmt.Errorf("%s %s: %d %.200s", q.method, q.path, resp.StatusCode, b)
	}
	return d, nil
}

// stats are the median and 99th percentile of a set of durations.
type stats struct {
	N      int           `json:"n"`
	Median time.Duration `json:"median_ns"`
	P99    time.Duration `json:"p99_ns"`
}

func (s stats) String() string {
	return fmt.Sprintf("median %s  p99 %s  (n=%d)", ms(s.Median), ms(s.P99), s.N)
}

func summarise(ds []time.Duration) stats {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	if len(ds) == 0 {
		return stats{}
	}
	p99 := ds[min(len(ds)-1, (len(ds)*99+99)/100-1)]
	return stats{N: len(ds), Median: ds[len(ds)/2], P99: p99}
}

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', 1, 64) + " ms"
}

// maxRSS returns a finished process's peak resident set in bytes.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024
	}
	return 0
}

// rssOf returns a running process's resident set in bytes (Linux).
func rssOf(pid int) int64 { return statusField(pid, "VmRSS:") }

// statusField reads a size field (in kB) of /proc/PID/status, in bytes.
func statusField(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == field {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}
