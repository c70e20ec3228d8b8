// Command loadtest drives POST /v1/screen with typical 3 KB adverts from
// concurrent clients and prints throughput, latency percentiles and the
// error count.
//
// By default it starts the server in-process on 127.0.0.1:0, so the
// figures are those of the handler stack with the default rule packs.
// With -url it targets a running server, but only on a loopback address:
// it is a tool for measuring, never for loading someone else's host.
//
//	go run ./screener/httpapi/loadtest -c 16 -n 20000 -d 30s
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"time"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/httpapi"
)

// Hard bounds: a run always ends, whatever the flags say.
const (
	maxRequests = 20000
	maxDuration = 30 * time.Second
)

type options struct {
	url         string
	concurrency int
	requests    int
	duration    time.Duration
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	o, err := parse(args, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "loadtest:", err)
		return 2
	}
	target := o.url
	if target == "" {
		var shutdown func() error
		target, shutdown, err = startServer(ctx)
		if err != nil {
			fmt.Fprintln(stderr, "loadtest:", err)
			return 1
		}
		defer shutdown()
	}
	res := drive(ctx, target+"/v1/screen", o)
	res.print(stdout, o)
	if res.errors > 0 {
		return 1
	}
	return 0
}

func parse(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.url, "url", "", "base URL of a running server on loopback (default: start one in-process)")
	fs.IntVar(&o.concurrency, "c", 16, "concurrent clients")
	fs.IntVar(&o.requests, "n", maxRequests, "requests to send (at most 20000)")
	fs.DurationVar(&o.duration, "d", maxDuration, "stop after this long (at most 30s)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	switch {
	case o.concurrency < 1 || o.concurrency > 1024:
		return o, errors.New("-c must be between 1 and 1024")
	case o.requests < 1 || o.requests > maxRequests:
		return o, fmt.Errorf("-n must be between 1 and %d", maxRequests)
	case o.duration <= 0 || o.duration > maxDuration:
		return o, fmt.Errorf("-d must be positive and at most %s", maxDuration)
	}
	if o.url != "" {
		return o, checkLoopback(o.url)
	}
	return o, nil
}

// checkLoopback refuses any target that is not this machine. Names other
// than localhost are refused rather than resolved: DNS could point them
// anywhere.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("-url %q is not an http(s) URL", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("-url host %q is not a loopback address; loadtest only targets this machine", host)
}

// startServer runs the real handler stack on a loopback port.
func startServer(ctx context.Context) (string, func() error, error) {
	s, err := screener.New(screener.Options{})
	if err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	srv := httpapi.NewHTTPServer(ln.Addr().String(), httpapi.New(s, httpapi.Config{}).Handler())
	done := make(chan error, 1)
	go func() { done <- httpapi.Serve(ctx, srv, ln) }()
	return "http://" + ln.Addr().String(), func() error { cancel(); return <-done }, nil
}
