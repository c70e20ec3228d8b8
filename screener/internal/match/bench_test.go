package match

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

const emscadPath = "../../../../shared/data/emscad-dev.csv"

// BenchmarkRunEMSCAD runs the default rules (facts never holding) over the
// adverts of the EMSCAD development file, one advert per op, tokenised
// beforehand; it skips when the file is absent.
func BenchmarkRunEMSCAD(b *testing.B) {
	f, err := os.Open(emscadPath)
	if err != nil {
		b.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	packs, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	var rs []rules.Rule
	for _, p := range packs {
		rs = append(rs, p.Rules...)
	}
	s, err := Compile(rs, noFacts, nil)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*textnorm.Doc
	size := 0
	for _, rec := range recs[1:] {
		// title, company profile, description, requirements, benefits
		docs = append(docs, textnorm.New(strings.Join([]string{rec[1], rec[5], rec[6], rec[7], rec[8]}, "\n")))
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
