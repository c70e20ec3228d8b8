package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/jobscreen/jobscreen/screener"
)

// Item is one advert read from the input, or the reason one could not be.
type Item struct {
	Listing screener.Listing
	// Source says where the item came from: "jobs.csv:17" for a record
	// (its first line), "jobs.json[3]" for an array element, or the path of
	// a one-advert file.
	Source string
	// Label is the value of Options.LabelColumn, when one was asked for.
	Label string
	// Err is set when this item could not be read: it names the location
	// and the reason. Other items are unaffected.
	Err error
}

// Options shape how input is read. The zero value reads everything with
// the recognised column names and a 1 MiB limit per item.
type Options struct {
	// Map overrides the column (or JSON key) → Listing field guess, e.g.
	// {"blurb": "body"}; the field "-" ignores a column. See Fields.
	Map map[string]string
	// LabelColumn names a column whose value goes to Item.Label (for
	// labelled data such as EMSCAD's "fraudulent") instead of the listing.
	LabelColumn string
	// MaxItemBytes bounds one record or file (default
	// screener.DefaultMaxTextBytes); larger items are errors, never cut.
	MaxItemBytes int
	// Comma is the CSV separator; 0 means ',' for .csv, TAB for .tsv, and
	// a guess from the header line otherwise.
	Comma rune
	// Stdin is what the path "-" reads. The package never touches os.Stdin
	// itself, so callers (and tests) decide what standard input is.
	Stdin io.Reader
}

// source yields the items of one file or stream.
type source interface {
	next() (Item, bool)
	close() error
}

// Reader streams Items from a file, a directory or standard input. It is
// not safe for concurrent use; package batch reads it from one goroutine.
type Reader struct {
	ctx   context.Context
	o     Options
	res   resolver
	root  string   // what Open was given, for Total
	all   []string // every file to read, for Total
	paths []string // files still to read
	cur   source
	warn  *warnings
	total int // -2: not computed yet
	err   error
}

// Open reads path: a file, a directory (recursively, in sorted order,
// skipping hidden directories and files of other kinds), or "-" for
// Options.Stdin. The format of a file follows its extension; a file of
// another extension and standard input are sniffed.
func Open(ctx context.Context, path string, o Options) (*Reader, error) {
	r, err := newReader(ctx, path, o)
	if err != nil {
		return nil, err
	}
	if path == "-" {
		if o.Stdin == nil {
			return nil, errors.New("feed: reading \"-\" needs Options.Stdin")
		}
		return r, r.setStream("-", o.Stdin, "")
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	r.all = []string{path}
	if st.IsDir() {
		if r.all, err = listDir(path); err != nil {
			return nil, err
		}
	}
	r.paths = r.all
	return r, nil
}

// NewReader reads one stream, sniffing its format; name is used in
// Item.Source and as the default id. Total is -1.
func NewReader(ctx context.Context, name string, in io.Reader, o Options) (*Reader, error) {
	r, err := newReader(ctx, "-", o)
	if err != nil {
		return nil, err
	}
	return r, r.setStream(name, in, "")
}

func newReader(ctx context.Context, root string, o Options) (*Reader, error) {
	if o.MaxItemBytes <= 0 {
		o.MaxItemBytes = screener.DefaultMaxTextBytes
	}
	res, err := newResolver(o)
	if err != nil {
		return nil, err
	}
	return &Reader{ctx: ctx, o: o, res: res, root: root, warn: &warnings{}, total: -2}, nil
}

// Next returns the next item; false means the input is exhausted or the
// context was cancelled (see Err).
func (r *Reader) Next() (Item, bool) {
	for {
		if err := r.ctx.Err(); err != nil {
			r.err = err
			return Item{}, false
		}
		if r.cur == nil {
			if len(r.paths) == 0 {
				return Item{}, false
			}
			p := r.paths[0]
			r.paths = r.paths[1:]
			if it, ok := r.openFile(p); !ok {
				return it, true
			}
		}
		if it, ok := r.cur.next(); ok {
			return it, true
		}
		r.closeCur()
	}
}

// openFile makes path the current source; when it cannot be opened it
// returns an error Item and false.
func (r *Reader) openFile(path string) (Item, bool) {
	src, err := r.sourceFor(path)
	if err != nil {
		return Item{Source: path, Listing: screener.Listing{ID: path}, Err: fmt.Errorf("%s: %w", path, err)}, false
	}
	r.cur = src
	return Item{}, true
}

func (r *Reader) closeCur() {
	if r.cur != nil {
		if err := r.cur.close(); err != nil && r.err == nil {
			r.err = err
		}
		r.cur = nil
	}
}

// Err returns the context's error when reading stopped because of it, or
// an error closing a file.
func (r *Reader) Err() error { return r.err }

// Close releases the file being read. Items not yet read are dropped.
func (r *Reader) Close() error {
	r.paths = nil
	r.closeCur()
	if errors.Is(r.err, context.Canceled) || errors.Is(r.err, context.DeadlineExceeded) {
		return nil
	}
	return r.err
}

// Warnings returns what the reader noticed but did not stop for: columns
// it ignored, Map entries that matched no column, pages partly skipped.
// Each is said once.
func (r *Reader) Warnings() []string { return r.warn.list() }
