package cli

import (
	"bytes"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	tests := []struct {
		name  string
		on    bool
		total int64
		want  []string // Substrings of what was drawn; none when off.
	}{
		{"off", false, 1 << 20, nil},
		{"known size: percent, bytes, rate, elapsed and time left", true, 1 << 20, []string{"50%", "524 kB/1.0 MB", "MB/s", "[0s:0s]", "7 articles, 70 quads, 1 errors"}},
		{"stdin: no size", true, -1, []string{"524 kB", "MB/s", "7 articles"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w bytes.Buffer
			var read atomic.Int64
			p := newProgress(&w, tt.on, tt.total, &read)
			read.Store(512 << 10)
			time.Sleep(150 * time.Millisecond) // past the bar's throttle
			p.update(LoadSummary{Articles: 7, Quads: 70, Errors: 1})
			p.printf("error: %s\n", "x")
			drawn := w.String()
			p.done()
			if !tt.on {
				if w.String() != "error: x\n" {
					t.Errorf("progress off: wrote %q, want only the message", w.String())
				}
				return
			}
			for _, s := range tt.want {
				if !strings.Contains(drawn, s) {
					t.Errorf("progress: drawn %q lacks %q", drawn, s)
				}
			}
			if !strings.HasSuffix(drawn, "\rerror: x\n") {
				t.Errorf("progress: message not printed on a cleared line: %q", drawn)
			}
		})
	}
}
