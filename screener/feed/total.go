package feed

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Total returns how many items the input holds, for a progress bar, or -1
// when that is not knowable without reading them (standard input, a file
// of unknown kind). The first call counts by scanning the files once —
// quotes and newlines only, no parsing — and is remembered. Malformed
// records can make the count differ slightly from the items read.
func (r *Reader) Total() int {
	if r.total != -2 {
		return r.total
	}
	r.total = 0
	if r.root == "-" {
		r.total = -1
	}
	for _, p := range r.all {
		if r.total < 0 {
			break
		}
		n := countFile(p)
		if n < 0 {
			r.total = -1
			break
		}
		r.total += n
	}
	return r.total
}

// countFile counts the items of one file, -1 when it cannot tell.
func countFile(path string) int {
	kind := kindByExt[strings.ToLower(filepath.Ext(path))]
	if kind == kindText || kind == kindHTML {
		return 1
	}
	if kind == "" {
		return -1
	}
	f, err := os.Open(path)
	if err != nil {
		return 1 // it will be one error item
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	switch kind {
	case kindJSON:
		return countJSON(br)
	case kindJSONL:
		return countLines(br, false)
	}
	return max(countLines(br, true)-1, 0) // less the header
}

// countLines counts non-blank lines; with quoted set, newlines inside a
// quoted CSV field do not count.
func countLines(br *bufio.Reader, quoted bool) int {
	n, inQuote, blank := 0, false, true
	for {
		chunk, err := br.ReadSlice('\n')
		if quoted && bytes.Count(chunk, quote)%2 == 1 {
			inQuote = !inQuote
		}
		if len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' || err == io.EOF {
			if !inQuote && !blank {
				n++
				blank = true
			}
		}
		if err != nil && err != bufio.ErrBufferFull {
			return n
		}
	}
}

// countJSON counts the elements of a top-level array (one object: 1),
// decoding one element at a time.
func countJSON(br *bufio.Reader) int {
	dec := json.NewDecoder(br)
	tok, err := dec.Token()
	if err != nil {
		return 1
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return 1
	}
	n := 0
	for dec.More() {
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return n + 1
		}
		n++
	}
	return n
}
