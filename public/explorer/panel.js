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

  function button(id, label, onclick) {
    return el('button', { type: 'button', id: id, onclick: onclick }, [label]);
  }

  function section(title, count, items) {
    return el('section', {}, [el('h3', {}, [title + ' (' + count + ')'])].concat(items));
  }

  // Lists longer than this start folded, so that the panel opens on a screenful or two.
  var OPEN_LIST_MAX = 6;

  /** A section folded to its title, for long lists read on demand. */
  function foldable(title, count, items, open) {
    var details = el('details', { class: 'foldable' }, [el('summary', {}, [el('h3', {}, [title + ' (' + count + ')'])])].concat(items));
    details.open = Boolean(open);
    return details;
  }

  /** The quotes behind an item, folded to one short line naming their sources (publisher and year; titles are long). */
  function foldedEvidence(evidence) {
    var sources = evidence
      .map(function (ev) {
        return [ev.document.publisher || ev.document.title, (ev.document.publishedOn || '').slice(0, 4)].filter(Boolean).join(' ');
      })
      .filter(function (title, i, all) {
        return all.indexOf(title) === i;
      });
    return el('details', { class: 'quotes' }, [
      el('summary', {}, [(evidence.length === 1 ? 'Quote' : evidence.length + ' quotes') + ' · ' + sources.join('; ')]),
      evidenceList(evidence),
    ]);
  }

  /** "live_commerce_sales" → "Live commerce sales". */
  function metricTitle(key) {
    var words = key.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function unitText(unit, currency) {
    return [unit, currency].filter(Boolean).join(' · ');
  }

  /**
   * Numeric facts grouped by metric, one group per unit and currency (values in different units
   * are never drawn on one axis); the rest (statements, rankings, numbers without a metric) apart.
   */
  function groupFacts(facts) {
    var groups = {};
    var others = [];
    facts.forEach(function (f) {
      if (f.value == null || !f.metric) return others.push(f);
      var key = [f.metric, f.unit, f.currency].join('|');
      (groups[key] = groups[key] || { metric: f.metric, unit: f.unit, currency: f.currency, facts: [] }).facts.push(f);
    });
    var sorted = Object.keys(groups)
      .map(function (k) {
        return groups[k];
      })
      .sort(function (a, b) {
        return b.facts.length - a.facts.length || a.metric.localeCompare(b.metric);
      });
    return { metrics: sorted, others: others };
  }

  /** What a chart point stands for: its value and period, then each fact's statement and quotes. */
  function pointDetail(point, lineLabel) {
    return [
      el('p', { class: 'value' }, [
        lineLabel ? lineLabel + ': ' : null,
        point.valueText || window.ExplorerCharts.formatNumber(point.value),
        ' · ',
        window.ExplorerCharts.periodText(point.period),
      ]),
      point.conflicting ? el('p', { class: 'meta' }, ['The sources state different values; the most recent is drawn.']) : null,
    ].concat(
      point.facts.map(function (f) {
        return el('div', { class: 'point-fact' }, [el('p', {}, [f.statement]), evidenceList(f.evidence)]);
      }),
    );
  }

  function metricGroup(group, entity, actions) {
    var dated = group.facts.filter(function (f) {
      return f.period;
    });
    var detail = el('div', { class: 'point-detail', role: 'status' }, [
      dated.length ? null : el('p', { class: 'hint' }, ['No period is stated, so there is nothing to chart.']),
    ]);
    var canvas = el('canvas', {
      role: 'img',
      'aria-label': metricTitle(group.metric) + ' of ' + entity.name + ' over time, ' + dated.length + ' values',
    });
    var node = el('section', { class: 'metric-group', 'data-metric': group.metric }, [
      el('header', {}, [
        el('h4', {}, [metricTitle(group.metric), ' ', el('span', { class: 'meta' }, [unitText(group.unit, group.currency)])]),
        el(
          'button',
          {
            type: 'button',
            class: 'link compare',
            title: 'Chart this metric for ' + entity.name + ' beside other entities',
            onclick: function () {
              actions.compare(group.metric, entity.id);
            },
          },
          ['Compare with…'],
        ),
      ]),
      dated.length ? el('div', { class: 'chart-box' }, [canvas]) : null,
      detail,
      el('details', { class: 'values' }, [
        el('summary', {}, [group.facts.length + (group.facts.length === 1 ? ' value' : ' values')]),
        el(
          'ul',
          {},
          group.facts.map(function (f) {
            return el('li', { class: 'fact' }, [
              el('span', { class: 'value' }, [factValue(f)]),
              ' ',
              f.statement,
              foldedEvidence(f.evidence),
            ]);
          }),
        ),
      ]),
    ]);
    // Chart.js measures its box, so the chart is made once the section is in the page.
    node.draw = function () {
      if (!dated.length) return;
      var points = dated.map(function (f) {
        return { period: f.period, value: f.value, valueText: f.valueText, conflicting: false, facts: [f] };
      });
      window.ExplorerCharts.timeChart(canvas, [{ label: entity.name, points: points }], {
        unit: unitText(group.unit, group.currency),
        onPoint: function (point) {
          fill.apply(null, [detail].concat(pointDetail(point)));
        },
      });
    };
    return node;
  }

  function factItem(f) {
    var rank = f.rank ? 'No. ' + f.rank + (f.rankOf ? ' of ' + f.rankOf : '') : null;
    return el('li', { class: 'fact' }, [
      el('p', {}, [el('span', { class: 'fact-kind' }, [f.kind.toLowerCase()]), ' ', f.statement]),
      factValue(f) || rank ? el('p', { class: 'value' }, [[rank, factValue(f)].filter(Boolean).join(' · ')]) : null,
      foldedEvidence(f.evidence),
    ]);
  }

  function errorText(err) {
    if (err.reason === 'network') return 'Check that the server is running, then try again.';
    if (err.reason === 'graphql' && err.code) return 'The API refused the request (' + err.code + ').';
    return null;
  }

  var Panel = {
    message: function (text) {
      panel.replaceChildren(el('p', { class: 'hint' }, [text]));
    },

    /** A readable error, in place of the panel's content: what failed, why, what to do. */
    error: function (title, err, hint) {
      fill(
        panel,
        el('section', { class: 'error', role: 'alert' }, [
          el('h2', {}, [title]),
          el('p', {}, [err.message]),
          errorText(err) || hint ? el('p', { class: 'hint' }, [errorText(err) || hint]) : null,
        ]),
      );
    },

    entity: function (e, actions) {
      var facts = groupFacts(e.facts);
      var groups = facts.metrics.map(function (g) {
        return metricGroup(g, e, actions);
      });
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
          button('expand', 'Expand neighbours', function () {
            actions.expand(e.id);
          }),
          ' ',
          button('refocus', 'Focus here', function () {
            actions.focus(e.id);
          }),
        ]),
        groups.length
          ? section(
              'Metrics',
              groups.length,
              [el('p', { class: 'hint' }, ['Hover or tap a point for its value, quote and source.'])].concat(groups),
            )
          : null,
        foldable(
          'Statements and other facts',
          facts.others.length,
          [el('ul', { class: 'compact' }, facts.others.map(factItem))],
          facts.others.length <= OPEN_LIST_MAX,
        ),
        foldable(
          'Relationships',
          e.relationships.length,
          [
            el(
              'ul',
              { class: 'compact' },
              e.relationships.map(function (r) {
                var arrow = r.direction === 'OUTGOING' ? ' → ' : ' ← ';
                return el('li', { class: 'relationship' }, [
                  el('p', {}, [
                    el('span', { class: 'edge-type' }, [r.type]),
                    arrow,
                    entityLink(r.node, actions.select),
                    r.role ? ' (' + r.role + ')' : null,
                  ]),
                  r.how ? el('p', { class: 'value' }, [r.how]) : null,
                  foldedEvidence(r.evidence),
                ]);
              }),
            ),
          ],
          false,
        ),
      );
      groups.forEach(function (g) {
        g.draw();
      });
    },

    /** A point of the compare view's chart, with its quotes. */
    point: function (point, lineLabel) {
      fill.apply(null, [panel, el('h2', {}, ['Value and sources'])].concat(pointDetail(point, lineLabel)));
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

    paths: function (from, to, maxHops, paths, onSelect) {
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
        paths.length
          ? list
          : el('p', { class: 'hint' }, ['No path of ' + maxHops + (maxHops === 1 ? ' hop' : ' hops') + ' or fewer connects them.']),
      );
    },
  };

  // Shared with the compare view, which builds its DOM the same way.
  Panel.el = el;
  Panel.metricTitle = metricTitle;
  Panel.unitText = unitText;
  window.ExplorerPanel = Panel;
})();
