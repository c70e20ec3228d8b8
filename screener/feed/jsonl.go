package feed

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/screener"
)

// jsonlSource reads JSON Lines: one listing object per line.
type jsonlSource struct {
	r    *Reader
	name string
	lr   lineReader
	c    io.Closer
}

func (r *Reader) newJSONL(name string, br *bufio.Reader, c io.Closer) *jsonlSource {
	return &jsonlSource{r: r, name: name, c: c, lr: lineReader{br: br, max: r.o.MaxItemBytes}}
}

func (s *jsonlSource) next() (Item, bool) {
	for {
		line, num, tooLong, err := s.lr.next()
		if errors.Is(err, io.EOF) {
			return Item{}, false
		}
		at := fmt.Sprintf("%s:%d", s.name, num)
		if err != nil {
			return errItem(at, err), true
		}
		if tooLong {
			return errItem(at, fmt.Errorf("line longer than %d bytes", s.r.o.MaxItemBytes)), true
		}
		if num == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if line = bytes.TrimSpace(line); len(line) == 0 {
			continue
		}
		return s.r.objectItem(line, at), true
	}
}

func (s *jsonlSource) close() error { return closeIf(s.c) }

// errItem is an item that could not be read.
func errItem(at string, err error) Item {
	return Item{Source: at, Listing: screener.Listing{ID: at}, Err: fmt.Errorf("%s: %w", at, err)}
}

// objectItem turns one JSON object into an item; at is its location and
// the id when the object has none.
func (r *Reader) objectItem(raw []byte, at string) Item {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return errItem(at, fmt.Errorf("not a JSON object: %w", err))
	}
	it := Item{Source: at}
	var unknown []string
	for k, v := range m {
		s, err := scalar(v)
		if err != nil {
			return errItem(at, fmt.Errorf("key %q: %w", k, err))
		}
		if r.res.isLabel(k) {
			it.Label = s
			continue
		}
		f := r.res.field(k)
		if f == "" {
			unknown = append(unknown, k)
			continue
		}
		setField(&it.Listing, f, s)
		it.Listing.Provided = append(it.Listing.Provided, f)
	}
	slices.Sort(it.Listing.Provided) // map order is random; output must not be
	it.Listing.Provided = slices.Compact(it.Listing.Provided)
	if it.Listing.ID == "" {
		it.Listing.ID = at
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		r.warn.add(fmt.Sprintf("%s: ignored keys: %s", fileOf(at), strings.Join(unknown, ", ")))
	}
	return it
}

// fileOf strips the ":line" or "[n]" suffix of a location.
func fileOf(at string) string {
	if i := strings.LastIndexAny(at, ":["); i > 0 {
		return at[:i]
	}
	return at
}

// scalar reads a JSON value as the text a Listing field holds. Booleans
// become "1"/"0", the way EMSCAD writes its flags.
func scalar(v json.RawMessage) (string, error) {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "", nil
	}
	switch v[0] {
	case '"':
		var s string
		err := json.Unmarshal(v, &s)
		return s, err
	case 'n':
		return "", nil
	case 't':
		return "1", nil
	case 'f':
		return "0", nil
	case '{', '[':
		return "", errors.New("want a string, number or boolean")
	}
	return string(v), nil
}
