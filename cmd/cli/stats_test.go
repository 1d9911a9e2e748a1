package cli

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewStatsCmd(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    StatsOptions
		wantErr bool
	}{
		{"table", nil, StatsOptions{}, false},
		{"json", []string{"--json"}, StatsOptions{JSON: true}, false},
		{"nodes", []string{"--nodes"}, StatsOptions{Nodes: true}, false},
		{"argument", []string{"extra"}, StatsOptions{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _, _ := NewTestFactory("memory")
			var got *StatsOptions
			cmd := NewStatsCmd(f, func(o *StatsOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(f.IO.Out)
			cmd.SetErr(f.IO.ErrOut)
			err := cmd.Execute()
			if (err != nil) != tt.wantErr {
				t.Fatalf("stats %v: err = %v, wantErr %v", tt.args, err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			got.Factory = nil
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("stats %v options (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestStatsRun(t *testing.T) {
	tests := []struct {
		name  string
		opts  StatsOptions
		empty bool
		want  string
	}{
		// smallGraph's 18 quads are stored as 79 (see graph/layout.go): its
		// own 4, 14 facts and their 14 assertions, 46 name keys and the
		// article count.
		{"table", StatsOptions{}, false,
			"backend   memory\narticles  1\nquads     79\n"},
		{"nodes", StatsOptions{Nodes: true}, false,
			"backend   memory\narticles  1\nquads     79\nnodes     94\n"},
		{"json", StatsOptions{JSON: true}, false,
			"{\n  \"backend\": \"memory\",\n  \"quads\": 79,\n  \"articles\": 1\n}\n"},
		{"empty store", StatsOptions{}, true,
			"backend   memory\narticles  0\nquads     0\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, out, errOut := NewTestFactory("memory")
			if !tt.empty {
				f.Store = smallGraph(t)
			}
			opts := tt.opts
			opts.Factory = f
			if err := statsRun(t.Context(), &opts); err != nil {
				t.Fatalf("statsRun: %v", err)
			}
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("stats output (-want +got):\n%s", diff)
			}
			if errOut.Len() != 0 {
				t.Errorf("stats wrote to stderr: %q", errOut)
			}
		})
	}
}

func TestStatsOpenError(t *testing.T) {
	f, _, _, errOut := NewTestFactory("postgres://nobody:wrong@127.0.0.1:1/none?sslmode=disable&connect_timeout=2")
	if code := Main([]string{"stats"}, f); code != exitError {
		t.Errorf("stats on an unreachable store: exit %d, want %d", code, exitError)
	}
	if errOut.Len() == 0 {
		t.Error("stats on an unreachable store printed no error")
	}
}
