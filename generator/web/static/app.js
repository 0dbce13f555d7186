// fwgen's page: every answer goes to the JSON API (the one curl uses too) and the answer redraws
// the page. Data is only ever written with textContent, never parsed as HTML.
"use strict";

const state = {
  needs: { kind: null, needs: [], hard: [], experience: "intermediate", async_experience: false, size: "medium" },
  ranking: null,
  framework: null,      // the template in use
  chosenByUser: false,  // once the user picks a framework, the ranking no longer changes it
  given: {},            // the options the user set; the rest take their (need-informed) defaults
  preview: null,
  shownFile: null,
};
const $ = (id) => document.getElementById(id);
const SHOWN = 5;  // frameworks listed before "the other N"

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, "");
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  const reply = await fetch(path, options);
  if (!reply.ok) {
    let message = `${reply.status} ${reply.statusText}`;
    try { message = (await reply.json()).error; } catch (_) { /* not JSON */ }
    throw new Error(message);
  }
  return reply;
}

function showError(error) {
  $("error").hidden = !error;
  $("error").textContent = error ? error.message : "";
}

function debounce(fn, ms) {
  let timer;
  return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
}

// --- 1. the needs ------------------------------------------------------------------------------

function drawQuestions(q) {
  for (const kind of q.kind) {
    $("kinds").append(el("label", { title: kind.description },
      el("input", { type: "radio", name: "kind", value: kind.key, id: `kind-${kind.key}` }),
      el("span", {}, kind.label)));
  }
  let group = null;
  for (const need of q.needs) {
    if (need.group !== group) {
      group = need.group;
      $("needs").append(el("h3", {}, group === "feature" ? "Features" : "Qualities that matter most"));
    }
    $("needs").append(el("div", { class: "need" },
      el("label", { title: need.description },
        el("input", { type: "checkbox", name: "need", value: need.key, id: `need-${need.key}` }),
        el("span", {}, need.label)),
      el("label", { class: "must", title: "Only frameworks that meet it can be picked" },
        el("input", { type: "checkbox", name: "hard", value: need.key, id: `hard-${need.key}` }), "must")));
  }
  for (const [field, items] of [["experience", q.experience], ["size", q.size]]) {
    for (const item of items) $(field).append(el("option", { value: item.key, title: item.description }, item.label));
    $(field).value = state.needs[field];
  }
}

function readNeeds() {
  const checked = (name) => [...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
  const kind = document.querySelector("input[name=kind]:checked");
  const hard = checked("hard");
  state.needs = {
    kind: kind ? kind.value : null,
    needs: [...new Set([...checked("need"), ...hard])],
    hard,
    experience: $("experience").value,
    async_experience: $("async_experience").checked,
    size: $("size").value,
  };
  for (const key of hard) $(`need-${key}`).checked = true;  // a must is a need too
}

// --- 2. the ranking ----------------------------------------------------------------------------

async function recommend() {
  try {
    state.ranking = await (await api("/api/recommend", state.needs)).json();
    showError(null);
  } catch (error) { showError(error); return; }
  drawRanking();
  if (!state.chosenByUser && state.ranking.pick && state.ranking.pick !== state.framework) {
    setFramework(state.ranking.pick, false);
  } else {
    await refreshPreview();  // need-informed defaults may change with the needs
  }
}

function reasonLine(c) {
  const mark = { met: "✓", partly: "~", missed: "✗" }[c.verdict];
  return el("li", { class: c.verdict },
    `${mark} ${c.label}${c.hard ? " (must)" : ""}: ${c.note}`,
    el("span", { class: "hint" }, ` (counts because: ${c.sources.join("; ")})`));
}

function drawRanking() {
  const r = state.ranking;
  const pick = r.pick ? r.entries.find((e) => e.key === r.pick) : null;
  $("pick-line").textContent = pick
    ? `Recommended: ${pick.name} (confidence ${r.confidence}). ${r.notes.join(" ")}`
    : `No framework with a template fits. ${r.notes.join(" ")}`;
  $("pick-line").dataset.pick = r.pick || "";
  const list = $("ranking");
  list.replaceChildren();
  // The first few are what a choice is made between; the rest stay one click away.
  const more = el("ol", { start: SHOWN + 1 });
  const wasOpen = Boolean(document.querySelector("#ranking-more details[open]"));
  const rest = el("details", { open: wasOpen },
    el("summary", {}, `The other ${r.entries.length - SHOWN} frameworks`), more);
  r.entries.forEach((entry, index) => {
    const head = el("div", { class: "entry-head" },
      el("strong", {}, entry.name),
      el("span", { class: "score" }, `${entry.score.toFixed(1)} / 100`),
      el("span", { class: "status" }, entry.status === "template" ? "" :
        `${entry.status}${entry.alternative ? `, use ${entry.alternative}` : ""}`));
    if (entry.eligible && entry.key !== state.framework) {
      head.append(el("button", { type: "button", class: "link", onclick: () => setFramework(entry.key, true) },
        `Use ${entry.name}`));
    }
    const item = el("li", { class: entry.key === r.pick ? "pick" : "", "data-key": entry.key }, head,
      el("div", { class: "hint" }, entry.summary));
    for (const why of entry.exclusions) item.append(el("div", { class: "missed" }, `Excluded: ${why}`));
    if (index < 3) {
      item.append(el("ul", { class: "reasons" }, ...entry.criteria.slice(0, 5).map(reasonLine)));
    }
    (index < SHOWN ? list : more).append(item);
  });
  $("ranking-more").replaceChildren(...(r.entries.length > SHOWN ? [rest] : []));
}

// --- 3. the options ----------------------------------------------------------------------------

function setFramework(key, byUser) {
  state.chosenByUser = state.chosenByUser || byUser;
  // Answers every template shares (the name, the description, the author) survive the switch.
  const keep = ["project_name", "description", "author"];
  state.given = Object.fromEntries(Object.entries(state.given).filter(([k]) => keep.includes(k)));
  state.framework = key;
  $("framework").value = key;
  if (state.ranking) drawRanking();
  refreshPreview();
}

function optionField(option) {
  const id = `opt-${option.key}`;
  let input;
  if (option.kind === "text") {
    input = el("input", { type: "text", id, value: option.value, spellcheck: "false" });
    input.addEventListener("input", debounce(() => answer(option.key, input.value), 400));
  } else {
    input = el("select", { id, disabled: option.decided !== null });
    for (const choice of option.choices) {
      input.append(el("option", { value: choice.value, disabled: !choice.allowed,
        title: choice.reason || "" }, choice.allowed ? choice.label : `${choice.label} (unavailable)`));
    }
    input.value = option.value;
    input.addEventListener("change", () => answer(option.key, input.value));
  }
  const label = el("label", { class: "option", for: id }, el("span", {}, option.prompt), " ", input);
  const reasons = option.decided !== null ? [option.decided]
    : option.choices.filter((c) => !c.allowed).map((c) => `${c.label}: ${c.reason}`);
  for (const reason of reasons) label.append(el("span", { class: "reason", "data-option": option.key }, reason));
  return label;
}

function answer(key, value) {
  state.given[key] = value;
  refreshPreview();
}

// --- 4. preview, command, download -------------------------------------------------------------

function body() {
  return { framework: state.framework, answers: state.given, needs: state.needs };
}

let previewRun = 0;
async function refreshPreview() {
  if (!state.framework) return;
  const run = ++previewRun;
  let preview;
  try {
    preview = await (await api("/api/preview", body())).json();
  } catch (error) { if (run === previewRun) showError(error); return; }
  if (run !== previewRun) return;  // a newer answer is on its way
  showError(null);
  state.preview = preview;
  // Redrawing the options must not take the cursor out of the field being typed in.
  const focused = document.activeElement;
  const typing = focused && focused.id.startsWith("opt-") && focused.type === "text"
    ? [focused.id, focused.selectionStart, focused.value] : null;
  $("options-form").replaceChildren(...preview.options.map(optionField));
  if (typing && $(typing[0])) {
    $(typing[0]).value = typing[2];  // what was typed since the request left
    $(typing[0]).focus();
    if (typing[1] !== null && typing[1] !== undefined) $(typing[0]).setSelectionRange(typing[1], typing[1]);
  }
  $("command").textContent = preview.command;
  const files = $("files");
  files.replaceChildren(...preview.files.map((file) => el("li", {},
    el("button", { type: "button", class: "link", "data-path": file.path, onclick: () => showFile(file.path) },
      file.path))));
  const still = preview.files.find((f) => f.path === state.shownFile);
  showFile(still ? still.path : (preview.files.find((f) => f.path === "README.md") || preview.files[0]).path);
  document.body.dataset.ready = "true";
}

function showFile(path) {
  state.shownFile = path;
  const file = state.preview.files.find((f) => f.path === path);
  // The preview and the download are two generations: each .env gets its own fresh secrets.
  const note = path === ".env" ? "; the download gets fresh secrets of its own" : "";
  $("file-name").textContent = `${state.preview.folder}/${path} (${file.size} bytes${note})`;
  $("file-view").textContent = file.text === null ? "(binary or large file: see the zip)" : file.text;
  for (const button of $("files").querySelectorAll("button")) {
    button.setAttribute("aria-current", String(button.dataset.path === path));
  }
}

async function download() {
  try {
    const reply = await api("/api/generate", body());
    const url = URL.createObjectURL(await reply.blob());
    const link = el("a", { href: url, download: `${state.preview.folder}.zip` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    showError(null);
  } catch (error) { showError(error); }
}

async function copyCommand() {
  const text = $("command").textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch (_) {  // no clipboard permission: select it for Ctrl-C instead
    window.getSelection().selectAllChildren($("command"));
  }
  $("copied").hidden = false;
  setTimeout(() => { $("copied").hidden = true; }, 2000);
}

async function start() {
  try {
    const [questions, frameworks] = await Promise.all([
      api("/api/questions").then((r) => r.json()), api("/api/frameworks").then((r) => r.json()),
    ]);
    drawQuestions(questions);
    for (const t of frameworks.templates) $("framework").append(el("option", { value: t.framework }, t.framework));
  } catch (error) { showError(error); return; }
  const changed = debounce(() => { readNeeds(); recommend(); }, 250);
  $("needs-form").addEventListener("change", changed);
  $("framework").addEventListener("change", () => setFramework($("framework").value, true));
  $("download").addEventListener("click", download);
  $("copy").addEventListener("click", copyCommand);
  await recommend();
}

document.addEventListener("DOMContentLoaded", start);
