// The compare view: one metric, several entities, one chart per unit, from the `series` query;
// reachable by URL (/explore?compare=live_commerce_sales&subjects=place:china,place:shenzhen).
// The panel beside it shows the quotes of the point hovered or tapped, and errors.
(function () {
  'use strict';

  var api = window.ExplorerApi;
  var Panel = window.ExplorerPanel;
  var Charts = window.ExplorerCharts;
  var el = Panel.el;

  var view = document.getElementById('compare');
  var metricSelect = document.getElementById('compare-metric');
  var about = document.getElementById('compare-about');
  var chips = document.getElementById('compare-chips');
  var suggestions = document.getElementById('compare-suggestions');
  var chartsEl = document.getElementById('compare-charts');
  var back = document.getElementById('compare-back');
  var state = { metric: null, subjects: [] };
  var names = {};
  var drawn = [];

  // Ids keep their colon, so a link reads like the ids it holds.
  function encode(text) {
    return encodeURIComponent(text).replace(/%3A/gi, ':');
  }

  function compareUrl(metric, subjects) {
    return '/explore?compare=' + encode(metric) + '&subjects=' + subjects.map(encode).join(',');
  }

  function chip(id) {
    var name = names[id] || id;
    function remove() {
      set(
        state.metric,
        state.subjects.filter(function (s) {
          return s !== id;
        }),
      );
    }
    return el('li', { class: 'chip' }, [
      name,
      el('button', { type: 'button', class: 'remove', title: 'Remove ' + name, onclick: remove }, ['×']),
    ]);
  }

  function renderMetricChoice(metrics) {
    var keys = metrics.map(function (m) {
      return m.key;
    });
    if (keys.indexOf(state.metric) < 0) keys.unshift(state.metric);
    metricSelect.replaceChildren.apply(
      metricSelect,
      keys.map(function (k) {
        var option = el('option', { value: k }, [Panel.metricTitle(k)]);
        option.selected = k === state.metric;
        return option;
      }),
    );
  }

  function renderSuggestions(metric) {
    var others = (metric ? metric.subjects : []).filter(function (s) {
      return state.subjects.indexOf(s.id) < 0;
    });
    suggestions.replaceChildren.apply(
      suggestions,
      others.length
        ? ['Also measured for: '].concat(
            others.map(function (s) {
              function add() {
                names[s.id] = s.name;
                set(state.metric, state.subjects.concat(s.id));
              }
              return el('button', { type: 'button', class: 'link suggestion', onclick: add }, ['+ ' + s.name]);
            }),
          )
        : [],
    );
  }

  /** A point with the wording of the fact whose value it draws ("2.2 trillion yuan"). */
  function withWording(point) {
    var drawn = point.facts.filter(function (f) {
      return f.value === point.value;
    })[0];
    return Object.assign({ valueText: drawn ? drawn.valueText : null }, point);
  }

  /** One chart per unit and currency: values in different units never share an axis. */
  function renderCharts(lines) {
    var byUnit = {};
    lines.forEach(function (line) {
      var unit = Panel.unitText(line.unit, line.currency);
      (byUnit[unit] = byUnit[unit] || []).push({ label: line.subject.name, points: line.points.map(withWording) });
    });
    chartsEl.replaceChildren();
    Object.keys(byUnit).forEach(function (unit) {
      var canvas = el('canvas', {
        role: 'img',
        'aria-label': Panel.metricTitle(state.metric) + (unit ? ' in ' + unit : '') + ' by entity over time',
      });
      chartsEl.append(el('div', { class: 'chart-box' }, [canvas]));
      drawn.push(
        Charts.timeChart(canvas, byUnit[unit], {
          unit: unit,
          onPoint: function (point, line) {
            Panel.point(point, line.label);
          },
        }),
      );
    });
  }

  function render(data) {
    (data.nodes || []).forEach(function (n) {
      if (n) names[n.id] = n.name;
    });
    renderMetricChoice(data.metrics ? data.metrics.nodes : []);
    var metric = data.metric;
    about.textContent = metric
      ? [metric.description, metric.units.length ? 'Units: ' + metric.units.join(', ') : null].filter(Boolean).join(' · ')
      : 'No fact uses the metric “' + state.metric + '”.';
    chips.replaceChildren.apply(chips, state.subjects.map(chip));
    renderSuggestions(metric);
    var lines = data.series || [];
    renderCharts(lines);
    var charted = lines.map(function (l) {
      return l.subject.id;
    });
    var missing = state.subjects.filter(function (id) {
      return charted.indexOf(id) < 0;
    });
    view.dataset.lines = String(lines.length);
    view.dataset.state = 'ready';
    if (!lines.length) {
      Panel.error(
        'Nothing to chart',
        new Error('None of the chosen entities has a value of ' + Panel.metricTitle(state.metric) + '.'),
        'Add an entity measured for it, or choose another metric.',
      );
    } else {
      Panel.message(
        'Hover or tap a point for its value, quote and source.' +
          (missing.length
            ? ' No value for: ' +
              missing
                .map(function (id) {
                  return names[id] || id;
                })
                .join(', ') +
              '.'
            : ''),
      );
    }
  }

  function load() {
    history.replaceState(null, '', compareUrl(state.metric, state.subjects));
    back.href = state.subjects.length ? '/explore?focus=' + encode(state.subjects[0]) : '/explore';
    view.dataset.state = 'loading';
    drawn.forEach(function (chart) {
      chart.destroy();
    });
    drawn = [];
    Panel.message('Loading…');
    return api
      .compare(state.metric, state.subjects)
      .then(render)
      .catch(function (err) {
        view.dataset.state = 'error';
        chartsEl.replaceChildren();
        Panel.error('Could not compare', err);
      });
  }

  function set(metric, subjects) {
    state.metric = metric;
    state.subjects = subjects;
    return load();
  }

  metricSelect.addEventListener('change', function () {
    set(metricSelect.value, state.subjects);
  });
  window.ExplorerFinder(document.getElementById('compare-search'), document.getElementById('compare-results'), function (n) {
    names[n.id] = n.name;
    document.getElementById('compare-search').value = '';
    if (state.subjects.indexOf(n.id) < 0) set(state.metric, state.subjects.concat(n.id));
  });

  window.ExplorerCompare = {
    url: compareUrl,
    /** Shows the compare view in place of the graph; its link back reopens the first entity's graph. */
    open: function (metric, subjects) {
      document.body.classList.add('comparing');
      view.hidden = false;
      return set(metric, subjects);
    },
  };
})();
