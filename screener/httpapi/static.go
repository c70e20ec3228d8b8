package httpapi

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"net/http"
	"path"
	"time"
)

// The page and its assets are embedded so that the binary serves them
// offline and nothing is fetched from anywhere else.
//
//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openapiJSON []byte

// staticTypes lists what /static/ serves; anything else there is a 404,
// so the embedded index.html is only ever served at / with its CSP.
var staticTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
}

func handlePage(w http.ResponseWriter, r *http.Request) {
	b, err := staticFS.ReadFile("static/index.html")
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal error")
		return
	}
	w.Header().Set("Content-Security-Policy", pageCSP)
	serveAsset(w, r, "text/html; charset=utf-8", b)
}

func handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	typ, ok := staticTypes[path.Ext(name)]
	b, err := staticFS.ReadFile("static/" + name)
	if !ok || err != nil {
		writeError(w, http.StatusNotFound, "no such file")
		return
	}
	serveAsset(w, r, typ, b)
}

func handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	serveAsset(w, r, "application/json", openapiJSON)
}

// serveAsset serves an embedded file with an ETag from its content, so a
// browser revalidates cheaply instead of trusting a stale copy after an
// upgrade (embedded files have no modification time to go by).
func serveAsset(w http.ResponseWriter, r *http.Request, typ string, b []byte) {
	sum := sha256.Sum256(b)
	h := w.Header()
	h.Set("Content-Type", typ)
	h.Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
	h.Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(b))
}
