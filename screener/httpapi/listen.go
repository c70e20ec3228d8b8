package httpapi

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// ShutdownTimeout is how long ListenAndServe lets in-flight requests
// finish after its context ends before it drops their connections.
const ShutdownTimeout = 10 * time.Second

// NewHTTPServer returns an http.Server for h with timeouts fit for a
// public endpoint: slow or idle clients cannot hold connections open.
// Batch requests extend their own deadlines line by line.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// ListenAndServe listens on srv.Addr and serves until ctx ends, then
// shuts down gracefully; see Serve.
func ListenAndServe(ctx context.Context, srv *http.Server) error {
	addr := srv.Addr
	if addr == "" {
		addr = ":http"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return Serve(ctx, srv, ln)
}

// Serve serves on ln until ctx ends (the caller ties SIGTERM to ctx), then
// stops accepting connections and waits up to ShutdownTimeout for the
// requests in flight to finish before closing what is left. A clean
// shutdown returns nil.
//
// Requests do not inherit ctx: cancelling it must let them finish, not
// abort them mid-report.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	drain, cancel := context.WithTimeout(context.WithoutCancel(ctx), ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(drain)
	if err != nil {
		// Drain timed out: cut the stragglers rather than hang the exit.
		err = errors.Join(err, srv.Close())
	}
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	return err
}
