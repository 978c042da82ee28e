// The side panel (selected entity or relationship, paths) and the document viewer. DOM is built
// node by node, never from HTML strings, so text from the graph can never inject markup.
(function () {
  'use strict';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'onclick') node.addEventListener('click', attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c != null) node.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
    });
    return node;
  }

  /** replaceChildren without the absent parts (it would print `null`). */
  function fill(node) {
    node.replaceChildren.apply(
      node,
      [].slice.call(arguments, 1).filter(function (c) {
        return c != null;
      }),
    );
  }

  var panel = document.getElementById('panel');
  var dialog = document.getElementById('document');
  var documents = {};

  function sourceLine(doc) {
    return [doc.title, doc.publisher, doc.publishedOn].filter(Boolean).join(' · ');
  }

  /** Opens the article with the quote highlighted by its offsets (UTF-16, as JavaScript strings index). */
  function showInDocument(ev) {
    var cached = documents[ev.document.id] || (documents[ev.document.id] = window.ExplorerApi.documentText(ev.document.id));
    return cached.then(function (doc) {
      document.getElementById('document-title').textContent = doc.title;
      document.getElementById('document-meta').textContent = [doc.publisher, doc.publishedOn].filter(Boolean).join(' · ');
      var mark = el('mark', {}, [doc.text.slice(ev.start, ev.end)]);
      document.getElementById('document-text').replaceChildren(doc.text.slice(0, ev.start), mark, doc.text.slice(ev.end));
      dialog.showModal();
      mark.scrollIntoView({ block: 'center' });
    });
  }

  function evidenceList(evidence) {
    return el(
      'ul',
      { class: 'evidence' },
      evidence.map(function (ev) {
        return el('li', {}, [
          el('blockquote', {}, [ev.quote]),
          el('cite', {}, [sourceLine(ev.document)]),
          ' ',
          el(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: function () {
                showInDocument(ev);
              },
            },
            ['Show in document'],
          ),
        ]);
      }),
    );
  }

  function factValue(f) {
    var value = f.valueText || (f.value != null ? String(f.value) + (f.unit ? ' ' + f.unit : '') : null);
    var period = f.period ? f.period.label || f.period.start + ' – ' + f.period.end : null;
    return [value, period].filter(Boolean).join(' · ');
  }

  function entityLink(entity, onSelect) {
    return el(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: function () {
          onSelect(entity.id);
        },
      },
      [entity.name],
    );
  }

  function section(title, count, items) {
    return el('section', {}, [el('h3', {}, [title + ' (' + count + ')'])].concat(items));
  }

  var Panel = {
    message: function (text) {
      panel.replaceChildren(el('p', { class: 'hint' }, [text]));
    },

    entity: function (e, actions) {
      fill(
        panel,
        el('h2', {}, [e.name]),
        el('p', { class: 'meta' }, [
          el('span', { class: 'kind kind-' + e.kind }, [e.kind.toLowerCase()]),
          ' ',
          e.id,
          ' · ',
          e.degree + ' relationships',
        ]),
        e.aliases.length ? el('p', { class: 'aliases' }, ['Also: ' + e.aliases.join(', ')]) : null,
        e.description ? el('p', {}, [e.description]) : null,
        el('p', { class: 'actions' }, [
          el(
            'button',
            {
              type: 'button',
              id: 'expand',
              onclick: function () {
                actions.expand(e.id);
              },
            },
            ['Expand neighbours'],
          ),
          ' ',
          el(
            'button',
            {
              type: 'button',
              id: 'refocus',
              onclick: function () {
                actions.focus(e.id);
              },
            },
            ['Focus here'],
          ),
        ]),
        section(
          'Facts',
          e.facts.length,
          e.facts.map(function (f) {
            return el('article', { class: 'fact' }, [
              el('p', {}, [el('span', { class: 'fact-kind' }, [f.kind.toLowerCase()]), ' ', f.statement]),
              factValue(f) ? el('p', { class: 'value' }, [factValue(f)]) : null,
              evidenceList(f.evidence),
            ]);
          }),
        ),
        section(
          'Relationships',
          e.relationships.length,
          e.relationships.map(function (r) {
            var arrow = r.direction === 'OUTGOING' ? ' → ' : ' ← ';
            return el('article', { class: 'relationship' }, [
              el('p', {}, [
                el('span', { class: 'edge-type' }, [r.type]),
                arrow,
                entityLink(r.node, actions.select),
                r.role ? ' (' + r.role + ')' : null,
              ]),
              r.how ? el('p', { class: 'value' }, [r.how]) : null,
              evidenceList(r.evidence),
            ]);
          }),
        ),
      );
    },

    edge: function (edge, names, onSelect) {
      fill(
        panel,
        el('h2', {}, [edge.type]),
        el('p', {}, [
          entityLink({ id: edge.source, name: names(edge.source) }, onSelect),
          ' → ',
          entityLink({ id: edge.target, name: names(edge.target) }, onSelect),
        ]),
        edge.role ? el('p', { class: 'value' }, ['Role: ' + edge.role]) : null,
        edge.how ? el('p', { class: 'value' }, ['How: ' + edge.how]) : null,
        section('Evidence', edge.evidence.length, [evidenceList(edge.evidence)]),
      );
    },

    paths: function (from, to, paths, onSelect) {
      var list = el(
        'ol',
        { id: 'path-list' },
        paths.map(function (p) {
          var steps = [];
          p.nodes.forEach(function (n, i) {
            // Path edges may point either way; the arrow shows which.
            var edge = p.edges[i - 1];
            if (i > 0)
              steps.push(' ', el('span', { class: 'edge-type' }, [edge.source === n.id ? '← ' + edge.type : edge.type + ' →']), ' ');
            steps.push(entityLink(n, onSelect));
          });
          return el('li', {}, [el('span', { class: 'meta' }, [p.length + (p.length === 1 ? ' hop: ' : ' hops: ')])].concat(steps));
        }),
      );
      fill(
        panel,
        el('h2', {}, ['Paths']),
        el('p', { class: 'meta' }, [from.name + ' → ' + to.name]),
        paths.length ? list : el('p', { class: 'hint' }, ['No path of 4 hops or fewer connects them.']),
      );
    },
  };

  window.ExplorerPanel = Panel;
})();
