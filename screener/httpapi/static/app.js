'use strict';

// The page builds every node with createElement and textContent: the
// advert is hostile input, and markup in it must stay text.
(function () {
  var BANDS = {
    low: 'Low risk',
    medium: 'Medium risk — check carefully before you apply',
    high: 'High risk — several signs of a recruitment scam'
  };

  var form = document.getElementById('check-form');
  var advert = document.getElementById('advert');
  var file = document.getElementById('page-file');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var busy = false;

  function el(tag, className, text) {
    var n = document.createElement(tag);
    if (className) {
      n.className = className;
    }
    if (text !== undefined) {
      n.textContent = text;
    }
    return n;
  }

  function clearResults() {
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    results.hidden = true;
  }

  // check sends the chosen page, or else the pasted text, to the API.
  // The button is not disabled while busy: disabling it would throw
  // keyboard focus back to the top of the page.
  function check(ev) {
    ev.preventDefault();
    if (busy) {
      return;
    }
    var page = file.files && file.files[0];
    if (!page && advert.value.trim() === '') {
      status.textContent = 'Paste an advert or choose a saved page first.';
      advert.focus();
      return;
    }
    busy = true;
    status.textContent = 'Checking…';
    fetch('v1/screen', {
      method: 'POST',
      headers: { 'Content-Type': page ? 'text/html' : 'text/plain; charset=utf-8' },
      body: page || advert.value
    }).then(function (res) {
      return res.json().then(function (data) {
        if (!res.ok) {
          throw new Error(data && data.error ? data.error : 'the server answered ' + res.status);
        }
        render(data);
      });
    }).catch(function (err) {
      clearResults();
      status.textContent = 'Could not check the advert: ' + err.message;
    }).then(function () {
      busy = false;
    });
  }

  function render(rep) {
    clearResults();
    var findings = rep.findings || [];
    var band = BANDS[rep.band] ? rep.band : 'low';
    status.textContent = 'Score ' + rep.score + ' out of 100: ' + BANDS[band] + '. ' +
      findings.length + (findings.length === 1 ? ' sign' : ' signs') + ' found.';
    var summary = el('div', 'summary');
    summary.appendChild(el('p', 'score', 'Score ' + rep.score + '/100'));
    summary.appendChild(el('p', 'band band-' + band, BANDS[band]));
    results.appendChild(summary);
    (rep.warnings || []).forEach(function (w) {
      results.appendChild(el('p', 'warning', 'Note: ' + w));
    });
    var text = el('div', 'advert');
    text.setAttribute('dir', 'auto');
    var first = highlight(text, rep.text || '', findings);
    results.appendChild(el('h2', '', findings.length ? 'Signs found' : 'No warning signs found'));
    if (!findings.length) {
      results.appendChild(el('p', '', 'That is not a guarantee: still never pay to get a job.'));
    }
    results.appendChild(flagList(findings, first, text));
    results.appendChild(el('h2', '', 'The advert as checked'));
    results.appendChild(text);
    results.hidden = false;
  }

  function flagList(findings, first, text) {
    var list = el('ol', 'findings');
    findings.forEach(function (f, i) {
      var item = el('li', f.points > 0 ? 'flag risk' : 'flag safe');
      var pts = (f.points > 0 ? '+' : '') + f.points;
      var btn = el('button', 'flag-title', f.title + ' (' + pts + ' points)');
      btn.type = 'button';
      var target = first[i];
      if (target) {
        btn.setAttribute('aria-controls', target.id);
        btn.addEventListener('click', function () { showEvidence(text, i, target); });
      } else {
        btn.setAttribute('aria-disabled', 'true');
        btn.title = 'This sign has no quoted text';
      }
      item.appendChild(btn);
      item.appendChild(labelled('Why: ', f.why));
      item.appendChild(labelled('What to do: ', f.advice));
      list.appendChild(item);
    });
    return list;
  }

  function labelled(label, body) {
    var p = el('p');
    p.appendChild(el('strong', '', label));
    p.appendChild(document.createTextNode(body || ''));
    return p;
  }

  function showEvidence(text, i, target) {
    Array.prototype.forEach.call(text.querySelectorAll('mark.active'), function (m) {
      m.classList.remove('active');
    });
    Array.prototype.forEach.call(text.querySelectorAll('mark.f' + i), function (m) {
      m.classList.add('active');
    });
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  // highlight appends text to container with every evidence span in a
  // <mark>. Spans of different findings may overlap, so the text is cut at
  // every span edge and each piece is marked for all the spans covering
  // it. It returns, per finding, the mark where its earliest span starts.
  function highlight(container, s, findings) {
    var at = byteIndexer(s);
    var spans = [];
    var cuts = [0, s.length];
    findings.forEach(function (f, fi) {
      (f.evidence || []).forEach(function (e) {
        var a = at(e.start);
        var b = at(e.end);
        if (b > a) {
          spans.push({ start: a, end: b, fi: fi });
          cuts.push(a, b);
        }
      });
    });
    cuts = cuts.sort(function (x, y) { return x - y; }).filter(function (x, k, all) {
      return k === 0 || x !== all[k - 1];
    });
    var first = {};
    for (var k = 0; k + 1 < cuts.length; k++) {
      appendPiece(container, s, cuts[k], cuts[k + 1], spans, findings, first, k);
    }
    return first;
  }

  function appendPiece(container, s, a, b, spans, findings, first, k) {
    var piece = s.slice(a, b);
    var covering = spans.filter(function (sp) { return sp.start <= a && sp.end >= b; });
    if (!covering.length) {
      container.appendChild(document.createTextNode(piece));
      return;
    }
    var mark = el('mark', '', piece);
    mark.id = 'ev-' + k;
    mark.tabIndex = -1;
    var titles = [];
    covering.forEach(function (sp) {
      mark.classList.add('f' + sp.fi);
      titles.push(findings[sp.fi].title);
      if (sp.start === a && !first[sp.fi]) {
        first[sp.fi] = mark;
      }
    });
    mark.title = titles.join('; ');
    container.appendChild(mark);
  }

  form.addEventListener('submit', check);
  document.getElementById('clear').addEventListener('click', function () {
    form.reset();
    clearResults();
    status.textContent = '';
    advert.focus();
  });
})();
