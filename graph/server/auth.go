package server

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// TokenCookie holds the write token in the browser of whoever opened the
// server's address with ?token=…, so the UI's Write tab can write.
const TokenCookie = "newsgraph_token"

// NewToken returns a random write token (128 bits, hex).
func NewToken() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("token: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// Errors of requests refused before they reach a handler.
var (
	errNoToken    = errors.New("writes need the server's token: send Authorization: Bearer TOKEN, or open the address serve printed (…/?token=TOKEN) once in the browser")
	errBadToken   = errors.New("wrong token")
	errForeignOrg = errors.New("cross-origin request refused")
)

// hostAllowed reports whether a request's Host names this server, which
// defeats DNS rebinding: a page on a hostile domain that resolves to
// 127.0.0.1 still sends its own name as Host. Loopback names and
// addresses are always allowed; with AllowRemote, IP literals too; and
// any name listed in AllowedHosts.
func (s *Server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback() || s.opts.AllowRemote
	}
	for _, h := range s.opts.AllowedHosts {
		if strings.EqualFold(h, host) {
			return true
		}
	}
	return false
}

// sameOrigin reports whether a request comes from a page of this server, or
// from no page at all (curl, the CLI): browsers send Origin on POSTs and
// cross-origin GETs, and Sec-Fetch-Site on all requests.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host)
}

// tokenOf returns the token a request carries: the bearer token, or the
// browser's cookie.
func tokenOf(r *http.Request) string {
	if a := r.Header.Get("Authorization"); a != "" {
		if t, ok := strings.CutPrefix(a, "Bearer "); ok {
			return strings.TrimSpace(t)
		}
		return ""
	}
	if c, err := r.Cookie(TokenCookie); err == nil {
		return c.Value
	}
	return ""
}

// authorized checks a write's token in constant time.
func (s *Server) authorized(r *http.Request) error {
	t := tokenOf(r)
	if t == "" {
		return errNoToken
	}
	if subtle.ConstantTimeCompare([]byte(t), []byte(s.opts.Token)) != 1 {
		return errBadToken
	}
	return nil
}

// serveTokenLogin answers GET /?token=…: a right token is kept in an
// HttpOnly, SameSite=Strict cookie and the browser is sent to the UI
// without the token in its address bar; a wrong one is refused.
func (s *Server) serveTokenLogin(w http.ResponseWriter, r *http.Request) {
	if s.opts.Token == "" || subtle.ConstantTimeCompare([]byte(r.URL.Query().Get("token")), []byte(s.opts.Token)) != 1 {
		writeError(w, http.StatusForbidden, errBadToken)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: TokenCookie, Value: s.opts.Token, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteStrictMode,
	})
	q := r.URL.Query()
	q.Del("token")
	to := *r.URL
	to.RawQuery = q.Encode()
	http.Redirect(w, r, to.RequestURI(), http.StatusSeeOther)
}
