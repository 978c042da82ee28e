// The explorer's only data source: the public GraphQL API at /graphql.
(function () {
  'use strict';

  var DOCUMENT = 'document { id title publisher publishedOn }';
  var EVIDENCE = 'evidence { quote start end ' + DOCUMENT + ' }';
  var EDGE = 'id type source target role how ' + EVIDENCE;
  var ENTITY = 'id kind name';
  var PERIOD = 'period { start end label }';

  /** An error the panel can explain: `reason` is network, http, graphql or missing. */
  function failure(reason, message, code) {
    var err = new Error(message);
    err.reason = reason;
    err.code = code || null;
    return err;
  }

  function gql(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: query, variables: variables }),
    })
      .catch(function () {
        throw failure('network', 'The server did not answer: the network is down or the server has stopped.');
      })
      .then(function (res) {
        return res.json().catch(function () {
          throw failure('http', 'The server answered HTTP ' + res.status + ' ' + res.statusText + ' instead of GraphQL.');
        });
      })
      .then(function (body) {
        if (body.errors && body.errors.length) {
          var first = body.errors[0];
          throw failure('graphql', first.message, first.extensions && first.extensions.code);
        }
        return body.data;
      });
  }

  // The entity kinds, from the server's kind declarations (/explore/kinds.js).
  var KINDS = Object.keys(window.EXPLORER_KINDS);

  window.ExplorerApi = {
    KINDS: KINDS,
    failure: failure,
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
          ' facts { id kind statement metric value unit currency valueText rank rankOf ' +
          PERIOD +
          ' ' +
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
    /** Kind and name of an entity (a path target restored from a link), or null. */
    entityName: function (id) {
      return gql('query Name($id: ID!) { node(id: $id) { ... on Entity { ' + ENTITY + ' } } }', { id: id }).then(function (d) {
        return d.node;
      });
    },
    paths: function (from, to, maxHops) {
      return gql(
        'query Paths($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops, limit: 5) { length nodes { ' +
          ENTITY +
          ' } edges { ' +
          EDGE +
          ' } } }',
        { from: from, to: to, maxHops: maxHops },
      ).then(function (d) {
        return d.paths;
      });
    },
    /**
     * The compare view's data: every metric (to switch), the chosen entities' names, the chosen
     * metric with the entities that have facts on it (to add), and its series for the chosen entities.
     */
    compare: function (metric, subjects) {
      return gql(
        'query Compare($metric: String!, $subjects: [ID!]!) {' +
          ' metrics(first: 100) { nodes { key description units } }' +
          ' nodes(ids: $subjects) { ... on Entity { ' +
          ENTITY +
          ' } }' +
          ' metric(key: $metric) { key description units subjects(first: 20) { ' +
          ENTITY +
          ' } }' +
          ' series(metric: $metric, subjects: $subjects) { subject { ' +
          ENTITY +
          ' } unit currency points { ' +
          PERIOD +
          ' value conflicting facts { statement value valueText evidence(first: 3) { quote start end ' +
          DOCUMENT +
          ' } } } } }',
        { metric: metric, subjects: subjects },
      );
    },
    documentText: function (id) {
      return gql('query Doc($id: ID!) { document(id: $id) { id title publisher publishedOn text } }', { id: id }).then(function (d) {
        return d.document;
      });
    },
  };
})();
