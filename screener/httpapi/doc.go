// Package httpapi serves the screener over HTTP: a JSON API for job boards
// and a paste-and-check page for job seekers.
//
// Routes:
//
//	POST /v1/screen        one listing (JSON, {"html": …}, text/plain or text/html) → report JSON
//	POST /v1/screen/batch  NDJSON listings in → NDJSON reports out, streamed in input order
//	GET  /v1/rules         the rules in force, with their explanations
//	GET  /v1/openapi.json  an OpenAPI 3.1 description of the above
//	GET  /healthz          {"status":"ok"}
//	GET  /metrics          Prometheus text exposition
//	GET  /                 the paste-and-check page (assets under /static/)
//
// The reports are exactly what `jobscreen check --format json` writes
// (report.JSON), so a job board and the CLI never disagree.
//
// The package owns the limits that keep a public endpoint healthy: bodies
// are capped (413), screening runs in a bounded number of slots and a
// request that cannot get one within Config.QueueTimeout is turned away
// with 503 and Retry-After rather than queueing without end. Errors are
// always JSON {"error": …, "status": N}; a 500 never carries internals.
//
// Advert text is never logged or kept: the optional access log holds only
// the method, route, status and duration.
//
// The CLI wires it up as `jobscreen serve`:
//
//	srv := httpapi.NewHTTPServer(addr, httpapi.New(s, httpapi.Config{}).Handler())
//	err := httpapi.ListenAndServe(ctx, srv) // returns after a graceful drain when ctx ends
package httpapi
