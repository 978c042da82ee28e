import {
  ENTITY_KIND_DECLARATIONS,
  KIND_ENUMS,
  type KindDeclaration,
  type KindField,
  type KindFilter,
  type PropertyType,
} from './entity-kinds.js';

// schema/entities.graphql, written from the kind declarations: every kind's query fields, type,
// relation edge, filter, order, connection and edge types, the Entity interface and the kind enums.
// The file is checked in (the SDL stays the contract a reader opens) and a test fails when it
// differs from what this module writes: run `npm run schema:generate` after changing a kind.

/** A relationship seen from one end is its own object to a client cache: `node` and `direction` depend on the side. */
const RELATION_ID =
  'This relationship as seen from the entity asked about: the relationship id (GraphEdge.id) then `@source` or `@target`, the end that entity stands at.';

export const GENERATED_HEADER = '# Generated from src/model/entity-kinds.ts by `npm run schema:generate`; edit the model, not this file.';

const CONNECTION_SIZE = '@listSize(assumedSize: 20, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], max: 100)';

type Kind = keyof typeof ENTITY_KIND_DECLARATIONS;
const KINDS = Object.entries(ENTITY_KIND_DECLARATIONS) as [Kind, KindDeclaration][];

const block = (description: string, head: string, lines: string[]) => `"""\n${description}\n"""\n${head} {\n${lines.join('\n')}\n}`;
const field = (description: string, definition: string) => [`  "${description}"`, `  ${definition}`];
/**
 * A list field sized by `first` (its default and its max in the argument's description and in
 * @listSize), after any other arguments.
 */
function sizedList(
  description: string,
  name: string,
  type: string,
  size: { first: number; max: number; note?: string },
  args: [description: string, definition: string][] = [],
): string[] {
  return [
    `  "${description}"`,
    `  ${name}(`,
    ...args.flatMap(([d, definition]) => [`    "${d}"`, `    ${definition}`]),
    `    "${size.note ?? `At most this many, up to ${size.max}.`}"`,
    `    first: PositiveInt = ${size.first}`,
    `  ): [${type}!]! @listSize(slicingArguments: ["first"], max: ${size.max})`,
  ];
}

const upperSnake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `An ${noun}` : `A ${noun}`);

/** The fields every entity has; `id` and `kind` are worded per kind on the object types. */
function entityFields(id: string, kind: string): string[] {
  return [
    ...field(id, 'id: ID!'),
    ...field(kind, 'kind: EntityKind!'),
    ...field('Canonical name.', 'name: String!'),
    ...field('Every other spelling the sources use.', 'aliases: [String!]! @cost(weight: 5)'),
    ...field('A short description drawn from the sources.', 'description: String @cost(weight: 2)'),
    ...sizedList('Where the sources name it: verbatim quotes.', 'mentions', 'Evidence', { first: 20, max: 200 }),
    ...sizedList('The source articles that name it.', 'documents', 'Document', { first: 20, max: 200 }),
    ...sizedList('Facts about it (it is one of their subjects), newest period first.', 'facts', 'Fact', { first: 50, max: 100 }, [
      ['Only facts of these kinds.', 'kinds: [FactKind!]'],
      ['Only facts with this metric key, e.g. `live_commerce_sales`.', 'metric: String'],
      ['Only facts in which it has this role.', 'role: SubjectRole'],
    ]),
    ...sizedList('Its relationships with other entities, each with evidence.', 'relationships', 'Relationship', { first: 100, max: 200 }, [
      ['Only these relationship types.', 'types: [RelationshipType!]'],
      ['Outgoing, incoming or both.', 'direction: Direction = BOTH'],
    ]),
    ...field('How many relationships it has with other entities.', 'degree: NonNegativeInt!'),
  ];
}

const propertyType = (type: PropertyType) => (typeof type === 'string' ? type : KIND_ENUMS[type.enum].graphql);

/** The GraphQL type of a relation field's edges. */
export function relationType(spec: Extract<KindField, { field: 'relation' }>): string {
  return spec.as ?? (spec.kinds?.length === 1 ? `${spec.kinds[0]}Relation` : 'Relationship');
}

function kindField(name: string, spec: KindField): string[] {
  if (spec.field === 'property') return field(spec.description, `${name}: ${propertyType(spec.type)}`);
  if (spec.field === 'relation' && spec.one) return field(spec.description, `${name}: ${relationType(spec)}`);
  if (spec.field === 'facts') return sizedList(spec.description, name, 'Fact', { first: 50, max: 200 });
  const note = 'At most this many (up to 200), in order of relationship type and then name; 50 when omitted.';
  return sizedList(spec.description, name, relationType(spec), { first: 50, max: 200, note });
}

const filterType = (filter: KindFilter) =>
  filter.filter === 'enum' ? `[${KIND_ENUMS[filter.property].graphql}!]` : filter.filter === 'date' ? 'PartialDate' : 'ID';

function queryFields(kind: Kind, k: KindDeclaration): string[] {
  return [
    '  """',
    `  ${k.description.replace(/\.$/, '')}, by id; null when no ${k.noun} has it.`,
    '  """',
    `  ${k.single}(`,
    `    "The id, e.g. \`${k.idExample}\`."`,
    '    id: ID!',
    `  ): ${kind}`,
    '',
    '  """',
    `  ${kind} entities, filtered and ordered, one page at a time (keyset cursors: a deep page costs what the first does).`,
    '  """',
    `  ${k.plural}(`,
    `    "Which ${k.nounPlural} to return."`,
    `    filter: ${kind}Filter`,
    '    "Ordering; by name when omitted."',
    `    orderBy: ${kind}Order`,
    '    "Page size when paginating forward, at most 100; 20 when neither first nor last is given."',
    '    first: Int',
    '    "Cursor after which the page starts."',
    '    after: String',
    '    "Page size when paginating backward, at most 100."',
    '    last: Int',
    '    "Cursor before which the page ends."',
    '    before: String',
    `  ): ${kind}Connection ${CONNECTION_SIZE}`,
  ];
}

function kindTypes(kind: Kind, k: KindDeclaration): string[] {
  return [
    block(k.description, `type ${kind} implements Node & Entity`, [
      ...entityFields('Entity id.', `Always ${kind.toUpperCase()}.`),
      ...Object.entries(k.fields).flatMap(([name, spec]) => kindField(name, spec)),
    ]),
    block(`A related ${k.noun}, with the relationship's type, direction, properties and evidence.`, `type ${kind}Relation`, [
      ...field(RELATION_ID, 'id: ID!'),
      ...field(`The related ${k.noun}.`, `node: ${kind}!`),
      ...field('The relationship type.', 'type: RelationshipType!'),
      ...field('OUTGOING when the relationship points from the entity asked about to this node.', 'direction: Direction!'),
      ...field('The role or title the relationship carries, if any.', 'role: String'),
      ...field('How the support or cooperation takes place, if stated.', 'how: String @cost(weight: 1)'),
      ...sizedList('The quotes the relationship rests on.', 'evidence', 'Evidence', { first: 10, max: 100 }),
    ]),
    block(`Filters for ${k.nounPlural}; all given conditions must hold.`, `input ${kind}Filter`, [
      ...field('Name or any alias contains this text (case-insensitive).', 'nameContains: String'),
      ...Object.entries(k.filters).flatMap(([name, filter]) => field(filter.description, `${name}: ${filterType(filter)}`)),
    ]),
    block(`How to order ${k.nounPlural}.`, `input ${kind}Order`, [
      ...field('The field to order by.', `field: ${kind}OrderField!`),
      ...field('The direction.', 'direction: SortDirection! = ASC'),
    ]),
    block(`Fields ${k.nounPlural} can be ordered by.`, `enum ${kind}OrderField`, [
      ...field('Name, alphabetically.', 'NAME'),
      ...field('Number of relationships with other entities.', 'DEGREE'),
      ...Object.entries(k.orderBy).flatMap(([property, description]) => field(description, upperSnake(property))),
    ]),
    block(`A page of ${k.nounPlural}.`, `type ${kind}Connection`, [
      ...field(`The ${k.nounPlural} of this page, with cursors.`, `edges: [${kind}Edge!]!`),
      ...field(`The ${k.nounPlural} of this page.`, `nodes: [${kind}!]!`),
      ...field('Where this page stands.', 'pageInfo: PageInfo!'),
      ...field(`How many ${k.nounPlural} match the filter in all.`, 'totalCount: NonNegativeInt!'),
    ]),
    block(`${article(k.noun)} in a page, with its cursor.`, `type ${kind}Edge`, [
      ...field('Opaque cursor of this item.', 'cursor: String!'),
      ...field(`The ${k.noun}.`, `node: ${kind}!`),
    ]),
  ];
}

function kindEnums(): string[] {
  return Object.values(KIND_ENUMS).map((e) =>
    block(
      e.description,
      `enum ${e.graphql}`,
      Object.entries(e.values).flatMap(([value, description]) => field(description, value.toUpperCase())),
    ),
  );
}

/** The text of schema/entities.graphql. */
export function entitiesSdl(): string {
  const parts = [
    `extend type Query {\n${KINDS.map(([kind, k]) => queryFields(kind, k).join('\n')).join('\n\n')}\n}`,
    block(
      'What every entity of the graph has: a name, its spellings, a description, where the sources name it,\nthe facts about it and its relationships, each with evidence.',
      'interface Entity implements Node',
      entityFields('Entity id, e.g. `place:guangzhou`.', 'Which kind of entity it is.'),
    ),
    ...KINDS.flatMap(([kind, k]) => kindTypes(kind, k)),
    block(
      'The kinds of entity.',
      'enum EntityKind',
      KINDS.flatMap(([kind, k]) => field(k.summary, kind.toUpperCase())),
    ),
    ...kindEnums(),
  ];
  return `${GENERATED_HEADER}\n\n${parts.join('\n\n')}\n`;
}
