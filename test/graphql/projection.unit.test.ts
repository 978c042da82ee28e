import { buildSchema, getOperationAST, isCompositeType, parse, type FieldNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OperationSelections } from '../../src/graphql/analysis/selection.js';
import { fieldNamed } from '../../src/graphql/lookahead.js';
import { documentProjectionOf, factProjectionOf } from '../../src/graphql/projection.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

// Projection and lookahead read the operation's one analysis: what a selection shows of facts and of
// the documents behind their quotes, through fragments and wrappers, and never through @skip.

const schema = buildSchema(loadTypeDefs().join('\n'));

/** The selections of `query` and the selection below its first root field. */
function below(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition') fragments[d.name.value] = d;
  const selections = new OperationSelections(schema, fragments, variables);
  const root = selections.ofSet(getOperationAST(document)!.selectionSet, schema.getQueryType()!);
  const field = [...root.fields.values()][0]!;
  const type = field.definition && schema.getType(String(field.definition.type).replace(/[[\]!]/g, ''));
  if (!type || !isCompositeType(type)) throw new Error('not a composite field');
  return { selections, selection: selections.of(field.nodes as FieldNode[], type) };
}

describe('fact projection', () => {
  it('names the stored properties a facts page shows, through the connection, fragments and composite fields', () => {
    const { selections, selection } = below('{ facts { nodes { statement ...F period { label } } } } fragment F on Fact { value unit }');
    expect(factProjectionOf(selections, selection)).toEqual([
      'id',
      'kind',
      'statement',
      'value',
      'unit',
      'periodStart',
      'periodEnd',
      'periodLabel',
    ]);
  });

  it('leaves out what @skip removes and what @include keeps out', () => {
    const query = 'query ($more: Boolean!) { facts { nodes { statement value @include(if: $more) unit @skip(if: true) } } }';
    const { selections, selection } = below(query, { more: false });
    expect(factProjectionOf(selections, selection)).toEqual(['id', 'kind', 'statement']);
  });
});

describe('document projection and lookahead', () => {
  it('shows the documents behind quotes only when a quote selects its document, and sees the evidence field ahead', () => {
    const withDocuments = below('{ fact(id: "fact:x") { evidence { quote document { title publishedOn } } } }');
    expect(documentProjectionOf(withDocuments.selections, withDocuments.selection)).toEqual(['id', 'title', 'publishedOn']);
    expect(fieldNamed(withDocuments.selection, 'evidence')).toBeDefined();
    const quotesOnly = below('{ fact(id: "fact:x") { evidence { quote } } }');
    expect(documentProjectionOf(quotesOnly.selections, quotesOnly.selection)).toBeNull();
    expect(fieldNamed(quotesOnly.selection, 'subjects')).toBeUndefined();
  });
});
