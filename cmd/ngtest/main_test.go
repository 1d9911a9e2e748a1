package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReport: go test -json's events, recorded from the module in
// testdata/mod (and from a package of it that did not build), become go
// test's usual lines, the failing tests' output, the skips with their
// reasons and the counts.
func TestReport(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"testdata/record.jsonl", `ok  	example.com/ngtestdemo/a	0.012s
    b_test.go:10: log of bad
    b_test.go:12: got 1, want 2
--- FAIL: TestBroken/bad (0.00s)
--- FAIL: TestBroken (0.00s)
FAIL
FAIL	example.com/ngtestdemo/b	0.018s
?   	example.com/ngtestdemo/c	[no test files]

Skipped 2:
  example.com/ngtestdemo/a TestNeedsBrowser: a_test.go:7: chromium not found: install Debian's chromium
  example.com/ngtestdemo/a TestTable/two: a_test.go:13: two needs a PostgreSQL server

tests: 5 passed, 2 failed, 2 skipped
`},
		{"testdata/buildfail.jsonl", `# example.com/ngtestdemo/d [example.com/ngtestdemo/d.test]
d/d_test.go:5:28: undefined: undefined
FAIL	example.com/ngtestdemo/d [build failed]

tests: 0 passed, 0 failed, 0 skipped
`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.Open(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			var out bytes.Buffer
			r := newReport(&out)
			if err := r.read(in); err != nil {
				t.Fatalf("read: %v", err)
			}
			r.summary()
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("report (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRun runs go test for real on testdata/mod: a failing test makes the
// exit status 1, and the skips are listed at the end.
func TestRun(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("no go command on PATH: %v", err)
	}
	var out, errOut bytes.Buffer
	code := run([]string{"-count=1"}, "testdata/mod", &out, &errOut)
	if code != 1 {
		t.Errorf("exit status = %d, want 1 (a test fails)\nstdout:\n%s\nstderr:\n%s", code, &out, &errOut)
	}
	got := out.String()
	for _, want := range []string{
		"ok  \texample.com/ngtestdemo/a\t",
		"?   \texample.com/ngtestdemo/c\t[no test files]\n",
		"b_test.go:12: got 1, want 2\n",
		"FAIL\texample.com/ngtestdemo/b\t",
		"\nSkipped 2:\n  example.com/ngtestdemo/a TestNeedsBrowser: a_test.go:7: chromium not found: install Debian's chromium\n" +
			"  example.com/ngtestdemo/a TestTable/two: a_test.go:13: two needs a PostgreSQL server\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if !strings.HasSuffix(got, "\ntests: 5 passed, 2 failed, 2 skipped\n") {
		t.Errorf("output does not end with the counts:\n%s", got)
	}
	for _, hidden := range []string{"=== RUN", "a passing test's log", "log of good", "--- PASS"} {
		if strings.Contains(got, hidden) {
			t.Errorf("output shows %q, which go test without -v hides:\n%s", hidden, got)
		}
	}

	out.Reset()
	errOut.Reset()
	if code := run([]string{"-run", "TestPasses|TestFine", "./a", "./b"}, "testdata/mod", &out, &errOut); code != 0 {
		t.Errorf("exit status of passing tests = %d, want 0\nstdout:\n%s\nstderr:\n%s", code, &out, &errOut)
	}
	if !strings.HasSuffix(out.String(), "\ntests: 2 passed, 0 failed, 0 skipped\n") || strings.Contains(out.String(), "Skipped") {
		t.Errorf("passing run's output:\n%s", &out)
	}
}

func TestOnlyFlags(t *testing.T) {
	tests := []struct {
		args []string
		want bool
	}{
		{nil, true},
		{[]string{"-count=1"}, true},
		{[]string{"-count", "1", "-race"}, true},
		{[]string{"-run", "TestX"}, true},
		{[]string{"./..."}, false},
		{[]string{"-count=1", "./loaders/"}, false},
		{[]string{"-run", "TestX", "./cmd/cli"}, false},
		{[]string{"-v", "-args", "-x"}, true},
		{[]string{"./a", "-args", "-x"}, false},
	}
	for _, tt := range tests {
		if got := onlyFlags(tt.args); got != tt.want {
			t.Errorf("onlyFlags(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}
