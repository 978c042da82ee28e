// Type-ahead search boxes (focus, path target, compare): names and kinds, never raw ids.
(function () {
  'use strict';

  var api = window.ExplorerApi;

  function hint(text) {
    return Object.assign(document.createElement('li'), { className: 'hint', textContent: text });
  }

  function hitButton(n, choose) {
    var button = document.createElement('button');
    button.type = 'button';
    button.dataset.id = n.id;
    var kind = document.createElement('span');
    kind.className = 'kind kind-' + n.kind;
    kind.textContent = n.kind.toLowerCase();
    button.append(n.name + ' ', kind);
    if (n.aliases && n.aliases.length) button.title = 'Also: ' + n.aliases.join(', ');
    button.addEventListener('click', function () {
      choose(n);
    });
    var li = document.createElement('li');
    li.append(button);
    return li;
  }

  /** A search box with a result list; `pick` gets the chosen entity ({ id, kind, name, aliases }). */
  window.ExplorerFinder = function finder(input, list, pick) {
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
                  return hitButton(n, choose);
                })
              : [hint('No entity matches.')],
          );
        })
        .catch(function (err) {
          list.replaceChildren(hint(err.message));
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
  };
})();
