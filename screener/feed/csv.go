package feed

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// csvSource reads a CSV or TSV file with a header row, one record at a
// time.
//
// encoding/csv alone cannot recover from a malformed record: a stray quote
// swallows the rest of the file into one field, unbounded. So records are
// first cut out of the stream here — physical lines joined while a quoted
// field is open, bounded by MaxItemBytes — and then parsed by encoding/csv
// one at a time. After a parse error the lines following the one at fault
// are read again as fresh records: that is the resync.
type csvSource struct {
	r      *Reader
	name   string
	c      io.Closer
	lr     lineReader
	pend   []pendLine // lines pushed back after a malformed record
	rec    []byte     // the raw record being assembled
	ends   []int      // end offset in rec of each of its lines
	start  int        // line number of the record's first line
	feed   feeder
	cr     *csv.Reader
	fields []string // per column: the Listing field it fills, or ""
	label  int      // the label column, -1 if none
	prov   []string // Listing.Provided, shared by every row
}

type pendLine struct {
	b           []byte
	num, quotes int
}

// Outcomes of cutting one raw record.
const (
	recOK = iota
	recTooBig
	recUnclosed
)

func (s *csvSource) next() (Item, bool) {
	st, err := s.readRaw()
	if errors.Is(err, io.EOF) {
		return Item{}, false
	}
	at := s.name + ":" + strconv.Itoa(s.start) // not fmt.Sprintf: once per row, it showed
	switch {
	case err != nil:
		return errItem(at, err), true
	case st == recTooBig:
		return errItem(at, fmt.Errorf("record larger than %d bytes, skipped", s.r.o.MaxItemBytes)), true
	case st == recUnclosed:
		s.pushBack(1)
		return errItem(at, errors.New(`a quoted field opened here is never closed; reading on from the next line`)), true
	}
	rec, line, err := s.parse()
	if err != nil {
		it := errItem(fmt.Sprintf("%s:%d", s.name, line), err)
		it.Source, it.Listing.ID = at, at
		return it, true
	}
	return s.item(rec, at), true
}

// nextLine returns a pushed-back line if there is one, else a fresh one.
func (s *csvSource) nextLine() (line []byte, num, quotes int, tooLong bool, err error) {
	if len(s.pend) > 0 {
		p := s.pend[0]
		s.pend = s.pend[1:]
		return p.b, p.num, p.quotes, false, nil
	}
	line, num, tooLong, err = s.lr.next()
	if num == 1 {
		line = bytes.TrimPrefix(line, []byte("\ufeff"))
	}
	return line, num, s.lr.quotes, tooLong, err
}

// readRaw cuts the next record into s.rec: lines are joined while the
// count of quotes is odd, i.e. while a quoted field is open.
func (s *csvSource) readRaw() (int, error) {
	s.rec, s.ends = s.rec[:0], s.ends[:0]
	quotes := 0
	for {
		line, num, q, tooLong, err := s.nextLine()
		if err != nil {
			if errors.Is(err, io.EOF) && len(s.ends) > 0 {
				return recUnclosed, nil
			}
			return 0, err
		}
		if len(s.ends) == 0 {
			if !tooLong && len(bytes.TrimRight(line, "\r\n")) == 0 {
				continue // encoding/csv skips blank lines too
			}
			s.start = num
		}
		quotes += q
		if tooLong || len(s.rec)+len(line) > s.r.o.MaxItemBytes {
			s.skipRest(quotes)
			return recTooBig, nil
		}
		s.rec = append(s.rec, line...)
		s.ends = append(s.ends, len(s.rec))
		// A bare quote in an unquoted field also makes the count odd; let the
		// parser report it on this line instead of joining the lines after.
		if quotes%2 == 0 || (len(s.ends) == 1 && s.bareQuote()) {
			return recOK, nil
		}
	}
}

// skipRest drops the lines of an oversized record without keeping them.
func (s *csvSource) skipRest(quotes int) {
	for quotes%2 == 1 {
		_, _, q, _, err := s.nextLine()
		if err != nil {
			return
		}
		quotes += q
	}
}

// bareQuote reports whether the record so far has a quote inside an
// unquoted field.
func (s *csvSource) bareQuote() bool {
	s.feed.b = s.rec
	_, err := s.cr.Read()
	s.drain()
	return errors.Is(err, csv.ErrBareQuote)
}

// parse parses s.rec; on an error it returns the line at fault and pushes
// back the lines after it, so that they are read again.
func (s *csvSource) parse() ([]string, int, error) {
	s.feed.b = s.rec
	rec, err := s.cr.Read()
	if err == nil {
		s.drain()
		return rec, s.start, nil
	}
	s.drain()
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return nil, s.start, err
	}
	rel := min(max(pe.Line-pe.StartLine, 0), len(s.ends)-1)
	s.pushBack(rel + 1)
	return nil, s.start + rel, fmt.Errorf("column %d: %w", pe.Column, pe.Err)
}

// drain discards what the csv.Reader did not consume of the record, so
// the next record starts clean.
func (s *csvSource) drain() {
	s.feed.b = nil
	for { // what is left in the csv.Reader's own buffer
		if _, err := s.cr.Read(); errors.Is(err, io.EOF) {
			return
		}
	}
}

// pushBack queues the record's lines from index from on to be read again.
func (s *csvSource) pushBack(from int) {
	var back []pendLine
	for i := from; i < len(s.ends); i++ {
		b := bytes.Clone(s.rec[s.ends[i-1]:s.ends[i]])
		back = append(back, pendLine{b: b, num: s.start + i, quotes: bytes.Count(b, quote)})
	}
	s.pend = append(back, s.pend...)
}

// item builds the listing of one well-formed record.
func (s *csvSource) item(rec []string, at string) Item {
	if len(rec) != len(s.fields) {
		return errItem(at, fmt.Errorf("%d fields, but the header has %d", len(rec), len(s.fields)))
	}
	it := Item{Source: at}
	for i, v := range rec {
		if !utf8.ValidString(v) {
			return errItem(at, fmt.Errorf("column %d is not valid UTF-8", i+1))
		}
		if f := s.fields[i]; f != "" {
			setField(&it.Listing, f, v)
		}
	}
	if s.label >= 0 {
		it.Label = rec[s.label]
	}
	if it.Listing.ID == "" {
		it.Listing.ID = at
	}
	it.Listing.Provided = s.prov
	return it
}

func (s *csvSource) close() error { return closeIf(s.c) }

// feeder serves one raw record to the csv.Reader, then io.EOF; it lets one
// csv.Reader (and its buffers) be reused for every record.
type feeder struct{ b []byte }

func (f *feeder) Read(p []byte) (int, error) {
	if len(f.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, f.b)
	f.b = f.b[n:]
	return n, nil
}
