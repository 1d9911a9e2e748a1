package a

import "testing"

func TestPasses(t *testing.T) { t.Log("a passing test's log is not shown") }

func TestNeedsBrowser(t *testing.T) { t.Skip("chromium not found: install Debian's chromium") }

func TestTable(t *testing.T) {
	for _, name := range []string{"one", "two"} {
		t.Run(name, func(t *testing.T) {
			if name == "two" {
				t.Skip("two needs a PostgreSQL server")
			}
		})
	}
}
