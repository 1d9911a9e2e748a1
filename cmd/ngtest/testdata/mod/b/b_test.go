package b

import "testing"

func TestFine(t *testing.T) {}

func TestBroken(t *testing.T) {
	for _, name := range []string{"good", "bad"} {
		t.Run(name, func(t *testing.T) {
			t.Log("log of", name)
			if name == "bad" {
				t.Errorf("got 1, want 2")
			}
		})
	}
}
