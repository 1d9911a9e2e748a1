// Command ngtest runs go test and ends by listing the tests it skipped,
// with their reasons, which go test alone never shows for a package that
// passed.
//
//	go run ./cmd/ngtest [go test flags and packages; default ./...]
//
// It runs `go test -json ARGS`, prints what go test prints without -v (a
// line per package: ok, FAIL or no test files; the whole output of every
// failing test and package), then every skipped test with the reason it
// gave, and a closing line "tests: N passed, N failed, N skipped". Its exit
// status is go test's.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], "", os.Stdout, os.Stderr))
}

// run runs go test -json with args in dir ("" for the current one) and
// returns the exit status.
func run(args []string, dir string, stdout, stderr io.Writer) int {
	// go test's -C must come first
	lead := []string{"test"}
	if len(args) > 1 && args[0] == "-C" {
		lead, args = append(lead, args[:2]...), args[2:]
	} else if len(args) > 0 && strings.HasPrefix(args[0], "-C=") {
		lead, args = append(lead, args[0]), args[1:]
	}
	if len(args) == 0 || onlyFlags(args) {
		args = append(args, "./...")
	}
	cmd := exec.Command("go", append(append(lead, "-json"), args...)...)
	cmd.Dir = dir
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintf(stderr, "ngtest: go test: %v\n", err)
		return 2
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(stderr, "ngtest: start go test: %v\n", err)
		return 2
	}
	r := newReport(stdout)
	rerr := r.read(out)
	werr := cmd.Wait()
	r.summary()
	if rerr != nil {
		fmt.Fprintf(stderr, "ngtest: read go test's output: %v\n", rerr)
	}
	var exit *exec.ExitError
	switch {
	case errors.As(werr, &exit):
		return exit.ExitCode()
	case werr != nil:
		fmt.Fprintf(stderr, "ngtest: go test: %v\n", werr)
		return 2
	case rerr != nil:
		return 2
	}
	return 0
}

// onlyFlags reports whether args name no package: every argument is a
// flag (go test's flags that take a value are written -flag=value here,
// or the value looks like no package path).
func onlyFlags(args []string) bool {
	for i, a := range args {
		if a == "-args" || a == "--args" {
			return i == 0 || onlyFlags(args[:i])
		}
		if !strings.HasPrefix(a, "-") && (i == 0 || !takesValue(args[i-1])) {
			return false
		}
	}
	return true
}

// takesValue reports whether a go test flag written without "=" reads the
// next argument as its value.
func takesValue(flag string) bool {
	if strings.Contains(flag, "=") {
		return false
	}
	switch strings.TrimLeft(flag, "-") {
	case "run", "skip", "bench", "count", "cpu", "parallel", "timeout", "benchtime", "coverprofile",
		"covermode", "coverpkg", "cpuprofile", "memprofile", "blockprofile", "mutexprofile", "trace",
		"outputdir", "o", "p", "tags", "ldflags", "gcflags", "asmflags", "exec", "vet", "shuffle",
		"fuzz", "fuzztime", "fuzzminimizetime", "list", "mod", "modfile", "overlay", "pkgdir",
		"toolexec", "memprofilerate", "blockprofilerate", "mutexprofilefraction", "C":
		return true
	}
	return false
}

// event is one line of go test -json (test2json's TestEvent, with the
// build events of go test -json).
type event struct {
	Action     string
	Package    string
	ImportPath string // build-output and build-fail
	Test       string
	Output     string
}

// skip is one skipped test and why.
type skip struct {
	Package, Test, Reason string
}

// report turns go test -json's events into go test's usual output and the
// list of skips.
type report struct {
	w                      io.Writer
	output                 map[string][]event // by package: output lines, in order
	skips                  []skip
	passed, failed, skipNo int
}

func newReport(w io.Writer) *report {
	return &report{w: w, output: map[string][]event{}}
}

// read reads events until in ends, printing as packages finish.
func (r *report) read(in io.Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			// not an event: go test said it itself
			fmt.Fprintf(r.w, "%s\n", line)
			continue
		}
		r.add(e)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	return nil
}

// add takes one event.
func (r *report) add(e event) {
	switch e.Action {
	case "build-output":
		fmt.Fprint(r.w, e.Output)
		return
	case "output":
		r.output[e.Package] = append(r.output[e.Package], e)
		return
	case "pass", "fail", "skip":
	default:
		return
	}
	if e.Test != "" {
		switch e.Action {
		case "pass":
			r.passed++
		case "fail":
			r.failed++
		case "skip":
			r.skipNo++
			r.skips = append(r.skips, skip{Package: e.Package, Test: e.Test, Reason: r.reason(e.Package, e.Test)})
		}
		return
	}
	r.packageDone(e)
}

// reason is what a skipped test printed, framing lines left out.
func (r *report) reason(pkg, test string) string {
	var lines []string
	for _, o := range r.output[pkg] {
		if o.Test != test || framing(o.Output) {
			continue
		}
		if l := strings.TrimSpace(o.Output); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return "(no reason given)"
	}
	return strings.Join(lines, " | ")
}

// framing reports whether a line of output is go test's own framing in -v
// mode, which go test without -v does not print.
func framing(line string) bool {
	l := strings.TrimSpace(line)
	for _, p := range []string{"=== RUN", "=== PAUSE", "=== CONT", "=== NAME", "--- PASS:", "--- SKIP:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return l == "PASS"
}

// packageDone prints what go test without -v prints for a package: its
// ok (or no test files) line when it passed, everything that failed in it
// when it failed.
func (r *report) packageDone(e event) {
	out := r.output[e.Package]
	delete(r.output, e.Package)
	if e.Action != "fail" {
		for _, o := range out {
			if o.Test == "" && (strings.HasPrefix(o.Output, "ok ") || strings.HasPrefix(o.Output, "?")) {
				fmt.Fprint(r.w, o.Output)
			}
		}
		return
	}
	// The tests that failed, with their parents: their output is shown.
	failed := map[string]bool{}
	for _, o := range out {
		if o.Test != "" && strings.HasPrefix(strings.TrimSpace(o.Output), "--- FAIL:") {
			for t := o.Test; ; {
				failed[t] = true
				i := strings.LastIndexByte(t, '/')
				if i < 0 {
					break
				}
				t = t[:i]
			}
		}
	}
	for _, o := range out {
		if framing(o.Output) {
			continue
		}
		if o.Test == "" || failed[o.Test] {
			fmt.Fprint(r.w, o.Output)
		}
	}
}

// summary prints the skipped tests and the counts.
func (r *report) summary() {
	// a package whose end never came (go test was killed): its output as is
	var left []string
	for pkg := range r.output {
		left = append(left, pkg)
	}
	sort.Strings(left)
	for _, pkg := range left {
		for _, o := range r.output[pkg] {
			if !framing(o.Output) {
				fmt.Fprint(r.w, o.Output)
			}
		}
	}
	if len(r.skips) > 0 {
		fmt.Fprintf(r.w, "\nSkipped %d:\n", len(r.skips))
		for _, s := range r.skips {
			fmt.Fprintf(r.w, "  %s %s: %s\n", s.Package, s.Test, s.Reason)
		}
	}
	fmt.Fprintf(r.w, "\ntests: %d passed, %d failed, %d skipped\n", r.passed, r.failed, r.skipNo)
}
