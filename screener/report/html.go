package report

import (
	"cmp"
	"html/template"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/jobscreen/jobscreen/screener"
)

// Summary is what a batch run counted; batch.Summary converts to it.
type Summary struct {
	Total   int
	ByBand  map[screener.Band]int
	Errors  int
	Reposts int
	Elapsed time.Duration
}

// maxHTMLText caps the advert text shown per row, so one huge advert
// cannot make the page unusable; findings are always shown in full.
const maxHTMLText = 64 << 10

// HTMLWriter streams a self-contained HTML page of a batch: one table row
// per listing as it comes, then the counts and a chart of the most frequent
// signs. The summary is written last but shown first (CSS flex order), so
// no report is held in memory. The page needs no network and works from
// file://; all input is escaped by html/template.
type HTMLWriter struct {
	w       io.Writer
	title   string
	started bool
	n       int
	bands   map[screener.Band]int
	rules   map[string]*ruleCount
}

type ruleCount struct {
	ID, Title string
	N         int
	Pct       float64
}

// NewHTMLWriter returns a writer of one page titled title to w.
func NewHTMLWriter(w io.Writer, title string) *HTMLWriter {
	return &HTMLWriter{w: w, title: title, bands: map[screener.Band]int{}, rules: map[string]*ruleCount{}}
}

type htmlRow struct {
	N               int
	ID, Source, Err string
	Band            screener.Band
	Score, Points   int
	Rules           string
	Text            template.HTML
	Cut             bool
	Findings        []screener.Finding
}

// Write adds the row of one listing; err, when set, is what went wrong
// reading or screening it.
func (h *HTMLWriter) Write(id, source string, rep screener.Report, err error) error {
	if e := h.start(); e != nil {
		return e
	}
	h.n++
	row := htmlRow{N: h.n, ID: id, Source: source}
	if err != nil {
		row.Err, row.Band = err.Error(), "error"
		return htmlTmpl.ExecuteTemplate(h.w, "row", row)
	}
	h.bands[rep.Band]++
	titles := make([]string, 0, len(rep.Findings))
	for _, f := range rep.Findings {
		rc := h.rules[f.RuleID]
		if rc == nil {
			rc = &ruleCount{ID: f.RuleID, Title: f.Title}
			h.rules[f.RuleID] = rc
		}
		rc.N++
		titles = append(titles, f.Title)
	}
	row.Band, row.Score, row.Points, row.Findings = rep.Band, rep.Score, rep.Points, rep.Findings
	row.Rules = strings.Join(titles, " · ")
	row.Text, row.Cut = highlight(rep)
	return htmlTmpl.ExecuteTemplate(h.w, "row", row)
}

// Close writes the summary, the chart and the script, ending the page.
func (h *HTMLWriter) Close(sum Summary) error {
	if err := h.start(); err != nil {
		return err
	}
	top := make([]*ruleCount, 0, len(h.rules))
	for _, rc := range h.rules {
		top = append(top, rc)
	}
	slices.SortFunc(top, func(a, b *ruleCount) int { return cmp.Or(b.N-a.N, strings.Compare(a.ID, b.ID)) })
	top = top[:min(len(top), 12)]
	for _, rc := range top {
		rc.Pct = 100 * float64(rc.N) / float64(top[0].N)
	}
	return htmlTmpl.ExecuteTemplate(h.w, "end", map[string]any{
		"Total": h.n, "Low": h.bands[screener.Low], "Medium": h.bands[screener.Medium], "High": h.bands[screener.High],
		"Errors": sum.Errors, "Reposts": sum.Reposts, "Elapsed": sum.Elapsed.Round(time.Millisecond), "Top": top,
	})
}

func (h *HTMLWriter) start() error {
	if h.started {
		return nil
	}
	h.started = true
	return htmlTmpl.ExecuteTemplate(h.w, "head", h.title)
}

// highlight escapes the report's text with its evidence in <mark>.
func highlight(rep screener.Report) (template.HTML, bool) {
	text, cut := rep.Text, false
	if len(text) > maxHTMLText {
		text, cut = strings.ToValidUTF8(text[:maxHTMLText], ""), true
	}
	var spans [][2]int
	for _, f := range rep.Findings {
		for _, e := range f.Evidence {
			if e.Start >= 0 && e.Start < e.End && e.End <= len(text) {
				spans = append(spans, [2]int{e.Start, e.End})
			}
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Or(a[0]-b[0], b[1]-a[1]) })
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		if sp[1] <= at {
			continue // inside a span already marked
		}
		start := max(sp[0], at)
		b.WriteString(template.HTMLEscapeString(text[at:start]))
		b.WriteString("<mark>" + template.HTMLEscapeString(text[start:sp[1]]) + "</mark>")
		at = sp[1]
	}
	b.WriteString(template.HTMLEscapeString(text[at:]))
	return template.HTML(b.String()), cut // escaped above, piece by piece
}

var htmlTmpl = template.Must(template.New("page").Parse(`{{define "head"}}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.}}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:0 1.5em;display:flex;flex-direction:column;color:#222}
header{order:0}#summary{order:1}#list{order:2}
.counts span{display:inline-block;margin:0 1em .5em 0;padding:.3em .7em;border-radius:4px;background:#eee}
.bar{display:flex;align-items:center;margin:2px 0}.bar b{background:#c0392b;height:12px;display:block;margin-right:.5em}
.bar span{width:22em;font-size:12px}
table{border-collapse:collapse;width:100%}th{cursor:pointer;text-align:left;background:#f4f4f4;position:sticky;top:0}
td,th{padding:4px 6px;border-bottom:1px solid #ddd;vertical-align:top}
tbody.item>tr.main{cursor:pointer}tbody.item>tr.detail{display:none}tbody.item.open>tr.detail{display:table-row}
.b-high{color:#c0392b;font-weight:bold}.b-medium{color:#b9770e}.b-low{color:#1e8449}.b-error{color:#777}
pre{white-space:pre-wrap;background:#fafafa;padding:.5em;max-height:30em;overflow:auto}mark{background:#fde68a}
</style></head><body>
<header><h1>{{.}}</h1><p><label>Band <select id="band"><option value="">all</option><option>high</option>
<option>medium</option><option>low</option><option>error</option></select></label>
<label>Search <input id="q" type="search"></label></p></header>
<section id="list"><table id="results"><thead><tr><th data-num>#</th><th>ID</th><th>Source</th><th data-num>Score</th>
<th>Band</th><th>Signs</th></tr></thead>
{{end}}{{define "row"}}<tbody class="item" data-band="{{.Band}}"><tr class="main"><td>{{.N}}</td><td>{{.ID}}</td><td>{{.Source}}</td>
<td>{{if not .Err}}{{.Score}}{{end}}</td><td class="b-{{.Band}}">{{.Band}}</td><td>{{if .Err}}{{.Err}}{{else}}{{.Rules}}{{end}}</td></tr>
<tr class="detail"><td colspan="6">{{range .Findings}}<p><b>{{.Title}}</b> ({{printf "%+d" .Points}}, {{.RuleID}})<br>
Why: {{.Why}}<br>What to do: {{.Advice}}</p>{{end}}{{if not .Err}}<pre>{{.Text}}{{if .Cut}}
… (text cut){{end}}</pre>{{end}}</td></tr></tbody>
{{end}}{{define "end"}}</table></section>
<section id="summary"><p class="counts"><span>{{.Total}} adverts</span><span class="b-high">{{.High}} high</span>
<span class="b-medium">{{.Medium}} medium</span><span class="b-low">{{.Low}} low</span><span>{{.Errors}} errors</span>
<span>{{.Reposts}} reposts</span><span>{{.Elapsed}}</span></p>
<h2>Most frequent signs</h2><div id="chart">{{range .Top}}<div class="bar"><span>{{.Title}}</span>
<b style="width:{{printf "%.0f" .Pct}}%;max-width:40em"></b>{{.N}}</div>{{end}}</div></section>
<script>
(function(){
var t=document.getElementById('results'),band=document.getElementById('band'),q=document.getElementById('q');
function items(){return Array.prototype.slice.call(t.tBodies);}
function filter(){var b=band.value,s=q.value.toLowerCase();items().forEach(function(x){
x.style.display=(!b||x.dataset.band===b)&&(!s||x.textContent.toLowerCase().indexOf(s)>=0)?'':'none';});}
band.onchange=filter;q.oninput=filter;
t.addEventListener('click',function(e){var r=e.target.closest('tr.main');if(r)r.parentNode.classList.toggle('open');});
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){var asc=true;th.onclick=function(){
var num=th.hasAttribute('data-num');asc=!asc;items().sort(function(a,b){
var x=a.rows[0].cells[i].textContent,y=b.rows[0].cells[i].textContent;
var c=num?(parseFloat(x)||-1)-(parseFloat(y)||-1):x.localeCompare(y);return asc?c:-c;
}).forEach(function(x){t.appendChild(x);});};});
})();
</script></body></html>
{{end}}`))
