// The editor's page: checks the draft against the chosen story's stored coverage and shows the conflicts.
// Article and draft text only ever reach the page as text nodes (textContent), never as markup.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const story = $("story"), draft = $("draft"), published = $("published"), status = $("status");
  let pending = null, sequence = 0;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function say(text, failed) {
    status.textContent = text;
    status.classList.toggle("failed", !!failed);
  }

  async function errorOf(response) {
    try {
      const body = await response.json();
      if (body && body.error) return body.error;
    } catch (ignored) { /* not JSON */ }
    return "the server answered " + response.status;
  }

  async function loadStories() {
    try {
      const response = await fetch("/api/stories", {headers: {"Accept": "application/json"}});
      if (!response.ok) throw new Error(await errorOf(response));
      const body = await response.json();
      story.replaceChildren();
      for (const s of body.stories) {
        const option = el("option", null, s.story + " (" + s.articles + (s.articles === 1 ? " article)" : " articles)"));
        option.value = s.story;
        story.appendChild(option);
      }
      const wanted = new URLSearchParams(location.search).get("story");
      if (wanted && body.stories.some((s) => s.story === wanted)) story.value = wanted;
      if (body.stories.length === 0) say("No stories are stored yet: store articles with PUT /api/stories/STORY/articles/FILE.", true);
      updateReportLink();
    } catch (e) {
      say("Cannot list the stories: " + e.message, true);
    }
  }

  function updateReportLink() {
    const link = $("report-link");
    link.hidden = !story.value;
    link.href = "/api/stories/" + encodeURIComponent(story.value) + "/report?format=html";
  }

  async function check() {
    if (!story.value) return;
    const text = draft.value;
    if (!text.trim()) {
      $("result").hidden = true;
      say("");
      return;
    }
    const mine = ++sequence;
    say("Checking…");
    const body = {text: text};
    if (published.value) body.published = published.value;
    try {
      const response = await fetch("/api/stories/" + encodeURIComponent(story.value) + "/check", {
        method: "POST", headers: {"Content-Type": "application/json", "Accept": "application/json"}, body: JSON.stringify(body)});
      if (mine !== sequence) return; // a newer check is under way
      if (!response.ok) throw new Error(await errorOf(response));
      show(text, await response.json());
    } catch (e) {
      if (mine === sequence) say("The check failed: " + e.message, true);
    }
  }

  function show(typed, report) {
    const byId = new Map(report.claims.map((c) => [c.id, c]));
    const articles = new Map(report.articles.map((a) => [a.id, a]));
    const draftArticle = report.articles[report.articles.length - 1];
    // Claim offsets index the draft as read: without its front matter, which is the start of what was typed.
    const shift = typed.length >= draftArticle.length ? typed.length - draftArticle.length : 0;
    const spans = [];
    for (const f of report.findings) {
      for (const id of f.claims) {
        const c = byId.get(id);
        if (!c || c.article !== draftArticle.id) continue;
        const at = typed.lastIndexOf(c.sentence, c.start + shift);
        const whole = at >= 0 && at + c.sentence.length >= c.end + shift;
        spans.push({start: whole ? at : c.start + shift, end: whole ? at + c.sentence.length : c.end + shift, finding: f});
      }
    }
    renderDraft(typed, spans);
    const notes = $("notes");
    notes.replaceChildren(...report.warnings.map((w) => el("li", null, w)));
    const findings = $("findings");
    findings.replaceChildren(...report.findings.map((f) => card(f, byId, articles, draftArticle, typed, shift)));
    const n = report.findings.length;
    $("verdict").textContent = n === 0 ? "No contradiction with the coverage"
      : n + (n === 1 ? " sentence contradicts" : " contradictions with") + " the coverage";
    $("result").hidden = false;
    say("Checked against " + (report.articles.length - 1) + " articles of " + story.value + ".");
  }

  function renderDraft(text, spans) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const view = $("draft-view");
    view.replaceChildren();
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue; // nested in, or overlapping, a sentence already marked
      view.appendChild(document.createTextNode(text.slice(at, s.start)));
      const mark = el("mark", "conflict sev-" + s.finding.severity, text.slice(s.start, s.end));
      mark.title = s.finding.message;
      mark.dataset.finding = s.finding.id;
      view.appendChild(mark);
      at = s.end;
    }
    view.appendChild(document.createTextNode(text.slice(at)));
  }

  function lineOf(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  }

  function quote(sentence, c) {
    const q = el("blockquote");
    const at = sentence.indexOf(c.text);
    if (at < 0) {
      q.appendChild(el("mark", null, c.text));
      return q;
    }
    q.appendChild(document.createTextNode(sentence.slice(0, at)));
    q.appendChild(el("mark", null, c.text));
    q.appendChild(document.createTextNode(sentence.slice(at + c.text.length)));
    return q;
  }

  function card(f, byId, articles, draftArticle, typed, shift) {
    const card = el("article", "card sev-" + f.severity);
    card.id = "finding-" + f.id;
    const h = el("h3");
    h.appendChild(el("span", "badge " + f.severity, f.severity));
    h.appendChild(document.createTextNode(f.attribute + " of " + f.event));
    card.appendChild(h);
    for (const v of f.values) {
      const claims = v.claims.map((id) => byId.get(id)).filter(Boolean);
      const isMine = claims.some((c) => c.article === draftArticle.id);
      const box = el("div", "value" + (isMine ? " mine" : ""));
      box.appendChild(el("b", null, v.value));
      const list = el("ul");
      for (const c of claims) {
        const li = el("li");
        if (c.article === draftArticle.id) {
          li.appendChild(el("span", "src", "Your draft"));
          li.appendChild(el("span", "loc", " line " + lineOf(typed, c.start + shift)));
        } else {
          const a = articles.get(c.article);
          li.appendChild(el("span", "src", a ? a.source : c.article));
          li.appendChild(el("span", "loc", " " + (a && a.published ? a.published : "no date") + (a ? " · " + a.file : "")));
        }
        li.appendChild(quote(c.sentence, c));
        list.appendChild(li);
      }
      box.appendChild(list);
      card.appendChild(box);
    }
    card.appendChild(el("p", "rule muted", f.explanation + " (rule: " + f.rule + ")"));
    return card;
  }

  $("draft-form").addEventListener("submit", (e) => { e.preventDefault(); clearTimeout(pending); check(); });
  draft.addEventListener("input", () => { clearTimeout(pending); pending = setTimeout(check, 700); });
  published.addEventListener("change", check);
  story.addEventListener("change", () => { updateReportLink(); check(); });
  loadStories();
})();
