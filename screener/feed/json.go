package feed

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// jsonSource reads a .json file: one listing object, or an array of them
// decoded one element at a time so a large export stays streaming.
type jsonSource struct {
	r       *Reader
	name    string
	br      *bufio.Reader
	dec     *json.Decoder
	c       io.Closer
	array   bool
	started bool
	n       int
	done    bool
}

func (r *Reader) newJSON(name string, br *bufio.Reader, c io.Closer) *jsonSource {
	return &jsonSource{r: r, name: name, br: br, c: c, dec: json.NewDecoder(br)}
}

func (s *jsonSource) next() (Item, bool) {
	if s.done {
		return Item{}, false
	}
	if !s.started {
		s.started = true
		if err := s.start(); err != nil {
			s.done = true
			return errItem(s.name, err), true
		}
	}
	if !s.array {
		s.done = true
		return s.decodeOne(s.name)
	}
	if !s.dec.More() {
		s.done = true
		return Item{}, false
	}
	at := fmt.Sprintf("%s[%d]", s.name, s.n)
	s.n++
	return s.decodeOne(at)
}

// start skips a byte-order mark and finds out whether the file is an array.
func (s *jsonSource) start() error {
	if b, err := s.br.Peek(3); err == nil && string(b) == "\ufeff" {
		s.br.Discard(3)
	}
	for {
		b, err := s.br.Peek(1)
		if err != nil {
			return fmt.Errorf("empty JSON file: %w", err)
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			s.br.Discard(1)
			continue
		case '[':
			s.array = true
			_, err := s.dec.Token()
			return err
		}
		return nil
	}
}

// decodeOne reads one value. A syntax error ends the file, because JSON
// offers no line to resynchronise at; the items before it still count.
func (s *jsonSource) decodeOne(at string) (Item, bool) {
	var raw json.RawMessage
	if err := s.dec.Decode(&raw); err != nil {
		s.done = true
		if errors.Is(err, io.EOF) && s.n <= 1 && !s.array {
			return Item{}, false
		}
		return errItem(at, fmt.Errorf("%w (rest of file skipped)", err)), true
	}
	if len(raw) > s.r.o.MaxItemBytes {
		return errItem(at, fmt.Errorf("larger than %d bytes", s.r.o.MaxItemBytes)), true
	}
	return s.r.objectItem(raw, at), true
}

func (s *jsonSource) close() error { return closeIf(s.c) }
