package htmlx

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that no input panics and every field is valid UTF-8.
// Under plain `go test` it runs only the seeds.
func FuzzExtract(f *testing.F) {
	seeds := []string{
		"",
		"plain text, no markup",
		"<p>hi</p>",
		"<!DOCTYPE html><html><head><title>T</title></head><body><main><h1>Job</h1><ul><li>a</li></ul></main></body></html>",
		`<article><header><h1>T</h1><nav>n</nav></header><p>b</p></article><aside class="similar-jobs">x</aside>`,
		`<script type="application/ld+json">{"@type":"JobPosting","title":"T","baseSalary":{"currency":"PKR","value":{"minValue":1,"maxValue":2e3,"unitText":"MONTH"}}}</script>`,
		`<script type="application/ld+json">[{"@graph":[{"@type":["JobPosting"],"jobLocation":[{"address":{"addressCountry":{"name":"PK"}}}]}]}]</script>`,
		"<script type=\"application/ld+json\"><!-- {\"@type\":\"JobPosting\",\"description\":\"a\x00\nb &lt;p&gt;x\"}; --></script>",
		`<script type="application/ld+json">{"@type":"JobPosting","title":</script>`,
		strings.Repeat("<div><b>", 600) + "x",
		"\xff\xfe\x00<\x80html>\xc3\x28",
		`<meta charset="shift_jis"><p>` + "\x82\xa0" + `</p><pre>a\n b</pre><table><tr><td>1<td>2</table>`,
		`<form><h1>t</h1></form><div class="ad">x</div><div hidden>h</div><br><br><br>`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Extract(strings.NewReader(string(data)), 1<<20)
		if err != nil {
			return // only the size limit can fail, and the seeds are small
		}
		for i, s := range []string{p.Title, p.Company, p.CompanyURL, p.Location, p.Salary, p.Body,
			p.Education, p.Experience, p.EmploymentType, p.DatePosted, p.ValidThrough, p.URL} {
			if !utf8.ValidString(s) {
				t.Errorf("field %d is not valid UTF-8: %q", i, s)
			}
		}
		for _, w := range p.Warnings {
			if !utf8.ValidString(w) {
				t.Errorf("warning is not valid UTF-8: %q", w)
			}
		}
		_ = LooksLikeHTML(data)
	})
}
