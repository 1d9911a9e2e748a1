package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/ask"
	"github.com/newsgraph/newsgraph/graph/server"
	"github.com/newsgraph/newsgraph/loaders"
)

// DefaultServeAddr is where `newsgraph serve` listens unless told otherwise:
// loopback only, on Cayley's usual port.
const DefaultServeAddr = "127.0.0.1:64210"

// ServeOptions are the inputs of `newsgraph serve`.
type ServeOptions struct {
	Factory     *Factory
	Addr        string        // host:port to listen on.
	Load        []string      // Files and directories to load before serving.
	Writable    bool          // Allow writes through the API and the UI's Write tab.
	AllowRemote bool          // Allow listening on an address other machines can reach.
	Timeout     time.Duration // Per-query timeout.
	Limit       int           // Per-query result limit.
	Token       string        // Write token (--token, else NEWSGRAPH_TOKEN, else generated).
	AllowedHost []string      // Host names accepted besides loopback ones.
	QueryMemory int           // MiB the heap may grow while scripts run (0: the server's default).
	// MaxArticleBytes bounds one article of --load and of loads sent to a
	// writable server.
	MaxArticleBytes int64
}

// TokenEnv names the environment variable serve reads its write token from
// when --token is not given.
const TokenEnv = "NEWSGRAPH_TOKEN"

// NewServeCmd returns `newsgraph serve`.
func NewServeCmd(f *Factory, runF func(*ServeOptions) error) *cobra.Command {
	opts := &ServeOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the graph over HTTP with the Cayley web UI",
		Long: `Serve answers Cayley's HTTP API v2 (POST /api/v2/query?lang=gizmo|graphql|mql),
newsgraph's own JSON endpoints (/api/path, /api/entity, /api/statements,
/api/agreements, /api/search), the Query Shape endpoint (/api/v1/shape/LANG),
GET /health, and the Cayley web UI at the root, which works from whatever
address it is served on.

It is read-only unless --writable, and listens on loopback unless
--allow-remote. With --load it first loads articles, as 'newsgraph load' does,
so one command gives a live graph. Ctrl-C stops it cleanly.

Writes need a token: --token, else $NEWSGRAPH_TOKEN, else one is generated
and printed once. Clients send it as "Authorization: Bearer TOKEN"; a browser
opens http://ADDR/?token=TOKEN once and the UI's Write tab can write. Written
quads must carry an article label (<ng:article/…>). While a writable serve
runs, 'newsgraph load' on the same store sends its articles to it.

No client can take the server down: each query runs under --timeout and a
memory budget (--query-memory), its results are bounded, at most a few run
at once with a short queue (then 503 with Retry-After), request bodies are
bounded (413), and requests from other sites (Origin) or to other host names
(DNS rebinding) are refused.`,
		Example: `  newsgraph serve --load data/articles     # then open http://127.0.0.1:64210
  newsgraph serve --addr 127.0.0.1:8080 --timeout 5s --limit 500
  newsgraph --db memory serve --load data/articles --writable`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Limit < 0 {
				return flagErrorf("--limit must be 0 (the default of %d) or more", server.DefaultQueryLimit)
			}
			if opts.Timeout < 0 {
				return flagErrorf("--timeout must not be negative")
			}
			if _, _, err := net.SplitHostPort(opts.Addr); err != nil {
				return flagErrorf("--addr %q: %v", opts.Addr, err)
			}
			if !isLoopback(opts.Addr) && !opts.AllowRemote {
				return flagErrorf("--addr %s can be reached from other machines: pass --allow-remote to serve there", opts.Addr)
			}
			if opts.MaxArticleBytes <= 0 {
				return flagErrorf("--max-article-bytes must be positive, not %d", opts.MaxArticleBytes)
			}
			if opts.QueryMemory < 0 {
				return flagErrorf("--query-memory must not be negative")
			}
			if opts.Token == "" {
				opts.Token = os.Getenv(TokenEnv)
			}
			if runF != nil {
				return runF(opts)
			}
			return serveRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Addr, "addr", DefaultServeAddr, "listen on `HOST:PORT` (port 0 picks a free one)")
	cmd.Flags().StringArrayVar(&opts.Load, "load", nil, "load articles from `PATH` (file or directory) before serving; repeatable")
	cmd.Flags().BoolVar(&opts.Writable, "writable", false, "allow writes: POST /api/v2/write, /api/v2/delete and the UI's Write tab")
	cmd.Flags().BoolVar(&opts.AllowRemote, "allow-remote", false, "allow an --addr that is not loopback")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", 30*time.Second, "give up on a query after this long (0: no limit)")
	cmd.Flags().IntVar(&opts.Limit, "limit", server.DefaultQueryLimit, "maximum results of one query")
	cmd.Flags().StringVar(&opts.Token, "token", "", "`TOKEN` writes must carry (default $"+TokenEnv+", else generated and printed)")
	cmd.Flags().StringArrayVar(&opts.AllowedHost, "allowed-host", nil, "also accept requests addressed to host `NAME` (e.g. behind a proxy); repeatable")
	cmd.Flags().Int64Var(&opts.MaxArticleBytes, "max-article-bytes", loaders.DefaultMaxArticleBytes, "refuse an article larger than this (--load, and loads sent to a writable server)")
	cmd.Flags().IntVar(&opts.QueryMemory, "query-memory", 0, "stop the oldest query when the heap grows by more than `MIB` while queries run (0: 128)")
	return cmd
}

// unwrapPathError drops the path an *fs.PathError repeats.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isLoopback reports whether addr (host:port) listens on loopback only.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func serveRun(ctx context.Context, opts *ServeOptions) error {
	f := opts.Factory
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	for _, p := range opts.Load {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("serve --load %s: %w (nothing served)", p, unwrapPathError(err))
		}
	}

	store, release, err := f.OpenStore()
	if err != nil {
		return err
	}
	defer func() { release() }()

	loadFailed := false
	if len(opts.Load) > 0 {
		ex, err := f.NewExtractor()
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		l := &Loader{Store: store, Extractor: ex, IO: f.IO, MaxArticleBytes: opts.MaxArticleBytes}
		sum, err := l.Load(ctx, opts.Load)
		if err != nil {
			fmt.Fprintf(f.IO.ErrOut, "error: %v\n", err)
			sum.Errors++
		}
		fmt.Fprintf(f.IO.ErrOut, "loaded %d articles, %d quads (+%d -%d), %d errors\n",
			sum.Articles, sum.Quads, sum.Added, sum.Removed, sum.Errors)
		loadFailed = sum.Errors > 0
	}

	// A read-only server holds its bolt file with a shared lock, so that
	// CLI commands can read the same store while it serves.
	if !opts.Writable && f.Store == nil && store.Backend() == graph.BackendBolt {
		if err := release(); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		if store, release, err = f.OpenStoreReadOnly(); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	}

	if !isLoopback(opts.Addr) {
		fmt.Fprintf(f.IO.ErrOut, "warning: serving on %s, reachable from other machines (read-only: %v)\n", opts.Addr, !opts.Writable)
	}
	if st := server.Assets(); !st.Offline {
		fmt.Fprintf(f.IO.ErrOut, "warning: the UI's editor and icons are missing from this build; %s\n", st.Hint)
	}

	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	var loadHandler http.Handler
	if opts.Writable {
		ex, err := f.NewExtractor()
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		loadHandler = NewLoadHandler(store, ex, opts.MaxArticleBytes)
	}
	tokenShown := ""
	if opts.Writable && opts.Token == "" {
		if opts.Token, err = server.NewToken(); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		tokenShown = opts.Token
	}
	h, err := server.New(store, server.Options{
		Writable:     opts.Writable,
		Token:        opts.Token,
		AllowRemote:  opts.AllowRemote,
		AllowedHosts: opts.AllowedHost,
		QueryTimeout: opts.Timeout,
		QueryLimit:   opts.Limit,
		Limits:       server.Limits{Memory: uint64(opts.QueryMemory) << 20},
		Extra:        ask.NewHandler(store),
		Load:         loadHandler,
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second, // A body trickling in ties up only its connection, and not for ever.
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	if opts.Timeout > 0 {
		srv.WriteTimeout = opts.Timeout + time.Minute
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()

	mode := "read-only"
	if opts.Writable {
		mode = "writable"
	}
	if f.Store == nil {
		// Question commands on the same store ask this server.
		remove, err := announce(f.DB, serverFile{URL: "http://" + ln.Addr().String(), PID: os.Getpid(), Token: opts.Token})
		if err != nil {
			fmt.Fprintf(f.IO.ErrOut, "warning: %v (CLI questions will read the store themselves)\n", err)
		} else {
			defer remove()
		}
	}
	fmt.Fprintf(f.IO.Out, "serving %s (%s store, %s) at http://%s\n", f.DB, store.Backend(), mode, ln.Addr())
	if tokenShown != "" {
		fmt.Fprintf(f.IO.Out, "writes need this token (shown once): Authorization: Bearer %s\n", tokenShown)
		fmt.Fprintf(f.IO.Out, "to write from the UI, open http://%s/?token=%s once\n", ln.Addr(), tokenShown)
	}

	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	fmt.Fprintln(f.IO.ErrOut, "shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	if loadFailed {
		return ErrSilent
	}
	return nil
}
