package graph

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
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

// TestPagesWritten checks that a bolt store counts the pages its commits
// write (the load sizes its batches by them) and other stores report 0.
func TestPagesWritten(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spec  func(t *testing.T) string
		grows bool
	}{
		{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "newsgraph.db") }, true},
		{"memory", func(*testing.T) string { return BackendMemory }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openStore(t, tc.spec(t))
			before := s.PagesWritten()
			replace(t, s, articleA, extractionA)
			got := s.PagesWritten() - before
			if tc.grows && got <= 0 {
				t.Errorf("a write wrote %d pages, want some", got)
			}
			if !tc.grows && got != 0 {
				t.Errorf("PagesWritten moved by %d, want 0", got)
			}
		})
	}
}

// TestOpenReadOnlyNoStore: reading a store nothing was loaded into fails
// with ErrNoStore and a message that names it, on every backend that keeps
// a store, instead of opening it and failing at the first question.
func TestOpenReadOnlyNoStore(t *testing.T) {
	for _, tc := range []struct {
		name string
		spec func(t *testing.T) string
	}{
		{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "missing.db") }},
		{"postgres", func(t *testing.T) string { return freshPostgres(t) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := tc.spec(t)
			s, err := OpenReadOnly(spec)
			if err == nil {
				s.Close()
				t.Fatalf("OpenReadOnly(%s) opened a store nothing was loaded into", spec)
			}
			if !errors.Is(err, ErrNoStore) || !strings.Contains(err.Error(), "no store at") {
				t.Errorf("OpenReadOnly(%s) = %v; want ErrNoStore naming the store", spec, err)
			}
			if strings.Contains(err.Error(), "newsgraph:newsgraph@") {
				t.Errorf("error %q shows the database password", err)
			}
		})
	}
}
