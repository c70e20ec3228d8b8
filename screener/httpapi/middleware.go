package httpapi

import (
	"errors"
	"log/slog"
	"net/http"
	"time"
)

// apiCSP is for everything that is not the page: JSON never needs to load
// anything, so it may load nothing.
const apiCSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// pageCSP lets the page load only its own script, style and API: no inline
// script or style, so even a bug that put advert text into markup could
// not run it.
const pageCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// secure sets the headers every response carries. The page handlers
// loosen the CSP to pageCSP; nothing else needs to.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", apiCSP)
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		// Reports quote the advert: no shared cache should keep them.
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// recoverer turns a panic into a plain 500 so that neither the panic
// value nor a stack (which might quote the advert) reaches the client.
func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
				panic(v)
			}
			writeError(w, http.StatusInternalServerError, "internal error")
		}()
		next.ServeHTTP(w, r)
	})
}

// recorder remembers the status and the route label for metrics and the
// access log. Unwrap lets http.ResponseController reach Flush and the
// deadlines of the real writer.
type recorder struct {
	http.ResponseWriter
	status int
	route  string
}

func (rw *recorder) WriteHeader(code int) {
	if rw.status == 0 {
		rw.status = code
	}
	rw.ResponseWriter.WriteHeader(code)
}

func (rw *recorder) Write(b []byte) (int, error) {
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	return rw.ResponseWriter.Write(b)
}

func (rw *recorder) Unwrap() http.ResponseWriter { return rw.ResponseWriter }

// labelled names the route a request took. Labels are the registered
// paths, never the request's own path, so a scan of random URLs cannot
// blow up the number of metric series.
func labelled(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rw, ok := w.(*recorder); ok {
			rw.route = route
		}
		h.ServeHTTP(w, r)
	})
}

// instrument counts, times and optionally logs every request.
func (s *Server) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inFlight.Add(1)
		defer s.metrics.inFlight.Add(-1)
		rw := &recorder{ResponseWriter: w, route: "other"}
		next.ServeHTTP(rw, r)
		if rw.status == 0 {
			rw.status = http.StatusOK
		}
		d := time.Since(start)
		s.metrics.observe(rw.route, rw.status, d)
		if s.cfg.Logger != nil {
			s.cfg.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method), slog.String("route", rw.route),
				slog.Int("status", rw.status), slog.Duration("duration", d))
		}
	})
}
