package httpapi

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeDOM is just enough of a browser for app.js: nodes that record their
// text and children, and a fetch that answers with the report under test.
// Any use of innerHTML throws, so the test also proves it is never set.
const fakeDOM = `
const fs = require('fs');
class Node {
  constructor(tag) { this.tag = tag; this.children = []; this.attrs = {}; this.text = ''; this.listeners = {};
    this.classList = { set: new Set(), add: (c) => this.classList.set.add(c), remove: (c) => this.classList.set.delete(c) }; }
  set className(v) { v.split(' ').filter(Boolean).forEach(c => this.classList.add(c)); }
  set innerHTML(v) { throw new Error('innerHTML assigned'); }
  set textContent(v) { this.text = String(v); this.children = []; }
  get textContent() { return this.tag === '#text' ? this.text : this.text + this.children.map(c => c.textContent).join(''); }
  get firstChild() { return this.children[0] || null; }
  appendChild(c) { this.children.push(c); return c; }
  removeChild(c) { this.children = this.children.filter(x => x !== c); }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  addEventListener(t, f) { this.listeners[t] = f; }
  focus() { global.focused = this; }
  scrollIntoView() {}
  all() { return [this].concat(...this.children.map(c => c.all())); }
  querySelectorAll(sel) { const [tag, cls] = sel.split('.'); return this.all().filter(n => n.tag === tag && n.classList.set.has(cls)); }
}
const byId = {};
['check-form', 'advert', 'page-file', 'status', 'results', 'clear'].forEach(id => byId[id] = new Node('div'));
byId['page-file'].files = [];
global.document = { getElementById: (id) => byId[id], createElement: (t) => new Node(t),
  createTextNode: (s) => { const n = new Node('#text'); n.text = s; return n; } };
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
global.fetch = () => Promise.resolve({ ok: true, json: () => Promise.resolve(report) });
eval(fs.readFileSync(process.argv[3], 'utf8') + '\n' + fs.readFileSync(process.argv[4], 'utf8'));
byId['advert'].value = 'x';
byId['check-form'].listeners.submit({ preventDefault() {} });
setTimeout(() => {
  const results = byId['results'];
  const marks = results.all().filter(n => n.tag === 'mark');
  const advert = results.all().find(n => n.classList.set.has('advert'));
  if (advert.textContent !== report.text) throw new Error('advert text altered');
  for (const f of report.findings) for (const e of f.evidence)
    if (!marks.some(m => e.text.includes(m.textContent) && m.textContent.length > 0)) throw new Error('no mark for ' + e.text);
  for (const m of marks)
    if (!report.findings.some(f => f.evidence.some(e => e.text.includes(m.textContent)))) throw new Error('mark off its evidence: ' + m.textContent);
  const btn = results.all().find(n => n.tag === 'button');
  btn.listeners.click();
  if (!global.focused || global.focused.tag !== 'mark' || !global.focused.id) throw new Error('flag did not focus a mark');
  if (!report.findings[0].evidence.some(e => e.text.startsWith(global.focused.textContent))) throw new Error('focused the wrong mark: ' + global.focused.textContent);
  console.log('ok ' + marks.length);
}, 50);
`

// TestPageRendersHostileAdvert runs app.js under Node (when installed)
// against a real report of an Urdu advert with emoji and markup: the text
// must come out unchanged as text, every evidence span marked, and a
// flag's button must focus its first mark.
func TestPageRendersHostileAdvert(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	advert := `<img src=x onerror=alert(1)> 📢 خوشخبری! گھر بیٹھے کام <script>alert(2)</script>` +
		"\nرجسٹریشن فیس 2000 روپے. Pay a registration fee of Rs 2000 via EasyPaisa 😀. WhatsApp only 0345-2287460."
	w := do(newTestServer(t, Config{}).Handler(), "POST", "/v1/screen", "text/plain", advert)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"evidence"`) {
		t.Fatalf("%d %s", w.Code, w.Body.String())
	}
	dir := t.TempDir()
	files := map[string]string{"report.json": w.Body.String(), "offsets.js": readStatic(t, "offsets.js"),
		"app.js": readStatic(t, "app.js"), "test.js": fakeDOM}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(node, filepath.Join(dir, "test.js"), filepath.Join(dir, "report.json"),
		filepath.Join(dir, "offsets.js"), filepath.Join(dir, "app.js")).CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "ok ") {
		t.Fatalf("%v: %s", err, out)
	}
	t.Logf("%s", out)
}
