// The graph explorer: search, the focused entity's neighbourhood drawn with Cytoscape.js and laid
// out by fcose, expansion, paths, downloads, and the state in the URL so a view can be shared as a
// link (the compare view, compare.js, has its own URL).
(function () {
  'use strict';

  var api = window.ExplorerApi;
  var Panel = window.ExplorerPanel;
  var Downloads = window.ExplorerDownloads;

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

  var state = { focus: null, depth: 1, path: null, hops: 4, select: null };
  var graphEl = document.getElementById('graph');
  var statusEl = document.getElementById('status');
  var depthEl = document.getElementById('depth');
  var pathInput = document.getElementById('path-search');
  var hopsEl = document.getElementById('hops');
  var downloadMenu = document.getElementById('download');
  var searchInput = document.getElementById('search');

  var NODE_FONT = 12;
  var EDGE_FONT = 8;
  // Labels drawn smaller than this on screen are hidden. Cytoscape's own min-zoomed-font-size rounds
  // the zoom to a power of two (it drew 6 px labels at zoom 0.55); this threshold is exact. Depth 3
  // fits Guangzhou at zoom 0.61-0.73, where 12 px labels show at 7.3-8.8 px.
  var READABLE_PX = 7;

  var cy = cytoscape({
    container: graphEl,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': NODE_FONT,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'ellipsis',
          'text-max-width': 110,
          'text-background-color': '#fff',
          'text-background-opacity': 0.7,
          width: 26,
          height: 26,
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      {
        selector: 'node.focus',
        style: { width: 38, height: 38, 'border-width': 4, 'border-color': '#222', 'font-weight': 'bold', 'font-size': 13 },
      },
      // Labels too small to read are not drawn (zoom in, or point at a node, to read them); the
      // focus, the selection and the node under the pointer keep their names at any zoom.
      { selector: '.label-too-small', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
      { selector: 'node.focus, node:selected, node.hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.7, 'z-index': 10 } },
      { selector: 'node.hover', style: { 'font-size': 13, 'text-max-width': 400, 'text-background-opacity': 1 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#fbc02d' } },
      {
        selector: 'edge',
        style: {
          label: 'data(type)',
          'font-size': EDGE_FONT,
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
  window.explorer = { cy: cy, exportLinks: Downloads.exportLinks };

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

  /**
   * fcose leaves a pair of nodes touching now and then on a dense graph (two hubs pulled together by
   * many shared neighbours); push each overlapping pair apart along the axis where they overlap
   * least, a few rounds, so no node hides another whatever the layout's random start. Whether it
   * moved any node.
   */
  function separateOverlaps() {
    var GAP = 4;
    var nodes = cy.nodes();
    for (var round = 0; round < 20; round++) {
      var moved = false;
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i].boundingBox({ includeLabels: false });
          var b = nodes[j].boundingBox({ includeLabels: false });
          var dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + GAP;
          var dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + GAP;
          if (dx <= 0 || dy <= 0) continue;
          var pa = nodes[i].position();
          var pb = nodes[j].position();
          // Half each way along the cheaper axis, away from each other (ties broken by index).
          var alongX = dx < dy;
          var sign = (alongX ? pa.x - pb.x : pa.y - pb.y) >= 0 ? 1 : -1;
          var step = (alongX ? dx : dy) / 2;
          nodes[i].position(alongX ? { x: pa.x + sign * step, y: pa.y } : { x: pa.x, y: pa.y + sign * step });
          nodes[j].position(alongX ? { x: pb.x - sign * step, y: pb.y } : { x: pb.x, y: pb.y - sign * step });
          moved = true;
        }
      }
      if (!moved) return round > 0;
    }
    return true;
  }

  /**
   * fcose (force-directed, with node sizes and labels counted) keeps nodes and their labels from
   * overlapping at depth 3's fifty-odd nodes. A fresh neighbourhood starts from random positions;
   * after an expansion or a path the drawn nodes keep theirs and the new ones start beside the
   * node they hang from, so the picture changes no more than it must.
   */
  function layout(fresh) {
    if (fresh && fresh.nonempty()) placeBesideNeighbours(fresh);
    cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize: !fresh,
      animate: false,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      nodeSeparation: 40,
      idealEdgeLength: function () {
        return 60;
      },
      nodeRepulsion: function () {
        return 5000;
      },
    }).run();
    if (separateOverlaps()) cy.fit(cy.elements(), 30);
    // Fitting a handful of nodes zooms far in; keep labels at reading size instead.
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    hideSmallLabels();
    graphEl.dataset.nodes = String(cy.nodes().length);
    graphEl.dataset.edges = String(cy.edges().length);
    statusEl.textContent =
      cy.nodes().length + ' entities, ' + cy.edges().length + ' relationships. Click to select, double-click to expand, scroll to zoom.';
  }

  function hideSmallLabels() {
    var zoom = cy.zoom();
    cy.batch(function () {
      cy.nodes().toggleClass('label-too-small', zoom * NODE_FONT < READABLE_PX);
      cy.edges().toggleClass('label-too-small', zoom * EDGE_FONT < READABLE_PX);
    });
  }

  function placeBesideNeighbours(fresh) {
    fresh.nodes().forEach(function (n) {
      var anchor = n.neighborhood('node').difference(fresh).first();
      if (anchor.nonempty())
        n.position({ x: anchor.position('x') + Math.random() * 40 - 20, y: anchor.position('y') + Math.random() * 40 - 20 });
    });
  }

  function updateUrl() {
    var params = new URLSearchParams();
    Object.keys(state).forEach(function (k) {
      var pointless = (k === 'depth' && !state.focus) || (k === 'hops' && !state.path);
      if (state[k] != null && !pointless) params.set(k, String(state[k]));
    });
    history.replaceState(null, '', '?' + params.toString());
    Downloads.render(downloadMenu, state);
  }

  /** A failure in the panel, where the reader looks, and in the status line under the graph. */
  function failed(title, hint) {
    return function (err) {
      graphEl.dataset.state = 'error';
      statusEl.textContent = title + ': ' + err.message;
      Panel.error(title, err, hint);
    };
  }

  function focus(id) {
    state.focus = id;
    state.select = id;
    state.path = null;
    graphEl.dataset.state = 'loading';
    statusEl.textContent = 'Loading…';
    updateUrl();
    return api
      .neighborhood(id, state.depth)
      .then(function (sub) {
        if (!sub) throw api.failure('missing', 'No entity has the id “' + id + '”.');
        cy.elements().remove();
        addElements(sub.nodes, sub.edges);
        cy.getElementById(sub.center.id).addClass('focus');
        layout();
        if (sub.truncated) statusEl.textContent += ' (cut at 200 entities)';
        graphEl.dataset.focus = id;
        // A restored link shows what it is focused on.
        if (!searchInput.value) searchInput.value = nameOf(id);
        graphEl.dataset.state = 'ready';
        pathInput.disabled = false;
        return select(id);
      })
      .catch(function (err) {
        // Nothing is focused: no stale graph, no path from it, nothing to download.
        cy.elements().remove();
        pathInput.disabled = true;
        downloadMenu.hidden = true;
        failed('Could not show this entity', 'Search for the entity by name above; ids look like place:guangzhou.')(err);
      });
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
        if (!e) throw api.failure('missing', 'No entity has the id “' + id + '”.');
        Panel.entity(e, { expand: expand, focus: focus, select: select, compare: compare });
        graphEl.dataset.selected = id;
      })
      .catch(function (err) {
        Panel.error('Could not load this entity', err);
      });
  }

  function expand(id) {
    graphEl.dataset.state = 'loading';
    return api
      .neighborhood(id, 1)
      .then(function (sub) {
        if (!sub) throw api.failure('missing', 'No entity has the id “' + id + '”.');
        layout(addElements(sub.nodes, sub.edges));
        graphEl.dataset.state = 'ready';
      })
      .catch(failed('Could not expand'));
  }

  /** Opens the compare view for a metric, starting from the entity it was chosen on. */
  function compare(metric, id) {
    location.assign(window.ExplorerCompare.url(metric, [id]));
  }

  function showPaths(to) {
    state.path = to;
    updateUrl();
    var from = state.focus;
    var hops = state.hops;
    graphEl.dataset.state = 'loading';
    return Promise.all([api.paths(from, to, hops), api.entityName(to)])
      .then(function (found) {
        var paths = found[0];
        var target = found[1];
        if (!target) throw api.failure('missing', 'No entity has the id “' + to + '”.');
        pathInput.value = target.name;
        cy.elements().removeClass('on-path');
        var added = cy.collection();
        paths.forEach(function (p) {
          added = added.union(addElements(p.nodes, p.edges));
          p.nodes.forEach(function (n) {
            cy.getElementById(n.id).addClass('on-path');
          });
          p.edges.forEach(function (e) {
            cy.getElementById(e.id).addClass('on-path');
          });
        });
        layout(added);
        Panel.paths({ name: nameOf(from) }, target, hops, paths, select);
        graphEl.dataset.paths = String(paths.length);
        graphEl.dataset.state = 'ready';
      })
      .catch(failed('Could not find paths'));
  }

  /** The legend, in its own strip above the drawing so that it never covers a node. */
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
  cy.on('zoom', hideSmallLabels);
  cy.on('mouseover', 'node', function (e) {
    e.target.addClass('hover');
  });
  cy.on('mouseout', 'node', function (e) {
    e.target.removeClass('hover');
  });
  hopsEl.addEventListener('change', function () {
    state.hops = Number(hopsEl.value);
    if (state.path) showPaths(state.path);
    else updateUrl();
  });
  window.ExplorerFinder(searchInput, document.getElementById('search-results'), function (n) {
    focus(n.id);
  });
  window.ExplorerFinder(pathInput, document.getElementById('path-results'), function (n) {
    showPaths(n.id);
  });
  legend();

  /** Restores a shared link: ?focus=…&depth=…&path=…&hops=…&select=…, or the compare view's ?compare=…&subjects=… */
  function restore() {
    var params = new URLSearchParams(location.search);
    if (params.get('compare')) {
      var subjects = (params.get('subjects') || '').split(',').filter(Boolean);
      return window.ExplorerCompare.open(params.get('compare'), subjects);
    }
    var depth = Number(params.get('depth'));
    if (depth >= 1 && depth <= 3) state.depth = depth;
    depthEl.value = String(state.depth);
    var hops = Number(params.get('hops'));
    if (hops >= 1 && hops <= 6) state.hops = hops;
    hopsEl.value = String(state.hops);
    var focusId = params.get('focus');
    if (!focusId) return Panel.message('Search for an entity, then click a node to see its facts and the quotes behind them.');
    var pathTo = params.get('path');
    var selected = params.get('select');
    focus(focusId).then(function () {
      // A bad focus id leaves its error in the panel rather than a path from nowhere.
      if (graphEl.dataset.state === 'error') return;
      if (pathTo) return showPaths(pathTo);
      if (selected && selected !== focusId) return select(selected);
    });
  }
  restore();
})();
