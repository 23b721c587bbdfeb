/** The report's stylesheet and its one script, inlined into the page (no external assets). */
import { decorationCss, ruleStyle } from './palette.js';

const BASE_CSS = `
:root { --ink: #1d2433; --muted: #545d6b; --paper: #f3f1ec; --card: #fff; --line: #e4e1d9; --margin: #faf8f3; --focus: #1d2433; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
a { color: #1849a9; }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
code { font: 0.92em/1.2 ui-monospace, "DejaVu Sans Mono", monospace; background: #f1efe9; border-radius: 3px; padding: 0 0.2em; }
.vh { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.skip { position: absolute; left: -10000px; top: 0.5rem; background: var(--card); color: var(--ink); padding: 0.5rem 0.8rem; border: 2px solid var(--ink); border-radius: 6px; z-index: 30; }
.skip:focus { left: 0.75rem; }
.wrap { max-width: 1280px; margin: 0 auto; padding: 1.25rem 1.25rem 5rem; }
.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.25rem; margin-bottom: 1rem; }
.top h1 { font-size: 1.45rem; margin: 0; letter-spacing: -0.01em; }
.top h1 .mark { display: inline-block; background: var(--ink); color: #fff; border-radius: 6px; padding: 0 0.4rem; margin-right: 0.45rem; font-size: 1.1rem; vertical-align: 0.1em; }
.chips { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0; padding: 0; list-style: none; }
.chip { background: var(--card); border: 1px solid var(--line); border-radius: 999px; padding: 0.05rem 0.65rem; font-size: 0.85rem; }
.chip b { font-variant-numeric: tabular-nums; }
.chip.err b { color: #b42318; } .chip.warn b { color: #8a4b00; } .chip.ok { border-color: #17703f; color: #17703f; font-weight: 600; }
.keys { flex-basis: 100%; margin: 0; color: var(--muted); font-size: 0.82rem; }
kbd { font: 0.78rem ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid #c9c5bb; border-bottom-width: 2px; border-radius: 4px; padding: 0 0.3em; background: var(--card); color: var(--ink); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 1px 2px rgba(29, 36, 51, 0.05); }
.summary { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr); gap: 1rem; margin-bottom: 1.5rem; }
.summary > section { padding: 0.9rem 1.1rem 1rem; }
.summary h2, .summary h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 0.6rem; }
.bars { width: 100%; border-collapse: collapse; font-size: 0.88rem; }
.bars th, .bars td { padding: 0.22rem 0; vertical-align: middle; text-align: left; font-weight: normal; }
.bars th { white-space: nowrap; padding-right: 0.75rem; max-width: 18rem; overflow: hidden; text-overflow: ellipsis; }
.bars td.num { text-align: right; white-space: nowrap; padding-left: 0.75rem; font-variant-numeric: tabular-nums; color: var(--muted); }
.bars td.num b { color: var(--ink); }
.bars td.bar { width: 100%; }
.track { display: flex; gap: 2px; height: 0.95rem; background: #efede7; border-radius: 4px; overflow: hidden; }
.stack { display: flex; gap: 2px; height: 100%; }
.seg { background: var(--c); min-width: 3px; }
.seg.p-boilerplate-leakage { background-image: repeating-linear-gradient(135deg, transparent 0 4px, rgba(255,255,255,.35) 4px 6px); }
.seg.p-missing-attribution { background-image: radial-gradient(rgba(255,255,255,.45) 1px, transparent 1.5px); background-size: 5px 5px; }
.seg.p-spelling { background-image: repeating-linear-gradient(90deg, transparent 0 5px, rgba(255,255,255,.35) 5px 7px); }
.rulename { display: inline-flex; align-items: center; gap: 0.55rem; }
.rulelabel { display: inline-flex; flex-direction: column; align-items: flex-start; line-height: 1.3; }
.bars .badge { margin: 0; vertical-align: 0; min-width: 1.6em; text-align: center; font-size: 0.78rem; }
.sample { font-family: Georgia, "DejaVu Serif", serif; }
.legend-line { color: var(--muted); font-size: 0.78rem; }
.more { color: var(--muted); font-size: 0.82rem; margin: 0.4rem 0 0; }
.where { margin-top: 0.9rem; }
.where h3 { margin-bottom: 0.45rem; }
.lane { display: grid; grid-template-columns: 1.9rem minmax(0, 1fr); align-items: center; margin: 0.2rem 0; }
.lane .badge { margin: 0; vertical-align: 0; min-width: 1.6em; text-align: center; font-size: 0.72rem; justify-self: start; }
.lane-track { position: relative; height: 0.8rem; background: #efede7; border-radius: 3px; }
.tick { position: absolute; top: 0; bottom: 0; min-width: 3px; background: var(--c); border-radius: 1px; }
.tick:hover { outline: 2px solid var(--ink); }
.axis { display: flex; justify-content: space-between; margin-left: 1.9rem; font-size: 0.72rem; color: var(--muted); }
.allclear { font-size: 1.05rem; color: #17703f; font-weight: 600; margin: 0.2rem 0 0; }
article.file { margin-bottom: 1.75rem; content-visibility: auto; contain-intrinsic-size: auto 1500px; }
.fhead { position: sticky; top: 0; z-index: 15; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.65rem 1.1rem; border-bottom: 1px solid var(--line); background: #fcfbf8; border-radius: 10px 10px 0 0; }
.fhead h2 { font: 600 1rem/1.3 ui-monospace, "DejaVu Sans Mono", monospace; margin: 0; overflow-wrap: anywhere; }
.fhead .chips { margin-left: auto; }
.fnav { font-size: 0.8rem; }
.text { background: linear-gradient(to left, var(--margin) 21.5rem, var(--card) 21.5rem); padding: 0.6rem 0 0.8rem; border-radius: 0 0 10px 10px; }
.row { display: grid; grid-template-columns: 3.2rem minmax(0, 1fr) 21.5rem; }
.text.plain { background: var(--card); }
.text.plain .row { grid-template-columns: 3.2rem minmax(0, 46rem); }
.row.blank { height: 0.75rem; }
.ln { color: #69707d; font: 0.72rem/1.9rem ui-monospace, "DejaVu Sans Mono", monospace; text-align: right; padding-right: 0.8rem; user-select: none; }
.row.has-f .ln { color: var(--c); font-weight: 700; }
.txt { font: 1.06rem/1.75 Georgia, "DejaVu Serif", "Times New Roman", serif; white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.15rem 1.6rem 0.15rem 0; min-width: 0; }
.notes { padding: 0.2rem 0.9rem 0.2rem 0.9rem; min-width: 0; }
.text.float { position: relative; }
.text.float .notes { position: absolute; right: 0; width: 21.5rem; padding-top: 0; }
.hl { background: var(--t); color: inherit; border-radius: 2px; padding: 0 1px; text-decoration-color: var(--c); scroll-margin: 6rem 0; cursor: help; }
.hl.del { text-decoration-line: line-through; text-decoration-style: solid; text-decoration-thickness: 2px; text-decoration-color: var(--c); color: #4a515e; }
.hl.caret { padding: 0; background: none; }
.hl:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.hl.on { box-shadow: 0 0 0 2px var(--c); }
.badge { display: inline-block; background: var(--c); color: #fff; font: 700 0.66rem/1.45 system-ui, "DejaVu Sans", sans-serif; border-radius: 999px; padding: 0 0.42em; margin-right: 0.3em; vertical-align: 0.18em; text-decoration: none; white-space: nowrap; letter-spacing: 0.01em; }
a.badge { color: #fff; }
.rel { outline: 2px dotted var(--c); outline-offset: 1px; border-radius: 2px; scroll-margin: 6rem; }
.rel[id]::before { content: "related"; display: inline-block; font: 700 0.62rem/1.45 system-ui, "DejaVu Sans", sans-serif; text-transform: uppercase; letter-spacing: 0.05em; color: var(--c); border: 1px solid var(--c); border-radius: 3px; padding: 0 0.3em; margin-right: 0.3em; vertical-align: 0.2em; }
.rel.r-duplicate-label[id]::before { content: "first"; }
.rel.on, .rel:target { background: var(--t); }
.rel:focus { outline: 3px solid var(--focus); }
ins.fix-ins { text-decoration: none; background: #e4f5e9; border: 1px solid #17703f; border-radius: 3px; padding: 0 0.25em; margin-left: 0.2em; }
.note { position: relative; background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--c); border-radius: 0 7px 7px 0; padding: 0.35rem 0.6rem 0.4rem; margin: 0.25rem 0 0.45rem; font-size: 0.8rem; line-height: 1.4; }
.note.on { box-shadow: 0 0 0 2px var(--c), 0 6px 18px rgba(29, 36, 51, 0.18); z-index: 6; }
.notes:has(.on) { z-index: 6; }
.note .msg { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
.note.repeat .msg { -webkit-line-clamp: 2; }
.note.repeat .rid { display: none; }
.note .count { font-weight: 700; color: var(--c); }
.note .also a { font-variant-numeric: tabular-nums; }
.note.on .msg, .note:focus-within .msg { display: block; }
.note.on .rid, .note:focus-within .rid { display: block; }
.nh { display: flex; flex-wrap: wrap; align-items: center; gap: 0.15rem 0.45rem; }
.nh .badge { margin: 0; vertical-align: 0; }
.nl { font-weight: 700; color: var(--c); }
.sev { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.sev-2 .sev { color: #b42318; font-weight: 700; }
.pos { margin-left: auto; font: 0.72rem ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
.note p { margin: 0.2rem 0 0; }
.note .fix { color: #14532d; }
.note .rid { font: 0.68rem ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
.muted { color: var(--muted); }
.unplaced { padding: 0.5rem 1.1rem 1rem; }
.clean { padding: 0.8rem 1.1rem; }
.clean summary { cursor: pointer; color: #17703f; font-weight: 600; }
.fnav { display: flex; align-items: center; gap: 0.35rem; font-size: 0.82rem; }
.fnav[hidden] { display: none; }
.fnav button { font: inherit; border: 1px solid #c9c5bb; background: #fff; color: var(--ink); border-radius: 999px; padding: 0.05rem 0.65rem; cursor: pointer; }
.fnav button:hover { background: #f3f1ec; }
.fpos { min-width: 3.8rem; text-align: center; font-variant-numeric: tabular-nums; color: var(--muted); }
#tip { position: absolute; z-index: 25; max-width: 26rem; background: var(--ink); color: #fff; padding: 0.45rem 0.65rem; border-radius: 7px; font-size: 0.82rem; line-height: 1.4; pointer-events: none; box-shadow: 0 6px 18px rgba(0,0,0,.2); }
#tip[hidden] { display: none; }
#tip code { background: rgba(255,255,255,.14); color: #fff; }
footer { color: var(--muted); font-size: 0.8rem; margin-top: 2rem; }
@media (max-width: 1000px) {
  .summary { grid-template-columns: minmax(0, 1fr); }
  .text { background: var(--card); }
  .row { grid-template-columns: 2.6rem minmax(0, 1fr); }
  .notes { grid-column: 2; padding: 0 1rem 0.3rem 0; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media print { .fnav, #tip, .skip, .keys { display: none !important; } .fhead { position: static; } article.file { content-visibility: visible; } body { background: #fff; } .card { box-shadow: none; } .note .msg { display: block; } .note .rid { display: block; } }
@media (forced-colors: active) { .hl, .rel { forced-color-adjust: none; } .badge { border: 1px solid CanvasText; } }
`;

/** The stylesheet, with one colour/decoration block per rule that appears in the report. */
export function stylesheet(ruleIds: readonly string[]): string {
  const perRule = ruleIds.map((id) => {
    const st = ruleStyle(id);
    return `.r-${st.key} { --c: ${st.colour}; --t: ${st.tint}; }\n.hl.r-${st.key} { ${decorationCss(id)} }\n.hl.r-${st.key}.del { text-decoration-line: line-through; text-decoration-style: solid; }`;
  });
  return `${BASE_CSS}\n${perRule.join('\n')}\n`;
}

/**
 * Keyboard navigation (j/k or n/p between findings, ]/[ between articles), the tooltip and the
 * highlighting of a finding's note and pieces. The page works without it: every finding is a
 * Tab stop with a title and a margin note.
 */
export const SCRIPT = `(() => {
  const marks = Array.from(document.querySelectorAll('mark[id][tabindex="0"]'));
  const files = Array.from(document.querySelectorAll('article.file'));
  const navs = Array.from(document.querySelectorAll('.fnav'));
  const out = document.getElementById('pager-pos');
  const tip = document.getElementById('tip');
  let current = -1;
  for (const el of document.querySelectorAll('mark[title]')) { el.dataset.msg = el.title; el.removeAttribute('title'); }
  const pieces = (n) => document.querySelectorAll('[data-f="' + n + '"]');
  const light = (el, on) => {
    const ids = el.dataset.group ? el.dataset.group.split(' ') : [el.dataset.f];
    for (const n of ids) for (const x of pieces(n)) x.classList.toggle('on', on);
    const mark = document.getElementById('f' + ids[0]);
    const note = mark && document.getElementById(mark.getAttribute('aria-describedby'));
    if (note) note.classList.toggle('on', on);
  };
  const showTip = (mark) => {
    const first = document.getElementById('f' + mark.dataset.f);
    const msg = first && first.dataset.msg;
    if (!msg) return;
    tip.textContent = '';
    msg.split('\u0060').forEach((part, i) => {
      if (i % 2) { const c = document.createElement('code'); c.textContent = part; tip.append(c); } else tip.append(part);
    });
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const w = tip.offsetWidth;
    const left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - w - 8));
    tip.style.left = left + 'px';
    tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
  };
  const hideTip = () => { tip.hidden = true; };
  const status = () => {
    const text = (current >= 0 ? current + 1 : '–') + ' / ' + marks.length;
    if (out) out.value = text;
    for (const n of navs) n.querySelector('.fpos').textContent = text;
  };
  const go = (i) => {
    if (!marks.length) return;
    current = (i + marks.length) % marks.length;
    const m = marks[current];
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  };
  const step = (d) => {
    if (current < 0) {
      const y = window.innerHeight / 3;
      const ahead = marks.findIndex((m) => m.getBoundingClientRect().top >= y);
      go(d > 0 ? (ahead < 0 ? 0 : ahead) : (ahead <= 0 ? marks.length - 1 : ahead - 1));
    } else go(current + d);
  };
  const jumpFile = (d) => {
    if (!files.length) return;
    const inside = document.activeElement && document.activeElement.closest && document.activeElement.closest('article.file');
    let cur = files.indexOf(inside);
    if (cur < 0) for (let i = 0; i < files.length && files[i].getBoundingClientRect().top <= 80; i++) cur = i;
    let to;
    if (d > 0) to = Math.min(cur + 1, files.length - 1);
    else if (cur < 0) to = 0;
    else to = files[cur].getBoundingClientRect().top < -10 ? cur : Math.max(cur - 1, 0);
    const h = files[to].querySelector('h2');
    h.focus({ preventScroll: true });
    files[to].scrollIntoView({ block: 'start' });
  };
  document.addEventListener('focusin', (e) => {
    const m = e.target.closest && e.target.closest('mark[data-f]');
    if (!m) return;
    const i = marks.indexOf(m);
    if (i >= 0) current = i;
    light(m, true);
    showTip(m);
    status();
  });
  document.addEventListener('focusout', (e) => {
    const m = e.target.closest && e.target.closest('mark[data-f]');
    if (m) { light(m, false); hideTip(); }
  });
  document.addEventListener('mouseover', (e) => {
    const el = e.target.closest && e.target.closest('[data-f]');
    if (!el) return;
    light(el, true);
    if (el.matches('mark')) showTip(el);
  });
  document.addEventListener('mouseout', (e) => {
    const el = e.target.closest && e.target.closest('[data-f]');
    if (!el || (e.relatedTarget && el.contains(e.relatedTarget))) return;
    if (document.activeElement && document.activeElement.dataset && document.activeElement.dataset.f === el.dataset.f) return;
    light(el, false);
    hideTip();
  });
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const k = e.key;
    if (k === 'j' || k === 'n') step(1);
    else if (k === 'k' || k === 'p') step(-1);
    else if (k === ']') jumpFile(1);
    else if (k === '[') jumpFile(-1);
    else if (k === 'Escape') { hideTip(); return; }
    else return;
    e.preventDefault();
  });
  // Notes float in the margin beside their line, pushed down only as far as the note above
  // them needs, so long notes never open gaps in the text. Narrow screens keep them inline.
  // Each article is laid out when it comes near the viewport (long reports render lazily).
  const wide = matchMedia('(min-width: 1001px)');
  const layout = (text) => {
    const notes = Array.from(text.querySelectorAll('.notes'));
    text.style.paddingBottom = '';
    text.classList.toggle('float', wide.matches && notes.length > 0);
    if (!text.classList.contains('float')) { for (const n of notes) n.style.top = ''; return; }
    // Read every position first and write afterwards: one reflow, however many notes.
    const height = text.offsetHeight;
    const plan = notes.map((n) => ({ n, row: n.parentElement.offsetTop, h: n.offsetHeight }));
    let bottom = 0;
    for (const x of plan) {
      const top = Math.max(x.row, bottom);
      x.n.style.top = top + 'px';
      bottom = top + x.h + 6;
    }
    if (bottom > height) text.style.paddingBottom = bottom - height + 16 + 'px';
  };
  const texts = Array.from(document.querySelectorAll('.text'));
  const near = new Set();
  const done = new WeakSet();
  const io = 'IntersectionObserver' in window ? new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) { near.delete(e.target); continue; }
      near.add(e.target);
      if (!done.has(e.target)) { done.add(e.target); layout(e.target); }
    }
  }, { rootMargin: '1500px 0px' }) : null;
  if (io) for (const t of texts) io.observe(t);
  else for (const t of texts) layout(t);
  let pending = 0;
  const relayout = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      for (const t of texts) if (!near.has(t)) done.delete(t);
      for (const t of near) { done.add(t); layout(t); }
    });
  };
  window.addEventListener('resize', relayout);
  wide.addEventListener('change', relayout);
  document.addEventListener('toggle', relayout, true);
  if (document.fonts) document.fonts.ready.then(relayout);
  if (marks.length) {
    for (const nav of navs) {
      nav.hidden = false;
      nav.addEventListener('click', (e) => {
        const b = e.target.closest('button');
        if (b) step(b.dataset.go === 'prev' ? -1 : 1);
      });
    }
    status();
  }
})();`;
