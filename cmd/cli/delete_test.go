package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestDelete(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	seed := filepath.Join("..", "..", "data", "articles", "00-seed-mexico-us-cartels.txt")
	other := filepath.Join("..", "..", "data", "articles", "01-el-salvador-transnational-gangs.txt")
	f, _, _, errOut := NewTestFactory(db)
	if code := Main([]string{"load", seed, other}, f); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errOut)
	}
	for _, tt := range []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"by file name", []string{"delete", "00-seed-mexico-us-cartels.txt"}, 0, "deleted ng:article/00-seed-mexico-us-cartels-txt", ""},
		{"already gone, and one by IRI", []string{"delete", "00-seed-mexico-us-cartels.txt", "<ng:article/01-el-salvador-transnational-gangs-txt>"}, 1,
			"deleted ng:article/01-el-salvador-transnational-gangs-txt", "no article ng:article/00-seed-mexico-us-cartels-txt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, _, out, errOut := NewTestFactory(db)
			if code := Main(tt.args, f); code != tt.wantCode || !strings.Contains(out.String(), tt.wantOut) || !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d, %q, %q", tt.args, code, out, errOut, tt.wantCode, tt.wantOut, tt.wantErr)
			}
		})
	}
	// Nothing of either article is left: no articles, no facts, no keys.
	f, _, _, _ = NewTestFactory(db)
	s, release, err := f.OpenStoreReadOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	st, err := s.Stats(context.Background())
	if err != nil || st.Quads != 0 || st.Articles != 0 {
		t.Errorf("after deleting every article: %+v, %v; want an empty store", st, err)
	}
}
