package feed

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readAll drains a reader into its items.
func readAll(t testing.TB, r *Reader) []Item {
	t.Helper()
	var out []Item
	for {
		it, ok := r.Next()
		if !ok {
			break
		}
		out = append(out, it)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

// openString writes content to a file named name in a temp dir and opens it.
func openString(t *testing.T, name, content string, o Options) (*Reader, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Open(context.Background(), p, o)
	if err != nil {
		t.Fatal(err)
	}
	return r, p
}

func TestFormats(t *testing.T) {
	tests := []struct {
		name, file, content string
		o                   Options
		ids, titles, bodies []string
		labels              []string
	}{
		{name: "csv aliases", file: "a.csv",
			content: "Job ID,Job Title,Company Name,Job_Description,Pay\n7,Clerk,Acme,Sort mail,£9\n",
			ids:     []string{"7"}, titles: []string{"Clerk"}, bodies: []string{"Sort mail"}},
		{name: "tsv by extension", file: "a.tsv", content: "title\tdescription\nClerk\tSort, mail\n",
			ids: []string{"@2"}, titles: []string{"Clerk"}, bodies: []string{"Sort, mail"}},
		{name: "tab guessed in .csv", file: "a.csv", content: "title\tbody\nClerk\tx\n",
			ids: []string{"@2"}, titles: []string{"Clerk"}, bodies: []string{"x"}},
		{name: "bom and crlf", file: "a.csv", content: "\ufeffid,title,body\r\n1,A,b\r\n",
			ids: []string{"1"}, titles: []string{"A"}, bodies: []string{"b"}},
		{name: "multiline field", file: "a.csv", content: "id,body\n1,\"line one\nline \"\"two\"\"\"\n2,x\n",
			ids: []string{"1", "2"}, titles: []string{"", ""}, bodies: []string{"line one\nline \"two\"", "x"}},
		{name: "map override", file: "a.csv", content: "id,blurb,title\n1,Pay a fee,T\n",
			o:   Options{Map: map[string]string{"blurb": "description", "title": "-"}},
			ids: []string{"1"}, titles: []string{""}, bodies: []string{"Pay a fee"}},
		{name: "label column", file: "a.csv", content: "id,body,fraudulent\n1,x,1\n2,y,0\n",
			o:   Options{LabelColumn: "Fraudulent"},
			ids: []string{"1", "2"}, titles: []string{"", ""}, bodies: []string{"x", "y"}, labels: []string{"1", "0"}},
		{name: "jsonl", file: "a.jsonl", content: "{\"id\":\"9\",\"job_title\":\"T\",\"description\":\"d\",\"remote\":true,\"fraudulent\":1}\n\n{\"body\":\"e\"}\n",
			o:   Options{LabelColumn: "fraudulent"},
			ids: []string{"9", "@3"}, titles: []string{"T", ""}, bodies: []string{"d", "e"}, labels: []string{"1", ""}},
		{name: "json object", file: "a.json", content: `{"title":"T","body":"b"}`,
			ids: []string{"@"}, titles: []string{"T"}, bodies: []string{"b"}},
		{name: "json array", file: "a.json", content: ` [{"id":"1","body":"b"},{"body":"c"}]`,
			ids: []string{"1", "@[1]"}, titles: []string{"", ""}, bodies: []string{"b", "c"}},
		{name: "text", file: "a.txt", content: "\ufeffSend a fee", ids: []string{"@"}, titles: []string{""}, bodies: []string{"Send a fee"}},
		{name: "markdown", file: "a.md", content: "# Job", ids: []string{"@"}, titles: []string{""}, bodies: []string{"# Job"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, p := openString(t, tt.file, tt.content, tt.o)
			items := readAll(t, r)
			if len(items) != len(tt.ids) {
				t.Fatalf("got %d items, want %d: %+v", len(items), len(tt.ids), items)
			}
			for i, it := range items {
				if it.Err != nil {
					t.Fatalf("item %d: %v", i, it.Err)
				}
				wantID := strings.Replace(tt.ids[i], "@", p+":", 1)
				if strings.HasPrefix(tt.ids[i], "@") && (len(tt.ids[i]) == 1 || tt.ids[i][1] == '[') {
					wantID = p + tt.ids[i][1:]
				}
				l := it.Listing
				if l.ID != wantID || l.Title != tt.titles[i] || l.Body != tt.bodies[i] {
					t.Errorf("item %d = id %q title %q body %q; want %q %q %q", i, l.ID, l.Title, l.Body, wantID, tt.titles[i], tt.bodies[i])
				}
				if tt.labels != nil && it.Label != tt.labels[i] {
					t.Errorf("item %d label %q, want %q", i, it.Label, tt.labels[i])
				}
			}
		})
	}
}

func TestEMSCADHeaderMapsFully(t *testing.T) {
	hdr := "job_id,title,location,department,salary_range,company_profile,description,requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,required_experience,required_education,industry,function,fraudulent"
	row := "1,T,\"US, NY\",D,10-20,P,B,R,Be,0,1,0,Full-time,Mid,Bachelor's,I,F,1"
	r, _ := openString(t, "e.csv", hdr+"\n"+row+"\n", Options{LabelColumn: "fraudulent"})
	items := readAll(t, r)
	if w := r.Warnings(); len(w) != 0 {
		t.Errorf("warnings: %v", w)
	}
	l := items[0].Listing
	got := []string{l.ID, l.Title, l.Location, l.Department, l.Salary, l.CompanyProfile, l.Body, l.Requirements, l.Benefits,
		l.Telecommuting, l.HasCompanyLogo, l.HasQuestions, l.EmploymentType, l.Experience, l.Education, l.Industry, l.Function, items[0].Label}
	want := []string{"1", "T", "US, NY", "D", "10-20", "P", "B", "R", "Be", "0", "1", "0", "Full-time", "Mid", "Bachelor's", "I", "F", "1"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if len(l.Provided) != 17 {
		t.Errorf("Provided = %v, want 17 fields", l.Provided)
	}
}

func TestUnknownColumnsWarnedOnce(t *testing.T) {
	r, p := openString(t, "a.csv", "id,body,notes,Notes2\n1,x,a,b\n2,y,c,d\n", Options{Map: map[string]string{"nope": "body"}})
	readAll(t, r)
	want := []string{p + ": ignored columns: notes, Notes2", p + `: no column "nope" to map`}
	if !slices.Equal(r.Warnings(), want) {
		t.Errorf("warnings %q, want %q", r.Warnings(), want)
	}
}

func TestBadMap(t *testing.T) {
	_, err := Open(context.Background(), ".", Options{Map: map[string]string{"x": "salry"}})
	if err == nil || !strings.Contains(err.Error(), "unknown field") {
		t.Fatalf("err = %v", err)
	}
}

func TestMalformedRows(t *testing.T) {
	content := "id,title,body\n" + // 1
		"1,A,ok\n" + // 2
		"2,B\n" + // 3: too few fields
		"3,C,5\" screen\n" + // 4: bare quote
		"4,D,\"x\"y\n" + // 5: junk after a closing quote
		"5,E,\"fine\nstill fine\"\n" + // 6-7
		"6,F,\xff\xfe\n" + // 8: invalid UTF-8
		"7,G,\"" + strings.Repeat("long ", 40) + "\"\n" + // 9: oversized
		"8,H,last\n" // 10
	r, p := openString(t, "bad.csv", content, Options{MaxItemBytes: 120})
	items := readAll(t, r)
	type want struct {
		id, errHas string
	}
	wants := []want{{"1", ""}, {p + ":3", "2 fields"}, {p + ":4", `bare "`}, {p + ":5", `extraneous or missing "`},
		{"5", ""}, {p + ":8", "UTF-8"}, {p + ":9", "larger than 120"}, {"8", ""}}
	if len(items) != len(wants) {
		for _, it := range items {
			t.Logf("%s %v", it.Source, it.Err)
		}
		t.Fatalf("got %d items, want %d", len(items), len(wants))
	}
	for i, w := range wants {
		it := items[i]
		if w.errHas == "" {
			if it.Err != nil || it.Listing.ID != w.id {
				t.Errorf("item %d: id %q err %v, want id %q", i, it.Listing.ID, it.Err, w.id)
			}
			continue
		}
		if it.Err == nil || !strings.Contains(it.Err.Error(), w.errHas) || !strings.HasPrefix(it.Err.Error(), w.id) || it.Source != w.id {
			t.Errorf("item %d: source %q err %v; want %q naming %q", i, it.Source, it.Err, w.errHas, w.id)
		}
	}
}

func TestUnclosedQuoteResyncs(t *testing.T) {
	r, p := openString(t, "u.csv", "id,body\n1,\"never closed\n2,fine\n3,also fine\n", Options{})
	items := readAll(t, r)
	if len(items) != 3 || items[0].Err == nil || items[0].Source != p+":2" || items[1].Listing.ID != "2" || items[2].Listing.ID != "3" {
		for _, it := range items {
			t.Logf("%s %q %v", it.Source, it.Listing.ID, it.Err)
		}
		t.Fatal("did not resync after an unclosed quote")
	}
}

func TestBadJSONLLines(t *testing.T) {
	r, p := openString(t, "a.jsonl", "{\"body\":\"a\"}\n{nope\n[1]\n{\"body\":{\"x\":1}}\n{\"body\":\"e\"}\n", Options{})
	items := readAll(t, r)
	for i, line := range []int{2, 3, 4} {
		if it := items[i+1]; it.Err == nil || !strings.HasPrefix(it.Err.Error(), p+":"+string(rune('0'+line))) {
			t.Errorf("line %d: err %v", line, it.Err)
		}
	}
	if len(items) != 5 || items[4].Err != nil || items[4].Listing.Body != "e" {
		t.Errorf("later lines not read: %+v", items)
	}
}

func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b/2.txt": "two", "a.csv": "id,body\n1,x\n2,y\n", "c.jsonl": "{\"body\":\"z\"}\n",
		".git/x.txt": "hidden", "notes.pdf": "skip", "d.HTML": "<html><body><p>page</p></body></html>",
	}
	for name, c := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(c), 0o644)
	}
	r, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := r.Total(); n != 5 {
		t.Errorf("Total = %d, want 5", n)
	}
	var got []string
	for _, it := range readAll(t, r) {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		got = append(got, strings.TrimPrefix(it.Source, dir+string(filepath.Separator)))
	}
	want := []string{"a.csv:2", "a.csv:3", filepath.Join("b", "2.txt"), "c.jsonl:1", "d.HTML"}
	if !slices.Equal(got, want) {
		t.Errorf("sources %q, want %q", got, want)
	}
}

func TestStdinSniffing(t *testing.T) {
	tests := []struct{ name, in, wantBody string }{
		{"csv", "id,title,description\n1,T,from csv\n", "from csv"},
		{"tsv", "title\tdescription\nT\tfrom tsv\n", "from tsv"},
		{"jsonl", "{\"description\":\"from jsonl\"}\n", "from jsonl"},
		{"json", "[\n {\"body\": \"from json\"}\n]", "from json"},
		{"html", "<!doctype html><html><body><main><p>from html page</p></main></body></html>", "from html page"},
		{"text", "Earn $500 a day, from text", "Earn $500 a day, from text"},
		{"text with commas", "Hello, world, nice job\nmore", "Hello, world, nice job\nmore"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(context.Background(), "-", Options{Stdin: strings.NewReader(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			if r.Total() != -1 {
				t.Errorf("Total of stdin = %d", r.Total())
			}
			items := readAll(t, r)
			if len(items) != 1 || items[0].Err != nil || !strings.Contains(items[0].Listing.Body, tt.wantBody) {
				t.Fatalf("items %+v", items)
			}
		})
	}
	if _, err := Open(context.Background(), "-", Options{}); err == nil {
		t.Error("no error reading - without Stdin")
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r, err := NewReader(ctx, "in", strings.NewReader("id,body\n1,a\n2,b\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := r.Next(); !ok {
		t.Fatal("no first item")
	}
	cancel()
	if _, ok := r.Next(); ok || !errors.Is(r.Err(), context.Canceled) {
		t.Errorf("read on after cancel; Err = %v", r.Err())
	}
}

func TestTotal(t *testing.T) {
	r, _ := openString(t, "a.csv", "id,body\n1,\"a\nb\"\n\n2,c", Options{})
	if n := r.Total(); n != 2 {
		t.Errorf("Total = %d, want 2", n)
	}
	if n := len(readAll(t, r)); n != 2 {
		t.Errorf("read %d items", n)
	}
}
