// Package pgtest gives tests a fresh PostgreSQL database on the server
// named by NEWSGRAPH_TEST_POSTGRES (a URL whose user may create databases),
// dropped when the test ends. Without the variable tests skip, except under
// CI=true, where a skipped backend would hide a broken set-up, so they fail.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/lib/pq" // registers "postgres"
)

// Env names the variable holding the admin URL.
const Env = "NEWSGRAPH_TEST_POSTGRES"

// Fresh creates a uniquely named database through the admin URL in Env,
// drops it when the test ends and returns its URL.
func Fresh(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(Env)
	if admin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must run the PostgreSQL store tests (see .ci/run)", Env)
		}
		t.Skipf("%s not set; skipping PostgreSQL", Env)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("parse %s: %v", Env, err)
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("connect to %s: %v", u.Redacted(), err)
	}
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	name := "newsgraph_t_" + hex.EncodeToString(b[:])
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		db.Close()
		t.Fatalf("create database %s on %s: %v", name, u.Redacted(), err)
	}
	t.Cleanup(func() {
		// an autovacuum worker in the database makes FORCE fail without
		// pg_signal_backend (.ci/run grants it); it is gone in a moment
		var err error
		for try := 0; try < 20; try++ {
			if _, err = db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
		db.Close()
	})
	u.Path = "/" + name
	return u.String()
}
