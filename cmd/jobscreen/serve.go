package main

import (
	"fmt"
	"net"
	"net/http"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/screener/httpapi"
)

func (a *app) serveCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the screening API and a paste-and-check page over HTTP",
		Long: `serve answers HTTP requests with the same engine and rule packs as check:

  POST /v1/screen        a JSON listing, {"html": …}, or a text/plain or text/html body
  POST /v1/screen/batch  NDJSON listings in, NDJSON reports out, in order
  GET  /v1/rules         the rules in force
  GET  /v1/openapi.json  the API description
  GET  /healthz, /metrics
  GET  /                 a page where anyone can paste an advert and check it

It listens on 127.0.0.1:8080 unless --addr (config: serve.addr) says otherwise,
never logs or stores advert text, and stops gracefully on Ctrl-C or SIGTERM.`,
		Example: `  jobscreen serve
  jobscreen serve --addr 127.0.0.1:9000 --max-concurrent 16
  JOBSCREEN_SERVE_ADDR=:8080 jobscreen serve`,
		Args: cobra.NoArgs,
		RunE: a.runServe,
	}
	f := cmd.Flags()
	f.String("addr", "127.0.0.1:8080", "address to listen on (config: serve.addr)")
	f.Int64("max-body-bytes", 4<<20, "largest request body; larger gets 413 (config: serve.max_body_bytes)")
	f.Int("max-concurrent", 0, "screening requests at once; 0 means four per CPU (config: serve.max_concurrent)")
	return cmd
}

func (a *app) runServe(cmd *cobra.Command, _ []string) error {
	l, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	s, err := a.newScreener(l)
	if err != nil {
		return err
	}
	c := l.Config.Serve
	h := httpapi.New(s, httpapi.Config{MaxBodyBytes: c.MaxBodyBytes, MaxConcurrent: c.MaxConcurrent}).Handler()
	srv := httpapi.NewHTTPServer(c.Addr, h)
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return usageError(fmt.Errorf("serve: %w", err))
	}
	fmt.Fprintf(a.stderr, "jobscreen: serving on http://%s (Ctrl-C to stop)\n", ln.Addr())
	if err := httpapi.Serve(cmd.Context(), srv, ln); err != nil && err != http.ErrServerClosed {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
