package match

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/emscadtest"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// BenchmarkRunEMSCAD runs the default rules (facts never holding) over the
// adverts of the EMSCAD development file, one advert per op, tokenised
// beforehand; it skips when the file is absent.
func BenchmarkRunEMSCAD(b *testing.B) {
	texts := emscadtest.Texts(b)
	rs := defaultRules(b)
	s, err := Compile(rs, noFacts, nil)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*textnorm.Doc
	size := 0
	for _, text := range texts {
		docs = append(docs, textnorm.New(text))
		size += len(docs[len(docs)-1].Folded)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d := docs[i%len(docs)]
		p := rxscan.Prepare(d.Folded)
		s.Run(Input{Doc: d})
		p.Release()
		i++
	}
}
