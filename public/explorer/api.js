// The explorer's only data source: the public GraphQL API at /graphql.
(function () {
  'use strict';

  var EVIDENCE = 'evidence { quote start end document { id title publisher publishedOn } }';
  var EDGE = 'id type source target role how ' + EVIDENCE;
  var ENTITY = 'id kind name';

  function gql(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: query, variables: variables }),
    })
      .then(function (res) {
        return res.json();
      })
      .then(function (body) {
        if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
        return body.data;
      });
  }

  // The entity kinds, from the server's kind declarations (/explore/kinds.js).
  var KINDS = Object.keys(window.EXPLORER_KINDS);

  window.ExplorerApi = {
    KINDS: KINDS,
    search: function (text) {
      return gql(
        'query Search($text: String!, $kinds: [SearchKind!]) { search(text: $text, kinds: $kinds, first: 12) { edges { matchedBy node { ... on Entity { ' +
          ENTITY +
          ' aliases } } } } }',
        { text: text, kinds: KINDS },
      ).then(function (d) {
        // Best first: the entity named by the text, then names that begin with it, then the rest.
        return d.search.edges;
      });
    },
    neighborhood: function (id, depth) {
      return gql(
        'query Neighborhood($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth, limit: 200) { center { id } nodes { ' +
          ENTITY +
          ' } edges { ' +
          EDGE +
          ' } truncated } }',
        { id: id, depth: depth },
      ).then(function (d) {
        return d.neighborhood;
      });
    },
    entity: function (id) {
      return gql(
        'query Entity($id: ID!) { node(id: $id) { ... on Entity { ' +
          ENTITY +
          ' aliases description degree' +
          ' facts { kind statement value unit valueText period { start end label } ' +
          EVIDENCE +
          ' }' +
          ' relationships { type direction role how node { ' +
          ENTITY +
          ' } ' +
          EVIDENCE +
          ' } } } }',
        { id: id },
      ).then(function (d) {
        return d.node;
      });
    },
    paths: function (from, to) {
      return gql(
        'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, limit: 5) { length nodes { ' +
          ENTITY +
          ' } edges { ' +
          EDGE +
          ' } } }',
        { from: from, to: to },
      ).then(function (d) {
        return d.paths;
      });
    },
    documentText: function (id) {
      return gql('query Doc($id: ID!) { document(id: $id) { id title publisher publishedOn text } }', { id: id }).then(function (d) {
        return d.document;
      });
    },
  };
})();
