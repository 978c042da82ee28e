// The graph explorer: search, the focused entity's neighbourhood drawn with Cytoscape.js,
// expansion, paths, and the state in the URL so a view can be shared as a link.
(function () {
  'use strict';

  var api = window.ExplorerApi;
  var Panel = window.ExplorerPanel;

  // Colour and shape by kind, from the server's kind declarations (/explore/kinds.js).
  var KIND_STYLE = window.EXPLORER_KINDS;
  // The legend draws the same shapes in SVG (16×16 box).
  var LEGEND_SHAPES = {
    'round-rectangle': '<rect x="1" y="3" width="14" height="10" rx="3"/>',
    ellipse: '<circle cx="8" cy="8" r="7"/>',
    hexagon: '<polygon points="4,1 12,1 16,8 12,15 4,15 0,8"/>',
    diamond: '<polygon points="8,0 16,8 8,16 0,8"/>',
    triangle: '<polygon points="8,1 16,15 0,15"/>',
    pentagon: '<polygon points="8,0 16,6 13,16 3,16 0,6"/>',
    rectangle: '<rect x="1" y="3" width="14" height="10"/>',
    star: '<polygon points="8,0 10,6 16,6 11,10 13,16 8,12 3,16 5,10 0,6 6,6"/>',
    barrel: '<rect x="1" y="2" width="14" height="12" rx="5" ry="2"/>',
  };

  var state = { focus: null, depth: 1, path: null, select: null };
  var graphEl = document.getElementById('graph');
  var statusEl = document.getElementById('status');
  var depthEl = document.getElementById('depth');
  var pathInput = document.getElementById('path-search');
  var searchInput = document.getElementById('search');

  var cy = cytoscape({
    container: graphEl,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'ellipsis',
          'text-max-width': 140,
          'text-background-color': '#fff',
          'text-background-opacity': 0.7,
          width: 26,
          height: 26,
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 4, 'border-color': '#222', 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#fbc02d' } },
      {
        selector: 'edge',
        style: {
          label: 'data(type)',
          'font-size': 8,
          color: '#555',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          width: 1.5,
          'line-color': '#9e9e9e',
          'target-arrow-color': '#9e9e9e',
        },
      },
      { selector: 'edge:selected', style: { 'line-color': '#fbc02d', 'target-arrow-color': '#fbc02d', width: 3 } },
      { selector: 'node.on-path', style: { 'border-color': '#d84315', 'border-width': 4 } },
      { selector: 'edge.on-path', style: { 'line-color': '#d84315', 'target-arrow-color': '#d84315', width: 3 } },
    ].concat(
      Object.keys(KIND_STYLE).map(function (kind) {
        return {
          selector: 'node[kind = "' + kind + '"]',
          style: { 'background-color': KIND_STYLE[kind].color, shape: KIND_STYLE[kind].shape },
        };
      }),
    ),
  });
  // The test (and a curious reader's console) can reach the graph.
  window.explorer = { cy: cy };

  function nameOf(id) {
    var n = cy.getElementById(id);
    return n.nonempty() ? n.data('label') : id;
  }

  /** Adds entities and relationships not drawn yet; returns the elements added. */
  function addElements(nodes, edges) {
    var fresh = nodes
      .filter(function (n) {
        return cy.getElementById(n.id).empty();
      })
      .map(function (n) {
        return { group: 'nodes', data: { id: n.id, label: n.name, kind: n.kind } };
      });
    var freshEdges = edges
      .filter(function (e) {
        return cy.getElementById(e.id).empty();
      })
      .map(function (e) {
        return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, edge: e } };
      });
    return cy.add(fresh.concat(freshEdges));
  }

  function layout() {
    cy.layout({
      name: 'cose',
      animate: false,
      fit: true,
      padding: 40,
      idealEdgeLength: function () {
        return 90;
      },
      nodeRepulsion: function () {
        return 40000;
      },
      randomize: false,
    }).run();
    // Fitting a handful of nodes zooms far in; keep labels at reading size instead.
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    graphEl.dataset.nodes = String(cy.nodes().length);
    graphEl.dataset.edges = String(cy.edges().length);
    statusEl.textContent =
      cy.nodes().length + ' entities, ' + cy.edges().length + ' relationships. Click to select, double-click to expand.';
  }

  function updateUrl() {
    var params = new URLSearchParams();
    Object.keys(state).forEach(function (k) {
      if (state[k] != null && !(k === 'depth' && !state.focus)) params.set(k, String(state[k]));
    });
    history.replaceState(null, '', '?' + params.toString());
  }

  function failed(err) {
    graphEl.dataset.state = 'error';
    statusEl.textContent = 'Could not load: ' + err.message;
  }

  function focus(id) {
    state.focus = id;
    state.select = id;
    state.path = null;
    graphEl.dataset.state = 'loading';
    statusEl.textContent = 'Loading…';
    pathInput.disabled = false;
    updateUrl();
    return api
      .neighborhood(id, state.depth)
      .then(function (sub) {
        if (!sub) throw new Error('no entity with id ' + id);
        cy.elements().remove();
        addElements(sub.nodes, sub.edges);
        cy.getElementById(sub.center.id).addClass('focus');
        layout();
        if (sub.truncated) statusEl.textContent += ' (cut at 200 entities)';
        graphEl.dataset.focus = id;
        // A restored link shows what it is focused on.
        if (!searchInput.value) searchInput.value = nameOf(id);
        graphEl.dataset.state = 'ready';
        return select(id);
      })
      .catch(failed);
  }

  function select(id) {
    state.select = id;
    updateUrl();
    cy.elements().unselect();
    cy.getElementById(id).select();
    Panel.message('Loading…');
    return api
      .entity(id)
      .then(function (e) {
        if (!e) return Panel.message('No entity with id ' + id + '.');
        Panel.entity(e, { expand: expand, focus: focus, select: select });
        graphEl.dataset.selected = id;
      })
      .catch(function (err) {
        Panel.message('Could not load: ' + err.message);
      });
  }

  function expand(id) {
    graphEl.dataset.state = 'loading';
    return api
      .neighborhood(id, 1)
      .then(function (sub) {
        addElements(sub.nodes, sub.edges);
        layout();
        graphEl.dataset.state = 'ready';
      })
      .catch(failed);
  }

  function showPaths(to) {
    state.path = to;
    updateUrl();
    var from = state.focus;
    return api
      .paths(from, to)
      .then(function (paths) {
        cy.elements().removeClass('on-path');
        paths.forEach(function (p) {
          addElements(p.nodes, p.edges);
          p.nodes.forEach(function (n) {
            cy.getElementById(n.id).addClass('on-path');
          });
          p.edges.forEach(function (e) {
            cy.getElementById(e.id).addClass('on-path');
          });
        });
        layout();
        var target = paths.length ? paths[0].nodes[paths[0].nodes.length - 1] : { name: nameOf(to) };
        Panel.paths({ name: nameOf(from) }, target, paths, select);
        graphEl.dataset.paths = String(paths.length);
      })
      .catch(failed);
  }

  /** A search box with a result list; `pick` gets the chosen entity. */
  function finder(input, list, pick) {
    var timer = null;
    var seq = 0;
    function choose(entity) {
      list.replaceChildren();
      input.value = entity.name;
      pick(entity);
    }
    function run() {
      var text = input.value.trim();
      var mine = ++seq;
      if (!text) return list.replaceChildren();
      api
        .search(text)
        .then(function (hits) {
          if (mine !== seq) return;
          var entities = hits
            .map(function (h) {
              return h.node;
            })
            .filter(function (n) {
              return n && n.id;
            });
          list.replaceChildren.apply(
            list,
            entities.length
              ? entities.map(function (n) {
                  var li = document.createElement('li');
                  var button = document.createElement('button');
                  button.type = 'button';
                  button.dataset.id = n.id;
                  var kind = document.createElement('span');
                  kind.className = 'kind kind-' + n.kind;
                  kind.textContent = n.kind.toLowerCase();
                  button.append(n.name + ' ', kind);
                  if (n.aliases.length) button.title = 'Also: ' + n.aliases.join(', ');
                  button.addEventListener('click', function () {
                    choose(n);
                  });
                  li.append(button);
                  return li;
                })
              : [Object.assign(document.createElement('li'), { className: 'hint', textContent: 'No entity matches.' })],
          );
        })
        .catch(function (err) {
          list.replaceChildren(Object.assign(document.createElement('li'), { className: 'hint', textContent: err.message }));
        });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        clearTimeout(timer);
        run();
      }
      if (e.key === 'Escape') list.replaceChildren();
    });
  }

  function legend() {
    var list = document.getElementById('legend');
    list.replaceChildren.apply(
      list,
      Object.keys(KIND_STYLE).map(function (kind) {
        var li = document.createElement('li');
        li.innerHTML =
          '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="' +
          KIND_STYLE[kind].color +
          '">' +
          LEGEND_SHAPES[KIND_STYLE[kind].shape] +
          '</svg>';
        li.append(' ' + kind.toLowerCase());
        return li;
      }),
    );
  }

  cy.on('tap', 'node', function (e) {
    select(e.target.id());
  });
  cy.on('dbltap', 'node', function (e) {
    expand(e.target.id());
  });
  cy.on('tap', 'edge', function (e) {
    state.select = null;
    updateUrl();
    Panel.edge(e.target.data('edge'), nameOf, select);
  });
  depthEl.addEventListener('change', function () {
    state.depth = Number(depthEl.value);
    if (state.focus) focus(state.focus);
    else updateUrl();
  });
  finder(searchInput, document.getElementById('search-results'), function (n) {
    focus(n.id);
  });
  finder(pathInput, document.getElementById('path-results'), function (n) {
    showPaths(n.id);
  });
  legend();

  /** Restores a shared link: ?focus=…&depth=…&path=…&select=… */
  function restore() {
    var params = new URLSearchParams(location.search);
    var depth = Number(params.get('depth'));
    if (depth >= 1 && depth <= 3) state.depth = depth;
    depthEl.value = String(state.depth);
    var focusId = params.get('focus');
    if (!focusId) return Panel.message('Search for an entity, then click a node to see its facts and the quotes behind them.');
    var pathTo = params.get('path');
    var selected = params.get('select');
    focus(focusId).then(function () {
      if (pathTo) return showPaths(pathTo);
      if (selected && selected !== focusId) return select(selected);
    });
  }
  restore();
})();
