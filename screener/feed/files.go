package feed

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/jobscreen/jobscreen/screener"
)

// Input kinds, chosen by extension or by sniffing.
const (
	kindText  = "text"
	kindHTML  = "html"
	kindJSON  = "json"
	kindJSONL = "jsonl"
	kindCSV   = "csv"
	kindTSV   = "tsv"
)

var kindByExt = map[string]string{
	".txt": kindText, ".md": kindText, ".html": kindHTML, ".htm": kindHTML, ".json": kindJSON,
	".csv": kindCSV, ".tsv": kindTSV, ".jsonl": kindJSONL, ".ndjson": kindJSONL,
}

// listDir returns the readable files under root in lexical order, which
// WalkDir guarantees, so a batch's order never depends on the file system.
func listDir(root string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := p != root && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if !hidden && kindByExt[strings.ToLower(filepath.Ext(p))] != "" {
			paths = append(paths, p)
		}
		return nil
	})
	return paths, err
}

// sourceFor opens one file as a source of the kind its extension says.
func (r *Reader) sourceFor(path string) (source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	kind := kindByExt[strings.ToLower(filepath.Ext(path))]
	src, err := r.openSource(path, f, f, kind)
	if err != nil {
		f.Close()
	}
	return src, err
}

// setStream makes a stream (standard input) the current source.
func (r *Reader) setStream(name string, in io.Reader, kind string) error {
	src, err := r.openSource(name, in, nil, kind)
	if err != nil {
		return err
	}
	r.cur = src
	return nil
}

// openSource builds the source for one input; kind "" sniffs it.
func (r *Reader) openSource(name string, in io.Reader, c io.Closer, kind string) (source, error) {
	br := bufio.NewReaderSize(in, 64<<10)
	if kind == "" {
		head, _ := br.Peek(32 << 10)
		kind = sniff(head, r.res)
	}
	switch kind {
	case kindCSV, kindTSV:
		return r.newCSV(name, br, c, kind)
	case kindJSONL:
		return r.newJSONL(name, br, c), nil
	case kindJSON:
		return r.newJSON(name, br, c), nil
	}
	return &oneShot{r: r, name: name, in: br, c: c, html: kind == kindHTML}, nil
}

// sniff guesses the kind of an input from its first bytes.
func sniff(head []byte, res resolver) string {
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	first, _, _ := bytes.Cut(trimmed, []byte("\n"))
	switch {
	case len(trimmed) == 0:
		return kindText
	case trimmed[0] == '[':
		return kindJSON
	case trimmed[0] == '{':
		if bytes.HasSuffix(bytes.TrimSpace(first), []byte("}")) {
			return kindJSONL
		}
		return kindJSON
	case screener.LooksLikeHTML(head):
		return kindHTML
	}
	if comma := guessComma(string(first)); comma != 0 {
		known := 0
		for _, col := range strings.Split(strings.TrimSpace(string(first)), string(comma)) {
			if res.field(strings.Trim(col, `"`)) != "" {
				known++
			}
		}
		if known >= 2 {
			return kindCSV
		}
	}
	return kindText
}

// guessComma picks TAB or ',' for a header line, 0 when it has neither.
func guessComma(header string) rune {
	tabs, commas := strings.Count(header, "\t"), strings.Count(header, ",")
	switch {
	case tabs > commas:
		return '\t'
	case commas > 0:
		return ','
	}
	return 0
}

// oneShot is a file that holds one advert: text or an HTML page.
type oneShot struct {
	r    *Reader
	name string
	in   io.Reader
	c    io.Closer
	html bool
	done bool
}

func (s *oneShot) next() (Item, bool) {
	if s.done {
		return Item{}, false
	}
	s.done = true
	it := Item{Source: s.name, Listing: screener.Listing{ID: s.name}}
	if s.html {
		l, warns, err := screener.ListingFromHTML(s.in, int64(s.r.o.MaxItemBytes)*8)
		if err != nil {
			it.Err = fmt.Errorf("%s: %w", s.name, err)
			return it, true
		}
		for _, w := range warns {
			s.r.warn.add(s.name + ": " + w)
		}
		l.ID = s.name
		it.Listing = l
		return it, true
	}
	b, err := io.ReadAll(io.LimitReader(s.in, int64(s.r.o.MaxItemBytes)+1))
	switch {
	case err != nil:
		it.Err = fmt.Errorf("%s: %w", s.name, err)
	case len(b) > s.r.o.MaxItemBytes:
		it.Err = fmt.Errorf("%s: larger than %d bytes", s.name, s.r.o.MaxItemBytes)
	default:
		it.Listing.Body = strings.TrimPrefix(string(b), "\ufeff")
	}
	return it, true
}

func (s *oneShot) close() error { return closeIf(s.c) }

func closeIf(c io.Closer) error {
	if c == nil {
		return nil
	}
	return c.Close()
}

// warnings collects messages once each, up to a bound, because a directory
// of ten thousand exports with the same odd column needs saying once.
type warnings struct {
	seen  map[string]bool
	order []string
	extra int
}

const maxWarnings = 100

func (w *warnings) add(msg string) {
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	if w.seen[msg] {
		return
	}
	w.seen[msg] = true
	if len(w.order) >= maxWarnings {
		w.extra++
		return
	}
	w.order = append(w.order, msg)
}

func (w *warnings) list() []string {
	out := append([]string(nil), w.order...)
	if w.extra > 0 {
		out = append(out, fmt.Sprintf("… and %d more warnings", w.extra))
	}
	return out
}
