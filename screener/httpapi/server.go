package httpapi

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"time"

	"github.com/jobscreen/jobscreen/screener"
)

// Config bounds what one server accepts. The zero value is ready to use.
type Config struct {
	// MaxBodyBytes caps a request body (default 4 MiB); more is a 413.
	MaxBodyBytes int64
	// MaxConcurrent is how many screening requests run at once (default
	// 4×GOMAXPROCS). Screening is CPU-bound, so more slots only add
	// latency to every request.
	MaxConcurrent int
	// QueueTimeout is how long a request waits for a slot before it gets a
	// 503 with Retry-After (default 2s).
	QueueTimeout time.Duration
	// Logger, when set, receives one access line per request: method,
	// route, status and duration — never the advert.
	Logger *slog.Logger
}

// Defaults for Config.
const (
	DefaultMaxBodyBytes = 4 << 20
	DefaultQueueTimeout = 2 * time.Second
)

func (c Config) withDefaults() Config {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	if c.QueueTimeout <= 0 {
		c.QueueTimeout = DefaultQueueTimeout
	}
	return c
}

// Server holds one Screener and the state the HTTP layer shares between
// requests: the concurrency slots and the metrics.
type Server struct {
	cfg Config
	// screen and screenHTML are the screener's methods; tests swap them
	// for slow or failing ones to reach the overload and error paths.
	screen     func(context.Context, screener.Listing) (screener.Report, error)
	screenHTML func(context.Context, io.Reader) (screener.Report, error)
	rulesJSON  []byte
	slots      chan struct{}
	metrics    *metrics
}

// New returns a Server for s, which must be non-nil.
func New(s *screener.Screener, c Config) *Server {
	c = c.withDefaults()
	return &Server{
		cfg:        c,
		screen:     s.Screen,
		screenHTML: s.ScreenHTML,
		rulesJSON:  rulesDocument(s),
		slots:      make(chan struct{}, c.MaxConcurrent),
		metrics:    newMetrics(),
	}
}

// Handler returns the routes wrapped in the layers every response goes
// through: security headers, panic recovery, metrics and the access log.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.route(mux, "/v1/screen", "POST", s.limited(s.handleScreen))
	s.route(mux, "/v1/screen/batch", "POST", s.limited(s.handleBatch))
	s.route(mux, "/v1/rules", "GET", s.handleRules)
	s.route(mux, "/v1/openapi.json", "GET", handleOpenAPI)
	s.route(mux, "/healthz", "GET", handleHealth)
	s.route(mux, "/metrics", "GET", s.handleMetrics)
	s.route(mux, "/static/{name}", "GET", handleStatic)
	mux.Handle("GET /{$}", labelled("/", http.HandlerFunc(handlePage)))
	mux.Handle("/", labelled("other", http.HandlerFunc(handleFallback)))
	return s.instrument(secure(recoverer(mux)))
}

// route registers h for method on path and, for every other method on the
// same path, a JSON 405 — the mux's own 405 is plain text.
func (s *Server) route(mux *http.ServeMux, path, method string, h http.HandlerFunc) {
	mux.Handle(method+" "+path, labelled(path, h))
	mux.Handle(path, labelled(path, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		allow := method
		if method == http.MethodGet {
			allow += ", HEAD"
		}
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" is not allowed here; use "+method)
	})))
}

// handleFallback answers what no route matched: the page only takes GET,
// everything else is unknown.
func handleFallback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/" {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" is not allowed here; use GET")
		return
	}
	writeError(w, http.StatusNotFound, "no such route; see /v1/openapi.json")
}

func handleHealth(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// limited runs h only once it holds one of the screening slots. Waiting is
// bounded by QueueTimeout so that an overloaded server sheds load quickly
// and a load balancer can try elsewhere, instead of letting a queue grow
// until every request times out.
func (s *Server) limited(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.slots <- struct{}{}:
		default:
			t := time.NewTimer(s.cfg.QueueTimeout)
			select {
			case s.slots <- struct{}{}:
				t.Stop()
			case <-t.C:
				w.Header().Set("Retry-After", "1")
				writeError(w, http.StatusServiceUnavailable, "the server is busy; retry shortly")
				return
			case <-r.Context().Done():
				t.Stop()
				writeError(w, http.StatusServiceUnavailable, "request cancelled while waiting")
				return
			}
		}
		defer func() { <-s.slots }()
		h(w, r)
	}
}
