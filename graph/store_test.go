package graph

import (
	"context"
	"path/filepath"
	"testing"
)

// TestEmptyStoreStats: a store nothing was written to counts zeros, as
// every backend does, rather than failing on a missing bucket.
func TestEmptyStoreStats(t *testing.T) {
	for _, spec := range []string{filepath.Join(t.TempDir(), "empty.db"), BackendMemory} {
		s, err := Open(spec)
		if err != nil {
			t.Fatalf("Open(%s): %v", spec, err)
		}
		defer s.Close()
		ctx := context.Background()
		sum, err := s.Summary(ctx)
		if err != nil || sum.Quads != 0 || sum.Articles != 0 {
			t.Errorf("%s: Summary = %+v, %v; want zeros", spec, sum, err)
		}
		st, err := s.Stats(ctx)
		if err != nil || st.Quads != 0 || st.Nodes != 0 || st.Articles != 0 {
			t.Errorf("%s: Stats = %+v, %v; want zeros", spec, st, err)
		}
	}
}
