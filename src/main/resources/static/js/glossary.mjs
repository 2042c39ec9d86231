// Marks the first use of each glossary abbreviation in the page's main content with
// <abbr title="meaning">, from the partnership's glossary (or the shared one on public pages).
const SKIP = 'abbr, a, button, label, script, style, textarea, input, select, option, code, pre, svg, [data-no-glossary]';

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/&-]/g, '\\$&');
}

function apply(terms) {
  const main = document.getElementById('main-content');
  if (!main || !Array.isArray(terms) || terms.length === 0) {
    return;
  }
  const meanings = new Map(terms.map((t) => [t.abbreviation, t.meaning]));
  const alternatives = [...meanings.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![\\w-])(${alternatives})s?(?![\\w-])`, 'g');
  const done = new Set();
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || parent.closest(SKIP)) {
        return NodeFilter.FILTER_REJECT;
      }
      pattern.lastIndex = 0;
      return pattern.test(node.nodeValue) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const nodes = [];
  while (walker.nextNode()) {
    nodes.push(walker.currentNode);
  }
  for (const node of nodes) {
    const text = node.nodeValue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    let changed = false;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const abbreviation = match[1];
      if (done.has(abbreviation)) {
        continue;
      }
      done.add(abbreviation);
      fragment.append(text.slice(last, match.index));
      const abbr = document.createElement('abbr');
      abbr.title = meanings.get(abbreviation);
      abbr.textContent = match[0];
      fragment.append(abbr);
      last = match.index + match[0].length;
      changed = true;
    }
    if (changed) {
      fragment.append(text.slice(last));
      node.replaceWith(fragment);
    }
  }
  main.dataset.glossaryApplied = 'true';
}

const source = document.body.dataset.glossary;
if (source) {
  fetch(source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : []))
    .then(apply)
    .catch(() => {});
}
