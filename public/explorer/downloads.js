// The Download menu: the current view (a neighbourhood or paths) in the formats of the export
// endpoints, for Gephi, Cytoscape desktop, NetworkX, spreadsheets and linked-data tools.
(function () {
  'use strict';

  var FORMATS = [
    { file: 'graph.graphml', label: 'GraphML (Gephi, Cytoscape, NetworkX)' },
    { file: 'graph.gexf', label: 'GEXF (Gephi)' },
    { file: 'graph.jsonld', label: 'JSON-LD (schema.org, PROV-O)' },
    { file: 'nodes.csv', label: 'Nodes CSV' },
    { file: 'edges.csv', label: 'Edges CSV' },
  ];

  /** The export URLs of a view ({ focus, depth, path, hops }): the one place that knows the endpoints' shape. */
  function exportLinks(view) {
    var query = view.path
      ? { scope: 'path', from: view.focus, to: view.path, maxHops: view.hops }
      : { scope: 'neighborhood', id: view.focus, depth: view.depth };
    var search = new URLSearchParams(query).toString();
    return FORMATS.map(function (f) {
      return { label: f.label, href: '/export/' + f.file + '?' + search };
    });
  }

  window.ExplorerDownloads = {
    exportLinks: exportLinks,
    /** Fills the menu for the view, or hides it when nothing is drawn. */
    render: function (menu, view) {
      menu.hidden = !view.focus;
      if (!view.focus) return;
      var list = menu.querySelector('ul');
      list.replaceChildren.apply(
        list,
        exportLinks(view).map(function (link) {
          var a = Object.assign(document.createElement('a'), { href: link.href, textContent: link.label });
          a.setAttribute('download', '');
          var li = document.createElement('li');
          li.append(a);
          return li;
        }),
      );
    },
  };
})();
